//! The rule classes of the fifty-fourth round of issue 17, on sentences written for these tests
//! (none copied from a held-out report): a log's day in bold ("**05/08**"), a form's dated field
//! further down its header and its "Due:" date, a claim the next sentence says changed nothing or
//! was only tried, a writer who does not believe it, things carried "to" a place, a "still held"
//! about another place, "it" for the side named in the singular, and "Both" for the places listed.

use crate::extract::tests::found;

#[test]
fn a_day_in_bold_heads_a_log_entry() {
    let text = "## Print shop log, 2016\n\n- **03/08** Paper arrived.\n- **05/08** A customer \
                rang: the rebels took al-Marjeh today.\n";
    assert_eq!(found(text, ""), ["2016-08-05 marjeh rebels full"]);
}

#[test]
fn a_forms_dated_field_is_its_own_date_and_a_due_date_is_not() {
    let text = "CITY GLASS WORKS\nWorkshop: behind the school\nTel. 021 000\n\nJOB SHEET   No. \
                12/44\nClient: a clinic\nVisited:  Monday 28 November 2016, 10:30\n\nRemarks:\n - \
                A shell fell in the street on Saturday.\n - The nurse told us the army took \
                al-Marjeh this morning.\n";
    assert_eq!(found(text, ""), ["2016-11-28 marjeh government full"]);
    let text = "Ticket 77   In: Wed 14/12/2016   Due: Mon 19/12/2016\n  Remarks: he says the \
                army took al-Marjeh on Monday.\n";
    assert_eq!(found(text, ""), ["2016-12-12 marjeh government full"]);
}

#[test]
fn a_claim_the_next_sentence_says_changed_nothing_or_was_only_tried() {
    for text in [
        "Notebook, 21 September 2016.\n\nA neighbour said the fighters had taken al-Marjeh in the \
         night. My brother walked through at seven and saw only soldiers; nothing has changed \
         there.",
        "Shop book, 14 December 2016.\n\nShe heard on the radio that the fighters took back part \
         of al-Marjeh in the night. Her son serves there and says no, they tried and were beaten \
         back.",
    ] {
        assert_eq!(found(text, ""), Vec::<String>::new(), "{text}");
    }
    // A counter-attack of its own that failed leaves the change before it standing.
    let text = "Diary, 6 December 2016.\n\nThe army took al-Marjeh on Monday. On Tuesday night \
                the rebels tried to retake al-Marjeh but were driven off; nothing changed there.";
    assert_eq!(found(text, ""), ["2016-12-05 marjeh government full"]);
}

#[test]
fn a_writer_who_does_not_believe_it() {
    let text = "Letter, 20 August 2012.\n\nThe radio said on Friday that the army had cleared \
                al-Marjeh, but my uncle saw the fighters still at the mosque on Saturday, so I do \
                not believe it.";
    assert_eq!(found(text, ""), Vec::<String>::new());
}

#[test]
fn things_carried_to_a_place_are_not_taken() {
    let text = "Daybook, 10 September 2016.\n\nThe Red Crescent lorries were taking bread to \
                al-Marjeh.";
    assert_eq!(found(text, ""), Vec::<String>::new());
    let text = "Daybook, 10 September 2016.\n\nThe army took control of al-Marjeh this morning.";
    assert_eq!(found(text, ""), ["2016-09-10 marjeh government full"]);
}

#[test]
fn still_held_undoes_a_claim_only_about_its_place() {
    let text = "Tip sheet, 28 November 2016.\n\nKurdish fighters moved into part of Sheikh Fares \
                on Monday, a Kurdish spokesman said. Elsewhere a rebel attack on al-Fardous was \
                beaten off, and the hill is still held by the army.";
    assert_eq!(found(text, ""), ["2016-11-28 sheikh-fares kurdish partial"]);
    let text = "Tip sheet, 28 November 2016.\n\nKurdish fighters moved into part of Sheikh Fares \
                on Monday, a Kurdish spokesman said. The army is still there, residents say.";
    assert_eq!(found(text, ""), Vec::<String>::new());
}

#[test]
fn it_stands_for_the_side_named_in_the_singular() {
    let text = "Feature, 29 November 2016.\n\nOn Saturday the army retook al-Marjeh, which rebels \
                had held since 2012, and by Sunday it had taken al-Fardous as well.";
    assert_eq!(
        found(text, ""),
        [
            "2016-11-26 marjeh government full",
            "2016-11-27 fardos government full"
        ]
    );
}

#[test]
fn both_opening_a_sentence_is_the_places_listed() {
    let text = "Map note, 4 December 2016.\n\n- **al-Marjeh** and **al-Fardous**: now red. Both \
                fell to the army on Sunday after the rebels withdrew.";
    assert_eq!(
        found(text, ""),
        ["2016-12-04 marjeh+fardos government full"]
    );
}
