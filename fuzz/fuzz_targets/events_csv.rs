//! The project's events CSV reader (any bytes: BOM, bad UTF-8, ragged rows).
#![no_main]
use atlas_core::model::events_csv;
use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    let _ = events_csv::from_reader(Path::new("fuzz.csv"), data);
});
