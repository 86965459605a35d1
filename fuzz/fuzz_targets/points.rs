//! The dated-points readers (issue 16): a GeoJSON of points (dates and categories found by content)
//! and every row of an ACLED export, on the same bytes.
#![no_main]
use atlas_core::model::points::{acled_points, geojson_points, PointsOptions};
use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    let path = Path::new("fuzz.geojson");
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = geojson_points::from_text(path, text, &PointsOptions::default());
    }
    let _ = acled_points::from_reader(Path::new("fuzz.csv"), data);
});
