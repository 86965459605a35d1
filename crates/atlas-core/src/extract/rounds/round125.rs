//! The rule classes of the hundred-and-twenty-fifth round of issue 17, on sentences written for
//! these tests (none copied from a held-out report): a claim its own item judges false after it (a
//! wrapped row's "FALSE", an indented "Checked …: untrue", "not applied"); an elided article before
//! a name read by its sound; "since" after a lead-in's colon and a day restating it; a relative
//! clause telling who held the place until then; where a withdrawing side went; people, not a side,
//! leaving a place just taken; Cyrillic "х" as "h" and its articles; Turkish "c" and case endings;
//! a present-tense Ukrainian denial; a Turkish rumour's inflected noun.

use super::round32::found_knowing;
use crate::extract::tests::found;

#[test]
fn a_claim_its_item_judges_false_reports_nothing() {
    let wrapped = "Log of Monday 28/11/2016\n\n14:10 | ch 2 | Rebel net    | A voice says \"we \
                   retook Jabal Badro\". No one\n      |      |              | repeats it. FALSE - \
                   army still there.\n15:00 | ch 3 | Army net     | Shelling asked on al-Sha'ar.";
    assert!(found(wrapped, "").is_empty(), "{:?}", found(wrapped, ""));
    let checked = "Sitrep, 20 November 2016\n\n2. A rebel channel reported that fighters had \
                   \"returned\" to al-Sakhour.\n   Checked with a doctor there: untrue, no \
                   fighting.\n3. Shelling in al-Shaar.";
    assert!(found(checked, "").is_empty(), "{:?}", found(checked, ""));
    let not_applied = "Build report, 7 December 2016\n\n[x] \"army takes Sheikh Lutfi\" (post, 6 \
                       Dec 23:00) - one source,\n    not applied";
    assert!(
        found(not_applied, "").is_empty(),
        "{:?}",
        found(not_applied, "")
    );
}

#[test]
fn a_verdict_in_the_next_item_leaves_a_claim_alone() {
    let text = "Sitrep, 7 December 2016\n\n2. State TV said the army took Sheikh Lutfi on \
                Tuesday.\n3. False reports of shelling in al-Marjeh were corrected.";
    assert_eq!(found(text, ""), ["2016-12-06 sheikh-lutfi government full"]);
}

#[test]
fn an_elided_article_before_a_name_read_by_its_sound() {
    let text = "Note du mardi 5 juillet 2016\n\nLes rebelles ont pris le contrôle total du \
                quartier d'al-Chaar lundi 4 juillet.";
    assert_eq!(found(text, ""), ["2016-07-04 shaar rebels full"]);
}

#[test]
fn since_a_day_after_a_lead_in_or_set_off_by_a_comma() {
    let lead_in = "Diary, Wednesday 30 November 2016\n\nThe caretaker wrote: since yesterday, \
                   Tuesday, all of Karm al-Jabal is in the hands of the army.";
    assert_eq!(
        found(lead_in, ""),
        ["2016-11-29 karm-aj-jabal government full"]
    );
    let comma = "Diary, Wednesday 30 November 2016\n\nSince Monday, all of Hanano has been with \
                 the army.";
    assert_eq!(found(comma, ""), ["2016-11-28 hanano government full"]);
}

#[test]
fn a_relative_clause_tells_who_held_the_place_until_then() {
    let still = "Log, 2 December 2016\n\nOn Thursday the army took the last streets of \
                 al-Sha'ar that were still held by the rebels.";
    assert_eq!(found(still, ""), ["2016-12-01 shaar government partial"]);
    let had_been = "Log, 2 December 2016\n\nOn Thursday the rebels took back Bustan al-Basha, \
                    which had been held by the army.";
    assert_eq!(
        found(had_been, ""),
        ["2016-12-01 bustan-al-basha rebels full"]
    );
}

#[test]
fn where_a_withdrawing_side_went_is_not_lost() {
    let text = "Log, 2 December 2016\n\nOn Thursday the fighters pulled out of Karm al-Myassar \
                to al-Marjeh.";
    assert_eq!(
        found(text, ""),
        ["2016-12-01 karm-al-myassar government full"]
    );
}

#[test]
fn people_leaving_a_place_just_taken_is_no_change() {
    let text = "١ كانون الأول ٢٠١٦\n\nقال السكان إن الجيش سيطر اليوم على حي الشعار، وإنهم خرجوا \
                من الحي مع الجنود إلى جبل بدرو.";
    assert_eq!(found(text, ""), ["2016-12-01 shaar government full"]);
}

#[test]
fn cyrillic_h_and_articles() {
    let text = "5 декабря 2016\n\nАрмия заняла Хайдарию и аль-Фирдаус в понедельник.";
    assert_eq!(
        found(text, ""),
        ["2016-12-05 haydariyeh+fardos government full"]
    );
    let hanano = "5 декабря 2016\n\nАрмия взяла Ханано в субботу, 26 ноября.";
    assert_eq!(found(hanano, ""), ["2016-11-26 hanano government full"]);
}

#[test]
fn turkish_c_and_case_endings() {
    let text = "5 Aralık 2016\n\nOrdu 3 Aralık'ta Şeyh Necar'ı geri aldı.";
    assert_eq!(
        found(text, ""),
        ["2016-12-03 sheikh-najjar government full"]
    );
}

#[test]
fn a_present_tense_denial_and_an_inflected_rumour() {
    let known = [("bustan-al-qaser", "2016-12-05", "government")];
    let told = "5 грудня 2016\n\nАрмія захопила район Бустан-аль-Каср.";
    assert_eq!(
        found_knowing(told, "", &known),
        ["2016-12-05 bustan-al-qaser government full"]
    );
    let denied = "5 грудня 2016\n\nКомандири опозиції заперечують, що армія захопила район \
                  Бустан-аль-Каср.";
    assert!(
        found_knowing(denied, "", &known).is_empty(),
        "{:?}",
        found_knowing(denied, "", &known)
    );
    let rumour = "5 Aralık 2016\n\nMuhabir, 3 Aralık akşamı çıkan \"rejim güçleri Hanano \
                  mahallesini geri aldı\" söylentisini haber yapmak istedi; editör durdurdu.";
    assert!(found(rumour, "").is_empty(), "{:?}", found(rumour, ""));
}
