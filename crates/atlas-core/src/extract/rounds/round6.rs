//! The rule classes of the sixth round of issue 17, on sentences written for these tests (none
//! copied from a held-out report): days and months written after a dated line.

use crate::extract::tests::found;

#[test]
fn a_day_long_after_a_dated_line_is_of_the_year_before() {
    // A reply dated on a line of its own, in February, recalls October: the October before.
    let reply = "Letter to the editor\n\n[3 February 2017]\n\nSir, the facts are these. Rebels \
                 captured al-Marjeh on 14 October.";
    assert_eq!(found(reply, ""), ["2016-10-14 marjeh rebels full"]);
    // A day soon after the dated line stays in its year.
    let soon = "Field note\n3 February 2017\nRebels captured al-Marjeh on 20 February.";
    assert_eq!(found(soon, ""), ["2017-02-20 marjeh rebels full"]);
    // A date that shares its line with words is no dated line: the narrative moves forward.
    let dated = "On 3 February 2017 the front was quiet. Rebels captured al-Marjeh on 14 October.";
    assert_eq!(found(dated, ""), ["2017-10-14 marjeh rebels full"]);
}

#[test]
fn a_question_labelled_with_its_asker_is_no_change() {
    // The label names who asks; the line is still a question, whatever it reports.
    let briefing = "Briefing, 4 March 2016\n\nQUESTION (a local radio): Rebels say they took \
                    al-Marjeh from the army this morning.\nANSWER: We hold every street there.";
    assert_eq!(found(briefing, ""), Vec::<String>::new());
    // Without the label the same words are a change.
    let plain = "Briefing, 4 March 2016\n\nRebels took al-Marjeh from the army this morning.";
    assert_eq!(found(plain, ""), ["2016-03-04 marjeh rebels full"]);
}

#[test]
fn a_holding_that_lasted_through_a_period_is_background() {
    for text in [
        "Update, 8 April 2016. The only district the fighting never reached is al-Marjeh, which \
         the army has held throughout the conflict.",
        "Update, 8 April 2016. Rebels had held al-Marjeh all along, a resident said.",
    ] {
        assert_eq!(found(text, ""), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn a_fall_when_a_sides_line_gave_way_goes_to_its_opponent() {
    assert_eq!(
        found(
            "Al-Marjeh fell on 9 March 2016, when the rebel defences around the cemetery \
             collapsed.",
            ""
        ),
        ["2016-03-09 marjeh government full"]
    );
    assert_eq!(
        found(
            "Al-Marjeh fell on 9 March 2016, the night the army's front east of it gave way.",
            ""
        ),
        ["2016-03-09 marjeh rebels full"]
    );
}

#[test]
fn a_counter_attack_takes_for_the_side_it_answers() {
    // No side makes the counter-attack: it is made against the side the sentence names.
    assert_eq!(
        found(
            "On 9 March 2016 a counter-attack retook most of al-Marjeh, leaving the army \
             a few streets in the north.",
            ""
        ),
        ["2016-03-09 marjeh rebels partial"]
    );
}

#[test]
fn a_change_told_as_days_before_a_date_is_counted_back() {
    // The convoy's day dates the clause after it counted back, not the capture itself.
    assert_eq!(
        found(
            "A convoy reached al-Marjeh on 9 March 2016, three days after rebels had seized it.",
            ""
        ),
        ["2016-03-06 marjeh rebels full"]
    );
    assert_eq!(
        found(
            "Reporters toured al-Marjeh on 9 March 2016, the day after the army captured it.",
            ""
        ),
        ["2016-03-08 marjeh government full"]
    );
}

#[test]
fn reports_the_next_sentence_calls_false_as_these_are_no_change() {
    assert_eq!(
        found(
            "There were reports on 9 March 2016 that rebels had stormed al-Marjeh. These turned \
             out to be wrong.",
            ""
        ),
        Vec::<String>::new()
    );
}

#[test]
fn a_report_the_next_sentence_asks_about_is_no_change() {
    assert_eq!(
        found(
            "On 9 March 2016 a friend wrote that rebels had entered al-Marjeh. Can anyone \
             confirm?",
            ""
        ),
        Vec::<String>::new()
    );
    // A question about something else leaves it.
    assert_eq!(
        found(
            "On 9 March 2016 rebels captured al-Marjeh. Where will the families go?",
            ""
        ),
        ["2016-03-09 marjeh rebels full"]
    );
}

#[test]
fn a_side_named_after_an_unnamed_withdrawal_is_the_one_that_came_in() {
    // The army is the side of the sentence before; "it" is the militia, which left.
    let text = "On 9 March 2016 the army shelled the old city. The Free Syrian Army brigade \
                there was cut off. By noon it had withdrawn from al-Marjeh, and government \
                troops were patrolling its market an hour later.";
    assert_eq!(found(text, ""), ["2016-03-09 marjeh government full"]);
}

#[test]
fn a_chat_messages_stamp_dates_it() {
    // Each stamped line is a message of its own, dated by its stamp, not by the message before.
    let chat = "Chat export\n\n05/03/2016, 09:12 - Ali: Bad news. The army now holds about 40 \
                percent of al-Marjeh\n06/03/2016, 10:00 - Sami: The rebels took back \
                al-Kallaseh this morning\n";
    assert_eq!(
        found(chat, ""),
        [
            "2016-03-05 marjeh government partial (40%)",
            "2016-03-06 kallaseh rebels full"
        ]
    );
}

#[test]
fn the_same_time_in_reported_speech_is_the_day_told_of() {
    let t = "Question tabled: 12 March 2016\n\nOn Tuesday the army took al-Marjeh. Rebels are \
             said to have taken parts of al-Kallaseh at the same time, although nobody has \
             confirmed it.";
    assert_eq!(
        found(t, ""),
        [
            "2016-03-08 marjeh government full",
            "2016-03-08 kallaseh rebels partial"
        ]
    );
}

#[test]
fn a_place_a_position_faces_is_not_what_the_area_stands_for() {
    // "facing Y" places the trenches; "the area" is still the place the paragraph is about.
    let t =
        "Imagery note, 10 March 2016. Trenches have been dug in al-Marjeh, facing al-Kallaseh. \
             We assess that the army held the whole of the area on 9 March.";
    assert_eq!(found(t, ""), ["2016-03-09 marjeh government full"]);
}
