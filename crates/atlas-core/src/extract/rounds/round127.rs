//! The rule classes of the hundred-and-twenty-seventh round of issue 17, on sentences written for
//! these tests (none copied from a held-out report): "is in all of X" as a holding; Italian
//! "sono tornati completamente sotto il controllo"; German "ch" for Arabic's "kh" in a name; a
//! German subjunctive reporting what someone said, undone by "ist falsch" or by a next sentence
//! "Dafür gibt es keinen Beleg"; words struck out; Arabic "بالكامل مع الجيش منذ الظهر".

use crate::extract::tests::found;

#[test]
fn in_all_of_a_place_tonight() {
    let text = "Diary, Thursday 22 December 2016\n\nTonight the rebels are gone and the army is \
                in all of al-Mashhad.";
    assert_eq!(
        found(text, ""),
        ["2016-12-22 ansari-mashhad government full"]
    );
}

#[test]
fn italian_returned_completely_under_control() {
    let text = "Relazione, 10 dicembre 2016\n\nBab al-Maqam e al-Kallaseh sono tornati \
                completamente sotto il controllo delle forze governative il 12 dicembre 2016.";
    assert_eq!(
        found(text, ""),
        ["2016-12-12 bab-al-maqam+kallaseh government full"]
    );
}

#[test]
fn german_ch_for_kh_in_a_name() {
    let text = "Briefing, 28.11.2016\n\nAm Vormittag hat die Armee Scheich Chodr eingenommen.";
    assert_eq!(
        found(text, ""),
        ["2016-11-28 sheikh-kheder government full"]
    );
}

#[test]
fn a_german_subjunctive_reports_what_someone_said() {
    let false_here = "Briefing, 29.11.2016\n\nDie Meldung von heute früh, die Armee hätte Bustan \
                      al-Basha eingenommen, ist falsch.";
    assert!(
        found(false_here, "").is_empty(),
        "{:?}",
        found(false_here, "")
    );
    let no_evidence = "Presseschau, 30.11.2016\n\nDie Zeitung geht auf Meldungen ein, die \
                       Rebellen hätten Bustan al-Qasr zurückerobert:\n„Dafür gibt es keinen \
                       einzigen Beleg.“";
    assert!(
        found(no_evidence, "").is_empty(),
        "{:?}",
        found(no_evidence, "")
    );
}

#[test]
fn words_struck_out_report_nothing() {
    let tildes = "Notes, 5 December 2016\n\n- ~~Rebels retook Karm al-Jazmati on 4 December \
                  2016.~~ Withdrawn.";
    assert!(found(tildes, "").is_empty(), "{:?}", found(tildes, ""));
    let deleted = "Notes, 5 December 2016\n\n- <del>Army took Karm al-Jazmati on 4 December \
                   2016.</del>";
    assert!(found(deleted, "").is_empty(), "{:?}", found(deleted, ""));
}

#[test]
fn arabic_fully_with_the_army_since_noon() {
    let text = "خريطة، الاثنين 28/11/2016\n\n3. الشيخ خضر والحيدرية: بالكامل مع الجيش منذ الظهر.";
    assert_eq!(
        found(text, ""),
        ["2016-11-28 sheikh-kheder+haydariyeh government full"]
    );
}
