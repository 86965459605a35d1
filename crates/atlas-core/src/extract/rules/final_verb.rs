//! A verb that closes its clause, as German, Dutch and Afrikaans put a participle last ("die
//! weermag het Sondag die woonbuurte X en Y ingeneem", "die Armee hat Hanano eingenommen"): its
//! objects are the places named between its subject and it.

use super::actors_and_triggers::PHRASE_OPENERS;
use super::*;

/// Prepositions of the languages that close a clause with their verb that make the place after
/// them no object of it ("van", "aus", "deur"); English's are [`PHRASE_OPENERS`].
const GERMANIC_PREPOSITIONS: &[&str] = &[
    "van", "uit", "naar", "bij", "von", "aus", "nach", "bei", "im", "vom", "zum", "deur", "door",
];

/// The places between the subject of a verb that ends its clause (nothing but a point, a comma
/// or the sentence's end after it) and the verb: no comma between, each place right after the
/// subject, another place, or words that are no preposition.
pub(super) fn objects_before(
    tokens: &[Token],
    places: &[PlaceMention],
    actors: &[Actor],
    trig: &Trigger,
) -> Vec<Target> {
    let closes = tokens
        .get(trig.tokens.end)
        .is_none_or(|t| [".", ",", ";", ":", "!", ")"].contains(&t.norm.as_str()));
    if !closes || trig.nominal {
        return Vec::new();
    }
    let Some(subject) = actors
        .iter()
        .rfind(|a| a.subject && a.tokens.end <= trig.tokens.start)
    else {
        return Vec::new();
    };
    let between = &tokens[subject.tokens.end..trig.tokens.start];
    if between
        .iter()
        .any(|t| [",", ";", ":", "."].contains(&t.norm.as_str()))
    {
        return Vec::new();
    }
    let extent = match trig.class {
        VerbClass::Partial => Extent::Partial { fraction: None },
        _ => Extent::Full,
    };
    places
        .iter()
        .filter(|p| {
            p.tokens.start >= subject.tokens.end
                && p.tokens.end <= trig.tokens.start
                && !p.districts.is_empty()
                && p.not_the_object.is_none()
                && p.tokens
                    .start
                    .checked_sub(1)
                    .map(|k| tokens[k].norm.as_str())
                    .is_none_or(|w| {
                        !PHRASE_OPENERS.contains(&w) && !GERMANIC_PREPOSITIONS.contains(&w)
                    })
        })
        .map(|p| Target::named(p, extent, None))
        .collect()
}
