//! One GeoJSON whose features each carry a day (and a controller): features grouped by day into
//! snapshots. The day's property is chosen by its content (see [`super::features::date_key`]).

use super::features::{area_part, controller_key, date_key, features_of, properties_of};
use super::{areas_from, ControlAreaOptions, ControlAreas, Snapshot, MAX_FILE_BYTES};
use crate::model::error::{parse_json, text_from_bytes, LoadError, Problem, Problems};
use crate::model::progress::{ReadWatch, WatchedReader};
use crate::model::read_file::open_bounded;
use chrono::NaiveDate;
use geo::MultiPolygon;
use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;

/// The controller of areas whose file names none and for which none was given.
pub const UNNAMED_CONTROLLER: &str = "control area";

/// Reads a file's bytes, bounded, counting them into `watch`.
pub(super) fn read_bounded(path: &Path, watch: &ReadWatch) -> Result<String, LoadError> {
    let reader = open_bounded(
        path,
        MAX_FILE_BYTES,
        "control-area files",
        "; split it into one file per day",
    )?;
    let mut bytes = Vec::new();
    WatchedReader::new(reader, watch)
        .read_to_end(&mut bytes)
        .map_err(|e| LoadError::io(path, e))?;
    text_from_bytes(path, bytes)
}

/// One file of dated features.
pub(super) fn read_dated_file(
    path: &Path,
    options: &ControlAreaOptions,
    watch: &ReadWatch,
) -> Result<ControlAreas, LoadError> {
    watch.start(std::fs::metadata(path).map_or(0, |m| m.len()));
    let text = read_bounded(path, watch)?;
    let mut features = features_of(path, parse_json(path, &text)?)?;
    drop(text);
    let Some(day_key) = date_key(&features) else {
        return Err(no_dates(path, &features));
    };
    let mut notes = vec![format!(
        "{}: the day of each area from the property \"{day_key}\"",
        path.display()
    )];
    let controller_key = controller_key(&features);
    let cancelled = || watch.is_cancelled();
    let mut problems = Problems::default();
    let mut by_day: BTreeMap<NaiveDate, Vec<(String, MultiPolygon<f64>)>> = BTreeMap::new();
    let mut unnamed = 0usize;
    for (index, feature) in features.iter_mut().enumerate() {
        if cancelled() {
            return Err(LoadError::io(
                path,
                std::io::Error::other(crate::model::progress::CANCELLED),
            ));
        }
        let place = format!("feature {index}");
        let day = properties_of(feature)
            .and_then(|p| p.get(&day_key))
            .and_then(super::day_in_value);
        let Some(day) = day else {
            problems.push(Problem::new(
                &place,
                format!("properties.{day_key}"),
                "is missing: every area needs its day",
            ));
            continue;
        };
        let names = (controller_key.as_deref(), options.controller.as_ref());
        match area_part(feature, &place, names, &mut unnamed, &cancelled) {
            Ok(part) => by_day.entry(day).or_default().push(part),
            Err(found) => found.into_iter().for_each(|p| problems.push(p)),
        }
    }
    problems.into_result(path)?;
    notes.extend(unnamed_note(path, unnamed));
    let snapshots = by_day
        .into_iter()
        .map(|(day, parts)| Snapshot {
            day,
            file: path.to_path_buf(),
            areas: areas_from(parts),
        })
        .collect();
    ControlAreas {
        path: path.to_path_buf(),
        snapshots,
        notes,
        unnamed_areas: unnamed,
    }
    .sorted()
}

/// The note for areas shown under [`UNNAMED_CONTROLLER`].
pub(super) fn unnamed_note(path: &Path, count: usize) -> Option<String> {
    (count > 0).then(|| {
        format!(
            "{}: {count} area(s) name no controller: shown as \"{UNNAMED_CONTROLLER}\" (give --area-controller NAME)",
            path.display()
        )
    })
}

/// The error for a file no property of which gives days.
fn no_dates(path: &Path, features: &[serde_json::Value]) -> LoadError {
    let mut keys: Vec<&String> = features
        .iter()
        .filter_map(properties_of)
        .flat_map(|p| p.keys())
        .collect();
    keys.sort();
    keys.dedup();
    let listed = if keys.is_empty() {
        "its features have no properties".to_string()
    } else {
        let names: Vec<&str> = keys.iter().take(20).map(|k| k.as_str()).collect();
        format!("the properties are: {}", names.join(", "))
    };
    LoadError::one(
        path,
        "top level",
        "properties",
        format!(
            "no property gives the day of each area ({listed}); open a folder of files with the day in their names (…_20250801.geojson) instead"
        ),
    )
}
