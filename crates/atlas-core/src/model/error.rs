//! Load errors: every message names the file, the place in it and what is wrong.

use super::read_file::ReadBound;
use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

/// One problem found while validating a file: where in the file, which field, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The place: "feature 3 (id \"hanano\")", "event 12 (id \"x\")", "line 4", …
    pub place: String,
    /// The field or part concerned ("geometry", "properties.id", "date", …).
    pub field: String,
    pub message: String,
}

impl Problem {
    pub fn new(
        place: impl Into<String>,
        field: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Self {
            place: place.into(),
            field: field.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.field.is_empty() {
            write!(f, "{}: {}", self.place, self.message)
        } else {
            write!(f, "{}: {}: {}", self.place, self.field, self.message)
        }
    }
}

/// Why a file could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{path}: cannot read the file: {source}", path = .path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: the file is empty", path = .path.display())]
    Empty { path: PathBuf },
    #[error("{path}: not UTF-8 text (invalid byte at offset {offset}); save it as UTF-8 and try again", path = .path.display())]
    NotUtf8 { path: PathBuf, offset: usize },
    #[error("{path}: line {line}, column {column}: {message}", path = .path.display())]
    Syntax {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{path}: the file is {} MB; {what} larger than {} MB are refused{hint}", .size / 1_000_000, .limit / 1_000_000, path = .path.display())]
    TooLarge {
        path: PathBuf,
        size: u64,
        limit: u64,
        /// What kind of file ("district layers", "documents").
        what: &'static str,
        /// What to do about it, starting with "; " (or empty).
        hint: &'static str,
    },
    #[error("{path}: more than {} MB came while reading it (whatever its size claimed); {what} larger than that are refused{hint}", .limit / 1_000_000, path = .path.display())]
    GrewTooLarge {
        path: PathBuf,
        limit: u64,
        what: &'static str,
        hint: &'static str,
    },
    #[error("{path}: line {line} runs on for more than {} MB without a line break: this is not a file of this kind", .limit / 1_000_000, path = .path.display())]
    LineTooLong {
        path: PathBuf,
        line: u64,
        limit: u64,
    },
    #[error("{path}: is {kind}, not a regular file; only files are read", path = .path.display())]
    NotAFile { path: PathBuf, kind: &'static str },
    #[error("{path}: {}", problems_text(.problems), path = .path.display())]
    Invalid {
        path: PathBuf,
        problems: Vec<Problem>,
    },
}

fn problems_text(problems: &[Problem]) -> String {
    match problems {
        [one] => one.to_string(),
        many => {
            let mut text = format!("{} problems:", many.len());
            for p in many {
                text.push_str("\n  - ");
                text.push_str(&p.to_string());
            }
            text
        }
    }
}

impl LoadError {
    /// A read error, or the bound a [`super::read_file::BoundedReader`] stopped at.
    pub fn io(path: &Path, source: std::io::Error) -> Self {
        let path = path.to_path_buf();
        let bound = source
            .get_ref()
            .and_then(|inner| inner.downcast_ref::<ReadBound>());
        match bound {
            Some(&ReadBound::Size { limit, what, hint }) => Self::GrewTooLarge {
                path,
                limit,
                what,
                hint,
            },
            Some(&ReadBound::Line { line, limit }) => Self::LineTooLong { path, line, limit },
            None => Self::Io { path, source },
        }
    }

    pub fn invalid(path: &Path, problems: Vec<Problem>) -> Self {
        Self::Invalid {
            path: path.to_path_buf(),
            problems,
        }
    }

    pub fn one(path: &Path, place: &str, field: &str, message: impl Into<String>) -> Self {
        Self::invalid(path, vec![Problem::new(place, field, message)])
    }

    /// The file this error is about.
    pub fn path(&self) -> &Path {
        match self {
            Self::Io { path, .. }
            | Self::Empty { path }
            | Self::NotUtf8 { path, .. }
            | Self::Syntax { path, .. }
            | Self::TooLarge { path, .. }
            | Self::GrewTooLarge { path, .. }
            | Self::LineTooLong { path, .. }
            | Self::NotAFile { path, .. }
            | Self::Invalid { path, .. } => path,
        }
    }
}

/// Reads a file as UTF-8 text, with the errors a user needs: missing, empty, not UTF-8, not a regular
/// file, too large (at most [`limits::EVENTS_JSON_BYTES`], bounded while reading).
pub fn read_text(path: &Path) -> Result<String, LoadError> {
    read_text_limited(path, limits::EVENTS_JSON_BYTES, "files", "")
}

/// How large a file of each kind may be: refused unread when its size says so, and bounded while
/// reading whatever its size claimed.
pub mod limits {
    /// District layers: 10,000 detailed districts fit in a few tens of MB.
    pub const LAYER_BYTES: u64 = 128_000_000;
    /// Events JSON: a million events with passages is about 250 MB.
    pub const EVENTS_JSON_BYTES: u64 = 1_000_000_000;
    /// One source document.
    pub const DOCUMENT_BYTES: u64 = 64_000_000;
    /// Manifests (sources.json, bundle.json).
    pub const MANIFEST_BYTES: u64 = 16_000_000;
    /// CSV files (events, ACLED exports) are read as a stream: at most this much in all…
    pub const CSV_BYTES: u64 = 16_000_000_000;
    /// …and at most this much on one line (ACLED notes run to a few kB).
    pub const CSV_LINE_BYTES: u64 = 16_000_000;
    /// At most this many problems are listed for one file; the rest are counted.
    pub const PROBLEMS_LISTED: usize = 100;
}

/// Reads a regular file as UTF-8 text, at most `limit` bytes (see [`limits`]): refused unread when its
/// size says it is larger, and stopped while reading when it turns out larger.
pub fn read_text_limited(
    path: &Path,
    limit: u64,
    what: &'static str,
    hint: &'static str,
) -> Result<String, LoadError> {
    let mut reader = super::read_file::open_bounded(path, limit, what, hint)?;
    let mut bytes = Vec::new();
    reader
        .read_to_end(&mut bytes)
        .map_err(|e| LoadError::io(path, e))?;
    text_from_bytes(path, bytes)
}

/// Problems of one file, listing at most [`limits::PROBLEMS_LISTED`] and counting the rest.
#[derive(Debug, Default)]
pub struct Problems {
    listed: Vec<Problem>,
    more: usize,
}

impl Problems {
    pub fn push(&mut self, problem: Problem) {
        if self.listed.len() < limits::PROBLEMS_LISTED {
            self.listed.push(problem);
        } else {
            self.more += 1;
        }
    }

    pub fn is_empty(&self) -> bool {
        self.listed.is_empty()
    }

    /// The problems as an error about `path`, or Ok when there are none.
    pub fn into_result(self, path: &Path) -> Result<(), LoadError> {
        if self.listed.is_empty() {
            return Ok(());
        }
        let mut listed = self.listed;
        if self.more > 0 {
            listed.push(Problem::new(
                "…",
                "",
                format!("{} more problems not listed", self.more),
            ));
        }
        Err(LoadError::invalid(path, listed))
    }
}

/// Checks bytes already read from `path` are non-empty UTF-8 text (a leading byte-order mark is dropped).
pub fn text_from_bytes(path: &Path, bytes: Vec<u8>) -> Result<String, LoadError> {
    super::read_file::refuse_container(path, &bytes)?;
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(LoadError::Empty {
            path: path.to_path_buf(),
        });
    }
    let mut text = String::from_utf8(bytes).map_err(|e| LoadError::NotUtf8 {
        path: path.to_path_buf(),
        offset: e.utf8_error().valid_up_to(),
    })?;
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    Ok(text)
}

/// Parses JSON text, turning a syntax error into a [`LoadError::Syntax`] with line and column; an
/// object that repeats a key is refused the same way (see [`super::json_keys`]).
pub fn parse_json(path: &Path, text: &str) -> Result<serde_json::Value, LoadError> {
    let value = serde_json::from_str(text).map_err(|e| json_syntax_error(path, &e))?;
    super::json_keys::refuse_duplicate_keys(text).map_err(|e| json_syntax_error(path, &e))?;
    Ok(value)
}

/// A serde_json error as a [`LoadError::Syntax`] naming the line and column.
pub fn json_syntax_error(path: &Path, e: &serde_json::Error) -> LoadError {
    LoadError::Syntax {
        path: path.to_path_buf(),
        line: e.line(),
        column: e.column(),
        message: json_error_message(e),
    }
}

/// A serde_json error's message without the " at line L column C" it ends with.
pub fn json_error_message(e: &serde_json::Error) -> String {
    // serde_json appends " at line L column C"; we print those ourselves.
    let text = e.to_string();
    let text = match text.rfind(" at line ") {
        Some(i) => &text[..i],
        None => &text,
    };
    plain_expectation(text)
}

/// serde's words for JSON types in the words of the files' documentation.
fn plain_expectation(text: &str) -> String {
    const WORDS: [(&str, &str); 8] = [
        ("expected a sequence", "expected a list"),
        ("expected a string", "expected text"),
        ("expected a map", "expected an object"),
        ("expected usize", "expected a whole number (0 or more)"),
        ("expected u32", "expected a whole number (0 or more)"),
        ("expected u64", "expected a whole number (0 or more)"),
        ("expected f64", "expected a number"),
        ("expected a boolean", "expected true or false"),
    ];
    let mut out = text.to_string();
    for (serde_words, ours) in WORDS {
        out = out.replace(serde_words, ours);
    }
    out
}

/// Deserializes `T` from JSON text; on a type error, Err gives the field path inside the value
/// (`passages[0].start`, empty at the top) and the message.
pub fn from_json_with_path<T: serde::de::DeserializeOwned>(
    text: &str,
) -> Result<T, (String, serde_json::Error)> {
    let mut de = serde_json::Deserializer::from_str(text);
    let value = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        let path = if path == "." { String::new() } else { path };
        (path, e.into_inner())
    })?;
    de.end().map_err(|e| (String::new(), e))?;
    Ok(value)
}
