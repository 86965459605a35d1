//! The rule classes of the fifteenth round of issue 17, on sentences written for these tests (none
//! copied from a held-out report): note numbers printed after a sentence's point, endnotes that
//! cite a headline, an entry undone by being driven out, an interview's sides, and a loss handed
//! over to a side.

use crate::extract::tests::found;

#[test]
fn a_note_number_after_a_point_ends_the_sentence() {
    // Without the cut, the later "March 2" would date the capture.
    let text = "Report of 9 March 2016. The army took al-Marjeh on 5 March.12 A truce agreed on \
                March 2 had already collapsed.";
    assert_eq!(found(text, ""), ["2016-03-05 marjeh government full"]);
}

#[test]
fn an_endnote_citing_a_headline_reports_nothing() {
    let text = "Report of 9 March 2016. Fighting went on.\n\n\
                12 \"Army retakes al-Marjeh,\" Agence France-Presse, March 5, 2016.\n\
                [13] \"Rebels seize al-Kallaseh,\" Reuters, March 6, 2016.\n";
    assert_eq!(found(text, ""), Vec::<String>::new());
}

#[test]
fn an_entry_undone_by_being_driven_out() {
    let text = "Report of 9 March 2016. On 5 March the army entered al-Marjeh but was driven out \
                again the same night.";
    assert_eq!(found(text, ""), Vec::<String>::new());
}

#[test]
fn an_interview_answers_for_the_side_its_title_names() {
    let text = "# Holding the line: an interview with the YPG\n\n*Published 9 March 2016*\n\n\
                **Your fighters have moved into al-Marjeh. When?**\n\n\
                Our fighters entered al-Marjeh on 5 March.\n";
    let all = found(text, "");
    assert!(
        all.contains(&"2016-03-05 marjeh kurdish partial".to_string()),
        "{all:?}"
    );
    assert!(all.iter().all(|c| c.contains("kurdish")), "{all:?}");
}

#[test]
fn a_loss_handed_over_to_a_side_goes_to_it() {
    let text = "Report of 9 March 2016. Activists say the YPG handed al-Marjeh over to the \
                regime on 6 March.";
    assert_eq!(found(text, ""), ["2016-03-06 marjeh government full"]);
}

#[test]
fn a_report_the_next_sentence_says_never_happened() {
    let text = "Corrections, 9 March 2016. A report on 5 March stated that the YPG had handed \
                al-Marjeh over to the army. No such handover took place.";
    assert_eq!(found(text, ""), Vec::<String>::new());
}
