//! The ACLED export reader, joined to the built-in layer by name and by point.
#![no_main]
use atlas_core::model::{acled, builtin, DistrictLayer};
use libfuzzer_sys::fuzz_target;
use std::path::Path;
use std::sync::OnceLock;

fn layer() -> &'static DistrictLayer {
    static LAYER: OnceLock<DistrictLayer> = OnceLock::new();
    LAYER.get_or_init(|| builtin::districts().unwrap_or_default())
}

fuzz_target!(|data: &[u8]| {
    let _ = acled::from_reader(Path::new("fuzz.csv"), data, layer());
});
