//! The rule classes of the ninety-third round of issue 17, on sentences written for these tests
//! (none copied from a held-out report): "no sign of troops entering it"; "I was able to enter it",
//! a person going in, no side.

use crate::extract::tests::found;

#[test]
fn no_sign_of_a_side_entering_reports_nothing() {
    let text = "Correction, 2 December 2016. State media said the army was closing in on \
                al-Sukkari, but there was no sign on Thursday of troops entering it.";
    assert!(found(text, "").is_empty());
}

#[test]
fn a_person_entering_a_place_takes_nothing() {
    let text = "Statement, 31 January 2017. The quarter of al-Sha'ar passed to the government on \
                6 December 2016; I was able to enter it in January.";
    assert_eq!(found(text, ""), ["2016-12-06 shaar government full"]);
}

#[test]
fn that_quarter_is_a_place_not_a_relative_pronoun() {
    let text = "Report, 31 December 2016. We left Qadi Askar in 2012. That quarter came under \
                government control on 5 December.";
    assert_eq!(found(text, ""), ["2016-12-05 qadi-askar government full"]);
}

#[test]
fn a_person_who_says_that_tells_what_he_saw() {
    let text =
        "Register, 30/11/2016. The man says that Jabal Badro was taken by the army on Sunday.";
    assert_eq!(found(text, ""), ["2016-11-27 jabal-badro government full"]);
}

#[test]
fn an_arabic_report_with_its_verb_before_its_subject() {
    let text = "حلب، الثلاثاء 29 تشرين الثاني 2016\n\n\
                سيطرت قوات النظام يوم أمس الاثنين على حي الحيدرية بالكامل.\n\n\
                وكانت فصائل المعارضة قد استعادت يوم السبت الماضي حي الشيخ سعيد.";
    assert_eq!(
        found(text, ""),
        [
            "2016-11-28 haydariyeh government full",
            "2016-11-26 sheikh-saeed rebels full"
        ]
    );
}

#[test]
fn an_arabic_denial_of_a_fall_reports_nothing() {
    let text = "نشرة، 30 تشرين الثاني 2016. نفت المعارضة سقوط حي الصاخور.";
    assert!(found(text, "").is_empty());
}

#[test]
fn a_change_told_in_arabic_and_in_english_is_one() {
    let text = "TRANSLATION CHECK, Sunday 4 December 2016\n\n\
                AR: سيطر الجيش السوري اليوم الأحد بشكل كامل على حي كرم الميسر.\n\
                EN draft: The Syrian army took full control of the Karm al-Mayssar district on \
                Sunday.\n";
    let f = found(text, "");
    assert_eq!(f, ["2016-12-04 karm-al-myassar government full"]);
}

#[test]
fn a_translation_unit_is_read_in_its_latin_letters() {
    let text = "<tu>\n<prop>Source text withdrawn: the claim was not confirmed.</prop>\n\
                <tuv xml:lang=\"ar\"><seg>استعادت المعارضة حي الفردوس.</seg></tuv>\n\
                <tuv xml:lang=\"en\"><seg>The opposition retook al-Fardous.</seg></tuv>\n</tu>";
    assert!(found(text, "2016-12-10").is_empty());
}
