//! The rule classes of the hundred-and-twenty-first round of issue 17, on sentences written for
//! these tests (none copied from a held-out report): a report "treated as unverified" reports
//! nothing; Persian "را به دست گرفت" (took control of, singular).

use crate::extract::tests::found;

#[test]
fn a_report_treated_as_unverified_reports_nothing() {
    let text = "Weekly constraints, 2014\n\nReports on 3 May 2014 that rebels had entered \
                al-Midan are treated as unverified.";
    assert!(found(text, "").is_empty(), "{:?}", found(text, ""));
}

#[test]
fn persian_took_control_of_in_the_singular() {
    let text = "گزارش، 12 دسامبر 2016\n\nارتش امروز کنترل محله المعادی را به دست گرفت.";
    assert_eq!(found(text, ""), ["2016-12-12 maadi government full"]);
}
