//! A folder of GeoJSON files, one per day, the day in each file's name (`…_20250801.geojson`), as
//! DeepStateMap's archives are. Read as a stream: the files are listed (at most
//! [`MAX_SNAPSHOT_FILES`], [`MAX_FOLDER_BYTES`] in all), each must resolve inside the folder, and each
//! is read (at most [`MAX_FILE_BYTES`]), turned into its polygons and dropped before the next, on all
//! cores; only the polygons stay.

use super::features::{area_part, controller_key, features_of};
use super::read_file::{read_bounded, unnamed_note};
use super::{
    areas_from, ControlAreaOptions, ControlAreas, Snapshot, MAX_FOLDER_BYTES, MAX_SNAPSHOT_FILES,
};
use crate::model::confine::confined_file;
use crate::model::error::{parse_json, LoadError, Problem, Problems};
use crate::model::progress::ReadWatch;
use chrono::NaiveDate;
use rayon::prelude::*;
use std::path::{Path, PathBuf};

/// One file of the folder to read, with its day.
struct DatedFile {
    day: NaiveDate,
    path: PathBuf,
    bytes: u64,
}

/// Reads every dated GeoJSON file of `folder`.
pub(super) fn read_folder(
    folder: &Path,
    options: &ControlAreaOptions,
    watch: &ReadWatch,
) -> Result<ControlAreas, LoadError> {
    let (files, skipped) = list(folder)?;
    let total: u64 = files.iter().map(|f| f.bytes).sum();
    if total > MAX_FOLDER_BYTES {
        return Err(LoadError::one(
            folder,
            "folder",
            "",
            format!(
                "its snapshot files hold {} MB; at most {} MB are read: open a shorter span of days",
                total / 1_000_000,
                MAX_FOLDER_BYTES / 1_000_000
            ),
        ));
    }
    watch.start(total);
    let read: Vec<Result<(Snapshot, usize), LoadError>> = files
        .par_iter()
        .map(|file| read_snapshot(file, options, watch))
        .collect();
    let mut snapshots = Vec::with_capacity(read.len());
    let mut unnamed = 0;
    for result in read {
        let (snapshot, without_controller) = result?;
        unnamed += without_controller;
        snapshots.push(snapshot);
    }
    let mut notes = Vec::new();
    if skipped > 0 {
        notes.push(format!(
            "{}: {} not .geojson or .json left out",
            folder.display(),
            match skipped {
                1 => "1 entry that is".to_string(),
                n => format!("{n} entries that are"),
            }
        ));
    }
    notes.extend(unnamed_note(folder, unnamed));
    ControlAreas {
        path: folder.to_path_buf(),
        snapshots,
        notes,
        unnamed_areas: unnamed,
    }
    .sorted()
}

/// The folder's GeoJSON files with their days, sorted by day, and how many other entries it has.
/// Every problem (no day in a name, a link leaving the folder) is named.
fn list(folder: &Path) -> Result<(Vec<DatedFile>, usize), LoadError> {
    let entries = std::fs::read_dir(folder).map_err(|e| LoadError::io(folder, e))?;
    let mut files = Vec::new();
    let mut skipped = 0;
    let mut problems = Problems::default();
    for entry in entries {
        let entry = entry.map_err(|e| LoadError::io(folder, e))?;
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        let is_geojson = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| e.eq_ignore_ascii_case("geojson") || e.eq_ignore_ascii_case("json"));
        if !is_geojson {
            skipped += 1;
            continue;
        }
        if files.len() >= MAX_SNAPSHOT_FILES {
            return Err(LoadError::one(
                folder,
                "folder",
                "",
                format!("holds more than {MAX_SNAPSHOT_FILES} snapshot files: open a shorter span of days"),
            ));
        }
        if let Err(why) = confined_file(folder, "the folder", &path) {
            problems.push(Problem::new(&name, "", why));
            continue;
        }
        let Some(day) = super::day_in_file_name(&name) else {
            problems.push(Problem::new(
                &name,
                "file name",
                "carries no day: name each file with its day (…_20250801.geojson or …_2025-08-01.geojson)",
            ));
            continue;
        };
        let bytes = std::fs::metadata(&path).map_or(0, |m| m.len());
        files.push(DatedFile { day, path, bytes });
    }
    problems.into_result(folder)?;
    if files.is_empty() {
        return Err(LoadError::one(
            folder,
            "folder",
            "",
            "holds no .geojson or .json snapshot files",
        ));
    }
    files.sort_by(|a, b| a.day.cmp(&b.day).then_with(|| a.path.cmp(&b.path)));
    Ok((files, skipped))
}

/// One snapshot file: its areas by controller, and how many features named no controller.
fn read_snapshot(
    file: &DatedFile,
    options: &ControlAreaOptions,
    watch: &ReadWatch,
) -> Result<(Snapshot, usize), LoadError> {
    let path = file.path.as_path();
    let text = read_bounded(path, watch)?;
    let mut features = features_of(path, parse_json(path, &text)?)?;
    drop(text);
    let key = controller_key(&features);
    let cancelled = || watch.is_cancelled();
    let mut problems = Problems::default();
    let mut parts = Vec::with_capacity(features.len());
    let mut unnamed = 0;
    for (index, feature) in features.iter_mut().enumerate() {
        let place = format!("feature {index}");
        let names = (key.as_deref(), options.controller.as_ref());
        match area_part(feature, &place, names, &mut unnamed, &cancelled) {
            Ok(part) => parts.push(part),
            Err(found) => found.into_iter().for_each(|p| problems.push(p)),
        }
    }
    if cancelled() {
        return Err(LoadError::io(
            path,
            std::io::Error::other(crate::model::progress::CANCELLED),
        ));
    }
    problems.into_result(path)?;
    if parts.is_empty() {
        return Err(LoadError::one(
            path,
            "top level",
            "features",
            "has no areas",
        ));
    }
    let snapshot = Snapshot {
        day: file.day,
        file: file.path.clone(),
        areas: areas_from(parts),
    };
    Ok((snapshot, unnamed))
}
