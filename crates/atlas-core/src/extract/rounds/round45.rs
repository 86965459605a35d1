//! The rule classes of the forty-fifth round of issue 17, on sentences written for these tests (none
//! copied from a held-out report): a day with a point before a month ("5. Dezember 2016"); dates
//! in Spanish and Portuguese ("01 de agosto de 2012"), Tagalog (month first), Hausa ("8 ga Agusta,
//! 2016"), Urdu, Arabic and Persian; "over the weekend" under a masthead that is no line of its
//! own; a Markdown diary's headings without a year ("### Sat 26 Nov"); a flash-back after a day
//! written for the verb; a perfect "since 2012"; a lead undated that a later sentence dates, and a
//! sentence that only echoes the change before it; a wiki comment's signature; and a leaving with a
//! subject of its own.

use crate::extract::tests::found;

#[test]
fn a_masthead_in_other_languages_dates_the_text() {
    for (masthead, day) in [
        ("Montag, 5. Dezember 2016, 12:30 Uhr", "2016-12-05"),
        ("Miércoles, 01 de agosto de 2012 | 09:47", "2012-08-01"),
        ("Segunda-feira, 5 de dezembro de 2016", "2016-12-05"),
        ("Martes, Disyembre 6, 2016 | 8:15 PM", "2016-12-06"),
        ("Litinin, 8 ga Agusta, 2016 — 06:30", "2016-08-08"),
        ("پیر، 28 نومبر 2016", "2016-11-28"),
        ("الاثنين 28 نوفمبر 2016", "2016-11-28"),
        ("دوشنبه 28 نوامبر 2016", "2016-11-28"),
    ] {
        let text = format!("AGENCY\n{masthead}\n\nThe army took al-Marjeh today.");
        assert_eq!(
            found(&text, ""),
            [format!("{day} marjeh government full")],
            "{masthead}"
        );
    }
}

#[test]
fn a_weekend_under_a_masthead_with_words_is_the_one_just_past() {
    // The masthead's date is in a sentence with other words, so it is the last date read: the
    // weekend after it would come after the text was written.
    let text =
        "Daily paper, Monday 28 November 2016\n\nThe army pushed deeper over the weekend.\n\n\
                On Sunday the army took al-Marjeh.";
    assert_eq!(found(text, ""), ["2016-11-27 marjeh government full"]);
}

#[test]
fn a_markdown_diarys_headings_without_a_year() {
    let text = "# Garden notes — 2016\n\n### Sat 26 Nov\nWatered the beans.\n\n### Mon 28 Nov\n\
                Al-Marjeh was taken this morning by the army.";
    assert_eq!(found(text, ""), ["2016-11-28 marjeh government full"]);
    // A heading with a numeric date is read as one, not as its weekday and one of its numbers.
    let text = "Fire station book\n\nMon 05/12/2016\n0900  The army took al-Marjeh this morning.";
    assert_eq!(found(text, ""), ["2016-12-05 marjeh government full"]);
}

#[test]
fn a_day_written_for_the_verb_comes_before_a_later_flash_back() {
    let text = "Club bulletin, March 2017. The army entered al-Marjeh on 7 December 2016, and the \
                owner gave us the key again last month.";
    assert_eq!(found(text, ""), ["2016-12-07 marjeh government partial"]);
    // A flash-back alone in the clause still dates the change.
    let text = "Club bulletin, 5 March 2017. The army, which took al-Marjeh last month, shelled \
                the road.";
    assert!(found(text, "").iter().all(|c| c.starts_with("2017-02")));
}

#[test]
fn a_perfect_since_a_year_tells_how_long_a_place_is_held() {
    let text = "Ankara, 27 November 2016. The YPG, which has occupied the Sheikh Maqsoud \
                neighbourhood since 2012, shelled the road.";
    assert!(found(text, "").is_empty());
    // "since" in a clause of its own is no holding's.
    let text =
        "Ankara, 27 November 2016. The army has taken al-Marjeh, its largest gain since 2012.";
    assert_eq!(found(text, ""), ["2016-11-27 marjeh government full"]);
}

#[test]
fn a_lead_dated_later_and_an_echo_are_one_change() {
    let text = "Agency, 27 November 2016\n\nTroops have taken control of al-Marjeh, agencies \
                reported.\n\nThe troops completed the capture of al-Marjeh on Saturday after days \
                of fighting. It is the largest district to fall to the army so far.";
    assert_eq!(found(text, ""), ["2016-11-26 marjeh government full"]);
    // A later day for another district leaves the lead as it was.
    let text = "Agency, 27 November 2016\n\nTroops have taken control of al-Marjeh, agencies \
                reported.\n\nThey took al-Fardous on Saturday.";
    assert_eq!(
        found(text, ""),
        [
            "2016-11-27 marjeh government full",
            "2016-11-26 fardos government full"
        ]
    );
    // What the echo adds (a part, a fraction) keeps it.
    let text = "Agency, 28 November 2016\n\nOn Monday the army pushed into al-Marjeh. By the \
                afternoon it held about half of the district.";
    assert_eq!(found(text, "").len(), 2);
}

#[test]
fn a_wiki_comment_is_of_the_day_it_is_signed() {
    let text = "Talk:Aleppo\n\n== Marjeh ==\n\nSOHR says the army took al-Marjeh today. I have \
                updated the map. --Some_Editor (talk) 19:12,\n27 November 2016 (UTC)\n";
    assert_eq!(found(text, ""), ["2016-11-27 marjeh government full"]);
}

#[test]
fn a_leaving_with_a_subject_of_its_own_undoes_nothing() {
    let text = "Note, 2017. The rebels overran al-Marjeh on 6 August 2016, and the workshop was \
                left for a month.";
    assert_eq!(found(text, ""), ["2016-08-06 marjeh rebels full"]);
    let text = "Note, 2017. The rebels entered al-Marjeh on 6 August 2016 but were driven out \
                again the same night.";
    assert!(found(text, "").is_empty());
}
