//! Synthetic bundles for tests and benchmarks (`aleppo-atlas synth`): a grid of districts near Aleppo
//! whose shared edges are jittered so the shapes look drawn, with made-up but pronounceable names, and
//! events spread over the years 2012–2016, each with a passage quoting a line of a made-up report.
//! The same options and seed always write the same bundle, and the bundle passes `check`.

use atlas_core::model::bundle::BUNDLE_MANIFEST;
use atlas_core::model::event::{Passage, RawEvent};
use atlas_core::model::source::{SourceMeta, SOURCES_MANIFEST};
use atlas_core::model::DatePrecision;
use chrono::NaiveDate;
use serde_json::json;
use std::fmt::Write as _;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// What to generate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SynthOptions {
    pub districts: usize,
    pub events: usize,
    pub seed: u64,
}

/// Events per generated report document.
const EVENTS_PER_DOCUMENT: usize = 1000;
/// The largest synthetic layer (a 1000 × 1000 grid).
pub const MAX_DISTRICTS: usize = 1_000_000;
/// The most synthetic events.
pub const MAX_EVENTS: usize = 20_000_000;

/// Why a bundle could not be written.
#[derive(Debug, thiserror::Error)]
pub enum SynthError {
    #[error("{path}: cannot write: {source}", path = .path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: the folder is not empty; give a new or empty folder", path = .path.display())]
    NotEmpty { path: PathBuf },
    #[error("{0}")]
    Options(String),
}

/// The files written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SynthSummary {
    pub manifest: PathBuf,
    pub districts: usize,
    pub events: usize,
    pub documents: usize,
}

/// Writes a synthetic bundle into `dir` (created if missing; it must be empty).
pub fn write_bundle(dir: &Path, options: &SynthOptions) -> Result<SynthSummary, SynthError> {
    if options.districts == 0 || options.districts > MAX_DISTRICTS {
        return Err(SynthError::Options(format!(
            "--districts must be between 1 and {MAX_DISTRICTS}"
        )));
    }
    if options.events > MAX_EVENTS {
        return Err(SynthError::Options(format!(
            "--events must be at most {MAX_EVENTS}"
        )));
    }
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| SynthError::Io { path, source }
    };
    if dir.exists() {
        let mut entries = std::fs::read_dir(dir).map_err(io(dir))?;
        if entries.next().is_some() {
            return Err(SynthError::NotEmpty {
                path: dir.to_path_buf(),
            });
        }
    }
    let sources = dir.join("sources");
    std::fs::create_dir_all(&sources).map_err(io(&sources))?;
    let grid = Grid::new(options.districts, options.seed);
    let path = dir.join("districts.geojson");
    write_file(&path, |w| grid.write_geojson(w)).map_err(io(&path))?;
    let path = dir.join("events.json");
    let documents = write_events(&path, &sources, &grid, options).map_err(io(&path))?;
    let path = sources.join(SOURCES_MANIFEST);
    let metas: Vec<SourceMeta> = (0..documents).map(document_meta).collect();
    write_file(&path, |w| {
        serde_json::to_writer_pretty(&mut *w, &metas).map_err(std::io::Error::other)
    })
    .map_err(io(&path))?;
    let manifest = dir.join(BUNDLE_MANIFEST);
    let value = json!({
        "name": format!("Synthetic: {} districts, {} events (seed {})", options.districts, options.events, options.seed),
        "about": "Written by `aleppo-atlas synth` for tests and benchmarks; the names, events and reports are made up.",
        "districts": "districts.geojson",
        "events": "events.json",
        "sources": "sources",
    });
    write_file(&manifest, |w| {
        serde_json::to_writer_pretty(&mut *w, &value).map_err(std::io::Error::other)
    })
    .map_err(io(&manifest))?;
    Ok(SynthSummary {
        manifest,
        districts: options.districts,
        events: options.events,
        documents,
    })
}

fn write_file(
    path: &Path,
    body: impl FnOnce(&mut BufWriter<std::fs::File>) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let mut w = BufWriter::with_capacity(1 << 20, std::fs::File::create(path)?);
    body(&mut w)?;
    w.flush()
}

fn document_meta(k: usize) -> SourceMeta {
    SourceMeta {
        id: format!("report-{k:05}"),
        file: format!("report-{k:05}.txt"),
        title: format!("Synthetic report {k}"),
        publisher: "Aleppo Atlas synth".into(),
        published: String::new(),
        kind: "synthetic report".into(),
        licence: "CC0".into(),
        attribution: String::new(),
        url: None,
    }
}

/// splitmix64: small, fast, and the same everywhere.
#[derive(Debug, Clone)]
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// A deterministic value in [-1, 1) for a grid point.
fn jitter(seed: u64, a: usize, b: usize, salt: u64) -> f64 {
    let mut r = Rng(seed ^ (a as u64).wrapping_mul(0x1000_0000_01B3) ^ (b as u64) << 32 ^ salt);
    r.unit() * 2.0 - 1.0
}

/// The district grid: `columns × rows` cells, the first `count` of them used.
struct Grid {
    count: usize,
    columns: usize,
    seed: u64,
}

/// Cell size in degrees (about 170 m × 170 m at Aleppo's latitude).
const CELL: f64 = 0.0019;
const ORIGIN: (f64, f64) = (37.05, 36.12);
const SYLLABLES: &[&str] = &[
    "ba", "da", "ha", "ja", "ka", "la", "ma", "na", "ra", "sa", "ta", "za", "bi", "di", "ki", "mi",
    "ri", "si", "nu", "ru",
];
const PREFIXES: &[&str] = &[
    "Bab", "Karm", "Tal", "Ard", "Jisr", "Bustan", "Ain", "Dahret", "Hayy", "Sheikh",
];
const SUFFIXES: &[&str] = &["iyeh", "an", "", "eh"];

impl Grid {
    fn new(count: usize, seed: u64) -> Self {
        let columns = (count as f64).sqrt().ceil().max(1.0) as usize;
        Self {
            count,
            columns,
            seed,
        }
    }

    fn id(i: usize) -> String {
        format!("d{i:06}")
    }

    /// A unique, pronounceable name: the syllables spell the index, so no two names share a key.
    fn name(i: usize) -> String {
        let root = Self::root(i);
        format!(
            "{} {root}{}",
            PREFIXES[i % PREFIXES.len()],
            SUFFIXES[i % SUFFIXES.len()]
        )
    }

    fn root(i: usize) -> String {
        let mut n = i + SYLLABLES.len();
        let mut parts = Vec::new();
        while n > 0 {
            parts.push(SYLLABLES[n % SYLLABLES.len()]);
            n /= SYLLABLES.len();
        }
        let mut root: String = parts.concat();
        if let Some(first) = root.get(..1) {
            root = first.to_uppercase() + &root[1..];
        }
        root
    }

    /// A corner of the grid, jittered (the outer border too, so the layer does not look like a box).
    fn corner(&self, col: usize, row: usize) -> (f64, f64) {
        let x = col as f64 + 0.22 * jitter(self.seed, col, row, 1);
        let y = row as f64 + 0.22 * jitter(self.seed, col, row, 2);
        (ORIGIN.0 + x * CELL, ORIGIN.1 + y * CELL)
    }

    /// The midpoint of the edge from `a` to `b`, pushed sideways by an amount both neighbours agree on.
    fn midpoint(&self, a: (usize, usize), b: (usize, usize)) -> (f64, f64) {
        let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
        let pa = self.corner(lo.0, lo.1);
        let pb = self.corner(hi.0, hi.1);
        let push = 0.12 * jitter(self.seed, lo.0 * 7 + hi.0, lo.1 * 7 + hi.1, 3) * CELL;
        let (dx, dy) = (pb.0 - pa.0, pb.1 - pa.1);
        let len = (dx * dx + dy * dy).sqrt().max(f64::MIN_POSITIVE);
        (
            (pa.0 + pb.0) / 2.0 - dy / len * push,
            (pa.1 + pb.1) / 2.0 + dx / len * push,
        )
    }

    /// The ring of cell `i`: four corners and four edge midpoints, counter-clockwise, closed.
    fn ring(&self, i: usize) -> Vec<(f64, f64)> {
        let (c, r) = (i % self.columns, i / self.columns);
        let corners = [(c, r), (c + 1, r), (c + 1, r + 1), (c, r + 1)];
        let mut ring = Vec::with_capacity(9);
        for k in 0..4 {
            let (a, b) = (corners[k], corners[(k + 1) % 4]);
            ring.push(self.corner(a.0, a.1));
            ring.push(self.midpoint(a, b));
        }
        ring.push(ring[0]);
        ring
    }

    fn write_geojson(&self, w: &mut impl Write) -> std::io::Result<()> {
        writeln!(
            w,
            "{{\"type\":\"FeatureCollection\",\"name\":\"Synthetic districts\",\
             \"attribution\":\"Made up by aleppo-atlas synth\",\"record_start\":\"{START}\",\"features\":["
        )?;
        let mut line = String::with_capacity(1024);
        for i in 0..self.count {
            line.clear();
            let initial = if i % self.columns < self.columns * 3 / 5 {
                "government"
            } else {
                "rebels"
            };
            let _ = write!(
                line,
                "{}{{\"type\":\"Feature\",\"properties\":{{\"id\":\"{}\",\"name\":\"{}\",\"aliases\":[\"al-{}\"],\"initial_controller\":\"{initial}\"}},\"geometry\":{{\"type\":\"Polygon\",\"coordinates\":[[",
                if i == 0 { "" } else { ",\n" },
                Self::id(i),
                Self::name(i),
                Self::root(i),
            );
            for (k, (x, y)) in self.ring(i).iter().enumerate() {
                let _ = write!(line, "{}[{x:.6},{y:.6}]", if k == 0 { "" } else { "," });
            }
            line.push_str("]]}}");
            w.write_all(line.as_bytes())?;
        }
        w.write_all(b"\n]}\n")
    }
}

const START: &str = "2012-07-01";
const CONTROLLERS: &[(&str, &str)] = &[
    ("government", "the army"),
    ("rebels", "rebel fighters"),
    ("kurdish", "Kurdish units"),
    ("isil", "Islamic State fighters"),
];

/// Writes events.json and the report documents they quote; returns how many documents.
fn write_events(
    path: &Path,
    sources: &Path,
    grid: &Grid,
    options: &SynthOptions,
) -> std::io::Result<usize> {
    let start = NaiveDate::from_ymd_opt(2012, 7, 2).unwrap_or_default();
    let span_days = 1634u64; // to 2016-12-22
    let mut rng = Rng(options.seed ^ 0x0A11_E990);
    let mut w = BufWriter::with_capacity(1 << 20, std::fs::File::create(path)?);
    w.write_all(b"{\"about\":\"Synthetic events written by aleppo-atlas synth\",\"events\":[\n")?;
    let documents = options.events.div_ceil(EVENTS_PER_DOCUMENT);
    let mut first = true;
    for k in 0..documents {
        let meta = document_meta(k);
        let mut text = format!("Synthetic report {k}\n\n");
        let from = k * EVENTS_PER_DOCUMENT;
        let to = (from + EVENTS_PER_DOCUMENT).min(options.events);
        for e in from..to {
            let day = start
                + chrono::Days::new(if options.events > 1 {
                    e as u64 * span_days / (options.events as u64 - 1)
                } else {
                    0
                });
            let district = rng.below(grid.count);
            let (controller, who) = CONTROLLERS[match rng.below(10) {
                0..=4 => 0,
                5..=7 => 1,
                8 => 2,
                _ => 3,
            }];
            let roll = rng.unit();
            let (extent, fraction, how) = if roll < 0.8 {
                ("full", None, "took")
            } else if roll < 0.86 {
                let f = (25 + rng.below(51)) as f64 / 100.0;
                ("partial", Some(f), "took part of")
            } else if roll < 0.92 {
                ("partial", None, "entered")
            } else {
                ("contested", None, "fought over")
            };
            let roll = rng.unit();
            let (certainty, claimed_by, said) = if roll < 0.85 {
                ("reported", None, "residents said")
            } else if roll < 0.95 {
                (
                    "claimed",
                    Some(format!("a spokesman for {who}")),
                    "a spokesman claimed",
                )
            } else {
                ("disputed", None, "a claim others deny")
            };
            let name = Grid::name(district);
            let quote = format!(
                "On {} {who} {how} {name}, {said} (item {e}).",
                day.format("%-d %B %Y")
            );
            let start_byte = text.len();
            text.push_str(&quote);
            let end_byte = text.len();
            text.push('\n');
            let raw = RawEvent {
                id: format!("e{e:07}").into(),
                date: day.to_string(),
                date_precision: DatePrecision::Day,
                date_from: None,
                date_to: None,
                date_text: None,
                date_phrase: None,
                date_basis: None,
                districts: vec![Grid::id(district).into()],
                controller: controller.into(),
                extent: extent.to_string(),
                fraction,
                certainty: certainty.to_string(),
                claimed_by,
                passages: vec![Passage {
                    document: meta.id.as_str().into(),
                    start: start_byte,
                    end: end_byte,
                    quote,
                }],
                disagrees_with: Vec::new(),
                count: None,
                kept_km2: None,
                reading: None,
                basis: None,
                note: None,
                extractor_finds: None,
            };
            if !first {
                w.write_all(b",\n")?;
            }
            first = false;
            serde_json::to_writer(&mut w, &raw).map_err(std::io::Error::other)?;
        }
        std::fs::write(sources.join(&meta.file), text)?;
    }
    w.write_all(b"\n]}\n")?;
    w.flush()?;
    Ok(documents)
}

/// Writes an ACLED-like CSV export of `rows` rows over the synthetic layer of `districts` districts:
/// mostly clashes and shelling, with about one row in fifty a territory change, located by a district
/// name ("Aleppo - Karm Tarrab") or only by coordinates; a few rows lie outside the layer. For the
/// benchmark of the ACLED reader.
pub fn write_acled_csv(
    path: &Path,
    rows: usize,
    districts: usize,
    seed: u64,
) -> Result<(), SynthError> {
    let grid = Grid::new(districts.max(1), seed);
    let io = |source| SynthError::Io {
        path: path.to_path_buf(),
        source,
    };
    let mut w = BufWriter::with_capacity(1 << 20, std::fs::File::create(path).map_err(io)?);
    let mut rng = Rng(seed ^ 0x0AC1_ED00);
    let start = NaiveDate::from_ymd_opt(2012, 7, 2).unwrap_or_default();
    let mut line = String::with_capacity(1024);
    line.push_str(
        "\u{feff}event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,\
         actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,\
         country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,\
         fatalities,tags,timestamp\n",
    );
    w.write_all(line.as_bytes()).map_err(io)?;
    const OTHER: &[(&str, &str)] = &[
        ("Battles", "Armed clash"),
        (
            "Explosions/Remote violence",
            "Shelling/artillery/missile attack",
        ),
        ("Explosions/Remote violence", "Air/drone strike"),
        ("Violence against civilians", "Attack"),
        ("Protests", "Peaceful protest"),
    ];
    const TERRITORY: &[(&str, &str, &str)] = &[
        (
            "Battles",
            "Government regains territory",
            "Military Forces of Syria (2000-)",
        ),
        (
            "Battles",
            "Non-state actor overtakes territory",
            "Opposition Rebels (Syria)",
        ),
        (
            "Strategic developments",
            "Non-violent transfer of territory",
            "YPG: People's Protection Units",
        ),
    ];
    for r in 0..rows {
        line.clear();
        let day = start + chrono::Days::new((r as u64 * 1634) / rows.max(1) as u64);
        let district = rng.below(grid.count);
        let territory = rng.below(50) == 0;
        let (event_type, sub, actor) = if territory {
            TERRITORY[rng.below(TERRITORY.len())]
        } else {
            let (t, s) = OTHER[rng.below(OTHER.len())];
            (t, s, "Military Forces of Syria (2000-)")
        };
        let ring = grid.ring(district);
        let (mut lon, mut lat) = ((ring[0].0 + ring[4].0) / 2.0, (ring[0].1 + ring[4].1) / 2.0);
        let by_name = rng.below(2) == 0;
        let location = if by_name {
            format!("Aleppo - {}", Grid::name(district))
        } else {
            // A place name the layer does not know: joined by its coordinates.
            format!("Aleppo - block {}", r % 997)
        };
        if rng.below(100) == 0 {
            // Somewhere else in the country.
            lon = 36.7 + rng.unit();
            lat = 34.5 + rng.unit();
        }
        let _ = writeln!(
            line,
            "SYR{r},{day},{},{},Political violence,{event_type},{sub},{actor},,1,Opposition Rebels (Syria),,2,12,,760,Middle East,Syria,Aleppo,Jebel Saman,Jebel Saman,{location},{lat:.4},{lon:.4},{},SOHR,National,\"On {} {actor} and Opposition Rebels (Syria) fought near {location}; {sub} reported by local sources, item {r}.\",{},,1600000000",
            day.format("%Y"),
            1 + rng.below(3) / 2,
            1 + rng.below(3) / 2,
            day.format("%-d %B %Y"),
            rng.below(5),
        );
        w.write_all(line.as_bytes()).map_err(io)?;
    }
    w.flush().map_err(io)
}

#[cfg(test)]
mod tests {
    use super::*;
    use atlas_core::model::names::name_key;

    #[test]
    fn names_are_unique_by_key() {
        let mut keys = std::collections::HashSet::new();
        for i in 0..20_000 {
            assert!(keys.insert(name_key(&Grid::name(i))), "{}", Grid::name(i));
        }
    }

    #[test]
    fn acled_rows_load_against_the_synthetic_layer() {
        let scratch = tempfile::tempdir().expect("temp dir");
        let dir = scratch.path();
        write_bundle(
            dir,
            &SynthOptions {
                districts: 50,
                events: 10,
                seed: 3,
            },
        )
        .expect("bundle");
        let csv = dir.join("acled.csv");
        write_acled_csv(&csv, 3000, 50, 3).expect("csv");
        let layer =
            atlas_core::model::DistrictLayer::load(&dir.join("districts.geojson")).expect("layer");
        let file = atlas_core::model::acled::load(&csv, &layer).expect("loads");
        let import = &file.import;
        assert_eq!(import.records, 3000);
        assert!(import.not_territory_changes > 2800, "{import:?}");
        assert!(
            import.joined_by_name > 0 && import.joined_by_point > 0,
            "{import:?}"
        );
    }

    #[test]
    fn rings_are_closed_and_shared_edges_agree() {
        let g = Grid::new(9, 7);
        let a = g.ring(0);
        let b = g.ring(1);
        assert_eq!(a.first(), a.last());
        // Cell 0's right edge is cell 1's left edge, walked the other way.
        assert_eq!(a[2], b[0]);
        assert_eq!(a[3], b[7]);
        assert_eq!(a[4], b[6]);
    }
}
