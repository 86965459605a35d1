//! The rule classes of the sixtieth round of issue 17, on sentences written for these tests (none
//! copied from a held-out report): a day of one digit after a weekday ("Tue 6/12"), a stamp whose
//! bold holds its weekday and a point ("**Tue 6/12.**"), "got into a part of", and "from today".

use crate::extract::tests::found;

#[test]
fn a_weekday_and_a_day_of_one_digit_in_bold_head_a_note() {
    let text = "# Progress sheet, December 2016\n\n## Notes\n\n- **Sun 4/12.** Quiet.\n- **Tue \
                6/12.** The army took al-Marjeh today, the whole of it.\n";
    assert_eq!(found(text, ""), ["2016-12-06 marjeh government full"]);
}

#[test]
fn got_into_a_part_of() {
    let text = "Diary, Wednesday 30 November 2016.\n\nThey say the army got into a part of \
                al-Marjeh this morning.";
    assert_eq!(found(text, ""), ["2016-11-30 marjeh government partial"]);
}

#[test]
fn a_holding_from_today() {
    let text = "Farrier's book, Thursday 22 December 2016.\n\nAll of al-Marjeh and al-Fardous are \
                with the army from today, the carters say.";
    assert_eq!(
        found(text, ""),
        ["2016-12-22 marjeh+fardos government full"]
    );
}

#[test]
fn they_say_names_nobody() {
    let text = "Diary, Wednesday 30 November 2016.\n\nThey say the army got into a part of \
                al-Marjeh this morning.";
    let v = crate::extract::tests::run(text, "");
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(
        v[0].certainty,
        crate::model::Certainty::Claimed {
            by: "unnamed sources".to_string()
        }
    );
}
