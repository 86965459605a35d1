//! The rule classes of the hundred-and-twenty-second round of issue 17, on sentences written for
//! these tests (none copied from a held-out report): French elisions before a date word; a "that"
//! with a named place after it opens what was heard, unless it follows a verb of saying or opens the
//! sentence; "the quarter" after a place the verb took is that place; a place named "from" is what
//! "the district" stands for when nothing else is named; pictures taken; a day something began
//! dates the "when" clause after it; a noun and a participle after ", and" open another clause;
//! "is also entirely with", "has been in the whole of", "the return of State control over"; German
//! "YPG-Einheiten … übernommen"; French "affirment être entrés … dans"; "IS" in a line of capitals;
//! "yesterday evening, Thursday 22/12"; "had fallen before it had".

use crate::extract::tests::found;

#[test]
fn an_elided_que_before_the_day_before_yesterday() {
    let text = "Alep, le samedi 10 décembre 2016\n\nOn nous dit qu'avant-hier l'armée a pris \
                le contrôle total de Bab al-Maqam.";
    assert_eq!(found(text, ""), ["2016-12-08 bab-al-maqam government full"]);
}

#[test]
fn that_with_a_place_after_it_opens_what_was_heard() {
    let text = "Night log, 26 November 2016\n\nShe heard from the army canteen that Karm \
                al-Tarrab and Karm al-Jazmati were taken fully by the army this evening.";
    assert_eq!(
        found(text, ""),
        ["2016-11-26 karm-al-trab+karm-aj-jazmati government full"]
    );
}

#[test]
fn that_after_a_verb_of_saying_or_opening_a_line_is_no_report() {
    let said = "Notes, 3 December 2016\n\nNeighbours say that Karm al-Jazmati was taken by the \
                army overnight.";
    assert!(found(said, "").is_empty(), "{:?}", found(said, ""));
    let topic = "Questions for the guest, 3 December 2016\n\n- That Karm al-Jazmati has fallen.";
    assert!(found(topic, "").is_empty(), "{:?}", found(topic, ""));
}

#[test]
fn the_quarter_after_the_place_taken_is_that_place() {
    let text = "Site diary, 5 December 2016\n\nThe foreman says the army took most of Karm \
                al-Qaterji today, about two thirds of the quarter.";
    assert_eq!(
        found(text, ""),
        ["2016-12-05 karm-al-qaterji government partial (67%)"]
    );
}

#[test]
fn a_place_named_from_is_what_the_district_stands_for() {
    let text = "Visitors' book, 12 December 2016\n\nA man from al-Kallaseh; he said the army \
                took the whole district this morning.";
    assert_eq!(found(text, ""), ["2016-12-12 kallaseh government full"]);
}

#[test]
fn a_place_named_as_a_landmark_gives_way_to_the_place_told_of() {
    let text = "Thread, 28 July 2016\n\nIn al-Khaldiyeh, just north of al-Ashrafiyah, troops \
                now hold about half of the neighbourhood.";
    assert_eq!(
        found(text, ""),
        ["2016-07-28 khaldiyeh government partial (50%)"]
    );
}

#[test]
fn pictures_taken_in_a_place_are_no_capture() {
    let text = "Picture desk, 14 December 2016\n\nThe army entered al-Sukkari on Monday.\n\n- \
                Frame 4: photos taken yesterday in al-Ansari.";
    assert_eq!(found(text, ""), ["2016-12-12 sukkari government partial"]);
}

#[test]
fn the_day_a_move_began_dates_the_when_clause_after_it() {
    let text = "Brief, 20 June 2015\n\nIt ends a push that began on 3 March 2014, when the \
                rebels first took part of al-Layramoun.";
    assert_eq!(found(text, ""), ["2014-03-03 belleramoon rebels partial"]);
}

#[test]
fn others_doing_something_after_and_are_no_more_objects() {
    let text = "Notice, 7 December 2016\n\nThe army has taken the whole of Bab al-Nayrab, and \
                families coming out of the Old City are being brought through our street by \
                bus.";
    assert_eq!(found(text, ""), ["2016-12-07 muhammad-bek government full"]);
}

#[test]
fn also_entirely_with_and_been_in_the_whole_of() {
    let with = "Log, 27 November 2016\n\n10:40 A caller says al-Inzarat is also entirely with \
                the army since about nine o'clock.";
    assert_eq!(found(with, ""), ["2016-11-27 inzarat government full"]);
    let been = "Log, 6 December 2016\n\nThe porter says the army has been in the whole of \
                al-Qaterji since this morning.";
    assert_eq!(
        found(been, ""),
        ["2016-12-06 karm-al-qaterji government full"]
    );
}

#[test]
fn the_return_of_state_control_over_a_place() {
    let text = "Circular, 20 December 2016\n\n1. Following the return of State control over \
                the whole of al-Kallaseh on Monday 12 December 2016, the office reopens.";
    assert_eq!(found(text, ""), ["2016-12-12 kallaseh government full"]);
}

#[test]
fn german_units_compound_and_french_infinitive_entry() {
    let german = "Vermerk, Dienstag, 29.11.2016\n\nDie YPG-Einheiten sollen den westlichen Teil \
                  von Scheich Fares übernommen haben.";
    assert_eq!(
        found(german, ""),
        ["2016-11-29 sheikh-fares kurdish partial"]
    );
    let french = "Alep, le mercredi 30 novembre 2016\n\nLes YPG affirment être entrés mardi \
                  dans une partie de Cheikh Farès.";
    assert_eq!(
        found(french, ""),
        ["2016-11-29 sheikh-fares kurdish partial"]
    );
}

#[test]
fn is_in_a_line_of_capitals_is_the_verb() {
    let text = "[CAPTIONS — SUN 27 NOV 2016]\n\n>> THE MONITOR SAYS JABAL BADRO IS NOW \
                WITH THE ARMY.";
    assert_eq!(found(text, ""), ["2016-11-27 jabal-badro government full"]);
}

#[test]
fn a_written_day_restates_yesterday_after_its_comma() {
    let text = "Returned 30/12/2016\n\n2. The agent says \
                al-Zebdiyeh returned to the State yesterday evening, Thursday 22/12, after the \
                buses left.";
    assert_eq!(found(text, ""), ["2016-12-22 zebdiyeh government full"]);
}

#[test]
fn fallen_before_it_had_is_no_change() {
    let text = "Interview, 20 December 2016\n\nOur stringer filed twice that the army had taken \
                Bustan al-Qasr before it had.";
    assert!(found(text, "").is_empty(), "{:?}", found(text, ""));
}
