//! The rule classes of the fortieth round of issue 17, on sentences written for these tests (none
//! copied from a held-out report): a full date in Greek, Finnish, Hungarian and Latvian (year
//! first) and other languages; a scholarly transliteration's letters and articles ("aš-Šaiḫ
//! Naǧǧār"); a French "Cheikh"; a numbered notice's stamp; "returned to the bosom of the State"; a
//! claim called not correct; (round 41) LaTeX's "~" and "the 28th of last month"; (round 42)
//! reports "without foundation" or "not the case", and a weekday alone moved to the week of a
//! recorded change; (round 43) Latvian dates, and an advance thrown back in its sentence; (round
//! 44) "the homeland" as the State.

use crate::extract::tests::found;

#[test]
fn a_full_date_in_other_languages() {
    for (masthead, day) in [
        ("Δευτέρα, 28 Νοεμβρίου 2016, 17:42", "2016-11-28"),
        ("Julkaistu 28. marraskuuta 2016", "2016-11-28"),
        ("Bejrút, 2012. szeptember 6., csütörtök (MTI)", "2012-09-06"),
        ("Warszawa, 7 grudnia 2016", "2016-12-07"),
        ("Pirmdiena, 2016. gada 28. novembris, 15:06", "2016-11-28"),
    ] {
        let text = format!("AGENCY\n\n{masthead}\n\nThe army took al-Marjeh today.");
        assert_eq!(
            found(&text, ""),
            [format!("{day} marjeh government full")],
            "{masthead}"
        );
    }
}

#[test]
fn a_scholarly_transliteration_and_a_french_cheikh_name_places() {
    let text = "Handbook, 2018. The army took aš-Šaiḫ Naǧǧār on 22 May 2014. Kurdish units took \
                over parts of Šaiḫ Fāris on 28 November 2016. The army took back Cheikh Najjar on \
                23 May 2014.";
    assert_eq!(
        found(text, ""),
        [
            "2014-05-22 sheikh-najjar government full",
            "2016-11-28 sheikh-fares kurdish partial",
            "2014-05-23 sheikh-najjar government full"
        ]
    );
}

#[test]
fn a_numbered_notices_stamp_dates_its_lines() {
    let text = "EXCHANGE OFFICE\n\nNotice no. 62                 Tuesday, 13 December 2016\n\n\
                The army entered al-Marjeh yesterday.";
    assert_eq!(found(text, ""), ["2016-12-12 marjeh government partial"]);
}

#[test]
fn returned_to_the_bosom_of_the_state_and_a_claim_not_correct() {
    let text = "Certificate of 1 March 2017. The quarter of al-Marjeh was liberated on 12/12/2016 \
                and returned to the bosom of the State.";
    assert!(found(text, "")
        .iter()
        .all(|c| c == "2016-12-12 marjeh government full"));
    let text = "Notice of 5 December 2016. The army's claim that it entered al-Marjeh the day \
                before yesterday is not correct.";
    assert_eq!(found(text, ""), Vec::<String>::new());
}

#[test]
fn latex_spaces_and_a_day_of_last_month() {
    // Round 41.
    let text = "\\section{Aleppo}\nGovernment forces took the whole of al-Marjeh on\n28~November \
                2016.";
    assert_eq!(found(text, ""), ["2016-11-28 marjeh government full"]);
    let text =
        "Dear Sir, On Monday the 28th of last month the army took al-Marjeh back, all of it.";
    assert_eq!(
        found(text, "2016-12-05"),
        ["2016-11-28 marjeh government full"]
    );
}

#[test]
fn reports_without_foundation_or_not_the_case() {
    // Round 42.
    for text in [
        "Notice of 28 November 2016. Reports on certain websites that the terrorists had \
         entered al-Marjeh on 27/11/2016 are without foundation.",
        "Bulletin of 13 December 2016. Overnight there were reports that rebels had retaken \
         al-Marjeh; a rebel spokesman said this was not the case.",
    ] {
        assert_eq!(found(text, ""), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn a_weekday_alone_in_a_later_text_takes_the_week_of_the_recorded_change() {
    // Round 42. A gallery of Monday 5 December 2016: its "on Sunday" is the 4th, but the data
    // records al-Marjeh's change a week before.
    use crate::extract::{Extractor, KnownControl, Lexicon};
    use chrono::NaiveDate;
    let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date");
    let known = KnownControl::from_changes([("marjeh", day("2016-11-27"), "government")]);
    let layer = crate::model::builtin::districts().expect("layer");
    let lex = Lexicon::builtin().expect("lexicon");
    let extractor = Extractor::new(&layer, &lex).with_known(std::sync::Arc::new(known));
    let text =
        "Residents carry their belongings out of al-Marjeh, which government troops took on \
                Sunday.";
    let found = extractor.extract(&crate::extract::tests::document(text, "2016-12-05"));
    let days: Vec<String> = found.iter().map(|c| c.date.day.to_string()).collect();
    assert_eq!(days, ["2016-11-27"]);
    assert!(found[0]
        .date_basis
        .contains("the week of the loaded data's change"));
}

#[test]
fn an_advance_thrown_back_in_the_same_sentence_changes_nothing() {
    // Round 43.
    let text = "Report of 9 August 2012. Syrian troops on Wednesday pushed into al-Marjeh, but \
                rebel commanders said the assault had been beaten back.";
    assert_eq!(found(text, ""), Vec::<String>::new());
}

#[test]
fn returned_to_the_embrace_of_the_homeland() {
    // Round 44.
    let text =
        "Circular of 1 February 2017. Al-Marjeh was returned to the embrace of the homeland \
                on 12/12/2016.";
    assert_eq!(found(text, ""), ["2016-12-12 marjeh government full"]);
}
