//! The rule classes of the eighth round of issue 17, on sentences written for these tests (none
//! copied from a held-out report): date-time groups, the nth weekday of a month, a story told long
//! after, counted days past ten, holdings "by" a time of day, and weak actors.

use crate::extract::tests::{found, run, summary};

#[test]
fn a_date_time_group_dates_its_row() {
    let log = "LOG EXTRACT\n\nSER | DTG | NARRATIVE\n001 | 050800C MAR 16 | Army units seized \
               al-Kallaseh after a night push.\n002 | 061400ZMAR2016 | Rebels retook al-Marjeh.";
    assert_eq!(
        found(log, ""),
        [
            "2016-03-05 kallaseh government full",
            "2016-03-06 marjeh rebels full"
        ]
    );
}

#[test]
fn the_nth_weekday_of_a_month() {
    let text =
        "Report of 20 March 2016. On the first Sunday of March rebels captured al-Kallaseh. \
                On the last Friday of February the army took al-Marjeh.";
    assert_eq!(
        found(text, ""),
        [
            "2016-03-06 kallaseh rebels full",
            "2016-02-26 marjeh government full"
        ]
    );
}

#[test]
fn a_story_told_long_after_moves_forward() {
    // Written in 2019 (in brackets at its head): "the Monday" after a Sunday is the next day.
    let memoir = "A memoir (2019)\n\nI kept a notebook. The dates come from it. We were young. \
                  The planes came on Tuesday, 1 March 2016. Eleven days later, on the Saturday, \
                  the army took al-Kallaseh. On the Monday rebels retook it.";
    assert_eq!(
        found(memoir, ""),
        [
            "2016-03-12 kallaseh government full",
            "2016-03-14 kallaseh rebels full"
        ]
    );
    // A report a few days after counts back from its own date.
    let report = "Report of 16 March 2016. On Tuesday, 1 March 2016, the planes came. On Monday \
                  rebels retook al-Kallaseh.";
    assert_eq!(found(report, ""), ["2016-03-14 kallaseh rebels full"]);
}

#[test]
fn a_place_that_belonged_to_a_side_by_a_time_of_day() {
    let text = "Report of 8 March 2016. On Monday the shelling began, and by sunset the whole of \
                al-Kallaseh belonged to the army. Al-Marjeh belonged to the rebels for years.";
    assert_eq!(found(text, ""), ["2016-03-07 kallaseh government full"]);
}

#[test]
fn weak_actors_only_where_no_other_is_named() {
    let story = "Report of 8 March 2016. On Monday the army took al-Marjeh. The fighters in \
                 al-Kallaseh pulled out of the neighbourhood on Tuesday.";
    assert_eq!(
        found(story, ""),
        [
            "2016-03-07 marjeh government full",
            "2016-03-08 kallaseh government full"
        ]
    );
    // Named fighters of another side stay theirs.
    let kurdish = "Report of 8 March 2016. On Monday fighters from the YPG moved into \
                   al-Kallaseh.";
    assert_eq!(found(kurdish, ""), ["2016-03-07 kallaseh kurdish partial"]);
}

#[test]
fn a_reply_quoting_an_earlier_post_reports_nothing_again() {
    let thread = "Thread, 8 March 2016\n\nPost 1: The army took al-Kallaseh this morning.\n\n\
                  Post 2:\n> The army took al-Kallaseh this morning.\nAre you sure?";
    assert_eq!(found(thread, ""), ["2016-03-08 kallaseh government full"]);
    // A quotation of words not written before is read.
    let quote = "Report of 8 March 2016.\n\n> On Monday the army took al-Kallaseh.";
    assert_eq!(found(quote, ""), ["2016-03-07 kallaseh government full"]);
}

#[test]
fn log_phrasing_withdrawals_reports_of_control_and_holdings_since_a_time() {
    let log = "LOG 8 March 2016\n\nOPP withdrew overnight from al-Kallaseh. SAA report full \
               control of al-Marjeh. Eastern half of Sheikh Lutfi under SAA control since 0800C. \
               Remainder of al-Kallaseh taken by SAA this evening.";
    assert_eq!(
        found(log, ""),
        [
            "2016-03-08 kallaseh government full",
            "2016-03-08 marjeh government full",
            "2016-03-08 sheikh-lutfi government partial (50%)",
            "2016-03-08 kallaseh government full"
        ]
    );
    // Held since a year is a standing state.
    let standing = "LOG 8 March 2016\n\nSheikh Lutfi under SAA control since 2013.";
    assert_eq!(found(standing, ""), Vec::<String>::new());
}

#[test]
fn the_next_day_in_reported_speech_follows_the_day_told_of() {
    let text = "Aleppo, Sunday 13 March 2016\n\nRebels took al-Kallaseh on Friday. The council \
                announces that they entered al-Marjeh the next morning.";
    assert_eq!(
        found(text, ""),
        [
            "2016-03-11 kallaseh rebels full",
            "2016-03-12 marjeh rebels partial"
        ]
    );
}

#[test]
fn places_that_fell_and_passed_to_a_side_named_later() {
    let text = "Report of 8 March 2016. On Monday the posts in al-Kallaseh and al-Marjeh fell one \
                after another, and both districts passed to the rebels.";
    assert_eq!(found(text, ""), ["2016-03-07 kallaseh+marjeh rebels full"]);
}
#[test]
fn a_name_ending_in_ed_is_no_verb() {
    // "Saeed on Monday" is a name and a date, not the verb of another clause.
    let text = "Report of 8 December 2016. The army took Sheikh Saeed on Monday.";
    assert_eq!(found(text, ""), ["2016-12-05 sheikh-saeed government full"]);
}

#[test]
fn contested_since_a_way_fought_into_and_a_place_with_a_side() {
    let text = "Minutes, 8 March 2016.\n\nThe lower half of Sheikh Lutfi is with the YPG since \
                noon. The army attacked at dawn, and al-Kallaseh has been contested since this \
                morning. On Monday rebels fought their way into al-Marjeh.";
    assert_eq!(
        found(text, ""),
        [
            "2016-03-08 sheikh-lutfi kurdish partial (50%)",
            "2016-03-08 kallaseh government contested",
            "2016-03-07 marjeh rebels partial"
        ]
    );
}

#[test]
fn claims_refuted_by_a_side_that_kept_the_place_or_called_untrue() {
    for text in [
        "Review of 8 March 2016. The author has the rebels capturing al-Kallaseh in the spring of \
         2013; the district was never theirs, and Kurdish units held it throughout.",
        "Review of 8 March 2016. It did not: the garrison held al-Kallaseh from the first day of \
         the battle to the last.",
        "Appeal of 8 March 2016. Rebels said on Monday that they had retaken parts of al-Kallaseh. \
         Our sources in the area, including two nurses, say this is untrue.",
    ] {
        assert_eq!(found(text, ""), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn a_list_after_a_colon_and_parts_after_its() {
    let text =
        "Wall text, 2017. On 22 December 2016 government forces took over the final pocket: \
                al-Kallaseh, al-Marjeh and Sheikh Lutfi.";
    assert_eq!(
        found(text, ""),
        ["2016-12-22 kallaseh+marjeh+sheikh-lutfi government full"]
    );
    // "its residents" is no part of a place; "its southern streets" is.
    let people = "Report of 8 March 2016. On Monday the YPG took al-Kallaseh \"to protect its \
                  residents\", and rebels took its southern streets on Tuesday.";
    assert_eq!(
        found(people, ""),
        [
            "2016-03-07 kallaseh kurdish full",
            "2016-03-08 kallaseh rebels partial"
        ]
    );
}

#[test]
fn a_day_denied_to_be_the_day_of_a_change() {
    for text in [
        "Talk, 8 March 2016. The 5th is the day the army's offensive started, not the day the \
         district of al-Kallaseh was taken.",
        "Paper, 8 March 2016. A rebel claim on 3 March that they had retaken al-Kallaseh was not \
         borne out by any later account.",
    ] {
        assert_eq!(found(text, ""), Vec::<String>::new(), "{text}");
    }
}
#[test]
fn text_written_in_capitals_and_names_that_look_like_words() {
    let autocue =
        "Script, 8 March 2016.\n\nTHE ARMY TOOK AL-KALLASEH ON MONDAY. THE REBELS PULLED \
                   OUT OF AL-MARJEH ON TUESDAY.";
    assert_eq!(
        found(autocue, ""),
        [
            "2016-03-07 kallaseh government full",
            "2016-03-08 marjeh government full"
        ]
    );
    // "Said" in a name is no verb of saying.
    let said = "Cable, Friday 26 April 2013. Rebels took most of Sheikh Said on Saturday.";
    assert_eq!(found(said, ""), ["2013-04-20 sheikh-saeed rebels partial"]);
}

#[test]
fn a_holding_since_a_day_or_an_event_on_a_day_dates_its_change() {
    let text = "Explainer, updated Saturday 12 March 2016.\n\nAl-Kallaseh has been in government \
                hands since Wednesday. The army has held the eastern half of al-Marjeh since a \
                push on Friday night.";
    assert_eq!(
        found(text, ""),
        [
            "2016-03-09 kallaseh government full",
            "2016-03-11 marjeh government partial (50%)"
        ]
    );
}
#[test]
fn labelled_lines_under_a_records_title() {
    let notice = "Notice, 18 March 2016.\n\nThe army restored security to the east.\n\n\
                  1. Al-Kallaseh\n   Status: liberated on 06/03/2016.\n   Damage: light.\n\n\
                  2. Al-Marjeh\n   Status: returned to the authority of the state on 07/03/2016.\n";
    let v = run(notice, "");
    assert_eq!(
        v.iter().map(summary).collect::<Vec<_>>(),
        [
            "2016-03-06 kallaseh government full",
            "2016-03-07 marjeh government full"
        ]
    );
    // The passage runs from the title's name to the labelled line.
    assert_eq!(
        v[0].passage.quote,
        "Al-Kallaseh\n   Status: liberated on 06/03/2016."
    );
    // A blank line ends the record.
    let apart = "Notice, 18 March 2016.\n\nThe army restored security to the east.\n\n\
                 1. Al-Kallaseh\n\nStatus: liberated on 06/03/2016.\n";
    assert_eq!(found(apart, ""), Vec::<String>::new());
}
#[test]
fn a_text_that_speaks_for_a_side() {
    // It says "our forces" and calls only the rebels "terrorists": it speaks for the government.
    let statement =
        "Statement, 8 March 2016.\n\nOn Monday our forces liberated al-Kallaseh from the \
                     terrorists. On Tuesday the enemy withdrew from al-Marjeh.";
    assert_eq!(
        found(statement, ""),
        [
            "2016-03-07 kallaseh government full",
            "2016-03-08 marjeh government full"
        ]
    );
    // Calling both sides names, or neither, is no voice.
    let lex = crate::extract::Lexicon::builtin().expect("lexicon");
    let voice = |t: &str| crate::extract::rules::voice_side(t, &lex);
    assert_eq!(voice(statement).as_deref(), Some("government"));
    assert_eq!(
        voice("The terrorists and the Assad gangs fought on; our forces held."),
        None
    );
    assert_eq!(voice("Our forces held the line against the army."), None);
}
