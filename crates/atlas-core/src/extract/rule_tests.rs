//! The rule classes of issue 17 on sentences written for these tests: the document's own date for what
//! holds "now", relative dates and flash-backs, failures, denials and repelled attacks, places referred
//! back to, and partial holdings.

use super::tests::{run, summary};

/// "date district+district controller extent" of each candidate of `text`, a document dated
/// `published`.
fn found(text: &str, published: &str) -> Vec<String> {
    run(text, published).iter().map(summary).collect()
}

#[test]
fn a_sentence_before_any_date_takes_the_documents_date() {
    assert_eq!(
        found("Government forces now hold al-Kallaseh.", "2016-12-09"),
        ["2016-12-09 kallaseh government full"]
    );
    assert_eq!(
        found(
            "14:20 — Pro-government forces captured al-Marjeh, the Observatory said.",
            "2016-12-09"
        ),
        ["2016-12-09 marjeh government full"]
    );
}

#[test]
fn a_headline_before_any_date_gives_nothing_of_its_own() {
    assert_eq!(
        found(
            "Troops take al-Marjeh\n\nALEPPO, Dec. 9, 2016 - Troops took al-Marjeh on Friday.",
            ""
        ),
        ["2016-12-09 marjeh government full"]
    );
}

#[test]
fn flash_backs_take_their_own_period() {
    let v = found(
        "The army took Karm al-Trab last week, rebels acknowledged.",
        "2016-12-09",
    );
    assert_eq!(v, ["2016-12-04 karm-al-trab government full"]);
}

#[test]
fn a_denied_loss_or_capture_is_no_change() {
    for text in [
        "Rebel commanders denied losing Sheikh Lutfi on Wednesday.",
        "On 8 December a rebel spokesman denied having lost al-Kallaseh.",
        "On 8 December officers denied reports that rebels had retaken al-Marjeh.",
    ] {
        assert_eq!(found(text, "2016-12-09"), Vec::<String>::new(), "{text}");
    }
    // A claim the sentence itself says was denied stays, disputed.
    let claim = run(
        "The army said on Thursday it had captured Sheikh Lutfi, a claim rebels denied.",
        "2016-12-09",
    );
    assert_eq!(claim.len(), 1);
    assert_eq!(claim[0].certainty.key(), "disputed");
}

#[test]
fn a_push_that_did_not_take_the_district_is_no_change() {
    for text in [
        "Government troops entered al-Kallaseh on Thursday, but the district was not captured.",
        "On 8 December soldiers pushed into al-Fardos but did not take it.",
        "A rebel offensive into Hamdaniyeh failed on Thursday.",
        "On 8 December a government assault on al-Kallaseh was repelled.",
    ] {
        assert_eq!(found(text, "2016-12-09"), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn a_flash_back_in_the_clause_dates_its_own_change() {
    assert_eq!(
        found(
            "On 8 December the army, which captured Tariq al-Bab last month, shelled al-Kallaseh.",
            "2016-12-09"
        ),
        ["2016-11-30 tariq-al-bab government full"]
    );
}

#[test]
fn it_and_the_district_after_a_counter_attack_stand_for_the_place() {
    assert_eq!(
        found(
            "Rebels counter-attacked in Karm al-Trab on 7 December. The army recaptured it the next day.",
            "2016-12-09"
        ),
        ["2016-12-08 karm-al-trab government full"]
    );
    assert_eq!(
        found(
            "On 7 December rebels launched a counter-attack on al-Marjeh. By the evening they had retaken the district.",
            "2016-12-09"
        ),
        ["2016-12-07 marjeh rebels full"]
    );
}

#[test]
fn the_extent_is_kept() {
    assert_eq!(
        found(
            "On 8 December troops captured the eastern half of al-Marjeh and large parts of al-Fardos.",
            "2016-12-09"
        ),
        [
            "2016-12-08 marjeh government partial (50%)",
            "2016-12-08 fardos government partial"
        ]
    );
}

#[test]
fn an_attack_undone_in_the_next_sentence_is_no_change() {
    assert_eq!(
        found(
            "Rebels stormed Karm al-Trab on Thursday. The attack was beaten back.",
            "2016-12-09"
        ),
        Vec::<String>::new()
    );
    // A later sentence about something else does not undo it.
    assert_eq!(
        found(
            "Rebels stormed Karm al-Trab on Thursday. Aid convoys were delayed.",
            "2016-12-09"
        ),
        ["2016-12-08 karm-al-trab rebels full"]
    );
    // Nor does a new attack that failed elsewhere.
    assert_eq!(
        found(
            "Rebels withdrew from al-Marjeh on Thursday. An attack by the army on al-Fardos failed.",
            "2016-12-09"
        ),
        ["2016-12-08 marjeh government full"]
    );
}

#[test]
fn remaining_in_control_is_no_change() {
    assert_eq!(
        found("Rebels remain in control of al-Marjeh.", "2016-12-09"),
        Vec::<String>::new()
    );
}

#[test]
fn a_datelines_day_anchors_the_weekday_of_the_clause() {
    assert_eq!(
        found(
            "ALEPPO, Dec. 9, 2016 (Levant Wire) - Troops took al-Marjeh on Wednesday.",
            ""
        ),
        ["2016-12-07 marjeh government full"]
    );
}

#[test]
fn a_bulletins_heading_names_what_was_taken() {
    assert_eq!(
        found(
            "- al-Marjeh: taken by government forces on 8 December.\n- al-Fardos: no change; rebels still hold the district.",
            "2016-12-09"
        ),
        ["2016-12-08 marjeh government full"]
    );
}

#[test]
fn a_push_whose_own_predicate_undoes_it_is_no_change() {
    assert_eq!(
        found(
            "Opposition media said the army's push into al-Fardos on Thursday had been beaten back.",
            "2016-12-09"
        ),
        Vec::<String>::new()
    );
}

#[test]
fn a_confirmed_loss_goes_to_the_other_side() {
    assert_eq!(
        found(
            "On 8 December rebels confirmed the loss of al-Marjeh to government forces.",
            "2016-12-09"
        ),
        ["2016-12-08 marjeh government full"]
    );
}

/// Asserts that none of `texts`, each a document dated `published`, gives a candidate.
fn no_change(texts: &[&str], published: &str) {
    for text in texts {
        assert_eq!(found(text, published), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn a_change_the_source_says_did_not_happen_is_none_even_when_attributed() {
    no_change(
        &[
            "Soldiers entered al-Midan on Monday, but the quarter was not captured, a monitoring group said.",
            "Rebels pushed into al-Jabriyeh on 3 March 2014, but it was not taken, according to activists.",
        ],
        "2014-03-05",
    );
}

#[test]
fn an_unconfirmed_or_retracted_claim_is_no_change() {
    no_change(
        &[
            "A regime claim to have retaken Sheikh Lutfi on 2 May 2014 has not been confirmed.",
            "Reports that insurgents had overrun al-Jabriyeh on Friday were unfounded.",
            "Rebels captured al-Midan on 4 June 2013, one channel reported. That report was false.",
            "The army retook Sheikh Lutfi on Tuesday, we wrote earlier. This was wrong; the hill is contested.",
        ],
        "2014-05-09",
    );
}

#[test]
fn an_attempt_named_before_its_verb_is_no_change() {
    no_change(
        &[
            "A fresh attempt by the rebels on Monday to seize al-Marjeh collapsed within hours.",
            "The army's bid last night to storm al-Jabriyeh cost it two tanks.",
        ],
        "2016-12-09",
    );
}

#[test]
fn a_verbless_holding_that_is_new_is_a_change_and_a_standing_one_is_not() {
    assert_eq!(
        found(
            "On 3 March 2014 al-Jabriyeh came under government control.",
            ""
        ),
        ["2014-03-03 jabriyeh government full"]
    );
    assert_eq!(
        found("Tariq al-Bab: mostly in rebel hands.", "2012-08-20"),
        ["2012-08-20 tariq-al-bab rebels partial"]
    );
    no_change(
        &[
            "al-Midan, under government control throughout the war, was shelled again.",
            "Sheikh Maqsoud remains under YPG control.",
        ],
        "2016-12-09",
    );
}

#[test]
fn the_district_as_the_subject_of_a_verbless_holding() {
    assert_eq!(
        found(
            "Soldiers entered al-Kallaseh on 6 December 2016. \
             The next day the district was said to be fully under army control.",
            ""
        ),
        [
            "2016-12-06 kallaseh government partial",
            "2016-12-07 kallaseh government full"
        ]
    );
}

#[test]
fn restoring_security_and_moving_into_are_changes() {
    assert_eq!(
        found(
            "Army units restored security and order to the neighbourhood of al-Marjeh on 9 December 2016.",
            ""
        ),
        ["2016-12-09 marjeh government full"]
    );
    assert_eq!(
        found(
            "On 2 March 2016 Kurdish fighters moved into the western edge of Bustan al-Basha.",
            ""
        ),
        ["2016-03-02 bustan-al-basha kurdish partial"]
    );
}

/// The stated share of each candidate of `text` (None when it states none or is full).
fn fractions(text: &str, published: &str) -> Vec<Option<f64>> {
    run(text, published)
        .iter()
        .map(|c| match c.extent {
            crate::model::Extent::Partial { fraction } => fraction,
            _ => None,
        })
        .collect()
}

#[test]
fn a_share_in_words_is_a_fraction() {
    let cases = [
        (
            "The army now holds roughly a quarter of al-Ansari, the monitor said.",
            "2016-12-09",
            0.25,
        ),
        (
            "Rebels now hold forty percent of al-Jabriyeh, activists said.",
            "2014-05-09",
            0.4,
        ),
        (
            "On 3 March 2014 soldiers seized the southern third of al-Jabriyeh.",
            "",
            0.333,
        ),
    ];
    for (text, published, share) in cases {
        assert_eq!(fractions(text, published), [Some(share)], "{text}");
    }
}

#[test]
fn an_unknown_force_does_not_borrow_the_side_before() {
    assert_eq!(
        found(
            "Earlier, the rebels had shelled al-Midan. \
             Liwa Suqur units withdrew from al-Jabriyeh on 5 May 2014.",
            "2014-05-09"
        ),
        Vec::<String>::new()
    );
}

#[test]
fn an_actor_naming_whose_positions_is_not_the_subject() {
    assert_eq!(
        found(
            "On 12 May 2014 insurgents overran several regime checkpoints and pushed into al-Jabriyeh.",
            ""
        ),
        ["2014-05-12 jabriyeh rebels partial"]
    );
}

#[test]
fn a_span_counted_from_another_event_does_not_move_the_date() {
    assert_eq!(
        found(
            "On Thursday the army shelled al-Midan. \
             The rebels had taken it in early August, three weeks after the battle began. \
             In the evening, troops retook most of al-Jabriyeh.",
            "2012-09-14"
        ),
        [
            "2012-08-10 midan rebels full",
            "2012-09-13 jabriyeh government partial"
        ]
    );
}

#[test]
fn the_day_before_yesterday_and_this_morning() {
    assert_eq!(
        found(
            "Troops seized Sheikh Lutfi the day before yesterday, state television said.",
            "2014-05-10"
        ),
        ["2014-05-08 sheikh-lutfi government full"]
    );
    assert_eq!(
        found(
            "Monday 5 May 2014.\n\nInsurgents captured al-Jabriyeh this morning.",
            "2014-05-10"
        ),
        ["2014-05-05 jabriyeh rebels full"]
    );
}

#[test]
fn a_relative_day_in_reported_speech_counts_from_the_report() {
    assert_eq!(
        found(
            "Shelling of al-Midan began on 2 May 2014 and went on for days. \
             A rebel officer told us that his men had abandoned al-Jabriyeh the previous night.",
            "2014-05-09"
        ),
        ["2014-05-08 jabriyeh government full"]
    );
}

#[test]
fn a_speakers_own_unnamed_forces_do_not_borrow_a_side() {
    assert_eq!(
        found(
            "The rebels shelled al-Midan on 3 March 2014. \
             \"Our units are in full control of al-Jabriyeh,\" a commander said.",
            ""
        ),
        Vec::<String>::new()
    );
}
