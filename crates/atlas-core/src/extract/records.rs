//! The dates of a JSON document's records: a feed's item or an archive's post keeps its day in a
//! field of its own ("date_published", "created_at"), often after its text. Whatever the record's
//! text says of "yesterday" or "this afternoon" counts from that day, not from the record before.

use super::dates::{find_dates_in_order, DayOrder};
use super::tokens::tokenize;
use chrono::NaiveDate;
use std::ops::Range;

/// Keys (in lower case, without "_" or "-") whose value is the day a record was written.
const DATE_KEYS: &[&str] = &[
    "date",
    "datepublished",
    "published",
    "publishedat",
    "pubdate",
    "created",
    "createdat",
    "createdtime",
    "timestamp",
    "posted",
    "postedat",
    "time",
    "updatedate",
    "updated",
    "updatedat",
    "datecreated",
    "datemodified",
    "issued",
    "sentat",
];

/// The objects of a JSON text that hold a date key, each with its day, in the order they open.
/// Read once per document; each reading of it asks through a [`RecordCursor`].
#[derive(Debug, Default)]
pub struct RecordDates {
    records: Vec<(Range<usize>, NaiveDate)>,
}

impl RecordDates {
    /// Reads the records of `text` in one pass, when the text is JSON (opens with "{" or "[");
    /// none otherwise.
    pub fn read(text: &str, order: DayOrder) -> Self {
        let opens_json = text.trim_start().starts_with(['{', '[']);
        if !opens_json {
            return Self::default();
        }
        let mut records = Scanner::new(text, order).run();
        records.sort_by_key(|(r, _)| r.start);
        Self { records }
    }

    /// A cursor that asks of bytes in the order of the text.
    pub fn cursor(&self) -> RecordCursor<'_> {
        RecordCursor {
            records: &self.records,
            open: Vec::new(),
            next: 0,
            last_at: 0,
        }
    }
}

/// Asked of bytes in the order of the text, as sentences are read, it finds the innermost dated
/// record holding each in time linear in the text (a stack of the records open there).
pub struct RecordCursor<'a> {
    records: &'a [(Range<usize>, NaiveDate)],
    /// The records open at the last byte asked of, outermost first (indices into `records`).
    open: Vec<usize>,
    /// How many of `records` have been opened.
    next: usize,
    /// The last byte asked of.
    last_at: usize,
}

impl RecordCursor<'_> {
    /// The day of the innermost dated record holding byte `at` (a sentence's last, as a sentence
    /// may open on the line of the record before), with where that record starts. A byte before
    /// the last one asked of starts over.
    pub fn day_of(&mut self, at: usize) -> Option<(usize, NaiveDate)> {
        if at < self.last_at {
            (self.open, self.next) = (Vec::new(), 0);
        }
        self.last_at = at;
        // JSON's objects nest: the records open at `at` are a chain, each inside the one before.
        while let Some((range, _)) = self.records.get(self.next).filter(|(r, _)| r.start <= at) {
            let start = range.start;
            while self
                .open
                .last()
                .is_some_and(|&k| self.records[k].0.end <= start)
            {
                self.open.pop();
            }
            self.open.push(self.next);
            self.next += 1;
        }
        while self
            .open
            .last()
            .is_some_and(|&k| !self.records[k].0.contains(&at))
        {
            self.open.pop();
        }
        let (range, day) = &self.records[*self.open.last()?];
        Some((range.start, *day))
    }
}

/// One pass over a JSON text: strings (with their escapes), objects opened and closed, keys and
/// their string values.
struct Scanner<'a> {
    text: &'a str,
    order: DayOrder,
    /// Each open object: where it starts and the day its date key gave, if any yet.
    open: Vec<(usize, Option<NaiveDate>)>,
    out: Vec<(Range<usize>, NaiveDate)>,
}

impl<'a> Scanner<'a> {
    fn new(text: &'a str, order: DayOrder) -> Self {
        Self {
            text,
            order,
            open: Vec::new(),
            out: Vec::new(),
        }
    }

    fn run(mut self) -> Vec<(Range<usize>, NaiveDate)> {
        let bytes = self.text.as_bytes();
        let mut i = 0;
        // The last string closed, when it may be a key (a ":" follows it).
        let mut last_key: Option<Range<usize>> = None;
        while i < bytes.len() {
            match bytes[i] {
                b'"' => {
                    let end = string_end(bytes, i + 1);
                    let inner = i + 1..end.min(bytes.len());
                    let after = skip_blanks(bytes, end + 1);
                    if bytes.get(after) == Some(&b':') {
                        last_key = Some(inner);
                    } else {
                        if let Some(key) = last_key.take() {
                            self.value(key, inner);
                        }
                    }
                    i = end + 1;
                    continue;
                }
                b'{' => self.open.push((i, None)),
                b'}' => {
                    if let Some((start, Some(day))) = self.open.pop() {
                        self.out.push((start..i + 1, day));
                    }
                }
                b',' | b'[' | b']' => last_key = None,
                _ => {}
            }
            i += 1;
        }
        self.out
    }

    /// A key's string value: the record's day when the key names one.
    fn value(&mut self, key: Range<usize>, value: Range<usize>) {
        let Some(top) = self.open.last_mut() else {
            return;
        };
        if top.1.is_some() || !is_date_key(&self.text[key]) {
            return;
        }
        let toks = tokenize(self.text, value);
        top.1 = find_dates_in_order(self.text, &toks, self.order)
            .into_iter()
            .find_map(|m| m.kind.full_day(false));
    }
}

/// Whether a key names the day its record was written ("date_published", "createdAt").
fn is_date_key(key: &str) -> bool {
    if key.len() > 20 {
        return false;
    }
    let folded: String = key
        .chars()
        .filter(|c| *c != '_' && *c != '-')
        .flat_map(char::to_lowercase)
        .collect();
    DATE_KEYS.contains(&folded.as_str())
}

/// Where the string opened before `from` closes (its closing quote), escapes skipped.
fn string_end(bytes: &[u8], from: usize) -> usize {
    let mut i = from;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i,
            _ => i += 1,
        }
    }
    bytes.len()
}

/// The first byte at or after `from` that is no blank.
fn skip_blanks(bytes: &[u8], from: usize) -> usize {
    let mut i = from;
    while bytes.get(i).is_some_and(u8::is_ascii_whitespace) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_feed_item_is_of_the_day_its_date_field_gives_even_after_its_text() {
        let text = r#"{"items": [
  {"content_text": "Rebels took X.", "date_published": "2016-08-07T18:40:00+03:00"},
  {"content_text": "Yesterday the army took \"Y\".", "date_published": "2016-09-11T09:20:00+03:00"}
]}"#;
        let records = RecordDates::read(text, DayOrder::DayFirst);
        let mut records = records.cursor();
        let second = text.find("Yesterday").expect("text");
        let (_, day) = records.day_of(second + 9).expect("dated");
        assert_eq!(day, NaiveDate::from_ymd_opt(2016, 9, 11).expect("date"));
        let first = text.find("Rebels").expect("text");
        let (_, day) = records.day_of(first + 6).expect("dated");
        assert_eq!(day, NaiveDate::from_ymd_opt(2016, 8, 7).expect("date"));
    }

    #[test]
    fn the_innermost_dated_record_dates_its_text_and_the_outer_one_the_rest() {
        let text = r#"{"date": "2016-12-01", "items": [
  {"text": "Inner one.", "date": "2016-12-05"},
  {"text": "Inner two.", "date": "2016-12-07"}
], "summary": "Outer text."}"#;
        let records = RecordDates::read(text, DayOrder::DayFirst);
        let mut records = records.cursor();
        let day = |records: &mut RecordCursor, word: &str| {
            let at = text.find(word).expect("word");
            records.day_of(at).map(|(_, d)| d.to_string())
        };
        assert_eq!(
            day(&mut records, "Inner one").as_deref(),
            Some("2016-12-05")
        );
        assert_eq!(
            day(&mut records, "Inner two").as_deref(),
            Some("2016-12-07")
        );
        assert_eq!(
            day(&mut records, "Outer text").as_deref(),
            Some("2016-12-01")
        );
        // Asked again of an earlier byte, it starts over.
        assert_eq!(
            day(&mut records, "Inner one").as_deref(),
            Some("2016-12-05")
        );
    }

    #[test]
    fn prose_and_undated_records_have_no_record_day() {
        let prose = "On 7 August 2016 {rebels} took X. \"date\": \"2016-08-07\"";
        assert!(RecordDates::read(prose, DayOrder::DayFirst)
            .cursor()
            .day_of(25)
            .is_none());
        let undated = r#"[{"title": "28 November 2016", "text": "The army took X."}]"#;
        assert!(RecordDates::read(undated, DayOrder::DayFirst)
            .cursor()
            .day_of(50)
            .is_none());
    }
}
