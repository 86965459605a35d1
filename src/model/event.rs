//! Control-change events: what changed hands, when, how much, how sure the source is, and the passages
//! that report it. Read from the project's events JSON (documented in docs/data-format.md).

use super::controller::Controller;
use super::date::{parse_day, DatePrecision, EventDate};
use super::error::{parse_json, read_text, LoadError, Problem};
use serde::{Deserialize, Serialize};
use std::ops::Range;
use std::path::Path;

/// How much of the districts the new controller holds after the change.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Extent {
    Full,
    /// Part of the district; the fraction when the source gives one.
    Partial {
        fraction: Option<f64>,
    },
    /// Fought over, with no side said to hold it.
    Contested,
}

impl Extent {
    pub fn label(&self) -> String {
        match self {
            Self::Full => "full".into(),
            Self::Partial { fraction: Some(f) } => format!("partial ({:.0}%)", f * 100.0),
            Self::Partial { fraction: None } => "partial".into(),
            Self::Contested => "contested".into(),
        }
    }

    pub fn key(&self) -> &'static str {
        match self {
            Self::Full => "full",
            Self::Partial { .. } => "partial",
            Self::Contested => "contested",
        }
    }
}

/// How sure the source is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Certainty {
    /// Stated as fact.
    Reported,
    /// Attributed to a named party.
    Claimed { by: String },
    /// Another party denies it.
    Disputed { by: Option<String> },
}

impl Certainty {
    pub fn label(&self) -> String {
        match self {
            Self::Reported => "reported as fact".into(),
            Self::Claimed { by } => format!("claimed by {by}"),
            Self::Disputed { by: Some(by) } => format!("disputed (claimed by {by})"),
            Self::Disputed { by: None } => "disputed".into(),
        }
    }
}

/// A span of a source document that reports an event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Passage {
    pub document: String,
    /// Byte offsets into the document's repaired text.
    pub start: usize,
    pub end: usize,
    pub quote: String,
}

impl Passage {
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

/// One change of control.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub id: String,
    pub date: EventDate,
    /// District ids, as written in the file (joined to the layer by [`crate::join`]).
    pub districts: Vec<String>,
    /// Controller id after the change.
    pub controller: String,
    pub extent: Extent,
    pub certainty: Certainty,
    pub passages: Vec<Passage>,
    pub disagrees_with: Vec<String>,
    /// "curated line" for a dated state of many districts drawn up by the curators.
    pub basis: Option<String>,
    pub note: Option<String>,
    /// Whether the project's extractor finds this event in its documents (None: not measured).
    pub extractor_finds: Option<bool>,
}

/// An events file: optional controllers, and the events in file order.
#[derive(Debug, Clone, Default)]
pub struct EventsFile {
    pub controllers: Vec<Controller>,
    pub events: Vec<Event>,
}

/// The event as it is written in JSON.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawEvent {
    pub id: String,
    pub date: String,
    #[serde(default = "default_precision")]
    pub date_precision: DatePrecision,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_from: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_to: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_phrase: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_basis: Option<String>,
    pub districts: Vec<String>,
    pub controller: String,
    pub extent: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fraction: Option<f64>,
    pub certainty: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claimed_by: Option<String>,
    #[serde(default)]
    pub passages: Vec<Passage>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub disagrees_with: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extractor_finds: Option<bool>,
}

fn default_precision() -> DatePrecision {
    DatePrecision::Day
}

impl EventsFile {
    pub fn load(path: &Path) -> Result<Self, LoadError> {
        Self::from_json(path, &read_text(path)?)
    }

    /// Parses the events JSON; every problem names the event (index and id) and the field.
    pub fn from_json(path: &Path, text: &str) -> Result<Self, LoadError> {
        let value = parse_json(path, text)?;
        let Some(top) = value.as_object() else {
            return Err(LoadError::one(
                path,
                "top level",
                "",
                "expected an object with an \"events\" list",
            ));
        };
        let Some(raw_events) = top.get("events").and_then(|e| e.as_array()) else {
            return Err(LoadError::one(
                path,
                "top level",
                "events",
                "missing, or not a list",
            ));
        };
        let mut problems = Vec::new();
        let controllers = match top.get("controllers") {
            None => Vec::new(),
            Some(v) => match serde_json::from_value::<Vec<Controller>>(v.clone()) {
                Ok(c) => c,
                Err(e) => {
                    problems.push(Problem::new("top level", "controllers", e.to_string()));
                    Vec::new()
                }
            },
        };
        for (i, c) in controllers.iter().enumerate() {
            if super::controller::parse_hex_colour(&c.colour).is_none() {
                problems.push(Problem::new(
                    format!("controller {i} (id \"{}\")", c.id),
                    "colour",
                    format!("\"{}\" is not a #rrggbb colour", c.colour),
                ));
            }
        }
        let mut events = Vec::with_capacity(raw_events.len());
        let mut seen = std::collections::HashMap::new();
        for (index, raw) in raw_events.iter().enumerate() {
            let id_hint = raw.get("id").and_then(|v| v.as_str());
            let place = match id_hint {
                Some(id) => format!("event {index} (id \"{id}\")"),
                None => format!("event {index}"),
            };
            let parsed = match serde_json::from_value::<RawEvent>(raw.clone()) {
                Ok(r) => r,
                Err(e) => {
                    problems.push(Problem::new(&place, "", e.to_string()));
                    continue;
                }
            };
            if let Some(first) = seen.insert(parsed.id.clone(), index) {
                problems.push(Problem::new(
                    &place,
                    "id",
                    format!("\"{}\" is already the id of event {first}", parsed.id),
                ));
            }
            match event_from_raw(parsed, &place) {
                Ok(e) => events.push(e),
                Err(mut p) => problems.append(&mut p),
            }
        }
        if problems.is_empty() {
            Ok(Self {
                controllers,
                events,
            })
        } else {
            Err(LoadError::invalid(path, problems))
        }
    }
}

/// Turns a written event into a checked one; problems name `place` and the field.
pub fn event_from_raw(raw: RawEvent, place: &str) -> Result<Event, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut day = |field: &str, text: &str| match parse_day(text) {
        Ok(d) => Some(d),
        Err(e) => {
            problems.push(Problem::new(place, field, e));
            None
        }
    };
    let date = day("date", &raw.date);
    let from = raw.date_from.as_deref().map(|t| day("date_from", t));
    let to = raw.date_to.as_deref().map(|t| day("date_to", t));
    if raw.id.trim().is_empty() {
        problems.push(Problem::new(place, "id", "is empty"));
    }
    if raw.districts.is_empty() {
        problems.push(Problem::new(place, "districts", "lists no district"));
    }
    if raw.controller.trim().is_empty() {
        problems.push(Problem::new(place, "controller", "is empty"));
    }
    let extent = match (raw.extent.as_str(), raw.fraction) {
        (_, Some(f)) if !(f > 0.0 && f <= 1.0) => {
            problems.push(Problem::new(
                place,
                "fraction",
                format!("{f} is not between 0 and 1"),
            ));
            Extent::Full
        }
        ("full", None) => Extent::Full,
        ("full", Some(_)) => {
            problems.push(Problem::new(
                place,
                "fraction",
                "is only meaningful with extent \"partial\"",
            ));
            Extent::Full
        }
        ("partial", fraction) => Extent::Partial { fraction },
        ("contested", _) => Extent::Contested,
        (other, _) => {
            problems.push(Problem::new(
                place,
                "extent",
                format!("\"{other}\" is not \"full\", \"partial\" or \"contested\""),
            ));
            Extent::Full
        }
    };
    let certainty = match (raw.certainty.as_str(), raw.claimed_by.clone()) {
        ("reported", _) => Certainty::Reported,
        ("claimed", Some(by)) => Certainty::Claimed { by },
        ("claimed", None) => {
            problems.push(Problem::new(
                place,
                "claimed_by",
                "a claimed event must say who claims it",
            ));
            Certainty::Reported
        }
        ("disputed", by) => Certainty::Disputed { by },
        (other, _) => {
            problems.push(Problem::new(
                place,
                "certainty",
                format!("\"{other}\" is not \"reported\", \"claimed\" or \"disputed\""),
            ));
            Certainty::Reported
        }
    };
    for (i, p) in raw.passages.iter().enumerate() {
        if p.start >= p.end {
            problems.push(Problem::new(
                place,
                format!("passages[{i}]"),
                "start must be before end",
            ));
        }
    }
    let precision = raw.date_precision;
    let (Some(day), true) = (date, problems.is_empty()) else {
        return Err(problems);
    };
    let (from, to) = match (precision, from.flatten(), to.flatten()) {
        (DatePrecision::Day, _, _) => (day, day),
        (_, Some(f), Some(t)) if f <= day && day <= t => (f, t),
        (_, Some(_), Some(_)) => {
            return Err(vec![Problem::new(
                place,
                "date",
                "must lie between date_from and date_to",
            )]);
        }
        _ => {
            return Err(vec![Problem::new(
                place,
                "date_from",
                format!(
                    "a date of precision \"{}\" needs date_from and date_to",
                    precision.label()
                ),
            )])
        }
    };
    Ok(Event {
        id: raw.id,
        date: EventDate {
            day,
            precision,
            from,
            to,
            text: raw.date_text,
            phrase: raw.date_phrase,
        },
        districts: raw.districts,
        controller: raw.controller,
        extent,
        certainty,
        passages: raw.passages,
        disagrees_with: raw.disagrees_with,
        basis: raw.basis,
        note: raw.note,
        extractor_finds: raw.extractor_finds,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(events: &str) -> Result<EventsFile, LoadError> {
        EventsFile::from_json(
            Path::new("events.json"),
            &format!(r#"{{"events":[{events}]}}"#),
        )
    }

    const GOOD: &str = r#"{"id":"e1","date":"2016-11-26","districts":["hanano"],"controller":"government",
        "extent":"partial","fraction":0.5,"certainty":"claimed","claimed_by":"Syrian Army",
        "passages":[{"document":"d","start":0,"end":4,"quote":"The "}]}"#;

    #[test]
    fn a_good_event_loads() {
        let f = load(GOOD).expect("valid");
        let e = &f.events[0];
        assert_eq!(
            e.extent,
            Extent::Partial {
                fraction: Some(0.5)
            }
        );
        assert_eq!(
            e.certainty,
            Certainty::Claimed {
                by: "Syrian Army".into()
            }
        );
        assert_eq!(e.date.label(), "26 Nov 2016");
    }

    #[test]
    fn impossible_date_names_event_and_field() {
        let bad = GOOD.replace("2016-11-26", "2016-02-30");
        let msg = load(&bad).expect_err("bad date").to_string();
        assert!(
            msg.contains("event 0 (id \"e1\"): date:") && msg.contains("2016-02-30"),
            "{msg}"
        );
    }

    #[test]
    fn wrong_types_and_unknown_values_are_named() {
        let bad = GOOD.replace(r#""extent":"partial""#, r#""extent":"most""#);
        let msg = load(&bad).expect_err("bad extent").to_string();
        assert!(msg.contains("extent") && msg.contains("\"most\""), "{msg}");
        let bad = GOOD.replace(r#"["hanano"]"#, "7");
        let msg = load(&bad).expect_err("bad type").to_string();
        assert!(msg.contains("event 0"), "{msg}");
    }

    #[test]
    fn duplicate_ids_are_refused() {
        let msg = load(&format!("{GOOD},{GOOD}"))
            .expect_err("dup")
            .to_string();
        assert!(
            msg.contains("event 1") && msg.contains("already the id of event 0"),
            "{msg}"
        );
    }

    #[test]
    fn span_needs_bounds() {
        let bad = GOOD.replace(
            r#""date":"2016-11-26""#,
            r#""date":"2016-11-26","date_precision":"month""#,
        );
        let msg = load(&bad).expect_err("no bounds").to_string();
        assert!(msg.contains("date_from"), "{msg}");
    }
}
