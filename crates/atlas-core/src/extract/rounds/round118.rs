//! The rule classes of the hundred-and-eighteenth round of issue 17, on sentences written for
//! these tests (none copied from a held-out report): "completed their control over"; a French
//! reflexive verb with an adverb inside it ("s'est également emparée de"); a German subordinate
//! clause whose participle closes before its auxiliary ("eingenommen hatten,"), a date's
//! apposition between commas inside it; a German report "wonach" that "hat sich nicht bestätigt".

use crate::extract::tests::found;

#[test]
fn completed_their_control_over_is_a_change() {
    let text = "Briefing, 10 December 2016\n\nGovernment forces completed their control over \
                al-Maadi this morning.";
    assert_eq!(found(text, ""), ["2016-12-10 maadi government full"]);
}

#[test]
fn a_french_reflexive_verb_takes_an_adverb_inside_it() {
    let text = "Note, 10 décembre 2016\n\nL'armée s'est aussi emparée du quartier de Maadi ce \
                matin.";
    assert_eq!(found(text, ""), ["2016-12-10 maadi government full"]);
}

#[test]
fn a_german_participle_closes_its_clause_before_its_auxiliary() {
    let text = "Bericht, 12.12.2016\n\nWeil die Armee am Freitag, dem 9.12.2016, das Viertel \
                Maadi eingenommen hatte, zog die Familie um.";
    assert_eq!(found(text, ""), ["2016-12-09 maadi government full"]);
    // A comma that is no date's does part the clause: Maadi is not what was taken.
    let text = "Bericht, 12.12.2016\n\nWeil die Armee, wie man in Maadi hörte, die Stellung \
                eingenommen hatte, zog die Familie um.";
    assert!(found(text, "").is_empty(), "{:?}", found(text, ""));
}

#[test]
fn a_german_report_that_was_not_confirmed_reports_nothing() {
    let text = "Manuskript, 12.12.2016\n\nEine Meldung, wonach die Rebellen Maadi \
                zurückerobert hätten, hat sich nicht bestätigt.";
    assert!(found(text, "").is_empty(), "{:?}", found(text, ""));
}
