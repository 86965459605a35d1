//! The rule classes of the seventy-second round of issue 17, on sentences written for these tests
//! (none copied from a held-out report): a prose line with two commas is no table's header; a text
//! that says the days it covers is of the last of them; the day something began does not date what
//! ended it; "all four were taken"; a reader's question signed after a dash; a table cell that
//! names its own place; "it had not" later in the clause; a stamp with a comma before its time; an
//! attack on another place in the next sentence; a month glossed in brackets; a row killed before
//! it was published; a report called false deep in the next sentence.

use crate::extract::tests::found;

#[test]
fn a_wrapped_line_with_two_commas_is_read_as_prose_not_as_a_header() {
    let text = "Depot bulletin, Monday 12 September 2016\n\n\
                Crews report that government troops took the Jabal Badro\n\
                district on Sunday, 11 September, and the sappers are sweeping\n\
                the main road.";
    assert_eq!(found(text, ""), ["2016-09-11 jabal-badro government full"]);
}

#[test]
fn weekdays_fall_in_the_days_a_digest_says_it_covers() {
    let text = "Weekly digest · period 19 November to 25 November 2016 · sent 27 November 2016\n\n\
                On Saturday the army seized Masaken Hanano in full.\n\
                On Tuesday the rebels won back part of Sheikh Saeed.";
    assert_eq!(
        found(text, ""),
        [
            "2016-11-19 hanano government full",
            "2016-11-22 sheikh-saeed rebels partial"
        ]
    );
}

#[test]
fn the_day_a_fight_began_does_not_date_its_end() {
    let text = "Changes on Sunday 11 December 2016\n\n\
                Bustan al-Qasr: the army completed its capture of the district, closing a battle \
                that started on 3 December.";
    assert_eq!(
        found(text, ""),
        ["2016-12-11 bustan-al-qaser government full"]
    );
}

#[test]
fn all_three_refers_back_to_the_places_listed() {
    let text = "Tuesday 6 December 2016\n\n\
                Qadi Askar, al-Jazmati and Tariq al-Bab: all three were captured by the army today.";
    assert_eq!(
        found(text, ""),
        ["2016-12-06 qadi-askar+karm-aj-jazmati+tariq-al-bab government full"]
    );
}

#[test]
fn a_readers_question_signed_after_a_dash_reports_nothing() {
    let text = "Letters page, 2 March 2015\n\n\
                **\"Did the rebels really take Sheikh Maqsoud last month?\" — Rami, Hama**\n\n\
                They did not; the YPG held it throughout.";
    assert!(found(text, "").is_empty());
}

#[test]
fn a_cell_naming_its_own_place_is_not_about_the_rows_other_place() {
    let text = "| Ref | Source | Claim |\n\
                |-----|--------|-------|\n\
                | 7 | Resident of al-Midan, 29 Nov 2016 | Troops took the whole of Jabal Badro |";
    assert_eq!(
        found(text, "2016-11-30"),
        ["2016-11-29 jabal-badro government full"]
    );
}

#[test]
fn it_had_not_later_in_the_clause_undoes_the_change() {
    let text = "Diary, Friday 2 December 2016\n\n\
                A neighbour swore that Tariq al-Bab had fallen; my brother rang his friend there \
                and it had not, not at all.";
    assert!(found(text, "").is_empty());
}

#[test]
fn a_stamp_with_a_comma_before_its_time_dates_the_notes_under_it() {
    let text = "Round 3 — Mon. 28/11/16, 09:15\n\
                Notes: water tank empty. He says the army took Sheikh Khodr this morning.";
    assert_eq!(
        found(text, ""),
        ["2016-11-28 sheikh-kheder government full"]
    );
}

#[test]
fn an_attack_on_another_place_beaten_back_does_not_undo_a_change() {
    let text = "Tuesday 29 November 2016\n\n\
                The army took al-Sakhour this morning. The attack on Bustan al-Basha was beaten \
                back, and nothing moved there.";
    assert_eq!(
        found(text, ""),
        ["2016-11-29 sakhour+sakhour-i government full"]
    );
}

#[test]
fn a_month_glossed_in_brackets_dates_the_text() {
    let text = "Ijumaa (Friday), 2 Disemba-ni (December) 2016\n\n\
                Jana (Yesterday) the army took the whole of Sheikh Saeed.";
    assert_eq!(found(text, ""), ["2016-12-01 sheikh-saeed government full"]);
}

#[test]
fn a_row_marked_killed_was_never_published() {
    let text = "time | status | text\n\
                -----|--------|-----\n\
                03/12/2016 10:00 | SPIKED | Army captures al-Marjeh\n\
                03/12/2016 11:00 | SENT | Army captures Bab al-Nayrab";
    assert_eq!(found(text, ""), ["2016-12-03 muhammad-bek government full"]);
}

#[test]
fn the_next_sentence_calling_the_report_false_deep_in_it_undoes_the_claim() {
    let text = "Weekly page, Friday 16 December 2016\n\n\
                Opposition channels said on Wednesday that their fighters had retaken part of \
                al-Mashhad. We asked two families who live there, and the claim was false: the \
                streets were quiet.";
    assert!(found(text, "").is_empty());
}
