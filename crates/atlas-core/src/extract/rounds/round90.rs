//! The rule classes of the ninetieth round of issue 17, on sentences written for these tests (none
//! copied from a held-out report): a story's title on a labelled line of its own; a reviewer's
//! verdict of no change; families moving into a shelter; "this morning" between a verb and its
//! particle; a log's "2016 Nov 28"; "the groups that held it"; a failed attempt with its date
//! set off by commas; articles in a phrase's gap in other languages; an agency's "12 DIC"; "e"
//! and "y" in a list; a heading with a second calendar's day after a slash.

use crate::extract::tests::found;

#[test]
fn a_labelled_title_under_a_masthead_is_the_story_it_heads() {
    let text = "TRIM LIST, edition of Sunday 27 November 2016\n\
                Story: \"Army retakes Hanano\"\n\n\
                P1 Troops took full control of the Hanano district on Saturday.";
    assert_eq!(found(text, ""), ["2016-11-26 hanano government full"]);
}

#[test]
fn a_verdict_of_no_change_after_a_claim_undoes_it() {
    let text = "Report of 15 December 2016.\n\n\
                - Source: a statement claiming the rebels had retaken Bustan al-Qasr.\n\
                - **Decision:** no change. The attack was beaten off.";
    assert!(found(text, "").is_empty());
}

#[test]
fn families_moving_into_a_place_take_nothing() {
    let text = "Wed 30/11/2016\n\n- Jamil: his family moved into the Jibrin shelter.";
    assert!(found(text, "").is_empty());
}

#[test]
fn this_morning_between_a_verb_and_its_particle() {
    let text = "2016 Nov 28 (Mon)   overcast\n\
                Notes: YPG fighters moved this morning from Sheikh Maqsoud into part of Sheikh Fares.";
    assert_eq!(found(text, ""), ["2016-11-28 sheikh-fares kurdish partial"]);
}

#[test]
fn the_side_that_held_it_before_gains_nothing() {
    let text = "29 November 2016. The YPG took Sheikh Fares yesterday, after the armed groups \
                that held it withdrew to the south.";
    assert_eq!(found(text, ""), ["2016-11-28 sheikh-fares kurdish full"]);
}

#[test]
fn a_failed_attempt_with_its_date_between_commas() {
    let text = "Voucher, 2 December 2016.\n\n\
                Report on the failed rebel attempt, Thu 01/12, to push back into al-Haydariyah.";
    assert!(found(text, "").is_empty());
}

#[test]
fn an_agencys_italian_dateline_and_a_gap_with_an_article() {
    let text = "(ASN) - BEIRUT, 12 DIC 2016 - L'esercito siriano ha preso oggi il pieno controllo \
                del quartiere di Sheikh Said. I ribelli si sono ritirati verso al-Sukkari e \
                al-Ansari.";
    assert_eq!(found(text, ""), ["2016-12-12 sheikh-saeed government full"]);
}

#[test]
fn an_agencys_dateline_without_its_year() {
    let text =
        "BEIRUT, 12 DIC - L'esercito siriano ha preso il controllo del quartiere di Sheikh Said.";
    assert_eq!(
        found(text, "2016-12-12"),
        ["2016-12-12 sheikh-saeed government full"]
    );
}

#[test]
fn a_heading_with_a_second_calendars_day() {
    let text = "Sat. 28 July 2012\n  No customers.\n\n\
                Tue. 31 July 2012 / 12 Ramadan\n  The Kurdish committees took over Sheikh Maqsoud \
                today without a fight.";
    assert_eq!(found(text, ""), ["2012-07-31 sheikh-maqsoud kurdish full"]);
}
