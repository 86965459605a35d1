//! Which places are no object of a verb: placed relative to something ("south of X", "an attack on
//! X"), a town or base, the start of a longer proper name, a name between two places ("between X and
//! Y"); and which are landmarks or parts of a district.

use super::*;

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
pub(super) fn word_at(tokens: &[Token], k: usize) -> Option<&str> {
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
        let date_word = crate::extract::dates::is_date_word(&next.norm);
        // In text written in capitals ("HANANO ON MONDAY") a little word is no part of a name.
        let function_word = FUNCTION_WORDS.contains(&next.norm.as_str());
        return next.is_word() && capital && !generic && !date_word && !function_word;
    }
    false
}
