//! ACLED CSV exports: the territory changes among their rows, as events.
//!
//! Columns are matched by name (any order, any case, a byte-order mark tolerated). Only territory
//! changes are kept: the sub-event types "Government regains territory", "Non-state actor overtakes
//! territory" and "Non-violent transfer of territory", or, in files before 2019, the event types
//! "Battle-Government regains territory" and so on. Each row is joined to districts by its location
//! name, else by the point of its coordinates (left out, and listed, when that lies outside the layer).
//! `geo_precision` sets the extent, `time_precision` the precision of the date, a note that speaks of a
//! claim makes the event a claim, and the notes become the passages: they are gathered, one per line,
//! into a document the events file carries, so that every quote is verifiable byte for byte.

use super::district::{DistrictLayer, Resolution};
use super::error::{LoadError, Problem, Problems};
use super::event::{EventsFile, EventsFormat, EventsImport, OutsideExtent, Passage};
use super::events_csv::Table;
use super::names::name_key;
use super::rare_text::RareText;
use super::source::{SourceDocument, SourceMeta};
use super::{Certainty, Controller, DatePrecision, Event, EventDate, Extent};
use chrono::{Datelike, NaiveDate};
use csv::ByteRecord;
use std::collections::HashMap;
use std::io::Read;
use std::path::Path;
use thin_vec::ThinVec;

/// Loads the territory changes of an ACLED export, joined to `layer`.
pub fn load(path: &Path, layer: &DistrictLayer) -> Result<EventsFile, LoadError> {
    from_reader(path, super::formats::open_csv(path)?, layer)
}

/// The sub-event types that are territory changes (compared after [`type_key`]).
const TERRITORY_TYPES: &[&str] = &[
    "government regains territory",
    "non state actor overtakes territory",
    "non violent transfer of territory",
];

/// Reads an ACLED export; `path` only names the file in messages.
pub fn from_reader(
    path: &Path,
    reader: impl Read,
    layer: &DistrictLayer,
) -> Result<EventsFile, LoadError> {
    let mut table = Table::open(path, reader)?;
    let col = |name: &str| table.column(name);
    let c_type = col("event_type");
    let c_sub = col("sub_event_type");
    let c_date = col("event_date");
    let c_actor = col("actor1");
    let c_location = col("location");
    let (c_lat, c_lon) = (col("latitude"), col("longitude"));
    let mut missing = Vec::new();
    if c_type.is_none() && c_sub.is_none() {
        missing.push("event_type or sub_event_type");
    }
    if c_date.is_none() {
        missing.push("event_date");
    }
    if c_actor.is_none() {
        missing.push("actor1");
    }
    if c_location.is_none() && (c_lat.is_none() || c_lon.is_none()) {
        missing.push("location, or latitude and longitude");
    }
    if !missing.is_empty() {
        return Err(table.missing_columns(&missing));
    }
    let c_id = col("event_id_cnty");
    let c_time = col("time_precision");
    let c_geo = col("geo_precision");
    let c_source = col("source");
    let c_notes = col("notes");
    let admin: Vec<usize> = ["admin1", "admin2", "admin3"]
        .iter()
        .filter_map(|c| table.column(c))
        .collect();
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("export")
        .to_string();
    let document_id = format!("acled-{stem}");
    let whole_area_words: Vec<String> = layer
        .name
        .as_deref()
        .map(|n| name_key(n).split(' ').map(str::to_string).collect())
        .unwrap_or_default();
    let mut problems = Problems::default();
    let mut import = EventsImport {
        format: EventsFormat::Acled,
        ..EventsImport::default()
    };
    let mut events = Vec::new();
    let mut controllers: Vec<Controller> = Vec::new();
    let mut notes = NotesDocument::default();
    let mut first_line_of: HashMap<String, u64> = HashMap::new();
    let mut record = ByteRecord::new();
    while table.next(&mut record)? {
        import.records += 1;
        let raw = |c: Option<usize>| c.and_then(|c| record.get(c)).unwrap_or(b"");
        // Most rows are not territory changes: decide on the raw bytes before reading any text.
        if !mentions_territory(raw(c_sub)) && !mentions_territory(raw(c_type)) {
            import.not_territory_changes += 1;
            continue;
        }
        let line = table.line(&record);
        let place = format!("line {line}");
        let mut bad = false;
        let mut text = |c: Option<usize>| -> String {
            let Some(c) = c else {
                return String::new();
            };
            match table.field(&record, c) {
                Ok(t) => t.trim().to_string(),
                Err(message) => {
                    problems.push(Problem::new(&place, table.name(c).to_string(), message));
                    bad = true;
                    String::new()
                }
            }
        };
        let sub = text(c_sub);
        let event_type = text(c_type);
        let kind = [&sub, &event_type]
            .into_iter()
            .map(|t| type_key(t))
            .find_map(|k| TERRITORY_TYPES.iter().find(|t| k.ends_with(*t)).copied());
        let Some(kind) = kind else {
            import.not_territory_changes += 1;
            continue;
        };
        let id = match text(c_id) {
            id if id.is_empty() => format!("acled-line-{line}"),
            id => id,
        };
        let date_text = text(c_date);
        let time_precision = text(c_time);
        let geo_precision = text(c_geo);
        let actor = text(c_actor);
        let location = text(c_location);
        let lat_text = text(c_lat);
        let lon_text = text(c_lon);
        let source = text(c_source);
        let note_text = text(c_notes);
        let admins: Vec<String> = admin.iter().map(|&c| text(Some(c))).collect();
        if bad {
            continue;
        }
        let mut row_problem = |field: &str, message: String| {
            problems.push(Problem::new(
                format!("line {line} (event_id_cnty \"{id}\")"),
                field,
                message,
            ));
        };
        let Some(day) = parse_acled_date(&date_text) else {
            row_problem(
                "event_date",
                format!("\"{date_text}\" is not a valid date (YYYY-MM-DD, or \"12 March 2016\")"),
            );
            continue;
        };
        let date = match time_precision.as_str() {
            "" | "1" => EventDate::on(day),
            "2" => EventDate {
                precision: DatePrecision::Span,
                from: day - chrono::Days::new(3),
                to: day + chrono::Days::new(3),
                text: format!("the week around {}", day.format("%-d %b %Y")).into(),
                ..EventDate::on(day)
            },
            "3" => {
                let from = day.with_day(1).unwrap_or(day);
                let to = from
                    .checked_add_months(chrono::Months::new(1))
                    .and_then(|d| d.pred_opt())
                    .unwrap_or(day);
                EventDate {
                    precision: DatePrecision::Month,
                    from,
                    to,
                    ..EventDate::on(day)
                }
            }
            other => {
                row_problem("time_precision", format!("\"{other}\" is not 1, 2 or 3"));
                continue;
            }
        };
        let extent = match geo_precision.as_str() {
            "" | "1" => Extent::Full,
            "2" | "3" => Extent::Partial { fraction: None },
            other => {
                row_problem("geo_precision", format!("\"{other}\" is not 1, 2 or 3"));
                continue;
            }
        };
        if actor.is_empty() {
            row_problem("actor1", "is empty: who took the territory?".into());
            continue;
        }
        let point = match (lon_text.as_str(), lat_text.as_str()) {
            ("", "") => None,
            (lon, lat) => match (lon.parse::<f64>(), lat.parse::<f64>()) {
                (Ok(lon), Ok(lat))
                    if lon.is_finite()
                        && lat.is_finite()
                        && (-180.0..=180.0).contains(&lon)
                        && (-90.0..=90.0).contains(&lat) =>
                {
                    Some((lon, lat))
                }
                _ => {
                    row_problem(
                        "latitude/longitude",
                        format!(
                            "[{lon_text}, {lat_text}] is not a longitude and latitude in range"
                        ),
                    );
                    continue;
                }
            },
        };
        if import.is_duplicate(&mut first_line_of, &id, line, &place) {
            continue;
        }
        // The districts: by name, else by the point (not for a location that names a whole city or
        // region, whose coordinates are its centre).
        let whole_area = {
            let key = name_key(&location);
            !key.is_empty()
                && (admins.iter().any(|a| name_key(a) == key) || whole_area_words.contains(&key))
        };
        let districts = match districts_by_name(layer, &location) {
            Some(ids) => {
                import.joined_by_name += 1;
                ids
            }
            None => match point {
                Some((lon, lat)) if !layer.in_extent(lon, lat) && layer.in_extent(lat, lon) => {
                    row_problem(
                        "latitude/longitude",
                        format!(
                            "latitude {lat_text}, longitude {lon_text} lies outside the layer, \
                             but inside it with the two swapped: are the columns swapped?"
                        ),
                    );
                    continue;
                }
                Some((lon, lat)) if !layer.in_extent(lon, lat) => {
                    import.outside_extent.push(OutsideExtent {
                        id,
                        place,
                        location,
                        lon,
                        lat,
                    });
                    continue;
                }
                Some((lon, lat)) if !whole_area => match layer.district_at(lon, lat) {
                    Some(i) => {
                        import.joined_by_point += 1;
                        vec![layer.districts[i].id.clone()]
                    }
                    None => vec![location.clone()],
                },
                _ if location.is_empty() => vec!["(no location)".to_string()],
                _ => vec![location.clone()],
            },
        };
        let controller = if kind == TERRITORY_TYPES[0] {
            "government".to_string()
        } else {
            controller_of(&actor, &mut controllers)
        };
        let note_line = one_line(&note_text);
        let certainty = if note_line.to_lowercase().contains("claim") {
            Certainty::Claimed { by: actor.clone() }
        } else {
            Certainty::Reported
        };
        let passages = if note_line.is_empty() {
            Vec::new()
        } else {
            let range = notes.add(&note_line);
            vec![Passage {
                document: document_id.as_str().into(),
                start: range.start,
                end: range.end,
                quote: note_line.to_string(),
            }]
        };
        let mut note = format!(
            "ACLED {}: {actor} (geo_precision {}, time_precision {})",
            if sub.is_empty() { &event_type } else { &sub },
            if geo_precision.is_empty() {
                "-"
            } else {
                &geo_precision
            },
            if time_precision.is_empty() {
                "-"
            } else {
                &time_precision
            },
        );
        if !source.is_empty() {
            note.push_str("; source: ");
            note.push_str(&source);
        }
        events.push(Event {
            id: id.into(),
            date,
            districts: districts.into_iter().map(Into::into).collect(),
            controller: controller.into(),
            extent,
            certainty,
            passages: passages.into_iter().collect(),
            disagrees_with: ThinVec::new(),
            basis: RareText::NONE,
            note: note.into(),
            extractor_finds: None,
        });
    }
    problems.into_result(path)?;
    let file_name = path
        .file_name()
        .and_then(|s| s.to_str())
        .unwrap_or_default()
        .to_string();
    let documents = if notes.text.is_empty() {
        Vec::new()
    } else {
        vec![SourceDocument {
            meta: SourceMeta {
                id: document_id,
                file: file_name.clone(),
                title: format!("ACLED notes from {file_name}"),
                publisher: "ACLED".into(),
                kind: "event notes, one per line".into(),
                ..SourceMeta::default()
            },
            text: notes.text,
            repaired_from: None,
            front_matter: None,
            non_prose: Vec::new(),
            warnings: Vec::new(),
        }]
    };
    Ok(EventsFile {
        controllers,
        events,
        documents,
        import,
    })
}

/// The notes of the kept rows, one per line (a note met twice is written once).
#[derive(Default)]
struct NotesDocument {
    text: String,
    at: HashMap<String, std::ops::Range<usize>>,
}

impl NotesDocument {
    fn add(&mut self, note: &str) -> std::ops::Range<usize> {
        if let Some(r) = self.at.get(note) {
            return r.clone();
        }
        let start = self.text.len();
        self.text.push_str(note);
        let range = start..self.text.len();
        self.text.push('\n');
        self.at.insert(note.to_string(), range.clone());
        range
    }
}

/// A note on one line: line breaks become spaces, and the ends are trimmed.
fn one_line(note: &str) -> std::borrow::Cow<'_, str> {
    let note = note.trim();
    if note.contains(['\n', '\r']) {
        note.replace("\r\n", " ").replace(['\n', '\r'], " ").into()
    } else {
        note.into()
    }
}

/// Whether a raw field may name a territory change (a cheap test on bytes, before any decoding).
fn mentions_territory(field: &[u8]) -> bool {
    field.len() >= 9
        && field
            .windows(9)
            .any(|w| w.eq_ignore_ascii_case(b"territory"))
}

/// An event type compared loosely: lower case, dashes and runs of spaces as one space.
fn type_key(text: &str) -> String {
    let lower = text.to_lowercase().replace(['-', '–', '—', '_'], " ");
    lower.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn parse_acled_date(text: &str) -> Option<NaiveDate> {
    ["%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%d %b %Y", "%d-%b-%Y"]
        .iter()
        .find_map(|f| NaiveDate::parse_from_str(text, f).ok())
}

/// A location resolved to district ids by name: the whole name, or its parts around " - " or ","
/// ("Aleppo - Hanano").
fn districts_by_name(layer: &DistrictLayer, location: &str) -> Option<Vec<String>> {
    let ids = |r: Resolution| match r {
        Resolution::Found(i) => Some(vec![layer.districts[i].id.clone()]),
        Resolution::Group(list) if !list.is_empty() => Some(
            list.into_iter()
                .map(|i| layer.districts[i].id.clone())
                .collect(),
        ),
        _ => None,
    };
    if location.is_empty() {
        return None;
    }
    ids(layer.resolve(location)).or_else(|| {
        let spaced = location.replace(" – ", " - ");
        let parts: Vec<&str> = spaced
            .split(" - ")
            .flat_map(|p| p.split(','))
            .map(str::trim)
            .filter(|p| !p.is_empty() && *p != location)
            .collect();
        parts.into_iter().rev().find_map(|p| ids(layer.resolve(p)))
    })
}

/// The controller an ACLED actor stands for: one of the built-in sides when the name says so, else a
/// controller of its own (added to `extra`).
fn controller_of(actor: &str, extra: &mut Vec<Controller>) -> String {
    let lower = actor.to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| lower.contains(w));
    if has(&["islamic state", "isis", "isil", "daesh"]) {
        return "isil".into();
    }
    if has(&[
        "ypg",
        "ypj",
        "sdf",
        "syrian democratic forces",
        "kurdish",
        "asayish",
        "pyd",
    ]) {
        return "kurdish".into();
    }
    if has(&[
        "military forces of syria",
        "government of syria",
        "police forces of syria",
        "syrian army",
        "national defence forces",
        "national defense forces",
        "hezbollah",
        "military forces of russia",
        "military forces of iran",
    ]) {
        return "government".into();
    }
    if has(&[
        "opposition",
        "rebel",
        "free syrian army",
        "fsa",
        "jabhat",
        "nusra",
        "hayat tahrir",
        "hts",
        "ahrar",
        "jaysh",
        "jaish",
        "faylaq",
        "nour al-din",
        "nour al din",
        "national front for liberation",
    ]) {
        return "rebels".into();
    }
    let id = format!(
        "acled-{}",
        name_key(actor)
            .replace(' ', "-")
            .chars()
            .take(60)
            .collect::<String>()
    );
    if !extra.iter().any(|c| c.id == id) {
        // Colours of their own, apart from the built-in palette.
        const COLOURS: &[&str] = &[
            "#CC79A7", "#56B4E9", "#0072B2", "#F0E442", "#882255", "#44AA99",
        ];
        extra.push(Controller {
            id: id.clone(),
            label: actor.to_string(),
            colour: COLOURS[extra.len() % COLOURS.len()].to_string(),
        });
    }
    id
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn event_types_old_and_new_are_recognised() {
        for t in [
            "Government regains territory",
            "Battle-Government regains territory",
            "Battle - Non-state actor overtakes territory",
            "Non-violent transfer of territory",
        ] {
            let k = type_key(t);
            assert!(TERRITORY_TYPES.iter().any(|x| k.ends_with(x)), "{t} → {k}");
        }
        assert!(!TERRITORY_TYPES
            .iter()
            .any(|x| type_key("Battle-No change of territory").ends_with(x)));
    }

    #[test]
    fn actors_map_to_sides() {
        let mut extra = Vec::new();
        assert_eq!(
            controller_of("Islamic State (Iraq and the Levant)", &mut extra),
            "isil"
        );
        assert_eq!(
            controller_of("YPG: People's Protection Units", &mut extra),
            "kurdish"
        );
        assert_eq!(
            controller_of("Military Forces of Syria (2000-)", &mut extra),
            "government"
        );
        assert_eq!(
            controller_of("Opposition Rebels (Syria)", &mut extra),
            "rebels"
        );
        assert_eq!(
            controller_of("Some Tribal Militia", &mut extra),
            "acled-some-tribal-militia"
        );
        assert_eq!(extra.len(), 1);
    }

    #[test]
    fn dates_in_both_spellings() {
        assert_eq!(
            parse_acled_date("2016-12-22"),
            NaiveDate::from_ymd_opt(2016, 12, 22)
        );
        assert_eq!(
            parse_acled_date("22 December 2016"),
            NaiveDate::from_ymd_opt(2016, 12, 22)
        );
        assert_eq!(parse_acled_date("2016-02-30"), None);
    }
}
