//! Source documents (mojibake repair, front matter, non-prose marking) and the sources manifest.
#![no_main]
use atlas_core::model::source::parse_manifest;
use atlas_core::model::{SourceDocument, SourceMeta};
use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let doc = SourceDocument::from_text(SourceMeta::default(), text);
        let n = doc.text.len();
        let _ = doc.is_prose(&(n / 3..n / 2));
        let _ = doc.paragraph_around(&(n / 2..n / 2));
        let _ = parse_manifest(Path::new("sources.json"), text);
    }
});
