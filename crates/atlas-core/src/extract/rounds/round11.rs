//! The rule classes of the eleventh round of issue 17, on sentences written for these tests (none
//! copied from a held-out report): dates counted from an earlier change of the same text, holdings
//! that lasted "the whole time", and clearing mines or rubble (tables read by their headings are
//! tested in `headed_tables`); and of the twelfth: month-first dates ("On 7/26"), denials and
//! corrections, "no unit entered", "taken to a hospital", "the points they lost".

use crate::extract::tests::found;

#[test]
fn a_date_counted_from_an_earlier_change_of_the_text() {
    let text = "Report of 30 March 2016. Rebels captured al-Kallaseh on 3 March. \
                A month later nothing had moved. Bustan al-Qasr, which the rebels took three days \
                after Kallaseh, is still theirs. The army retook al-Marjeh the day before the fall \
                of Kallaseh.";
    assert_eq!(
        found(text, ""),
        [
            "2016-03-03 kallaseh rebels full",
            "2016-03-06 bustan-al-qaser rebels full",
            "2016-03-02 marjeh government full"
        ]
    );
}

#[test]
fn a_place_with_no_change_before_counts_nothing() {
    // Kallaseh's change is not told before: the phrase dates nothing, the sentence's own date does.
    let text = "Report of 30 March 2016. On 12 March the army took al-Marjeh two days after \
                Kallaseh.";
    assert_eq!(found(text, ""), ["2016-03-12 marjeh government full"]);
}

#[test]
fn a_holding_that_lasted_the_whole_time_is_no_change() {
    for held in [
        "the YPG held it the whole time",
        "Sheikh Maqsoud was held by the Kurds all the way through",
        "the Kurds held Sheikh Maqsoud all this time",
        "the YPG controlled it the entire war",
    ] {
        let text = format!("Report of 30 March 2016. Rebels shelled Sheikh Maqsoud, but {held}.");
        assert_eq!(found(&text, ""), Vec::<String>::new(), "{held}");
    }
    // A holding of the day is still one.
    let text = "Report of 30 March 2016. Since Friday the YPG has held Sheikh Maqsoud.";
    assert_eq!(found(text, "").len(), 1);
}

#[test]
fn clearing_mines_or_rubble_is_no_capture() {
    for cleared in [
        "Engineers in al-Marjeh finished clearing mines on 4 March.",
        "On 4 March sappers cleared al-Marjeh of mines.",
        "On 4 March crews cleared rubble in al-Marjeh.",
    ] {
        let text = format!("Report of 30 March 2016. {cleared}");
        assert_eq!(found(&text, ""), Vec::<String>::new(), "{cleared}");
    }
    let text = "Report of 30 March 2016. On 4 March the army cleared al-Marjeh of rebels.";
    assert_eq!(found(text, ""), ["2016-03-04 marjeh government full"]);
}

// Round 12, from the classes the twelfth and thirteenth sets showed once scored.

#[test]
fn a_month_first_date_after_a_dating_word() {
    let text = "Weekly summary, 31 July 2016.\n- On 7/26, pro-government forces took al-Marjeh.";
    assert_eq!(found(text, ""), ["2016-07-26 marjeh government full"]);
    // A fraction is no date.
    let text = "Weekly summary, 31 July 2016. The army took 1/3 of al-Marjeh.";
    assert_eq!(found(text, "")[0].split(' ').next(), Some("2016-07-31"));
}

#[test]
fn denials_corrections_and_no_subject_report_no_change() {
    for said in [
        "There is no truth to reports that the regime forces took al-Marjeh this evening.",
        "Please kill the story headlined \"Rebels seize al-Marjeh\".",
        "Paragraph 3 should read \"rebels shelled al-Marjeh\", not \"rebels stormed al-Marjeh\".",
        "Residents confirmed that no government unit entered al-Marjeh before the truce.",
    ] {
        let text = format!("Report of 4 March 2016. {said}");
        assert_eq!(found(&text, ""), Vec::<String>::new(), "{said}");
    }
}

#[test]
fn taken_to_a_hospital_and_the_points_they_lost_are_no_change() {
    for said in [
        "Our photographer was injured in al-Marjeh and has been taken to a field hospital.",
        "Families took refuge in al-Marjeh.",
        "Rebels shelled the positions they had lost in al-Marjeh.",
    ] {
        let text = format!("Report of 4 March 2016. {said}");
        assert_eq!(found(&text, ""), Vec::<String>::new(), "{said}");
    }
}
