//! The rule classes of the hundred-and-fifteenth round of issue 17, on sentences written for
//! these tests (none copied from a held-out report): a holding that Spanish "quedó" (ended up) or
//! Arabic "أصبح" (became) puts a place in is a change, as "came under" is.

use crate::extract::tests::found;

#[test]
fn a_place_that_ended_up_in_a_sides_hands_changed_hands() {
    let text = "Alepo, 6 de diciembre de 2016.\n\nEl barrio de Al Shaar quedó hoy en manos del \
                ejército sirio.";
    assert_eq!(found(text, ""), ["2016-12-06 shaar government full"]);
    let text = "تقرير، ٢٠١٦\n\nأصبح حي عين التل تحت سيطرة الجيش بالكامل يوم الأحد 27/11/2016.";
    assert_eq!(found(text, ""), ["2016-11-27 ayn-at-tal government full"]);
    // Without it, a holding with no date of its own is how things stand.
    let text =
        "Alepo, 6 de diciembre de 2016.\n\nEl barrio de Al Shaar está en manos del ejército.";
    assert!(found(text, "").is_empty());
}
