//! The rule classes of the twenty-second round of issue 17 onward, on sentences written for these
//! tests (none copied from a held-out report): a weekday written with a day picks the day's year,
//! "last Tuesday" and "that Saturday", a shortened hedge ("approx. 60%"), "the district around
//! 06:00", a change counted from the sentence's date ("on Wednesday, a day after taking X"), a date
//! between a change's noun and its "of", lines withdrawn, claims never confirmed, quoted headlines,
//! holdings "through most of the war", and people fleeing into a place; and (round 23) an almanac's
//! "Today is …, the 65th day of 2017" and its "One year ago", a present holding nothing dates,
//! reports denied or a front unchanged, and a relative clause acting on the list before it; and
//! (round 24) list items as sentences, "except X", hopes in quotation marks, "Should X fall",
//! rumours, "in August that year", holdings "since 2012", days counted from the date a text stands
//! on, and a clause set off by commas before "came under control"; and (round 25) a day written
//! after the verb over a date a comma sets apart, a day inside a period the sentence named, a side
//! or a pronoun after "and" opening a clause, "this morning" as the text's day (or its day
//! heading's), and engineers entering; and (round 26) "three years ago" in passing, a title's
//! year, "took part of", a day inside the month just looked
//! back to, and reports called inaccurate; and (round 27) "at the beginning of the month", "the
//! Sunday" of a story, "Four days after that," opening a sentence, and "walked into"; and (round
//! 28) places "next to" another, and "the same night as" a change told before; and (round 29) an
//! article opening a phrase's gap, holdings "since late July", "are in full control", "intend to",
//! and questions put to a speaker; and (round 30) belongings lost, a push "driven out the same
//! night", table rows judged false, and a place with a verb of being after ", and"; and (round 31)
//! a side named beside the subject ("fighting alongside"), and stories labelled "Disinformation:".

use crate::extract::tests::found;

#[test]
fn a_weekday_written_with_a_day_picks_its_year() {
    // 4 March 2016 was a Friday; 4 March 2013 a Monday. The paragraph before is of 2013.
    let text = "Notes.\n\nIn the spring of 2013 the shelling began.\n\n\
                On Friday, 4 March, government forces took al-Marjeh.";
    assert_eq!(
        found(text, "2018-05-01"),
        ["2016-03-04 marjeh government full"]
    );
    // Without the weekday the paragraph's year stands.
    let text = "Notes.\n\nIn the spring of 2013 the shelling began.\n\n\
                On 4 March, government forces took al-Marjeh.";
    assert_eq!(
        found(text, "2018-05-01"),
        ["2013-03-04 marjeh government full"]
    );
    // A post of 2017 recalling "Monday night, 5 December": 5 December 2016 was a Monday.
    let text = "Post of 20 December 2017.\n\nOn Monday night, 5 December, the army took al-Marjeh.";
    assert_eq!(
        found(text, "2017-12-20"),
        ["2016-12-05 marjeh government full"]
    );
}

#[test]
fn last_and_that_say_which_weekday() {
    // 20 December 2016 was a Tuesday: "last Tuesday" is the week before.
    let text = "Message of 20/12/2016.\n\nThe army took al-Marjeh last Tuesday.";
    assert_eq!(
        found(text, "2016-12-20"),
        ["2016-12-13 marjeh government full"]
    );
    // "That Saturday" is the Saturday of the days just told of, not the next one.
    let text = "Notes of 2019.\n\nThe army came on Saturday, 26 November 2016, and my cousin \
                says it was Sunday 27 November 2016. I am sure of the day: the exam was that \
                Saturday. Al-Marjeh fell to the army the same night.";
    assert_eq!(
        found(text, "2019-01-01"),
        ["2016-11-26 marjeh government full"]
    );
}

#[test]
fn a_shortened_hedge_keeps_the_share_after_it() {
    let text = "Report of 27 November 2016.\n\nRegime forces took approx. 60% of al-Marjeh today.";
    assert_eq!(
        found(text, "2016-11-27"),
        ["2016-11-27 marjeh government partial (60%)"]
    );
}

#[test]
fn the_district_around_a_time_is_the_district_told_of() {
    let text = "Report of 27 November 2016.\n\nAl-Marjeh was quiet at night. Regime forces \
                entered the district around 06:00 today.";
    assert_eq!(
        found(text, "2016-11-27"),
        ["2016-11-27 marjeh government partial"]
    );
}

#[test]
fn a_change_counted_from_the_sentences_date_is_its_own() {
    // "A day after taking X": X was taken the day before the sentence's date.
    let text = "Report of 30 March 2016.\n\nGovernment forces captured al-Marjeh on 28 March, \
                state media said, a day after taking al-Kallaseh.";
    assert_eq!(
        found(text, "2016-03-30"),
        [
            "2016-03-28 marjeh government full",
            "2016-03-27 kallaseh government full"
        ]
    );
    // With no date before it, a look back is no change of the sentence's.
    let text = "Report of 30 March 2016.\n\nA day after taking al-Kallaseh, the army shelled \
                the old market.";
    assert_eq!(found(text, "2016-03-30"), Vec::<String>::new());
}

#[test]
fn a_date_between_a_changes_noun_and_its_of_dates_it() {
    let text = "BEIRUT, March 30 (Wire) - The army's capture on Saturday of al-Marjeh has left \
                the east with one road.";
    assert_eq!(
        found(text, "2016-03-30"),
        ["2016-03-26 marjeh government full"]
    );
}

#[test]
fn what_was_withdrawn_never_confirmed_or_only_a_headline_is_no_change() {
    let none = Vec::<String>::new();
    for text in [
        "Log of 5 March 2016.\n\n15:20 CORRECTION: an earlier line said al-Marjeh had fallen.",
        "Log of 5 March 2016.\n\nState TV said at 15:10 that the army had entered al-Marjeh, \
         but it has since withdrawn the line.",
        "Notes of 2017.\n\nA rebel claim to have retaken al-Marjeh on 5 March 2016 was never \
         confirmed by anyone.",
        "Column of 9 March 2016.\n\nThe complaint concerns a headline on our page on Monday, \
         \"Rebels retake al-Marjeh\", which stayed up for an hour.",
        "Summary of 2018.\n\nNo participant accepted the claim that the army had taken the \
         whole of al-Marjeh in March 2016.",
        "Summary of 2018.\n\nAl-Kallaseh, which the YPG held through most of the war, is \
         often shown as an opposition district.",
    ] {
        assert_eq!(found(text, ""), none, "{text}");
    }
}

#[test]
fn people_fleeing_into_a_place_end_what_was_seized() {
    let text = "Report of 29 November 2016.\n\nRegime forces seize the north-east as thousands \
                flee west into al-Kallaseh.";
    assert_eq!(found(text, "2016-11-29"), Vec::<String>::new());
}

#[test]
fn an_almanac_item_counts_its_years_ago_from_the_day_it_names() {
    let text = "Today in History\n\nToday is Saturday, March 5, the 65th day of 2017. There \
                are 301 days left in the year.\n\nOn this date:\nIn 1990, a treaty was signed.\n\n\
                One year ago: Government forces captured al-Marjeh after a week of fighting.\n\n\
                Two months ago: Troops took al-Kallaseh.";
    assert_eq!(
        found(text, ""),
        [
            "2016-03-05 marjeh government full",
            "2017-01-31 kallaseh government full"
        ]
    );
}

#[test]
fn a_present_holding_nothing_dates_is_how_things_stand() {
    let none = Vec::<String>::new();
    for text in [
        "Briefing.\n\nThe Kurdish YPG holds al-Marjeh in the north, and says it will stay out.",
        "Task notes.\n\nDo not map inside al-Marjeh, which is held by Kurdish forces.",
    ] {
        assert_eq!(found(text, "2016-09-22"), none, "{text}");
    }
    // Dated, said to hold now, or reported by someone: news of the day.
    for text in [
        "Briefing.\n\nThe army now holds al-Marjeh.",
        "Briefing.\n\nThe army holds al-Marjeh, the radio says.",
        "Briefing.\n\nSince 20 September the army holds al-Marjeh.",
    ] {
        assert_eq!(
            found(text, "2016-09-22").len(),
            1,
            "{text}: {:?}",
            found(text, "2016-09-22")
        );
    }
}

#[test]
fn reports_denied_or_a_front_unchanged_are_no_change() {
    let none = Vec::<String>::new();
    for text in [
        "Report of 30 November 2016.\n\nReports on Wednesday that troops had entered al-Marjeh \
         were denied by both sides.",
        "Report of 30 November 2016.\n\nReports that troops had entered al-Marjeh could not be \
         confirmed; the front line there appeared unchanged.",
    ] {
        assert_eq!(found(text, "2016-11-30"), none, "{text}");
    }
}

#[test]
fn a_relative_clause_with_nothing_after_its_verb_acts_on_the_list_before_it() {
    let text = "Notice of 05/12/2016.\n\nService is back in al-Marjeh and in al-Kallaseh, which \
                the army secured on 28/11, and in the southern part of al-Sukkari.";
    assert_eq!(
        found(text, "2016-12-05"),
        ["2016-11-28 marjeh+kallaseh government full"]
    );
}

#[test]
fn each_item_of_a_list_is_its_own_sentence() {
    // Long items without a point, each dated at its head: one item's date is not the next one's.
    let text = "Slide 3 (talk of 2018)\n\n\
                - 20 Jul 2012: rebel brigades push into al-Marjeh from the northern countryside\n\
                - 9 Aug 2012: state TV says that the army has retaken the whole of al-Kallaseh\n\
                - 6 Sep 2012: al-Sukkari falls to the rebels after a three-day siege of the area\n";
    assert_eq!(
        found(text, ""),
        [
            "2012-07-20 marjeh rebels partial",
            "2012-08-09 kallaseh government full",
            "2012-09-06 sukkari rebels full"
        ]
    );
}

#[test]
fn what_is_excepted_hoped_for_or_rumoured_is_no_change() {
    let none = Vec::<String>::new();
    for text in [
        "Notes.\n\nBy 22.12.2016 the whole city is under government control except al-Marjeh.",
        "Letter of 12 December 2016.\n\nYour correspondent writes that the Kurdish units were \
         about to \"hand over\" al-Marjeh to the army.",
        "Report of 2015.\n\nShould al-Marjeh again fall to armed groups before reinstatement, \
         the cover would lapse.",
        "Note of 13 December 2016.\n\nRumours spread tonight on social media that regime \
         forces had entered al-Marjeh.",
        "Report of 2016.\n\nHis flat was in al-Marjeh, which had been held by the YPG since 2012.",
    ] {
        assert_eq!(found(text, ""), none, "{text}");
    }
}

#[test]
fn that_year_is_the_year_the_sentence_wrote() {
    let text = "Class notes, 1991 graduates (written 2017).\n\nTheir flat was in al-Marjeh, which \
                was split from the summer of 2012: the army took back half of the neighbourhood \
                in August that year.";
    assert_eq!(
        found(text, ""),
        ["2012-08-31 marjeh government partial (50%)"]
    );
}

#[test]
fn days_counted_after_a_change_count_from_the_date_the_text_stands_on() {
    let text = "| Date | 2016-11-30 |\n\nResidential blocks in al-Marjeh, four days after the \
                Syrian Army recaptured the district.";
    assert_eq!(found(text, ""), ["2016-11-26 marjeh government full"]);
}

#[test]
fn a_clause_set_off_by_commas_stands_between_a_place_and_its_coming_under_control() {
    let text = "Report of 30 November 2016.\n\nAl-Marjeh, where many of the displaced had \
                sought shelter, came under government control on 28 November.";
    assert_eq!(found(text, ""), ["2016-11-28 marjeh government full"]);
}

#[test]
fn a_day_written_after_the_verb_dates_it_over_a_date_a_comma_sets_apart() {
    let text = "Listing of 2017.\n\nGovernment militias took part in the attack on al-Ansari \
                in October 2016, which was repelled, and in the capture of al-Marjeh on \
                27.11.2016.";
    assert_eq!(found(text, ""), ["2016-11-27 marjeh government full"]);
}

#[test]
fn a_day_inside_a_period_the_sentence_named_is_of_its_year() {
    let text = "Final report, March 2017.\n\nIn the summer of 2016, rebels overran part of \
                al-Marjeh on 6 August; government forces regained the whole area on 4 September.";
    assert_eq!(
        found(text, ""),
        [
            "2016-08-06 marjeh rebels partial",
            "2016-09-04 marjeh government full"
        ]
    );
}

#[test]
fn a_side_or_a_pronoun_after_and_opens_a_clause_of_its_own() {
    let text = "Broadcast of 28 November 2016.\n\nThis afternoon the Syrian Arab Army liberated \
                al-Marjeh, and the terrorists are now running south to al-Kallaseh.";
    assert_eq!(found(text, ""), ["2016-11-28 marjeh government full"]);
}

#[test]
fn this_morning_is_the_day_of_the_text_or_of_the_day_heading_it() {
    // A transcript of Monday 28 November: "this afternoon" is its day, not Saturday's.
    let text =
        "Transcript, Monday 28 November 2016.\n\nRebels withdrew from al-Kallaseh on Saturday. \
                This afternoon the army took al-Marjeh.";
    assert_eq!(
        found(text, ""),
        [
            "2016-11-26 kallaseh government full",
            "2016-11-28 marjeh government full"
        ]
    );
    // Under a diary's "Tuesday.", its "this morning" is Tuesday.
    let text = "---\nsubject: A diary\npubDate: 2016-12-10\n---\n\nMonday. Quiet.\n\nTuesday. \
                Al-Marjeh fell to the army this morning.\n";
    assert_eq!(found(text, ""), ["2016-12-06 marjeh government full"]);
}

#[test]
fn engineers_entering_a_place_take_nothing() {
    let text = "Notice of 29/11/2016.\n\nOur engineers entered al-Marjeh this morning to \
                restore the lines.";
    assert_eq!(found(text, ""), Vec::<String>::new());
}

#[test]
fn years_ago_in_passing_moves_no_date() {
    let text = "Evening Herald\nThursday, December 1, 2016\n\nA father who fled Aleppo three \
                years ago says he waits by the phone.\n\nHe said government forces had taken \
                al-Marjeh on Monday.";
    assert_eq!(found(text, ""), ["2016-11-28 marjeh government full"]);
}

#[test]
fn a_title_that_writes_a_year_gives_the_year_of_its_days() {
    let text = "NEWSPAPER INDEX 2012 — Annual cumulation, volume II\n\n    Rebels take part of \
                al-Marjeh Sept 29; fire destroys hundreds of shops (L), S 30, A1:4\n";
    assert_eq!(found(text, ""), ["2012-09-29 marjeh rebels partial"]);
}

#[test]
fn a_day_inside_the_month_just_looked_back_to_is_of_its_year() {
    let text = "Summary of a workshop held on 14-15 June 2018.\n\nNo participant accepted the \
                claim that the army had recaptured the whole of al-Marjeh in August 2012. Dr \
                Haddad showed that the army took only the western part of the district around \
                8 August.";
    assert_eq!(found(text, ""), ["2012-08-08 marjeh government partial"]);
}

#[test]
fn reports_the_un_calls_inaccurate_are_no_change() {
    let text = "Note of 5 October 2016.\n\nReports circulating on social media that government \
                forces had entered al-Marjeh are, according to the information available to the \
                United Nations, inaccurate.";
    assert_eq!(found(text, ""), Vec::<String>::new());
}

#[test]
fn the_beginning_of_the_month_is_of_the_month_told_of() {
    let text = "Summary of 31 October 2016.\n\nYesterday evening, Saturday, rebels took back the \
                southern half of al-Marjeh, which the regime occupied at the beginning of the \
                month.";
    let spans: Vec<String> = crate::extract::tests::run(text, "2016-10-30")
        .iter()
        .map(|c| format!("{}..{} {}", c.date.from, c.date.to, c.controller))
        .collect();
    assert_eq!(
        spans,
        [
            "2016-10-29..2016-10-29 rebels",
            "2016-10-01..2016-10-10 government"
        ]
    );
}

#[test]
fn a_story_counts_the_sunday_and_days_after_from_what_it_told_last() {
    let text = "Weekend magazine, Saturday 18 August 2012\n\nOn Friday 20 July they came: a \
                hundred fighters walked into the lower part of al-Marjeh. By the Sunday night \
                the fighters held nearly all of al-Marjeh. Four days after that, the fighters \
                took al-Kallaseh.";
    assert_eq!(
        found(text, ""),
        [
            "2012-07-20 marjeh rebels partial",
            "2012-07-22 marjeh rebels partial",
            "2012-07-26 kallaseh rebels full"
        ]
    );
}

#[test]
fn a_place_next_to_another_is_not_what_changed() {
    let text = "Comments of 9 December 2016.\n\nThe rest of al-Marjeh, the streets next to \
                al-Kallaseh, went to the YPG the same day.";
    let all = found(text, "2016-12-09");
    assert!(all.iter().all(|c| !c.contains("kallaseh")), "{all:?}");
}

#[test]
fn the_same_night_as_a_change_told_before_is_its_day() {
    let text = "Walking tour, 2018.\n\nThe army took al-Marjeh back on the evening of 7 \
                December 2016.\n\nIn 2018 the gate was restored. Al-Kallaseh was retaken by \
                the army the same night as al-Marjeh, after four years in opposition hands.";
    assert_eq!(
        found(text, ""),
        [
            "2016-12-07 marjeh government full",
            "2016-12-07 kallaseh government full"
        ]
    );
}

#[test]
fn an_article_opening_a_phrases_gap_does_not_count() {
    let text = "Citation of 2019.\n\nOn 8 January 2014 rebels drove the Islamic State out of \
                al-Marjeh.";
    assert_eq!(found(text, ""), ["2014-01-08 marjeh rebels full"]);
}

#[test]
fn standing_holdings_plans_and_questions_are_no_change() {
    let none = Vec::<String>::new();
    for text in [
        "Wire of 3 August 2012.\n\nFurther east, in al-Marjeh, which rebels have held since late \
         July, residents said there was heavy shelling.",
        "Map update of 10 December 2016.\n\nThis is fake news: SAA units are in full control of \
         al-Marjeh.",
        "Advisory of 2014.\n\n- Government forces have announced that they intend to take \
         al-Marjeh.",
        "Briefing of 15 December 2016.\n\n**Question:** Western media report that militants have \
         regained positions in al-Marjeh.\n\n**Answer:** We have no such information.",
    ] {
        assert_eq!(found(text, ""), none, "{text}");
    }
    // What a question names is what its answer speaks of.
    let text = "Interview of 14 April 2013.\n\nQ: Is it true that you now control half of \
                al-Marjeh?\n\nA: More than half. Since Friday our men, the rebels, have held \
                about sixty percent of the neighbourhood.";
    let all = found(text, "2013-04-14");
    assert!(
        all.len() == 1 && all[0].contains("marjeh rebels partial"),
        "{all:?}"
    );
}

#[test]
fn belongings_lost_a_push_driven_out_and_rows_judged_false_are_no_change() {
    let none = Vec::<String>::new();
    for text in [
        "History, 2019.\n\nIn July 2012 the academy lost its home and moved to al-Kallaseh.",
        "Minutes of 2016.\n\nOn 6/8/2016 terrorists had pushed into the edge of al-Sukkari from \
         the south and had been driven out the same night.",
        "Claims tracker\n\n| Date | District | Claim | Source | Verdict |\n\
         | 28/11/2016 | al-Marjeh | Army took the district | TV channel | False: rebels still hold it |\n",
    ] {
        assert_eq!(found(text, ""), none, "{text}");
    }
}

#[test]
fn a_place_and_a_verb_of_being_after_and_open_a_clause_of_their_own() {
    let text = "Circular of 10 December 2016.\n\nThe army entered al-Kallaseh yesterday and holds \
                about half of it, and al-Marjeh remains a front line.";
    assert_eq!(
        found(text, "2016-12-10"),
        ["2016-12-09 kallaseh government partial"]
    );
}

#[test]
fn a_side_beside_the_subject_and_a_story_labelled_false() {
    let text = "Chapter, 2019.\n\nBetween 29 and 31 March 2013, YPG units, fighting alongside \
                several Free Syrian Army brigades, drove government forces out of al-Marjeh.";
    assert_eq!(found(text, ""), ["2013-03-31 marjeh kurdish full"]);
    let text = "Review of 15 December 2016.\n\nDisinformation: Rebels have retaken al-Marjeh from \
                the Syrian army.";
    assert_eq!(found(text, ""), Vec::<String>::new());
}
