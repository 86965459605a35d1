//! The built-in corpus: the two mis-encoded documents come back, the three clean ones are untouched,
//! and non-prose parts are marked.

use atlas_core::model::builtin;
use atlas_core::model::repair::Misdecoding;

fn raw(file: &str) -> String {
    let path = crate::repo().join("data/sources").join(file);
    std::fs::read_to_string(path).expect("seed file")
}

#[test]
fn windows_1252_document_gets_its_dashes_and_flags_back() {
    let corpus = builtin::corpus().expect("corpus");
    let doc = corpus.get("wp-offensive-2016").expect("000");
    assert_eq!(doc.repaired_from, Some(Misdecoding::Windows1252));
    assert!(doc
        .text
        .contains("Aleppo offensive (November–December 2016)"));
    assert!(doc.text.contains("🇷🇺 Russia"));
    assert!(doc.text.contains("🇮🇷 Iran"));
    assert!(!doc.text.contains("â€"), "no mojibake left");
    assert!(raw("000_9c78f77e1fedc513.txt").contains("Novemberâ€“December"));
}

#[test]
fn mac_roman_document_gets_its_arabic_name_back() {
    let corpus = builtin::corpus().expect("corpus");
    let doc = corpus.get("wp-battle-2012-2016").expect("001");
    assert_eq!(doc.repaired_from, Some(Misdecoding::MacRoman));
    assert!(doc.text.contains("Battle of Aleppo (مَعْرَكَةُ حَلَبَ)"));
    assert!(doc.text.contains("Battle of Aleppo (2012–2016)"));
    assert!(!doc.text.contains("‚Äì"), "no mojibake left");
}

#[test]
fn clean_documents_are_unchanged_byte_for_byte() {
    let corpus = builtin::corpus().expect("corpus");
    for (id, file) in [
        ("rferl-2016-12-22", "002_bc382a7f8ef03c76.txt"),
        ("reuters-2016-12-22", "003_900818fe0882e21f.txt"),
        ("commentary-2016-12-14", "004_ce3d9bb418826646.txt"),
    ] {
        let doc = corpus.get(id).expect(id);
        assert_eq!(doc.repaired_from, None, "{id}");
        assert_eq!(doc.text.as_bytes(), raw(file).as_bytes(), "{id}");
    }
}

#[test]
fn front_matter_metadata_is_read() {
    let corpus = builtin::corpus().expect("corpus");
    let doc = corpus.get("wp-offensive-2016").expect("000");
    let fm = doc.front_matter.as_ref().expect("front matter");
    assert_eq!(fm.author.as_deref(), Some("Wikipedia"));
    assert_eq!(
        fm.subject.as_deref(),
        Some("Aleppo offensive (November–December 2016)")
    );
    assert!(fm.tags.len() > 2);
}

#[test]
fn non_prose_is_never_offered_as_a_passage() {
    let corpus = builtin::corpus().expect("corpus");
    for doc in &corpus.documents {
        for needle in [
            "[object Object]",
            "Accessibility links",
            "![",
            "© REUTERS",
            "16x9 Image",
            "## ",
        ] {
            let mut from = 0;
            while let Some(i) = doc.text[from..].find(needle) {
                let at = from + i;
                assert!(
                    !doc.is_prose(&(at..at + needle.len())),
                    "{}: {needle:?} at {at} is marked as prose",
                    doc.id()
                );
                from = at + needle.len();
            }
        }
    }
    let doc = corpus.get("wp-offensive-2016").expect("000");
    let s = "On 16 November the Syrian Army";
    let at = doc.text.find(s).expect("sentence");
    assert!(doc.is_prose(&(at..at + s.len())));
}
