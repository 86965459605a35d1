//! Questions and answers: a question reports nothing, and in an answer "we" and "our men" are the
//! side the document frames its speaker as (the actor its title names); in a quotation, the side its
//! speaker is named by ("\"We took X,\" an army officer said"). A text that speaks for a side
//! throughout (it says "our forces" and calls only the other side "terrorists" or "Assad gangs")
//! has its voice: "we" and "our units" are that side everywhere in it, "the enemy" the other.

use super::*;
use crate::extract::tokens::PhraseSet;

/// Labels that open a question's line ("Q: …", "Question: …").
const QUESTION_LABELS: &[&str] = &["q:", "q.", "q -", "question:"];
/// Labels that open an answer's line ("A: …", "Answer: …").
const ANSWER_LABELS: &[&str] = &["a:", "a.", "a -", "answer:"];
/// First-person plural words that stand for the speaker's side in an answer.
const FIRST_PERSON: &[&str] = &["we", "us", "our", "ours"];
/// Words a first-person "our" makes a force of ("our men", "our fighters").
const OWN_FORCES: &[&str] = &[
    "men", "fighters", "forces", "units", "brigade", "brigades", "troops", "soldiers", "groups",
];

/// The line the sentence starts on, from its first character, lower case and without indentation.
fn line_opening(text: &str, sentence: &Sentence) -> String {
    let start = text[..sentence.range.start]
        .rfind('\n')
        .map_or(0, |i| i + 1);
    let line = &text[start..];
    let line = without_affiliation(line.split('\n').next().unwrap_or("").trim_start());
    line.chars().take(12).collect::<String>().to_lowercase()
}

/// A line with the parenthesis after its first word dropped ("QUESTION (a news agency): …" reads
/// as "QUESTION: …"), so a label naming who speaks is still a label.
fn without_affiliation(line: &str) -> String {
    let first_end = line
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(line.len());
    let (first, rest) = line.split_at(first_end);
    let rest_trimmed = rest.trim_start();
    match rest_trimmed
        .strip_prefix('(')
        .and_then(|r| r.split_once(')'))
    {
        Some((_, after)) if !first.is_empty() => format!("{first}{after}"),
        _ => line.to_string(),
    }
}

/// A question: a sentence ending in "?", or any sentence of a line labelled as a question ("Q:
/// There were reports that …").
pub(super) fn is_question(text: &str, sentence: &Sentence) -> bool {
    let own = text[sentence.range.clone()]
        .trim_end()
        .trim_end_matches(['*', '_'])
        .trim_end_matches(['"', '\u{201D}', ')']);
    own.ends_with(['?', '\u{061F}'])
        || signed_question(own)
        || QUESTION_LABELS
            .iter()
            .any(|l| line_opening(text, sentence).starts_with(l))
}

/// A reader's question in quotes signed after a dash ("\"Is it true that the army took X?\" —
/// Anon."): the quotation closes on "?" and a short name follows.
fn signed_question(own: &str) -> bool {
    let Some(close) = own.rfind(['"', '\u{201D}']) else {
        return false;
    };
    let asked = own[..close].trim_end().ends_with('?');
    let signature = own[close..]
        .trim_start_matches(['"', '\u{201D}'])
        .trim_start();
    asked
        && signature.starts_with(['\u{2014}', '\u{2013}', '-'])
        && signature.split_whitespace().count() <= SIGNATURE_WORDS
}

/// The most words a signature after a reader's question holds ("— Samir, Beirut").
const SIGNATURE_WORDS: usize = 6;

/// Whether the sentence is in a line labelled as an answer ("A: We took …").
pub(super) fn is_answer(text: &str, sentence: &Sentence) -> bool {
    ANSWER_LABELS
        .iter()
        .any(|l| line_opening(text, sentence).starts_with(l))
}

/// The side a document frames its speaker as: the one controller the actors of its title name ("an
/// interview with a rebel commander"); None when it names none or several.
pub fn framed_side(title: &str, lex: &Lexicon) -> Option<String> {
    only_side(&lex.actors, title, &tokenize(title, 0..title.len()))
}

/// The one controller the phrases of `set` name in `text` (its `tokens`); None when they name none
/// or several.
fn only_side(set: &PhraseSet<String>, text: &str, tokens: &[Token]) -> Option<String> {
    let mut sides: Vec<&String> = set
        .find_all(text, tokens)
        .into_iter()
        .map(|f| f.value)
        .collect();
    sides.sort_unstable();
    sides.dedup();
    match sides.as_slice() {
        [one] => Some((*one).clone()),
        _ => None,
    }
}

/// Words of a title that make its document an interview.
const INTERVIEW_WORDS: &[&str] = &[
    "interview",
    "q&a",
    "in conversation",
    "talks to",
    "speaks to",
];

/// The side an interview's answers speak for: the one side its title names, when the title says
/// it is an interview ("\"We are nobody's gatekeepers\": an interview with the YPG").
pub fn interview_side(title: &str, lex: &Lexicon) -> Option<String> {
    let lower = title.to_lowercase();
    INTERVIEW_WORDS
        .iter()
        .any(|w| lower.contains(w))
        .then(|| framed_side(title, lex))
        .flatten()
}

/// Whether the sentence stands on a line set in bold or italics ("**Your forces have moved into
/// X. When did that happen?**"), as an interviewer's questions are.
pub(super) fn on_emphasised_line(text: &str, sentence: &Sentence) -> bool {
    let opening = line_opening(text, sentence);
    opening.starts_with("**") || opening.starts_with("__")
}

/// Second-person words of an interviewer's line ("you", "your forces"), as the interviewee's side.
pub(super) fn second_person_actors(tokens: &[Token], side: &str) -> Vec<Actor> {
    person_actors(tokens, side, &["you", "your"], "you")
}

/// First-person plural actors of an answer ("we", "our men"), as the speaker's side.
pub(super) fn first_person_actors(tokens: &[Token], side: &str) -> Vec<Actor> {
    person_actors(tokens, side, FIRST_PERSON, "we")
}

/// The `words` of one person as actors of `side`, each with the force after it ("our men"): a
/// subject when it is the `subject` word or names a force ("our positions" is whose thing it is;
/// "us" and "ours" are never a subject).
fn person_actors(tokens: &[Token], side: &str, words: &[&str], subject: &str) -> Vec<Actor> {
    let mut out = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        if !words.contains(&t.norm.as_str()) {
            continue;
        }
        let force = tokens
            .get(i + 1)
            .is_some_and(|n| OWN_FORCES.contains(&n.norm.as_str()));
        out.push(Actor {
            tokens: i..if force { i + 2 } else { i + 1 },
            controller: side.to_string(),
            subject: t.norm == subject || force,
        });
    }
    out
}

/// Words for a side's own that stand for it after "their" or "its" ("their forces", "its own
/// units").
const THIRD_PERSON: &[&str] = &["their", "its"];

/// "According to the Kurdish Asayish, their forces took over X", "the army says its own units
/// entered Y", "… in their hands": a third person's forces are the side named last before them in the sentence, else
/// the last subject before it. Only forces no actor already names.
pub(super) fn their_forces(
    tokens: &[Token],
    found: &[Actor],
    last_subject: Option<&str>,
) -> Vec<Actor> {
    let mut out = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        if !THIRD_PERSON.contains(&t.norm.as_str()) {
            continue;
        }
        let noun = if tokens.get(i + 1).is_some_and(|n| n.norm == "own") {
            i + 2
        } else {
            i + 1
        };
        // "X is entirely in their hands": the hands are the side's too.
        let force = tokens
            .get(noun)
            .is_some_and(|n| OWN_FORCES.contains(&n.norm.as_str()) || n.norm == "hands");
        let named = found
            .iter()
            .any(|a| a.tokens.start <= noun && i < a.tokens.end);
        if !force || named {
            continue;
        }
        let side = found
            .iter()
            .rfind(|a| a.tokens.end <= i)
            .map(|a| a.controller.as_str())
            .or(last_subject);
        if let Some(side) = side {
            out.push(Actor {
                tokens: i..noun + 1,
                controller: side.to_string(),
                subject: true,
            });
        }
    }
    out
}

/// Quotation marks.
const QUOTES: &[&str] = &["\"", "\u{201C}", "\u{201D}"];

/// "\"We liberated X,\" an army officer said": first-person words inside quotation marks stand for
/// the one side the actors outside them name (the speaker's); None when they name none or several.
pub(super) fn quoted_speaker_side(tokens: &[Token], actors: &[Actor]) -> Option<String> {
    let mut inside = vec![false; tokens.len()];
    // "We lost it in an afternoon," said one of them: a sentence that opens inside a quotation
    // split into sentences has an odd number of marks, the first closing one after a stop.
    let is_quote = |t: &Token| QUOTES.contains(&t.norm.as_str());
    let marks = tokens.iter().filter(|t| is_quote(t)).count();
    let first_closes = tokens
        .iter()
        .position(is_quote)
        .is_some_and(|q| q > 0 && [",", ".", "?", "!"].contains(&tokens[q - 1].norm.as_str()));
    let mut open = marks % 2 == 1 && first_closes;
    for (i, t) in tokens.iter().enumerate() {
        if QUOTES.contains(&t.norm.as_str()) {
            open = !open;
            continue;
        }
        inside[i] = open;
    }
    let first_person = tokens
        .iter()
        .enumerate()
        .any(|(i, t)| inside[i] && FIRST_PERSON.contains(&t.norm.as_str()));
    if !first_person {
        return None;
    }
    let mut sides: Vec<&str> = actors
        .iter()
        .filter(|a| !inside[a.tokens.start])
        .map(|a| a.controller.as_str())
        .collect();
    sides.sort_unstable();
    sides.dedup();
    match sides.as_slice() {
        [one] => Some((*one).to_string()),
        _ => None,
    }
}

/// Words for the other side, from the voice of a text that speaks for one ("the enemy").
const ENEMY_WORDS: &[&str] = &["enemy", "enemies", "adversary", "foe"];
/// "our" + these: a side's own forces or heroes ("our heroes", "our mujahideen").
const OWN_HEROES: &[&str] = &["heroes", "mujahideen", "army", "valiant", "armed"];

/// The side a whole text speaks for: it says "our forces" (or "our heroes") and calls exactly one
/// side by the names only its enemies use; None otherwise.
pub fn voice_side(text: &str, lex: &Lexicon) -> Option<String> {
    let tokens = tokenize(text, 0..text.len());
    let own_forces = tokens.windows(2).any(|w| {
        w[0].norm == "our"
            && (OWN_FORCES.contains(&w[1].norm.as_str())
                || OWN_HEROES.contains(&w[1].norm.as_str()))
    });
    if !own_forces {
        return None;
    }
    only_side(&lex.pejoratives, text, &tokens)
        .and_then(|scorned| lex.opponent_of(&scorned).map(str::to_string))
}

/// In a text with a voice ([`voice_side`]): "we", "our units", "our heroes" as that side, and "the
/// enemy" as the other.
pub(super) fn voiced_actors(tokens: &[Token], side: &str, lex: &Lexicon) -> Vec<Actor> {
    let mut out = first_person_actors(tokens, side);
    for (i, t) in tokens.iter().enumerate() {
        if t.norm == "our"
            && tokens
                .get(i + 1)
                .is_some_and(|n| OWN_HEROES.contains(&n.norm.as_str()))
        {
            out.retain(|a| a.tokens.start != i);
            out.push(Actor {
                tokens: i..i + 2,
                controller: side.to_string(),
                subject: true,
            });
        }
        let the_enemy = ENEMY_WORDS.contains(&t.norm.as_str())
            && i > 0
            && ["the", "our"].contains(&tokens[i - 1].norm.as_str());
        if let Some(other) = lex.opponent_of(side).filter(|_| the_enemy) {
            out.push(Actor {
                tokens: i - 1..i + 1,
                controller: other.to_string(),
                subject: !(i >= 2 && not_subject_before(&tokens[i - 2].norm)),
            });
        }
    }
    out.sort_by_key(|a| a.tokens.start);
    out
}
