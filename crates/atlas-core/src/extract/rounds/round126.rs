//! The rule classes of the hundred-and-twenty-sixth round of issue 17, on sentences written for
//! these tests (none copied from a held-out report): a German final verb past a day's apposition
//! ("am Mittwoch, dem 7. Dezember,"); German's verb second after a time put first, and
//! "übernahm"; a modal over a verb of knowing before "that"; a rumour's label in German, a
//! bracketed aside before its colon; a change an unnamed voice passes on; a denial of what is said
//! "about" a change; an entry's stamp before its colon and "Monday the 5th"; a page's number
//! before an entry's stamp; a speaker correcting in the next sentence what they said of a place.

use crate::extract::tests::found;

#[test]
fn a_german_final_verb_past_a_days_apposition() {
    let text = "Rundbrief, 10. Dezember 2016\n\nSie schrieb, dass die Armee am Mittwoch, dem 7. \
                Dezember, die Viertel al-Maadi und al-Salihin vollständig eingenommen hat.";
    assert_eq!(
        found(text, ""),
        ["2016-12-07 maadi+salheen government full"]
    );
}

#[test]
fn a_german_verb_second_after_a_time_put_first() {
    let text = "Rundbrief, 10. Dezember 2016\n\nAm Donnerstag übernahm die Armee ganz Bab \
                al-Nairab.";
    assert_eq!(found(text, ""), ["2016-12-08 muhammad-bek government full"]);
}

#[test]
fn a_modal_over_a_verb_of_knowing_leaves_what_is_known() {
    let text = "Study guide, 2015\n\nStudents should remember that rebel factions captured the \
                whole of al-Rashidin on 17 June 2015.";
    assert_eq!(found(text, ""), ["2015-06-17 rashidin rebels full"]);
}

#[test]
fn a_rumours_label_with_an_aside_reports_nothing() {
    let text = "Karteikarte, 16.12.2016\n\nGerücht (Facebook, 14.12.2016): Rebellen hätten \
                al-Sukkari zurückerobert.";
    assert!(found(text, "").is_empty(), "{:?}", found(text, ""));
}

#[test]
fn a_change_an_unnamed_voice_passes_on_reports_nothing() {
    let somebody = "Chat log, 5 December 2016\n\n[21:10] Somebody on Facebook says Karm \
                    al-Myassar has fallen.";
    assert!(found(somebody, "").is_empty(), "{:?}", found(somebody, ""));
    let account = "Chat log, 5 December 2016\n\n[21:12] An account is saying the army took \
                   al-Sha'ar.";
    assert!(found(account, "").is_empty(), "{:?}", found(account, ""));
    let named = "Chat log, 5 December 2016\n\n[21:14] SANA says the army took al-Sha'ar.";
    assert_eq!(found(named, ""), ["2016-12-05 shaar government full"]);
}

#[test]
fn a_denial_of_what_is_said_about_a_change() {
    let text =
        "Statement, 3 September 2016\n\nThe Governorate denies what has been said on social \
                media about armed groups entering al-Ramouseh.";
    assert!(found(text, "").is_empty(), "{:?}", found(text, ""));
}

#[test]
fn a_stamp_before_its_colon_and_a_weekdays_day() {
    let text = "Guestbook\n\n09.12.16  For the people of al-Kallaseh: the army took all of \
                al-Kallaseh on Monday the 5th.";
    assert_eq!(found(text, ""), ["2016-12-05 kallaseh government full"]);
}

#[test]
fn a_pages_number_before_an_entrys_stamp() {
    let text = "Scrapbook, 30 Nov 2016\n\np.4  Mon 28.11.2016 - Uncle's shop.\n     Tonight the \
                army took all of al-Sakhour, the radio says.";
    assert_eq!(
        found(text, ""),
        ["2016-11-28 sakhour+sakhour-i government full"]
    );
}

#[test]
fn a_speaker_correcting_what_they_said_of_a_place() {
    let text = "Minutes, 3 March 2017\n\nC.: The army took al-Sakhour on 30 November 2016. Q. \
                asks again; C. corrects herself: al-Sakhour fell to the army on 28 November \
                2016.";
    assert_eq!(
        found(text, ""),
        ["2016-11-28 sakhour+sakhour-i government full"]
    );
}
