//! The rule classes of the sixty-fifth round of issue 17, on sentences written for these tests
//! (none copied from a held-out report): years named with a feast of another calendar ("Ramadan
//! 2012"), "6 to 7 September", dates that date something else (a purchase in brackets, a delivery
//! rescheduled), a holding since a time of today with how much set off before it, a bystander's
//! entry, and a change "once" it "has been" made.

use crate::extract::tests::found;

#[test]
fn a_feast_and_a_span_of_two_days_date_a_change() {
    let text = "Hearing of 9 March 2022.\n\nHe said rebels took al-Marjeh in the first days of \
                Ramadan 2012. Government troops abandoned al-Maadi in the night of 6 to 7 September \
                2012.";
    assert_eq!(
        found(text, ""),
        [
            "2012-12-31 marjeh rebels full",
            "2012-09-07 maadi rebels full"
        ]
    );
}

#[test]
fn a_purchase_in_brackets_and_a_delivery_put_off_are_no_days_of_the_text() {
    let text = "JOB CARD 12\nReceived: Sun 27/11/2016, 10:20\nWarranty: valid (purchased \
                14/03/2016, stamped)\nDelivery rescheduled for Thu 01/12/2016.\nRemarks: her son \
                says the army took all of al-Marjeh this morning.";
    assert_eq!(found(text, ""), ["2016-11-27 marjeh government full"]);
}

#[test]
fn a_holding_since_a_time_of_today_with_how_much_set_off_before_it() {
    let text = "Table sheet, Saturday 26 November 2016.\n\nAl-Marjeh is in the army's hands, all \
                of it, since this afternoon.";
    assert_eq!(found(text, ""), ["2016-11-26 marjeh government full"]);
}

#[test]
fn a_bystander_able_to_enter_and_a_change_once_it_has_been_made() {
    let text = "Order of 17 December 2016.\n\nWhereas al-Marjeh was restored to the authority of \
                the State on 12/12/2016, and the Committee was able to enter it on 17/12/2016; \
                the survey of al-Maadi shall begin once the quarter has been fully secured.";
    assert_eq!(found(text, ""), ["2016-12-12 marjeh government full"]);
}
