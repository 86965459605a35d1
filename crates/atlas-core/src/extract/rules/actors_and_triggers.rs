//! The actors a sentence names and the verbs or nouns that may report a change, with the tests
//! that set a trigger aside (hypothetical, backward-looking) and tell a passive.

use super::*;
use crate::extract::tokens::PhraseSet;

pub(super) fn actors(text: &str, tokens: &[Token], lex: &Lexicon) -> Vec<Actor> {
    actors_of(text, tokens, lex, &lex.actors)
}

/// Acronyms of a side that are also English words: in a line written all in capitals, "IS" is a
/// verb as often as the Islamic State.
const ACRONYMS_ALSO_WORDS: &[&str] = &["IS"];

/// Words after which "IS" in capitals names the side ("FIGHTERS OF IS", "LOST TO IS").
const BEFORE_A_SIDE: &[&str] = &["the", "of", "by", "to", "and", "from", "against", "with"];

/// ">> THE OBSERVATORY IS CONFIRMING THAT THE WHOLE OF HANANO IS NOW WITH THE ARMY.": in a
/// sentence with no lower-case letter, "IS" after a word (other than one that names a side after
/// it) is the verb, not the side.
fn verb_in_capitals(text: &str, tokens: &[Token], start: usize, end: usize) -> bool {
    // One word, as each of them is; no string is built for the other actors.
    if end != start + 1 || !ACRONYMS_ALSO_WORDS.contains(&tokens[start].text(text)) {
        return false;
    }
    let all_capitals = tokens
        .iter()
        .all(|t| !t.text(text).chars().any(char::is_lowercase));
    let after_a_word = tokens[..start].iter().rev().find(|t| t.is_word());
    all_capitals && after_a_word.is_some_and(|w| !BEFORE_A_SIDE.contains(&w.norm.as_str()))
}

/// "The fighters pulled out": the lexicon's weak actors, for a sentence that names no other.
pub(super) fn weak_actors(text: &str, tokens: &[Token], lex: &Lexicon) -> Vec<Actor> {
    actors_of(text, tokens, lex, &lex.weak_actors)
}

fn actors_of(text: &str, tokens: &[Token], lex: &Lexicon, set: &PhraseSet<String>) -> Vec<Actor> {
    let mut out: Vec<Actor> = Vec::new();
    let mut found: Vec<(usize, usize, String)> = set
        .find_all(text, tokens)
        .into_iter()
        .map(|f| (f.start, f.end, f.value.clone()))
        .collect();

    // "the SDF-affiliated force", "YPG-led units": an actor joined to a word of allegiance.
    for (i, t) in tokens.iter().enumerate() {
        let word = t.text(text);
        let Some((head, tail)) = word.rsplit_once('-') else {
            continue;
        };
        if !lex
            .actor_compounds
            .iter()
            .any(|c| c.eq_ignore_ascii_case(tail))
        {
            continue;
        }
        let head_tokens = tokenize(head, 0..head.len());
        if let Some(f) = lex
            .actors
            .longest_at(head, &head_tokens, 0)
            .filter(|f| f.end == head_tokens.len())
        {
            found.push((i, i + 1, f.value.clone()));
        }
    }
    found.retain(|&(start, end, _)| !verb_in_capitals(text, tokens, start, end));
    found.sort();
    for (start, end, controller) in found {
        // "government troops", "rebel troops": adjacent actors are one; the first says whose.
        if let Some(last) = out.last_mut() {
            if last.tokens.end == start {
                last.tokens.end = end;
                continue;
            }
        }
        let mut b = start;
        while b > 0 && DETERMINERS.contains(&tokens[b - 1].norm.as_str()) {
            b -= 1;
        }
        let before = b.checked_sub(1).map(|i| tokens[i].norm.as_str());
        // "two army checkpoints", "rebel positions": an actor naming whose thing it is, not who acts.
        let modifier = tokens
            .get(end)
            .is_some_and(|t| HOLDINGS.contains(&t.norm.as_str()));
        // "channels affiliated with the terrorist groups claimed": who the unnamed subject belongs
        // to speaks for it.
        let allegiance = b.checked_sub(2).is_some_and(|i| {
            ["affiliated", "allied", "aligned", "linked"].contains(&tokens[i].norm.as_str())
        }) && before.is_some_and(|w| w == "with" || w == "to");
        let subject = (allegiance || !before.is_some_and(not_subject_before))
            && !modifier
            && !object_of_action(tokens, b)
            && !inside_a_verb(text, tokens, b, end, lex);
        out.push(Actor {
            tokens: start..end,
            controller,
            subject,
        });
    }
    out
}

/// Verbs whose object is a side ("shelled the army", "fought rebels"): that side is no subject.
const ACTIONS_ON_A_SIDE: &[&str] = &[
    "attacked",
    "attack",
    "attacks",
    "shelled",
    "shell",
    "shells",
    "fought",
    "fight",
    "ambushed",
    "besieged",
    "bombed",
    "targeted",
    "engaged",
    "battled",
    "defeated",
    "surrounded",
    "encircled",
    "joined",
    "supported",
    "opposed",
    "resisted",
];

/// "drove the army out of", "expelled the rebels from": an actor inside a verb's phrase is its
/// object.
fn inside_a_verb(text: &str, tokens: &[Token], b: usize, end: usize, lex: &Lexicon) -> bool {
    (b.saturating_sub(2)..b).any(|s| {
        lex.verbs
            .longest_at(text, tokens, s)
            .is_some_and(|f| f.end > end)
    })
}

/// The same actions in -ing: "spent years fighting the army".
const ACTING_ON_A_SIDE: &[&str] = &[
    "attacking",
    "shelling",
    "fighting",
    "besieging",
    "bombing",
    "targeting",
    "battling",
    "ambushing",
    "resisting",
    "opposing",
    "supporting",
];
/// Words before an -ing form that make it a noun ("after heavy fighting the army took …").
const BEFORE_A_NOUN: &[&str] = &[
    "of",
    "after",
    "following",
    "amid",
    "despite",
    "during",
    "heavy",
    "fierce",
    "intense",
    "the",
    "street",
    "renewed",
    "more",
    "further",
    "some",
];

/// Whether the actor whose determiners start at `b` is the object of an action:
/// after a verb of [`ACTIONS_ON_A_SIDE`], or of [`ACTING_ON_A_SIDE`] used as a verb ("years
/// fighting the Syrian army"; not "after days of fighting the army took …").
fn object_of_action(tokens: &[Token], b: usize) -> bool {
    let Some(at) = b.checked_sub(1) else {
        return false;
    };
    let verb = tokens[at].norm.as_str();
    if ACTIONS_ON_A_SIDE.contains(&verb) {
        return true;
    }
    let verbal = at
        .checked_sub(1)
        .is_some_and(|p| tokens[p].is_word() && !BEFORE_A_NOUN.contains(&tokens[p].norm.as_str()));
    ACTING_ON_A_SIDE.contains(&verb) && verbal
}

/// Nouns an actor may qualify without being a subject: "army checkpoints", "rebel positions".
const HOLDINGS: &[&str] = &[
    "checkpoint",
    "checkpoints",
    "position",
    "positions",
    "post",
    "posts",
    "outpost",
    "outposts",
    "base",
    "bases",
    "tank",
    "tanks",
    "line",
    "lines",
    "defences",
    "defenses",
    "stronghold",
    "strongholds",
    "convoy",
    "convoys",
];

/// "cleared X of rebels", "moved from X into": a phrase ending in "of", "from" or "into" whose gap
/// holds a whole place: the place it acts on, or (before "into") the one it comes from.
fn names_in_its_gap(tokens: &[Token], places: &[PlaceMention], t: &Trigger) -> bool {
    let last = tokens[t.tokens.end - 1].norm.as_str();
    let in_gap = |p: &PlaceMention| p.tokens.start > t.tokens.start && p.tokens.end < t.tokens.end;
    let crossing = |p: &PlaceMention| {
        !p.districts.is_empty()
            && p.tokens.start < t.tokens.end
            && t.tokens.start < p.tokens.end
            && !in_gap(p)
    };
    ["of", "from", "into", "to"].contains(&last)
        && places.iter().any(|p| !p.districts.is_empty() && in_gap(p))
        && !places.iter().any(crossing)
}

/// "the army's capture on Saturday of X": a nominal change with a date (and its preposition)
/// between its noun and its "of".
fn nominals_around_dates(
    text: &str,
    tokens: &[Token],
    dates: &[DateMention],
    lex: &Lexicon,
) -> Vec<Range<usize>> {
    dates
        .iter()
        .filter_map(|d| {
            let mut at = d.tokens.start.checked_sub(1)?;
            if matches!(tokens[at].norm.as_str(), "on" | "in" | "at") {
                at = at.checked_sub(1)?;
            }
            let of = tokens.get(d.tokens.end)?;
            let pair = [tokens[at].clone(), of.clone()];
            let whole = lex.nominal_changes.longest_at(text, &pair, 0)?.end == 2;
            whole.then(|| at..d.tokens.end + 1)
        })
        .collect()
}

pub(super) fn triggers(
    text: &str,
    tokens: &[Token],
    places: &[PlaceMention],
    dates: &[DateMention],
    lex: &Lexicon,
) -> Vec<Trigger> {
    // A date may stand in a phrase's gap ("withdrew overnight from"), not across its words.
    let inside = |r: &Range<usize>| {
        places
            .iter()
            .any(|p| !p.districts.is_empty() && p.tokens.start < r.end && r.start < p.tokens.end)
            || dates.iter().any(|d| {
                let overlaps = d.tokens.start < r.end && r.start < d.tokens.end;
                let in_gap = d.tokens.start > r.start && d.tokens.end < r.end;
                overlaps && !in_gap
            })
    };
    let nominals: Vec<Trigger> = lex
        .nominal_changes
        .find_all(text, tokens)
        .into_iter()
        .map(|f| f.start..f.end)
        .chain(nominals_around_dates(text, tokens, dates, lex))
        .map(|f| Trigger {
            tokens: f.clone(),
            // "the rebels confirmed the loss of X": the subject lost it.
            class: if tokens[f.start].norm == "loss" {
                VerbClass::Loss
            } else {
                VerbClass::Change
            },
            phrase: text[tokens[f.start].start..tokens[f.end - 1].end].to_string(),
            nominal: true,
        })
        .filter(|t| !inside(&t.tokens))
        .collect();
    let mut out: Vec<Trigger> = lex
        .verbs
        .find_all(text, tokens)
        .into_iter()
        .map(|f| Trigger {
            tokens: f.start..f.end,
            class: *f.value,
            phrase: text[tokens[f.start].start..tokens[f.end - 1].end].to_string(),
            nominal: false,
        })
        .filter(|t| !inside(&t.tokens) || names_in_its_gap(tokens, places, t))
        .filter(|t| {
            !nominals
                .iter()
                .any(|n| n.tokens.start < t.tokens.end && t.tokens.start < n.tokens.end)
        })
        .collect();
    out.extend(nominals);
    out.sort_by_key(|t| t.tokens.start);
    out
}

/// "attempted to advance", "if the army managed to seize", "preparing to storm", "still held".
pub(super) fn hypothetical(text: &str, tokens: &[Token], trig: &Trigger, lex: &Lexicon) -> bool {
    // Inside the trigger: "made attempts to advance in".
    let inside = (trig.tokens.start + 1..trig.tokens.end).any(|s| {
        lex.hypothetical
            .longest_at(text, tokens, s)
            .is_some_and(|f| f.end <= trig.tokens.end)
    });
    inside
        || attempted(tokens, trig)
        || forecast_before(tokens, trig)
        || modal_before(text, tokens, trig.tokens.start, lex)
        || may_before(text, tokens, trig.tokens.start)
        || brought_by_a_modal(text, tokens, trig, lex)
}

/// "the opposition may lose X", "may soon fall": "may" in lower case (not the month) within a few
/// words before the verb, words only between.
fn may_before(text: &str, tokens: &[Token], at: usize) -> bool {
    (at.saturating_sub(HYPOTHETICAL_REACH)..at)
        .rev()
        .take_while(|&k| tokens[k].is_word())
        .any(|k| tokens[k].text(text) == "may")
}

/// "will \"soon\" bring the district back under state control": a state a verb of bringing puts
/// the place in is as sure as that verb.
fn brought_by_a_modal(text: &str, tokens: &[Token], trig: &Trigger, lex: &Lexicon) -> bool {
    trig.class == VerbClass::Verbless
        && (trig.tokens.start.saturating_sub(BRINGING_REACH)..trig.tokens.start)
            .rev()
            .find(|&k| BRINGING.contains(&tokens[k].norm.as_str()))
            .is_some_and(|k| modal_before(text, tokens, k, lex))
}

/// Verbs that put a place into a state ("bring X back under control").
const BRINGING: &[&str] = &["bring", "put", "place", "restore", "return"];
/// How far before a verbless trigger its verb of bringing may stand.
const BRINGING_REACH: usize = 6;

/// Whether a phrase of the lexicon's `hypothetical` ("will", "plans to") ends just before token
/// `at` (words, or quotation marks, between).
fn modal_before(text: &str, tokens: &[Token], at: usize, lex: &Lexicon) -> bool {
    let from = at.saturating_sub(HYPOTHETICAL_REACH + 3);
    (from..at).any(|s| {
        lex.hypothetical
            .longest_at(text, tokens, s)
            .is_some_and(|f| {
                f.end <= at
                        && at - f.end <= HYPOTHETICAL_REACH
                        // "were about to \"hand over\" X": quotation marks are no clause's end.
                        && tokens[f.end..at].iter().all(|t| {
                            t.is_word() || matches!(t.norm.as_str(), "\"" | "\u{201C}" | "'")
                        })
                        && !known_as_said(&tokens[f.end..at])
            })
    })
}

/// Verbs of knowing or telling a modal may govern ("should note that", "must remember that").
const KNOWING: &[&str] = &[
    "note",
    "know",
    "remember",
    "recall",
    "understand",
    "say",
    "add",
    "mention",
    "realise",
    "realize",
    "stress",
    "explain",
];

/// "Candidates should note that government forces captured X": after a modal's verb of knowing
/// or telling, a "that" opens what is known, which the modal does not make hypothetical.
fn known_as_said(between: &[Token]) -> bool {
    between
        .first()
        .is_some_and(|t| KNOWING.contains(&t.norm.as_str()))
        && between.iter().any(|t| t.norm == "that")
}

/// Adjectives that make what follows them a forecast ("the expected army push into X").
const FORECAST_ADJECTIVES: &[&str] = &[
    "expected",
    "anticipated",
    "planned",
    "imminent",
    "looming",
    "possible",
    "likely",
    "feared",
    "threatened",
    "rumoured",
    "rumored",
];

/// How many words may stand between a forecast's adjective and the trigger ("the expected army
/// push into").
const FORECAST_REACH: usize = 3;

/// "watch for the expected army push into X": a push or advance an adjective before it (its
/// words only between) calls expected, planned or possible has not happened.
fn forecast_before(tokens: &[Token], trig: &Trigger) -> bool {
    (trig.tokens.start.saturating_sub(FORECAST_REACH)..trig.tokens.start)
        .rev()
        .take_while(|&k| tokens[k].is_word())
        .any(|k| FORECAST_ADJECTIVES.contains(&tokens[k].norm.as_str()))
}

/// Nouns and verbs of trying: "an attempt by the rebels to retake it", "a bid to storm".
const ATTEMPTS: &[&str] = &[
    "attempt",
    "attempts",
    "attempted",
    "bid",
    "effort",
    "efforts",
    "tried",
    "sought",
    "push",
    "drive",
    "offensive",
    "campaign",
    "attack",
    "attacks",
    "assault",
    "assaults",
    "counter-attack",
    "counterattack",
    "operation",
    "failed",
    "fail",
    "fails",
    "failing",
];
/// How far before "to" an attempt may stand ("an attempt by armed opposition groups to retake").
const ATTEMPT_REACH: usize = 8;

/// "An attempt by X to retake it", "the regime's attempt yesterday to storm": an infinitive whose
/// clause opened with a word of trying reports no change.
fn attempted(tokens: &[Token], trig: &Trigger) -> bool {
    let Some(to) = trig.tokens.start.checked_sub(1) else {
        return false;
    };
    if tokens[to].norm != "to" {
        return false;
    }
    // "the failed rebel attempt, Thu 01/12, to push back into": a date set off by commas between.
    let date_part = |t: &Token| {
        t.norm == ","
            || t.norm
                .chars()
                .all(|c| c.is_ascii_digit() || "/.-".contains(c))
    };
    (to.saturating_sub(ATTEMPT_REACH)..to)
        .rev()
        .take_while(|&i| {
            let t = &tokens[i];
            // "an attempt by Assad's militias to storm": a possessive between.
            t.is_word() || matches!(t.norm.as_str(), "'" | "'s" | "’s") || date_part(t)
        })
        .any(|i| ATTEMPTS.contains(&tokens[i].norm.as_str()))
}

/// "after the capture of", "following the fall of": an earlier event referred to.
pub(super) fn backward(text: &str, tokens: &[Token], trig: &Trigger, lex: &Lexicon) -> bool {
    let mut b = trig.tokens.start;
    while b > 0 && DETERMINERS.contains(&tokens[b - 1].norm.as_str()) {
        b -= 1;
    }
    (b.saturating_sub(2)..b).any(|s| {
        lex.backward_markers
            .longest_at(text, tokens, s)
            .is_some_and(|f| f.end == b)
    })
}

/// A passive: "was taken", "had also been seized". Not a loss that names where from ("were driven
/// out of X", "was expelled from X"): its subject is the side that lost, as an active loss's is.
pub(super) fn is_passive(tokens: &[Token], trig: &Trigger) -> bool {
    let last = tokens[trig.tokens.end - 1].norm.as_str();
    if trig.class == VerbClass::Loss && trig.tokens.len() > 1 && ["from", "of"].contains(&last) {
        return false;
    }
    let first = tokens[trig.tokens.start].norm.as_str();
    let participle = first.ends_with("ed")
        || first.ends_with("en")
        || ["held", "lost", "won", "overrun", "retaken", "taken"].contains(&first);
    if !participle {
        return false;
    }
    // "Bustan al-Qasr, captured by government forces on Monday, was …", "Remainder of X taken by
    // SAA this evening": a participle followed by its agent ("took by storm" is no agent).
    let agent_after = tokens.get(trig.tokens.end).is_some_and(|t| t.norm == "by")
        && tokens
            .get(trig.tokens.end + 1)
            .is_some_and(|t| !NOT_AGENTS.contains(&t.norm.as_str()));
    if agent_after && trig.class != VerbClass::State {
        return true;
    }
    // "| 8 Dec 2016: most of the district taken |": in a table's cell, a participle right after a
    // word for the place is a passive ("the neighborhood moved into" in prose is not).
    let in_cell = tokens[..trig.tokens.start].iter().any(|t| t.norm == "|");
    let place_word_before = in_cell
        && super::table::CELL_PLACE_WORDS.contains(&tokens[trig.tokens.start - 1].norm.as_str());
    if place_word_before {
        return true;
    }
    let mut b = trig.tokens.start;
    let mut skipped = 0;
    while b > 0 && skipped <= 2 {
        let w = tokens[b - 1].norm.as_str();
        // "Sheikh Saeed: taken by government forces": a bulletin's heading names what was taken.
        // "Qadi Askar | GoS | taken on 06/12": a table's cell opening with a participle too.
        if BE.contains(&w) || w == ":" || w == "|" {
            return true;
        }
        // "was partly lost", "was wholly retaken": how much, between the auxiliary and the verb.
        let how_much = w == "wholly" || (PARTLY.contains(&w) && w.ends_with("ly"));
        if !tokens[b - 1].is_word() || !(ADVERBS.contains(&w) || REPORTED.contains(&w) || how_much)
        {
            return false;
        }
        b -= 1;
        skipped += 1;
    }
    false
}

/// How many points in a row make a dot leader ("Dahret Awwad ....... taken").
pub(super) const LEADER_DOTS: usize = 3;

/// Adverbs of how wholly a participle took its place ("fully taken").
const WHOLLY: &[&str] = &["fully", "completely", "entirely", "wholly", "totally"];

/// "Karm al-Jabal, taken in full today": a participle right after a place and its comma, with no
/// auxiliary, says what befell the place (as a map's changelog or a list writes it).
pub(super) fn participle_after_place(
    tokens: &[Token],
    places: &[PlaceMention],
    trig: &Trigger,
) -> bool {
    let first = tokens[trig.tokens.start].norm.as_str();
    let participle = first.ends_with("ed") || ["overrun", "retaken", "taken"].contains(&first);
    // "Qadi Askar fully taken this morning": how wholly, between the place and the participle;
    // "X and Y, both taken in full": how many.
    let start = trig.tokens.start
        - tokens[..trig.tokens.start]
            .iter()
            .rev()
            .take_while(|t| {
                WHOLLY.contains(&t.norm.as_str()) || ["both", "all"].contains(&t.norm.as_str())
            })
            .count();
    let Some(comma) = start.checked_sub(1) else {
        return false;
    };
    // "the YPG, which holds X, moved into Y": a verb with a place after it in its clause is active.
    let clause_end = (trig.tokens.end..tokens.len())
        .find(|&k| matches!(tokens[k].norm.as_str(), ";" | "." | ","))
        .unwrap_or(tokens.len());
    let place_after = places
        .iter()
        .any(|p| p.tokens.start >= trig.tokens.end && p.tokens.start < clause_end);
    // "Karm al-Qaterji and Karm al-Tahhan taken this morning": a participle that is only ever a
    // passive may follow its places without the comma.
    // "Dahret Awwad ........ taken in full": a board's dot leader sets it off as a comma does.
    let dots = tokens[..start]
        .iter()
        .rev()
        .take_while(|t| t.norm == ".")
        .count();
    let (set_off, place_end) = if tokens[comma].norm == "," {
        (true, comma)
    } else if dots >= LEADER_DOTS {
        (true, start - dots)
    } else {
        (PASSIVE_ONLY.contains(&first), start)
    };
    participle
        && !place_after
        && set_off
        && places
            .iter()
            .any(|p| p.tokens.end == place_end && !p.districts.is_empty())
        && heads_its_clause(tokens, places, place_end)
}

/// Participles no active verb shares a form with ("taken", not "moved").
const PASSIVE_ONLY: &[&str] = &["taken", "retaken", "recaptured", "captured", "seized"];

/// Words that make the places after them part of a longer phrase, not the subject of a participle.
pub(super) const PHRASE_OPENERS: &[&str] = &[
    "of", "in", "inside", "into", "near", "from", "to", "at", "around", "towards", "toward", "by",
    "on", "outside", "beyond", "past", "through", "with",
];

/// Whether the places (a list of them) ending at `end` are a subject, not the object of a
/// preposition inside a longer subject ("Its foothold, in the western blocks of X, taken on …").
fn heads_its_clause(tokens: &[Token], places: &[PlaceMention], end: usize) -> bool {
    let mut start = end;
    while let Some(p) = places.iter().find(|p| p.tokens.end == start) {
        start = p.tokens.start;
        match start.checked_sub(1).map(|b| tokens[b].norm.as_str()) {
            Some("and" | ",") => start -= 1,
            _ => break,
        }
    }
    // "the neighbourhoods of X and Y, liberated on Monday": a place noun's "of" names them.
    let of_a_place_noun = start >= 2
        && tokens[start - 1].norm == "of"
        && super::carry::is_place_noun(&tokens[start - 2].norm);
    start == 0 || of_a_place_noun || !PHRASE_OPENERS.contains(&tokens[start - 1].norm.as_str())
}

/// Words after "by" that say how, not who ("took it by storm").
const NOT_AGENTS: &[&str] = &[
    "storm",
    "surprise",
    "force",
    "night",
    "day",
    "dawn",
    "nightfall",
    "noon",
];

/// Participles of saying between *be* and a passive's participle ("was reported taken by the
/// army").
const REPORTED: &[&str] = &[
    "reported",
    "confirmed",
    "believed",
    "said",
    "thought",
    "understood",
];

/// Words that may open a clause before a verb-first passive ("And was taken …").
const CLAUSE_OPENERS: &[&str] = &["and", "also", "then", "so"];

/// A verb-first passive, as translated text has it: "Was liberated also, at dawn, the district of
/// X by the army": the form of *be* opens the sentence or a clause after a semicolon (perhaps after
/// "and"), so the places come after the verb and the agent may be anywhere after it.
pub(super) fn verb_first_passive(tokens: &[Token], trig: &Trigger) -> bool {
    if !is_passive(tokens, trig) {
        return false;
    }
    let Some(be) = (0..trig.tokens.start)
        .rev()
        .find(|&i| BE.contains(&tokens[i].norm.as_str()))
    else {
        return false;
    };
    let mut b = be;
    while b > 0 && CLAUSE_OPENERS.contains(&tokens[b - 1].norm.as_str()) {
        b -= 1;
    }
    b == 0 || tokens[b - 1].norm == ";"
}

/// Words after which a bare "control" is a verb: a pronoun subject or an adverb ("they now
/// control", "also control"); after an actor it is one too ("rebels control").
const BEFORE_CONTROL_VERB: &[&str] = &[
    "they",
    "we",
    "you",
    "also",
    "now",
    "jointly",
    "effectively",
    "largely",
    "already",
    "forces",
    "troops",
    "units",
    "fighters",
];

/// Bare words that are verbs of holding only after their subject ("rebels control X", "troops
/// hold X") and nouns or other verbs elsewhere ("took control of", "to hold talks").
const BARE_HOLDING_VERBS: &[&str] = &["control", "hold"];
/// Words after a bare holding verb that make it a noun or another verb ("control of", "hold on").
const NOT_HELD_AFTER: &[&str] = &["of", "over", ",", "on", "out", "talks", "back", "up"];

/// "Rebels control X", "pro-regime forces also control the northern third of X", "troops now hold
/// X": a bare "control" or "hold" is a verb only after its subject (an actor, a pronoun or an
/// adverb) and not before "of", "over", "on", "out" (the noun of "take control of", "lost control
/// over", "in control of"; "hold out", "hold on"). Present and bare, it states a standing holding
/// ("rebels hold it") unless "now" or a date in the sentence (`dated`) marks it as news.
pub(super) fn control_is_a_verb(
    tokens: &[Token],
    actors: &[Actor],
    trig: &Trigger,
    dated: bool,
) -> bool {
    let bare = tokens[trig.tokens.clone()].len() == 1
        && BARE_HOLDING_VERBS.contains(&tokens[trig.tokens.start].norm.as_str());
    if !bare {
        return true;
    }
    let noun_after = tokens
        .get(trig.tokens.end)
        .is_some_and(|t| NOT_HELD_AFTER.contains(&t.norm.as_str()));
    let subject_before = trig.tokens.start > 0
        && (BEFORE_CONTROL_VERB.contains(&tokens[trig.tokens.start - 1].norm.as_str())
            || actors.iter().any(|a| a.tokens.end == trig.tokens.start));
    let news = dated || tokens[..trig.tokens.start].iter().any(|t| t.norm == "now");
    subject_before && !noun_after && news
}

/// Forms of *have* that state a holding ("the army has about 30 percent of X").
const HAVE: &[&str] = &["has", "had", "have"];
/// Words between *have* and the place it holds ("the whole", "about 30 percent of", "most of").
const HELD_SHARE_WORDS: &[&str] = &[
    "the",
    "all",
    "most",
    "much",
    "part",
    "parts",
    "half",
    "about",
    "around",
    "some",
    "nearly",
    "almost",
    "over",
    "more",
    "than",
    "a",
    "an",
    "only",
    "just",
    "roughly",
    "approximately",
    "large",
    "several",
    "whole",
    "entire",
    "of",
    "percent",
    "per",
    "cent",
    "%",
    "third",
    "quarter",
    "quarters",
    "thirds",
    "now",
    "also",
];
/// How many words may stand between *have* and the place it holds.
const HELD_SHARE_REACH: usize = 6;

/// The forms of *have* that state a holding ([`possession_is_control`]), as triggers of a state.
///
/// "By Tuesday the army had the whole neighbourhood", "the army has about 30 percent of X
/// tonight": *have* between an actor and a place (or a share of one) states a holding, news when
/// the sentence is dated or says "now"; anything else ("had taken", "has the support of") is not.
pub(super) fn possessions(
    tokens: &[Token],
    places: &[PlaceMention],
    actors: &[Actor],
    dated: bool,
) -> Vec<Trigger> {
    (0..tokens.len())
        .filter(|&i| HAVE.contains(&tokens[i].norm.as_str()))
        .map(|i| Trigger {
            tokens: i..i + 1,
            class: VerbClass::State,
            phrase: tokens[i].norm.clone(),
            nominal: false,
        })
        .filter(|t| possession_is_control(tokens, places, actors, t, dated))
        .collect()
}

fn possession_is_control(
    tokens: &[Token],
    places: &[PlaceMention],
    actors: &[Actor],
    trig: &Trigger,
    dated: bool,
) -> bool {
    // The subject just before, or of the verb *have* is coordinated with ("the army came back in
    // … and has …").
    let actor_before = actors
        .iter()
        .rfind(|a| a.subject && a.tokens.end <= trig.tokens.start)
        .is_some_and(|a| {
            let between = &tokens[a.tokens.end..trig.tokens.start];
            between
                .iter()
                .all(|t| BEFORE_CONTROL_VERB.contains(&t.norm.as_str()))
                || (between.last().is_some_and(|t| t.norm == "and")
                    && !between
                        .iter()
                        .any(|t| matches!(t.norm.as_str(), ";" | ":" | "," | "but" | "while")))
        });
    let Some(place) = places.iter().find(|p| p.tokens.start >= trig.tokens.end) else {
        return false;
    };
    let between = &tokens[trig.tokens.end..place.tokens.start];
    let share_only = between.len() <= HELD_SHARE_REACH
        && between.iter().all(|t| {
            HELD_SHARE_WORDS.contains(&t.norm.as_str())
                || t.norm.bytes().all(|b| b.is_ascii_digit())
        });
    let news = dated
        || tokens[..trig.tokens.start].iter().any(|t| t.norm == "now")
        || super::holdings::since_a_time_of_today(tokens, trig.tokens.end);
    actor_before && share_only && news
}

/// Units of a duration ("for months", "for two years").
const DURATIONS: &[&str] = &[
    "days", "weeks", "months", "years", "decades", "week", "month", "year", "long", "ages",
];
/// How far after a holding verb its duration may stand ("held it firmly for months").
const DURATION_REACH: usize = 12;

/// "has held it for months", "controlled the area for two years", "held it throughout the siege",
/// "held through most of the war",
/// "had held it all along", "held it the whole time", "was held by the Kurds all the way through":
/// a holding that lasted a while is a standing state, not a change.
pub(super) fn held_for_a_while(tokens: &[Token], trig: &Trigger, clause_end: usize) -> bool {
    if trig.class != VerbClass::State {
        return false;
    }
    let end = clause_end
        .min(trig.tokens.end + DURATION_REACH)
        .min(tokens.len());
    // "from the first day of the battle to the last": a span from one time to another.
    let clause = clause_end.min(tokens.len());
    let from_to = |i: usize| {
        tokens[i].norm == "from"
            && tokens[i + 1..clause.max(i + 1)]
                .iter()
                .any(|t| ["to", "until", "till"].contains(&t.norm.as_str()))
            && tokens
                .get(i + 1)
                .is_some_and(|t| ["the", "day", "start", "beginning"].contains(&t.norm.as_str()))
    };
    (trig.tokens.end..end).any(|i| {
        let along = tokens[i].norm == "all" && tokens.get(i + 1).is_some_and(|t| t.norm == "along");
        // "held through most of the war", "through the siege".
        let through = tokens[i].norm == "through"
            && tokens[i + 1..end.min(i + 5)]
                .iter()
                .any(|t| STRETCHES.contains(&t.norm.as_str()));
        tokens[i].norm == "throughout"
            || through
            || along
            || whole_stretch(tokens, i)
            || from_to(i)
            // "held by the army for the whole of the war".
            || (tokens[i].norm == "for"
                && tokens[i + 1..end.min(i + 6)].iter().any(|t| {
                    DURATIONS.contains(&t.norm.as_str()) || STRETCHES.contains(&t.norm.as_str())
                }))
    })
}

/// Spans of time a holding may last: "the whole time", "the entire war", "all year".
const STRETCHES: &[&str] = &[
    "time", "while", "war", "battle", "siege", "year", "period", "way", "conflict",
];

/// "the whole time", "the entire war", "all year", "all the way through", "all this time": a
/// stretch of time at token `i`.
fn whole_stretch(tokens: &[Token], i: usize) -> bool {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
    let stretch = |k: usize| STRETCHES.contains(&word(k));
    match word(i) {
        "whole" | "entire" => stretch(i + 1),
        "all" => {
            stretch(i + 1) || (["the", "this", "that"].contains(&word(i + 1)) && stretch(i + 2))
        }
        _ => false,
    }
}

/// "Kurdish units pushed out of X into Y", "broke out from X into Y": an active loss whose place is
/// followed by "into" and another place is a movement: its subject left X to enter Y. The trigger
/// becomes a partial advance at "into", so Y is its place and X (its starting point) is none.
/// "The groups were expelled today from X", "were driven back out of X": a passive of a verb that
/// drives a side out is a loss of its subject, as "were expelled from" is.
pub(super) fn passive_driving_out(tokens: &[Token], trig: &mut Trigger) {
    let last = tokens[trig.tokens.end - 1].norm.as_str();
    let out_of = last == "from"
        || (last == "of" && trig.tokens.len() > 1 && { tokens[trig.tokens.end - 2].norm == "out" });
    if trig.class == VerbClass::Change && trig.tokens.len() > 1 && out_of {
        let head = Trigger {
            tokens: trig.tokens.start..trig.tokens.start + 1,
            ..trig.clone()
        };
        if is_passive(tokens, &head) {
            trig.class = VerbClass::Loss;
        }
    }
}

pub(super) fn movement_into(tokens: &[Token], places: &[PlaceMention], trig: &mut Trigger) {
    let last = tokens[trig.tokens.end - 1].norm.as_str();
    if trig.class != VerbClass::Loss || !["of", "from"].contains(&last) || is_passive(tokens, trig)
    {
        return;
    }
    let be_before = trig
        .tokens
        .start
        .checked_sub(1)
        .is_some_and(|b| BE.contains(&tokens[b].norm.as_str()));
    let Some(origin) = places.iter().find(|p| p.tokens.start == trig.tokens.end) else {
        return;
    };
    let into = origin.tokens.end;
    let goes_into = tokens.get(into).is_some_and(|t| t.norm == "into")
        && places.iter().any(|p| p.tokens.start == into + 1);
    if goes_into && !be_before {
        trig.tokens = into..into + 1;
        trig.class = VerbClass::Partial;
    }
}
