//! The rule classes of the sixty-ninth round of issue 17, on sentences written for these tests
//! (none copied from a held-out report): places named after an em dash that ends a phrase of
//! place, people taken somewhere, "passed entirely to … control", "went down into", and "the very
//! next day".

use crate::extract::tests::found;

#[test]
fn places_after_an_em_dash_are_what_was_taken() {
    let text =
        "Script, Tuesday 13 December 2016.\n\nYesterday, Monday, the army took over two more \
                neighbourhoods in the east of the city — al-Marjeh and al-Maadi.";
    let found = found(text, "");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].starts_with("2016-12-12 marjeh+maadi government"));
}

#[test]
fn people_taken_somewhere_leave_the_place_as_it_was() {
    let text = "File note, 13 December 2016.\n\nShe states that on Monday the army took the whole \
                of al-Marjeh, and that soldiers took the family by truck to al-Maadi the same \
                evening.";
    assert_eq!(found(text, ""), ["2016-12-12 marjeh government full"]);
}

#[test]
fn passed_entirely_to_control_went_down_into_and_the_very_next_day() {
    let text = "Carousel, 23 December 2016.\n\nThe final pocket, al-Marjeh, passed entirely to \
                government control on 22 December.";
    assert_eq!(found(text, ""), ["2016-12-22 marjeh government full"]);
    let text = "Letter, 20 December 2016.\n\nOn Monday 28 November the Kurdish fighters went down \
                into part of Sheikh Fares. The very next day the rebels took al-Marjeh.";
    assert_eq!(
        found(text, ""),
        [
            "2016-11-28 sheikh-fares kurdish partial",
            "2016-11-29 marjeh rebels full"
        ]
    );
}
