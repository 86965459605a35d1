//! The rule classes of the hundred-and-seventeenth round of issue 17, on sentences written for
//! these tests (none copied from a held-out report): a name with an elided article or
//! preposition joined to it (French "d'al-Firdous"); a German participle closing its sentence
//! inside quotation marks; a verb put second with its subject inside the trigger ("drangen
//! Soldaten in X ein"); a time and an adverb between a Spanish verb and its particle ("se
//! apoderaron hoy por completo del"); a question "asked us whether it was true that"; Arabic "when
//! it returns to state control" (عند عودته), which is to come.

use crate::extract::tests::found;

#[test]
fn a_name_with_an_elided_article_joined_to_it_is_found() {
    let text = "Note, 12 décembre 2016\n\nL'armée a pris ce lundi le contrôle du quartier \
                d'al-Sukkari.";
    assert_eq!(found(text, ""), ["2016-12-12 sukkari government full"]);
    let text = "Nota, 12 dicembre 2016\n\nL'esercito ha conquistato oggi il quartiere \
                dell'Ansari.";
    assert_eq!(found(text, ""), ["2016-12-12 ansari government full"]);
}

#[test]
fn a_german_participle_in_closing_quotation_marks_closes_its_clause() {
    let text = "Meldung, 9. Dezember 2016\n\nDas Staatsfernsehen meldete, die Armee habe das \
                Viertel Maadi \"vollständig befreit\".";
    assert_eq!(found(text, ""), ["2016-12-09 maadi government full"]);
}

#[test]
fn a_verb_put_second_takes_its_subject_after_it() {
    let text = "Meldung, 9. Dezember 2016\n\nAm Abend drangen Soldaten der Armee in den \
                Süden von al-Ansari ein.";
    assert_eq!(found(text, ""), ["2016-12-09 ansari government partial"]);
}

#[test]
fn a_time_and_an_adverb_stand_between_a_spanish_verb_and_its_particle() {
    let text = "Alepo, 9 de diciembre de 2016\n\nEl ejército sirio se apoderó hoy por completo \
                del barrio de Maadi.";
    assert_eq!(found(text, ""), ["2016-12-09 maadi government full"]);
    let text = "Alepo, 9 de diciembre de 2016\n\nLas tropas del ejército se han hecho este \
                viernes con el control del barrio de Maadi.";
    assert_eq!(found(text, ""), ["2016-12-09 maadi government full"]);
}

#[test]
fn what_someone_asked_whether_was_true_is_asked() {
    let text = "Log, 9 December 2016\n\nA neighbour asked me whether it was true that the army \
                had taken al-Maadi overnight.";
    assert!(found(text, "").is_empty(), "{:?}", found(text, ""));
    // Told, not asked: the same words after "said".
    let text = "Log, 9 December 2016\n\nA neighbour said that the army had taken al-Maadi \
                overnight.";
    assert_eq!(found(text, ""), ["2016-12-09 maadi government full"]);
}

#[test]
fn arabic_when_it_returns_to_state_control_is_to_come() {
    // "The family is moved to the Maadi district when it returns to state control."
    let text = "كشف، 9 كانون الأول 2016\n\nتُنقل العائلة إلى حي المعادي عند عودته إلى سيطرة \
                الدولة.";
    assert!(found(text, "").is_empty(), "{:?}", found(text, ""));
}
