//! The extractor measured, not asserted: precision and recall against the curated events on the five
//! documents (per document, [`curated`]), and against the expected events of every set of reports
//! written for it ([`held_out`], each set at the floor [`levels`] records). [`corpora`] checks that
//! those sets and every candidate quote their documents. A change that lowers a level fails here.
//!
//! The curated events file records for each event whether the extractor finds it
//! (`extractor_finds`); after a change to the rules, regenerate it with
//! `UPDATE_EXTRACTOR_FINDS=1 cargo test -p atlas-core --test it extract`.

mod corpora;
mod curated;
mod held_out;
mod levels;

use atlas_core::extract::{Candidate, Lexicon};
use atlas_core::model::{builtin, Corpus, DistrictLayer};
use atlas_dev::score::{table, Report, Score};
use std::path::PathBuf;

pub(super) fn root() -> PathBuf {
    crate::repo()
}

pub(super) fn layer() -> DistrictLayer {
    builtin::districts().expect("built-in layer")
}

/// The built-in lexicon, compiled once for every test of the binary (its thousands of phrases in
/// 28 languages are not compiled again for each held-out set).
pub(super) fn lexicon() -> &'static Lexicon {
    static LEXICON: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
    LEXICON.get_or_init(|| Lexicon::builtin().expect("built-in lexicon"))
}

pub(super) fn ids(corpus: &Corpus) -> Vec<String> {
    corpus.documents.iter().map(|d| d.meta.id.clone()).collect()
}

pub(super) fn precision(s: &Score) -> f64 {
    s.precision().unwrap_or(1.0)
}

pub(super) fn recall(s: &Score) -> f64 {
    s.recall().unwrap_or(1.0)
}

/// What went wrong, for a failure message.
pub(super) fn details(report: &Report, candidates: &[Candidate]) -> String {
    let mut out = table(report);
    out.push_str("candidates matching no expected event:\n");
    for &i in &report.wrong {
        let c = &candidates[i];
        out.push_str(&format!(
            "  {} {} {:?} → {} ({}): {:?}\n",
            c.passage.document,
            c.date.day,
            c.districts(),
            c.controller,
            c.extent.label(),
            c.passage.quote
        ));
    }
    out.push_str("expected events not found:\n");
    for (id, doc) in &report.missed {
        out.push_str(&format!("  {doc}: {id}\n"));
    }
    out
}

/// Prints `why` (the wrong candidates and the missed events) when `EXTRACT_DETAILS=1`.
pub(super) fn print_details(why: &str) {
    if std::env::var("EXTRACT_DETAILS").is_ok_and(|v| v == "1") {
        println!("{why}");
    }
}
