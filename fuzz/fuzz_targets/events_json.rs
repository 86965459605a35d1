//! The events JSON loader (the one-pass reader and the event-by-event re-read on errors).
#![no_main]
use atlas_core::model::EventsFile;
use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = EventsFile::from_json(Path::new("fuzz.json"), text);
    }
});
