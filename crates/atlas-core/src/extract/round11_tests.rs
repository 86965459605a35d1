//! The rule classes of the eleventh round of issue 17, on sentences written for these tests (none
//! copied from a held-out report): dates counted from an earlier change of the same text, holdings
//! that lasted "the whole time", and clearing mines or rubble (tables read by their headings are
//! tested in `headed_tables`).

use super::tests::{run, summary};

fn found(text: &str, published: &str) -> Vec<String> {
    run(text, published).iter().map(summary).collect()
}

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
