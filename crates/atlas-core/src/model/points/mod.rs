//! Dated points: a layer of places, each with a day or a range of days, a category (an event type, a
//! damage class), its properties and notes — ACLED's every row, a damage survey, a demolition list.
//! Read from a GeoJSON of points ([`geojson_points`]) or an ACLED export ([`acled_points`]), judged by
//! content ([`PointLayer::load`]); what each day shows is [`query`]'s. Rows that cannot be placed or
//! dated are left out and listed in the layer's [`PointsReport`] with their row or feature and why.

pub mod acled_points;
pub mod dates;
pub mod geojson_points;
pub mod query;

use super::error::{limits, LoadError, Problem};
use super::progress::ReadWatch;
use chrono::NaiveDate;
use std::path::{Path, PathBuf};

pub use query::{bin_positions, points_at, Bin, PointFilter, Window};

/// One dated place.
#[derive(Debug, Clone, PartialEq)]
pub struct DatedPoint {
    pub lon: f64,
    pub lat: f64,
    /// The first and last day it may date from.
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// Index into [`PointLayer::categories`].
    pub category: u16,
    /// Who (ACLED's actor1 and actor2; empty elsewhere), for the actor filter.
    pub actors: String,
    /// ACLED's fatalities (None elsewhere, or when not a number).
    pub fatalities: Option<u32>,
    /// Where in the file it came from: "line 12", "feature 4".
    pub place: String,
    /// Every property as written (name, value), in the file's order.
    pub properties: Vec<(String, String)>,
    /// The notes (ACLED's `notes`, a `description`…), shown as the point's passage.
    pub notes: String,
}

impl DatedPoint {
    /// A point of one day with nothing else known (synthetic data, tests, benchmarks).
    pub fn on_day(lon: f64, lat: f64, day: NaiveDate, category: u16) -> Self {
        Self {
            lon,
            lat,
            from: day,
            to: day,
            category,
            actors: String::new(),
            fatalities: None,
            place: String::new(),
            properties: Vec::new(),
            notes: String::new(),
        }
    }
}

/// Which reader read a points file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PointsFormat {
    GeoJson,
    Acled,
}

/// What came in from a points file and what was left out.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PointsReport {
    /// Rows or point positions read.
    pub rows: usize,
    /// Points kept.
    pub kept: usize,
    /// Rows left out (all of them counted, the first [`limits::PROBLEMS_LISTED`] listed).
    pub refused: usize,
    pub refused_listed: Vec<Problem>,
}

impl PointsReport {
    fn refuse(&mut self, problem: Problem) {
        self.refused += 1;
        if self.refused_listed.len() < limits::PROBLEMS_LISTED {
            self.refused_listed.push(problem);
        }
    }

    /// The report as lines for a person: counts, then each row left out.
    pub fn lines(&self, layer: &PointLayer) -> Vec<String> {
        let name = layer.path.display();
        let mut lines = vec![format!(
            "{name}: {} points kept of {} read ({} left out); dates from {}, categories from {}",
            self.kept,
            self.rows,
            self.refused,
            layer.date_field,
            layer.category_field.as_deref().unwrap_or("(none)"),
        )];
        lines.extend(
            self.refused_listed
                .iter()
                .map(|p| format!("{name}: {p}: left out")),
        );
        if self.refused > self.refused_listed.len() {
            lines.push(format!(
                "{name}: {} more rows left out, not listed",
                self.refused - self.refused_listed.len()
            ));
        }
        lines
    }
}

/// A layer of dated points, sorted by their first day.
#[derive(Debug, Clone, PartialEq)]
pub struct PointLayer {
    pub path: PathBuf,
    pub format: PointsFormat,
    pub points: Vec<DatedPoint>,
    /// The categories' names, in order of first appearance ("" for a point without one).
    pub categories: Vec<String>,
    /// The property or column the dates came from.
    pub date_field: String,
    /// The property or column the categories came from (None: one category for all).
    pub category_field: Option<String>,
    pub report: PointsReport,
    /// The longest range of days any point spans, for the windowed query.
    longest_span_days: i64,
}

/// Choices the user made for a GeoJSON's properties (None: found by content).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PointsOptions {
    pub date_property: Option<String>,
    pub category_property: Option<String>,
}

impl PointLayer {
    /// Reads a points file, judged by content: an ACLED export (a CSV whose header names
    /// `event_date` and `event_type`) or a GeoJSON FeatureCollection of points.
    pub fn load(path: &Path, options: &PointsOptions) -> Result<Self, LoadError> {
        Self::load_watched(path, options, &ReadWatch::default())
    }

    /// [`PointLayer::load`], counting bytes into `watch` and stopping once it is cancelled.
    pub fn load_watched(
        path: &Path,
        options: &PointsOptions,
        watch: &ReadWatch,
    ) -> Result<Self, LoadError> {
        match super::formats::detect_events_format(path) {
            Ok(super::EventsFormat::Acled) => acled_points::load(path, watch),
            Ok(super::EventsFormat::Json) => geojson_points::load(path, options, watch),
            Ok(super::EventsFormat::Csv) => Err(LoadError::one(
                path,
                "line 1 (the header)",
                "",
                "an events CSV, not points: open it as events; points come from a GeoJSON of points \
                 or an ACLED export",
            )),
            Err(e) => Err(e),
        }
    }

    /// A layer of points made elsewhere (synthetic data, tests, benchmarks), sorted by first day.
    pub fn from_points(path: &Path, points: Vec<DatedPoint>, categories: Vec<String>) -> Self {
        let rows = points.len();
        Self {
            path: path.to_path_buf(),
            format: PointsFormat::GeoJson,
            points,
            categories,
            date_field: "date".into(),
            category_field: None,
            report: PointsReport {
                rows,
                ..PointsReport::default()
            },
            longest_span_days: 0,
        }
        .finish()
    }

    /// Puts the points in order of their first day and records the longest span.
    fn finish(mut self) -> Self {
        self.points.sort_by_key(|p| p.from);
        self.longest_span_days = self
            .points
            .iter()
            .map(|p| (p.to - p.from).num_days())
            .max()
            .unwrap_or(0);
        self.report.kept = self.points.len();
        self
    }

    /// The first and last day of any point.
    pub fn days(&self) -> Option<(NaiveDate, NaiveDate)> {
        let first = self.points.first()?.from;
        let last = self.points.iter().map(|p| p.to).max()?;
        Some((first, last))
    }

    /// The name of a category.
    pub fn category_name(&self, category: u16) -> &str {
        self.categories
            .get(usize::from(category))
            .map_or("", String::as_str)
    }

    /// How many points each category has, in the order of [`PointLayer::categories`].
    pub fn category_counts(&self) -> Vec<usize> {
        let mut counts = vec![0; self.categories.len()];
        for p in &self.points {
            if let Some(c) = counts.get_mut(usize::from(p.category)) {
                *c += 1;
            }
        }
        counts
    }
}

/// Categories numbered in order of first appearance.
#[derive(Debug, Default)]
struct CategoryNumbers {
    names: Vec<String>,
    numbers: std::collections::HashMap<String, u16>,
}

/// At most this many categories are told apart; the rest share the last ("other").
const MOST_CATEGORIES: usize = 64;

impl CategoryNumbers {
    fn number(&mut self, name: &str) -> u16 {
        if let Some(&n) = self.numbers.get(name) {
            return n;
        }
        if self.names.len() >= MOST_CATEGORIES {
            return self.number("(other)");
        }
        let n = u16::try_from(self.names.len()).unwrap_or(u16::MAX);
        self.names.push(name.to_string());
        self.numbers.insert(name.to_string(), n);
        n
    }
}

/// A longitude and latitude that are numbers and on the Earth; Err says what is wrong.
fn checked_position(lon: f64, lat: f64) -> Result<(f64, f64), String> {
    let shown = |v: f64| {
        if v.abs() < 1e6 {
            v.to_string()
        } else {
            format!("{v:e}")
        }
    };
    let pair = format!("[{}, {}]", shown(lon), shown(lat));
    if !lon.is_finite() || !lat.is_finite() {
        return Err(format!("{pair} is not a pair of finite numbers"));
    }
    if !(-180.0..=180.0).contains(&lon) || !(-90.0..=90.0).contains(&lat) {
        return Err(format!("{pair} is not a longitude and latitude in range"));
    }
    Ok((lon, lat))
}
