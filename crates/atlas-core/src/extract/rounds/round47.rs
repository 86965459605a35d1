//! The rule classes of the forty-seventh round of issue 17, on sentences written for these tests
//! (none copied from a held-out report): talk going round ("the talk that …") and "this was not
//! so"; a diary's heading with a numeric day ("TUE 6/12"), read forward from the text's year when
//! nothing is dated before it; a look back dated by a relative day in its own phrase; the year of
//! the date a letter is signed with; "the 12th of that month"; "in April last year"; Somali months;
//! a word's combining marks (Telugu, Devanagari) kept in the word; a Kurdish "Şêx"; and (round 48)
//! attackers driven back from a place, "returned wholly to", "22 May of last year", West Frisian
//! months and "Sjeik"; and (round 49) dates in Indian scripts with their own digits, a register's
//! remarks headed by a day and a dash, a stamp closed by "·", and "was partly lost again to".

use crate::extract::tests::found;

#[test]
fn talk_going_round_and_what_was_not_so_report_nothing() {
    for text in [
        "Notice of 23 May 2015. Some customers asked whether we are closing because of the talk \
         that the armed men had taken al-Marjeh.",
        "Record of 4 August 2012. A relative said on Friday that the fighters had entered \
         al-Marjeh; her brother, who is there, telephoned to say this was not so.",
    ] {
        assert_eq!(found(text, ""), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn a_diary_heading_with_a_numeric_day() {
    let text =
        "SALON BOOK, week beginning Saturday 3 December 2016\n\nTUE 6/12\n  09:30  R  Hind S.  \
                manicure\n            Hind says the army took the whole of al-Marjeh yesterday \
                morning.\n";
    assert_eq!(found(text, ""), ["2016-12-05 marjeh government full"]);
    // With only the year known before it, the heading is read in that year.
    let text = "Book 2016\n\nWED 7/12\nThe army took al-Marjeh yesterday.\n";
    assert_eq!(found(text, ""), ["2016-12-06 marjeh government full"]);
}

#[test]
fn a_look_back_dated_by_a_relative_day_in_its_phrase() {
    let text = "Route report, 13 December 2016. Following the liberation of al-Marjeh and \
                al-Fardous by the heroes of the Syrian Arab Army yesterday, the crews began work.";
    assert_eq!(
        found(text, ""),
        ["2016-12-12 marjeh+fardos government full"]
    );
}

#[test]
fn a_letter_signed_with_its_date_is_of_that_year() {
    let text =
        "LETTERS\n\nSir, - On Monday 12 December the army took only the part of al-Marjeh on \
                the eastern bank of the river.\n\nWael T.\nHamburg, 27 December 2016\n";
    assert_eq!(found(text, ""), ["2016-12-12 marjeh government partial"]);
}

#[test]
fn a_day_of_that_month_and_a_month_of_last_year() {
    let text = "Motion of 9 January 2017. In December the war entered its final phase. On Monday \
                the 12th of that month the army also took al-Marjeh.";
    assert_eq!(found(text, ""), ["2016-12-12 marjeh government full"]);
    let text = "Dushanbe, 17 June 2015. The rebels had first advanced into parts of al-Marjeh in \
                April last year.";
    let got = found(text, "");
    assert_eq!(got.len(), 1);
    assert!(got[0].starts_with("2014-04"), "{got:?}");
}

#[test]
fn a_somali_date_and_words_with_combining_marks() {
    let text = "Wararka\nTalaado, Diseembar 06, 2016 (HOL)\n\nThe army took al-Marjeh yesterday.";
    assert_eq!(found(text, ""), ["2016-12-05 marjeh government full"]);
    let text = "Paper, 29 November 2016. On Monday al-Marjeh (అల్ మర్జె) also fell to the army.";
    assert_eq!(found(text, ""), ["2016-11-28 marjeh government full"]);
    let text = "Notebook, 29 November 2016. The YPG took their part of Şêx Fares yesterday.";
    assert_eq!(found(text, ""), ["2016-11-28 sheikh-fares kurdish partial"]);
}

// Round 48.

#[test]
fn attackers_driven_back_from_a_place_did_not_take_it() {
    let text =
        "Report of 31 October 2016. The army said on Sunday that it had driven them back from \
                al-Marjeh and that its lines had held.";
    assert_eq!(found(text, ""), Vec::<String>::new());
    // A side that pulled back from a place lost it.
    let text = "Report of 9 August 2012. Rebel fighters pulled back from most of al-Marjeh early \
                this morning.";
    assert_eq!(found(text, ""), ["2012-08-09 marjeh government partial"]);
}

#[test]
fn returned_wholly_to_the_state_and_a_day_of_last_year() {
    let text = "Circular of 20 December 2016. Al-Marjeh returned wholly to the authority of the \
                State on 3/12/2016.";
    assert_eq!(found(text, ""), ["2016-12-03 marjeh government full"]);
    let text = "Register, 10 March 2015. The depot moved only after the army took back al-Marjeh \
                on 22 May of last year.";
    assert_eq!(found(text, ""), ["2014-05-22 marjeh government full"]);
}

#[test]
fn a_frisian_date_and_a_dutch_or_frisian_sjeik() {
    let text =
        "Omrop Fryslân\ntiisdei 13 desimber 2016, 17.30\n\nSyrian troops on Monday took the \
                whole of Sjeik Saïd.";
    assert_eq!(found(text, ""), ["2016-12-12 sheikh-saeed government full"]);
}

// Round 49.

#[test]
fn a_date_in_an_indian_script_with_its_own_digits() {
    for masthead in [
        "ಮಂಗಳವಾರ, ೨೯ ನವೆಂಬರ್ ೨೦೧೬",
        "मंगलवार, २९ नवंबर २०१६",
        "২৯ নভেম্বর ২০১৬",
    ] {
        let text = format!("WORLD NEWS\n{masthead}\n\nThe army took al-Marjeh yesterday.");
        assert_eq!(
            found(&text, ""),
            ["2016-11-28 marjeh government full"],
            "{masthead}"
        );
    }
}

#[test]
fn a_registers_remarks_headed_by_a_day_and_a_dash() {
    let text = "CLASS REGISTER 2016\n\nRemarks\n\nSun 27/11 - R.K. absent. His mother \
                heard the army entered part of al-Marjeh today.\n";
    assert_eq!(found(text, ""), ["2016-11-27 marjeh government partial"]);
    let text =
        "# Batch sheets\n\n**Made:** Tue 13 Dec 2016 · **Until:** 10 Jan 2017\n\nHe tells me \
                the army took the whole of al-Marjeh yesterday.";
    assert_eq!(found(text, ""), ["2016-12-12 marjeh government full"]);
}

#[test]
fn lost_again_to_and_partly_between_the_auxiliary_and_the_verb() {
    let text =
        "Addendum, 20 December 2016. Al-Marjeh was partly lost again to the armed opposition \
                on 1 December 2016.";
    let got = found(text, "");
    assert_eq!(got.len(), 1);
    assert!(got[0].starts_with("2016-12-01 marjeh rebels"), "{got:?}");
}
