//! A place added to the change told just before, with no verb of its own: "He said the army
//! cleared X today. And Y as well, completely." The place takes that change's side.

use super::*;

/// The side and day of the last change a sentence found, for the sentence right after it.
#[derive(Debug, Clone)]
pub(super) struct LastChange {
    pub controller: String,
    pub date: ResolvedDate,
}

/// "And Sheikh Khodr as well, completely": a sentence with no verb of change that names places and
/// adds them with "as well" or "too" to the change of the sentence before.
pub(super) fn added_too(r: &Reading, before: Option<&LastChange>) -> Option<Found> {
    let before = before?;
    let tokens = r.tokens.as_slice();
    let too = (0..tokens.len()).find(|&k| adds_at(tokens, k))?;
    if !r.triggers.is_empty() {
        return None;
    }
    let places: Vec<&PlaceMention> = r
        .places
        .iter()
        .filter(|p| p.tokens.end <= too && !p.districts.is_empty() && p.not_the_object.is_none())
        .collect();
    // Only the places, opened at most by "and" ("And Sheikh Khodr as well"), and nothing but how
    // much before the next comma ("as well, completely, he saw"): not "they will go to X as well".
    let first = places.first()?.tokens.start;
    let opens = tokens[..first]
        .iter()
        .all(|t| !t.is_word() || OPENERS.contains(&t.norm.as_str()));
    let closes = tokens[too..]
        .iter()
        .take_while(|t| t.norm != ";" && t.norm != ",")
        .all(|t| !t.is_word() || CLOSERS.contains(&t.norm.as_str()));
    if !opens || !closes {
        return None;
    }
    let targets: Vec<Target> = places
        .iter()
        .map(|p| Target::named(p, Extent::Full, None))
        .collect();
    // A date of its own ("an hour later") or the change's.
    let own = r.resolved.iter().flatten().next().cloned();
    Some(Found {
        places: super::outcome::places_of(&targets),
        controller: before.controller.clone(),
        extent: Extent::Full,
        certainty: Certainty::Reported,
        date_in_passage: own.is_some(),
        date: own.unwrap_or_else(|| before.date.clone()),
        trigger: "as well".to_string(),
        confidence: ADDED_CONFIDENCE,
        anaphoric: false,
    })
}

/// "took Jabal Badro and Ard al-Hamra in full this afternoon; Baibdeen too": a clause after the
/// change's semicolon that names places and adds them with "too" or "as well", with no verb of its
/// own, takes the change as its first place's extent.
pub(super) fn added_after_semicolon(
    tokens: &[Token],
    places: &[PlaceMention],
    from: usize,
    next_trigger: usize,
    first: Option<&Target>,
) -> Vec<Target> {
    let Some(first) = first else {
        return Vec::new();
    };
    let Some(semicolon) = (from..next_trigger.min(tokens.len())).find(|&k| tokens[k].norm == ";")
    else {
        return Vec::new();
    };
    let clause_end = (semicolon + 1..tokens.len())
        .find(|&k| matches!(tokens[k].norm.as_str(), ";" | "." | "!" | "?"))
        .unwrap_or(tokens.len());
    let named: Vec<&PlaceMention> = places
        .iter()
        .filter(|p| p.tokens.start > semicolon && p.tokens.end <= clause_end)
        .collect();
    let Some(too) = (semicolon + 1..clause_end).find(|&k| adds_at(tokens, k)) else {
        return Vec::new();
    };
    let in_a_place = |k: usize| named.iter().any(|p| p.tokens.contains(&k));
    let only_places = (semicolon + 1..too).all(|k| {
        in_a_place(k) || !tokens[k].is_word() || OPENERS.contains(&tokens[k].norm.as_str())
    }) && (too..clause_end)
        .all(|k| !tokens[k].is_word() || CLOSERS.contains(&tokens[k].norm.as_str()));
    if !only_places || named.iter().any(|p| p.districts.is_empty()) {
        return Vec::new();
    }
    named
        .into_iter()
        .map(|p| Target::named(p, first.extent, None))
        .collect()
}

/// Whether "too" or "as well" stands at token `k`.
fn adds_at(tokens: &[Token], k: usize) -> bool {
    tokens[k].norm == "too"
        || (tokens[k].norm == "as" && tokens.get(k + 1).is_some_and(|t| t.norm == "well"))
}

/// Words that may open a sentence adding places.
const OPENERS: &[&str] = &["and", "also", "then", "plus", "so"];
/// Words that may close it: "as well", "too" and how much.
const CLOSERS: &[&str] = &[
    "as",
    "well",
    "too",
    "completely",
    "entirely",
    "fully",
    "all",
    "of",
    "it",
    "in",
    "full",
    "whole",
];

/// How sure a place added with "as well" is: its side and day are the sentence before's.
const ADDED_CONFIDENCE: f64 = 0.5;
