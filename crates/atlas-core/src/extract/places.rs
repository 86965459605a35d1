//! Places in a sentence: every name and alias of the district layer, found with the layer's own name
//! resolution ([`DistrictLayer::resolve`]: case, diacritics, punctuation, articles and generic words such
//! as "district" ignored), longest name first.
//!
//! A name may start with a capital, an article before a capital ("al-Jazmati") or a non-Latin letter. A
//! name is not a place the text acts on when it is the start of a longer proper name ("the Al-Ramousah
//! Military Academy"), a town, village or base ("the towns of Nubl and Zahraa", "the Ramouseh artillery
//! base"), or placed relative to something else ("south of Jabal Badro", "within 500 metres of the
//! Citadel", "an attack on Sheikh Saeed"); such names are kept, marked, so that the rules can skip them.
//! A name of a landmark inside a district ("the Eye Hospital", "the al-Jazmati roundabout") is marked too:
//! taking it takes part of the district.

use super::lexicon::Lexicon;
use super::tokens::Token;
use crate::model::district::Resolution;
use crate::model::names::{name_key, sound_key, word_sound};
use crate::model::DistrictLayer;
use std::collections::{HashMap, HashSet};
use std::ops::Range;

/// How a name resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceHow {
    /// One district.
    Name,
    /// A name for several districts together ("Old City").
    Group,
    /// A name several districts carry; all are kept.
    Ambiguous,
}

/// A name of the layer found in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceMention {
    /// Token range in the sentence's tokens.
    pub tokens: Range<usize>,
    /// Byte range in the document text.
    pub range: Range<usize>,
    pub text: String,
    /// Indices into the layer's districts.
    pub districts: Vec<usize>,
    pub how: PlaceHow,
    /// A landmark inside the district ("the Eye Hospital").
    pub landmark: bool,
    /// Followed by a possessive naming a part of it ("the Old City's covered markets").
    pub part: bool,
    /// Why the name is not what a verb acts on, when it is not.
    pub not_the_object: Option<&'static str>,
}

const ARTICLES: &[&str] = &[
    "al", "el", "as", "ash", "ad", "az", "aj", "an", "at", "ar", "ath", "adh",
    // With an "e", as French transliterates it: "Seif ed-Dawla", "Bab es-Salameh".
    "ed", "es", "er", "esh", "ech", "et", "ez", "ej", "en", "eth",
    // Scholarly transliteration ("aš-Šaiḫ Naǧǧār", "aḏ-Ḏahab") and Hebrew's "a-Sakhur".
    "aš", "aḏ", "aṯ", "a",
    // Cyrillic: "аль-Фирдаус", "аш-Шейх Максуд", "ас-Сахур".
    "аль", "ал", "эль", "ель", "аш", "ас", "ар", "ад", "аз", "ат", "ан", "эш", "эс", "эр",
];
const MAX_NAME_TOKENS: usize = 8;
/// Times of day written as words ("around noon").
const TIMES_OF_DAY: &[&str] = &[
    "dawn", "noon", "midday", "midnight", "dusk", "sunrise", "sunset",
];
/// How far before a name a "south of", "within … of" or "an attack on" may stand.
const NOT_OBJECT_WINDOW: usize = 8;

/// Whether a token can start a name: a capital, an article and a capital, or a non-Latin letter.
fn can_start(token: &Token, text: &str) -> bool {
    token.is_word() && word_can_start(token.text(text))
}

/// [`can_start`] of a word's text.
fn word_can_start(word: &str) -> bool {
    let Some(first) = word.chars().next() else {
        return false;
    };
    if first.is_uppercase() || (first.is_alphabetic() && !first.is_ascii()) && !first.is_lowercase()
    {
        return true;
    }
    word.split_once(['-', '‐', '‑'])
        .is_some_and(|(article, rest)| {
            ARTICLES.contains(&article) && rest.chars().next().is_some_and(char::is_uppercase)
        })
}

fn inside_name(token: &Token, text: &str) -> bool {
    token.is_word() || matches!(token.text(text), "'" | "’" | "‘" | "ʿ" | "-" | "‐")
}

/// The matching keys of every name the layer resolves ([`name_key`] of names, aliases, ids, alias
/// placements and group names), and their first words: a cheap test before [`DistrictLayer::resolve`].
#[derive(Debug, Clone, Default)]
pub struct NameKeys {
    keys: HashSet<String>,
    first_words: HashSet<String>,
    /// The keys of the districts' own names (not of aliases or placed landmarks: "al-Jazmati
    /// roundabouts" are landmarks of a district, "the Hanano barracks" the district "Hanano Barrack").
    district_names: HashSet<String>,
    /// The districts by the [`sound_key`] of their names and aliases, each with the [`endings`] of
    /// the name: what a spelling the layer does not know ("Haidariya") may still name, when it
    /// names one district only and its words end alike.
    by_sound: HashMap<String, Vec<(usize, Vec<Ending>, String)>>,
    /// The sounds of those names' first words.
    first_sounds: HashSet<String>,
    /// The most words a name sounded out has.
    sound_words: usize,
}

impl NameKeys {
    pub fn new(layer: &DistrictLayer) -> Self {
        let mut names: Vec<String> = Vec::new();
        let mut district_names = HashSet::new();
        let mut by_sound: HashMap<String, Vec<(usize, Vec<Ending>, String)>> = HashMap::new();
        let mut first_sounds = HashSet::new();
        let mut sound_words = 0;
        for (k, d) in layer.districts.iter().enumerate() {
            for n in std::iter::once(&d.name).chain(d.aliases.iter()) {
                let sound = sound_key(n);
                if let Some(first) = sound.split(' ').next() {
                    first_sounds.insert(first.to_string());
                }
                sound_words = sound_words.max(sound.split(' ').count());
                by_sound
                    .entry(sound)
                    .or_default()
                    .push((k, endings(n), name_key(n)));
            }
            district_names.insert(name_key(&d.name));
            names.push(d.id.replace('-', " "));
            names.push(d.name.clone());
            names.extend(d.name_ar.iter().cloned());
            names.extend(d.aliases.iter().cloned());
        }
        names.extend(layer.placements.iter().map(|p| p.name.clone()));
        for g in &layer.alias_groups {
            names.extend(g.aliases.iter().cloned());
        }
        let mut out = Self {
            district_names,
            by_sound,
            first_sounds,
            sound_words,
            ..Self::default()
        };
        for n in names {
            let key = name_key(&n);
            if let Some(first) = key.split(' ').next() {
                out.first_words.insert(first.to_string());
            }
            out.keys.insert(key);
        }
        out
    }

    fn may_start(&self, word: &str) -> bool {
        let key = name_key(word);
        let first = key.split(' ').next().unwrap_or("");
        self.first_words.contains(first)
            || first == "the"
            || ARTICLES.contains(&first)
            || self.first_sounds.contains(&word_sound(first))
    }
}

/// The fewest letters of sound a spelling must keep for its sound alone to name a district, and
/// the fewest letters it must be written with ("al-Bayada": "byd", six letters; "Arkub" for
/// al-'Arqoub: "arkb", five).
const MIN_SOUND_LETTERS: usize = 3;
const MIN_WRITTEN_LETTERS: usize = 5;

impl NameKeys {
    /// The one name of the layer that `written` sounds like ([`sound_key`]): capitalised words
    /// only, long enough ([`MIN_SOUND_LETTERS`], [`MIN_WRITTEN_LETTERS`]), and no other name
    /// sounding the same unless it is the same district's. A name several districts share
    /// ("Ramouseh") may be sounded out too ("Ramuse").
    fn by_sound(&self, written: &str) -> Option<&str> {
        let capitalised = written
            .split([' ', '-', '\u{2010}'])
            .filter(|w| !w.is_empty())
            .all(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    || ARTICLES.contains(&w.to_lowercase().as_str())
            });
        let key = sound_key(written);
        let letters = key.chars().filter(|c| c.is_alphanumeric()).count();
        let written_letters = name_key(written)
            .chars()
            .filter(|c| c.is_alphanumeric())
            .count();
        let long_enough = letters >= MIN_SOUND_LETTERS && written_letters >= MIN_WRITTEN_LETTERS;
        let named = self.by_sound.get(&key)?;
        let written_endings = endings(written);
        let alike: Vec<&(usize, Vec<Ending>, String)> = named
            .iter()
            .filter(|(_, e, _)| endings_agree(e, &written_endings))
            .collect();
        // A name every district sounding alike carries.
        let shared = alike.iter().map(|(_, _, n)| n).find(|n| {
            alike
                .iter()
                .all(|(d, _, _)| alike.iter().any(|(d2, _, n2)| d2 == d && n2 == *n))
        })?;
        (capitalised && long_enough).then_some(shared.as_str())
    }
}

/// How a word of a name ends, which its sound ([`word_sound`]) drops: "al-Madina" is not
/// "al-Midan", while "Zebdiyeh" may be "Zubdiya" (a final "e", as in "Salaheddine", is either).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ending {
    Vowel,
    Consonant,
    Either,
}

/// The [`Ending`] of each word of a name (a final "h" after a vowel is silent).
fn endings(name: &str) -> Vec<Ending> {
    name_key(name)
        .split(' ')
        .map(|w| {
            let w = match w.strip_suffix('h') {
                Some(rest) if rest.ends_with(['a', 'e', 'i', 'o', 'u']) => rest,
                _ => w,
            };
            match w.chars().last() {
                Some('e') => Ending::Either,
                Some('a' | 'i' | 'o' | 'u' | 'y') => Ending::Vowel,
                _ => Ending::Consonant,
            }
        })
        .collect()
}

fn endings_agree(a: &[Ending], b: &[Ending]) -> bool {
    a.len() == b.len()
        && a.iter()
            .zip(b)
            .all(|(x, y)| x == y || *x == Ending::Either || *y == Ending::Either)
}

/// A name of the layer as written, or, when its last word is a plural the layer writes in the
/// singular ("the Hanano barracks" for "Hanano Barrack"), that singular.
fn singular_or_as_written<'a>(written: &'a str, keys: &NameKeys) -> Option<&'a str> {
    if keys.keys.contains(&name_key(written)) {
        return Some(written);
    }
    let singular = written.strip_suffix('s')?;
    let multi_word = singular.contains(' ');
    // A word, not a numeral's letter: "Al-Sakhour is" is not "as-Sakhour I" in the plural.
    let last_word = singular.rsplit(' ').next().unwrap_or("");
    let a_word = last_word.chars().count() >= MIN_SINGULAR_LETTERS;
    (multi_word
        && a_word
        && !singular.ends_with('s')
        && keys.district_names.contains(&name_key(singular)))
    .then_some(singular)
}

/// The fewest letters the singular of a name's last word has ("Barrack").
const MIN_SINGULAR_LETTERS: usize = 3;

/// Every name of the layer in the sentence's tokens, left to right.
pub fn find_places(
    text: &str,
    tokens: &[Token],
    layer: &DistrictLayer,
    keys: &NameKeys,
    lexicon: &Lexicon,
) -> Vec<PlaceMention> {
    let mut out = Vec::new();
    // A sentence without a capital letter (closed captions, a chat typed in lower case) names its
    // places in lower case too.
    let lower_case = !tokens
        .iter()
        .any(|t| t.text(text).chars().any(char::is_uppercase));
    let mut i = 0;
    while i < tokens.len() {
        let found = name_at(text, tokens, i, lower_case, keys, layer);
        let Some((mut end, resolution, skip)) = found else {
            i += 1;
            continue;
        };
        // "Salheen districts" is the name "Salheen".
        while end > i + 1 && name_key(tokens[end - 1].text(text)).is_empty() {
            end -= 1;
        }
        let (districts, how) = match resolution {
            Resolution::Found(d) => (vec![d], PlaceHow::Name),
            Resolution::Group(ds) => (ds, PlaceHow::Group),
            Resolution::Ambiguous(ds) => (ds, PlaceHow::Ambiguous),
            Resolution::NotFound => (Vec::new(), PlaceHow::Name),
        };
        let range = tokens[i].start + skip..tokens[end - 1].end;
        let matched = &text[range.clone()];
        let landmark = is_landmark(matched, &districts, layer, lexicon);
        out.push(PlaceMention {
            tokens: i..end,
            range: range.clone(),
            text: matched.to_string(),
            districts,
            how,
            landmark,
            part: false,
            not_the_object: None,
        });
        i = end;
    }
    // "the district", "the area", "it": resolved by the rules to the last place named.
    for f in lexicon.anaphora.find_all(text, tokens) {
        if out
            .iter()
            .any(|p| p.tokens.start < f.end && f.start < p.tokens.end)
        {
            continue;
        }
        let next = tokens.get(f.end).map(|t| t.norm.as_str());
        // "the district around the Citadel" is placed; "the district around 06:00" is not.
        let at_a_time = tokens.get(f.end + 1).is_some_and(|t| {
            t.norm.starts_with(|c: char| c.is_ascii_digit())
                || TIMES_OF_DAY.contains(&t.norm.as_str())
        });
        let placed = match next {
            Some("of" | "near") => true,
            Some("around") => !at_a_time,
            _ => false,
        };
        if f.end - f.start > 1 && placed {
            continue;
        }
        out.push(reference_back(text, tokens, f.start..f.end));
    }
    if let Some(both) = both_as_subject(tokens) {
        out.push(reference_back(text, tokens, both));
    }
    out.sort_by_key(|p| p.tokens.start);
    drop_glossed(tokens, &mut out);
    mark(text, tokens, &mut out, layer, lexicon);
    out
}

/// The name starting at the token at `i` (any word may, in a sentence written in lower case): the
/// longest the layer resolves or sounds out, else one after a word joined to the token's front
/// ("والمرجة", "d'al-Firdous"); with the token after it, how it resolves and how many bytes of
/// the token it leaves out.
fn name_at(
    text: &str,
    tokens: &[Token],
    i: usize,
    lower_case: bool,
    keys: &NameKeys,
    layer: &DistrictLayer,
) -> Option<(usize, Resolution, usize)> {
    let token = &tokens[i];
    if !token.is_word() {
        return None;
    }
    let word = token.text(text);
    if lower_case || can_start(token, text) {
        let max = (i + MAX_NAME_TOKENS).min(tokens.len());
        let found = longest_name_at(text, tokens, i, 0, keys, layer)
            .or_else(|| {
                keys.may_start(word)
                    .then(|| sounded_name(text, tokens, (i, 0), max, keys, layer))
                    .flatten()
            })
            .or_else(|| respelled_name(text, tokens, i, keys, layer));
        if let Some((end, resolution)) = found {
            return Some((end, resolution, 0));
        }
    }
    let skip = joined_word_len(word).filter(|&n| lower_case || word_can_start(&word[n..]))?;
    let max = (i + MAX_NAME_TOKENS).min(tokens.len());
    longest_name_at(text, tokens, i, skip, keys, layer)
        .or_else(|| sounded_name(text, tokens, (i, skip), max, keys, layer))
        .map(|(end, resolution)| (end, resolution, skip))
}

/// The longest name the layer resolves that starts `skip` bytes into the token at `i`, and
/// the token after it.
fn longest_name_at(
    text: &str,
    tokens: &[Token],
    i: usize,
    skip: usize,
    keys: &NameKeys,
    layer: &DistrictLayer,
) -> Option<(usize, Resolution)> {
    let start = tokens[i].start + skip;
    if !keys.may_start(text.get(start..tokens[i].end)?) {
        return None;
    }
    let max = (i + MAX_NAME_TOKENS).min(tokens.len());
    (i + 1..=max).rev().find_map(|end| {
        if !tokens[i..end].iter().all(|t| inside_name(t, text)) || !tokens[end - 1].is_word() {
            return None;
        }
        let name = singular_or_as_written(&text[start..tokens[end - 1].end], keys)?;
        let resolution = layer.resolve(name);
        (resolution != Resolution::NotFound).then_some((end, resolution))
    })
}

/// Articles and prepositions French and Italian elide onto the next word, an apostrophe between
/// ("d'al-Firdous", "dell'Hanano").
const ELIDED: &[&str] = &["d", "l", "dell", "nell", "all", "dall", "sull", "qu"];

/// The length in bytes of a word joined to the front of another: Arabic's "and" (و) before
/// three letters or more ("والمرجة"), or an elided article or preposition ("d'al-Firdous").
fn joined_word_len(word: &str) -> Option<usize> {
    if let Some(rest) = word.strip_prefix('\u{0648}') {
        let arabic = |c: char| ('\u{0621}'..='\u{064A}').contains(&c);
        return (rest.chars().count() >= 3 && rest.chars().all(arabic))
            .then_some('\u{0648}'.len_utf8());
    }
    let (head, _) = word.split_once(['\'', '’'])?;
    if !ELIDED.iter().any(|e| head.eq_ignore_ascii_case(e)) {
        return None;
    }
    let apostrophe = word[head.len()..].chars().next()?;
    let n = head.len() + apostrophe.len_utf8();
    word[n..]
        .chars()
        .next()
        .is_some_and(char::is_alphabetic)
        .then_some(n)
}

/// A reference back to places named before ("the district", "it", "Both"), its districts left to
/// the rules.
fn reference_back(text: &str, tokens: &[Token], at: Range<usize>) -> PlaceMention {
    let range = tokens[at.start].start..tokens[at.end - 1].end;
    PlaceMention {
        tokens: at,
        text: text[range.clone()].to_string(),
        range,
        districts: Vec::new(),
        how: PlaceHow::Name,
        landmark: false,
        part: false,
        not_the_object: None,
    }
}

/// "Šeih Hidr (Sheikh Kheder)", "as-Sahur (as-Sakhour)": a name as a translation prints it, glossed
/// in brackets by the usual form. The gloss is the place; the printed name, read by its sound, may
/// be taken for another.
fn drop_glossed(tokens: &[Token], out: &mut Vec<PlaceMention>) {
    if !tokens.iter().any(|t| t.norm == "(") {
        return;
    }
    let glossed: Vec<bool> = (0..out.len())
        .map(|i| {
            out.get(i + 1).is_some_and(|gloss| {
                let open = out[i].tokens.end;
                !gloss.districts.is_empty()
                    && gloss.tokens.start == open + 1
                    && tokens[open].norm == "("
                    && tokens.get(gloss.tokens.end).is_some_and(|t| t.norm == ")")
            })
        })
        .collect();
    let mut k = 0;
    out.retain(|_| {
        k += 1;
        !glossed[k - 1]
    });
}

/// Verbs "both" may open a clause with as the places just listed ("Both fell to the army").
const BOTH_VERBS: &[&str] = &[
    "fell", "were", "are", "have", "had", "went", "passed", "came", "returned", "changed",
];

/// "**Karm al-Qaterji** and **Karm Homad**: now red. Both fell to the army …": "both" (or "all
/// four") opening a sentence or a clause ("In fact both were taken"; "X, Y, Z and W: all four were
/// taken"), before its verb, refers back to the places just listed.
fn both_as_subject(tokens: &[Token]) -> Option<Range<usize>> {
    let first = tokens.iter().position(Token::is_word)?;
    // "In fact both were taken", "and both fell": after a clause's opening words.
    let opens = |k: usize| {
        k == first
            || (k > 0
                && matches!(
                    tokens[k - 1].norm.as_str(),
                    ":" | ";" | "\u{2014}" | "," | "and" | "fact" | "then" | "now"
                ))
    };
    let words = |k: usize| match tokens[k].norm.as_str() {
        "both" => Some(1),
        "all" => tokens
            .get(k + 1)
            .filter(|t| COUNT_WORDS.contains(&t.norm.as_str()))
            .map(|_| 2),
        _ => None,
    };
    (0..tokens.len()).find_map(|k| {
        let n = words(k).filter(|_| opens(k))?;
        tokens
            .get(k + n)
            .is_some_and(|t| BOTH_VERBS.contains(&t.norm.as_str()))
            .then_some(k..k + n)
    })
}

/// How many places "all …" refers back to ("all four were taken").
pub(crate) const COUNT_WORDS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "2", "3", "4", "5",
    "6", "7", "8", "9", "10",
];

/// The longest run of tokens from `i` (less the `skip` bytes of a word joined to its front) that
/// sounds like one district's name (a spelling the layer does not list), with its end.
fn sounded_name(
    text: &str,
    tokens: &[Token],
    (i, skip): (usize, usize),
    max: usize,
    keys: &NameKeys,
    layer: &DistrictLayer,
) -> Option<(usize, Resolution)> {
    // A name sounded out has at most `sound_words` words (and its marks between them).
    let max = max.min(i + 2 * keys.sound_words);
    let start = tokens[i].start + skip;
    if !keys.first_sounds.contains(
        sound_key(text.get(start..tokens[i].end)?)
            .split(' ')
            .next()
            .unwrap_or(""),
    ) {
        return None;
    }
    (i + 1..=max).rev().find_map(|end| {
        let whole =
            tokens[i..end].iter().all(|t| inside_name(t, text)) && tokens[end - 1].is_word();
        if !whole {
            return None;
        }
        let written = &text[start..tokens[end - 1].end];
        let resolution = layer.resolve(keys.by_sound(written)?);
        (resolution != Resolution::NotFound).then_some((end, resolution))
    })
}

/// A name as other alphabets spell it, where the keys miss it: Cyrillic "х" stands for Arabic's
/// "h" (ح) as well as its "kh" (خ), which the keys read it as ("Ханано" is Hanano, "Хайдария"
/// al-Haydariyeh), Turkish puts a case ending after a name's apostrophe ("Şeyh Said'i"), German
/// writes "kh" "ch" ([`german_ch`]). The longest name from the token at `i` read so.
fn respelled_name(
    text: &str,
    tokens: &[Token],
    i: usize,
    keys: &NameKeys,
    layer: &DistrictLayer,
) -> Option<(usize, Resolution)> {
    let max = (i + MAX_NAME_TOKENS).min(tokens.len());
    let cyrillic = tokens[i].text(text).contains(['х', 'Х']);
    let turkish = |end: usize| {
        let last = tokens[end - 1].text(text);
        let kept = super::tokens::without_turkish_ending(last);
        (kept.len() < last.len()).then_some(tokens[end - 1].end - (last.len() - kept.len()))
    };
    (i + 1..=max).rev().find_map(|end| {
        if !tokens[i..end].iter().all(|t| inside_name(t, text)) || !tokens[end - 1].is_word() {
            return None;
        }
        let cut = turkish(end);
        let span = &text[tokens[i].start..cut.unwrap_or(tokens[end - 1].end)];
        let german = german_ch(span);
        if !cyrillic && cut.is_none() && german.is_none() {
            return None;
        }
        let written = german
            .unwrap_or_else(|| span.to_string())
            .replace('х', "h")
            .replace('Х', "H");
        let resolution = if keys.keys.contains(&name_key(&written)) {
            layer.resolve(&written)
        } else {
            layer.resolve(keys.by_sound(&written)?)
        };
        (resolution != Resolution::NotFound).then_some((end, resolution))
    })
}

/// German writes Arabic's "kh" (خ) "ch" ("Scheich Chodr", "as-Sachur"), which the keys read as
/// French "sh": the name with each "ch" outside a "sch" written "kh", when it has one.
fn german_ch(written: &str) -> Option<String> {
    let kept = written.replace("sch", "\u{0}").replace("Sch", "\u{1}");
    kept.contains("ch").then(|| {
        kept.replace("ch", "kh")
            .replace("Ch", "Kh")
            .replace('\u{0}', "sch")
            .replace('\u{1}', "Sch")
    })
}

/// A landmark word in the name that is not in the name of the district itself.
fn is_landmark(
    matched: &str,
    districts: &[usize],
    layer: &DistrictLayer,
    lexicon: &Lexicon,
) -> bool {
    let lower = matched.to_lowercase();
    lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| lexicon.landmarks.iter().any(|l| l == w))
        .any(|w| {
            districts.iter().all(|&d| {
                !layer.districts[d]
                    .name
                    .to_lowercase()
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|n| n == w)
            })
        })
}

/// "and" and "or" in the other languages the lexicon holds ("al-Sukkari e al-Ansari", "X y Y",
/// "X und Y").
const LIST_CONJUNCTIONS: &[&str] = &[
    "e", "ed", "y", "et", "und", "en", "i", "og", "och", "ve", "dan", "ou", "o", "oder", "és",
    "si", "și", "ja", "ni", "و", "ve",
];

/// The stems of the nouns Turkish writes after a place's name, with their case ending
/// ("Şeyh Lutfi tepesini, Meryce … mahallelerini"): a list of names goes on past them.
const HEAD_NOUNS_AFTER_NAMES: &[&str] = &["mahalle", "tepe", "semt", "bölge", "kışla"];

/// Whether a word is one of [`HEAD_NOUNS_AFTER_NAMES`] with its ending.
fn is_head_noun_after_name(word: &str) -> bool {
    HEAD_NOUNS_AFTER_NAMES.iter().any(|n| word.starts_with(n))
}

/// Turkish words after a place that place something relative to it ("Salihin yönüne
/// çekildi": withdrew toward Salihin; "Bab al-Makam çevresinde": around it).
const RELATIVE_POSTPOSITIONS: &[&str] = &[
    "yönüne",
    "yönünde",
    "doğru",
    "tarafına",
    "istikametine",
    "çevresinde",
    "civarında",
    "yakınında",
    "yakınlarında",
    "yakınlarına",
];

/// Whether one of [`RELATIVE_POSTPOSITIONS`] follows the list ending at `end`, a head noun
/// ("mahallesi") between at most.
fn postposition_after(tokens: &[Token], end: usize) -> bool {
    let at = if word_at(tokens, end).is_some_and(is_head_noun_after_name) {
        end + 1
    } else {
        end
    };
    word_at(tokens, at).is_some_and(|w| RELATIVE_POSTPOSITIONS.contains(&w))
}

/// Pronouns that stand for a place named before.
const PRONOUNS: &[&str] = &["it", "them", "there"];

/// Groups of names in a row: "the Marjah, Bab Al-Nayrab, Maadi and Salheen districts".
pub fn lists(text: &str, tokens: &[Token], places: &[PlaceMention]) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    for (k, p) in places.iter().enumerate() {
        let joined = k > 0 && {
            let between = &tokens[places[k - 1].tokens.end..p.tokens.start];
            // "next to it, Karm al-Qaterji and Karm Homad": names after a pronoun and a comma
            // say what went before, they do not list on from the pronoun.
            let appositive = PRONOUNS.contains(&places[k - 1].text.to_lowercase().as_str())
                && matches!(between, [comma] if comma.text(text) == ",");
            // "…, Meryce (al-Marjeh) ve …": a spelling glossed by the name in brackets after it.
            let glossed = |j: usize| {
                j + 2 == between.len()
                    && between[j + 1].text(text) == "("
                    && between[j].text(text).starts_with(char::is_uppercase)
            };
            !appositive
                && between.iter().enumerate().all(|(j, t)| {
                    matches!(t.text(text), "," | "and" | "or" | "the" | "&" | "(" | ")")
                        || LIST_CONJUNCTIONS.contains(&t.norm.as_str())
                        || is_head_noun_after_name(&t.norm)
                        || name_key(t.text(text)).is_empty()
                        || glossed(j)
                })
        };
        match out.last_mut() {
            Some(last) if joined => last.end = k + 1,
            _ => out.push(k..k + 1),
        }
    }
    out
}

/// Marks which places are no object of a verb (placed relative to, a town, part of a longer name),
/// landmarks and parts; again after places were added to `places` ([`find_places`] does it once).
pub fn mark(
    text: &str,
    tokens: &[Token],
    places: &mut [PlaceMention],
    layer: &DistrictLayer,
    lexicon: &Lexicon,
) {
    for list in lists(text, tokens, places) {
        let first = places[list.start].tokens.start;
        let last_end = places[list.end - 1].tokens.end;
        let mut reason = placed_relative(text, tokens, places, first, lexicon);
        if not_a_district_around(text, tokens, first, last_end, lexicon) {
            reason = reason.or(Some(
                "a town, village or other place that is not a district",
            ));
        }
        if postposition_after(tokens, last_end) {
            reason = reason.or(Some(PLACED_RELATIVE));
        }
        if second_of_between(tokens, first) {
            reason = reason.or(Some("placed relative to another place"));
        }
        if part_of_a_longer_name(text, tokens, places, last_end, layer) {
            reason = reason.or(Some("part of a longer name"));
        }
        // A landmark word after the list applies to all of it ("the al-Helwaniyah and al-Jazmati roundabouts").
        let head_landmark =
            word_at(tokens, last_end).is_some_and(|w| lexicon.landmarks.iter().any(|l| l == w));
        for k in list.clone() {
            places[k].not_the_object = reason;
            if head_landmark {
                places[k].landmark = true;
            }
        }
    }
    where_the_places_before_lie(tokens, places);
    // "the Old City's covered markets": a part of the place.
    for p in places.iter_mut() {
        let possessive = tokens.get(p.tokens.end).is_some_and(|t| t.norm == "'s");
        let then_word = tokens.get(p.tokens.end + 1).is_some_and(|t| {
            t.is_word() && t.text(text).chars().next().is_some_and(char::is_lowercase)
        });
        if possessive && then_word {
            p.part = true;
        }
    }
}

/// "took Bab Qinnasrin, al-Jalloum and Qal'et ash-Sharif in the Old City of Aleppo": a group named
/// with "in" right after places that all lie in it says where they lie; it is not taken whole.
fn where_the_places_before_lie(tokens: &[Token], places: &mut [PlaceMention]) {
    for k in 1..places.len() {
        let (before, rest) = places.split_at_mut(k);
        let (prev, group) = (&before[k - 1], &mut rest[0]);
        // "(Qal'et ash-Sharif) in the Old City": a gloss's bracket may close first.
        let between: Vec<&str> = tokens[prev.tokens.end..group.tokens.start]
            .iter()
            .map(|t| t.norm.as_str())
            .skip_while(|w| *w == ")")
            .collect();
        let placed_in = matches!(between.as_slice(), ["in"] | ["in", "the"]);
        let inside = !prev.districts.is_empty()
            && group.districts.len() > prev.districts.len()
            && prev.districts.iter().all(|d| group.districts.contains(d));
        if placed_in && inside && group.not_the_object.is_none() {
            group.not_the_object = Some("where the places before it lie");
        }
    }
}

/// How many words "between" may stand before the "and" that opens a list's second place.
const BETWEEN_REACH: usize = 4;

/// "the crossing point between them and al-Masharqa": a list after "between … and" is placed
/// relative to, as the first after "between" is.
fn second_of_between(tokens: &[Token], first: usize) -> bool {
    let Some(and) = first.checked_sub(1).filter(|&k| tokens[k].norm == "and") else {
        return false;
    };
    (and.saturating_sub(BETWEEN_REACH)..and)
        .rev()
        .take_while(|&k| tokens[k].is_word())
        .any(|k| tokens[k].norm == "between")
}

/// The word at token `k`, if it is one.
fn word_at(tokens: &[Token], k: usize) -> Option<&str> {
    tokens
        .get(k)
        .filter(|t| t.is_word())
        .map(|t| t.norm.as_str())
}

/// Why a list of places starting at token `first` is not what a verb acts on, from the words
/// before it: "south of", "an attack on", "within 500 metres of".
/// Why a name is not the object when it is what an attack aims at ("an assault on X"): the place is
/// still what "it" and "the district" in the next sentence stand for.
/// Why a place placed relative to another thing ("near X", "from X") is no object.
pub const PLACED_RELATIVE: &str = "placed relative to it (near, around, south of…)";

pub const ATTACKED: &str = "the target of an attack (an assault on, a counter-attack against…)";
/// The words of a `not_the_object` phrase that make it an attack.
const ATTACK_WORDS: &[&str] = &[
    "attack",
    "attacks",
    "assault",
    "assaults",
    "offensive",
    "push",
    "pressure",
    "siege",
];

/// The first words of the lexicon's phrases of a place beside another ("south of", "north-east
/// of").
const COMPASS_POINTS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
];

fn placed_relative(
    text: &str,
    tokens: &[Token],
    places: &[PlaceMention],
    first: usize,
    lexicon: &Lexicon,
) -> Option<&'static str> {
    let from = first.saturating_sub(NOT_OBJECT_WINDOW);
    let covering = |s: usize| {
        (s.saturating_sub(3)..=s).find_map(|st| {
            lexicon
                .not_the_object
                .longest_at(text, tokens, st)
                .filter(|f| {
                    // "around a third of Hanano", "around 30% of it": an amount, not a place nearby
                    // (but "within 500 metres of the Citadel" is a place nearby).
                    let number = tokens
                        .get(f.end)
                        .is_some_and(|t| t.norm.chars().next().is_some_and(|c| c.is_ascii_digit()));
                    let amount = lexicon
                        .quantifiers
                        .longest_at(text, tokens, f.end)
                        .is_some()
                        || (number
                            && lexicon
                                .percent_words
                                .longest_at(text, tokens, f.end + 1)
                                .is_some());
                    // "got into the south of X": with its article a compass point is a part of
                    // the place, not a place beside it ("south of X").
                    let part_of_it = f.start > 0
                        && tokens[f.start - 1].norm == "the"
                        && COMPASS_POINTS.contains(&tokens[f.start].norm.as_str());
                    f.start <= s && s < f.end && f.end <= first && !amount && !part_of_it
                })
                .map(|f| {
                    let attack = f
                        .phrase
                        .split([' ', '-'])
                        .any(|w| ATTACK_WORDS.contains(&w));
                    if attack {
                        ATTACKED
                    } else {
                        PLACED_RELATIVE
                    }
                })
        })
    };
    let verb_covers = |s: usize| {
        (s.saturating_sub(3)..=s).any(|st| {
            lexicon
                .verbs
                .longest_at(text, tokens, st)
                .is_some_and(|f| f.start <= s && s < f.end)
        })
    };
    for s in (from..first).rev() {
        if verb_covers(s) {
            break;
        }
        if let Some(reason) = covering(s) {
            return Some(reason);
        }
        let t = &tokens[s];
        // "in the east of the city — X and Y": an em dash opens what follows (a hyphen or an en
        // dash may join "south-east").
        let stop = places.iter().any(|p| p.tokens.contains(&s))
            || (!t.is_word() && !matches!(t.text(text), "–" | "-"))
            // "heard from the army hospital that X …": "that" opens what was heard.
            || ["into", "in", "and", "to", "that"].contains(&t.norm.as_str());
        if stop {
            break;
        }
    }
    None
}

/// A town, village, base: just before the list ("the towns of Nubl and Zahraa") or after a name.
fn not_a_district_around(
    text: &str,
    tokens: &[Token],
    first: usize,
    last_end: usize,
    lexicon: &Lexicon,
) -> bool {
    let mut s = first;
    for _ in 0..4 {
        let Some(prev) = s.checked_sub(1) else { break };
        let w = tokens[prev].norm.as_str();
        if lexicon.not_a_district.iter().any(|n| n == w) {
            return true;
        }
        if !matches!(w, "of" | "the" | "," | "and") && !can_start(&tokens[prev], text) {
            break;
        }
        s = prev;
    }
    (last_end..(last_end + 2).min(tokens.len()))
        .filter_map(|k| word_at(tokens, k))
        .any(|w| lexicon.not_a_district.iter().any(|n| n == w))
}

/// Whether the list ending before token `last_end` is part of a longer name.
/// Little words that never continue a place's name, whatever their case.
const FUNCTION_WORDS: &[&str] = &[
    "on",
    "in",
    "at",
    "as",
    "and",
    "or",
    "to",
    "by",
    "from",
    "for",
    "with",
    "is",
    "was",
    "were",
    "are",
    "after",
    "before",
    "since",
    "until",
    "near",
    "into",
    "has",
    "had",
    "have",
    "but",
    "the",
    "a",
    "an",
    "it",
    "its",
    "that",
    "which",
    "who",
    "fell",
    "were",
    "this",
    "last",
    "overnight",
    "today",
    "tonight",
    "yesterday",
    "now",
    "too",
    "also",
    "said",
    "says",
];

fn part_of_a_longer_name(
    text: &str,
    tokens: &[Token],
    places: &[PlaceMention],
    last_end: usize,
    layer: &DistrictLayer,
) -> bool {
    // "the Old city of Homs": "of" and a capitalised word that is not the layer's own city.
    let city_words: Vec<String> = layer
        .name
        .as_deref()
        .unwrap_or("")
        .split_whitespace()
        .map(str::to_lowercase)
        .collect();
    let of_other = tokens.get(last_end).is_some_and(|t| t.norm == "of")
        && tokens.get(last_end + 1).is_some_and(|t| {
            t.is_word()
                && t.text(text)
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_uppercase())
                && !city_words.contains(&t.norm)
                && !places.iter().any(|p| p.tokens.start == last_end + 1)
        });
    if of_other {
        return true;
    }
    // "the Layramoun Industrial District": a name's kind of place is no longer name.
    let kind_of_place = tokens.get(last_end).is_some_and(|t| t.norm == "industrial")
        && tokens.get(last_end + 1).is_some_and(|t| {
            name_key(t.text(text)).is_empty()
                || ["city", "zone", "estate"].contains(&t.norm.as_str())
        });
    if kind_of_place {
        return false;
    }
    // A capitalised word right after a name makes it part of a longer name.
    if let Some(next) = tokens.get(last_end) {
        let word = next.text(text);
        let capital = word.chars().next().is_some_and(|c| c.is_ascii_uppercase());
        let generic = name_key(word).is_empty();
        let date_word = super::dates::is_date_word(&next.norm);
        // In text written in capitals ("HANANO ON MONDAY") a little word is no part of a name.
        let function_word = FUNCTION_WORDS.contains(&next.norm.as_str());
        return next.is_word() && capital && !generic && !date_word && !function_word;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::tokenize;
    use crate::model::builtin;

    fn found(sentence: &str) -> Vec<(String, Vec<String>, bool, bool)> {
        let layer = builtin::districts().expect("layer");
        let lex = Lexicon::builtin().expect("lexicon");
        let tokens = tokenize(sentence, 0..sentence.len());
        find_places(sentence, &tokens, &layer, &NameKeys::new(&layer), &lex)
            .into_iter()
            .map(|p| {
                (
                    p.text,
                    p.districts
                        .iter()
                        .map(|&d| layer.districts[d].id.clone())
                        .collect(),
                    p.landmark,
                    p.not_the_object.is_some(),
                )
            })
            .collect()
    }

    #[test]
    fn lists_aliases_and_articles() {
        let f = found("the Army captured the Marjah, Bab Al-Nayrab, Maadi and Salheen districts and al-Jazmati");
        let names: Vec<&str> = f.iter().map(|p| p.0.as_str()).collect();
        assert_eq!(
            names,
            ["Marjah", "Bab Al-Nayrab", "Maadi", "Salheen", "al-Jazmati"]
        );
        assert_eq!(f[4].1, ["karm-aj-jazmati"]);
        let f = found("large parts of the northeastern 'Ard Al-Hamra and the Old City");
        assert_eq!(f[0].1, ["ard-al-hamra"]);
        assert_eq!(f[1].1.len(), 11);
    }

    #[test]
    fn landmarks_and_places_that_are_not_objects() {
        let f = found("they captured the Eye Hospital, south of Jabal Badro, near the Citadel");
        assert_eq!((f[0].2, f[0].3), (true, false));
        assert!(f[1].3 && f[2].3, "{f:?}");
        let f = found("seizing the Al-Ramousah Military Academy and the towns of Nubl and Zahraa");
        assert!(f.iter().all(|p| p.3), "{f:?}");
        let f = found("after capturing the al-Helwaniyah and al-Jazmati roundabouts");
        assert!(f.iter().all(|p| p.2), "{f:?}");
        let f = found("the Hanano district and the Ma'saraniyah Youth housing");
        assert!(f.iter().all(|p| !p.2 && !p.3), "{f:?}");
    }

    #[test]
    fn a_plural_names_the_district_the_layer_writes_in_the_singular() {
        let f = found("troops stormed the Hanano barracks at dawn");
        assert_eq!(f[0].0, "Hanano barracks");
        assert_eq!(f[0].1, ["hanano-barrack"]);
        // A single word keeps its own spelling: no plural is read into "Marjehs".
        assert!(found("the Marjehs").is_empty());
    }

    #[test]
    fn a_spelling_the_layer_lacks_names_a_district_that_sounds_and_ends_alike() {
        // Unlisted spellings of al-Midan and of Bab al-Nairab (in Muhammad Bek), in no alias.
        assert_eq!(found("the Meedan quarter")[0].1, ["midan"]);
        assert_eq!(found("Bab an-Naireb")[0].1, ["muhammad-bek"]);
        // "al-Madina" sounds like "al-Midan" but ends in a vowel where it ends in a consonant.
        assert!(found("the al-Madina quarter").is_empty());
    }
}
