//! Control areas over time in `areas`: the snapshot shown on the day (the latest on or before it),
//! its file and the geodesic km² each controller holds in it, beside the districts' figures.

use anyhow::{Context, Result};
use atlas_core::model::control_areas::ControlAreas;
use chrono::NaiveDate;
use serde_json::{json, Map, Value};
use std::fmt::Write;

/// `areas`' output with the control areas' figures added (as `control_areas` in JSON, as lines in
/// text); unchanged when none were given.
pub(super) fn with_control_areas(
    output: String,
    control: Option<&ControlAreas>,
    day: NaiveDate,
    as_json: bool,
) -> Result<String> {
    let Some(control) = control else {
        return Ok(output);
    };
    if !as_json {
        return Ok(output + &text(control, day));
    }
    let mut value: Value = serde_json::from_str(&output).context("the areas' JSON")?;
    if let Some(object) = value.as_object_mut() {
        object.insert("control_areas".into(), figures(control, day));
    }
    let mut text = serde_json::to_string_pretty(&value).context("the areas' JSON")?;
    text.push('\n');
    Ok(text)
}

/// The snapshot of `day` as JSON: its day and file, and km² per controller (every controller of the
/// data, 0 where it holds nothing); `snapshot` is null before the first.
fn figures(control: &ControlAreas, day: NaiveDate) -> Value {
    let shown = control.snapshot_at(day);
    let mut km2 = Map::new();
    for controller in control.controllers() {
        let held = shown.map_or(0.0, |s| s.km2_of(&controller));
        km2.insert(controller, json!((held * 1000.0).round() / 1000.0));
    }
    json!({
        "path": control.path.display().to_string(),
        "snapshot": shown.map(|s| s.day.to_string()),
        "file": shown.map(|s| s.file.display().to_string()),
        "snapshots": control.snapshots.len(),
        "km2": km2,
    })
}

/// The snapshot of `day` as lines of text.
fn text(control: &ControlAreas, day: NaiveDate) -> String {
    let Some(shown) = control.snapshot_at(day) else {
        return format!(
            "\nControl areas ({} snapshots): none on or before {day}\n",
            control.snapshots.len()
        );
    };
    let mut out = format!(
        "\nControl areas of {} ({}), geodesic:\n",
        shown.day,
        shown.file.display()
    );
    for area in &shown.areas {
        let _ = writeln!(out, "{:<32} {:>10.2} km²", area.controller, area.area_km2);
    }
    out
}
