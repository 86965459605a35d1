//! The rule classes of the hundred-and-second round of issue 17, on sentences written for these
//! tests (none copied from a held-out report): a weekday beside a numeric date tells which way
//! round the text writes its dates; "may lose" is no change yet; "now held by"; a label's en dash.

use crate::extract::tests::found;

#[test]
fn a_weekday_beside_a_numeric_date_tells_its_order() {
    // Wednesday 7 December 2016, written month first; read day first it would be a Monday.
    let text = "BULLETIN   AIRED: WED 12/07/16\n\n>> THE ARMY TOOK AL-SHAAR YESTERDAY, OFFICIALS \
                SAID.";
    assert_eq!(found(text, ""), ["2016-12-06 shaar government full"]);
    // Monday 12 December 2016, written day first.
    let text = "Log opened Mon 12/12/16.\n\nReport of 6/12/2016: the army took al-Shaar.";
    assert_eq!(found(text, ""), ["2016-12-06 shaar government full"]);
}

#[test]
fn a_side_that_may_lose_a_place_has_not_lost_it() {
    let text = "Cable, 6 December 2016.\n\nThe opposition may lose al-Shaar within days.";
    assert!(found(text, "").is_empty());
}

#[test]
fn now_held_by_is_a_change_of_the_day() {
    let text = "28/11/2016\tcontrol\tGOV\tall of Haydariyah now held by the army";
    assert_eq!(found(text, ""), ["2016-11-28 haydariyeh government full"]);
}

#[test]
fn a_label_before_an_en_dash_is_what_the_phrase_after_it_is_about() {
    let text = "Status, 13 December 2016.\n\nAl-Fardos – fully in army hands by Monday evening.";
    assert_eq!(found(text, ""), ["2016-12-12 fardos government full"]);
}
