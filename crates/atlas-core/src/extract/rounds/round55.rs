//! The rule classes of the fifty-fifth round of issue 17, on sentences written for these tests
//! (none copied from a held-out report): "the quarter" opening a paragraph for the place the one
//! before named, an echo that refers back, a note dated by the row that points to it, "that
//! quarter", "got into part of", "informed … that", what a side "holds only", "something on
//! Twitter that", paragraphs in XML, "follows the fall of" and a "which" after an apposition.

use crate::extract::tests::found;

#[test]
fn the_quarter_opening_a_paragraph_is_the_place_the_one_before_named() {
    let text = "Wire, 10 August 2012.\n\nRebels pulled out of most of al-Marjeh on Thursday.\n\n\
                The rebels had captured most of the quarter in late July.";
    let got = found(text, "");
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[1].ends_with("marjeh rebels partial"), "{got:?}");
    // Not in a paragraph's later sentence, nor for "it".
    for text in [
        "Wire, 10 August 2012.\n\nRebels pulled out of al-Marjeh on Thursday.\n\nShelling went \
         on. The rebels had captured the quarter in late July.",
        "Wire, 10 August 2012.\n\nRebels pulled out of al-Marjeh on Thursday.\n\nThe rebels had \
         captured it in late July.",
    ] {
        assert_eq!(found(text, "").len(), 1, "{text}");
    }
}

#[test]
fn an_echo_that_refers_back_is_the_change_before_it() {
    let text = "Report, 26 November 2016.\n\nThe army took all of al-Marjeh today. The \
                Observatory also reported that troops had captured the whole district today.";
    assert_eq!(found(text, ""), ["2016-11-26 marjeh government full"]);
}

#[test]
fn a_note_is_of_the_day_of_the_row_that_points_to_it() {
    let text =
        "Flight log\n\n| No. | Date | Remarks |\n|---|---|---|\n| 14 | 26-11-2016 | See note \
                A. |\n| 15 | 28-11-2016 | Quiet. |\n\nNotes\nA. A neighbour came by. He said the \
                army had taken al-Marjeh that afternoon.\n";
    assert_eq!(found(text, ""), ["2016-11-26 marjeh government full"]);
}

#[test]
fn that_quarter_refers_back() {
    let text = "Petition, 2 March 2017.\n\nHis shop in al-Marjeh has been closed since the armed \
                groups took over that quarter on 20 July 2012.";
    assert_eq!(found(text, ""), ["2012-07-20 marjeh rebels full"]);
}

#[test]
fn got_into_part_of_a_place_but_not_into_a_car() {
    let text = "Sheet, 13 December 2016.\n\nThe army got into part of al-Marjeh this morning.";
    assert_eq!(found(text, ""), ["2016-12-13 marjeh government partial"]);
    let text = "Sheet, 13 December 2016.\n\nThe soldiers got into al-Marjeh's buses this morning.";
    assert_eq!(found(text, ""), Vec::<String>::new());
}

#[test]
fn a_holding_someone_informs_of() {
    let text = "Fault book, 4 December 2016.\n\nThe officer informed the section that al-Marjeh \
                has been wholly in army hands since this morning.";
    assert_eq!(found(text, ""), ["2016-12-04 marjeh government full"]);
}

#[test]
fn what_a_side_holds_only_and_something_going_round_change_nothing() {
    for text in [
        "Draft, 12 December 2016.\n\nThe rebels now hold only a handful of districts, among them \
         al-Marjeh and parts of al-Fardous.",
        "Memo, 26 November 2016.\n\nThere was something on Twitter that the Kurds had moved into \
         al-Marjeh.",
    ] {
        assert_eq!(found(text, ""), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn xml_paragraphs_a_fall_it_follows_and_a_which_after_an_apposition() {
    let text = "<body>\n<p>BEIRUT, Nov 28, 2016 - Troops took al-Fardous on Monday, a monitor \
                said.</p>\n<p>The advance follows the fall of al-Marjeh, the largest district in \
                the north of the enclave, which the army took in full on Saturday.</p>\n</body>";
    assert_eq!(
        found(text, ""),
        [
            "2016-11-28 fardos government full",
            "2016-11-26 marjeh government full"
        ]
    );
}
