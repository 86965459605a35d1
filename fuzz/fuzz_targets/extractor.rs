//! The extractor (src/extract) on any document, against the built-in layer and lexicon.
#![no_main]
use atlas_core::extract::{extract, lexicon::Lexicon};
use atlas_core::model::{builtin, DistrictLayer, SourceDocument, SourceMeta};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn parts() -> &'static Option<(DistrictLayer, Lexicon)> {
    static PARTS: OnceLock<Option<(DistrictLayer, Lexicon)>> = OnceLock::new();
    PARTS.get_or_init(|| Some((builtin::districts().ok()?, Lexicon::builtin().ok()?)))
}

fuzz_target!(|data: &[u8]| {
    if let (Ok(text), Some((layer, lexicon))) = (std::str::from_utf8(data), parts()) {
        let doc = SourceDocument::from_text(SourceMeta::default(), text);
        for c in extract(&doc, layer, lexicon) {
            let _ = c.to_raw_event("fuzz");
        }
    }
});
