//! `points --date D [--window 7d] --json`: the dated points shown at the end of a day (issue 16), from
//! `--points FILE` (a GeoJSON of points or an ACLED export) or the bundle's points; and the points'
//! import report for `check`. Text from the data is escaped on its way to a terminal.

use super::terminal::print_out;
use anyhow::{bail, Context, Result};
use atlas_core::model::points::{points_at, PointFilter, PointLayer, PointsOptions, Window};
use chrono::NaiveDate;
use serde_json::{json, Map, Value};
use std::fmt::Write as _;

/// What `points` was asked for.
#[derive(Debug, Clone, clap::Args)]
pub struct PointsQueryArgs {
    /// The day, YYYY-MM-DD: points dated up to its end.
    #[arg(long)]
    pub date: String,
    /// Only the points of the last N days up to the day (Nd or Nw); without it, every point up to the day.
    #[arg(long, value_name = "Nd", value_parser = super::parse_step)]
    pub window: Option<u32>,
    /// Only this category (an ACLED event type, a damage class); may be given more than once.
    #[arg(long, value_name = "NAME")]
    pub category: Vec<String>,
    /// Only points whose actors contain this text (any case).
    #[arg(long, value_name = "TEXT", default_value = "")]
    pub actor: String,
    /// Only points with at least this many fatalities.
    #[arg(long, value_name = "N")]
    pub min_fatalities: Option<u32>,
    /// The GeoJSON property that holds the dates (otherwise found by content).
    #[arg(long, value_name = "KEY")]
    pub date_property: Option<String>,
    /// The GeoJSON property that holds the categories (otherwise found by content).
    #[arg(long, value_name = "KEY")]
    pub category_property: Option<String>,
    #[arg(long)]
    pub json: bool,
}

/// The points layer the data names (`--points`, or the bundle's), read; None when there is none.
pub fn load_points(data: &super::DataArgs, options: &PointsOptions) -> Result<Option<PointLayer>> {
    let paths = data.paths().resolved()?;
    let Some(file) = paths.points else {
        return Ok(None);
    };
    // The bundle's choice of date property holds unless one is given here.
    let options = PointsOptions {
        date_property: options.date_property.clone().or(paths.points_date_property),
        ..options.clone()
    };
    Ok(Some(PointLayer::load(&file, &options)?))
}

/// Runs `points`.
pub fn run(data: &super::DataArgs, args: &PointsQueryArgs) -> Result<i32> {
    let day = super::parse_date(&args.date)?;
    let options = PointsOptions {
        date_property: args.date_property.clone(),
        category_property: args.category_property.clone(),
    };
    let Some(layer) = load_points(data, &options)? else {
        bail!("no points to show: give --points FILE (a GeoJSON of points or an ACLED export) or a bundle with \"points\"");
    };
    for line in layer.report.lines(&layer).iter().skip(1).take(10) {
        super::terminal::print_err(&format!("warning: {line}"));
    }
    let filter = filter_of(&layer, args)?;
    let window = args.window.map_or(Window::Cumulative, Window::Days);
    let shown = points_at(&layer, day, window, &filter);
    let text = if args.json {
        json_text(&layer, day, args.window, &shown)
    } else {
        plain_text(&layer, day, &shown)
    };
    print_out(&text, args.json).context("writing to standard output")?;
    Ok(0)
}

/// The filter asked for; a category the layer does not have is an error naming those it has.
fn filter_of(layer: &PointLayer, args: &PointsQueryArgs) -> Result<PointFilter> {
    for wanted in &args.category {
        if !layer
            .categories
            .iter()
            .any(|c| c.eq_ignore_ascii_case(wanted))
        {
            bail!(
                "--category \"{wanted}\": {} has no such category; it has: {}",
                layer.path.display(),
                layer.categories.join(", ")
            );
        }
    }
    let hidden = (0..layer.categories.len())
        .filter(|&c| {
            !args.category.is_empty()
                && !args
                    .category
                    .iter()
                    .any(|w| w.eq_ignore_ascii_case(&layer.categories[c]))
        })
        .filter_map(|c| u16::try_from(c).ok())
        .collect();
    Ok(PointFilter {
        hidden,
        actor: args.actor.clone(),
        min_fatalities: args.min_fatalities,
    })
}

fn json_text(layer: &PointLayer, day: NaiveDate, window: Option<u32>, shown: &[u32]) -> String {
    let points: Vec<Value> = shown
        .iter()
        .filter_map(|&i| layer.points.get(i as usize))
        .map(|p| {
            let properties: Map<String, Value> = p
                .properties
                .iter()
                .map(|(k, v)| (k.clone(), json!(v)))
                .collect();
            json!({
                "lon": p.lon,
                "lat": p.lat,
                "from": p.from.to_string(),
                "to": p.to.to_string(),
                "category": layer.category_name(p.category),
                "actors": p.actors,
                "fatalities": p.fatalities,
                "place": p.place,
                "notes": p.notes,
                "properties": properties,
            })
        })
        .collect();
    let value = json!({
        "file": layer.path.display().to_string(),
        "date": day.to_string(),
        "window_days": window,
        "count": points.len(),
        "kept": layer.report.kept,
        "left_out": layer.report.refused,
        "points": points,
    });
    format!("{value:#}\n")
}

fn plain_text(layer: &PointLayer, day: NaiveDate, shown: &[u32]) -> String {
    let mut out = format!(
        "{} points shown at the end of {day} ({} kept in {}):\n",
        shown.len(),
        layer.report.kept,
        layer.path.display()
    );
    for p in shown.iter().filter_map(|&i| layer.points.get(i as usize)) {
        let days = if p.from == p.to {
            p.from.to_string()
        } else {
            format!("{} – {}", p.from, p.to)
        };
        let _ = writeln!(
            out,
            "{days}  {:.5}, {:.5}  {}  {}  {}",
            p.lat,
            p.lon,
            layer.category_name(p.category),
            p.place,
            p.notes.replace('\n', " ")
        );
    }
    out
}
