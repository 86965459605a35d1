//! A change whose text names no side ("X fell", "X was taken today"), read against the changes the
//! dataset beside the extractor records.

use super::*;

/// "X fell", "the fall of X": a change that needs no side to be told.
pub(super) fn is_a_fall(trig: &Trigger) -> bool {
    trig.class == VerbClass::Fall
        || (trig.nominal && trig.phrase.to_lowercase().starts_with("fall"))
}

/// "X was taken today", "Qadi Askar fully taken this morning": a passive change with no agent,
/// of places the sentence names, in a clause of its own (not "before X was freed"), is a fall
/// told another way. Not in quoted speech, whose speaker's side may be the agent left unsaid.
pub(super) fn agentless_passive(
    tokens: &[Token],
    trig: &Trigger,
    passive: bool,
    targets: &[Target],
) -> bool {
    let subordinate = (trig.tokens.start.saturating_sub(SUBORDINATE_REACH)..trig.tokens.start)
        .any(|k| SUBORDINATORS.contains(&tokens[k].norm.as_str()));
    passive
        && trig.class == VerbClass::Change
        && !subordinate
        && !in_quotes(tokens, trig)
        && targets.iter().all(|t| !t.anaphoric)
}

/// How far before a passive a word opening a subordinate clause ("before X was freed") may stand.
const SUBORDINATE_REACH: usize = 6;

/// A fall that names no side goes to the side the dataset records taking the place near that day
/// ("Hanano fell on Saturday"), when it records one.
pub(super) fn known_taker(found: &mut [Found], known: &KnownControl, layer: &DistrictLayer) {
    for f in found {
        let taker = f.places.iter().find_map(|p| {
            let id = &layer.districts.get(p.district)?.id;
            known.taker_near(id, f.date.to)
        });
        if let Some(taker) = taker {
            f.controller = taker.to_string();
        }
    }
}
