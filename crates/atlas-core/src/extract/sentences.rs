//! Sentences of the prose of a document, as byte ranges of its repaired text.
//!
//! Only prose is read: lines the source loader marks as not prose (front matter, headings, images,
//! captions, boilerplate) are skipped and end a paragraph. A line broken inside a sentence (hard-wrapped
//! text) is joined to the next when the next starts in lower case, or when it is long and does not end
//! in a sentence mark. A sentence ends at `.`, `!` or `?` (and any closing quotes or brackets after it)
//! followed by a space and a capital, a digit or an opening quote; not after an abbreviation ("Lt.",
//! "U.N.", "No. 212", "Dec. 22"), an initial ("J. Smith") or inside a number ("3.5"). A line that
//! repeats the line before it (the second copy of a caption printed twice) is skipped too.

use crate::model::source::floor_char_boundary;
use crate::model::SourceDocument;
use std::ops::Range;

/// A sentence: its byte range in the document text, and which paragraph it belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub range: Range<usize>,
    pub paragraph: usize,
}

/// Abbreviations never followed by a sentence break (compared without case).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "adm",
    "brig", "gov", "sen", "rep", "st", "mt", "ft", "jr", "sr", "rev", "hon", "vs", "approx",
    "dept", "est", "inc", "ltd", "corp", "e.g", "i.e", "cf", "al",
];
/// Abbreviations that do not end a sentence when a number follows ("No. 212", "Dec. 22",
/// "Sun. 27-11-2016").
const BEFORE_NUMBERS: &[&str] = &[
    "no", "nos", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "fig", "vol", "pp", "p", "ca", "c", "art", "mon", "tue", "tues", "wed", "thu", "thur",
    "thurs", "fri", "sat", "sun",
];
/// A line at least this long that ends without a sentence mark continues on the next line.
const WRAPPED_LINE_BYTES: usize = 60;
/// A line at least this long that ends without a sentence mark continues on a next line opening
/// with a number.
const NUMBER_WRAP_BYTES: usize = 40;

/// The longest sentence the rules read whole. A longer run of text without a sentence break (a list, a
/// table flattened into a line, text built to make the extractor slow) is read in pieces of at most
/// this many bytes, cut between words, so that the work per byte stays bounded: the rules compare what
/// a sentence holds with what else it holds.
pub const MAX_SENTENCE_BYTES: usize = 4096;

/// The sentences of the document's prose, in order.
pub fn sentences(doc: &SourceDocument) -> Vec<Sentence> {
    let text = doc.text.as_str();
    let mut out = Vec::new();
    let mut paragraph = 0;
    let mut previous: Option<Range<usize>> = None;
    for block in blocks(doc) {
        // Items of one list, line after line, are one paragraph: "the district" in one bullet
        // may be the place of the bullet before.
        let same_list = previous.as_ref().is_some_and(|p| {
            is_list_item(&text[p.clone()])
                && is_list_item(&text[block.clone()])
                && text[p.end..block.start].matches('\n').count() == 1
        });
        if previous.is_some() && !same_list {
            paragraph += 1;
        }
        split_block(text, block.clone(), paragraph, &mut out);
        previous = Some(block);
    }
    out.retain(|s| doc.is_prose(&s.range));
    if out.iter().any(|s| s.range.len() > MAX_SENTENCE_BYTES) {
        out = out
            .into_iter()
            .flat_map(|s| {
                pieces(text, s.range, MAX_SENTENCE_BYTES)
                    .into_iter()
                    .map(move |range| Sentence {
                        range,
                        paragraph: s.paragraph,
                    })
            })
            .collect();
    }
    out
}

/// `range` of `text` cut into pieces of at most `max` bytes, between words where there is a space.
fn pieces(text: &str, range: Range<usize>, max: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = range.start;
    while range.end - start > max {
        let mut cut = floor_char_boundary(text, start + max);
        let window = &text[start..cut];
        if let Some(space) = window.rfind(char::is_whitespace).filter(|&at| at > 0) {
            cut = start + space;
        }
        out.push(start..cut);
        start = cut;
        // The next piece starts at its first word.
        let rest = &text[start..range.end];
        start += rest.len() - rest.trim_start().len();
    }
    if start < range.end {
        out.push(start..range.end);
    }
    out
}

/// Runs of prose lines that belong together (a paragraph, or a hard-wrapped paragraph).
fn blocks(doc: &SourceDocument) -> Vec<Range<usize>> {
    let text = doc.text.as_str();
    let mut lines: Vec<Option<Range<usize>>> = Vec::new();
    let mut pos = 0;
    let mut previous: Option<&str> = None;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        // A line of white space only is an empty range at its end (never a start past the end).
        let end = content.trim_end().len();
        let lead = (content.len() - content.trim_start().len()).min(end);
        let range = pos + lead..pos + end;
        pos += line.len();
        let trimmed = &text[range.clone()];
        // The second copy of a caption printed twice (the loader marks the first as not prose).
        let repeated = previous == Some(trimmed);
        if !trimmed.is_empty() {
            previous = Some(trimmed);
        }
        if range.is_empty() || repeated || !doc.is_prose(&range) {
            lines.push(None);
        } else {
            lines.push(Some(range));
        }
    }
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut current: Option<Range<usize>> = None;
    for (i, line) in lines.iter().enumerate() {
        let Some(line) = line else {
            if let Some(c) = current.take() {
                out.push(c);
            }
            continue;
        };
        current = Some(match current.take() {
            Some(c) => c.start..line.end,
            None => line.clone(),
        });
        let next = lines.get(i + 1).and_then(|l| l.as_ref());
        let joins = next.is_some_and(|next| continues(&text[line.clone()], &text[next.clone()]));
        if !joins {
            if let Some(c) = current.take() {
                out.push(c);
            }
        }
    }
    if let Some(c) = current {
        out.push(c);
    }
    out
}

/// Whether a line is an item of a list: "* …", "- …", "• …", "3) …", "12. …". Not a date that
/// opens the line ("10.VIII.2012; …", "12.12.2016 …"): the number's mark is followed by a space.
fn is_list_item(line: &str) -> bool {
    let line = line.trim_start();
    if line.starts_with(['*', '-', '•', '+', '–']) {
        return line.chars().nth(1).is_some_and(char::is_whitespace);
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let after_mark = line.get(digits + 1..).unwrap_or("");
    digits > 0
        && digits <= 3
        && line[digits..].starts_with([')', '.'])
        && after_mark.chars().next().is_none_or(char::is_whitespace)
}

/// Whether a line opens with the label of a title's field ("Story: \"Army retakes Hanano\"",
/// "Subject: …", "Headline: …"): a record's next field, not the line before it going on.
fn opens_with_a_title_label(line: &str) -> bool {
    const TITLE_LABELS: &[&str] = &[
        "story",
        "headline",
        "title",
        "slug",
        "subject",
        "re",
        "standfirst",
        "strapline",
    ];
    line.trim_start()
        .split_once(':')
        .is_some_and(|(label, rest)| {
            TITLE_LABELS.contains(&label.to_lowercase().as_str())
                && rest.starts_with(char::is_whitespace)
        })
}

/// Whether a line is a row of a plain-text or Markdown table ("Karm al-Jabal | GoS | taken on 05/12")
/// or of tab- or comma-separated values: each row is read as a sentence of its own.
pub fn is_table_row(line: &str) -> bool {
    line.matches('|').count() >= 2 || line.matches('\t').count() >= 2 || is_csv_record(line)
}

/// The fewest commas with no space after them, outside quotation marks, that make a line a record
/// of comma-separated values ("2081544,760,SYR51208,26 November 2016,…,\"Regime forces took …\"").
/// Prose puts a space after its commas.
const CSV_COMMAS: usize = 3;

fn is_csv_record(line: &str) -> bool {
    let mut quoted = false;
    let mut commas = 0;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted && chars.peek().is_some_and(|n| !n.is_whitespace()) => commas += 1,
            _ => {}
        }
    }
    commas >= CSV_COMMAS
}

/// Whether a line opens with a time or date stamp, as each message of a chat export or live blog
/// does ("01/12/2016, 11:03 - Name: …", "09:40 — …", "[14:40] …", "2016-12-01 11:03 …"): a first
/// word of digits and separators with at least one `:`, `/` or `-` between digits.
fn starts_with_stamp(line: &str) -> bool {
    let line = line.trim_start().trim_start_matches('[');
    let word: &str = line
        .split(|c: char| c.is_whitespace() || c == ',' || c == ']')
        .next()
        .unwrap_or_default();
    let digits = word.chars().filter(char::is_ascii_digit).count();
    word.chars().next().is_some_and(|c| c.is_ascii_digit())
        && digits >= 3
        && word
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ':' | '/' | '-' | '.'))
        && word.contains([':', '/', '-'])
}

/// Whether a line is continued by the next one (a hard-wrapped sentence).
fn continues(line: &str, next: &str) -> bool {
    // "- 20 Jul: rebels push into X\n- 9 Aug: …": each item of a list is its own.
    // "… returned to the State on\n07/12/2016.": a line ending on a word no sentence ends with goes
    // on, even onto a date.
    let last_word = line
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default()
        .to_lowercase();
    // "… al-Bayyada and the nearby\nQal'at al-Sharif quarter": an article and a word in lower case
    // open a noun that goes on.
    let mut words = line.split_whitespace().rev();
    let (last, before_last) = (words.next().unwrap_or_default(), words.next());
    let article_open = before_last.is_some_and(|w| ["the", "a", "an"].contains(&w))
        && last.chars().all(|c| c.is_lowercase());
    let open_ended = CANNOT_END.contains(&last_word.as_str());
    // "… and al-Ansari, Thursday\n22/12/2016, when …": a weekday in prose goes on onto its date
    // (not a weekday alone on its line, a diary's heading).
    let weekday_in_prose = crate::extract::dates::is_weekday_name(&last_word)
        && line.trim().contains(char::is_whitespace);
    let stamp_next = starts_with_stamp(next) && !open_ended && !weekday_in_prose;
    // A title's labelled line is the title alone: it goes on neither from the line before nor
    // onto the next ("Title: Rebels overrun X\nPublication: Reuters").
    let field_next = (opens_with_a_title_label(next) || opens_with_a_title_label(line))
        && !open_ended
        && !line.trim_end().ends_with(',');
    if is_table_row(line) || is_table_row(next) || stamp_next || field_next || is_list_item(next) {
        return false;
    }
    // A JSON record closing its line ("…+02:00\"},") ends what was said in it.
    let line = line.trim_end();
    if line.trim_end_matches(',').ends_with(['}', ']']) {
        return false;
    }
    // A JSON string closing its line ("…withdrew.\",") ends there too.
    let line = line
        .strip_suffix(',')
        .filter(|l| l.ends_with(['"', '”']))
        .unwrap_or(line);
    let ends_sentence = line
        .trim_end_matches(['"', '”', '’', '\'', ')', ']'])
        .ends_with(['.', '!', '?', ':', '\u{061F}'])
        || closing_tag_at_end(line);
    let next_lower = next.chars().next().is_some_and(char::is_lowercase);
    // "… north of the Old City, on\nTuesday and now …": a short line (teletext, a narrow column)
    // that ends on a word no sentence ends with.
    // "--Levantine_Cartographer (talk) 19:12,\n27 November 2016 (UTC)": no sentence ends on a comma.
    let comma = line.ends_with(',');
    // "… on Wednesday\n7 December, she was": a line of prose that goes on with a number (not a
    // stamp nor an item, told apart above; not a short name line over a post's "8 December at
    // 09:15").
    let next_number =
        next.starts_with(|c: char| c.is_ascii_digit()) && line.len() >= NUMBER_WRAP_BYTES;
    !ends_sentence
        && (next_lower
            || open_ended
            || article_open
            || comma
            || next_number
            || line.len() >= WRAPPED_LINE_BYTES
            || autocue_lines(line, next))
}

/// The longest line of an autocue's or a caption's short lines in capitals.
const AUTOCUE_LINE_BYTES: usize = 40;

/// "TROOPS TOOK THE WHOLE\nOF SHEIKH SAEED\nIN THE SOUTH …": an autocue's short lines, all in
/// capitals, break a sentence anywhere (not a cue in brackets, a numbered line, a field, or
/// columns).
fn autocue_lines(line: &str, next: &str) -> bool {
    let capitals =
        |l: &str| l.chars().any(char::is_alphabetic) && !l.chars().any(char::is_lowercase);
    let plain = |l: &str| {
        let l = l.trim();
        !l.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '[' | '(' | '/' | '>'))
            && !l.contains("  ")
            && !l.contains(':')
    };
    capitals(line)
        && capitals(next)
        && line.trim().len() < AUTOCUE_LINE_BYTES
        && plain(line)
        && plain(next)
}

/// Words no sentence ends with: a line that ends with one goes on on the next.
const CANNOT_END: &[&str] = &[
    "the", "a", "an", "of", "on", "in", "at", "to", "by", "for", "from", "with", "and", "or",
    "its", "their", "his", "her", "into", "onto", "that", "which",
];

fn split_block(text: &str, block: Range<usize>, paragraph: usize, out: &mut Vec<Sentence>) {
    let part = &text[block.clone()];
    let chars: Vec<(usize, char)> = part.char_indices().collect();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        // "؟": Arabic's and Persian's question mark.
        if !matches!(c, '.' | '!' | '?' | '…' | '\u{061F}') {
            i += 1;
            continue;
        }
        // Take the whole run of marks and closing quotes or brackets.
        let mut j = i + 1;
        while j < chars.len()
            && matches!(
                chars[j].1,
                '.' | '!' | '?' | '…' | '\u{061F}' | '"' | '”' | '’' | '\'' | ')' | ']'
            )
        {
            j += 1;
        }
        // "… a week-long siege.[^3] The next": a footnote mark belongs to the sentence it ends.
        j += footnote_mark_len(&chars[j..]);
        // "… a monitoring group said.</p> <p>The advance …": a closing tag too.
        j += closing_tag_len(&chars[j..]);
        // "… al-Sukkari.45 Syrian state media": a note number printed right after a word's point.
        let after_word = i > 0 && chars[i - 1].1.is_alphabetic();
        if c == '.' && after_word {
            j += bare_note_number_len(&chars[j..]);
        }
        let end = chars.get(j).map_or(part.len(), |&(p, _)| p);
        let at_end = j >= chars.len();
        let followed_by_space = chars.get(j).is_some_and(|&(_, n)| n.is_whitespace());
        if !at_end && !followed_by_space {
            i = j;
            continue;
        }
        let next = chars[j..]
            .iter()
            .map(|&(_, n)| n)
            .find(|n| !n.is_whitespace());
        let next_starts = match next {
            None => true,
            Some(n) => !n.is_lowercase() && !matches!(n, ',' | ';' | ':' | ')' | '-' | '–' | '—'),
        };
        let next_is_digit = next.is_some_and(|n| n.is_ascii_digit());
        // "… 19 Dec 2016 (M.D.). The": a point after the closing bracket ends the sentence, whatever
        // stood inside.
        let run: Vec<char> = chars[i..j].iter().map(|&(_, m)| m).collect();
        let point_after_bracket = run
            .iter()
            .position(|m| matches!(m, ')' | ']'))
            .is_some_and(|b| run[b..].contains(&'.'));
        let abbreviated = c == '.'
            && !point_after_bracket
            && (abbreviation_before(&part[..pos], next_is_digit)
                || day_before_month(&part[..pos], &part[end..]));
        if next_starts && !abbreviated {
            push(out, block.start + start, block.start + end, text, paragraph);
            start = end;
        }
        i = j;
    }
    push(out, block.start + start, block.end, text, paragraph);
}

/// Elements of HTML or XML whose closing tag ends a block of text ("</p>", "</li>").
const BLOCK_TAGS: &[&str] = &[
    "p",
    "li",
    "div",
    "td",
    "th",
    "tr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "title",
    "headline",
    "blockquote",
    "caption",
    "dd",
    "dt",
];

/// The length of a block's closing tag at the start of `chars` ("</p>"), or 0.
fn closing_tag_len(chars: &[(usize, char)]) -> usize {
    let Some(close) = chars.iter().take(14).position(|&(_, c)| c == '>') else {
        return 0;
    };
    let tag: String = chars[..=close].iter().map(|&(_, c)| c).collect();
    let is_block = tag
        .strip_prefix("</")
        .and_then(|t| t.strip_suffix('>'))
        .is_some_and(|name| BLOCK_TAGS.contains(&name.to_ascii_lowercase().as_str()));
    if is_block {
        close + 1
    } else {
        0
    }
}

/// Whether a line ends with a block's closing tag ("… said.</p>"): its sentence ends there.
fn closing_tag_at_end(line: &str) -> bool {
    line.rsplit_once("</").is_some_and(|(_, tag)| {
        tag.strip_suffix('>')
            .is_some_and(|name| BLOCK_TAGS.contains(&name.to_ascii_lowercase().as_str()))
    })
}

/// The length of a note number of one to three digits followed by white space at the start of
/// `chars` ("45 Syrian"), or 0.
fn bare_note_number_len(chars: &[(usize, char)]) -> usize {
    let digits = chars
        .iter()
        .take(4)
        .take_while(|&&(_, c)| c.is_ascii_digit())
        .count();
    let spaced = chars.get(digits).is_some_and(|&(_, c)| c.is_whitespace());
    if (1..=3).contains(&digits) && spaced {
        digits
    } else {
        0
    }
}

/// The length in characters of a footnote mark at the start of `chars` (`[^3]`, `[12]`), or 0.
fn footnote_mark_len(chars: &[(usize, char)]) -> usize {
    if chars.first().map(|&(_, c)| c) != Some('[') {
        return 0;
    }
    let close = chars.iter().take(8).position(|&(_, c)| c == ']');
    match close {
        Some(k) if k > 1 => {
            let inner = &chars[1..k];
            let caret = inner[0].1 == '^';
            let rest = if caret { &inner[1..] } else { inner };
            let mark = !rest.is_empty()
                && rest
                    .iter()
                    .all(|&(_, c)| c.is_ascii_alphanumeric() && (caret || c.is_ascii_digit()));
            if mark {
                k + 1
            } else {
                0
            }
        }
        _ => 0,
    }
}

fn push(out: &mut Vec<Sentence>, start: usize, end: usize, text: &str, paragraph: usize) {
    let Some(s) = text.get(start..end) else {
        return;
    };
    let lead = s.len() - s.trim_start().len();
    let range = start + lead..start + s.trim_end().len();
    if text[range.clone()].chars().any(char::is_alphabetic) {
        out.push(Sentence { range, paragraph });
    }
}

/// "Montag, 5. Dezember 2016": a day of one or two digits whose point is followed by a month's
/// name is an ordinal, not a sentence's end.
fn day_before_month(before: &str, after: &str) -> bool {
    let digits = before
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .count();
    let day = (1..=2).contains(&digits)
        && !before[..before.len() - digits]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric);
    let next_word = after
        .trim_start()
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or_default();
    day && super::dates::is_month_name(next_word)
}

/// Whether the word just before a point is an abbreviation or an initial.
fn abbreviation_before(before: &str, next_is_digit: bool) -> bool {
    let word: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric() || *c == '.')
        .collect::<Vec<char>>()
        .into_iter()
        .rev()
        .collect();
    if word.is_empty() {
        return false;
    }
    let lower = word.to_lowercase();
    let mut letters = word.chars();
    let initial = matches!((letters.next(), letters.next()), (Some(c), None) if c.is_uppercase());
    initial
        || word.contains('.')
        || ABBREVIATIONS.contains(&lower.as_str())
        || (next_is_digit && BEFORE_NUMBERS.contains(&lower.as_str()))
}

#[cfg(test)]
mod piece_tests {
    use super::*;

    #[test]
    fn a_run_without_breaks_is_read_in_pieces_cut_between_words() {
        let text = "word ".repeat(3000) + "end";
        let ranges = pieces(&text, 0..text.len(), 100);
        assert!(ranges.iter().all(|r| r.len() <= 100 && !r.is_empty()));
        assert_eq!(ranges.first().map(|r| r.start), Some(0));
        assert_eq!(ranges.last().map(|r| r.end), Some(text.len()));
        for pair in ranges.windows(2) {
            assert!(
                text[pair[0].end..pair[1].start].trim().is_empty(),
                "only spaces between pieces"
            );
            assert!(
                text[pair[1].clone()].starts_with("word")
                    || text[pair[1].clone()].starts_with("end")
            );
        }
    }

    #[test]
    fn a_line_of_white_space_only_ends_a_paragraph_without_a_panic() {
        let doc = SourceDocument::from_text(
            crate::model::SourceMeta::default(),
            "On 26 November 2016 the army captured Hanano.\n   \n\u{a0}\t\nMore text here.\n",
        );
        let found = sentences(&doc);
        assert_eq!(found.len(), 2);
        assert_ne!(found[0].paragraph, found[1].paragraph);
    }

    #[test]
    fn a_run_without_spaces_is_cut_on_character_boundaries() {
        let text = "حلب".repeat(500);
        let ranges = pieces(&text, 0..text.len(), 101);
        assert!(ranges
            .iter()
            .all(|r| text.get(r.clone()).is_some() && r.len() <= 101));
        assert_eq!(ranges.iter().map(|r| r.len()).sum::<usize>(), text.len());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SourceMeta;

    fn split(text: &str) -> Vec<String> {
        let doc = SourceDocument::from_text(SourceMeta::default(), text);
        sentences(&doc)
            .iter()
            .map(|s| doc.text[s.range.clone()].to_string())
            .collect()
    }

    #[test]
    fn abbreviations_initials_decimals_and_quotes_do_not_break() {
        let text = "BEIRUT, Nov. 28 (Wire) - Lt. Col. Ahmad Hassan of the U.N. said 3.5 km were taken. \
                    \"It went faster than we planned.\" The reporter was J. Smith. Bulletin No. 212 follows.";
        assert_eq!(
            split(text),
            [
                "BEIRUT, Nov. 28 (Wire) - Lt. Col. Ahmad Hassan of the U.N. said 3.5 km were taken.",
                "\"It went faster than we planned.\"",
                "The reporter was J. Smith.",
                "Bulletin No. 212 follows."
            ]
        );
    }

    #[test]
    fn a_footnote_mark_ends_its_sentence_and_table_rows_stand_alone() {
        let text = "The army took the hill in a long and costly assault on the town.[^2] \
                    Rebels held the plain.[7] Then it rained.\n\n                    PLACE            | HELD BY       | CHANGE SINCE THE LAST REPORT\n                    al-Kallaseh      | rebels        | none\n";
        assert_eq!(
            split(text),
            [
                "The army took the hill in a long and costly assault on the town.[^2]",
                "Rebels held the plain.[7]",
                "Then it rained.",
                "PLACE            | HELD BY       | CHANGE SINCE THE LAST REPORT",
                "al-Kallaseh      | rebels        | none"
            ]
        );
    }

    #[test]
    fn a_quote_with_a_comma_or_a_lower_case_follower_stays_whole() {
        let text = "The army said it had \"contained the breach,\" but fighting continued. \"Why?\" he asked.";
        assert_eq!(
            split(text),
            [
                "The army said it had \"contained the breach,\" but fighting continued.",
                "\"Why?\" he asked."
            ]
        );
    }

    #[test]
    fn a_day_with_a_point_before_a_month_is_an_ordinal() {
        for text in [
            "Montag, 5. Dezember 2016, 12:30 Uhr. The army took the district.",
            "Posted 28. marraskuuta 2016. The army took the district.",
        ] {
            assert_eq!(split(text).len(), 2, "{text}: {:?}", split(text));
        }
        // A year or a count before the point still ends its sentence.
        assert_eq!(split("It fell in 2016. December was worse.").len(), 2);
        assert_eq!(split("They lost 5. Then they lost more.").len(), 2);
    }

    #[test]
    fn a_line_opening_with_a_time_or_date_stamp_starts_a_sentence() {
        for stamp in [
            "01/12/2016, 11:03 - Abu Omar:",
            "09:40 —",
            "[14:40]",
            "2016-12-01 11:03",
        ] {
            let text = format!(
                "Nothing changed in the quarter overnight, the army is still where it was\n{stamp} Someone says the army took the district."
            );
            let got = split(&text);
            assert_eq!(got.len(), 2, "{stamp}: {got:?}");
        }
        // A wrapped line that goes on with a number is still one sentence.
        let wrapped = "The convoy that left the eastern districts in the morning carried\n1,200 people and 300 wounded to the western countryside.";
        assert_eq!(split(wrapped).len(), 1);
        let wrapped = "The army said it had taken the whole of the neighbourhood by the\n12 December deadline it had set.";
        assert_eq!(split(wrapped).len(), 1);
    }

    #[test]
    fn hard_wrapped_lines_join_and_headings_do_not() {
        let text = "# Heading without a stop\nThe Syrian army said on Thursday that its troops\nhad taken the district. Then\nnothing.\n\nShort title\nA new paragraph.\n";
        assert_eq!(
            split(text),
            [
                "The Syrian army said on Thursday that its troops\nhad taken the district.",
                "Then\nnothing.",
                "Short title",
                "A new paragraph."
            ]
        );
    }

    #[test]
    fn front_matter_and_captions_give_no_sentence() {
        let text = "---\nsubject: X. Y.\n---\nCaption twice\nCaption twice\nBody.\n";
        assert_eq!(split(text), ["Body."]);
    }
}
