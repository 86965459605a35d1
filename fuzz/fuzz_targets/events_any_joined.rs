//! Any events format, detected by content, then joined to the built-in layer and sources: the join
//! slices documents at the offsets and locates quotes, so it must survive any file.
#![no_main]
use atlas_core::join::Dataset;
use atlas_core::model::{builtin, Corpus, DistrictLayer, EventsFile};
use libfuzzer_sys::fuzz_target;
use std::path::Path;
use std::sync::OnceLock;

fn parts() -> &'static (DistrictLayer, Corpus) {
    static PARTS: OnceLock<(DistrictLayer, Corpus)> = OnceLock::new();
    PARTS.get_or_init(|| {
        (
            builtin::districts().unwrap_or_default(),
            builtin::corpus().unwrap_or_default(),
        )
    })
}

fuzz_target!(|data: &[u8]| {
    let (layer, corpus) = parts();
    if let Ok(events) = EventsFile::from_bytes_any(Path::new("fuzz"), data, layer) {
        let _ = Dataset::assemble(layer.clone(), events, corpus.clone(), None);
    }
});
