//! A verb that closes its clause, as German, Dutch and Afrikaans put a participle last ("die
//! weermag het Sondag die woonbuurte X en Y ingeneem", "die Armee hat Hanano eingenommen"): its
//! objects are the places named between its subject and it. Persian and Turkish put every verb
//! last ("Suriye ordusu Hanano mahallesini ele geçirdi"): there the places right before it are its
//! objects even when others follow.

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
    mentions: &[DateMention],
    trig: &Trigger,
    state: &DocState,
) -> Vec<Target> {
    if !clause_closes_after(tokens, trig) || trig.nominal {
        return Vec::new();
    }
    let Some(subject) = actors
        .iter()
        .rfind(|a| a.subject && a.tokens.end <= trig.tokens.start)
    else {
        return Vec::new();
    };
    // "die Regierungstruppen am Samstag, dem 26.11.2016, das Viertel X eingenommen hatten": the
    // commas of a date's apposition do not part the clause.
    let beside_a_date = |k: usize| {
        mentions
            .iter()
            .any(|m| m.tokens.start <= k + 2 && k <= m.tokens.end)
    };
    // "die Armee hat heute Bab Qinnasrin, al-Dschallum und al-Bayyada eingenommen": a comma
    // between two places lists them.
    let in_a_list = |k: usize| {
        places.iter().any(|p| p.tokens.end == k) && places.iter().any(|p| p.tokens.start == k + 1)
    };
    // "am Dienstag, dem 6. Dezember,": a day's point is part of its date.
    let in_a_date = |k: usize| mentions.iter().any(|m| m.tokens.contains(&k));
    let between = subject.tokens.end..trig.tokens.start;
    if between.clone().any(|k| {
        let mark = tokens[k].norm.as_str();
        ([";", ":", "."].contains(&mark) && !in_a_date(k))
            || (mark == "," && !beside_a_date(k) && !in_a_list(k))
    }) {
        return Vec::new();
    }
    let extent = trig.class_extent();
    places
        .iter()
        .filter(|p| {
            p.tokens.start >= subject.tokens.end
                && p.tokens.end <= trig.tokens.start
                && p.not_the_object.is_none()
                && (p
                    .tokens
                    .start
                    .checked_sub(1)
                    .map(|k| tokens[k].norm.as_str())
                    .is_none_or(|w| {
                        !PHRASE_OPENERS.contains(&w) && !GERMANIC_PREPOSITIONS.contains(&w)
                    })
                    || part_of_before(tokens, p))
        })
        .filter_map(|p| {
            if part_of_before(tokens, p) {
                return Some(Target::named(p, Extent::Partial { fraction: None }, None));
            }
            if !p.districts.is_empty() {
                return Some(Target::named(p, extent, None));
            }
            // "die Aufständischen hatten das Gebiet … eingenommen": a place referred back to, right
            // after the subject (an auxiliary between at most).
            if p.tokens.start > subject.tokens.end + 1 {
                return None;
            }
            let districts = state.referent(&p.text)?;
            Some(Target {
                districts,
                anaphoric: true,
                ..Target::named(p, extent, None)
            })
        })
        .collect()
}

/// Auxiliaries German and Dutch put after a participle that closes a subordinate clause
/// ("eingenommen hatten,", "ingenomen had,").
const FINAL_AUXILIARIES: &[&str] = &[
    "hat", "hatte", "hatten", "haben", "habe", "hätten", "hätte", "ist", "sind", "war", "waren",
    "wurde", "wurden", "heeft", "hebben", "had", "hadden",
];

/// Whether the clause closes right after a verb put last: a point, comma, colon, bracket, "und"
/// or a dash after it, an auxiliary ([`FINAL_AUXILIARIES`]) between at most ("… eingenommen und
/// den Ring aufgebrochen", "… gebracht – der erste Durchbruch"); or the sentence's end after a
/// quotation closing on it ("die Armee habe X \"vollständig befreit\".").
fn clause_closes_after(tokens: &[Token], trig: &Trigger) -> bool {
    let quote = |k: usize| {
        ["\"", "\u{201D}", "\u{201C}", "\u{00BB}", "\u{00AB}"].contains(&tokens[k].norm.as_str())
    };
    let after_quote = (trig.tokens.end..tokens.len())
        .find(|&k| !quote(k))
        .unwrap_or(tokens.len());
    let sentence_closes = tokens
        .get(after_quote)
        .is_none_or(|t| [".", "!"].contains(&t.norm.as_str()));
    let mut after = if sentence_closes {
        after_quote
    } else {
        trig.tokens.end
    };
    if tokens
        .get(after)
        .is_some_and(|t| FINAL_AUXILIARIES.contains(&t.norm.as_str()))
    {
        after += 1;
    }
    tokens.get(after).is_none_or(|t| {
        [".", ",", ";", ":", "!", ")", "und", "\u{2013}", "\u{2014}"].contains(&t.norm.as_str())
    })
}

/// Nouns of a part before "van"/"von" ("het noordelijke deel van X", "einen Teil von X").
const PART_NOUNS: &[&str] = &["deel", "gedeelte", "helft", "teil", "hälfte"];

/// Whether a place follows a part's noun and its "van" or "von": what a verb closing its clause
/// takes part of.
fn part_of_before(tokens: &[Token], p: &PlaceMention) -> bool {
    let at = p.tokens.start;
    at >= 2
        && ["van", "von"].contains(&tokens[at - 1].norm.as_str())
        && PART_NOUNS.contains(&tokens[at - 2].norm.as_str())
        && !p.districts.is_empty()
}

/// Letters only languages that put their verb last write: Persian's (پ چ ژ گ ک ی), Turkish's
/// dotless i, soft g, dotted capital I and s with a cedilla.
const VERB_LAST_LETTERS: &[char] = &['پ', 'چ', 'ژ', 'گ', 'ک', 'ی', 'ı', 'ğ', 'İ', 'ş', 'Ş'];

/// Whether a phrase of the lexicon is Persian or Turkish ("kontrolüne geçti", "eline geçmiştir"):
/// one of [`VERB_LAST_LETTERS`] or Turkish's ç, ü, ö in it.
pub(super) fn verb_last_phrase(phrase: &str) -> bool {
    phrase
        .chars()
        .any(|c| VERB_LAST_LETTERS.contains(&c) || ['ç', 'ü', 'ö'].contains(&c))
}

/// Whether a trigger's phrase is a verb only Persian or Turkish puts last: one of
/// [`VERB_LAST_LETTERS`] in it, or Turkish's "geç-" and "çekil-" ("ele geçirdi"; not German's ü
/// nor Portuguese's ç).
pub(super) fn verb_last_trigger(phrase: &str) -> bool {
    phrase.chars().any(|c| VERB_LAST_LETTERS.contains(&c))
        || phrase
            .split(' ')
            .any(|w| w.starts_with("geç") || w.starts_with("çekil"))
}

/// How many such letters tell a sentence's language (a Turkish name in English has a few).
const VERB_LAST_LETTER_COUNT: usize = 3;

/// Whether a sentence is in a language that puts its verb last: Persian, Turkish, or one in
/// Devanagari, Hangul or Japanese kana.
pub(super) fn verb_last_language(text: &str, tokens: &[Token]) -> bool {
    let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else {
        return false;
    };
    let Some(sentence) = text.get(first.start..last.end) else {
        return false;
    };
    let letters = sentence
        .chars()
        .filter(|c| {
            VERB_LAST_LETTERS.contains(c)
                || matches!(c, '\u{0900}'..='\u{097F}' | '\u{AC00}'..='\u{D7AF}' | '\u{3040}'..='\u{30FF}')
        })
        .count();
    letters >= VERB_LAST_LETTER_COUNT
}

/// The list of places nearest before a verb, with only words between it and the verb (no mark,
/// no other place) and none of it placed relative to another: "جبل بدرو و بعیدین را نیز آزاد
/// کردند", "Hanano mahallesini ele geçirdi".
pub(super) fn objects_right_before(
    text: &str,
    tokens: &[Token],
    places: &[PlaceMention],
    actors: &[Actor],
    trig: &Trigger,
) -> Vec<Target> {
    if trig.nominal {
        return Vec::new();
    }
    let subject_end = actors
        .iter()
        .rfind(|a| a.subject && a.tokens.end <= trig.tokens.start)
        .map_or(0, |a| a.tokens.end);
    let Some(nearest) = places
        .iter()
        .rposition(|p| p.tokens.end <= trig.tokens.start)
    else {
        return Vec::new();
    };
    let between = &tokens[places[nearest].tokens.end..trig.tokens.start];
    if between.iter().any(|t| !t.is_word()) {
        return Vec::new();
    }
    let extent = trig.class_extent();
    let lists = crate::extract::places::lists(text, tokens, places);
    let Some(list) = lists.iter().find(|l| l.contains(&nearest)) else {
        return Vec::new();
    };
    places[list.clone()]
        .iter()
        .filter(|p| {
            p.tokens.start >= subject_end && !p.districts.is_empty() && p.not_the_object.is_none()
        })
        .map(|p| Target::named(p, extent, None))
        .collect()
}
