//! The rule classes of the hundred-and-fifth round of issue 17, on sentences written for these
//! tests (none copied from a held-out report): a row's status word ("Held") with no side in the
//! row; a wrapped line that ends on an article and a word in lower case goes on.

use crate::extract::tests::found;

#[test]
fn a_rows_status_word_without_a_side_is_no_report() {
    let text = "Register of returned items, December 2016\n\nNo. | Date | Area | Result\n\
                11 | 06/12/16 | al-Shaar | Delivered\n    Remarks: The army took al-Shaar today.\n\
                12 | 08/12/16 | Bustan al-Qasr | Held\n    Remarks: No access.";
    assert_eq!(found(text, ""), ["2016-12-06 shaar government full"]);
}

#[test]
fn a_line_ending_on_an_article_and_a_word_goes_on() {
    let text = "Caption:  Soldiers in the Old City, December 8, 2016.\n          The army took \
                al-Bayyada and the nearby\n          Qal'at al-Sharif quarter on Tuesday.";
    assert_eq!(
        found(text, ""),
        ["2016-12-06 bayyada+qalet-ash-sharif government full"]
    );
}
