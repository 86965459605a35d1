//! The rule classes of the sixteenth round of issue 17, on sentences written for these tests (none
//! copied from a held-out report): a diary's entry headings, a table row's place in any cell
//! before its verb, "the day before" counted forward, a "when" clause dating the verb before it,
//! a push a verb of no change stopped, such a verb bounding no clause, quotation marks in a
//! phrase's gap, the Latin spellings of Belleramoon's Arabic alias al-Layramoun, and (round 18)
//! stories "not true", "as soon as", and people taken, (round 19) "28-11-2016" and months to come,
//! and (round 20) "Nov. 26-28, 2016", "since 26.11", "does not reflect the truth", "is an error",
//! bystanders, and (round 21) "returned to the embrace of", "occupied", "came down into".

use crate::extract::tests::{found, run};

#[test]
fn a_diary_heading_starts_an_entry_of_its_day() {
    let text = "From a notebook kept in al-Kallaseh.\n\nMarch 2016\n\nThursday 3rd\nQuiet.\n\n\
                Saturday night\nThe army took al-Marjeh today.\n\nMonday\nRebels took al-Marjeh back.\n\n\
                April\n\nFriday 1st\nThe army took al-Marjeh again this morning.\n";
    assert_eq!(
        found(text, ""),
        [
            "2016-03-05 marjeh government full",
            "2016-03-07 marjeh rebels full",
            "2016-04-01 marjeh government full"
        ]
    );
}

#[test]
fn a_rows_place_may_stand_in_any_cell_before_its_verb() {
    let text = "Table 1. Clinics, report of 20 March 2016.\n\n\
                | Clinic | District | Beds | End of service |\n|---|---|---:|---|\n\
                | Clinic A | al-Marjeh | 3 | 5 Mar 2016: district taken by government forces |\n\
                | Clinic B | al-Kallaseh | 2 | 7 Mar 2016: most of the district taken; two ambulances lost |\n";
    assert_eq!(
        found(text, ""),
        [
            "2016-03-05 marjeh government full",
            "2016-03-07 kallaseh government full"
        ]
    );
}

#[test]
fn the_day_before_counts_forward_and_a_when_clause_dates_its_verb() {
    let text = "Report of 20 March 2016. The file ends with a letter dated 4 March 2016, the day \
                before al-Marjeh was taken by government forces.";
    assert_eq!(found(text, ""), ["2016-03-05 marjeh government full"]);
    let text = "Report of 20 March 2016. The offensive began on 1 March. The clinic in al-Marjeh \
                was abandoned when the district fell to government forces on 5 March.";
    let all = found(text, "");
    assert!(
        !all.is_empty() && all.iter().all(|c| c.starts_with("2016-03-05")),
        "{all:?}"
    );
}

#[test]
fn a_push_a_verb_of_no_change_stopped_is_no_change() {
    let text = "Report of 20 March 2016. On 5 March rebels repelled a regime push into al-Marjeh.";
    assert_eq!(found(text, ""), Vec::<String>::new());
}

#[test]
fn a_verb_of_no_change_bounds_no_clause_and_quotes_stand_in_a_gap() {
    // "besieged" stands between the verb and its date; it reports nothing and cuts nothing.
    let text = "Weekly of Sunday, 6 March 2016. Rebels regained full control of al-Marjeh in the \
                south of besieged Aleppo on Thursday.";
    assert_eq!(found(text, ""), ["2016-03-03 marjeh rebels full"]);
    let text =
        "Report of 9 March 2016. SANA said on 7 March that the army had \"restored security \
                and stability\" to al-Marjeh.";
    assert_eq!(found(text, ""), ["2016-03-07 marjeh government full"]);
}

#[test]
fn layramoun_is_a_name_of_belleramoon() {
    let text = "Report of 30 July 2016. The army took most of Layramoun on 26 July.";
    assert_eq!(
        found(text, ""),
        ["2016-07-26 belleramoon government partial"]
    );
}

#[test]
fn stories_not_true_plans_and_people_taken_are_no_change() {
    for said in [
        "The stories that the armed groups had entered al-Marjeh were not true.",
        "We will reopen the plant as soon as the army retakes al-Marjeh.",
        "The clinic in al-Kallaseh takes the wounded from al-Marjeh.",
    ] {
        let text = format!("Bulletin of 9 March 2016. {said}");
        assert_eq!(found(&text, ""), Vec::<String>::new(), "{said}");
    }
}

#[test]
fn a_dateline_with_hyphens_and_a_month_to_come() {
    let text = "ALEPPO - 28-11-2016 - News Centre\n\nThe YPG yesterday liberated al-Marjeh.";
    assert_eq!(found(text, ""), ["2016-11-27 marjeh kurdish full"]);
    // "In January" is to come: "on 26 November" is still of 2016.
    let text = "Posted 29 December 2016\n\nIn January, the Council expects a briefing. The army \
                took al-Marjeh on 26 November.";
    assert_eq!(found(text, ""), ["2016-11-26 marjeh government full"]);
}

#[test]
fn round_20_month_first_day_spans_denials_and_bystanders() {
    let text = "Factbox, 30 December 2016.\n- Nov. 26-28, 2016 - The army takes al-Marjeh.";
    let all = run(text, "");
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(
        (all[0].date.from.to_string(), all[0].date.to.to_string()),
        ("2016-11-26".into(), "2016-11-28".into())
    );
    for said in [
        "The claims that the rebels surrendered al-Marjeh do not reflect the truth.",
        "Its claim that the regime retook al-Marjeh in October 2013 is an error.",
        "\"The army captured all of al-Marjeh on 2 December\" is not right.",
        "An RT crew that entered al-Marjeh with the army found the streets empty.",
    ] {
        let text = format!("Review of 9 December 2016. {said}");
        assert_eq!(found(&text, ""), Vec::<String>::new(), "{said}");
    }
}

#[test]
fn a_day_and_month_with_a_point_after_a_dating_word() {
    let text = "Flash update, published 02.12.2016.\n\nThe army took Hanano on 26.11. The convoy \
                left at 10.45 and drove 3.5 km.";
    assert_eq!(found(text, ""), ["2016-11-26 hanano government full"]);
}

#[test]
fn round_21_embrace_occupation_and_coming_down_into() {
    let cases = [
        (
            "On 12 March al-Marjeh returned to the embrace of the state.",
            "2016-03-12 marjeh government full",
        ),
        (
            "On 12 March the armed gangs occupied al-Marjeh.",
            "2016-03-12 marjeh rebels full",
        ),
        (
            "On 12 March armed men came down into al-Marjeh.",
            "2016-03-12 marjeh rebels partial",
        ),
    ];
    for (said, expected) in cases {
        let text = format!("Letter of 20 March 2016. {said}");
        assert_eq!(found(&text, ""), [expected], "{said}");
    }
}
