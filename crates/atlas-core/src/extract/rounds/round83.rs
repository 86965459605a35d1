//! The rule classes of the eighty-third round of issue 17, on sentences written for these tests
//! (none copied from a held-out report): the verbs and sides of other languages (data/lexicon.json
//! now holds 27 languages'), their weekdays and their months without a year; a verb closing its
//! clause (German, Dutch, Afrikaans); "X and Y: army took full control"; a grading sheet's row
//! judged "Not accepted" and its received stamp; South Slavic "j" for "y"; "is in the whole of";
//! "forced their way back into".

use crate::extract::tests::found;

#[test]
fn a_french_capture_is_read_with_its_weekday() {
    let text = "Bulletin, mercredi 30 novembre 2016\n\n\
                Lundi, l'armée syrienne a repris le quartier de Haydariyeh.";
    assert_eq!(found(text, ""), ["2016-11-28 haydariyeh government full"]);
}

#[test]
fn a_spanish_capture_is_read_with_its_yearless_date() {
    let text = "Crónica, 10 de diciembre de 2016\n\n\
                El 7 de diciembre los rebeldes perdieron el barrio de Marjeh.";
    assert_eq!(found(text, ""), ["2016-12-07 marjeh government full"]);
}

#[test]
fn a_verb_closing_its_clause_acts_on_the_places_before_it() {
    let text = "Nuus, Maandag 28 November 2016\n\n\
                Die weermag het Sondag die woonbuurt al-Haydariyeh ingeneem.";
    assert_eq!(found(text, ""), ["2016-11-27 haydariyeh government full"]);
}

#[test]
fn a_labels_places_are_what_a_verb_without_an_object_acts_on() {
    let text = "Dashboard, week 47\n\n\
                Sun 27/11/2016  Ba'aiedeen and Ain al-Tal: army took full control in the \
                morning.";
    assert_eq!(
        found(text, ""),
        ["2016-11-27 baaiedeen+ayn-at-tal government full"]
    );
}

#[test]
fn a_row_not_accepted_reports_nothing_and_a_rows_stamp_dates_its_today() {
    let text = "# Report grading, week 49\n\n\
                | Ref | Received | Source | Summary | Assessment |\n\
                |---|---|---|---|---|\n\
                | R-1 | Tue 06/12/2016 11:40 | SANA | Army took all of al-Kallaseh. | Not \
                accepted: fighting continues. |\n\
                | R-2 | Wed 07/12 10:12 | monitor | al-Marjeh is completely under army control \
                since first light today. | Accepted. |\n";
    assert_eq!(found(text, ""), ["2016-12-07 marjeh government full"]);
}

#[test]
fn a_south_slavic_j_is_a_y() {
    let text = "Vijesti, 29 November 2016\n\nThe army took Hajdarija on Monday.";
    assert_eq!(found(text, ""), ["2016-11-28 haydariyeh government full"]);
}

#[test]
fn in_the_whole_of_since_this_morning_is_a_new_holding() {
    let text = "Sale book, Wednesday 7 December 2016\n\n\
                Since this morning the army is in the whole of al-Marjeh.";
    assert_eq!(found(text, ""), ["2016-12-07 marjeh government full"]);
}

#[test]
fn forcing_a_way_back_into_part_of_a_place_is_partial() {
    let text = "Plaque, 2017\n\n\
                ON THURSDAY 1 DECEMBER 2016 THE ARMED GROUPS FORCED THEIR WAY BACK INTO PART OF \
                SHEIKH SAEED.";
    assert_eq!(found(text, ""), ["2016-12-01 sheikh-saeed rebels partial"]);
}

#[test]
fn a_cyrillic_name_is_read_in_latin_letters() {
    let text = "Новини, 7 December 2016\n\n\
                Урядові війська в середу встановили повний контроль над районом Марджа.";
    assert_eq!(found(text, ""), ["2016-12-07 marjeh government full"]);
}

#[test]
fn a_denial_before_a_that_undoes_what_it_denies() {
    let text = "Berita, Selasa 29 November 2016\n\n\
                Kelompok oposisi membantah laporan bahwa distrik al-Haydariyeh telah jatuh.";
    assert!(found(text, "").is_empty());
}

#[test]
fn a_date_closing_a_text_with_no_other_dates_the_text() {
    let text = "BUITELANDS\n\n\
                Die weermag het Sondag die woonbuurt al-Haydariyeh ingeneem.\n\n\
                – Maandag 28 November 2016";
    assert_eq!(found(text, ""), ["2016-11-27 haydariyeh government full"]);
}

#[test]
fn a_month_of_that_year_in_another_language_is_of_the_year_written() {
    let text = "Crònica, 30 de desembre de 2016\n\n\
                La batalla havia començat a l'estiu del 2012. Els rebels van entrar a Alep el \
                juliol d'aquell any i a finals de juliol ja havien pres el barri de Salaheddine.";
    let got = found(text, "");
    assert!(
        got.iter().all(|f| f.starts_with("2012-07")) && !got.is_empty(),
        "{got:?}"
    );
}
