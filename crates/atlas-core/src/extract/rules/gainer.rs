//! Who gains what a trigger reports: the subject before it, the agent of a passive, the actor
//! carried from earlier sentences, or the other side for a loss.

use super::*;

/// Who holds the places after the trigger, and whether the text of the sentence says so.
pub(super) fn gainer(
    text: &str,
    tokens: &[Token],
    actors: &[Actor],
    trig: &Trigger,
    passive: bool,
    state: &DocState,
    lex: &Lexicon,
) -> Option<(String, bool)> {
    if trig.class == VerbClass::Contested {
        // "contested between government troops and armed groups": the first side named after it,
        // else the first in the sentence.
        return actors
            .iter()
            .find(|a| a.tokens.start >= trig.tokens.end)
            .or(actors.first())
            .map(|a| (a.controller.clone(), true))
            .or_else(|| carried(state).map(|c| (c, false)));
    }
    if trig.class == VerbClass::Verbless {
        // "under government control", "in the hands of the YPG": the actor inside or right after.
        return actors
            .iter()
            .find(|a| a.tokens.start >= trig.tokens.start && a.tokens.start <= trig.tokens.end + 2)
            .map(|a| (a.controller.clone(), true));
    }
    if passive {
        return passive_gainer(tokens, actors, trig, state, lex);
    }
    // "the restoration of security to X by the heroic Syrian Arab Army": a noun's agent.
    if trig.nominal {
        if let Some(a) = after_word(tokens, actors, trig, "by", NOMINAL_AGENT_REACH) {
            return Some((a.controller.clone(), true));
        }
    }
    if trig.class == VerbClass::Fall {
        return fall_gainer(text, tokens, actors, trig, state, lex);
    }
    let subject = subject_of(tokens, actors, trig)
        .or_else(|| subject_after_verb(tokens, actors, trig))
        .or_else(|| subject_inside(actors, trig));
    // "the fighters who drove the army out of X": the side between the verb and "out of" lost X;
    // a subject the sentence does not name, or names as that side, is its opponent.
    let loser = driven_out(actors, trig);
    if let Some(loser) = &loser {
        if subject.is_none_or(|a| a.controller == *loser) {
            let gainer = lex.opponent_of(loser).map(str::to_string);
            return gainer.map(|g| (g, subject.is_some()));
        }
    }
    if subject.is_none() && counter_attack_before(text, tokens, trig) {
        return counter_attacker(actors, state, lex).map(|g| (g, false));
    }
    let (actor, in_sentence) = match subject {
        Some(a) => (a.controller.clone(), true),
        // "Liwa Suqur units withdrew from X": a force the lexicon does not know is not the side of
        // the sentence before.
        None if unknown_force_before(text, tokens, trig) => return None,
        // "عائلات كثيرة خرجت من الشعار", "families left X": people who are no side left it.
        None if trig.class == VerbClass::Loss && people_before(tokens, trig) => return None,
        None => (
            state
                .last_subject
                .clone()
                .or_else(|| state.last_gainer.clone())?,
            false,
        ),
    };
    if trig.class != VerbClass::Loss {
        return Some((actor, in_sentence));
    }
    // "it pulled out of X and army units were in its streets within hours": the side left unnamed
    // lost X; a side the sentence does name is the one that came in.
    if !in_sentence {
        let named = actors
            .iter()
            .find(|a| a.tokens.start >= trig.tokens.end)
            .or_else(|| actors.iter().rfind(|a| a.tokens.end <= trig.tokens.start));
        if let Some(a) = named {
            return Some((a.controller.clone(), true));
        }
    }
    // "you handed X over to the regime": the side it was handed to.
    if let Some(a) = after_word(tokens, actors, trig, "to", HANDED_TO_REACH) {
        return Some((a.controller.clone(), true));
    }
    // A loss: the place goes to the other side named in the sentence, else to the lexicon's opponent,
    // else to the side that took the last places, else to the last other side named.
    let other = actors
        .iter()
        .rev()
        .filter(|a| a.tokens.end <= trig.tokens.start)
        .chain(actors.iter().filter(|a| a.tokens.start >= trig.tokens.end))
        .map(|a| a.controller.clone())
        .find(|c| *c != actor)
        .or_else(|| lex.opponent_of(&actor).map(str::to_string))
        .or_else(|| state.last_gainer.clone().filter(|g| *g != actor))
        .or_else(|| {
            state
                .recent_actors
                .iter()
                .rev()
                .find(|c| **c != actor)
                .cloned()
        })?;
    Some((other, in_sentence))
}

/// How far after a noun of change its agent's "by" may stand ("the capture of Sheikh Saeed and
/// al-Fardous by the army").
const NOMINAL_AGENT_REACH: usize = 10;

/// The side the sentences before carried: the last gainer, else the last subject.
fn carried(state: &DocState) -> Option<String> {
    state
        .last_gainer
        .clone()
        .or_else(|| state.last_subject.clone())
}

/// The first actor within `reach` after the trigger with `word` before it (the word may close the
/// trigger itself: "were handed over to the government").
fn after_word<'a>(
    tokens: &[Token],
    actors: &'a [Actor],
    trig: &Trigger,
    word: &str,
    reach: usize,
) -> Option<&'a Actor> {
    actors.iter().find(|a| {
        a.tokens.start >= trig.tokens.end
            && a.tokens.start <= trig.tokens.end + reach
            && tokens[trig.tokens.end - 1..a.tokens.start]
                .iter()
                .any(|t| t.norm == word)
    })
}

/// Who gains by a passive: its agent ("was taken by the Army", "lost to the regime"), the
/// opponent of a side it was cleared of or lost by, a table row's holder, or the side carried.
fn passive_gainer(
    tokens: &[Token],
    actors: &[Actor],
    trig: &Trigger,
    state: &DocState,
    lex: &Lexicon,
) -> Option<(String, bool)> {
    // "was taken by the Army"; "has been lost to the regime".
    // A verb-first passive names its places first and its agent last.
    let reach = if verb_first_passive(tokens, trig) {
        tokens.len()
    } else {
        4
    };
    let agent = match trig.class {
        VerbClass::Loss | VerbClass::Fall => after_word(tokens, actors, trig, "to", reach),
        _ => after_word(tokens, actors, trig, "by", reach),
    };
    if let Some(a) = agent {
        return Some((a.controller.clone(), true));
    }
    // "X was cleared of terrorists": the side after the verb's "of" lost X.
    if let Some(cleared) = cleared_of(tokens, actors, trig) {
        return lex
            .opponent_of(&cleared.controller)
            .map(|g| (g.to_string(), true));
    }
    // "X was lost by the rebels": the agent of a loss lost it.
    if trig.class == VerbClass::Loss {
        if let Some(loser) = after_word(tokens, actors, trig, "by", reach) {
            return lex
                .opponent_of(&loser.controller)
                .map(|g| (g.to_string(), true));
        }
    }
    if let Some(holder) = super::table::row_holder(tokens, actors, trig)
        .or_else(|| super::table::label_holder(tokens, actors, trig))
    {
        return Some((holder, true));
    }
    carried(state).map(|c| (c, false))
}

/// Who gains by a fall: the side after "to" or "into", the opponent of a side whose line gave way,
/// or the side carried.
fn fall_gainer(
    text: &str,
    tokens: &[Token],
    actors: &[Actor],
    trig: &Trigger,
    state: &DocState,
    lex: &Lexicon,
) -> Option<(String, bool)> {
    // "rejim güçlerinin eline geçti": in a language that puts its verb last, the side whose hands
    // or control a place passed into stands right before the phrase.
    if super::final_verb::verb_last_phrase(&trig.phrase)
        || super::final_verb::verb_last_language(text, tokens)
    {
        if let Some(a) = actors.iter().find(|a| a.tokens.end == trig.tokens.start) {
            return Some((a.controller.clone(), true));
        }
    }
    // "fell to the rebels", "fell into rebel hands", "fell into the hands of the YPG".
    let phrase = trig.phrase.to_lowercase();
    let reach = if phrase.ends_with(" into") { 5 } else { 2 };
    // "سقط بيد الجيش", "إلى سيطرة الدولة": an Arabic fall's phrase ends on its "to" ("بيد",
    // "إلى سيطرة"); the side follows it.
    let arabic = crate::extract::scripts::in_arabic(&tokens[trig.tokens.end - 1].norm);
    let to_actor = if phrase.ends_with(" to") || phrase.ends_with(" into") || arabic {
        actors.iter().find(|a| {
            a.tokens.start >= trig.tokens.end && a.tokens.start <= trig.tokens.end + reach
        })
    } else {
        None
    };
    if let Some(a) = to_actor {
        return Some((a.controller.clone(), true));
    }
    // "X, Y and Z fell one after another, and the three districts passed to the rebels": a
    // side the sentence later names after "to".
    if let Some(a) = actors.iter().find(|a| {
        a.tokens.start > trig.tokens.end
            && tokens[trig.tokens.end..a.tokens.start]
                .iter()
                .rev()
                .take(2)
                .any(|t| t.norm == "to")
    }) {
        return Some((a.controller.clone(), true));
    }
    // "X fell on Monday, when the rebel line gave way": the side whose line broke lost it.
    if let Some(loser) = gave_way_after(tokens, actors, trig) {
        return lex.opponent_of(loser).map(|g| (g.to_string(), true));
    }
    carried(state).map(|c| (c, false))
}

/// The side right after a passive change's "of" or "from" ("was cleansed of terrorists", "cleared
/// from the rebels").
fn cleared_of<'a>(tokens: &[Token], actors: &'a [Actor], trig: &Trigger) -> Option<&'a Actor> {
    let last = tokens[trig.tokens.end - 1].norm.as_str();
    if trig.class != VerbClass::Change || !["of", "from"].contains(&last) {
        return None;
    }
    let mut at = trig.tokens.end;
    while tokens
        .get(at)
        .is_some_and(|t| DETERMINERS.contains(&t.norm.as_str()))
    {
        at += 1;
    }
    actors.iter().find(|a| a.tokens.start == at)
}

/// How far after a loss its "to <side>" may stand ("handed Sheikh Fares over to the regime").
const HANDED_TO_REACH: usize = 6;

/// Words of a front giving way ("the rebel line gave way", "their defences collapsed").
const GAVE_WAY: &[&str] = &[
    "collapsed",
    "crumbled",
    "broke",
    "caved",
    "buckled",
    "disintegrated",
];
/// How far after a side its collapse may be told ("the rebel line along the river gave way").
const GAVE_WAY_REACH: usize = 7;

/// The side named after a fall whose line or defences then gave way: the side that lost the place.
fn gave_way_after<'a>(tokens: &[Token], actors: &'a [Actor], trig: &Trigger) -> Option<&'a str> {
    actors
        .iter()
        .filter(|a| a.tokens.start >= trig.tokens.end)
        .find(|a| {
            let end = (a.tokens.end + GAVE_WAY_REACH).min(tokens.len());
            (a.tokens.end..end).any(|i| {
                let w = tokens[i].norm.as_str();
                GAVE_WAY.contains(&w)
                    || (w == "gave" && tokens.get(i + 1).is_some_and(|t| t.norm == "way"))
            })
        })
        .map(|a| a.controller.as_str())
}

/// Attacks that answer an attack: who makes them is the other side of the one attacked.
const COUNTER_ATTACKS: &[&str] = &[
    "counter-attack",
    "counterattack",
    "counter attack",
    "counter-offensive",
    "counteroffensive",
];

/// "a counter-attack recaptured X": the trigger's subject is a counter-attack with no side named.
fn counter_attack_before(text: &str, tokens: &[Token], trig: &Trigger) -> bool {
    let Some(verb) = tokens.get(trig.tokens.start) else {
        return false;
    };
    let before = text
        .get(..verb.start)
        .unwrap_or("")
        .trim_end()
        .to_lowercase();
    COUNTER_ATTACKS
        .iter()
        .any(|c| before.ends_with(c) || before.ends_with(&format!("{c}s")))
}

/// Who made a counter-attack: the opponent of the side the sentence names (the side attacked), else
/// of the side that took the last places.
fn counter_attacker(actors: &[Actor], state: &DocState, lex: &Lexicon) -> Option<String> {
    let attacked = actors
        .first()
        .map(|a| a.controller.clone())
        .or_else(|| state.last_gainer.clone())?;
    lex.opponent_of(&attacked).map(str::to_string)
}

/// Words for a body of fighters ("units", "brigades").
const FORCES: &[&str] = &[
    "units",
    "unit",
    "fighters",
    "forces",
    "brigade",
    "brigades",
    "battalion",
    "battalions",
    "groups",
    "group",
    "militia",
    "militias",
    "factions",
];

/// "Liwa Suqur units withdrew": a force word right before the trigger (past "had", "also"…)
/// that follows a capitalised name: an actor the lexicon does not know.
fn unknown_force_before(text: &str, tokens: &[Token], trig: &Trigger) -> bool {
    let mut i = trig.tokens.start;
    while i > 0 && {
        let w = tokens[i - 1].norm.as_str();
        ADVERBS.contains(&w) || BE.contains(&w) || ["had", "has", "have"].contains(&w)
    } {
        i -= 1;
    }
    let Some(force) = i.checked_sub(1) else {
        return false;
    };
    FORCES.contains(&tokens[force].norm.as_str())
        && force > 0
        && tokens[force - 1].is_word()
        && tokens[force - 1]
            .text(text)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
}

/// Civilians, who are no side, as the subject of a verb of leaving.
const PEOPLE: &[&str] = &[
    "families",
    "civilians",
    "residents",
    "people",
    "عائلات",
    "العائلات",
    "المدنيون",
    "المدنيين",
    "الأهالي",
    "السكان",
    "الناس",
    "النازحون",
];

/// Whether civilians ([`PEOPLE`]) stand right before the trigger, a word (such as "many") between
/// at most.
fn people_before(tokens: &[Token], trig: &Trigger) -> bool {
    (trig.tokens.start.saturating_sub(2)..trig.tokens.start)
        .any(|k| PEOPLE.contains(&tokens[k].norm.as_str()))
}

/// Whether "not" stands before an actor (its determiners between): "not the army".
fn denied(tokens: &[Token], a: &Actor) -> bool {
    let mut b = a.tokens.start;
    while b > 0 && DETERMINERS.contains(&tokens[b - 1].norm.as_str()) {
        b -= 1;
    }
    b > 0 && tokens[b - 1].norm == "not"
}

/// The nearest actor before the trigger that can be its subject; a relative "who" takes the actor
/// before it.
pub(super) fn subject_of<'a>(
    tokens: &[Token],
    actors: &'a [Actor],
    trig: &Trigger,
) -> Option<&'a Actor> {
    let before: Vec<&Actor> = actors
        .iter()
        .filter(|a| a.tokens.end <= trig.tokens.start)
        .collect();
    // "استعادت المعارضة حي الفردوس": Arabic puts its verb before its subject.
    if crate::extract::scripts::in_arabic(&tokens[trig.tokens.start].norm) {
        if let Some(a) = actors.iter().find(|a| a.tokens.start == trig.tokens.end) {
            return Some(a);
        }
    }
    // "the opposition advance in X", "fighters loyal to the government took X": an actor right
    // before the trigger is its subject (not after "opposed to" or "against").
    if let Some(a) = before
        .iter()
        .find(|a| a.tokens.end == trig.tokens.start && !opposed_before(tokens, a))
    {
        return Some(a);
    }
    // ", who were confirmed to be in control of", "the YPG, which had held it": the actor before.
    if let Some(who) = (0..trig.tokens.start)
        .rev()
        .take(6)
        .find(|&i| ["who", "which"].contains(&tokens[i].norm.as_str()))
    {
        if let Some(k) = before
            .iter()
            .rposition(|a| a.tokens.end <= who && who - a.tokens.end <= 1)
        {
            // "it was Kurdish YPG fighters, not the army, who took": the side denied is not it.
            if let Some(a) = before[..=k].iter().rev().find(|a| !denied(tokens, a)) {
                return Some(a);
            }
        }
    }
    // "… the district rebels had held since 2012, and by Sunday it had taken X": "it" stands for
    // the last side named in the singular (the army), not for "rebels".
    if it_before(tokens, trig) {
        if let Some(a) = before
            .iter()
            .rev()
            .find(|a| a.subject && !plural_head(tokens, a))
        {
            return Some(a);
        }
    }
    // An actor inside an adverbial phrase before a comma is not the subject of a verb after it
    // ("made major advances after a swift collapse of the rebel defenses, capturing …").
    let subordinate = |a: &Actor| {
        let comma_after = tokens[a.tokens.end..trig.tokens.start]
            .iter()
            .any(|t| t.norm == ",");
        let clause_start = (0..a.tokens.start)
            .rev()
            .find(|&i| tokens[i].norm == ",")
            .map_or(0, |i| i + 1);
        // "YPG units, fighting alongside several FSA brigades, drove …": a side named in a
        // participle's or a companion's phrase set off by commas is not the subject either.
        let aside = clause_start > 0
            && tokens[clause_start..a.tokens.start].iter().any(|t| {
                COMPANIONS.contains(&t.norm.as_str())
                    || (t.norm.ends_with("ing") && t.norm.len() > 5)
            });
        comma_after
            && (aside
                || tokens[clause_start..a.tokens.start]
                    .iter()
                    .any(|t| SUBORDINATORS.contains(&t.norm.as_str())))
    };
    before
        .into_iter()
        .rev()
        .find(|a| a.subject && !subordinate(a))
}

/// Words that may stand between a subject "it" and its verb ("it had also taken").
const AUXILIARIES: &[&str] = &[
    "had", "has", "have", "was", "been", "also", "already", "then",
];

/// Whether "it" is the verb's subject, right before it or its auxiliaries.
fn it_before(tokens: &[Token], trig: &Trigger) -> bool {
    (0..trig.tokens.start)
        .rev()
        .take(4)
        .find(|&k| !AUXILIARIES.contains(&tokens[k].norm.as_str()))
        .is_some_and(|k| tokens[k].norm == "it")
}

/// Whether a side is named by a plural noun ("rebels", "forces"; not "ISIS", "the opposition").
fn plural_head(tokens: &[Token], a: &Actor) -> bool {
    let head = tokens[a.tokens.end - 1].norm.as_str();
    head.ends_with('s') && !["is", "ss", "us"].iter().any(|e| head.ends_with(e))
}

/// Words that put a side beside the subject ("fighting alongside", "backed by").
const COMPANIONS: &[&str] = &[
    "alongside",
    "backed",
    "supported",
    "aided",
    "helped",
    "joined",
];

/// Words of allegiance before "to" ("loyal to the government").
const ALLEGIANCE: &[&str] = &[
    "loyal",
    "allied",
    "affiliated",
    "linked",
    "aligned",
    "close",
];

/// Whether an actor follows "against" or a "to" that is no allegiance ("opposed to the
/// government"; not "loyal to the government").
fn opposed_before(tokens: &[Token], a: &Actor) -> bool {
    let mut b = a.tokens.start;
    while b > 0 && DETERMINERS.contains(&tokens[b - 1].norm.as_str()) {
        b -= 1;
    }
    let word = |k: usize| k.checked_sub(1).map(|i| tokens[i].norm.as_str());
    match word(b) {
        // "against"; Arabic and Persian "from", "against", "(out of the) control / hands of".
        Some(w) if w == "against" || FROM_OR_AGAINST.contains(&w) => true,
        // "from rebel control to government control": the control a place passed to.
        Some("to") => !word(b - 1).is_some_and(|w| ALLEGIANCE.contains(&w) || w == "control"),
        _ => false,
    }
}

/// The articles of German and Dutch a subject put after its verb opens with ("übernahm die Armee").
const ARTICLES_BEFORE_SUBJECT: &[&str] = &["die", "der", "das", "den", "dem", "de", "het"];

/// A verb-first clause, as translated text has it ("Entered units of the army at dawn the district
/// of X"): when the verb opens the sentence (perhaps after "and"), its subject is the first actor
/// after it. So it is when the verb comes second, after a time or a place put first, as German and
/// Dutch put it ("Am Donnerstag eroberte die Armee X"): no side before it, one right after its
/// article.
fn subject_after_verb<'a>(
    tokens: &[Token],
    actors: &'a [Actor],
    trig: &Trigger,
) -> Option<&'a Actor> {
    let opens = tokens[..trig.tokens.start]
        .iter()
        .all(|t| ["and", "also", "then"].contains(&t.norm.as_str()));
    let after = actors
        .iter()
        .find(|a| a.tokens.start >= trig.tokens.end && a.subject)?;
    // The actor's words may take its article in, or start right after it.
    let article_first = after.tokens.start <= trig.tokens.end + 1
        && tokens
            .get(trig.tokens.end)
            .is_some_and(|t| ARTICLES_BEFORE_SUBJECT.contains(&t.norm.as_str()));
    let second = !actors.iter().any(|a| a.tokens.end <= trig.tokens.start) && article_first;
    (opens || second).then_some(after)
}

/// "Heute früh drangen Soldaten der Armee in X ein": a verb put second, its subject after it
/// inside the trigger's words (not a side driven out of a place, nor one a loss hands over).
fn subject_inside<'a>(actors: &'a [Actor], trig: &Trigger) -> Option<&'a Actor> {
    if trig.class == VerbClass::Loss || drives_out(trig) {
        return None;
    }
    actors
        .iter()
        .find(|a| a.tokens.start > trig.tokens.start && a.tokens.end < trig.tokens.end)
}

/// Whether a trigger's phrase ends in "of" or "from", as a verb that drives a side out of a
/// place does ("drove * out of", "expelled * from").
fn drives_out(trig: &Trigger) -> bool {
    let phrase = trig.phrase.to_lowercase();
    phrase.ends_with(" of") || phrase.ends_with(" from")
}

/// The side a verb drives out ("drove the army out of", "expelled the rebels from"): an actor inside
/// the trigger's words, which then ends in "of" or "from".
fn driven_out(actors: &[Actor], trig: &Trigger) -> Option<String> {
    if !drives_out(trig) {
        return None;
    }
    actors
        .iter()
        .find(|a| a.tokens.start > trig.tokens.start && a.tokens.end < trig.tokens.end)
        .map(|a| a.controller.clone())
}
