//! The rule classes of the hundred-and-twentieth round of issue 17, on sentences written for
//! these tests (none copied from a held-out report): a field of the text's own labelled by a
//! title word ("Caption: \"…\"") reports, as a title talked about does not; Persian "پس گرفت"
//! (took back, singular).

use crate::extract::tests::found;

#[test]
fn a_caption_field_of_the_texts_own_reports() {
    let text = "Storyboard, 2017\n\nCaption: \"12 December 2016: the army takes all of al-Maadi.\"";
    assert_eq!(found(text, ""), ["2016-12-12 maadi government full"]);
    // A caption talked about is not the text's own report.
    let text = "Storyboard, 2017\n\nThe editor cut a caption, \"12 December 2016: the army takes \
                all of al-Maadi.\"";
    assert!(found(text, "").is_empty(), "{:?}", found(text, ""));
}

#[test]
fn persian_took_back_in_the_singular() {
    let text = "گزارش، 12 دسامبر 2016\n\nارتش امروز محله المعادی را پس گرفت.";
    assert_eq!(found(text, ""), ["2016-12-12 maadi government full"]);
}
