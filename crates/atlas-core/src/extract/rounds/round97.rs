//! The rule classes of the ninety-seventh round of issue 17, on sentences written for these tests
//! (none copied from a held-out report): a call note's stamp with its weekday in brackets
//! ("27/11/16 (Sun) —").

use crate::extract::tests::found;

#[test]
fn a_stamp_with_its_weekday_in_brackets_dates_its_today() {
    let text = "CONTACT CARD\n\nCALL NOTES\n\n\
                19/11/16 — shelling all night, nobody moved.\n\n\
                27/11/16 (Sun) — very excited. He says the soldiers took Jabal Badro today.\n";
    assert_eq!(found(text, ""), ["2016-11-27 jabal-badro government full"]);
}
