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

mod keys;
mod marks;
mod names;

use keys::singular_or_as_written;
pub use keys::NameKeys;
use marks::word_at;
pub use marks::{mark, ATTACKED, PLACED_RELATIVE};
use names::*;

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
