//! Which format an events file is in, judged by its content (never by its name), and loading any of
//! them: the project's JSON (starts with `{`), the project's CSV (a header naming `date`, `district`,
//! `controller`…), or an ACLED export (a header naming `event_date`, `event_type`…). And what part of the
//! data any file a user opens is ([`DataFileKind`]).

use super::district::DistrictLayer;
use super::error::{limits, LoadError};
use super::event::{EventsFile, EventsFormat};
use super::progress::{ReadWatch, WatchedReader};
use super::read_file::{open_bounded, open_regular, BoundedReader};
use super::{acled, events_csv};
use std::io::Read;
use std::path::Path;

/// How much of the file is looked at to judge its format.
const SNIFF_BYTES: u64 = 64 * 1024;

/// Judges the format of an events file from its first bytes.
pub fn detect_events_format(path: &Path) -> Result<EventsFormat, LoadError> {
    detect_in(path, &head_of(path)?)
}

/// Judges the format from the first bytes of a file; `path` only names it in messages.
pub fn detect_in(path: &Path, head: &[u8]) -> Result<EventsFormat, LoadError> {
    super::read_file::refuse_container(path, head)?;
    let body = head.strip_prefix(b"\xef\xbb\xbf").unwrap_or(head);
    let start = body.iter().position(|b| !b.is_ascii_whitespace());
    let Some(start) = start else {
        // Only blanks so far: the JSON reader names an empty file as such.
        return Ok(EventsFormat::Json);
    };
    if matches!(body[start], b'{' | b'[') {
        return Ok(EventsFormat::Json);
    }
    let line_end = body[start..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(body.len(), |i| start + i);
    let first_line = &body[start..line_end];
    let first_line = match std::str::from_utf8(first_line) {
        Ok(t) => t,
        Err(e) => {
            return Err(LoadError::NotUtf8 {
                path: path.to_path_buf(),
                offset: head.len() - body.len() + start + e.valid_up_to(),
            })
        }
    };
    let names: Vec<String> = first_line
        .split([',', ';', '\t'])
        .map(|n| n.trim().trim_matches('"').trim().to_lowercase())
        .collect();
    let has = |n: &str| names.iter().any(|x| x == n);
    if has("event_id_cnty") || (has("event_date") && (has("event_type") || has("sub_event_type"))) {
        return Ok(EventsFormat::Acled);
    }
    if has("date") && (has("district") || has("controller")) {
        return Ok(EventsFormat::Csv);
    }
    let shown: String = first_line.chars().take(120).collect();
    Err(LoadError::one(
        path,
        "line 1",
        "",
        format!(
            "not an events file: expected the events JSON (starting with {{), a CSV whose header names \
             date, district, controller, extent, source, quote, or an ACLED export (event_date, \
             event_type, …); the first line is: {shown}"
        ),
    ))
}

impl EventsFile {
    /// Loads an events file in any supported format, judged by content. The layer is needed to join an
    /// ACLED export's rows to districts by the point of their coordinates.
    pub fn load_any(path: &Path, layer: &DistrictLayer) -> Result<Self, LoadError> {
        Self::load_any_watched(path, layer, &ReadWatch::default())
    }

    /// [`EventsFile::load_any`], counting the bytes read into `watch` and stopping with an error once
    /// `watch` is cancelled.
    pub fn load_any_watched(
        path: &Path,
        layer: &DistrictLayer,
        watch: &ReadWatch,
    ) -> Result<Self, LoadError> {
        let format = detect_events_format(path)?;
        if format == EventsFormat::Json {
            return Self::load_watched(path, watch);
        }
        let file = open_csv(path)?;
        watch.start(file.get_ref().metadata().map_or(0, |m| m.len()));
        let reader = WatchedReader::new(file, watch);
        match format {
            EventsFormat::Acled => acled::from_reader(path, reader, layer),
            _ => events_csv::from_reader(path, reader),
        }
    }

    /// [`EventsFile::load_any`] on bytes already in memory; `path` only names the file in messages.
    pub fn from_bytes_any(
        path: &Path,
        bytes: &[u8],
        layer: &DistrictLayer,
    ) -> Result<Self, LoadError> {
        let head = &bytes[..bytes.len().min(SNIFF_BYTES as usize)];
        match detect_in(path, head)? {
            EventsFormat::Json => {
                let text = super::error::text_from_bytes(path, bytes.to_vec())?;
                Self::from_json(path, &text)
            }
            EventsFormat::Csv => events_csv::from_reader(path, bytes),
            EventsFormat::Acled => acled::from_reader(path, bytes, layer),
        }
    }
}

/// What part of the data a file or folder a user opens is, judged by its content where the name does not
/// settle it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DataFileKind {
    /// A GeoJSON district layer.
    Districts,
    /// An events file in any supported format.
    Events,
    /// A bundle: a folder of parts, or its manifest.
    Bundle,
    /// A folder of source documents (or its `sources.json`).
    SourcesFolder,
    /// One source document (text or Markdown).
    Document,
    /// Control areas over time: a folder of GeoJSON files with the day in their names.
    ControlAreas,
    /// Dated points: a GeoJSON FeatureCollection whose geometries are mostly Points or MultiPoints.
    Points,
}

impl DataFileKind {
    /// Judges a path: a folder with a `sources.json` or only documents is a sources folder, another folder
    /// a bundle; `.geojson` is a layer; `.txt`/`.md` a document; `.csv` events; a `.json` is a layer when it
    /// is a GeoJSON FeatureCollection, a bundle manifest when its parts are given as paths, the sources
    /// manifest when named so, and otherwise events.
    pub fn of(path: &Path) -> Result<Self, LoadError> {
        let meta = std::fs::metadata(path).map_err(|e| LoadError::io(path, e))?;
        if meta.is_dir() {
            return Ok(Self::of_folder(path));
        }
        super::read_file::refuse_unless_regular(path, &meta)?;
        let head = head_of(path)?;
        super::read_file::refuse_container(path, &head)?;
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_lowercase();
        let extension = path
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or_default()
            .to_lowercase();
        match extension.as_str() {
            _ if name == super::source::SOURCES_MANIFEST => Ok(Self::SourcesFolder),
            _ if name == super::bundle::BUNDLE_MANIFEST => Ok(Self::Bundle),
            // A .geojson is a layer unless its geometries are points or its areas are dated
            // (issue 16).
            "geojson" => Ok(match Self::of_json(&head) {
                Self::Points => Self::Points,
                _ => Self::Districts.or_dated_areas(&head),
            }),
            "txt" | "md" | "markdown" => Ok(Self::Document),
            "csv" | "tsv" => Ok(Self::Events),
            "json" => Ok(Self::of_json(&head).or_dated_areas(&head)),
            _ => Err(LoadError::one(
                path,
                "file name",
                "",
                "not a kind of file Aleppo Atlas opens: open a district layer (.geojson), an events file \
                 (.json or .csv, ACLED exports included), a bundle (folder or bundle.json), a folder of \
                 sources, or a document (.txt, .md)",
            )),
        }
    }

    fn of_folder(dir: &Path) -> Self {
        if dir.join(super::source::SOURCES_MANIFEST).is_file() {
            return Self::SourcesFolder;
        }
        if !dir.join(super::bundle::BUNDLE_MANIFEST).is_file() && all_geojson_dated(dir) {
            return Self::ControlAreas;
        }
        let only_documents = std::fs::read_dir(dir).is_ok_and(|entries| {
            let mut any = false;
            for entry in entries.filter_map(Result::ok) {
                let path = entry.path();
                let is_document = path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
                    matches!(e.to_lowercase().as_str(), "txt" | "md" | "markdown")
                });
                if path.is_file() && !is_document {
                    return false;
                }
                any |= is_document;
            }
            any
        });
        if only_documents {
            Self::SourcesFolder
        } else {
            Self::Bundle
        }
    }

    /// A district layer whose features (in the first bytes, `head`) carry days is control areas over
    /// time; any other kind stays as it is.
    fn or_dated_areas(self, head: &[u8]) -> Self {
        if self == Self::Districts && dated_areas(head) {
            Self::ControlAreas
        } else {
            self
        }
    }

    /// A JSON file by its first bytes: `"FeatureCollection"` before any `"events": [` makes a layer, and
    /// `"events": "…"` (a path) a bundle manifest.
    fn of_json(head: &[u8]) -> Self {
        let text = String::from_utf8_lossy(head);
        let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        let first = |needle: &str| compact.find(needle);
        let layer = first("\"FeatureCollection\"");
        let events_list = first("\"events\":[");
        let manifest = ["\"districts\":\"", "\"events\":\""]
            .iter()
            .filter_map(|n| first(n))
            .min();
        match (layer, events_list, manifest) {
            (Some(l), e, _) if e.is_none_or(|e| l < e) && mostly_points(&compact) => Self::Points,
            (Some(l), e, _) if e.is_none_or(|e| l < e) => Self::Districts,
            (_, None, Some(_)) => Self::Bundle,
            _ => Self::Events,
        }
    }
}

/// Whether the features in the first bytes of a GeoJSON are dated control areas: every feature's
/// properties there (at least one whole) have a property whose value is a day, the same property in
/// each, and either two different days among them or a property that names a controller beside a
/// day property named so (`date`, `day`, `time`). A district layer with one date stamp on every
/// district (when it was drawn) stays a layer.
fn dated_areas(head: &[u8]) -> bool {
    let text = String::from_utf8_lossy(head);
    let Some(features) = text.find("\"features\"") else {
        return false;
    };
    let mut properties = Vec::new();
    let mut rest = &text[features..];
    while let Some(at) = rest.find("\"properties\"") {
        rest = &rest[at + "\"properties\"".len()..];
        let Some(value) = rest.trim_start().strip_prefix(':') else {
            continue;
        };
        let mut values = serde_json::Deserializer::from_str(value).into_iter::<serde_json::Value>();
        match values.next() {
            Some(Ok(serde_json::Value::Object(map))) => properties.push(map),
            // Cut off by the end of the head, or not an object: the features seen so far judge.
            _ => break,
        }
    }
    // A number such as 20161201 is a day only under a name that says so: ids can look like days.
    let day_keys = |map: &serde_json::Map<String, serde_json::Value>| -> Vec<String> {
        map.iter()
            .filter(|(k, v)| v.is_string() || super::control_areas::is_date_key(k))
            .filter(|(_, v)| super::control_areas::day_in_value(v).is_some())
            .map(|(k, _)| k.clone())
            .collect()
    };
    let Some(first) = properties.first() else {
        return false;
    };
    let shared: Vec<String> = day_keys(first)
        .into_iter()
        .filter(|k| properties.iter().all(|p| day_keys(p).contains(k)))
        .collect();
    let Some(key) = shared.first() else {
        return false;
    };
    let names_controller = properties
        .iter()
        .any(|p| p.keys().any(|k| super::control_areas::is_controller_key(k)));
    let mut days: Vec<_> = properties
        .iter()
        .filter_map(|p| p.get(key).and_then(super::control_areas::day_in_value))
        .collect();
    days.sort_unstable();
    days.dedup();
    days.len() > 1 || (names_controller && super::control_areas::is_date_key(key))
}

/// Whether a folder holds GeoJSON files and every one has a day in its name (daily control areas).
fn all_geojson_dated(dir: &Path) -> bool {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return false;
    };
    let mut any = false;
    for name in entries.filter_map(Result::ok).map(|e| e.file_name()) {
        let name = name.to_string_lossy().to_lowercase();
        if name.ends_with(".geojson") || name.ends_with(".json") {
            if super::control_areas::day_in_file_name(&name).is_none() {
                return false;
            }
            any = true;
        }
    }
    any
}

/// Whether the geometries named in compact GeoJSON (the first 64 kB) are mostly points (issue 16:
/// points files); a layer of polygons with a point or two among them stays a layer.
fn mostly_points(compact: &str) -> bool {
    const POINT: [&str; 2] = ["\"type\":\"Point\"", "\"type\":\"MultiPoint\""];
    const OTHER: [&str; 5] = [
        "\"type\":\"Polygon\"",
        "\"type\":\"MultiPolygon\"",
        "\"type\":\"LineString\"",
        "\"type\":\"MultiLineString\"",
        "\"type\":\"GeometryCollection\"",
    ];
    let count =
        |names: &[&str]| -> usize { names.iter().map(|n| compact.matches(n).count()).sum() };
    let points = count(&POINT);
    points > 0 && points > count(&OTHER)
}

/// A CSV file (events or an ACLED export) opened for streaming, bounded in all and per line.
pub fn open_csv(path: &Path) -> Result<BoundedReader<std::fs::File>, LoadError> {
    let reader = open_bounded(path, limits::CSV_BYTES, "CSV files", "; split it by year")?;
    Ok(reader.with_max_line(limits::CSV_LINE_BYTES))
}

/// The first bytes of a file.
fn head_of(path: &Path) -> Result<Vec<u8>, LoadError> {
    let file = open_regular(path)?;
    let mut head = Vec::new();
    file.take(SNIFF_BYTES)
        .read_to_end(&mut head)
        .map_err(|e| LoadError::io(path, e))?;
    Ok(head)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn detect(text: &str) -> Result<EventsFormat, LoadError> {
        detect_in(Path::new("x"), text.as_bytes())
    }

    #[test]
    fn formats_are_judged_by_content() {
        assert_eq!(
            detect("\n  {\"events\": []}").ok(),
            Some(EventsFormat::Json)
        );
        assert_eq!(
            detect("date,district,controller,extent,source,quote\n").ok(),
            Some(EventsFormat::Csv)
        );
        assert_eq!(
            detect("\u{feff}\"event_id_cnty\",\"event_date\",\"event_type\"\n").ok(),
            Some(EventsFormat::Acled)
        );
        let err = detect("hello,world\n").expect_err("unknown").to_string();
        assert!(
            err.contains("not an events file") && err.contains("hello,world"),
            "{err}"
        );
    }

    #[test]
    fn json_files_are_told_apart_by_content() {
        let of = |text: &str| DataFileKind::of_json(text.as_bytes());
        assert_eq!(
            of("{\"type\": \"FeatureCollection\", \"features\": []}"),
            DataFileKind::Districts
        );
        assert_eq!(
            of("{\"features\": [], \"type\": \"FeatureCollection\"}"),
            DataFileKind::Districts
        );
        assert_eq!(
            of("{\"controllers\": [], \"events\": [{\"id\": \"a\"}]}"),
            DataFileKind::Events
        );
        assert_eq!(
            of("{\"name\": \"x\", \"districts\": \"d.geojson\", \"events\": \"e.csv\"}"),
            DataFileKind::Bundle
        );
        // Broken JSON goes to the events reader, which says what is wrong with it.
        assert_eq!(of("{\"events\": [trunc"), DataFileKind::Events);
    }

    #[test]
    fn dated_areas_are_told_from_district_layers_by_their_features() {
        let collection = |props: &[&str]| {
            let features: Vec<String> = props
                .iter()
                .map(|p| {
                    format!(
                        r#"{{"type":"Feature","properties":{{{p}}},"geometry":{{"type":"Polygon","coordinates":[[[37,36],[37.1,36],[37.1,36.1],[37,36]]]}}}}"#
                    )
                })
                .collect();
            format!(
                r#"{{"type":"FeatureCollection","crs":{{"type":"name","properties":{{"name":"urn:ogc:def:crs:OGC:1.3:CRS84"}}}},"features":[{}]}}"#,
                features.join(",")
            )
        };
        let dated = |props: &[&str]| dated_areas(collection(props).as_bytes());
        // Days that differ, or a controller beside a date: areas over time.
        assert!(dated(&[r#""day":"2025-08-01""#, r#""day":"2025-08-02""#]));
        assert!(dated(&[r#""date":"2016-12-01","controller":"government""#]));
        assert!(dated(&[
            r#""snapshot_date":20161201,"side":"rebels""#,
            r#""snapshot_date":20161202,"side":"army""#
        ]));
        // One stamp on every district, ids that read as days, no day at all: a layer.
        assert!(!dated(&[
            r#""id":"a","edited":"2019-05-01""#,
            r#""id":"b","edited":"2019-05-01""#
        ]));
        assert!(!dated(&[
            r#""code":20161201,"name":"A""#,
            r#""code":20161202,"name":"B""#
        ]));
        assert!(!dated(&[r#""Id":16,"NAME":"Aleppo Citadel""#]));
        assert!(!dated(&[r#""day":"2025-08-01""#, r#""name":"no day""#]));
        // A feature cut off by the end of the head: the whole ones judge.
        let cut = collection(&[r#""day":"2025-08-01""#, r#""day":"2025-08-03""#]);
        assert!(dated_areas(&cut.as_bytes()[..cut.len() - 60]));
        assert!(!dated_areas(
            b"{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":"
        ));
    }

    #[test]
    fn other_files_are_judged_by_name_and_folders_by_what_they_hold() {
        let scratch = tempfile::tempdir().expect("temp dir");
        let dir = scratch.path();
        let docs = dir.join("docs");
        let bundle = dir.join("bundle");
        for d in [&docs, &bundle] {
            std::fs::create_dir_all(d).expect("temp dir");
        }
        let write = |p: &Path, text: &str| std::fs::write(p, text).expect("write");
        write(&docs.join("a.md"), "text");
        write(&bundle.join("districts.geojson"), "{}");
        write(&dir.join("e.csv"), "date,district\n");
        write(&dir.join("map.png"), "");
        let kind = |p: &Path| DataFileKind::of(p).map_err(|e| e.to_string());
        assert_eq!(kind(&docs), Ok(DataFileKind::SourcesFolder));
        assert_eq!(kind(&bundle), Ok(DataFileKind::Bundle));
        assert_eq!(kind(&docs.join("a.md")), Ok(DataFileKind::Document));
        assert_eq!(kind(&dir.join("e.csv")), Ok(DataFileKind::Events));
        let png = kind(&dir.join("map.png")).expect_err("not data");
        let missing = kind(&dir.join("gone.json")).expect_err("missing");
        assert!(
            png.contains("map.png") && png.contains("not a kind of file"),
            "{png}"
        );
        assert!(missing.contains("gone.json"), "{missing}");
    }

    #[test]
    fn a_watched_load_counts_every_byte_and_stops_when_cancelled() {
        let scratch = tempfile::tempdir().expect("temp dir");
        let dir = scratch.path();
        let csv = dir.join("events.csv");
        let mut text = String::from("date,district,controller,extent\n");
        for _ in 0..50_000 {
            text.push_str("2016-11-26,Hanano,government,full\n");
        }
        std::fs::write(&csv, text).expect("write");
        let json = dir.join("events.json");
        let events: Vec<String> = (0..20_000)
            .map(|i| {
                format!(
                    r#"{{"id": "e{i}", "date": "2016-11-26", "districts": ["hanano"], "controller": "government", "extent": "full", "certainty": "reported"}}"#
                )
            })
            .collect();
        std::fs::write(
            &json,
            format!("{{\"events\": [\n{}\n]}}\n", events.join(",\n")),
        )
        .expect("write");
        let layer = DistrictLayer::default();
        for (file, n) in [(&csv, 50_000), (&json, 20_000)] {
            let watch = ReadWatch::default();
            let read = EventsFile::load_any_watched(file, &layer, &watch);
            let cancelled = ReadWatch::default();
            cancelled.cancel();
            let stopped = EventsFile::load_any_watched(file, &layer, &cancelled);
            let name = file.display();
            assert_eq!(read.expect("reads").events.len(), n, "{name}");
            assert_eq!(watch.fraction(), 1.0, "{name}: every byte counted");
            let err = stopped.expect_err("cancelled").to_string();
            assert!(
                err.contains(crate::model::progress::CANCELLED),
                "{name}: {err}"
            );
        }
    }
}
