//! The rule classes of the fifty-eighth round of issue 17, on sentences written for these tests
//! (none copied from a held-out report): a masthead's or a copy's month among the opening lines
//! (the text written by then), "since noon", a piece of writing quoted to be corrected, and a
//! place "held" after an attack on it was thrown back.

use crate::extract::tests::found;

#[test]
fn a_masthead_month_among_the_opening_lines_dates_a_bare_day_before_it() {
    for head in [
        "THE LONG VIEW\nA correspondent looks back.\nIssue 48, February 2017",
        "Order book, vol. 7 (January 2017). Copied from the Arabic.",
        "Notes of a nurse\n*Typed by her grand-daughter, Montreal, January 2017.*",
    ] {
        let text = format!("{head}\n\nOn 7 December the army took al-Marjeh.");
        assert_eq!(
            found(&text, ""),
            ["2016-12-07 marjeh government full"],
            "{head}"
        );
    }
    // A heading over what follows, a line of prose or a span of months is no masthead.
    for head in [
        "Tracker\n## January 2016 – the front",
        "Memoir\nThe brigades that came in late January 2016 did not stay.",
    ] {
        let text = format!("{head}\n\nOn 7 December the army took al-Marjeh.");
        assert_eq!(
            found(&text, ""),
            ["2016-12-07 marjeh government full"],
            "{head}"
        );
    }
}

#[test]
fn a_holding_since_noon_is_news_of_the_day() {
    let text =
        "Register, Saturday 26 November 2016.\n\nHis father says al-Marjeh is with the army \
                since noon, the whole area.";
    assert_eq!(found(text, ""), ["2016-11-26 marjeh government full"]);
}

#[test]
fn a_piece_of_writing_quoted_to_be_corrected() {
    for text in [
        "Letter, 2 February 2017.\n\nFirst, the article states (p. 152) that Kurdish forces \
         entered al-Marjeh.",
        "World page, 4 December 2016.\n\nNote from the page editor: last week's page wrote that \
         the army had entered al-Marjeh on 20 November.",
    ] {
        assert_eq!(found(text, ""), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn a_place_held_after_an_attack_on_it_was_thrown_back() {
    let text = "Weekly, 30 November 2016.\n\nRebel groups tried on Monday night to win back \
                al-Marjeh, but the attack was pushed back and the army held the district, a \
                commander admitted.";
    assert_eq!(found(text, ""), Vec::<String>::new());
}
