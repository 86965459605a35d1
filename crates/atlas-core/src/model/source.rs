//! Source documents: their metadata, their repaired text, their front matter, and which parts of the
//! text are not prose (front matter, headings, images, web boilerplate, `[object Object]` runs).
//!
//! The offsets that events cite are byte offsets into [`SourceDocument::text`]: the text after the
//! mojibake repair (and without a byte-order mark). The app shows that same text.

use super::confine::confined_file;
use super::error::{limits, parse_json, read_text_limited, LoadError, Problem};
use super::repair::{repair_mojibake, Misdecoding};
use serde::{Deserialize, Serialize};
use std::ops::Range;
use std::path::{Path, PathBuf};

/// What is known of a document: title, publisher, date, kind, licence and how to credit it.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct SourceMeta {
    pub id: String,
    /// File name inside the sources folder.
    pub file: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub publisher: String,
    /// Publication date as the source gives it (a day, or a span like "2016-12-22/23").
    #[serde(default)]
    pub published: String,
    /// "encyclopedia article", "news report", "commentary", …
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub licence: String,
    #[serde(default)]
    pub attribution: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// The YAML front matter fields the loader understands; all optional. A field written as a list
/// (`date: [15 November – 22 December 2016]`) is read as its items joined by "; ".
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FrontMatter {
    pub subject: Option<String>,
    pub short_description: Option<String>,
    pub description: Option<String>,
    pub author: Option<String>,
    pub pub_date: Option<String>,
    pub date: Option<String>,
    pub place: Option<String>,
    pub tags: Vec<String>,
}

impl FrontMatter {
    fn from_yaml(yaml: &str) -> Result<Self, serde_yaml_ng::Error> {
        let value: serde_yaml_ng::Value = serde_yaml_ng::from_str(yaml)?;
        let field = |k: &str| value.get(k).and_then(yaml_text);
        let tags = match value.get("tags") {
            Some(serde_yaml_ng::Value::Sequence(items)) => {
                items.iter().filter_map(yaml_text).collect()
            }
            Some(other) => yaml_text(other).into_iter().collect(),
            None => Vec::new(),
        };
        Ok(Self {
            subject: field("subject"),
            short_description: field("shortDescription"),
            description: field("description"),
            author: field("author"),
            pub_date: field("pubDate"),
            date: field("date"),
            place: field("place"),
            tags,
        })
    }
}

impl FrontMatter {
    /// The dates of front matter that is not valid YAML (an unquoted `subject:` with a colon in it):
    /// `pubDate:`, `date:` (and `subject:`, `author:` with them) read as plain `key: value` lines;
    /// None when it has no date.
    fn dates_by_line(yaml: &str) -> Option<Self> {
        let value_of = |key: &str| {
            yaml.lines().find_map(|line| {
                let (k, v) = line.split_once(':')?;
                let v = v.trim();
                let quoted = v.len() >= 2
                    && ((v.starts_with('"') && v.ends_with('"'))
                        || (v.starts_with('\'') && v.ends_with('\'')));
                let v = if quoted { &v[1..v.len() - 1] } else { v };
                (k.trim() == key && !v.is_empty()).then(|| v.to_string())
            })
        };
        let (pub_date, date) = (value_of("pubDate"), value_of("date"));
        (pub_date.is_some() || date.is_some()).then(|| Self {
            pub_date,
            date,
            subject: value_of("subject"),
            author: value_of("author"),
            ..Self::default()
        })
    }
}

fn yaml_text(value: &serde_yaml_ng::Value) -> Option<String> {
    use serde_yaml_ng::Value as Y;
    match value {
        Y::String(s) => Some(s.trim().to_string()),
        Y::Number(n) => Some(n.to_string()),
        Y::Bool(b) => Some(b.to_string()),
        Y::Sequence(items) => {
            let parts: Vec<String> = items.iter().filter_map(yaml_text).collect();
            (!parts.is_empty()).then(|| parts.join("; "))
        }
        Y::Tagged(t) => yaml_text(&t.value),
        Y::Null | Y::Mapping(_) => None,
    }
}

/// One source document, loaded and repaired.
#[derive(Debug, Clone)]
pub struct SourceDocument {
    pub meta: SourceMeta,
    /// The repaired text; every offset refers to it.
    pub text: String,
    /// Which mis-decoding was reversed, if any.
    pub repaired_from: Option<Misdecoding>,
    pub front_matter: Option<FrontMatter>,
    /// Byte ranges that are not prose and must never be offered as a passage, sorted.
    pub non_prose: Vec<Range<usize>>,
    /// Things a reader should know about the document but that did not stop it loading.
    pub warnings: Vec<String>,
}

impl SourceDocument {
    /// The document's citation line: "Title — Publisher, date".
    pub fn source_line(&self) -> String {
        let mut text = self.meta.title.clone();
        if !self.meta.publisher.is_empty() {
            text.push_str(" — ");
            text.push_str(&self.meta.publisher);
        }
        if !self.meta.published.is_empty() {
            text.push_str(", ");
            text.push_str(&self.meta.published);
        }
        text
    }

    /// Builds a document from its text as read from disk (repairs it, parses front matter, marks non-prose).
    pub fn from_text(meta: SourceMeta, raw: &str) -> Self {
        let (text, repaired_from) = repair_mojibake(raw);
        let text = text.into_owned();
        let mut warnings = Vec::new();
        let (front_matter, front_range) = match front_matter_range(&text) {
            Some((yaml, range)) => match FrontMatter::from_yaml(&text[yaml.clone()]) {
                Ok(fm) => (Some(fm), Some(range)),
                Err(e) => {
                    let line =
                        text[..yaml.start].lines().count() + e.location().map_or(0, |l| l.line());
                    let dates = FrontMatter::dates_by_line(&text[yaml.clone()]);
                    let kept = if dates.is_some() {
                        "only its dates were read, line by line"
                    } else {
                        "it was ignored"
                    };
                    warnings.push(format!(
                        "front matter (line {line}) is not valid YAML and {kept}: {e}"
                    ));
                    (dates, Some(range))
                }
            },
            None => (None, None),
        };
        let non_prose = non_prose_ranges(&text, front_range);
        let mut meta = meta;
        if meta.title.is_empty() {
            meta.title = front_matter
                .as_ref()
                .and_then(|f| f.subject.clone())
                .or_else(|| first_line_title(&text, &non_prose))
                .unwrap_or_else(|| meta.id.clone());
        }
        if meta.published.is_empty() {
            if let Some(fm) = &front_matter {
                meta.published = fm
                    .pub_date
                    .clone()
                    .or_else(|| fm.date.clone())
                    .unwrap_or_default();
            }
        }
        if meta.publisher.is_empty() {
            if let Some(author) = front_matter.as_ref().and_then(|f| f.author.clone()) {
                meta.publisher = author;
            }
        }
        Self {
            meta,
            text,
            repaired_from,
            front_matter,
            non_prose,
            warnings,
        }
    }

    pub fn id(&self) -> &str {
        &self.meta.id
    }

    /// True when the byte range lies inside the text, on character boundaries, and touches no non-prose part.
    pub fn is_prose(&self, range: &Range<usize>) -> bool {
        range.start < range.end
            && self.text.get(range.clone()).is_some()
            && !self
                .non_prose
                .iter()
                .any(|np| np.start < range.end && range.start < np.end)
    }

    /// The paragraph (text between blank lines or line breaks) that contains the byte range.
    /// A range that is not on character boundaries is widened to them, never a panic.
    pub fn paragraph_around(&self, range: &Range<usize>) -> Range<usize> {
        let from = floor_char_boundary(&self.text, range.start);
        let to = floor_char_boundary(&self.text, range.end.max(range.start));
        let start = self.text[..from].rfind('\n').map_or(0, |i| i + 1);
        let end = self.text[to..]
            .find('\n')
            .map_or(self.text.len(), |i| to + i);
        start..end
    }
}

/// The largest character boundary at or before `i` (within the text).
pub(crate) fn floor_char_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest character boundary at or after `i` (within the text).
pub(crate) fn ceil_char_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Finds `---\n…\n---` at the very start: returns (the YAML inside, the whole block).
fn front_matter_range(text: &str) -> Option<(Range<usize>, Range<usize>)> {
    let rest = text
        .strip_prefix("---\n")
        .or_else(|| text.strip_prefix("---\r\n"))?;
    let open = text.len() - rest.len();
    let mut pos = open;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "---" {
            return Some((open..pos, 0..pos + line.len()));
        }
        pos += line.len();
    }
    None
}

/// Whole lines that are web boilerplate rather than reporting (compared case-insensitively, trimmed).
const BOILERPLATE_LINES: &[&str] = &[
    "accessibility links",
    "breaking news",
    "skip to main content",
    "skip to content",
    "share",
    "share this article",
    "print",
    "comments",
    "advertisement",
    "related",
    "read more",
    "check back for updates on this developing story.",
    "to find out more, click here.",
];

/// A caption ("… image") or a line of web boilerplate, in any case. An ASCII line (nearly all) is
/// compared without making its lowercase copy.
fn is_boilerplate(line: &str) -> bool {
    if !line.is_ascii() {
        let lower = line.to_lowercase();
        return lower.ends_with(" image") || BOILERPLATE_LINES.contains(&lower.as_str());
    }
    let bytes = line.as_bytes();
    bytes.len() >= 6 && bytes[bytes.len() - 6..].eq_ignore_ascii_case(b" image")
        || BOILERPLATE_LINES
            .iter()
            .any(|b| b.eq_ignore_ascii_case(line))
}

/// How many words a bulleted line ("• …") holds when it is a sentence, not a menu's item.
const BULLET_SENTENCE_WORDS: usize = 8;

fn non_prose_ranges(text: &str, front: Option<Range<usize>>) -> Vec<Range<usize>> {
    let mut ranges: Vec<Range<usize>> = front.into_iter().collect();
    let body_start = ranges.first().map_or(0, |r| r.end);
    let mut pos = body_start;
    let lines: Vec<(usize, &str)> = text[body_start..]
        .split_inclusive('\n')
        .map(|l| {
            let start = pos;
            pos += l.len();
            (start, l)
        })
        .collect();
    // Whether the line before was a comment running on to this one.
    let mut continued = false;
    for (i, &(start, line)) in lines.iter().enumerate() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        let next_non_empty = lines[i + 1..]
            .iter()
            .map(|(_, l)| l.trim())
            .find(|l| !l.is_empty());
        let runs_on = comment_runs_on(trimmed, next_non_empty);
        let comment = runs_on || continued;
        continued = runs_on;
        let is_not_prose = trimmed.contains("[object Object]")
            || (is_markdown_heading(trimmed) && !comment)
            || trimmed.starts_with("![")
            // A bullet of a menu or a list of links, not one that holds a sentence ("• 23 hours
            // ago — Syrian army now controls all of Qadi Askar district").
            || (trimmed.starts_with("• ") && trimmed.split_whitespace().count() < BULLET_SENTENCE_WORDS)
            || is_boilerplate(trimmed)
            || trimmed.contains('©')
            // An image caption is often printed twice in a row; the first copy is the caption.
            || next_non_empty == Some(trimmed) && trimmed.len() < 400;
        if is_not_prose {
            let end = start + line.trim_end_matches(['\n', '\r']).len();
            match ranges.last_mut() {
                Some(last) if last.end >= start.saturating_sub(2) && last.end <= start => {
                    last.end = end
                }
                _ => ranges.push(start..end),
            }
        }
    }
    ranges
}

/// A line read as a heading: "# Title", "### Sat 26 Nov", or a numbered stamp ("#4417  07 Dec 2016
/// 14:02 GMT"). Not a numbered alert that runs on into its text ("#0412 15:48 FLASH ALEPPO: SOHR
/// says army and allies now hold …"): that is prose.
/// Whether a "# " line is a comment whose sentence runs on to the next "# " line, as a config
/// file's or a script's comment block is written ("# Army took all of X on Wednesday; two
/// agencies and the\n# monitor agree"): it breaks off without a sentence's end and the next
/// line goes on in lower case. No heading does.
fn comment_runs_on(line: &str, next: Option<&str>) -> bool {
    let Some(next) = next.and_then(|n| n.strip_prefix("# ")) else {
        return false;
    };
    !line.ends_with(['.', '!', '?', ':']) && next.starts_with(char::is_lowercase)
}

fn is_markdown_heading(line: &str) -> bool {
    let Some(rest) = line.strip_prefix('#') else {
        return false;
    };
    // "#0412 15:48 FLASH ALEPPO: SOHR says …", "#4485  2016-11-28  al-Sakhour": a numbered alert
    // or annotation that goes on in words (a lower-case word, or a name of four letters or more)
    // is prose; "#4417  07 Dec 2016 14:02 GMT", a numbered stamp alone, is read as a heading.
    let numbered = rest.starts_with(|c: char| c.is_ascii_digit());
    let runs_on = rest.split(|c: char| !c.is_alphabetic()).any(|w| {
        let letters = w.chars().count();
        (letters >= 3 && w.chars().all(char::is_lowercase))
            || (letters >= 4 && !w.chars().all(char::is_uppercase))
    });
    !(numbered && runs_on)
}

fn first_line_title(text: &str, non_prose: &[Range<usize>]) -> Option<String> {
    let front_end = if text.starts_with("---") {
        non_prose.first().map_or(0, |r| r.end)
    } else {
        0
    };
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let range = pos..pos + line.trim_end().len();
        pos += line.len();
        let inside = non_prose
            .iter()
            .any(|np| np.start <= range.start && range.end <= np.end);
        // A Markdown heading is the title even though it is not prose (a "#" in front matter is not).
        let heading = line.trim_start().starts_with('#') && range.start >= front_end;
        if heading {
            let title = line.trim().trim_start_matches('#').trim();
            if !title.is_empty() {
                return Some(title.chars().take(120).collect());
            }
        }
        if !line.trim().is_empty() && !inside {
            return Some(line.trim().chars().take(120).collect());
        }
    }
    None
}

/// The documents of a dataset, by id.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    pub documents: Vec<SourceDocument>,
}

const DOCUMENT_HINT: &str = "; split it into several documents";

/// The name of the metadata file in a sources folder.
pub const SOURCES_MANIFEST: &str = "sources.json";

impl Corpus {
    pub fn get(&self, id: &str) -> Option<&SourceDocument> {
        self.documents.iter().find(|d| d.meta.id == id)
    }

    /// Loads a folder of sources: the documents listed in its `sources.json`, or, without one, every
    /// `.txt` and `.md` file in it (id = file name without extension).
    pub fn load_dir(dir: &Path) -> Result<Self, LoadError> {
        let manifest = dir.join(SOURCES_MANIFEST);
        let metas = if std::fs::symlink_metadata(&manifest).is_ok() {
            confined_file(dir, "the sources folder", &manifest)
                .map_err(|message| LoadError::one(&manifest, "file", "", message))?;
            parse_manifest(
                &manifest,
                &read_text_limited(&manifest, limits::MANIFEST_BYTES, "manifests", "")?,
            )?
        } else {
            let entries = std::fs::read_dir(dir).map_err(|e| LoadError::io(dir, e))?;
            let mut metas: Vec<SourceMeta> = entries
                .filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| {
                    p.extension()
                        .is_some_and(|x| x == "txt" || x == "md" || x == "markdown")
                })
                .filter_map(|p| {
                    let file = p.file_name()?.to_str()?.to_string();
                    let id = p.file_stem()?.to_str()?.to_string();
                    Some(SourceMeta {
                        id,
                        file,
                        ..SourceMeta::default()
                    })
                })
                .collect();
            metas.sort_by(|a, b| a.id.cmp(&b.id));
            if metas.is_empty() {
                return Err(LoadError::one(
                    dir,
                    "folder",
                    "",
                    "has no sources.json and no .txt or .md documents",
                ));
            }
            metas
        };
        let mut documents = Vec::with_capacity(metas.len());
        for meta in metas {
            let path = dir.join(&meta.file);
            confined_file(dir, "the sources folder", &path)
                .map_err(|message| LoadError::one(&path, "file", "", message))?;
            let text =
                read_text_limited(&path, limits::DOCUMENT_BYTES, "documents", DOCUMENT_HINT)?;
            documents.push(SourceDocument::from_text(meta, &text));
        }
        Ok(Self { documents })
    }

    /// Loads a single document file (text or Markdown) with an id taken from its file name.
    pub fn load_file(path: &Path) -> Result<SourceDocument, LoadError> {
        let text = read_text_limited(path, limits::DOCUMENT_BYTES, "documents", DOCUMENT_HINT)?;
        let meta = SourceMeta {
            id: path
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or("document")
                .to_string(),
            file: path
                .file_name()
                .and_then(|s| s.to_str())
                .unwrap_or_default()
                .to_string(),
            ..SourceMeta::default()
        };
        Ok(SourceDocument::from_text(meta, &text))
    }
}

/// Parses a `sources.json` manifest: a list of [`SourceMeta`], checked for unique ids and safe file names.
pub fn parse_manifest(path: &Path, text: &str) -> Result<Vec<SourceMeta>, LoadError> {
    let value = parse_json(path, text)?;
    let Some(items) = value.as_array() else {
        return Err(LoadError::one(
            path,
            "top level",
            "",
            "expected a list of documents",
        ));
    };
    let mut metas = Vec::new();
    let mut problems = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let place = format!("document {i}");
        match serde_json::from_value::<SourceMeta>(item.clone()) {
            Ok(meta) => {
                if meta.id.trim().is_empty() {
                    problems.push(Problem::new(&place, "id", "is empty"));
                } else if metas.iter().any(|m: &SourceMeta| m.id == meta.id) {
                    problems.push(Problem::new(
                        &place,
                        "id",
                        format!("\"{}\" is used twice", meta.id),
                    ));
                }
                if !is_plain_file_name(&meta.file) {
                    problems.push(Problem::new(
                        &place,
                        "file",
                        format!("\"{}\" must be a file name inside the folder", meta.file),
                    ));
                }
                metas.push(meta);
            }
            Err(e) => problems.push(Problem::new(place, "", e.to_string())),
        }
    }
    if problems.is_empty() {
        Ok(metas)
    } else {
        Err(LoadError::invalid(path, problems))
    }
}

fn is_plain_file_name(name: &str) -> bool {
    let p = PathBuf::from(name);
    !name.is_empty() && p.components().count() == 1 && p.file_name().is_some_and(|f| f == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> SourceDocument {
        SourceDocument::from_text(
            SourceMeta {
                id: "t".into(),
                ..Default::default()
            },
            text,
        )
    }

    #[test]
    fn a_markdown_heading_is_the_title_and_not_prose() {
        let d = doc("# An interview with the YPG\n\n*Published 1 December 2016*\n\nText.\n");
        assert_eq!(d.meta.title, "An interview with the YPG");
        assert!(!d.is_prose(&(0..4)));
        // A "#" inside front matter is YAML, not a heading.
        let d = doc("---\n# a comment\nauthor: Someone\n---\nBody text here.\n");
        assert_eq!(d.meta.title, "Body text here.");
    }

    #[test]
    fn a_numbered_alert_running_on_into_its_text_is_prose() {
        let text = "Pager log\n\n#0412 15:48 FLASH ALEPPO: SOHR says the army holds all of X.\n\
                    #4417  07 Dec 2016 14:02 GMT\n";
        let d = doc(text);
        let alert = text.find("#0412").expect("alert");
        assert!(d.is_prose(&(alert..alert + 20)));
        // A numbered stamp with no running text is read as a heading.
        let stamp = text.find("#4417").expect("stamp");
        assert!(!d.is_prose(&(stamp..stamp + 5)));
        // A bullet that holds a sentence is prose; a menu's bullet is not.
        let d = doc("Feed\n\n• Home\n• 23 hours ago — Syrian army now controls all of Qadi Askar district\n");
        let menu = d.text.find("• Home").expect("menu");
        assert!(!d.is_prose(&(menu..menu + 4)));
        let item = d.text.find("• 23").expect("item");
        assert!(d.is_prose(&(item..item + 20)));
        // A numbered annotation that names its place goes on in words.
        let d = doc("Map edits\n\n#4485  2016-11-28  al-Sakhour\n  Change: contested -> SAA\n");
        assert!(d.is_prose(&(11..40)));
    }

    #[test]
    fn a_comment_block_running_on_from_line_to_line_is_prose() {
        let text = "# layer.toml -- map layer\n\n[[area]]\n# Army took all of X on Wednesday; two \
                    agencies and the\n# monitor agree, so recoloured in full.\nname = \"X\"\n";
        let d = doc(text);
        let first = text.find("# Army").expect("comment");
        let second = text.find("# monitor").expect("comment");
        assert!(d.is_prose(&(first..first + 10)));
        assert!(d.is_prose(&(second..second + 10)));
        // A heading over the file is still a heading.
        assert!(!d.is_prose(&(0..10)));
    }

    #[test]
    fn front_matter_is_parsed_and_not_prose() {
        let d = doc(
            "---\nsubject: A title\nauthor: Someone\npubDate: 2016-12-22\n---\nBody text here.\n",
        );
        let fm = d.front_matter.as_ref().expect("front matter");
        assert_eq!(fm.subject.as_deref(), Some("A title"));
        assert_eq!(d.meta.title, "A title");
        assert_eq!(d.meta.published, "2016-12-22");
        let body = d.text.find("Body").expect("body");
        assert!(!d.is_prose(&(0..10)));
        assert!(d.is_prose(&(body..body + 4)));
    }

    #[test]
    fn boilerplate_and_object_runs_are_not_prose() {
        let text = "Accessibility links\n\nThe army took the district.\n[object Object]\n[object Object]\n";
        let d = doc(text);
        let took = text.find("The army").expect("sentence");
        assert!(d.is_prose(&(took..took + 10)));
        assert!(!d.is_prose(&(0..5)));
        let obj = text.find("[object").expect("object");
        assert!(!d.is_prose(&(obj..obj + 5)));
    }

    #[test]
    fn broken_front_matter_is_a_warning_not_a_failure() {
        let d = doc("---\nsubject: [unclosed\n---\nText.\n");
        assert!(d.front_matter.is_none());
        assert_eq!(d.warnings.len(), 1);
        assert!(d.warnings[0].contains("front matter"));
    }

    #[test]
    fn front_matter_that_is_not_yaml_still_gives_its_dates() {
        let d = doc(
            "---\nsubject: Siege: a reporter's notes\npubDate: 2015-03-02\ndate: '2014'\n---\nText.\n",
        );
        let fm = d.front_matter.as_ref().expect("dates read line by line");
        assert_eq!(fm.pub_date.as_deref(), Some("2015-03-02"));
        assert_eq!(fm.date.as_deref(), Some("2014"));
        assert_eq!(fm.subject.as_deref(), Some("Siege: a reporter's notes"));
        assert_eq!(d.meta.published, "2015-03-02");
        assert_eq!(d.warnings.len(), 1);
        assert!(d.warnings[0].contains("line by line"), "{}", d.warnings[0]);
        assert!(!d.is_prose(&(0..10)));
    }

    #[test]
    fn a_paragraph_around_a_range_inside_a_character_does_not_panic() {
        // Found by fuzz/: a range whose ends fall inside a multi-byte character.
        let d = doc("First line.\nA line with \u{201a} in it.\nLast.\n");
        let inside = d.text.find('\u{201a}').expect("char") + 1;
        assert_eq!(
            &d.text[d.paragraph_around(&(inside..inside))],
            "A line with \u{201a} in it."
        );
        assert_eq!(d.paragraph_around(&(1000..2000)).end, d.text.len());
    }

    #[test]
    fn manifest_refuses_paths_outside_the_folder() {
        let text = r#"[{"id": "a", "file": "../secret.txt"}]"#;
        let err = parse_manifest(Path::new("sources.json"), text).expect_err("must refuse");
        assert!(
            err.to_string()
                .contains("must be a file name inside the folder"),
            "{err}"
        );
    }
}
