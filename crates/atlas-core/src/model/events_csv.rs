//! The project's events CSV: one change of control per row, with the columns `date`, `district`,
//! `controller`, `extent`, `source` and `quote` (and optionally `id`, `fraction`, `certainty`,
//! `claimed_by`, `note`), matched by name in any order. The quote carries no offsets: the join finds it
//! in the named source document. Also the CSV plumbing shared with the ACLED reader: a header matched
//! by name (a byte-order mark tolerated), fields checked for UTF-8, and places named by line.

use super::error::{LoadError, Problem, Problems};
use super::event::{event_from_raw, DuplicateId, EventsFile, EventsFormat, EventsImport, RawEvent};
use super::Passage;
use csv::ByteRecord;
use std::collections::HashMap;
use std::io::Read;
use std::path::Path;

/// The columns a project CSV must have.
pub const REQUIRED_COLUMNS: &[&str] = &["date", "district", "controller", "extent"];

/// Loads a project events CSV.
pub fn load(path: &Path) -> Result<EventsFile, LoadError> {
    from_reader(path, super::formats::open_csv(path)?)
}

/// Reads a project events CSV; `path` only names the file in messages.
pub fn from_reader(path: &Path, reader: impl Read) -> Result<EventsFile, LoadError> {
    let mut table = Table::open(path, reader)?;
    let missing: Vec<&str> = REQUIRED_COLUMNS
        .iter()
        .copied()
        .filter(|c| table.column(c).is_none())
        .collect();
    if !missing.is_empty() {
        return Err(table.missing_columns(&missing));
    }
    let col = |name: &str| table.column(name);
    let (c_date, c_district, c_controller, c_extent) = (
        col("date"),
        col("district"),
        col("controller"),
        col("extent"),
    );
    let (c_source, c_quote, c_id, c_fraction, c_certainty, c_claimed, c_note) = (
        col("source"),
        col("quote"),
        col("id"),
        col("fraction"),
        col("certainty"),
        col("claimed_by"),
        col("note"),
    );
    let mut problems = Problems::default();
    let mut events = Vec::new();
    let mut import = EventsImport {
        format: EventsFormat::Csv,
        ..EventsImport::default()
    };
    let mut first_line_of: HashMap<String, u64> = HashMap::new();
    let mut record = ByteRecord::new();
    while table.next(&mut record)? {
        import.records += 1;
        let line = table.line(&record);
        let place = format!("line {line}");
        let mut row = Row {
            record: &record,
            table: &table,
            place: &place,
            problems: &mut problems,
        };
        let text = |row: &mut Row<_>, c: Option<usize>| row.text(c).unwrap_or_default();
        let id = match text(&mut row, c_id) {
            id if id.trim().is_empty() => format!("row-{line}"),
            id => id.trim().to_string(),
        };
        let date = text(&mut row, c_date);
        let districts: Vec<String> = text(&mut row, c_district)
            .split(';')
            .map(str::trim)
            .filter(|d| !d.is_empty())
            .map(str::to_string)
            .collect();
        let controller = text(&mut row, c_controller).trim().to_string();
        let extent = text(&mut row, c_extent).trim().to_lowercase();
        let fraction_text = text(&mut row, c_fraction);
        let certainty = match text(&mut row, c_certainty).trim() {
            "" => "reported".to_string(),
            other => other.to_lowercase(),
        };
        let claimed_by =
            Some(text(&mut row, c_claimed).trim().to_string()).filter(|s| !s.is_empty());
        let note = Some(text(&mut row, c_note).trim().to_string()).filter(|s| !s.is_empty());
        let source = text(&mut row, c_source).trim().to_string();
        let quote = text(&mut row, c_quote).trim().to_string();
        let Some(fraction) = parse_fraction(&fraction_text) else {
            problems.push(Problem::new(
                &place,
                "fraction",
                format!("\"{fraction_text}\" is not a number between 0 and 1"),
            ));
            continue;
        };
        if source.is_empty() != quote.is_empty() {
            problems.push(Problem::new(
                &place,
                if source.is_empty() { "source" } else { "quote" },
                "a passage needs both the source document's id and the quote",
            ));
            continue;
        }
        if import.is_duplicate(&mut first_line_of, &id, line, &place) {
            continue;
        }
        let raw = raw_event(
            id,
            date,
            districts,
            (controller, extent, fraction),
            (certainty, claimed_by),
            note,
        );
        let place = format!("line {line} (id \"{}\")", raw.id);
        match event_from_raw(raw, &place) {
            Ok(mut event) => {
                if !source.is_empty() {
                    event.passages.push(Passage::unlocated(source, quote));
                }
                events.push(event);
            }
            Err(p) => p.into_iter().for_each(|p| problems.push(p)),
        }
    }
    problems.into_result(path)?;
    if import.records == 0 {
        return Err(LoadError::one(
            path,
            "line 2",
            "",
            "the file has a header but no rows",
        ));
    }
    Ok(EventsFile {
        controllers: Vec::new(),
        events,
        documents: Vec::new(),
        import,
    })
}

/// A fraction as a CSV writes it ("0.3", "30%"); Some(None) when empty, None when not a number.
fn parse_fraction(fraction_text: &str) -> Option<Option<f64>> {
    match fraction_text.trim().trim_end_matches('%') {
        "" => Some(None),
        f => match f.parse::<f64>() {
            Ok(v) if fraction_text.trim().ends_with('%') => Some(Some(v / 100.0)),
            Ok(v) => Some(Some(v)),
            Err(_) => None,
        },
    }
}

/// The event a row states, as its JSON would: a day, no passages yet.
fn raw_event(
    id: String,
    date: String,
    districts: Vec<String>,
    (controller, extent, fraction): (String, String, Option<f64>),
    (certainty, claimed_by): (String, Option<String>),
    note: Option<String>,
) -> RawEvent {
    RawEvent {
        id: id.into(),
        date,
        date_precision: super::DatePrecision::Day,
        date_from: None,
        date_to: None,
        date_text: None,
        date_phrase: None,
        date_basis: None,
        districts: districts.into_iter().map(Into::into).collect(),
        controller: controller.into(),
        extent,
        fraction,
        certainty,
        claimed_by,
        passages: Vec::new(),
        disagrees_with: Vec::new(),
        count: None,
        kept_km2: None,
        reading: None,
        basis: None,
        note,
        extractor_finds: None,
    }
}

/// One row being read: fields as text, problems named by line and column.
struct Row<'a, R: Read> {
    record: &'a ByteRecord,
    table: &'a Table<R>,
    place: &'a str,
    problems: &'a mut Problems,
}

impl<R: Read> Row<'_, R> {
    fn text(&mut self, column: Option<usize>) -> Option<String> {
        let c = column?;
        match self.table.field(self.record, c) {
            Ok(text) => Some(text.to_string()),
            Err(message) => {
                self.problems.push(Problem::new(
                    self.place,
                    self.table.name(c).to_string(),
                    message,
                ));
                None
            }
        }
    }
}

/// A CSV file with a header row whose columns are matched by name.
pub(crate) struct Table<R: Read> {
    path: std::path::PathBuf,
    reader: csv::Reader<std::io::BufReader<LastByte<R>>>,
    /// The header's names as written (trimmed, without a byte-order mark).
    names: Vec<String>,
    /// Lower-case name → column.
    by_name: HashMap<String, usize>,
}

impl<R: Read> Table<R> {
    /// Opens a CSV and reads its header. An empty file, a header that is not UTF-8, and an empty header
    /// are refused.
    pub(crate) fn open(path: &Path, reader: R) -> Result<Self, LoadError> {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(std::io::BufReader::with_capacity(
                1 << 20,
                LastByte::new(reader),
            ));
        let mut header = ByteRecord::new();
        let read = reader
            .read_byte_record(&mut header)
            .map_err(|e| csv_error(path, e))?;
        if !read || header.iter().all(|f| f.iter().all(u8::is_ascii_whitespace)) {
            return Err(LoadError::Empty {
                path: path.to_path_buf(),
            });
        }
        let mut names = Vec::with_capacity(header.len());
        for (i, field) in header.iter().enumerate() {
            let field = if i == 0 {
                field.strip_prefix(b"\xef\xbb\xbf").unwrap_or(field)
            } else {
                field
            };
            match std::str::from_utf8(field) {
                Ok(name) => names.push(name.trim().to_string()),
                Err(e) => {
                    return Err(LoadError::NotUtf8 {
                        path: path.to_path_buf(),
                        offset: header.position().map_or(0, |p| p.byte() as usize)
                            + e.valid_up_to(),
                    })
                }
            }
        }
        let mut by_name = HashMap::new();
        for (i, name) in names.iter().enumerate() {
            if let Some(first) = by_name.insert(name.to_lowercase(), i) {
                if !name.is_empty() {
                    return Err(LoadError::one(
                        path,
                        "line 1 (the header)",
                        name,
                        format!(
                            "the column is named twice (columns {} and {}): which one is meant \
                             cannot be told; rename or remove one",
                            first + 1,
                            i + 1
                        ),
                    ));
                }
            }
        }
        Ok(Self {
            path: path.to_path_buf(),
            reader,
            names,
            by_name,
        })
    }

    /// The column with this name (case-insensitive).
    pub(crate) fn column(&self, name: &str) -> Option<usize> {
        self.by_name.get(&name.to_lowercase()).copied()
    }

    /// The header's names as written (for readers that keep every column).
    pub(crate) fn names(&self) -> &[String] {
        &self.names
    }

    pub(crate) fn name(&self, column: usize) -> &str {
        self.names.get(column).map_or("", String::as_str)
    }

    /// The error for a header that lacks columns.
    pub(crate) fn missing_columns(&self, missing: &[&str]) -> LoadError {
        LoadError::one(
            &self.path,
            "line 1 (the header)",
            "",
            format!(
                "missing column{} {}; the header names: {}",
                if missing.len() == 1 { "" } else { "s" },
                missing.join(", "),
                self.names.join(", ")
            ),
        )
    }

    /// Reads the next row into `record`; false at the end. Blank lines are skipped.
    pub(crate) fn next(&mut self, record: &mut ByteRecord) -> Result<bool, LoadError> {
        loop {
            let read = self
                .reader
                .read_byte_record(record)
                .map_err(|e| csv_error(&self.path, e))?;
            if !read {
                return Ok(false);
            }
            if record.len() == 1 && record[0].iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            self.refuse_unclosed_quote(record)?;
            return Ok(true);
        }
    }

    /// A quote that opens and never closes swallows the rest of the file into one field: the row read
    /// last runs to the end of the file, its last field spans lines, and the file does not end with
    /// the closing quote.
    fn refuse_unclosed_quote(&mut self, record: &ByteRecord) -> Result<(), LoadError> {
        let Some(last) = record.len().checked_sub(1) else {
            return Ok(());
        };
        let spans_lines = record.get(last).is_some_and(|f| f.contains(&b'\n'));
        let file = self.reader.get_ref().get_ref();
        if !spans_lines || !file.ended || file.last == Some(b'"') {
            return Ok(());
        }
        let line = self.line(record);
        Err(LoadError::one(
            &self.path,
            &format!("line {line}"),
            self.name(last),
            format!(
                "a quote opens in this field and never closes, so everything from line {line} to the \
                 end of the file would be read as one field; close the quote, or write a quote inside \
                 a field as two (\"\")"
            ),
        ))
    }

    /// The line a row starts on (1 is the header).
    pub(crate) fn line(&self, record: &ByteRecord) -> u64 {
        record.position().map_or(0, |p| p.line())
    }

    /// A field as UTF-8 text (empty when the row is short); the error says what is wrong.
    pub(crate) fn field<'r>(
        &self,
        record: &'r ByteRecord,
        column: usize,
    ) -> Result<&'r str, String> {
        match record.get(column) {
            None => Ok(""),
            Some(bytes) => std::str::from_utf8(bytes).map_err(|e| {
                format!(
                    "not UTF-8 text (invalid byte at offset {} of the field); save the file as UTF-8",
                    e.valid_up_to()
                )
            }),
        }
    }
}

/// A reader that remembers the last byte other than white space that came through it.
pub(crate) struct LastByte<R> {
    inner: R,
    last: Option<u8>,
    /// The end of the file was reached.
    ended: bool,
}

impl<R> LastByte<R> {
    fn new(inner: R) -> Self {
        Self {
            inner,
            last: None,
            ended: false,
        }
    }
}

impl<R: Read> Read for LastByte<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        if let Some(&b) = buf[..n].iter().rev().find(|b| !b.is_ascii_whitespace()) {
            self.last = Some(b);
        }
        self.ended |= n == 0 && !buf.is_empty();
        Ok(n)
    }
}

fn csv_error(path: &Path, e: csv::Error) -> LoadError {
    let line = e.position().map_or(0, |p| p.line());
    match e.into_kind() {
        csv::ErrorKind::Io(io) => LoadError::io(path, io),
        other => LoadError::one(path, &format!("line {line}"), "", format!("{other:?}")),
    }
}

impl EventsImport {
    /// Whether `id` was met on an earlier line of a CSV file (then it is recorded as a duplicate, to
    /// be left out); otherwise its line is remembered. Shared by the project's CSV and ACLED readers.
    pub(super) fn is_duplicate(
        &mut self,
        first_line_of: &mut HashMap<String, u64>,
        id: &str,
        line: u64,
        place: &str,
    ) -> bool {
        if let Some(first) = first_line_of.get(id) {
            self.duplicate_ids.push(DuplicateId {
                id: id.to_string(),
                first: format!("line {first}"),
                again: place.to_string(),
            });
            return true;
        }
        first_line_of.insert(id.to_string(), line);
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Result<EventsFile, LoadError> {
        from_reader(Path::new("events.csv"), text.as_bytes())
    }

    #[test]
    fn columns_are_matched_by_name_in_any_order() {
        let f = read(
            "\u{feff}Quote,source,controller,date,district,extent\n\
             \"The army took it, they said.\",doc,government,2016-11-26,Hanano; Jabal Badro,full\n",
        )
        .expect("valid");
        let e = &f.events[0];
        assert_eq!(e.id, "row-2");
        assert_eq!(e.districts.as_slice(), ["Hanano", "Jabal Badro"]);
        assert_eq!(e.passages[0].quote, "The army took it, they said.");
        assert!(e.passages[0].is_unlocated());
    }

    #[test]
    fn problems_name_the_line_and_column() {
        let err = read("date,district,controller,extent\n2016-02-30,a,rebels,full\n")
            .expect_err("bad date")
            .to_string();
        assert!(
            err.contains("line 2") && err.contains("date") && err.contains("2016-02-30"),
            "{err}"
        );
        let err = read("date,district,extent\n")
            .expect_err("missing column")
            .to_string();
        assert!(err.contains("missing column controller"), "{err}");
    }

    #[test]
    fn duplicate_ids_are_reported_and_left_out() {
        let f = read(
            "id,date,district,controller,extent\nx,2016-01-01,a,rebels,full\nx,2016-01-02,a,rebels,full\n",
        )
        .expect("loads");
        assert_eq!(f.events.len(), 1);
        assert_eq!(f.import.duplicate_ids[0].again, "line 3");
    }
}
