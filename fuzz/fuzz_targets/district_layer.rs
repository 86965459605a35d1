//! The GeoJSON district layer loader, with detected property names, and the point lookup.
#![no_main]
use atlas_core::model::DistrictLayer;
use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(layer) = DistrictLayer::from_geojson(Path::new("fuzz.geojson"), text) {
            let _ = layer.district_at(37.15, 36.2);
            let _ = layer.resolve("Hanano");
            let _ = layer.closest_names("x", 3);
        }
    }
});
