//! A trigger's targets as candidates: grouped by extent and date, their places, duplicates
//! dropped, and a confidence.

use super::when::trigger_date;
use super::*;

/// The candidates of the `k`th trigger of a sentence: its targets grouped by extent and date, each
/// dated (its own date, the trigger's, a date counted back, or the one inherited).
pub(super) fn candidates(
    r: &Reading,
    k: usize,
    targets: &[Target],
    controller: &str,
    actor_in_sentence: bool,
    certainty: &Certainty,
    lex: &Lexicon,
) -> Vec<Found> {
    let (text, tokens, trig) = (r.text, r.tokens.as_slice(), &r.triggers[k]);
    // A verb of no change ("besieged Aleppo") reports nothing and bounds no other verb's clause.
    let reports = |t: &&Trigger| t.class != VerbClass::NoChange;
    let next_trigger = r.triggers[k + 1..]
        .iter()
        .find(reports)
        .map_or(tokens.len(), |t| t.tokens.start);
    // The trigger's own date, then each target's.
    let prev_trigger = r.triggers[..k]
        .iter()
        .rfind(reports)
        .map_or(0, |t| t.tokens.end);
    let trig_date = trigger_date(
        tokens,
        &r.mentions,
        &r.resolved,
        trig,
        prev_trigger..next_trigger,
    );
    let full_verb = !lex
        .full_markers
        .find_all(text, &tokens[trig.tokens.clone()])
        .is_empty();
    let mut found = Vec::new();
    // "took X two days after Hanano": a date counted from an earlier change, in the trigger's clause.
    let after_event = r
        .after_events
        .iter()
        .find(|a| a.tokens.start >= prev_trigger && a.tokens.start < next_trigger)
        .map(|a| a.date.clone());
    let counted_back = after_event.or_else(|| {
        counted_back::counted_back_date(
            tokens,
            &r.mentions,
            &r.resolved,
            r.inherited.as_ref(),
            trig,
        )
    });
    for (extent, date, group) in group_targets(targets.to_vec(), full_verb, trig_date) {
        let extent = if trig.class == VerbClass::Contested {
            Extent::Contested
        } else {
            extent
        };
        let date = date.and_then(|d| r.resolved[d].clone());
        let (date, in_passage) = match counted_back.clone().or(date) {
            Some(d) => (d, true),
            None => match &r.inherited {
                Some(d) => (d.clone(), false),
                None => continue,
            },
        };
        let anaphoric = group.iter().any(|t| t.anaphoric);
        let confidence = confidence(
            actor_in_sentence,
            in_passage,
            date.basis.is_some(),
            anaphoric,
            group.iter().any(|t| t.ambiguous),
            trig.nominal,
            certainty,
        );
        found.push(Found {
            places: places_of(&group),
            controller: controller.to_string(),
            extent,
            certainty: certainty.clone(),
            date,
            date_in_passage: in_passage,
            trigger: trig.phrase.clone(),
            confidence,
            anaphoric,
        });
    }
    found
}

/// Targets grouped by extent and date (a verb that says "full" makes a plain partial one full).
pub(super) fn group_targets(
    targets: Vec<Target>,
    full_verb: bool,
    trig_date: Option<usize>,
) -> Vec<(Extent, Option<usize>, Vec<Target>)> {
    let mut groups: Vec<(Extent, Option<usize>, Vec<Target>)> = Vec::new();
    for mut t in targets {
        if full_verb && matches!(t.extent, Extent::Partial { fraction: None }) && !t.anaphoric {
            t.extent = Extent::Full;
        }
        let date = t.date.or(trig_date);
        match groups
            .iter_mut()
            .find(|(e, d, _)| *e == t.extent && *d == date)
        {
            Some((_, _, g)) => g.push(t),
            None => groups.push((t.extent, date, vec![t])),
        }
    }
    groups
}

/// The districts of a group of targets, each once, with the text that named it first.
pub(super) fn places_of(group: &[Target]) -> Vec<FoundPlace> {
    let mut found_places: Vec<FoundPlace> = Vec::new();
    for t in group {
        for &d in &t.districts {
            if !found_places.iter().any(|f| f.district == d) {
                found_places.push(FoundPlace {
                    district: d,
                    text: t.text.clone(),
                    range: t.range.clone(),
                });
            }
        }
    }
    found_places
}

/// Same places, controller, extent kind and date: keep one (the one with a fraction, else the first).
pub(super) fn dedupe(found: Vec<Found>) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::new();
    for f in found {
        let key = |x: &Found| {
            let mut d: Vec<usize> = x.places.iter().map(|p| p.district).collect();
            d.sort_unstable();
            (d, x.controller.clone(), x.extent.key(), x.date.to)
        };
        match out.iter_mut().find(|o| key(o) == key(&f)) {
            Some(o) => {
                if matches!(f.extent, Extent::Partial { fraction: Some(_) })
                    && matches!(o.extent, Extent::Partial { fraction: None })
                {
                    *o = f;
                }
            }
            None => out.push(f),
        }
    }
    out
}

pub(super) fn confidence(
    actor_in_sentence: bool,
    date_in_passage: bool,
    relative_date: bool,
    anaphoric: bool,
    ambiguous: bool,
    nominal: bool,
    certainty: &Certainty,
) -> f64 {
    let mut c: f64 = 0.6;
    if actor_in_sentence {
        c += 0.15;
    }
    if date_in_passage {
        c += if relative_date { 0.05 } else { 0.1 };
    }
    if anaphoric {
        c -= 0.2;
    }
    if ambiguous {
        c -= 0.1;
    }
    if nominal {
        c -= 0.1;
    }
    match certainty {
        Certainty::Reported | Certainty::Curated => {}
        Certainty::Inferred => c -= 0.1,
        Certainty::Claimed { .. } => c -= 0.05,
        Certainty::Disputed { .. } => c -= 0.2,
    }
    (c.clamp(0.05, 0.95) * 100.0).round() / 100.0
}
