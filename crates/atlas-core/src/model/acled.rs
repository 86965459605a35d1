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
    let cols = AcledColumns::find(&table)?;
    let document_id = notes_document_id(path);
    // The words of the layer's own name ("Aleppo"): a location that is one names the whole city.
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
        if !mentions_territory(raw(cols.sub)) && !mentions_territory(raw(cols.r#type)) {
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
        let sub = text(cols.sub);
        let event_type = text(cols.r#type);
        let Some(kind) = territory_kind(&sub, &event_type) else {
            import.not_territory_changes += 1;
            continue;
        };
        let row = read_row(&mut text, &cols, line);
        if bad {
            continue;
        }
        let mut row_problem = |field: &str, message: String| {
            problems.push(Problem::new(
                format!("line {line} (event_id_cnty \"{}\")", row.id),
                field,
                message,
            ));
        };
        let (date, extent, point) = match row_values(&row) {
            Ok(values) => values,
            Err((field, message)) => {
                row_problem(field, message);
                continue;
            }
        };
        if import.is_duplicate(&mut first_line_of, &row.id, line, &place) {
            continue;
        }
        let whole_area = names_whole_area(&row.location, &row.admins, &whole_area_words);
        let districts = match place_row(layer, &row.location, point, whole_area) {
            Placed::ByName(ids) => count(&mut import.joined_by_name, ids),
            Placed::ByPoint(ids) => count(&mut import.joined_by_point, ids),
            Placed::Unjoined(names) => names,
            Placed::Swapped => {
                row_problem("latitude/longitude", swapped_message(&row));
                continue;
            }
            Placed::Outside { lon, lat } => {
                let (id, location) = (row.id, row.location);
                let outside = OutsideExtent {
                    id,
                    place,
                    location,
                    lon,
                    lat,
                };
                import.outside_extent.push(outside);
                continue;
            }
        };
        let controller = if kind == TERRITORY_TYPES[0] {
            "government".to_string()
        } else {
            controller_of(&row.actor, &mut controllers)
        };
        let what = if sub.is_empty() { &event_type } else { &sub };
        events.push(row_event(
            row,
            what,
            (date, extent),
            districts,
            controller,
            &mut notes,
            &document_id,
        ));
    }
    problems.into_result(path)?;
    let documents = notes_documents(path, document_id, notes);
    Ok(EventsFile {
        controllers,
        events,
        documents,
        import,
    })
}

/// The text of a territory-change row past its types.
struct AcledRow {
    /// `event_id_cnty`, or one made from the line.
    id: String,
    date_text: String,
    time_precision: String,
    geo_precision: String,
    actor: String,
    location: String,
    lat_text: String,
    lon_text: String,
    source: String,
    note_text: String,
    admins: Vec<String>,
}

/// Reads a row's fields with `text` (which names any field that is not text).
fn read_row(
    text: &mut impl FnMut(Option<usize>) -> String,
    cols: &AcledColumns,
    line: u64,
) -> AcledRow {
    let id = match text(cols.id) {
        id if id.is_empty() => format!("acled-line-{line}"),
        id => id,
    };
    AcledRow {
        id,
        date_text: text(cols.date),
        time_precision: text(cols.time),
        geo_precision: text(cols.geo),
        actor: text(cols.actor),
        location: text(cols.location),
        lat_text: text(cols.lat),
        lon_text: text(cols.lon),
        source: text(cols.source),
        note_text: text(cols.notes),
        admins: cols.admin.iter().map(|&c| text(Some(c))).collect(),
    }
}

/// A row's date, extent and point.
type RowValues = (EventDate, Extent, Option<(f64, f64)>);

/// A row's date, extent and point; Err names the first field that is wrong, and why.
fn row_values(row: &AcledRow) -> Result<RowValues, (&'static str, String)> {
    let date_text = &row.date_text;
    let Some(day) = parse_acled_date(date_text) else {
        return Err((
            "event_date",
            format!("\"{date_text}\" is not a valid date (YYYY-MM-DD, or \"12 March 2016\")"),
        ));
    };
    let date = acled_event_date(day, &row.time_precision).map_err(|m| ("time_precision", m))?;
    let extent = acled_extent(&row.geo_precision).map_err(|m| ("geo_precision", m))?;
    if row.actor.is_empty() {
        return Err(("actor1", "is empty: who took the territory?".into()));
    }
    let point = acled_point(&row.lon_text, &row.lat_text).map_err(|m| ("latitude/longitude", m))?;
    Ok((date, extent, point))
}

/// Whether a location names a whole city or region (one of the row's admin areas, or a word of
/// the layer's name): its coordinates are its centre, not a place in a district.
fn names_whole_area(location: &str, admins: &[String], whole_area_words: &[String]) -> bool {
    let key = name_key(location);
    !key.is_empty()
        && (admins.iter().any(|a| name_key(a) == key) || whole_area_words.contains(&key))
}

/// Where the columns an ACLED export is read from are (by name).
struct AcledColumns {
    r#type: Option<usize>,
    sub: Option<usize>,
    date: Option<usize>,
    actor: Option<usize>,
    location: Option<usize>,
    lat: Option<usize>,
    lon: Option<usize>,
    id: Option<usize>,
    time: Option<usize>,
    geo: Option<usize>,
    source: Option<usize>,
    notes: Option<usize>,
    /// admin1, admin2, admin3, those present.
    admin: Vec<usize>,
}

impl AcledColumns {
    /// The columns of `table`; Err names the required ones missing.
    fn find<R: Read>(table: &Table<R>) -> Result<Self, LoadError> {
        let col = |name: &str| table.column(name);
        let r#type = col("event_type");
        let sub = col("sub_event_type");
        let date = col("event_date");
        let actor = col("actor1");
        let location = col("location");
        let (lat, lon) = (col("latitude"), col("longitude"));
        let mut missing = Vec::new();
        if r#type.is_none() && sub.is_none() {
            missing.push("event_type or sub_event_type");
        }
        if date.is_none() {
            missing.push("event_date");
        }
        if actor.is_none() {
            missing.push("actor1");
        }
        if location.is_none() && (lat.is_none() || lon.is_none()) {
            missing.push("location, or latitude and longitude");
        }
        if !missing.is_empty() {
            return Err(table.missing_columns(&missing));
        }
        let id = col("event_id_cnty");
        let time = col("time_precision");
        let geo = col("geo_precision");
        let source = col("source");
        let notes = col("notes");
        let admin: Vec<usize> = ["admin1", "admin2", "admin3"]
            .iter()
            .filter_map(|c| table.column(c))
            .collect();
        Ok(Self {
            r#type,
            sub,
            date,
            actor,
            location,
            lat,
            lon,
            id,
            time,
            geo,
            source,
            notes,
            admin,
        })
    }
}

/// The id of the document the notes of the export at `path` make.
fn notes_document_id(path: &Path) -> String {
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("export");
    format!("acled-{stem}")
}

/// What a row whose point lies in the layer only with longitude and latitude swapped is told.
fn swapped_message(row: &AcledRow) -> String {
    format!(
        "latitude {}, longitude {} lies outside the layer, \
         but inside it with the two swapped: are the columns swapped?",
        row.lat_text, row.lon_text
    )
}

/// Which of [`TERRITORY_TYPES`] a row is, by its sub-event type, else its event type.
fn territory_kind(sub: &str, event_type: &str) -> Option<&'static str> {
    [sub, event_type]
        .into_iter()
        .map(type_key)
        .find_map(|k| TERRITORY_TYPES.iter().find(|t| k.ends_with(*t)).copied())
}

/// `ids`, counted in `counter`.
fn count(counter: &mut usize, ids: Vec<String>) -> Vec<String> {
    *counter += 1;
    ids
}

/// Where a row's districts come from.
enum Placed {
    /// Its location is a name the layer knows.
    ByName(Vec<String>),
    /// Its point lies in a district.
    ByPoint(Vec<String>),
    /// Neither: the names are kept for the join to report.
    Unjoined(Vec<String>),
    /// Its point lies outside the layer, but inside it with longitude and latitude swapped.
    Swapped,
    /// Its point lies outside the layer.
    Outside { lon: f64, lat: f64 },
}

/// The districts of a row: by its location's name, else by its point (not for a location that
/// names a whole city or region, whose coordinates are its centre).
fn place_row(
    layer: &DistrictLayer,
    location: &str,
    point: Option<(f64, f64)>,
    whole_area: bool,
) -> Placed {
    if let Some(ids) = districts_by_name(layer, location) {
        return Placed::ByName(ids);
    }
    match point {
        Some((lon, lat)) if !layer.in_extent(lon, lat) && layer.in_extent(lat, lon) => {
            Placed::Swapped
        }
        Some((lon, lat)) if !layer.in_extent(lon, lat) => Placed::Outside { lon, lat },
        Some((lon, lat)) if !whole_area => match layer.district_at(lon, lat) {
            Some(i) => Placed::ByPoint(vec![layer.districts[i].id.clone()]),
            None => Placed::Unjoined(vec![location.to_string()]),
        },
        _ if location.is_empty() => Placed::Unjoined(vec!["(no location)".to_string()]),
        _ => Placed::Unjoined(vec![location.to_string()]),
    }
}

/// The event of a territory-change row that joined.
fn row_event(
    row: AcledRow,
    what: &str,
    (date, extent): (EventDate, Extent),
    districts: Vec<String>,
    controller: String,
    notes: &mut NotesDocument,
    document_id: &str,
) -> Event {
    let (certainty, passages) = note_passage(notes, document_id, &row.note_text, &row.actor);
    let note = acled_note(
        what,
        &row.actor,
        &row.geo_precision,
        &row.time_precision,
        &row.source,
    );
    Event {
        id: row.id.into(),
        date,
        districts: districts.into_iter().map(Into::into).collect(),
        controller: controller.into(),
        extent,
        certainty,
        passages: passages.into_iter().collect(),
        disagrees_with: ThinVec::new(),
        count: None,
        kept_km2: None,
        reading: RareText::NONE,
        basis: RareText::NONE,
        note: note.into(),
        extractor_finds: None,
    }
}

/// The certainty a row's note gives (a note that speaks of a claim makes the event a claim), and the
/// note as the event's passage, added to the notes document.
fn note_passage(
    notes: &mut NotesDocument,
    document_id: &str,
    note_text: &str,
    actor: &str,
) -> (Certainty, Vec<Passage>) {
    let note_line = one_line(note_text);
    let certainty = if note_line.to_lowercase().contains("claim") {
        Certainty::Claimed {
            by: actor.to_string(),
        }
    } else {
        Certainty::Reported
    };
    let passages = if note_line.is_empty() {
        Vec::new()
    } else {
        let range = notes.add(&note_line);
        vec![Passage {
            document: document_id.into(),
            start: range.start,
            end: range.end,
            quote: note_line.to_string(),
        }]
    };
    (certainty, passages)
}

/// The date of a row from its day and `time_precision` (1: the day, 2: the week around it, 3: its
/// month); Err names a precision that is none of these.
pub(crate) fn acled_event_date(day: NaiveDate, time_precision: &str) -> Result<EventDate, String> {
    Ok(match time_precision {
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
        other => return Err(format!("\"{other}\" is not 1, 2 or 3")),
    })
}

/// The extent of a row from its `geo_precision` (1: the place itself, 2 or 3: near it).
fn acled_extent(geo_precision: &str) -> Result<Extent, String> {
    match geo_precision {
        "" | "1" => Ok(Extent::Full),
        "2" | "3" => Ok(Extent::Partial { fraction: None }),
        other => Err(format!("\"{other}\" is not 1, 2 or 3")),
    }
}

/// The point of a row's longitude and latitude (None when both are empty).
fn acled_point(lon_text: &str, lat_text: &str) -> Result<Option<(f64, f64)>, String> {
    match (lon_text, lat_text) {
        ("", "") => Ok(None),
        (lon, lat) => match (lon.parse::<f64>(), lat.parse::<f64>()) {
            (Ok(lon), Ok(lat))
                if lon.is_finite()
                    && lat.is_finite()
                    && (-180.0..=180.0).contains(&lon)
                    && (-90.0..=90.0).contains(&lat) =>
            {
                Ok(Some((lon, lat)))
            }
            _ => Err(format!(
                "[{lon_text}, {lat_text}] is not a longitude and latitude in range"
            )),
        },
    }
}

/// The event's note: what ACLED calls the row (its sub-event type, else its event type), who, both precisions and the source.
fn acled_note(
    what: &str,
    actor: &str,
    geo_precision: &str,
    time_precision: &str,
    source: &str,
) -> String {
    let mut note = format!(
        "ACLED {}: {actor} (geo_precision {}, time_precision {})",
        what,
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
        note.push_str(source);
    }
    note
}

/// The document the notes of the kept rows make, if there are any.
fn notes_documents(path: &Path, document_id: String, notes: NotesDocument) -> Vec<SourceDocument> {
    let file_name = path
        .file_name()
        .and_then(|s| s.to_str())
        .unwrap_or_default()
        .to_string();
    if notes.text.is_empty() {
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
    }
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
