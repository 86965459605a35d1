//! Words and punctuation of a sentence with their byte offsets, and whole-word matching of lexicon
//! phrases against them.
//!
//! A word is a run of letters and digits; an apostrophe or hyphen between two of them stays inside
//! the word ("Sha'ar", "al-Jazmati", "pro-government", "2016-12-22"), and so does a point between
//! two digits ("3.5") or a comma before three digits ("1,200"). A possessive "'s" is split off
//! ("Army's" → "Army", "'s"). Every other character that is not a space is a token of its own; an
//! underscore in a hashtag, and LaTeX's "~", count as spaces ("#Tariq_al_Bab", "28~November").

use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Punct,
}

/// One token: byte offsets into the document text, and the lower-cased form used for matching.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    /// Lower case, with curly apostrophes made straight.
    pub norm: String,
}

impl Token {
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    /// The token's text in `text` (the document text the offsets refer to).
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }

    pub fn is(&self, word: &str) -> bool {
        self.norm == word
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | 'ʿ' | 'ʾ' | 'ʼ' | '`')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑')
}

/// Normalises a word for matching: lower case, straight apostrophes.
pub fn normalise(word: &str) -> String {
    word.chars()
        // Arabic's short vowels, shadda and sukun ("يتسنَّ") and its stretching tatweel are left out,
        // as the lexicon's phrases are written without them.
        .filter(|c| !matches!(*c as u32, 0x064B..=0x065F | 0x0670 | 0x0640))
        .map(|c| {
            if is_apostrophe(c) {
                '\''
            } else {
                ascii_digit(c)
            }
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// The first digits of the scripts whose texts write their own ("٢٨", "೨೯", "२०१६"): Arabic-Indic,
/// Persian, Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam,
/// Thai, Lao, Myanmar, Khmer and full-width.
const ZEROS: &[u32] = &[
    0x0660, 0x06F0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66, 0x0E50,
    0x0ED0, 0x1040, 0x17E0, 0xFF10,
];

/// A digit of another script as its ASCII digit ("೨" → '2'); any other character as it is.
fn ascii_digit(c: char) -> char {
    if c.is_ascii() {
        return c;
    }
    let code = c as u32;
    ZEROS
        .iter()
        .find(|&&zero| (zero..zero + 10).contains(&code))
        .and_then(|&zero| char::from_digit(code - zero, 10))
        .unwrap_or(c)
}

/// Tokens of `text[range]`, with offsets into `text`.
pub fn tokenize(text: &str, range: std::ops::Range<usize>) -> Vec<Token> {
    let Some(part) = text.get(range.clone()) else {
        return Vec::new();
    };
    let chars: Vec<(usize, char)> = part.char_indices().collect();
    let mut tokens = Vec::new();
    let mut in_hashtag = false;
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        // A hashtag's underscores stand for spaces ("#Tariq_al_Bab"); a handle's do not
        // ("@Midan_resident"). LaTeX's "~" is a space that does not break ("28~November").
        in_hashtag = (in_hashtag || c == '#') && !c.is_whitespace();
        // A zero-width non-joiner parts a Persian word's pieces ("تروریست‌ها"), as a space may.
        if c.is_whitespace() || (c == '_' && in_hashtag) || c == '~' || c == '\u{200c}' {
            i += 1;
            continue;
        }
        if !c.is_alphanumeric() {
            let end = pos + c.len_utf8();
            tokens.push(make(
                text,
                range.start + pos,
                range.start + end,
                TokenKind::Punct,
            ));
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < chars.len() {
            let c = chars[j].1;
            // A vowel sign or virama ("ఖిదర్", "शेख") belongs to the word it marks.
            if c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c) {
                j += 1;
                continue;
            }
            let prev = chars[j - 1].1;
            let next = chars.get(j + 1).map(|&(_, n)| n);
            let joins = match next {
                Some(n) if prev.is_alphanumeric() && n.is_alphanumeric() => {
                    is_apostrophe(c)
                        || is_hyphen(c)
                        || (c == '.' && prev.is_ascii_digit() && n.is_ascii_digit())
                        || (c == ',' && prev.is_ascii_digit() && thousands_after(&chars, j))
                }
                _ => false,
            };
            if joins {
                j += 1;
            } else {
                break;
            }
        }
        let start = range.start + pos;
        let end = range.start + chars.get(j).map_or(part.len(), |&(p, _)| p);
        if let Some(hedge) = hedge_abbreviation(text, start, end).filter(|h| h.end < range.end) {
            tokens.push(hedge);
            i = j + 1;
            continue;
        }
        // A possessive 's becomes a token of its own.
        let word = &text[start..end];
        let split = ["'s", "’s"]
            .iter()
            .find(|s| word.len() > s.len() + 1 && word.ends_with(*s))
            .map(|s| end - s.len());
        match split {
            Some(at) => {
                tokens.push(make(text, start, at, TokenKind::Word));
                tokens.push(make(text, at, end, TokenKind::Punct));
            }
            None => tokens.push(make(text, start, end, TokenKind::Word)),
        }
        i = j;
    }
    tokens
}

/// Whether the comma at `j` separates thousands: three digits follow it, then no digit ("1,200";
/// not a row's "2081544,26 November 2016").
fn thousands_after(chars: &[(usize, char)], j: usize) -> bool {
    let digit = |k: usize| chars.get(k).is_some_and(|&(_, c)| c.is_ascii_digit());
    (j + 1..=j + 3).all(digit) && !digit(j + 4)
}

/// Shortened hedges written before a number ("approx. 60%", "ca. 300").
const HEDGES: &[&str] = &["approx", "ca", "c"];

/// "approx. 60%": a hedge, its point and a number after a space read as one word, "approximately"
/// (the point ends no phrase, and the words allowed before a share know it).
fn hedge_abbreviation(text: &str, start: usize, end: usize) -> Option<Token> {
    // Cheap first: a short word with a point right after it.
    if end - start > 6 || text.as_bytes().get(end) != Some(&b'.') {
        return None;
    }
    let word = text[start..end].to_ascii_lowercase();
    let rest = text.get(end..)?;
    let number_after = rest
        .strip_prefix('.')
        .and_then(|r| r.strip_prefix(' '))
        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
    (HEDGES.contains(&word.as_str()) && number_after).then(|| Token {
        start,
        end: end + 1,
        kind: TokenKind::Word,
        norm: "approximately".into(),
    })
}

fn make(text: &str, start: usize, end: usize, kind: TokenKind) -> Token {
    Token {
        start,
        end,
        kind,
        norm: normalise(&text[start..end]),
    }
}

/// One part of a compiled phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Part {
    /// A word, compared by its normalised form; `exact` when written in capitals (an acronym).
    Word { norm: String, exact: Option<String> },
    /// Up to two words (and a possessive's "'s").
    Gap,
}

/// Articles a phrase's gap does not count, in the languages the lexicon holds.
const GAP_ARTICLES: &[&str] = &[
    "the", "a", "an", "il", "lo", "la", "le", "l'", "el", "los", "las", "der", "die", "das", "den",
    "dem", "het", "de",
];

/// A lexicon phrase ready to match.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phrase {
    parts: Vec<Part>,
    /// The phrase as written in the lexicon.
    pub text: String,
}

impl Phrase {
    /// How many gaps (`*`) the phrase has.
    fn gaps(&self) -> usize {
        self.parts.iter().filter(|p| **p == Part::Gap).count()
    }

    /// Compiles a phrase; `None` when it has no word, or starts or ends with `*`.
    pub fn compile(phrase: &str) -> Option<Self> {
        let tokens = tokenize(phrase, 0..phrase.len());
        let mut parts = Vec::with_capacity(tokens.len());
        for t in &tokens {
            let word = t.text(phrase);
            if word == "*" {
                parts.push(Part::Gap);
                continue;
            }
            let acronym = word.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && word.chars().all(|c| !c.is_alphabetic() || c.is_uppercase());
            parts.push(Part::Word {
                norm: t.norm.clone(),
                exact: acronym.then(|| word.to_string()),
            });
        }
        match (parts.first(), parts.last()) {
            (Some(Part::Word { .. }), Some(Part::Word { .. })) => Some(Self {
                parts,
                text: phrase.to_string(),
            }),
            _ => None,
        }
    }

    fn first_norm(&self) -> &str {
        match self.parts.first() {
            Some(Part::Word { norm, .. }) => norm,
            _ => "",
        }
    }

    /// The index just past the match when the phrase matches at token `at`.
    pub fn match_at(&self, text: &str, tokens: &[Token], at: usize) -> Option<usize> {
        match_parts(&self.parts, text, tokens, at, false)
    }
}

fn match_parts(
    parts: &[Part],
    text: &str,
    tokens: &[Token],
    at: usize,
    inner: bool,
) -> Option<usize> {
    let Some((first, rest)) = parts.split_first() else {
        return Some(at);
    };
    match first {
        Part::Word { norm, exact } => {
            let t = tokens.get(at)?;
            let same = match exact {
                Some(e) => t.text(text) == e,
                None => &t.norm == norm,
            };
            if same {
                match_parts(rest, text, tokens, at + 1, true)
            } else if !inner || !PARTICLES.contains(&norm.as_str()) {
                None
            } else {
                // "moved on Sunday into", "withdrew overnight from": a time between a verb and
                // its particle; "returned wholly to", "lost again to": an adverb of how much or
                // of again.
                // "se apoderaron hoy por completo del": a time, then such an adverb.
                let time = time_between(tokens, at).unwrap_or(0);
                let skip = time + adverb_len(tokens, at + time);
                if skip == 0 {
                    return None;
                }
                match_parts(parts, text, tokens, at + skip, false)
            }
        }
        Part::Gap => {
            // Longest gap first, so "took full control of" is one phrase; a possessive's "'s"
            // does not count ("behind the army's lines").
            // Quotation marks around the gap's words do not count either ("had \"restored
            // security and stability\" to"), nor an article opening it.
            (0..=5).rev().find_map(|n| {
                let words = tokens.get(at..at + n)?;
                let possessive = |w: &Token| matches!(w.norm.as_str(), "'s" | "’s" | "'" | "’");
                let quote = |w: &Token| matches!(w.norm.as_str(), "\"" | "\u{201C}" | "\u{201D}");
                // Nor does an article ("drove the Islamic State out of", "hanno preso oggi il
                // pieno controllo").
                let article = |w: &Token| GAP_ARTICLES.contains(&w.norm.as_str());
                let counted = words
                    .iter()
                    .filter(|w| !possessive(w) && !quote(w) && !article(w))
                    .count();
                // "forced to withdraw from" is not "forced * from": "to" opens another verb.
                let fits = words
                    .iter()
                    .all(|w| (w.is_word() && w.norm != "to") || possessive(w) || quote(w));
                if fits && counted <= 2 && words.first().is_none_or(|w| !possessive(w)) {
                    // No time after a gap: "cleansed it on Friday of" is "cleansed it".
                    match_parts(rest, text, tokens, at + n, false)
                } else {
                    None
                }
            })
        }
    }
}

/// Adverbs that may stand between a verb and its particle ("returned wholly to", "lost again to").
const BEFORE_A_PARTICLE: &[&str] = &[
    "wholly",
    "fully",
    "completely",
    "entirely",
    "totally",
    "again",
    "completamente",
    "totalmente",
    "complètement",
    "entièrement",
];
/// Adverbs of two words, as [`BEFORE_A_PARTICLE`] ("se apoderaron por completo del").
const TWO_WORD_ADVERBS: &[[&str; 2]] = &[["por", "completo"], ["en", "totalidad"]];

/// The length of an adverb of [`BEFORE_A_PARTICLE`] or [`TWO_WORD_ADVERBS`] at `at`, or 0.
fn adverb_len(tokens: &[Token], at: usize) -> usize {
    let norm = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
    if BEFORE_A_PARTICLE.contains(&norm(at)) {
        1
    } else if TWO_WORD_ADVERBS.contains(&[norm(at), norm(at + 1)]) {
        2
    } else {
        0
    }
}

/// The words after a verb that a time may stand before ("moved on Sunday into"; Spanish "se han
/// hecho este lunes con", "se apoderaron hoy del"; French "a pris hier le contrôle de").
const PARTICLES: &[&str] = &[
    "into", "from", "of", "over", "out", "to", "under", "con", "de", "del", "du", "sobre",
];
/// Words that tell a time, without a number: "overnight", "in December"; a weekday's name ("on
/// Sunday", "early Monday") is one too ([`tells_a_time`]).
const TIME_WORDS: &[&str] = &[
    "overnight",
    "yesterday",
    "today",
    "tonight",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    // Spanish, French and Italian: today, yesterday and the weekdays.
    "hoy",
    "ayer",
    "anoche",
    "hier",
    "oggi",
    "ieri",
    "lunes",
    "martes",
    "miércoles",
    "jueves",
    "viernes",
    "sábado",
    "domingo",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
];
/// Words that may stand in such a time beside them ("on", "early", "last night", "26").
const TIME_FILLERS: &[&str] = &[
    "on",
    "early",
    "late",
    "last",
    "this",
    "night",
    "morning",
    "evening",
    "afternoon",
    "the",
    "este",
    "esta",
    "el",
    "ce",
    "le",
];

/// Whether a (lower-case) word tells a time: one of [`TIME_WORDS`] or a weekday's name.
fn tells_a_time(word: &str) -> bool {
    TIME_WORDS.contains(&word) || super::dates::is_weekday_name(word)
}

/// The length of a time standing at `at` between a phrase's words ("on Sunday", "overnight",
/// "on 27 November", "early on Monday"): up to four words, one telling a time
/// ([`tells_a_time`]), the others [`TIME_FILLERS`] or a day's number.
fn time_between(tokens: &[Token], at: usize) -> Option<usize> {
    let is_day = |t: &Token| t.norm.len() <= 2 && t.norm.bytes().all(|b| b.is_ascii_digit());
    let mut told = false;
    let mut n = 0;
    // "this morning", "last night", "early evening": a part of the day after a word that places it.
    let part_of_day = |k: usize| {
        ["morning", "evening", "night", "afternoon"].contains(&tokens[k].norm.as_str())
            && k > at
            && ["this", "last", "early", "late"].contains(&tokens[k - 1].norm.as_str())
    };
    while let Some(t) = tokens.get(at + n).filter(|_| n < 4) {
        if tells_a_time(&t.norm) || part_of_day(at + n) {
            told = true;
        } else if !(TIME_FILLERS.contains(&t.norm.as_str()) || is_day(t)) {
            break;
        }
        n += 1;
    }
    // Fillers after the time belong to what follows ("on Sunday the").
    while n > 0
        && !tells_a_time(&tokens[at + n - 1].norm)
        && !part_of_day(at + n - 1)
        && !is_day(&tokens[at + n - 1])
    {
        n -= 1;
    }
    (told && n > 0).then_some(n)
}

/// Phrases with a value each, looked up by their first word.
#[derive(Debug, Clone)]
pub struct PhraseSet<T> {
    phrases: Vec<(Phrase, T)>,
    by_first: HashMap<String, Vec<usize>>,
}

impl<T> Default for PhraseSet<T> {
    fn default() -> Self {
        Self {
            phrases: Vec::new(),
            by_first: HashMap::new(),
        }
    }
}

/// A phrase found in a token list: tokens `start..end`.
#[derive(Debug, Clone, PartialEq)]
pub struct Found<'a, T> {
    pub start: usize,
    pub end: usize,
    pub value: &'a T,
    pub phrase: &'a str,
}

impl<T> PhraseSet<T> {
    /// Adds a phrase; returns false when it cannot be compiled (empty, or a bad `*`).
    pub fn insert(&mut self, phrase: &str, value: T) -> bool {
        let Some(p) = Phrase::compile(phrase) else {
            return false;
        };
        self.by_first
            .entry(p.first_norm().to_string())
            .or_default()
            .push(self.phrases.len());
        self.phrases.push((p, value));
        true
    }

    pub fn len(&self) -> usize {
        self.phrases.len()
    }

    pub fn is_empty(&self) -> bool {
        self.phrases.is_empty()
    }

    /// The longest phrase matching at token `at`.
    pub fn longest_at<'a>(
        &'a self,
        text: &str,
        tokens: &[Token],
        at: usize,
    ) -> Option<Found<'a, T>> {
        let first = tokens.get(at)?;
        let candidates = self.by_first.get(&first.norm)?;
        candidates
            .iter()
            .filter_map(|&i| {
                let (p, v) = &self.phrases[i];
                p.match_at(text, tokens, at).map(|end| {
                    let found = Found {
                        start: at,
                        end,
                        value: v,
                        phrase: p.text.as_str(),
                    };
                    (found, p.gaps())
                })
            })
            // Of two phrases that cover the same words, the one with fewer gaps says more: "unter
            // ihre kontrolle" (a change) over "unter * kontrolle" (a standing state).
            .max_by_key(|(f, gaps)| (f.end, std::cmp::Reverse(*gaps)))
            .map(|(f, _)| f)
    }

    /// Every match, left to right, longest first, not overlapping.
    pub fn find_all<'a>(&'a self, text: &str, tokens: &[Token]) -> Vec<Found<'a, T>> {
        let mut out = Vec::new();
        let mut at = 0;
        while at < tokens.len() {
            match self.longest_at(text, tokens, at) {
                Some(f) => {
                    at = f.end.max(at + 1);
                    out.push(f);
                }
                None => at += 1,
            }
        }
        out
    }

    /// True when some phrase ends exactly at token `end` (exclusive) and starts at or after `from`.
    pub fn ends_at(
        &self,
        text: &str,
        tokens: &[Token],
        from: usize,
        end: usize,
    ) -> Option<Found<'_, T>> {
        (from..end)
            .rev()
            .filter_map(|s| self.longest_at(text, tokens, s))
            .filter(|f| f.end == end)
            .max_by_key(|f| f.end - f.start)
    }
}

/// Case endings Turkish writes after a proper name's apostrophe ("Şeyh Said'i", "Necar'ın").
const TURKISH_ENDINGS: &[&str] = &[
    "ı", "i", "u", "ü", "a", "e", "ya", "ye", "yı", "yi", "yu", "yü", "da", "de", "ta", "te",
    "dan", "den", "tan", "ten", "ın", "in", "un", "ün", "nın", "nin", "nun", "nün", "la", "le",
    "yla", "yle", "daki", "deki", "taki", "teki", "na", "ne",
];

/// A word less a Turkish case ending after its apostrophe ("Said'i" → "Said", "Kasım'da" → "Kasım").
pub(crate) fn without_turkish_ending(word: &str) -> &str {
    match word.rsplit_once(['\'', '’']) {
        Some((name, ending)) if TURKISH_ENDINGS.contains(&ending) => name,
        _ => word,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        tokenize(text, 0..text.len())
            .iter()
            .map(|t| t.text(text).to_string())
            .collect()
    }

    #[test]
    fn words_keep_inner_apostrophes_hyphens_and_decimals() {
        assert_eq!(
            words("the Army's push into al-Sha'ar, 3.5 km, 1,200 people (2016-12-22)."),
            [
                "the",
                "Army",
                "'s",
                "push",
                "into",
                "al-Sha'ar",
                ",",
                "3.5",
                "km",
                ",",
                "1,200",
                "people",
                "(",
                "2016-12-22",
                ")",
                "."
            ]
        );
        assert_eq!(words("'Ard Al-Hamra"), ["'", "Ard", "Al-Hamra"]);
        assert_eq!(words("Ma’saraniyah’s"), ["Ma’saraniyah", "’s"]);
    }

    #[test]
    fn a_hedge_before_a_number_keeps_its_point() {
        let text = "took approx. 60% of it, ca. 300 men; the approx. end.";
        let toks = tokenize(text, 0..text.len());
        let texts: Vec<&str> = toks.iter().map(|t| t.text(text)).collect();
        assert_eq!(texts[1..3], ["approx.", "60"]);
        assert_eq!(toks[1].norm, "approximately");
        assert!(texts.contains(&"ca."));
        // Before a word, the point stays a point of its own.
        assert_eq!(texts[texts.len() - 4..], ["approx", ".", "end", "."]);
    }

    #[test]
    fn offsets_are_into_the_whole_text() {
        let text = "xx Sheikh Saeed";
        let t = tokenize(text, 3..text.len());
        assert_eq!((t[0].start, t[1].end), (3, 15));
        assert_eq!(t[1].text(text), "Saeed");
    }

    #[test]
    fn phrases_match_whole_words_with_gaps_and_acronyms() {
        let mut set = PhraseSet::default();
        set.insert("took * control of", 1);
        set.insert("took", 2);
        set.insert("YPG", 3);
        let text = "the army took full control of Hanano; the ypg and the YPG took it";
        let tokens = tokenize(text, 0..text.len());
        let found: Vec<(i32, &str)> = set
            .find_all(text, &tokens)
            .iter()
            .map(|f| (*f.value, f.phrase))
            .collect();
        assert_eq!(found, [(1, "took * control of"), (3, "YPG"), (2, "took")]);
        assert!(Phrase::compile("* took").is_none());
    }
}
