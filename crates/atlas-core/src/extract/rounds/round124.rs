//! The rule classes of the hundred-and-twenty-fourth round of issue 17, on sentences written for
//! these tests (none copied from a held-out report): "since about midday" dates a standing verb as
//! news; "has had X completely since early this morning"; a holding "for the whole of the war"; a
//! section (a bystander) entering a quarter.

use crate::extract::tests::found;

#[test]
fn since_about_a_time_of_today_and_has_had() {
    let about = "Log, 4 December 2016\n\nThe army controls all of Karm al-Jabal since about \
                 midday.";
    assert_eq!(
        found(about, ""),
        ["2016-12-04 karm-aj-jabal government full"]
    );
    let had = "Log, 4 December 2016\n\nA neighbour phoned at 10: the army has had Dahret Awwad \
               completely since early this morning.";
    assert_eq!(found(had, ""), ["2016-12-04 dahret-awwad government full"]);
}

#[test]
fn held_for_the_whole_of_the_war_is_no_change() {
    let text = "Label, 9 December 2016\n\nThe Aleppo Citadel was held by the army for the \
                whole of the war.";
    assert!(found(text, "").is_empty(), "{:?}", found(text, ""));
}

#[test]
fn a_section_entering_a_quarter_is_no_change() {
    let text = "Order, 27 December 2016\n\n2. al-Ansari returned to the control of the State on \
                Thursday 22/12/2016, and the section was able to enter the quarter on Monday \
                26/12/2016.";
    assert_eq!(found(text, ""), ["2016-12-22 ansari government full"]);
}
