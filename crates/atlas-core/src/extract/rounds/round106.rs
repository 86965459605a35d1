//! The rule classes of the hundred-and-sixth round of issue 17, on sentences written for these
//! tests (none copied from a held-out report): a form's "States that …"; Arabic's relative verb
//! ("الذي استعاده الجيش"); "is going to take".

use crate::extract::tests::found;

#[test]
fn a_forms_states_that_opens_what_is_told() {
    let text = "Register, 10 December 2016\n\nReason: card lost. States that al-Shaar came back \
                under state control on 6/12.";
    assert_eq!(found(text, ""), ["2016-12-06 shaar government full"]);
}

#[test]
fn an_arabic_relative_verb_acts_on_the_name_before_it() {
    let text = "إعلان\n\nيعود أبناء حي كرم الميسر الذي استعاده الجيش يوم الأحد 4/12/2016.";
    assert_eq!(
        found(text, ""),
        ["2016-12-04 karm-al-myassar government full"]
    );
}

#[test]
fn is_going_to_take_is_no_change_yet() {
    let text = "Notice, 20 January 2017.\n\nA customer wrote that the army is going to take \
                Rashidin next week.";
    assert!(found(text, "").is_empty());
}
