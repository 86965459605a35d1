//! The rule classes of the seventy-fifth round of issue 17, on sentences written for these tests
//! (none copied from a held-out report): a month of two words glossed in brackets; a ledger's
//! remark opened by a two-letter weekday and a day joined to its month by a dash; a claim
//! "contradicted" after its semicolon; the day a stretch ran "from, when" dates what happened then.

use crate::extract::tests::found;

#[test]
fn a_month_of_two_words_glossed_in_brackets_dates_the_text() {
    let text = "Arba b-Shabo (Wednesday), 7 Kanun Qadmoyo (December) 2016\n\n\
                Yesterday the army took the whole of al-Jalloum.";
    assert_eq!(found(text, ""), ["2016-12-06 jalloum government full"]);
}

#[test]
fn a_ledgers_remark_opened_by_a_weekday_and_a_dashed_day_is_of_that_day() {
    let text = "Repair book, December 2016\n\n\
                Th 08-12. Radio brought in by Abu Karim. He says the rebels took back part of \
                Sheikh Saeed this morning.\n\
                Fr 09-12. Shop closed.";
    assert_eq!(found(text, ""), ["2016-12-08 sheikh-saeed rebels partial"]);
}

#[test]
fn a_dash_between_two_numbers_without_a_weekday_is_no_date() {
    let text = "Match report, 3 December 2016\n\n\
                The youth team won 12-11 at the club in al-Aziziyeh. The army took Karm Homad \
                yesterday.";
    assert_eq!(found(text, ""), ["2016-12-02 karm-homad government full"]);
}

#[test]
fn a_claim_contradicted_after_its_semicolon_reports_nothing() {
    let text = "Event log, 6 December 2016\n\n\
                Unverified claim that the rebels had abandoned al-Ansari on 5 December 2016; \
                contradicted by local sources.";
    assert!(found(text, "").is_empty());
}

#[test]
fn the_day_a_stretch_ran_from_dates_what_happened_then() {
    let text = "Minutes, 20 October 2016\n\n\
                The depot could not be reached from 6 August, when the armed groups seized the \
                Ramouseh industrial districts, until 10 September.";
    let found = found(text, "");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].starts_with("2016-08-06 ramouseh-industrial-district-"));
    assert!(found[0].ends_with("rebels full"));
}
