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
