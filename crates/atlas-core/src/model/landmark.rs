//! Landmarks drawn for orientation (the Citadel, the river, the airport): never coloured by control.

use super::error::{parse_json, LoadError, Problem};
use geo::Geometry;
use geojson::Feature;
use std::path::Path;

#[derive(Debug, Clone)]
pub struct Landmark {
    pub id: String,
    pub name: String,
    pub name_ar: Option<String>,
    /// "citadel", "river", "airport", …
    pub kind: String,
    /// How the shape was made (taken from the reference, drawn by hand, …).
    pub how_made: Option<String>,
    pub geometry: Geometry<f64>,
}

/// Parses a GeoJSON FeatureCollection of landmarks.
pub fn landmarks_from_geojson(path: &Path, text: &str) -> Result<Vec<Landmark>, LoadError> {
    let value = parse_json(path, text)?;
    let features = value
        .get("features")
        .and_then(|f| f.as_array())
        .ok_or_else(|| LoadError::one(path, "top level", "features", "missing, or not a list"))?;
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for (i, raw) in features.iter().enumerate() {
        let place = format!("feature {i}");
        let feature = match Feature::from_json_value(raw.clone()) {
            Ok(f) => f,
            Err(e) => {
                problems.push(Problem::new(&place, "", e.to_string()));
                continue;
            }
        };
        let prop = |k: &str| {
            feature
                .property(k)
                .and_then(|v| v.as_str())
                .map(str::to_string)
        };
        let Some(geometry) = feature
            .geometry
            .clone()
            .and_then(|g| Geometry::<f64>::try_from(g.value).ok())
        else {
            problems.push(Problem::new(
                &place,
                "geometry",
                "missing or not convertible",
            ));
            continue;
        };
        out.push(Landmark {
            id: prop("id").unwrap_or_else(|| format!("landmark-{i}")),
            name: prop("name").unwrap_or_default(),
            name_ar: prop("name_ar"),
            kind: prop("kind").unwrap_or_default(),
            how_made: prop("how_made"),
            geometry,
        });
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(LoadError::invalid(path, problems))
    }
}

/// The built-in landmarks.
pub fn builtin() -> Result<Vec<Landmark>, LoadError> {
    landmarks_from_geojson(
        Path::new("built-in data/landmarks.geojson"),
        super::builtin::LANDMARKS_GEOJSON,
    )
}
