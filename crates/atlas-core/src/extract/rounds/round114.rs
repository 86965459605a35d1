//! The rule classes of the hundred-and-fourteenth round of issue 17, on sentences written for
//! these tests (none copied from a held-out report): Arabic "اليوم" (today, and "the next day",
//! "that day" written with it); a stamp whose label is in a script without capitals, set off by a
//! dash ("إيصال ٢٢٤٣ — الاثنين ٥/١٢/٢٠١٦"); Arabic "صار كله مع" (became all with) a side; and
//! civilians leaving a place, which no side gains.

use crate::extract::tests::found;

#[test]
fn arabic_today_under_a_receipt_stamped_with_its_day() {
    let text = "دفتر الإيصالات — كانون الأول ٢٠١٦\n\nإيصال ٢٢٤١ — الأحد ٤/١٢/٢٠١٦\nالزبون: أبو سامر. \
                التسليم: الثلاثاء.\nملاحظة: قال أبو سامر إن الجيش دخل كرم الميسر اليوم.\n\nإيصال ٢٢٤٣ \
                — الاثنين ٥/١٢/٢٠١٦\nملاحظة: قاضي عسكر صار كله مع الجيش صباح اليوم.";
    assert_eq!(
        found(text, ""),
        [
            "2016-12-04 karm-al-myassar government partial",
            "2016-12-05 qadi-askar government full"
        ]
    );
}

#[test]
fn the_next_day_written_with_arabic_today_is_not_today() {
    let text = "تقرير، الأحد ٤/١٢/٢٠١٦\n\nفي اليوم التالي دخل الجيش حي كرم الميسر.";
    assert_eq!(
        found(text, ""),
        ["2016-12-05 karm-al-myassar government partial"]
    );
}

#[test]
fn civilians_leaving_a_place_are_no_side() {
    let text =
        "تقرير، الثلاثاء ٦/١٢/٢٠١٦\n\nدخل الجيش حي كرم الميسر أمس.\nيقول إن عائلات كثيرة خرجت \
                من الشعار مشياً نحو جسر الحج.";
    let found = found(text, "");
    assert!(found.iter().all(|f| !f.contains("shaar")), "{found:?}");
}
