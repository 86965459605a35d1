//! Which format an events file is in, judged by its content (never by its name), and loading any of
//! them: the project's JSON (starts with `{`), the project's CSV (a header naming `date`, `district`,
//! `controller`…), or an ACLED export (a header naming `event_date`, `event_type`…).

use super::district::DistrictLayer;
use super::error::LoadError;
use super::event::{EventsFile, EventsFormat};
use super::{acled, events_csv};
use std::io::Read;
use std::path::Path;

/// How much of the file is looked at to judge its format.
const SNIFF_BYTES: u64 = 64 * 1024;

/// Judges the format of an events file from its first bytes.
pub fn detect_events_format(path: &Path) -> Result<EventsFormat, LoadError> {
    let file = std::fs::File::open(path).map_err(|e| LoadError::io(path, e))?;
    let mut head = Vec::new();
    file.take(SNIFF_BYTES)
        .read_to_end(&mut head)
        .map_err(|e| LoadError::io(path, e))?;
    detect_in(path, &head)
}

/// Judges the format from the first bytes of a file; `path` only names it in messages.
pub fn detect_in(path: &Path, head: &[u8]) -> Result<EventsFormat, LoadError> {
    let body = head.strip_prefix(b"\xef\xbb\xbf").unwrap_or(head);
    let start = body.iter().position(|b| !b.is_ascii_whitespace());
    let Some(start) = start else {
        // Only blanks so far: the JSON reader names an empty file as such.
        return Ok(EventsFormat::Json);
    };
    if matches!(body[start], b'{' | b'[') {
        return Ok(EventsFormat::Json);
    }
    let line_end = body[start..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(body.len(), |i| start + i);
    let first_line = &body[start..line_end];
    let first_line = match std::str::from_utf8(first_line) {
        Ok(t) => t,
        Err(e) => {
            return Err(LoadError::NotUtf8 {
                path: path.to_path_buf(),
                offset: head.len() - body.len() + start + e.valid_up_to(),
            })
        }
    };
    let names: Vec<String> = first_line
        .split([',', ';', '\t'])
        .map(|n| n.trim().trim_matches('"').trim().to_lowercase())
        .collect();
    let has = |n: &str| names.iter().any(|x| x == n);
    if has("event_id_cnty") || (has("event_date") && (has("event_type") || has("sub_event_type"))) {
        return Ok(EventsFormat::Acled);
    }
    if has("date") && (has("district") || has("controller")) {
        return Ok(EventsFormat::Csv);
    }
    let shown: String = first_line.chars().take(120).collect();
    Err(LoadError::one(
        path,
        "line 1",
        "",
        format!(
            "not an events file: expected the events JSON (starting with {{), a CSV whose header names \
             date, district, controller, extent, source, quote, or an ACLED export (event_date, \
             event_type, …); the first line is: {shown}"
        ),
    ))
}

impl EventsFile {
    /// Loads an events file in any supported format, judged by content. The layer is needed to join an
    /// ACLED export's rows to districts by the point of their coordinates.
    pub fn load_any(path: &Path, layer: &DistrictLayer) -> Result<Self, LoadError> {
        match detect_events_format(path)? {
            EventsFormat::Json => Self::load(path),
            EventsFormat::Csv => events_csv::load(path),
            EventsFormat::Acled => acled::load(path, layer),
        }
    }

    /// [`EventsFile::load_any`] on bytes already in memory; `path` only names the file in messages.
    pub fn from_bytes_any(
        path: &Path,
        bytes: &[u8],
        layer: &DistrictLayer,
    ) -> Result<Self, LoadError> {
        let head = &bytes[..bytes.len().min(SNIFF_BYTES as usize)];
        match detect_in(path, head)? {
            EventsFormat::Json => {
                let text = super::error::text_from_bytes(path, bytes.to_vec())?;
                Self::from_json(path, &text)
            }
            EventsFormat::Csv => events_csv::from_reader(path, bytes),
            EventsFormat::Acled => acled::from_reader(path, bytes, layer),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn detect(text: &str) -> Result<EventsFormat, LoadError> {
        detect_in(Path::new("x"), text.as_bytes())
    }

    #[test]
    fn formats_are_judged_by_content() {
        assert_eq!(
            detect("\n  {\"events\": []}").ok(),
            Some(EventsFormat::Json)
        );
        assert_eq!(
            detect("date,district,controller,extent,source,quote\n").ok(),
            Some(EventsFormat::Csv)
        );
        assert_eq!(
            detect("\u{feff}\"event_id_cnty\",\"event_date\",\"event_type\"\n").ok(),
            Some(EventsFormat::Acled)
        );
        let err = detect("hello,world\n").expect_err("unknown").to_string();
        assert!(
            err.contains("not an events file") && err.contains("hello,world"),
            "{err}"
        );
    }
}
