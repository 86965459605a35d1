//! Control areas over time: polygons of who holds what, one snapshot per day, as the best-known war
//! maps publish them (DeepStateMap's daily occupied-territory files, ISW's and Liveuamap's control
//! layers). Read from one GeoJSON whose features carry a date (and a controller) ([`read_file`]) or
//! from a folder of GeoJSON files with the date in their names ([`read_folder`]); each snapshot keeps
//! its polygons per controller and their geodesic areas, computed once at load. The snapshot shown on
//! a day is the latest on or before it ([`ControlAreas::snapshot_at`]).

mod dates;
mod district_shares;
mod features;
mod read_file;
mod read_folder;
#[cfg(test)]
mod tests;

pub use dates::{day_in_file_name, day_in_value};
pub use district_shares::{
    district_shares, district_shares_cancellable, DistrictShares, FULL_SHARE, LEAST_SHARE,
};
pub use features::{is_controller_key, is_date_key};

use super::error::LoadError;
use super::progress::ReadWatch;
use chrono::NaiveDate;
use geo::MultiPolygon;
use std::path::{Path, PathBuf};

/// The most snapshot files a folder may hold (ten years of days, twice over).
pub const MAX_SNAPSHOT_FILES: usize = 8_000;
/// One snapshot file, or one GeoJSON of dated features, at most this large.
pub const MAX_FILE_BYTES: u64 = 256_000_000;
/// All the files of a folder together at most this large (their polygons are kept in memory: about
/// 0.8 byte per byte of GeoJSON text).
pub const MAX_FOLDER_BYTES: u64 = 4_000_000_000;

/// How to read control areas: the controller of files that name none.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ControlAreaOptions {
    /// The controller of every area when the files name none (`--area-controller`); also used when
    /// they do not.
    pub controller: Option<String>,
}

/// The area one controller holds in one snapshot.
#[derive(Debug, Clone)]
pub struct ControlArea {
    pub controller: String,
    /// Outer rings counter-clockwise, holes clockwise (longitude/latitude, WGS84).
    pub geometry: MultiPolygon<f64>,
    /// Geodesic area in km² (on the WGS84 ellipsoid).
    pub area_km2: f64,
}

/// The control areas of one day.
#[derive(Debug, Clone)]
pub struct Snapshot {
    pub day: NaiveDate,
    /// The file it was read from (the source of what it shows).
    pub file: PathBuf,
    /// One area per controller, sorted by controller.
    pub areas: Vec<ControlArea>,
}

impl Snapshot {
    /// km² the controller holds in this snapshot (0 when it holds none).
    pub fn km2_of(&self, controller: &str) -> f64 {
        self.areas
            .iter()
            .find(|a| a.controller == controller)
            .map_or(0.0, |a| a.area_km2)
    }
}

/// Every snapshot read from a file or folder, sorted by day (one per day).
#[derive(Debug, Clone, Default)]
pub struct ControlAreas {
    /// The file or folder opened.
    pub path: PathBuf,
    pub snapshots: Vec<Snapshot>,
    /// What reading took care of (property choices, skipped files), for the import report.
    pub notes: Vec<String>,
    /// Areas whose file named no controller (and none was given): shown as "control area".
    pub unnamed_areas: usize,
}

impl ControlAreas {
    /// Reads a folder of dated snapshot files, or one GeoJSON of dated features.
    pub fn load(path: &Path, options: &ControlAreaOptions) -> Result<Self, LoadError> {
        Self::load_watched(path, options, &ReadWatch::default())
    }

    /// [`ControlAreas::load`], counting the bytes read into `watch` and stopping with an error once
    /// `watch` is cancelled.
    pub fn load_watched(
        path: &Path,
        options: &ControlAreaOptions,
        watch: &ReadWatch,
    ) -> Result<Self, LoadError> {
        let meta = std::fs::metadata(path).map_err(|e| LoadError::io(path, e))?;
        if meta.is_dir() {
            read_folder::read_folder(path, options, watch)
        } else {
            read_file::read_dated_file(path, options, watch)
        }
    }

    /// The snapshot shown on `day`: the latest on or before it (None before the first).
    pub fn snapshot_at(&self, day: NaiveDate) -> Option<&Snapshot> {
        let after = self.snapshots.partition_point(|s| s.day <= day);
        after.checked_sub(1).map(|i| &self.snapshots[i])
    }

    /// Every controller named in any snapshot, sorted.
    pub fn controllers(&self) -> Vec<String> {
        let mut all: Vec<String> = self
            .snapshots
            .iter()
            .flat_map(|s| s.areas.iter().map(|a| a.controller.clone()))
            .collect();
        all.sort();
        all.dedup();
        all
    }

    /// The first and last days with a snapshot.
    pub fn span(&self) -> Option<(NaiveDate, NaiveDate)> {
        Some((self.snapshots.first()?.day, self.snapshots.last()?.day))
    }

    /// A line for the import report: how many snapshots, over which days, from which file or folder.
    pub fn summary(&self) -> String {
        let name = self.path.file_name().map_or_else(
            || self.path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        match self.span() {
            Some((first, last)) => format!(
                "control areas from {name}: {} snapshots, {first} to {last}, controllers: {}",
                self.snapshots.len(),
                self.controllers().join(", ")
            ),
            None => format!("control areas from {name}: no snapshots"),
        }
    }

    /// Sorts by day and refuses two snapshots of one day (naming both files).
    fn sorted(mut self) -> Result<Self, LoadError> {
        self.snapshots
            .sort_by(|a, b| a.day.cmp(&b.day).then_with(|| a.file.cmp(&b.file)));
        for pair in self.snapshots.windows(2) {
            if pair[0].day == pair[1].day && pair[0].file != pair[1].file {
                return Err(LoadError::one(
                    &pair[1].file,
                    "file name",
                    "",
                    format!(
                        "is a second snapshot of {} (also {}): keep one file per day",
                        pair[1].day,
                        pair[0].file.display()
                    ),
                ));
            }
        }
        Ok(self)
    }
}

/// The areas of one snapshot from its features' (controller, polygons): one area per controller
/// (several features of one controller united, so that no ground is counted twice), each with its
/// geodesic area, sorted by controller.
fn areas_from(mut parts: Vec<(String, MultiPolygon<f64>)>) -> Vec<ControlArea> {
    use geo::GeodesicArea;
    parts.sort_by(|a, b| a.0.cmp(&b.0));
    let mut areas: Vec<ControlArea> = Vec::new();
    let mut rest = parts.into_iter().peekable();
    while let Some((controller, first)) = rest.next() {
        let mut same = vec![first];
        while let Some((_, more)) = rest.next_if(|(c, _)| *c == controller) {
            same.push(more);
        }
        let geometry = if same.len() == 1 {
            same.pop().unwrap_or_else(|| MultiPolygon::new(Vec::new()))
        } else {
            let polygons: Vec<geo::Polygon<f64>> = same.into_iter().flat_map(|m| m.0).collect();
            geo::unary_union(&polygons)
        };
        let area_km2 = geometry.geodesic_area_unsigned() / 1e6;
        areas.push(ControlArea {
            controller,
            geometry,
            area_km2,
        });
    }
    areas
}
