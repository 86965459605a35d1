//! Definite descriptions of a place named before: "the industrial city" after "the Sheikh Najjar
//! industrial city", "the factories" after "the Old Sheikh Najjar Factories". A name's last words
//! after "the" stand for the place they ended, most recently named first, anywhere earlier in the
//! document.

use super::*;

/// How many names a document remembers for its descriptions.
const REMEMBERED: usize = 30;
/// Single words too general to stand for one name ("the city" is Aleppo, "the district" is an
/// anaphor of its own, "the street" is any street).
const GENERIC: &[&str] = &[
    "district",
    "districts",
    "area",
    "areas",
    "neighbourhood",
    "neighborhood",
    "neighbourhoods",
    "neighborhoods",
    "quarter",
    "city",
    "town",
    "village",
    "part",
    "side",
    "east",
    "west",
    "north",
    "south",
    "street",
    "road",
    "hospital",
    "park",
    "hill",
    "square",
    "building",
    "mosque",
    "school",
    "gate",
    "i",
    "ii",
    "iii",
    "iv",
    "v",
];

/// A name seen: its districts and its words, lower case.
#[derive(Debug, Clone, Default)]
pub(super) struct Named {
    districts: Vec<usize>,
    words: Vec<String>,
}

/// Remembers the places of a sentence that name districts.
pub(super) fn remember(named: &mut Vec<Named>, text: &str, places: &[PlaceMention]) {
    for p in places.iter().filter(|p| !p.districts.is_empty()) {
        let tokens = tokenize(text, p.range.clone());
        named.push(Named {
            districts: p.districts.clone(),
            words: tokens
                .iter()
                .filter(|t| t.is_word())
                .map(|t| t.norm.clone())
                .collect(),
        });
    }
    if named.len() > REMEMBERED {
        let extra = named.len() - REMEMBERED;
        named.drain(..extra);
    }
}

/// Adds to `places` the descriptions among `tokens` of names remembered, kept in token order and
/// marked as names are ("east of the airport" is no object, nor "the airport road").
pub(super) fn add_descriptions(
    text: &str,
    tokens: &[Token],
    places: &mut Vec<PlaceMention>,
    named: &[Named],
    layer: &DistrictLayer,
    lex: &Lexicon,
) {
    let mut added = Vec::new();
    for i in 0..tokens.len() {
        if tokens[i].norm != "the" {
            continue;
        }
        for n in [2, 1] {
            let Some(words) = tokens.get(i + 1..i + 1 + n) else {
                continue;
            };
            let span = i..i + 1 + n;
            let taken = places
                .iter()
                .any(|p| p.tokens.start < span.end && span.start < p.tokens.end);
            if taken
                || !words.iter().all(Token::is_word)
                || (n == 1 && GENERIC.contains(&words[0].norm.as_str()))
            {
                continue;
            }
            let found = named.iter().rev().find(|m| {
                m.words.len() > n
                    && m.words[m.words.len() - n..]
                        .iter()
                        .zip(words)
                        .all(|(a, b)| *a == b.norm)
            });
            if let Some(m) = found {
                let range = tokens[span.start].start..tokens[span.end - 1].end;
                added.push(PlaceMention {
                    tokens: span,
                    text: text[range.clone()].to_string(),
                    range,
                    districts: m.districts.clone(),
                    how: PlaceHow::Name,
                    landmark: false,
                    part: false,
                    not_the_object: None,
                });
                break;
            }
        }
    }
    if !added.is_empty() {
        places.extend(added);
        places.sort_by_key(|p| p.tokens.start);
        super::super::places::mark(text, tokens, places, layer, lex);
    }
}
