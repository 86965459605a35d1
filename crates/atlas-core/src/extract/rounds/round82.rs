//! The rule classes of the eighty-second round of issue 17, on sentences written for these tests
//! (none copied from a held-out report): a week in review's weekday headings; a register's remark
//! stamped "28/11 --"; "before the area is handed over" is to come; line numbers in the margin
//! and a comparison's removed lines read as blanks; a weekday heading's year from the weekday; "a
//! Friday" in apposition; "Since this morning X is with …"; "lies next to"; a post nobody signed;
//! "we assess the claim as false"; "fully under the army"; a month glossed in brackets after
//! several words; "1436/2015"; a title's span of years; "came back into a part of".

use crate::extract::tests::found;

#[test]
fn a_week_in_reviews_weekday_headings_are_of_the_week_before() {
    let text = "## THE WEEK IN REVIEW\n\n*Sunday 4 December 2016*\n\n\
                ### Monday\nThe army took al-Sakhour.\n\n\
                ### Tuesday\nNothing moved.";
    assert_eq!(
        found(text, ""),
        ["2016-11-28 sakhour+sakhour-i government full"]
    );
}

#[test]
fn a_remark_stamped_with_a_typewriters_dash_is_of_its_day() {
    let text = "Register, sheet 4\n\n\
                Ref  Reported    Place\n\
                A-1  25/11/2016  Hanano\n\n\
                29/11 -- A-1: no access. The army went into part of al-Sakhour this morning.";
    assert_eq!(
        found(text, ""),
        ["2016-11-29 sakhour+sakhour-i government partial"]
    );
}

#[test]
fn what_happens_before_an_area_is_handed_over_is_to_come() {
    let text = "Log, Tuesday 29 November 2016\n\n\
                No crews go in before al-Sakhour is handed over to the army.";
    assert!(found(text, "").is_empty());
}

#[test]
fn line_numbers_in_the_margin_are_no_words() {
    let text = "Transcript, Tuesday 29 November 2016\n\n\
                1 Q. What happened there?\n\
                2 A. Since this morning al-Sakhour is with\n\
                3 the army, all of it.\n";
    let got = found(text, "");
    assert_eq!(got, ["2016-11-29 sakhour+sakhour-i government full"]);
}

#[test]
fn a_comparisons_removed_line_reports_nothing() {
    let text = "Versions of a story, Tuesday 29 November 2016\n\n\
                ```\n\
                - The army took all of al-Sakhour on Tuesday.\n\
                + The army entered al-Sakhour on Tuesday.\n\
                \x20 Fighting went on.\n\
                ```\n";
    assert_eq!(
        found(text, ""),
        ["2016-11-29 sakhour+sakhour-i government partial"]
    );
}

#[test]
fn a_weekday_headings_year_is_the_one_its_day_falls_on() {
    let text = "# Notebook, copied out in March 2017\n\n\
                Copy made in March 2017.\n\n\
                ### Tuesday 29 November\n\n\
                The army took al-Sakhour today.";
    assert_eq!(
        found(text, ""),
        ["2016-11-29 sakhour+sakhour-i government full"]
    );
}

#[test]
fn a_weekday_in_apposition_tells_the_year() {
    let text = "Deposition, taken 18 March 2014\n\n\
                The fighters took Sukkari on the 10th of August, a Friday.";
    assert_eq!(found(text, ""), ["2012-08-10 sukkari rebels full"]);
}

#[test]
fn where_a_place_lies_is_no_lie() {
    let text = "Brief, Monday 5 December 2016\n\n\
                On Sunday troops took al-Sakhour, which lies next to Hanano, according to \
                residents.";
    assert_eq!(
        found(text, ""),
        ["2016-12-04 sakhour+sakhour-i government full"]
    );
}

#[test]
fn a_post_nobody_signed_reports_nothing() {
    let text = "FAQ, Monday 5 December 2016\n\n\
                Somebody tweeted that rebels took back al-Sakhour last night.";
    assert!(found(text, "").is_empty());
}

#[test]
fn a_claim_the_next_sentence_assesses_as_false_reports_nothing() {
    let text = "Brief, Monday 5 December 2016\n\n\
                An account said overnight that rebels had won back al-Sakhour. The clip is \
                from 2013; we assess the claim as false.";
    assert!(found(text, "").is_empty());
}

#[test]
fn fully_under_the_army_is_a_holding() {
    let text = "Chat, Sunday 27 November 2016\n\n\
                al-Sakhour is fully under the army as of this afternoon.";
    assert_eq!(
        found(text, ""),
        ["2016-11-27 sakhour+sakhour-i government full"]
    );
}

#[test]
fn a_month_glossed_after_several_words_dates_the_text() {
    let text = "Bulletin, Jumanne, 29 Mweri wa Ikumi na Umwe (November) 2016\n\n\
                The army took al-Sakhour today.";
    assert_eq!(
        found(text, ""),
        ["2016-11-29 sakhour+sakhour-i government full"]
    );
}

#[test]
fn a_hijri_year_before_the_common_eras_is_passed_over() {
    let text = "Notebook\n\n**Wednesday, 17 June 1436/2015.** The factions took al-Rashidin today.";
    assert_eq!(found(text, ""), ["2015-06-17 rashidin rebels full"]);
}

#[test]
fn a_titles_span_of_years_gives_the_year_of_its_days() {
    let text = "# Notebooks (1435–1436 / 2014–2015)\n\n\
                **Thursday, 22 May.** The army took all of Sheikh Najjar today.";
    assert_eq!(
        found(text, ""),
        ["2014-05-22 sheikh-najjar government full"]
    );
}

#[test]
fn came_back_into_a_part_of_is_a_partial_change() {
    let text = "Card, Monday 5 December 2016\n\n\
                Yesterday the fighters came back into a part of al-Sakhour.";
    assert_eq!(
        found(text, ""),
        ["2016-12-04 sakhour+sakhour-i rebels partial"]
    );
}
