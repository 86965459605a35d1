//! The rule classes of the eighty-eighth round of issue 17, on sentences written for these tests
//! (none copied from a held-out report): other languages written without their accents; the
//! historical present of a chronology ("tomam", "prennent"); a month's heading in another
//! language; a chronology's day lines under it ("31 - …").

use crate::extract::tests::found;

#[test]
fn a_french_text_without_its_accents_is_read() {
    let text = "Bulletin, mercredi 30 novembre 2016\n\n\
                Lundi, l'armee syrienne a repris le quartier de Haydariyeh.";
    assert_eq!(found(text, ""), ["2016-11-28 haydariyeh government full"]);
}

#[test]
fn a_chronologys_days_under_its_months_in_another_language() {
    let text = "CRONOLOGIA 2016 - SIRIA\n\n\
                Novembro\n\
                26 - O exercito toma o bairro de Haydariyeh.\n\
                28 - Rebeldes retomam o bairro de Haydariyeh.\n";
    assert_eq!(
        found(text, ""),
        [
            "2016-11-26 haydariyeh government full",
            "2016-11-28 haydariyeh rebels full"
        ]
    );
}
