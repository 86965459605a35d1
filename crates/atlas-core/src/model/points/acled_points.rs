//! Every row of an ACLED export as a dated point (the events reader, [`crate::model::acled`], keeps
//! only the territory changes): its event type is its category, its actors and fatalities can filter
//! it, its notes are its passage, and `time_precision` widens its day to the week (2) or month (3).
//! A row without a usable date or coordinates is left out and listed by its line.

use super::dates::parse_one_day;
use super::{
    checked_position, CategoryNumbers, DatedPoint, PointLayer, PointsFormat, PointsReport,
};
use crate::model::error::{LoadError, Problem};
use crate::model::events_csv::Table;
use crate::model::progress::{ReadWatch, WatchedReader};
use chrono::NaiveDate;
use csv::ByteRecord;
use std::io::Read;
use std::path::Path;

/// Reads an ACLED export's rows from `path`, counting bytes into `watch`.
pub fn load(path: &Path, watch: &ReadWatch) -> Result<PointLayer, LoadError> {
    let file = crate::model::formats::open_csv(path)?;
    watch.start(file.get_ref().metadata().map_or(0, |m| m.len()));
    from_reader(path, WatchedReader::new(file, watch))
}

/// The columns read, by name.
struct Columns {
    date: usize,
    lat: usize,
    lon: usize,
    category: Option<usize>,
    time: Option<usize>,
    actors: [Option<usize>; 2],
    fatalities: Option<usize>,
    notes: Option<usize>,
}

/// Reads an ACLED export's rows; `path` only names the file in messages.
pub fn from_reader(path: &Path, reader: impl Read) -> Result<PointLayer, LoadError> {
    let mut table = Table::open(path, reader)?;
    let cols = find_columns(&table)?;
    let names = table.names().to_vec();
    let mut layer = PointLayer {
        path: path.to_path_buf(),
        format: PointsFormat::Acled,
        points: Vec::new(),
        categories: Vec::new(),
        date_field: table.name(cols.date).to_string(),
        category_field: cols.category.map(|c| table.name(c).to_string()),
        report: PointsReport::default(),
        longest_span_days: 0,
    };
    let mut categories = CategoryNumbers::default();
    let mut record = ByteRecord::new();
    while table.next(&mut record)? {
        layer.report.rows += 1;
        let place = format!("line {}", table.line(&record));
        let mut fields = Vec::with_capacity(record.len());
        for c in 0..record.len() {
            match table.field(&record, c) {
                Ok(text) => fields.push(text.trim().to_string()),
                Err(message) => {
                    let problem = Problem::new(&place, table.name(c), message);
                    layer.report.refuse(problem);
                    break;
                }
            }
        }
        if fields.len() < record.len() {
            continue;
        }
        match row_point(&cols, &fields, &names, &place, &mut categories) {
            Ok(point) => layer.points.push(point),
            Err((c, message)) => {
                layer
                    .report
                    .refuse(Problem::new(place, table.name(c), message));
            }
        }
    }
    layer.categories = categories.names;
    Ok(layer.finish())
}

fn find_columns<R: Read>(table: &Table<R>) -> Result<Columns, LoadError> {
    let col = |name: &str| table.column(name);
    let (date, lat, lon) = (col("event_date"), col("latitude"), col("longitude"));
    let (Some(date), Some(lat), Some(lon)) = (date, lat, lon) else {
        let missing: Vec<&str> = [("event_date", date), ("latitude", lat), ("longitude", lon)]
            .iter()
            .filter(|(_, c)| c.is_none())
            .map(|(n, _)| *n)
            .collect();
        return Err(table.missing_columns(&missing));
    };
    Ok(Columns {
        date,
        lat,
        lon,
        category: col("event_type").or(col("sub_event_type")),
        time: col("time_precision"),
        actors: [col("actor1"), col("actor2")],
        fatalities: col("fatalities"),
        notes: col("notes"),
    })
}

/// A row as a point; Err names the column that is wrong and why.
fn row_point(
    cols: &Columns,
    fields: &[String],
    names: &[String],
    place: &str,
    categories: &mut CategoryNumbers,
) -> Result<DatedPoint, (usize, String)> {
    let get = |c: Option<usize>| c.and_then(|c| fields.get(c)).map_or("", String::as_str);
    let date_text = get(Some(cols.date));
    let Some(day) = parse_one_day(date_text) else {
        return Err((cols.date, format!("\"{date_text}\" is not a day")));
    };
    let (from, to) = widened(day, get(cols.time));
    let number = |c: usize| get(Some(c)).parse::<f64>().ok();
    let (lon, lat) = match (number(cols.lon), number(cols.lat)) {
        (Some(lon), Some(lat)) => checked_position(lon, lat).map_err(|m| (cols.lat, m))?,
        _ => {
            let (lon, lat) = (get(Some(cols.lon)), get(Some(cols.lat)));
            return Err((cols.lat, format!("[{lon}, {lat}] is not a pair of numbers")));
        }
    };
    let actors: Vec<&str> = cols
        .actors
        .iter()
        .map(|c| get(*c))
        .filter(|a| !a.is_empty())
        .collect();
    let properties = names
        .iter()
        .zip(fields)
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    Ok(DatedPoint {
        lon,
        lat,
        from,
        to,
        category: categories.number(get(cols.category)),
        actors: actors.join(" / "),
        fatalities: get(cols.fatalities).parse().ok(),
        place: place.to_string(),
        properties,
        notes: get(cols.notes).to_string(),
    })
}

/// A row's days from its day and `time_precision` (2: the week around it, 3: its month), as the
/// events reader dates them; a precision that is none of 1, 2, 3 keeps the day.
fn widened(day: NaiveDate, time_precision: &str) -> (NaiveDate, NaiveDate) {
    crate::model::acled::acled_event_date(day, time_precision)
        .map_or((day, day), |d| (d.from, d.to))
}
