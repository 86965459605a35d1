//! Corpora as JSON lines: one document a line in (`{"id", "text", "date"}`), one candidate a line out.
//!
//! [`run`] is stateless and streaming: each line is read (bounded by [`MAX_LINE_BYTES`]), extracted and
//! written before the next is read, and nothing carries from one line to the next, so the same command
//! runs unchanged over a split corpus under GNU parallel, Spark's `pipe` or any batch engine, and the
//! concatenated outputs equal the output of one run. A line that is too long or not a document is
//! reported by its number ([`LineError`]) and skipped; reading and writing errors stop the run
//! ([`JsonlError`]).

use super::{Candidate, Extractor};
use crate::model::{SourceDocument, SourceMeta};
use serde::Deserialize;
use serde_json::{json, Value};
use std::io::{BufRead, Write};

/// The longest input line read, in bytes (a document as large as the sources folder allows).
pub const MAX_LINE_BYTES: usize = 64_000_000;

/// One input line.
#[derive(Debug, Deserialize)]
struct DocumentLine {
    id: String,
    text: String,
    /// The document's date (`YYYY-MM-DD`, or as `published` in sources.json); relative dates in the text
    /// resolve against it.
    #[serde(default)]
    date: Option<String>,
}

/// Why one input line was skipped (the run goes on).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {problem}")]
pub struct LineError {
    /// 1-based line number.
    pub line: usize,
    pub problem: String,
}

/// Why the run stopped.
#[derive(Debug, thiserror::Error)]
pub enum JsonlError {
    #[error("reading line {line}: {source}")]
    Read { line: usize, source: std::io::Error },
    #[error("writing: {0}")]
    Write(#[from] std::io::Error),
}

/// What a run did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    pub documents: usize,
    pub candidates: usize,
    pub skipped: Vec<LineError>,
}

/// A candidate as one JSON object: the fields of an events-file event (id `DOCUMENT-cNNN`), plus
/// `confidence`, `trigger` and `places`. The same object `extract --json` lists.
pub fn candidate_json(c: &Candidate, id: &str) -> Value {
    let mut v = serde_json::to_value(c.to_raw_event(id)).unwrap_or(Value::Null);
    if let Some(o) = v.as_object_mut() {
        o.insert("confidence".into(), json!(c.confidence));
        o.insert("trigger".into(), json!(c.trigger));
        o.insert("places".into(), json!(c.places));
    }
    v
}

/// Reads one line of at most `limit` bytes into `buf` (without its line end). Returns `Ok(None)` at the
/// end of input, `Ok(Some(false))` when the line was longer (the rest of it is read and dropped, so
/// memory stays bounded).
fn read_line(
    input: &mut impl BufRead,
    buf: &mut Vec<u8>,
    limit: usize,
) -> std::io::Result<Option<bool>> {
    buf.clear();
    let mut fits = true;
    let mut any = false;
    loop {
        let chunk = input.fill_buf()?;
        if chunk.is_empty() {
            return Ok(any.then_some(fits));
        }
        any = true;
        let (take, done) = match memchr::memchr(b'\n', chunk) {
            Some(i) => (i, true),
            None => (chunk.len(), false),
        };
        if fits && buf.len() + take <= limit {
            buf.extend_from_slice(&chunk[..take]);
        } else {
            fits = false;
            buf.clear();
        }
        input.consume(take + usize::from(done));
        if done {
            if buf.last() == Some(&b'\r') {
                buf.pop();
            }
            return Ok(Some(fits));
        }
    }
}

/// The document of one line, or what is wrong with it.
fn parse_line(bytes: &[u8]) -> Result<SourceDocument, String> {
    let line: DocumentLine =
        serde_json::from_slice(bytes).map_err(|e| format!("not a document ({e})"))?;
    if line.id.trim().is_empty() {
        return Err("the id is empty".into());
    }
    let meta = SourceMeta {
        id: line.id,
        published: line.date.unwrap_or_default(),
        ..SourceMeta::default()
    };
    Ok(SourceDocument::from_text(meta, &line.text))
}

/// Reads JSON-line documents from `input` and writes each candidate as a JSON line to `output`, in
/// input order, as `extractor` reads them. Blank lines are passed over; `limit` caps a line's
/// length (use [`MAX_LINE_BYTES`]).
pub fn run(
    mut input: impl BufRead,
    mut output: impl Write,
    extractor: &Extractor,
    limit: usize,
) -> Result<Summary, JsonlError> {
    let mut summary = Summary::default();
    let mut buf = Vec::new();
    let mut line = 0;
    loop {
        line += 1;
        let fits = match read_line(&mut input, &mut buf, limit) {
            Ok(None) => break,
            Ok(Some(fits)) => fits,
            Err(source) => return Err(JsonlError::Read { line, source }),
        };
        if !fits {
            let problem = format!("longer than {limit} bytes; skipped");
            summary.skipped.push(LineError { line, problem });
            continue;
        }
        if buf.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let doc = match parse_line(&buf) {
            Ok(doc) => doc,
            Err(problem) => {
                summary.skipped.push(LineError { line, problem });
                continue;
            }
        };
        summary.documents += 1;
        for (n, c) in extractor.extract(&doc).iter().enumerate() {
            let id = format!("{}-c{:03}", doc.meta.id, n + 1);
            serde_json::to_writer(&mut output, &candidate_json(c, &id))
                .map_err(std::io::Error::from)?;
            output.write_all(b"\n")?;
            summary.candidates += 1;
        }
        output.flush()?;
    }
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Lexicon;
    use crate::model::builtin;

    fn run_on(input: &str, limit: usize) -> (Summary, Vec<Value>) {
        let layer = builtin::districts().expect("layer");
        let lexicon = Lexicon::builtin().expect("lexicon");
        let mut out = Vec::new();
        let extractor = Extractor::new(&layer, &lexicon);
        let summary = run(input.as_bytes(), &mut out, &extractor, limit).expect("runs");
        let text = String::from_utf8(out).expect("UTF-8");
        let lines = text
            .lines()
            .map(|l| serde_json::from_str(l).expect("each line is JSON"))
            .collect();
        (summary, lines)
    }

    const DOC_A: &str = r#"{"id": "a", "date": "2016-12-07", "text": "Government forces captured al-Sha'ar on Tuesday."}"#;
    const DOC_B: &str =
        r#"{"id": "b", "text": "On 26 November 2016 the army took Masaken Hanano."}"#;

    #[test]
    fn one_candidate_a_line_with_its_document_and_date() {
        let (summary, lines) = run_on(&format!("{DOC_A}\n\n{DOC_B}\r\n"), MAX_LINE_BYTES);
        assert_eq!(summary.documents, 2);
        assert!(summary.skipped.is_empty(), "{:?}", summary.skipped);
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert_eq!(lines[0]["id"], "a-c001");
        assert_eq!(lines[0]["districts"], json!(["shaar"]));
        assert_eq!(lines[0]["date"], "2016-12-06");
        assert_eq!(lines[0]["passages"][0]["document"], "a");
        assert_eq!(lines[1]["id"], "b-c001");
        assert_eq!(lines[1]["districts"], json!(["hanano"]));
        assert_eq!(lines[1]["date"], "2016-11-26");
    }

    #[test]
    fn stateless_split_input_gives_the_same_lines() {
        let (_, whole) = run_on(&format!("{DOC_A}\n{DOC_B}\n"), MAX_LINE_BYTES);
        let (_, first) = run_on(DOC_A, MAX_LINE_BYTES);
        let (_, second) = run_on(DOC_B, MAX_LINE_BYTES);
        assert_eq!(whole, [first, second].concat());
    }

    #[test]
    fn bad_and_overlong_lines_are_named_and_skipped() {
        let long = format!(r#"{{"id": "long", "text": "{}"}}"#, "x".repeat(500));
        let input = format!("{long}\nnot json\n{{\"id\": \" \", \"text\": \"\"}}\n{DOC_B}");
        let (summary, lines) = run_on(&input, 200);
        assert_eq!(summary.documents, 1);
        assert_eq!(lines.len(), 1);
        let lines_named: Vec<usize> = summary.skipped.iter().map(|e| e.line).collect();
        assert_eq!(lines_named, [1, 2, 3]);
        assert!(summary.skipped[0]
            .to_string()
            .starts_with("line 1: longer than 200 bytes"));
        assert!(summary.skipped[1].problem.contains("not a document"));
        assert!(summary.skipped[2].problem.contains("id is empty"));
    }
}
