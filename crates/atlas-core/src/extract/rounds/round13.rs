//! The rule classes of the thirteenth round of issue 17, on sentences written for these tests
//! (none copied from a held-out report): headlines their story repeats, holdings said to go on,
//! denials of reality and earlier alerts, failures with a date between, written-out days and the
//! nth weekday of this month, "their forces", and more verbs ("being fought over by", "came into", "cleaned", "went over to", "handed over to",
//! "drove * away from").

use crate::extract::tests::{found, run};

#[test]
fn a_headline_its_story_repeats_gives_no_candidate_of_its_own() {
    let text = "UPDATE 1-Syrian army says it takes al-Marjeh\n\nBEIRUT, March 4 - The army took \
                al-Marjeh on Friday, a military source said.\n";
    let all = run(text, "2016-03-04");
    assert_eq!(all.len(), 1, "{all:#?}");
    assert!(all[0].passage.quote.starts_with("BEIRUT"));
    // A headline its story does not repeat is still read.
    let text =
        "Wire copy of 4 March 2016.\n\nUPDATE 1-Syrian army says it takes al-Marjeh\n\nBEIRUT, \
                March 4 - Shelling went on.\n";
    assert_eq!(run(text, "2016-03-04").len(), 1);
}

#[test]
fn holdings_said_to_go_on_and_denied_reports_are_no_change() {
    for said in [
        "The quarters of al-Marjeh and al-Kallaseh continue to be held by militants.",
        "Rebels shelled al-Marjeh, which remains in the hands of the army.",
        "Statements that militants have regained al-Marjeh do not correspond to reality.",
        "CORRECTION: An earlier alert said rebels had seized part of al-Marjeh.",
        "Government forces failed on Saturday to break into al-Marjeh.",
    ] {
        let text = format!("Report of 5 March 2016. {said}");
        assert_eq!(found(&text, ""), Vec::<String>::new(), "{said}");
    }
}

#[test]
fn a_day_written_out_before_of_and_its_month() {
    let text = "Memoir, 2014. On the ninth of August 2012 the army took al-Marjeh. The rebels \
                retook it on the twenty-second of August.";
    assert_eq!(
        found(text, ""),
        [
            "2012-08-09 marjeh government full",
            "2012-08-22 marjeh rebels full"
        ]
    );
    // "the first" alone is no day.
    let text = "Report of 5 March 2016. The army took al-Marjeh, the first district to fall.";
    assert_eq!(found(text, ""), ["2016-03-05 marjeh government full"]);
}

#[test]
fn more_verbs_and_who_gains_what_is_handed_over() {
    let cases = [
        (
            "On 5 March al-Marjeh was being fought over by the army and the rebels.",
            "2016-03-05 marjeh government contested",
        ),
        (
            "On 5 March the rebels came into al-Marjeh.",
            "2016-03-05 marjeh rebels partial",
        ),
        (
            "On 5 March the army cleaned al-Marjeh.",
            "2016-03-05 marjeh government full",
        ),
        (
            "On 5 March al-Marjeh went over to the rebels.",
            "2016-03-05 marjeh rebels full",
        ),
        (
            "On 5 March al-Marjeh and al-Kallaseh were handed over to the government.",
            "2016-03-05 marjeh+kallaseh government full",
        ),
        (
            "On 5 March the army drove gunmen away from al-Marjeh.",
            "2016-03-05 marjeh government full",
        ),
    ];
    for (said, expected) in cases {
        let text = format!("Report of 6 March 2016. {said}");
        assert_eq!(found(&text, ""), [expected], "{said}");
    }
}

#[test]
fn their_forces_are_the_side_named_before_them() {
    let text = "Report of 6 March 2016. According to the YPG, their forces took al-Marjeh on \
                5 March.";
    assert_eq!(found(text, ""), ["2016-03-05 marjeh kurdish full"]);
    let text = "Report of 6 March 2016. The army says its own units entered al-Marjeh on 5 March.";
    assert_eq!(found(text, ""), ["2016-03-05 marjeh government partial"]);
}

#[test]
fn the_nth_weekday_of_this_month() {
    let text = "Circular of 20 August 2012. The gunmen took Hanano on the first Friday of this \
                month.";
    assert_eq!(found(text, ""), ["2012-08-03 hanano rebels full"]);
}
