//! The command line: `check`, `events`, `state`, `areas`, `extract`, and no subcommand to start the app.
//! JSON output has stable field names, documented in docs/cli.md.

mod control_areas;
pub(crate) mod output;
mod points;
pub mod terminal;

use anyhow::{bail, Context, Result};
use atlas_core::join::{
    load_dataset, load_parts, problems_summary, DataPaths, Dataset, JoinReport,
};
use atlas_core::model::control_areas::ControlAreas;
use atlas_core::timeline::{areas_at, ControlIndex};
use atlas_core::write_file::{check_folder_target, check_target};
use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;
use terminal::print_err;

#[derive(Debug, Parser)]
#[command(
    name = "aleppo-atlas",
    version,
    about = "Who controlled which district of Aleppo, when, and which passage of which source says so.",
    long_about = "Without a subcommand, opens the desktop app on the built-in data, or on the data files given.",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Data to open in the app, each judged by its content: a district layer (.geojson), events (JSON,
    /// CSV or an ACLED export, whose rows are also points), dated points (a GeoJSON of points), control
    /// areas (a folder of daily GeoJSON files, or one of dated areas), a bundle (folder or bundle.json),
    /// a sources folder, documents (.txt, .md).
    pub files: Vec<PathBuf>,
    /// The day the app shows first, YYYY-MM-DD.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_app_date)]
    pub date: Option<NaiveDate>,
    /// Print the time from start to the first frame on screen, then close the window.
    #[arg(long)]
    pub timings: bool,
}

fn parse_app_date(text: &str) -> std::result::Result<NaiveDate, String> {
    atlas_core::model::date::parse_day(text)
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Load and validate the data; print a summary; exit non-zero on any problem.
    Check(DataArgs),
    /// Print every event with its passages.
    Events {
        #[command(flatten)]
        data: DataArgs,
        /// Print JSON (the events file format).
        #[arg(long)]
        json: bool,
    },
    /// Print the state of every district at the end of a day.
    State {
        #[command(flatten)]
        data: DataArgs,
        /// The day, YYYY-MM-DD.
        #[arg(long)]
        date: String,
        #[arg(long)]
        json: bool,
    },
    /// Print the area each controller held at the end of a day.
    Areas {
        #[command(flatten)]
        data: DataArgs,
        #[arg(long)]
        date: String,
        #[arg(long)]
        json: bool,
    },
    /// Find candidate control-change events in text documents (plain text or Markdown).
    Extract {
        /// The documents (.txt, .md, with or without front matter); mis-decoded text is repaired.
        #[arg(required_unless_present = "jsonl", value_name = "FILE")]
        files: Vec<PathBuf>,
        /// The data to extract against: its layer names the districts (the events and sources given
        /// are loaded and checked as for `check`, so that errors show here too).
        #[command(flatten)]
        data: DataArgs,
        /// Extractor lexicon (the format of data/lexicon.json) instead of the built-in one.
        #[arg(long, value_name = "FILE")]
        lexicon: Option<PathBuf>,
        /// Print JSON: the fields of `events --json`, plus `confidence`, `trigger` and `places`.
        #[arg(long)]
        json: bool,
        /// Read documents as JSON lines on standard input (`{"id", "text", "date"}`) and write each
        /// candidate as a JSON line on standard output: stateless and streaming.
        #[arg(long, conflicts_with_all = ["files", "json"])]
        jsonl: bool,
    },
    /// Print the dated points shown at the end of a day (from --points or the bundle's points): all
    /// of them up to the day, or those of the last days with --window.
    Points {
        #[command(flatten)]
        data: DataArgs,
        #[command(flatten)]
        query: points::PointsQueryArgs,
    },
    /// Write a synthetic bundle (a grid of districts, events with passages) for tests and benchmarks.
    Synth {
        /// How many districts.
        #[arg(long, value_name = "N")]
        districts: usize,
        /// How many events.
        #[arg(long, value_name = "M")]
        events: usize,
        /// The folder to write (created if missing; it must be empty).
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// The same seed writes the same bundle.
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// Save the map as the app shows it at the end of a day (map, legend, date, source caption) as PNG,
    /// or as SVG (paths and text, to edit in Inkscape or Illustrator) when --out ends in .svg.
    Snapshot {
        #[command(flatten)]
        data: DataArgs,
        /// The day, YYYY-MM-DD.
        #[arg(long)]
        date: String,
        /// The file to write: .png, or .svg for the figure as vector paths and text.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Image size in pixels, WIDTHxHEIGHT.
        #[arg(long, default_value = "1600x1000", value_parser = parse_size)]
        size: (u32, u32),
        /// Replace the file if it exists.
        #[arg(long)]
        force: bool,
        #[command(flatten)]
        look: LookArgs,
        /// Show which districts changed side between the end of this day and the end of --date.
        #[arg(long, value_name = "YYYY-MM-DD")]
        compare_from: Option<String>,
    },
    /// Save an animation of the map over a range of days: an animated GIF or an MP4 video (by the
    /// extension of --out), and numbered PNG frames.
    Animate {
        #[command(flatten)]
        data: DataArgs,
        /// First day, YYYY-MM-DD.
        #[arg(long)]
        from: String,
        /// Last day, YYYY-MM-DD.
        #[arg(long)]
        to: String,
        /// Time between frames: Nd (days) or Nw (weeks).
        #[arg(long, default_value = "1d", value_parser = parse_step)]
        step: u32,
        /// The file to write: .gif for an animated GIF, .mp4 for an H.264 video.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Also write each frame as a numbered PNG into this folder.
        #[arg(long, value_name = "DIR")]
        frames: Option<PathBuf>,
        /// How long each frame shows, in milliseconds.
        #[arg(long, default_value_t = 600)]
        frame_ms: u32,
        /// Image size in pixels, WIDTHxHEIGHT.
        #[arg(long, default_value = "1200x750", value_parser = parse_size)]
        size: (u32, u32),
        /// Replace files that exist.
        #[arg(long)]
        force: bool,
        #[command(flatten)]
        look: LookArgs,
    },
}

/// How an export looks besides its day.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct LookArgs {
    /// Tiles under the districts: an XYZ address (`https://tile.openstreetmap.org/{z}/{x}/{y}.png`) or
    /// an MBTiles or PMTiles file. Its credit is drawn on the map and added to the caption.
    #[arg(long, value_name = "URL|FILE")]
    basemap: Option<String>,
    /// How opaque the basemap is, 0 to 1.
    #[arg(long, value_name = "0..1")]
    basemap_opacity: Option<f32>,
    /// District labels in Arabic (the Arabic name where the layer has one).
    #[arg(long)]
    arabic_labels: bool,
}

impl LookArgs {
    /// The look, with the basemap judged: an address when it has a scheme, else a file.
    fn look(&self, compare_from: Option<chrono::NaiveDate>) -> atlas_draw::export::ExportLook {
        let basemap = self.basemap.as_deref().map(|b| {
            if b.starts_with("http://") || b.starts_with("https://") {
                atlas_tiles::BasemapSource::Online {
                    template: b.to_string(),
                }
            } else {
                atlas_tiles::BasemapSource::File(PathBuf::from(b))
            }
        });
        atlas_draw::export::ExportLook {
            basemap,
            basemap_opacity: self.basemap_opacity,
            labels: if self.arabic_labels {
                atlas_draw::map_view::LabelScript::Arabic
            } else {
                atlas_draw::map_view::LabelScript::Latin
            },
            compare_from,
            // Dated points: every one up to the day (the app's export draws its window's choice).
            ..Default::default()
        }
    }

    /// The basemap file, as an input the output must not replace.
    fn input(&self) -> Option<PathBuf> {
        self.basemap
            .as_deref()
            .filter(|b| !b.starts_with("http://") && !b.starts_with("https://"))
            .map(PathBuf::from)
    }
}

fn parse_size(text: &str) -> std::result::Result<(u32, u32), String> {
    let parsed = text
        .split_once(['x', 'X', '×'])
        .and_then(|(w, h)| Some((w.trim().parse().ok()?, h.trim().parse().ok()?)));
    parsed.ok_or_else(|| format!("\"{text}\" is not a size like 1600x1000"))
}

fn parse_step(text: &str) -> std::result::Result<u32, String> {
    let text = text.trim();
    let bad = || format!("\"{text}\" is not a step like 1d, 3d or 1w");
    let (number, unit) = text.split_at(text.len().saturating_sub(1));
    let n: u32 = number.parse().map_err(|_| bad())?;
    match unit {
        "d" if n > 0 => Ok(n),
        "w" if n > 0 => Ok(n * 7),
        _ => Err(bad()),
    }
}

/// Which data to use instead of the built-in parts.
#[derive(Debug, Clone, Args, Default)]
pub struct DataArgs {
    /// District layer (GeoJSON FeatureCollection) instead of the built-in one.
    #[arg(long, value_name = "FILE")]
    pub districts: Option<PathBuf>,
    /// Events file instead of the built-in one: events JSON, events CSV or an ACLED export (judged by content).
    #[arg(long, value_name = "FILE")]
    pub events: Option<PathBuf>,
    /// Folder of source documents (or one .txt/.md document) instead of the built-in ones.
    #[arg(long, value_name = "DIR")]
    pub sources: Option<PathBuf>,
    /// A bundle (folder or bundle.json manifest) naming districts, events and sources together;
    /// --districts, --events and --sources replace its parts.
    #[arg(long, value_name = "DIR|MANIFEST")]
    pub bundle: Option<PathBuf>,
    /// The layer property that holds district ids (default: `id`, else detected).
    #[arg(long, value_name = "KEY")]
    pub id_property: Option<String>,
    /// The layer property that holds district names (default: `name`, else detected).
    #[arg(long, value_name = "KEY")]
    pub name_property: Option<String>,
    /// Control areas over time: a folder of GeoJSON files with the day in their names
    /// (…_20250801.geojson), or one GeoJSON whose features carry a date (and a controller).
    #[arg(long, value_name = "PATH")]
    pub control_areas: Option<PathBuf>,
    /// The controller of control areas whose files name none (DeepStateMap's daily files, say).
    #[arg(long, value_name = "NAME", requires = "control_areas")]
    pub area_controller: Option<String>,
    /// Dated points, a layer of their own: a GeoJSON of points with a date property, or an ACLED
    /// export (every row). `check` reports what came in; `points` lists them.
    #[arg(long, value_name = "FILE")]
    pub points: Option<PathBuf>,
}

impl DataArgs {
    pub fn paths(&self) -> DataPaths {
        let property_names =
            (self.id_property.is_some() || self.name_property.is_some()).then(|| {
                let default = atlas_core::model::PropertyNames::default();
                atlas_core::model::PropertyNames {
                    id: self.id_property.clone().unwrap_or(default.id),
                    name: self.name_property.clone().unwrap_or(default.name),
                }
            });
        DataPaths {
            districts: self.districts.clone(),
            events: self.events.clone(),
            sources: self.sources.clone(),
            bundle: self.bundle.clone(),
            property_names,
            control_areas: self.control_areas.clone(),
            area_controller: self.area_controller.clone(),
            points: self.points.clone(),
            ..DataPaths::default()
        }
    }
}

/// An error and its causes in one line, each cause said once: a message that already quotes its cause
/// (as "cannot read the file: No such file or directory" does) is not followed by it again.
pub fn error_text(error: &anyhow::Error) -> String {
    let mut text = error.to_string();
    for cause in error.chain().skip(1) {
        let cause = cause.to_string();
        if !text.contains(&cause) {
            text.push_str(": ");
            text.push_str(&cause);
        }
    }
    text
}

/// Runs a subcommand; returns the process exit code.
pub fn run(command: Command) -> Result<i32> {
    match command {
        Command::Check(data) => check(&data),
        Command::Events { data, json } => {
            let (dataset, _) = load(&data)?;
            print_out(&output::events(&dataset, json), json)?;
            Ok(0)
        }
        Command::State { data, date, json } => {
            let day = parse_date(&date)?;
            let (dataset, _) = load(&data)?;
            let index = ControlIndex::new(&dataset);
            print_out(&output::state(&dataset, &index, day, json), json)?;
            Ok(0)
        }
        Command::Areas { data, date, json } => {
            let day = parse_date(&date)?;
            let (dataset, _, control) = load_all(&data)?;
            let index = ControlIndex::new(&dataset);
            let totals = areas_at(&dataset, &index, day);
            let text = output::areas(&dataset, &totals, json);
            // Control areas over time (issue 16): their figures beside the districts'.
            let text = control_areas::with_control_areas(text, control.as_deref(), day, json)?;
            print_out(&text, json)?;
            Ok(0)
        }
        Command::Extract {
            files,
            data,
            lexicon,
            json,
            jsonl,
        } => {
            if jsonl {
                extract_jsonl(&data, lexicon.as_deref())
            } else {
                extract(&files, &data, lexicon.as_deref(), json)
            }
        }
        Command::Points { data, query } => points::run(&data, &query),
        Command::Synth {
            districts,
            events,
            out,
            seed,
        } => {
            let options = atlas_dev::synth::SynthOptions {
                districts,
                events,
                seed,
            };
            let summary = atlas_dev::synth::write_bundle(&out, &options)?;
            let line = format!(
                "wrote {}: {} districts, {} events, {} documents\n",
                summary.manifest.display(),
                summary.districts,
                summary.events,
                summary.documents
            );
            print_out(&line, false)?;
            Ok(0)
        }
        Command::Snapshot {
            data,
            date,
            out,
            size,
            force,
            look,
            compare_from,
        } => {
            let day = parse_date(&date)?;
            let compare_from = compare_from.as_deref().map(parse_date).transpose()?;
            let mut inputs = data.paths().inputs();
            inputs.extend(look.input());
            check_target(&out, force, &inputs)?;
            let loaded = load_for_export(&data)?;
            let look = look.look(compare_from);
            if is_svg(&out) {
                if look.basemap.is_some() {
                    print_err("warning: the SVG has no basemap: its tiles are images");
                }
                let svg =
                    atlas_draw::export::render_figure_svg(&loaded, day, size.0, size.1, &look)?;
                atlas_draw::export::save_svg(&svg, &out, force)?;
            } else {
                let image =
                    atlas_draw::export::render_figure_with(&loaded, day, size.0, size.1, &look)?;
                atlas_draw::export::save_png(&image, &out, force)?;
            }
            print_err(&format!(
                "wrote {} ({}×{}) for {day}",
                out.display(),
                size.0,
                size.1
            ));
            Ok(0)
        }
        Command::Animate {
            data,
            from,
            to,
            step,
            out,
            frames,
            frame_ms,
            size,
            force,
            look,
        } => {
            let days =
                atlas_draw::export::days_between(parse_date(&from)?, parse_date(&to)?, step)?;
            let format = atlas_draw::export::AnimationFormat::of_path(&out);
            atlas_draw::export::animation::check_animation(format, days.len(), size)?;
            let mut inputs = data.paths().inputs();
            inputs.extend(look.input());
            check_target(&out, force, &inputs)?;
            if let Some(dir) = &frames {
                check_folder_target(dir, &inputs)?;
            }
            let loaded = load_for_export(&data)?;
            let look = look.look(None);
            let animation = atlas_draw::export::Animation {
                days: &days,
                size,
                out: &out,
                frames_dir: frames.as_deref(),
                frame_ms,
                replace: force,
                look: &look,
            };
            let n = animation.write(&loaded, |_| true)?;
            print_err(&format!("wrote {} ({n} frames)", out.display()));
            Ok(0)
        }
    }
}

fn extract(
    files: &[PathBuf],
    data: &DataArgs,
    lexicon: Option<&std::path::Path>,
    json: bool,
) -> Result<i32> {
    use atlas_core::extract::{Extractor, KnownControl, Lexicon};
    use atlas_core::model::Corpus;
    let (dataset, _) = load(data)?;
    let lexicon = match lexicon {
        Some(p) => Lexicon::load(p)?,
        None => Lexicon::builtin()?,
    };
    let mut candidates = Vec::new();
    // A fall that names no side is read against the changes the data records.
    let known = std::sync::Arc::new(KnownControl::from_dataset(&dataset));
    let engine = Extractor::new(&dataset.layer, &lexicon).with_known(known);
    for file in files {
        let doc = Corpus::load_file(file)?;
        for w in &doc.warnings {
            print_err(&format!("warning: {}: {w}", file.display()));
        }
        candidates.extend(engine.extract(&doc));
    }
    print_out(&output::candidates(&candidates, json), json)?;
    Ok(0)
}

/// `extract --jsonl`: documents as JSON lines on standard input, candidates as JSON lines on standard
/// output. A skipped line is named on standard error (escaped) and makes the exit code 1.
fn extract_jsonl(data: &DataArgs, lexicon: Option<&std::path::Path>) -> Result<i32> {
    use atlas_core::extract::{jsonl, Extractor, KnownControl, Lexicon};
    let (dataset, _) = load(data)?;
    let lexicon = match lexicon {
        Some(p) => Lexicon::load(p)?,
        None => Lexicon::builtin()?,
    };
    let known = std::sync::Arc::new(KnownControl::from_dataset(&dataset));
    let extractor = Extractor::new(&dataset.layer, &lexicon).with_known(known);
    let stdin = std::io::stdin().lock();
    let stdout = std::io::BufWriter::new(std::io::stdout().lock());
    let summary = match jsonl::run(stdin, stdout, &extractor, jsonl::MAX_LINE_BYTES) {
        Ok(summary) => summary,
        Err(jsonl::JsonlError::Write(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => {
            return Ok(0)
        }
        Err(e) => return Err(anyhow::Error::new(e).context("extract --jsonl")),
    };
    for skipped in &summary.skipped {
        print_err(&format!("standard input: {skipped}"));
    }
    Ok(i32::from(!summary.skipped.is_empty()))
}

/// Standard output, escaped for a terminal unless `json`.
fn print_out(text: &str, json: bool) -> Result<()> {
    terminal::print_out(text, json).context("writing to standard output")
}

fn parse_date(text: &str) -> Result<NaiveDate> {
    match atlas_core::model::date::parse_day(text) {
        Ok(d) => Ok(d),
        Err(e) => bail!("--date: {e}"),
    }
}

/// Whether a path names an SVG file (by its extension).
fn is_svg(path: &std::path::Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("svg"))
}

/// Problems printed in full by the subcommands other than `check` (which lists every problem); past
/// them, the problems are counted by kind.
const WARNINGS_SHOWN: usize = 10;

/// The data as the app holds it, for exports drawn by the app's own figure code.
fn load_for_export(data: &DataArgs) -> Result<atlas_core::session::LoadedData> {
    let (dataset, report, control) = load_all(data)?;
    let mut loaded = atlas_core::session::LoadedData::from_parts(dataset, report);
    // Control areas over time (issue 16) are drawn in exports as in the window.
    loaded.control_areas = control;
    // So are dated points (issue 16): every one up to the day.
    let points = points::load_points(data, &Default::default())?;
    loaded.points = points.map(std::sync::Arc::new);
    Ok(loaded)
}

fn load(data: &DataArgs) -> Result<(Dataset, JoinReport)> {
    let (dataset, report, _) = load_all(data)?;
    Ok((dataset, report))
}

/// [`load`], with the control areas over time when given.
fn load_all(
    data: &DataArgs,
) -> Result<(Dataset, JoinReport, Option<std::sync::Arc<ControlAreas>>)> {
    let parts = load_parts(&data.paths())?;
    let control = parts.control_areas.clone();
    let (dataset, report) = parts.join();
    for line in problems_summary(&report.problems, WARNINGS_SHOWN) {
        print_err(&format!("warning: {line}"));
    }
    if report.problems.len() > WARNINGS_SHOWN {
        print_err("warning: `check` lists them all");
    }
    Ok((dataset, report, control))
}

fn check(data: &DataArgs) -> Result<i32> {
    let (dataset, report) = load_dataset(&data.paths())?;
    print_out(&output::summary(&dataset), false)?;
    print_out(&report.import.text(), false)?;
    let mut problems: Vec<String> = report.problems.iter().map(|p| p.to_string()).collect();
    for d in &report.import.duplicate_ids {
        let file = report
            .import
            .events_path
            .as_ref()
            .map(|p| format!("{}: ", p.display()))
            .unwrap_or_default();
        problems.push(format!(
            "{file}{} and {}: event id \"{}\" is used twice; the later was left out",
            d.first, d.again, d.id
        ));
    }
    for p in &dataset.layer.placements {
        if dataset.layer.index_of(&p.district).is_none() {
            problems.push(format!(
                "placement of \"{}\": district \"{}\" is not in the layer",
                p.name, p.district
            ));
        }
    }
    print_out(&output::topology(&dataset), false)?;
    // Points (issue 16): what came in, and each row left out (not a problem of the map's data).
    if let Some(layer) = points::load_points(data, &Default::default())? {
        print_out(&(layer.report.lines(&layer).join("\n") + "\n"), false)?;
    }
    if problems.is_empty() {
        print_out("OK: no problems found.\n", false)?;
        Ok(0)
    } else {
        print_err(&format!("{} problem(s):", problems.len()));
        for p in &problems {
            print_err(&format!("  - {p}"));
        }
        Ok(1)
    }
}
