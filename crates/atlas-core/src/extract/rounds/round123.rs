//! The rule classes of the hundred-and-twenty-third round of issue 17, on sentences written for
//! these tests (none copied from a held-out report): German spelling's "sch" and "dsch" in names,
//! a list's commas before a verb put last, German "seit heute"; "X and Y, both taken in full by";
//! a map's "Do NOT draw:"; French "passent entièrement sous le contrôle du gouvernement" after a
//! list set off by dashes; ", and the line now runs along …"; fighting inside a district; nobody
//! saying it was taken; a date wrapped onto a line's head; a form's dated field with a long label;
//! an autocue's short lines in capitals; a weekend after the text was written.

use crate::extract::tests::found;

#[test]
fn german_spellings_and_a_list_before_the_final_verb() {
    let text = "Aleppo, 6. Dezember 2016\n\nDie Armee hat heute al-Farafra, al-Dschallum und \
                Bab Qinnasrin vollständig eingenommen.";
    assert_eq!(
        found(text, ""),
        ["2016-12-06 farafra+jalloum+bab-qinnasrin government full"]
    );
}

#[test]
fn german_since_today_before_the_holding() {
    let text = "Aleppo, 6. Dezember 2016\n\nSchaar ist seit heute früh ganz unter Kontrolle \
                der Armee.";
    assert_eq!(found(text, ""), ["2016-12-06 shaar government full"]);
}

#[test]
fn both_taken_in_full_by() {
    let text = "Quiz answers, 9 December 2016\n\n4. Karm al-Qaterji and Karm Homad, both taken \
                in full by government forces on Monday 28 November.";
    assert_eq!(
        found(text, ""),
        ["2016-11-28 karm-al-qaterji+karm-homad government full"]
    );
}

#[test]
fn a_map_instruction_not_to_draw_reports_nothing() {
    let text = "Overlay notes, 7 August 2016\n\nDo NOT draw: a rebel claim to have entered \
                al-Hamdaniyeh this evening.";
    assert!(found(text, "").is_empty(), "{:?}", found(text, ""));
}

#[test]
fn french_places_set_off_by_dashes_pass_under_the_governments_control() {
    let text =
        "Alep, le 23 décembre 2016\n\nLe 22 décembre, les derniers quartiers — Sukkari, Ansari et \
                Zebdiyé — passent entièrement sous le contrôle du gouvernement.";
    assert_eq!(
        found(text, ""),
        ["2016-12-22 sukkari+ansari+zebdiyeh government full"]
    );
}

#[test]
fn the_line_running_along_a_place_is_no_object() {
    let text = "Show notes, 7 December 2016\n\nThe army took Bab al-Nayrab completely this \
                morning, and the front now runs along the edge of the Old City.";
    assert_eq!(found(text, ""), ["2016-12-07 muhammad-bek government full"]);
}

#[test]
fn fighting_inside_and_nobody_saying_it_was_taken_are_no_change() {
    let text = "Booking, 22 November 2016\n\nArmy units reached al-Sakhour bridge; fighting is \
                inside the district but nobody on the ground says it has been taken.";
    assert!(found(text, "").is_empty(), "{:?}", found(text, ""));
}

#[test]
fn a_date_wrapped_onto_a_line_is_no_entry_stamp() {
    let text = "SALARY SLIP\nIssued: Tuesday 29/11/2016\n\nRemarks:\n1. Jabal Badro came back \
                under the control of the army on\n   Sunday 27/11/2016. The employee asks to be \
                moved.\n2. His cousin lives in al-Sakhour, which the army took yesterday.";
    assert_eq!(
        found(text, ""),
        [
            "2016-11-27 jabal-badro government full",
            "2016-11-28 sakhour+sakhour-i government full"
        ]
    );
}

#[test]
fn a_forms_dated_field_with_a_long_label_dates_it() {
    let text = "Clinic\nAleppo\n\nCERTIFICATE\n\nDate of examination: Monday 28 November \
                2016, 11:40\n\nHe is to rest from 28/11/2016 to 02/12/2016 and for two weeks \
                after that.\n\nHe fell in his house in Sheikh Khodr, which the army took \
                completely this morning.";
    assert_eq!(
        found(text, ""),
        ["2016-11-28 sheikh-kheder government full"]
    );
}

#[test]
fn an_autocues_short_lines_in_capitals_are_one_sentence() {
    let text = "LATE NEWS — MON 12 DEC 2016 — AUTOCUE\n\nGOOD EVENING.\nTROOPS TOOK \
                ALL\nOF AL-FIRDOUS\nTHIS AFTERNOON,\nAFTER DAYS\nOF FIGHTING.";
    assert_eq!(found(text, ""), ["2016-12-12 fardos government full"]);
}

#[test]
fn a_weekend_after_the_text_was_written_is_the_one_before() {
    let text = "GUIDE — Issue 7 — Tuesday 29 November 2016\n\nHaydariyeh: in army hands since \
                Monday (28 Nov).\n\nJabal Badro: fell at the weekend.";
    let got = found(text, "");
    assert!(
        got.iter().any(|c| c.starts_with("2016-11-27 jabal-badro")),
        "{got:?}"
    );
}
