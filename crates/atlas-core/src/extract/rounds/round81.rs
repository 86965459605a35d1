//! The rule classes of the eighty-first round of issue 17, on sentences written for these tests
//! (none copied from a held-out report): a table row judged false in a cell after its sentence
//! ends; a post the reader is told to ignore, or found to reuse old footage; an almanac column's
//! entries ("On this day — …", "**2016** — …"); "captured X after three days of fighting" on the
//! sentence's own day; "without yet taking"; the article written "ed-", "es-"; a date opening a
//! wrapped line is no list item.

use crate::extract::tests::found;

#[test]
fn a_row_judged_false_after_its_sentence_ends_reports_nothing() {
    let text = "Desk log, Tuesday 6 December 2016\n\n\
                06/12 10:12 | B-22 | \"The rebels are back in al-Shaar.\" | old clip | FALSE\n";
    assert!(found(text, "").is_empty());
}

#[test]
fn a_post_the_reader_is_told_to_ignore_reports_nothing() {
    let text = "Desk notes, Tuesday 6 December 2016\n\n\
                Disregard the tweet claiming the rebels took back al-Shaar this evening.";
    assert!(found(text, "").is_empty());
}

#[test]
fn a_claim_resting_on_old_footage_reports_nothing() {
    let text = "Desk notes, Tuesday 6 December 2016\n\n\
                A channel says rebels recaptured al-Shaar today, but the clip recycles footage \
                from 2013.";
    assert!(found(text, "").is_empty());
}

#[test]
fn an_almanac_entry_is_of_the_titles_day_in_its_year() {
    let text = "# On this day — 28 November\n\n\
                *Published 28 November 2018.*\n\n\
                **1905** — A bridge opened.\n\n\
                **2016** — Government forces took all of al-Sakhour.";
    assert_eq!(
        found(text, ""),
        ["2016-11-28 sakhour+sakhour-i government full"]
    );
}

#[test]
fn a_stretch_of_fighting_after_the_capture_does_not_move_its_day() {
    let text = "Bulletin, Monday 28 November 2016\n\n\
                On Monday the army captured al-Sakhour after three days of fighting.";
    assert_eq!(
        found(text, ""),
        ["2016-11-28 sakhour+sakhour-i government full"]
    );
}

#[test]
fn a_stretch_opening_the_sentence_counts_from_the_last_date() {
    let text = "Bulletin, Thursday 1 December 2016\n\n\
                The army attacked al-Sakhour on 25 November. After three days of fighting it \
                captured al-Sakhour.";
    assert_eq!(
        found(text, ""),
        ["2016-11-28 sakhour+sakhour-i government full"]
    );
}

#[test]
fn what_was_done_without_taking_a_place_takes_nothing() {
    let text = "Bulletin, Monday 28 November 2016\n\n\
                Troops reached the edge of al-Sakhour today without ever capturing the district.";
    assert!(found(text, "").is_empty());
}

#[test]
fn the_article_written_with_an_e_is_still_an_article() {
    let text = "Letter, 30 August 2012\n\n\
                On 10 August the rebels took Seif ed-Dawla.";
    assert_eq!(found(text, ""), ["2012-08-10 sayf-ad-dauleh rebels full"]);
}

#[test]
fn a_date_opening_a_wrapped_line_is_no_list_item() {
    let text = "Notebook copy, 1 September 2012\n\n\
                \"The rebels took Seif ed-Dawla on\n\
                12.VIII.2012, so I left.\"";
    assert_eq!(found(text, ""), ["2012-08-12 sayf-ad-dauleh rebels full"]);
}
