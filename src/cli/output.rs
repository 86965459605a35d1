//! What the subcommands print: JSON (stable field names) and plain text.

use atlas_core::events_file::events_json;
use atlas_core::join::Dataset;
use atlas_core::model::district::topology;
use atlas_core::model::Extent;
use atlas_core::timeline::{find_pockets, AreaTotals, ControlIndex, Evidence, POCKET_GRACE_DAYS};
use chrono::NaiveDate;
use serde_json::{json, Map, Value};
use std::fmt::Write;

pub fn events(data: &Dataset, as_json: bool) -> String {
    if as_json {
        let events = data.events.iter().map(|e| &e.event);
        return events_json(&data.controllers.controllers, events)
            .unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}\n"));
    }
    let mut out = String::new();
    for e in &data.events {
        let ev = &e.event;
        let _ = writeln!(
            out,
            "{}  {:<12} {} → {} ({}, {})",
            ev.id,
            ev.date.label(),
            ev.districts.join(", "),
            ev.controller,
            ev.extent.label(),
            ev.certainty.label()
        );
        for p in &ev.passages {
            let _ = writeln!(
                out,
                "    [{} {}..{}] {}",
                p.document, p.start, p.end, p.quote
            );
        }
    }
    out
}

pub fn state(data: &Dataset, index: &ControlIndex, day: NaiveDate, as_json: bool) -> String {
    let controller_id = |c: Option<usize>| c.and_then(|c| data.controller(c)).map(|c| c.id.clone());
    let rows: Vec<Value> = data
        .layer
        .districts
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let s = index.control_at(i, day);
            let events: Vec<&str> = index
                .events_of(i)
                .filter(|&e| data.events[e].event.date.day <= day)
                .map(|e| data.events[e].event.id.as_str())
                .collect();
            let mut row = Map::new();
            row.insert("id".into(), json!(d.id));
            row.insert("name".into(), json!(d.name));
            row.insert("aliases".into(), json!(d.aliases));
            row.insert("controller".into(), json!(controller_id(s.controller)));
            row.insert("extent".into(), json!(s.extent.key()));
            if let Extent::Partial { fraction: Some(f) } = s.extent {
                row.insert("fraction".into(), json!(f));
            }
            row.insert("other_controller".into(), json!(controller_id(s.other)));
            row.insert("evidence".into(), json!(s.evidence.key()));
            if let Evidence::Probable { by } = s.evidence {
                row.insert("probably_taken_by".into(), json!(controller_id(Some(by))));
            }
            let event_id = |e: Option<usize>| e.map(|e| data.events[e].event.id.as_str());
            row.insert("set_by".into(), json!(event_id(s.event)));
            row.insert("marked_by".into(), json!(event_id(s.aside)));
            row.insert("since".into(), json!(s.since.map(|d| d.to_string())));
            row.insert("days_since_report".into(), json!(s.days_since_report(day)));
            row.insert("approximate".into(), json!(d.approximate));
            row.insert("events".into(), json!(events));
            Value::Object(row)
        })
        .collect();
    if as_json {
        return to_json(&json!({ "date": day.to_string(), "districts": rows }));
    }
    let mut out = format!("State at the end of {day}\n");
    for row in &rows {
        let text = |k: &str| {
            row.get(k)
                .and_then(|v| v.as_str())
                .unwrap_or("-")
                .to_string()
        };
        let _ = writeln!(
            out,
            "{:<36} {:<11} {:<10} {:<15} since {}",
            text("name"),
            text("controller"),
            text("extent"),
            text("evidence"),
            text("since")
        );
    }
    out
}

pub fn areas(data: &Dataset, totals: &AreaTotals, as_json: bool) -> String {
    let mut km2 = Map::new();
    let mut bounds = Map::new();
    for (i, c) in data.controllers.controllers.iter().enumerate() {
        km2.insert(c.id.clone(), json!(round3(totals.by_controller[i])));
        bounds.insert(
            c.id.clone(),
            json!([round3(totals.low[i]), round3(totals.high[i])]),
        );
    }
    if as_json {
        return to_json(&json!({
            "date": totals.day.to_string(),
            "km2": km2,
            "km2_bounds": bounds,
            "contested_km2": round3(totals.contested_km2),
            "unknown_km2": round3(totals.unknown_km2),
            "total_km2": round3(totals.total_km2),
        }));
    }
    let mut out = format!("Area held at the end of {}\n", totals.day);
    for (i, c) in data.controllers.controllers.iter().enumerate() {
        let _ = writeln!(
            out,
            "{:<32} {:>8.2} km²  {:>5.1}%   at least {:.2}, at most {:.2} km²",
            c.label,
            totals.by_controller[i],
            totals.share(i) * 100.0,
            totals.low[i],
            totals.high[i]
        );
    }
    let _ = writeln!(
        out,
        "{:<32} {:>8.2} km²",
        "contested / share unknown", totals.contested_km2
    );
    let _ = writeln!(out, "{:<32} {:>8.2} km²", "total", totals.total_km2);
    out
}

pub fn summary(data: &Dataset) -> String {
    let layer = &data.layer;
    let approximate: Vec<&str> = layer
        .districts
        .iter()
        .filter(|d| d.approximate)
        .map(|d| d.name.as_str())
        .collect();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "districts: {} ({} km² in all), {} approximate: {}",
        layer.len(),
        (layer.districts.iter().map(|d| d.area_km2).sum::<f64>() * 10.0).round() / 10.0,
        approximate.len(),
        approximate.join(", ")
    );
    let _ = writeln!(
        out,
        "placements (names without a polygon of their own): {}",
        layer.placements.len()
    );
    let ambiguous = layer.ambiguous_names();
    let _ = writeln!(
        out,
        "unresolved names (carried by several districts, no curated group): {}",
        ambiguous.len()
    );
    for (name, ids) in &ambiguous {
        let _ = writeln!(out, "  \"{name}\": {}", ids.join(", "));
    }
    let _ = writeln!(out, "sources: {}", data.corpus.documents.len());
    for d in &data.corpus.documents {
        let repaired = d
            .repaired_from
            .map(|m| format!(", repaired ({})", m.label()))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "  {}: {} ({} bytes{repaired})",
            d.meta.id,
            d.meta.title,
            d.text.len()
        );
        for w in &d.warnings {
            let _ = writeln!(out, "    warning: {w}");
        }
    }
    let passages: usize = data.events.iter().map(|e| e.event.passages.len()).sum();
    if data.events.is_empty() {
        let _ = writeln!(out, "events: none, so the record holds no dated change");
    } else {
        let _ = writeln!(
            out,
            "events: {} with {} passages, from {} to {}",
            data.events.len(),
            passages,
            data.record_start,
            data.record_end
        );
    }
    out
}

/// Candidate events of the extractor: with `as_json`, `{"events": [...]}` where each event has the fields
/// of the events file plus `confidence`, `trigger` and `places` (district, matched words, byte offsets).
pub fn candidates(found: &[atlas_core::extract::Candidate], as_json: bool) -> String {
    let mut per_document: Vec<(&str, usize)> = Vec::new();
    let mut ids = Vec::with_capacity(found.len());
    for c in found {
        let doc = c.passage.document.as_str();
        let n = match per_document.iter_mut().find(|(d, _)| *d == doc) {
            Some((_, n)) => {
                *n += 1;
                *n
            }
            None => {
                per_document.push((doc, 1));
                1
            }
        };
        ids.push(format!("{doc}-c{n:03}"));
    }
    if as_json {
        let events: Vec<Value> = found
            .iter()
            .zip(&ids)
            .map(|(c, id)| atlas_core::extract::jsonl::candidate_json(c, id))
            .collect();
        return to_json(&json!({ "events": events }));
    }
    let mut out = String::new();
    for (c, id) in found.iter().zip(&ids) {
        let _ = writeln!(
            out,
            "{id}  {:<12} {} → {} ({}, {})  confidence {:.2}",
            c.date.label(),
            c.districts().join(", "),
            c.controller,
            c.extent.label(),
            c.certainty.label(),
            c.confidence
        );
        let names: Vec<String> = c
            .places
            .iter()
            .map(|p| format!("\"{}\" → {}", p.text, p.district))
            .collect();
        let _ = writeln!(
            out,
            "    \"{}\": {}; date \"{}\" ({})",
            c.trigger,
            names.join(", "),
            c.date_phrase,
            c.date_basis
        );
        let _ = writeln!(
            out,
            "    [{} {}..{}] {}",
            c.passage.document,
            c.passage.start,
            c.passage.end,
            c.passage.quote.replace('\n', " ")
        );
    }
    out
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

fn to_json(v: &Value) -> String {
    let mut s =
        serde_json::to_string_pretty(v).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    s.push('\n');
    s
}

/// What `check` says of how the districts lie: overlapping ground (which could show two sides at
/// once) and pockets no source mentions, over the whole record.
pub fn topology(data: &Dataset) -> String {
    let districts = &data.layer.districts;
    let name = |d: usize| districts[d].name.as_str();
    let label = |c: usize| data.controller(c).map_or("?", |c| c.label.as_str());
    let mut out = String::new();
    let overlaps = topology::overlaps(districts);
    if !overlaps.is_empty() {
        let _ = writeln!(
            out,
            "{} pair(s) of districts overlap (their common ground could show two sides at once):",
            overlaps.len()
        );
        for o in &overlaps {
            let _ = writeln!(out, "  - {} and {}: {:.0} m²", name(o.a), name(o.b), o.m2);
        }
    }
    let index = ControlIndex::new(data);
    let neighbours = topology::Neighbours::of_layer(districts);
    let found = find_pockets(&index, &neighbours, data.record_start, data.record_end);
    if !found.is_empty() {
        let _ = writeln!(
            out,
            "{} pocket(s) no source mentions (held by one side, every neighbour fallen to the other, \
             no event naming it for {POCKET_GRACE_DAYS} days or more):",
            found.len()
        );
        for p in &found {
            let until = p
                .until
                .map_or("the end of the record".into(), |d| d.to_string());
            let _ = writeln!(
                out,
                "  - {}: {} held, surrounded by {} since {} (closed by event {}); a pocket from {} to {}",
                name(p.district),
                label(p.holder),
                label(p.surrounded_by),
                p.closed,
                data.events[p.closed_by].event.id,
                p.from,
                until
            );
        }
    }
    out
}
