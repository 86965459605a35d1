//! The rule classes of the thirty-second round of issue 17 onward, on sentences written for these
//! tests (none copied from a held-out report): a fall that names no side read against the changes
//! the dataset records ([`crate::extract::KnownControl`]); a day without a year taking the year of a later
//! date of its sentence; a verb left out before a second place and its date ("and X on the
//! following day"); "the same day as X"; "restored control over"; a side's "announced that" before a
//! holding, where a rumour's "people say that" stays nothing; "both neighbourhoods" after a list of
//! the same sentence; and the date closing an apposition before the verb; and (round 33) a time
//! with a page number ("21:03/17"), a spelling that sounds like a name several districts share, a
//! long subject between "which" and its verb, a side leaving a place, a short hard-wrapped line
//! ending on "on", a place "cleansed of terrorists", commands, a post's relative stamp ("Yesterday
//! at 21:30 ·"), and a side's "claimed this morning that"; and (round 34) diary headings before
//! the text's own date, places in a sentence without capitals, the weekend just past after a dated
//! line, a dispatch closing with its date, a weekday before a full date, "what was left of X", a
//! date after a place of a list, and a date inside an apposition before the verb; and (round 35)
//! a side holding its positions, a subject "affiliated with" a side, and "Tuesday the 26th".

use crate::extract::tests::found;
use crate::extract::{Extractor, KnownControl, Lexicon};
use crate::model::builtin;
use chrono::NaiveDate;
use std::sync::Arc;

/// [`found`], with the extractor reading falls against `changes` (district, day, new controller).
pub(super) fn found_knowing(
    text: &str,
    published: &str,
    changes: &[(&str, &str, &str)],
) -> Vec<String> {
    let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date");
    let known = KnownControl::from_changes(changes.iter().map(|(d, s, c)| (*d, day(s), *c)));
    let doc = crate::extract::tests::document(text, published);
    let layer = builtin::districts().expect("layer");
    let lex = Lexicon::builtin().expect("lexicon");
    let extractor = Extractor::new(&layer, &lex).with_known(Arc::new(known));
    extractor
        .extract(&doc)
        .iter()
        .map(crate::extract::tests::summary)
        .collect()
}

#[test]
fn a_fall_without_a_side_goes_to_the_side_recorded_taking_the_place() {
    // The sentence before names the rebels; the record has the army taking al-Marjeh that week.
    let text = "Letter of 20 December 2016.\n\nThe rebels dug in for weeks. Al-Marjeh fell on \
                Sunday, 11 December.";
    let army_took_it = [("marjeh", "2016-12-12", "government")];
    assert_eq!(
        found_knowing(text, "2016-12-20", &army_took_it),
        ["2016-12-11 marjeh government full"]
    );
    // "The fall of X" with no side at all.
    let text = "Letter of 20 December 2016.\n\nThe fall of al-Marjeh on 11 December ended it.";
    assert_eq!(
        found_knowing(text, "2016-12-20", &army_took_it),
        ["2016-12-11 marjeh government full"]
    );
    // A change recorded months away says nothing of this fall: the side of the text stands.
    let long_before = [("marjeh", "2016-06-01", "government")];
    let text = "Letter of 20 December 2016.\n\nThe rebels dug in for weeks. Al-Marjeh fell on \
                Sunday, 11 December.";
    assert_eq!(
        found_knowing(text, "2016-12-20", &long_before),
        ["2016-12-11 marjeh rebels full"]
    );
    // A side the sentence names is never overruled.
    let text = "Letter of 20 December 2016.\n\nAl-Marjeh fell to the rebels on 11 December.";
    assert_eq!(
        found_knowing(text, "2016-12-20", &army_took_it),
        ["2016-12-11 marjeh rebels full"]
    );
}

#[test]
fn a_day_without_a_year_takes_the_year_of_a_later_date_of_its_sentence() {
    let text = "Essay of 2019.\n\nOnce al-Marjeh had fallen to the army at the end of \
                November, the siege tightened, and Maadi was retaken on 5 December 2016.";
    assert_eq!(
        found(text, "2019-03-01"),
        [
            "2016-11-30 marjeh government full",
            "2016-12-05 maadi government full"
        ]
    );
    // Months apart, the later year says nothing of the earlier day.
    let text = "Essay of 2019.\n\nThe army took al-Marjeh on 3 March, long before Maadi fell \
                to it on 5 December 2016.";
    assert_eq!(
        found(text, "2019-03-01"),
        [
            "2019-03-03 marjeh government full",
            "2016-12-05 maadi government full"
        ]
    );
}

#[test]
fn a_place_and_a_date_after_and_take_the_verb_again() {
    let text = "Essay of 2019.\n\nAl-Marjeh was retaken by the army on 5 December 2016, and \
                Maadi on the following day.";
    assert_eq!(
        found(text, "2019-03-01"),
        [
            "2016-12-05 marjeh government full",
            "2016-12-06 maadi government full"
        ]
    );
    // A place after "and" that a verb of its own follows is not a left-out verb's.
    let text = "Essay of 2019.\n\nThe army retook al-Marjeh on 5 December 2016, and Maadi was \
                shelled on the following day.";
    assert_eq!(
        found(text, "2019-03-01"),
        ["2016-12-05 marjeh government full"]
    );
}

#[test]
fn the_same_day_as_a_place_not_yet_told_of_changes_it_too() {
    let text = "Essay of 2019.\n\nAl-Marjeh fell to the army on 12 December 2016, the same day \
                as Maadi.";
    assert_eq!(
        found(text, "2019-03-01"),
        ["2016-12-12 marjeh+maadi government full"]
    );
}

#[test]
fn restored_control_over_is_a_capture() {
    let text = "Statement of 13 December 2016.\n\nOn Monday, government forces restored control \
                over the al-Marjeh and Maadi neighbourhoods, which had been held by armed groups \
                since 2012.";
    assert_eq!(
        found(text, "2016-12-13"),
        ["2016-12-12 marjeh+maadi government full"]
    );
}

#[test]
fn a_side_announcing_that_opens_what_it_said_and_a_rumour_stays_nothing() {
    let text = "Letter of 24 December 2016.\n\nOn Thursday the General Command of the army \
                announced that al-Marjeh and Maadi were back under the authority of the State.";
    assert_eq!(
        found(text, "2016-12-24"),
        ["2016-12-22 marjeh+maadi government full"]
    );
    let text = "Letter of 24 December 2016.\n\nSome people say that al-Marjeh has fallen too.";
    assert!(found(text, "2016-12-24").is_empty());
}

#[test]
fn both_neighbourhoods_stand_for_a_list_of_the_same_sentence() {
    let text = "Newsletter of 24 December 2016.\n\nOn Thursday the last fighters left al-Marjeh \
                and Maadi, and the army took both neighbourhoods the same evening.";
    assert_eq!(
        found(text, "2016-12-24"),
        ["2016-12-22 marjeh+maadi government full"]
    );
}

#[test]
fn a_date_closing_an_apposition_before_the_verb_is_the_appositions() {
    let text = "Live page, Monday 12 December 2016.\n\n**11.47** Al-Marjeh, the district where \
                the rebels beat back an army assault ten days ago, fell to government forces \
                this morning.";
    assert_eq!(
        found(text, "2016-12-12"),
        ["2016-12-12 marjeh government full"]
    );
}

// Round 33.

#[test]
fn a_time_with_a_page_number_is_not_a_date() {
    // "21:03/17": minutes and a subpage, not 3 December or 17 March.
    let text = "Teletext pages, summer 2016.\n\nP105   NEWS 105   Thu 28 Jul   21:03/17\n \
                The army took al-Marjeh today.";
    assert_eq!(found(text, ""), ["2016-07-28 marjeh government full"]);
}

#[test]
fn a_spelling_that_sounds_like_a_name_several_districts_share_names_them_all() {
    let text = "Report of 7 August 2016.\n\nRebels took the Ramuse region on Saturday.";
    let ramouseh = "ramouseh-industrial-district-iii+ramouseh-industrial-district-i+\
                    ramouseh-industrial-district-ii+ramouseh-industrial-district-iv";
    assert_eq!(
        found(text, "2016-08-07"),
        [format!("2016-08-06 {ramouseh} rebels full")]
    );
}

#[test]
fn a_long_subject_may_stand_between_which_and_its_verb() {
    let text = "Broadcast of 28 November 2016.\n\nWe are now in al-Marjeh, which the heroes of \
                the Syrian Arab Army liberated two days ago.";
    assert_eq!(
        found(text, "2016-11-28"),
        ["2016-11-26 marjeh government full"]
    );
}

#[test]
fn a_side_leaving_a_place_loses_it_and_people_leaving_change_nothing() {
    let text = "Post of 30 July 2016.\n\nOn Thursday the armed groups left al-Marjeh.";
    assert_eq!(
        found(text, "2016-07-30"),
        ["2016-07-28 marjeh government full"]
    );
    for text in [
        "Post of 30 July 2016.\n\nOn Thursday thousands of families left al-Marjeh.",
        "Post of 30 July 2016.\n\nThe rebels left for al-Marjeh on Thursday.",
        "Post of 30 July 2016.\n\nThe army shelled what was left of al-Marjeh.",
    ] {
        assert!(found(text, "2016-07-30").is_empty(), "{text}");
    }
}

#[test]
fn a_short_line_ending_on_a_word_no_sentence_ends_with_goes_on() {
    let text = "Teletext, 29 September 2016.\n\n Troops advanced into al-Marjeh, north of the\n \
                Old City, on\n Tuesday, a monitor said.";
    assert_eq!(
        found(text, "2016-09-29"),
        ["2016-09-27 marjeh government partial"]
    );
}

#[test]
fn a_place_cleared_of_a_side_goes_to_its_opponent() {
    let text = "Post of 8 December 2016.\n\nAl-Marjeh has been completely cleansed of \
                terrorists this morning.";
    assert_eq!(
        found(text, "2016-12-08"),
        ["2016-12-08 marjeh government full"]
    );
}

#[test]
fn a_command_reports_nothing() {
    let text = "Post of 8 December 2016.\n\nThe rebels still hold the east. Take the road \
                through al-Marjeh.";
    assert!(found(text, "2016-12-08").is_empty());
}

#[test]
fn a_relative_stamp_heading_a_post_counts_from_the_texts_own_date() {
    let text = "Page saved on 10 December 2016.\n\nNews\n8 December at 16:02 ·\nA post.\n\n\
                News\nYesterday at 21:30 ·\nSources: the army now controls about 70% of \
                al-Marjeh.";
    assert_eq!(
        found(text, "2016-12-10"),
        ["2016-12-09 marjeh government partial (70%)"]
    );
}

#[test]
fn a_sides_claim_with_words_before_that_opens_what_it_said() {
    let text = "Report of 7 August 2016.\n\nRegime media claimed this morning that al-Marjeh \
                was taken back by the army.";
    assert_eq!(
        found(text, "2016-08-07"),
        ["2016-08-07 marjeh government full"]
    );
}

// Round 34.

#[test]
fn a_diary_heading_before_the_texts_date_stays_in_its_year() {
    // An export of Tuesday 29 November 2016: its headings are the days before it.
    let text = "Exported 29 Nov 2016 by the desk\n\n----- Saturday, November 26th -----\n\n\
                The army took al-Marjeh.";
    assert_eq!(found(text, ""), ["2016-11-26 marjeh government full"]);
    let text = "Exported 29 Nov 2016 by the desk\n\n26 November\n\nThe army took al-Marjeh.";
    assert_eq!(found(text, ""), ["2016-11-26 marjeh government full"]);
}

#[test]
fn a_sentence_without_capitals_names_places_in_lower_case() {
    let text = "Captions of 7 December 2016.\n\n>> overnight the army took bab al-nairab and \
                al-maadi, the observatory says.";
    assert_eq!(
        found(text, "2016-12-07"),
        ["2016-12-07 muhammad-bek+maadi government full"]
    );
    // With capitals, a lower-case word stays a word.
    let text = "Report of 7 December 2016.\n\nThe army took Maadi and the old city.";
    assert_eq!(
        found(text, "2016-12-07"),
        ["2016-12-07 maadi government full"]
    );
}

#[test]
fn the_weekend_after_a_dated_line_of_the_texts_day_is_the_one_just_past() {
    // Thursday 1 December 2016: the weekend before it (26 and 27 November).
    let text = "Dec. 1, 2016\n\nBEIRUT — The army pushed on this week, after it retook al-Marjeh \
                over the weekend.";
    let spans: Vec<String> = crate::extract::tests::run(text, "")
        .iter()
        .map(|c| format!("{}..{}", c.date.from, c.date.to))
        .collect();
    assert_eq!(spans, ["2016-11-26..2016-11-27"]);
}

#[test]
fn a_dispatch_closing_with_its_date_counts_its_days_from_it() {
    let text = "Dispatches tagged Aleppo\n\nAleppo - The army took al-Marjeh yesterday \
                afternoon, local sources said. Families rang the bells. (Agency 13/12/2016)\n\n\
                Aleppo - Rebels entered Maadi yesterday, sources said. (Agency 27/10/2012)";
    assert_eq!(
        found(text, ""),
        [
            "2016-12-12 marjeh government full",
            "2012-10-26 maadi rebels partial"
        ]
    );
}

#[test]
fn a_weekday_before_a_full_date_is_part_of_it() {
    let text = "Digest of 12 March 2017.\n\nAl-Marjeh passed to the Free Syrian Army on Sunday \
                29 July 2012.";
    assert_eq!(found(text, "2017-03-12"), ["2012-07-29 marjeh rebels full"]);
}

#[test]
fn what_was_left_of_a_place_ends_no_object() {
    // (Its extent is read as a part: "what was left" is the rest of the district.)
    let text = "Letter of 20 December 2016.\n\nThe army took what was left of al-Marjeh on 13 \
                December.";
    let found = found(text, "2016-12-20");
    assert_eq!(found.len(), 1);
    assert!(
        found[0].starts_with("2016-12-13 marjeh government"),
        "{found:?}"
    );
}

#[test]
fn a_place_in_a_list_with_a_date_after_it_takes_that_date() {
    let text = "Atlas notes, 2018.\n\nGovernment forces took al-Marjeh on 26 July 2016 and \
                Maadi two days later, closing the road.";
    assert_eq!(
        found(text, "2018-01-01"),
        [
            "2016-07-26 marjeh government full",
            "2016-07-28 maadi government full"
        ]
    );
}

#[test]
fn a_date_inside_an_apposition_before_the_verb_is_not_the_verbs() {
    let text = "Annual report, 2014.\n\nOn 17/11/2013 the regime's forces, advancing after the \
                fall of the airport base a week earlier, seized the eastern part of al-Marjeh.";
    assert_eq!(
        found(text, "2014-01-01"),
        ["2013-11-17 marjeh government partial"]
    );
    // A date set off alone by commas is the verb's own.
    let text = "Report of 2014.\n\nThe army seized Maadi on 29 January and, two days later, \
                advanced into al-Marjeh.";
    assert_eq!(
        found(text, "2014-02-10"),
        [
            "2014-01-29 maadi government full",
            "2014-01-31 marjeh government partial"
        ]
    );
}

// Round 35.

#[test]
fn a_side_that_holds_its_positions_changes_nothing() {
    let text = "Abstract, 2019.\n\nBetween 27 and 30 September 2012 rebel brigades seized much of \
                al-Marjeh, while the army held its positions around Maadi.";
    assert_eq!(
        found(text, "2019-01-01"),
        ["2012-09-30 marjeh rebels partial"]
    );
}

#[test]
fn who_an_unnamed_subject_is_affiliated_with_speaks_for_it() {
    let text = "Statement of 30 October 2016.\n\nChannels affiliated with the terrorist groups \
                claimed yesterday that they had taken al-Marjeh.";
    let found = found(text, "2016-10-30");
    assert_eq!(found.len(), 1);
    assert!(
        found[0].starts_with("2016-10-29 marjeh rebels"),
        "{found:?}"
    );
}

#[test]
fn a_weekday_with_an_ordinal_picks_the_month_it_falls_in() {
    // 26 July 2016 was a Tuesday; 26 August a Friday.
    let text = "Aleppo, Wednesday 3 August 2016\n\nOn Tuesday the 26th the army took al-Marjeh.";
    assert_eq!(
        found(text, "2016-08-03"),
        ["2016-07-26 marjeh government full"]
    );
}
