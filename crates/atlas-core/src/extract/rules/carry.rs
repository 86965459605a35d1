//! What the rules carry from one sentence to the next: actors, the last place, the last list of
//! places, and what a reference back stands for.

use super::*;

/// Carries the sentence's actors and last place to the next sentence.
pub(super) fn carry_to_next_sentence(
    state: &mut DocState,
    tokens: &[Token],
    actors: &[Actor],
    places: &[PlaceMention],
) {
    // Carry the sentence's actors and places to the next one.
    for a in actors {
        state.recent_actors.push(a.controller.clone());
        if a.subject {
            state.last_subject = Some(a.controller.clone());
        }
    }
    if state.recent_actors.len() > 20 {
        let extra = state.recent_actors.len() - 20;
        state.recent_actors.drain(..extra);
    }
    // What an attack aimed at is still what "it" stands for next ("retook it the next day"), and
    // so is where people came from ("families came from X. Their quarter fell yesterday").
    let after_from = |p: &PlaceMention| {
        p.tokens
            .start
            .checked_sub(1)
            .is_some_and(|b| tokens[b].norm == "from")
    };
    let referable = |p: &&PlaceMention| {
        (matches!(
            p.not_the_object,
            None | Some(crate::extract::places::ATTACKED)
        ) || after_from(p))
            && !p.districts.is_empty()
    };
    if let Some(p) = places.iter().rfind(referable) {
        state.last_place = Some((p.districts.clone(), p.text.clone()));
    }
}

/// Keeps the districts of the sentence's last list of two or more places, for a plural reference
/// back ([`DocState::referent`]).
pub(super) fn remember_list(
    state: &mut DocState,
    text: &str,
    tokens: &[Token],
    places: &[PlaceMention],
) {
    // "overran all four Ramouseh industrial districts …; the army took the industrial districts
    // back": a name of several districts together is a list too.
    let group = || {
        places
            .iter()
            .rfind(|p| {
                p.how == PlaceHow::Group && p.districts.len() >= 2 && p.not_the_object.is_none()
            })
            .map(|p| p.districts.clone())
    };
    if let Some(districts) = last_list_among(text, tokens, places, places.len()).or_else(group) {
        state.last_list = Some(districts);
    }
}

/// The districts of the last list of two or more places among the first `upto` places of a
/// sentence ("left al-Amiriyeh and al-Sukkari, and the army entered both neighbourhoods").
pub(super) fn last_list_among(
    text: &str,
    tokens: &[Token],
    places: &[PlaceMention],
    upto: usize,
) -> Option<Vec<usize>> {
    // "reached us from X and Y. … took both quarters": the places people came from, or an attack
    // was made on, are what a plural reference points back to as well.
    let from_list = |l: &Range<usize>| {
        places[l.start]
            .tokens
            .start
            .checked_sub(1)
            .is_some_and(|b| tokens[b].norm == "from")
    };
    let named = |k: &usize, from: bool| {
        let p = &places[*k];
        *k < upto
            && !p.districts.is_empty()
            && (from
                || matches!(
                    p.not_the_object,
                    None | Some(crate::extract::places::ATTACKED)
                ))
    };
    let list = lists(text, tokens, places)
        .into_iter()
        .rfind(|l| l.clone().filter(|k| named(k, from_list(l))).count() >= 2)?;
    let from = from_list(&list);
    let mut districts: Vec<usize> = Vec::new();
    for k in list.filter(|k| named(k, from)) {
        for &d in &places[k].districts {
            if !districts.contains(&d) {
                districts.push(d);
            }
        }
    }
    Some(districts)
}

/// Whether a reference back stands for several places ("both neighbourhoods", "all of them").
pub(super) fn is_plural_reference(words: &str) -> bool {
    let last_word = words
        .rsplit(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .unwrap_or_default()
        .to_lowercase();
    PLURAL_PLACE_NOUNS.contains(&last_word.as_str())
        || crate::extract::places::COUNT_WORDS.contains(&last_word.as_str())
}

/// Nouns for a district a reference back may name ("the quarter", "the district").
const PLACE_NOUNS: &[&str] = &["district", "neighbourhood", "neighborhood", "quarter"];

/// Whether a word is a noun for one district or more ("neighbourhood", "districts").
pub(super) fn is_place_noun(word: &str) -> bool {
    PLACE_NOUNS.contains(&word) || PLURAL_PLACE_NOUNS.contains(&word)
}

/// Whether a reference back names its place with a noun ("the quarter"), not a pronoun ("it").
pub(super) fn names_a_place_noun(words: &str) -> bool {
    words
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| PLACE_NOUNS.contains(&w.to_lowercase().as_str()))
}

/// Words that make a reference back plural ("these districts", "all five neighbourhoods").
const PLURAL_PLACE_NOUNS: &[&str] = &[
    "districts",
    "neighbourhoods",
    "neighborhoods",
    "quarters",
    "areas",
    "them",
    "both",
];

impl DocState {
    /// The districts a reference back stands for: the last list of places for a plural one, else
    /// the last place named.
    pub(super) fn referent(&self, words: &str) -> Option<Vec<usize>> {
        if is_plural_reference(words) {
            return self.last_list.clone();
        }
        self.last_place
            .as_ref()
            .map(|(d, _)| d.clone())
            .or_else(|| {
                self.earlier_place
                    .clone()
                    .filter(|_| names_a_place_noun(words))
            })
    }
}
