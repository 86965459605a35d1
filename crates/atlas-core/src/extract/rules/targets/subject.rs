//! Where the subject of a passive, a fall or a holding opens, walking back from its verb: a
//! heading's colon, an apposition, a list's commas, a relative pronoun, a "that" opening what was
//! heard, a side's or a teller's saying.

use super::*;

/// Where the subject of a passive, a fall or a holding opens, walking back from the verb (over a
/// heading's colon, an apposition, the commas of a list), and whether it is a relative clause's
/// ("which", "whose quarter"): then the name before it is the subject.
pub(super) fn subject_start(
    text: &str,
    tokens: &[Token],
    places: &[PlaceMention],
    actors: &[Actor],
    trig: &Trigger,
    lex: &Lexicon,
) -> (usize, bool) {
    let mut start = set_off_participle(tokens, places, trig).unwrap_or(trig.tokens.start);
    let mut relative = false;
    // "al-Marjeh: (now) taken by …": a bulletin's heading before its colon is what was taken.
    let mut heading = false;
    while start > 0 {
        let t = &tokens[start - 1];
        let only_adverbs = tokens[start..trig.tokens.start]
            .iter()
            .all(|a| ADVERBS.contains(&a.norm.as_str()) || PARTLY.contains(&a.norm.as_str()));
        if t.norm == ":" && !heading && only_adverbs {
            heading = true;
            start -= 1;
            continue;
        }
        // "Dahret Awwad ........ taken in full by the army today": a board's dot leader is its
        // label's colon.
        let leader = start >= super::actors_and_triggers::LEADER_DOTS
            && tokens[start - super::actors_and_triggers::LEADER_DOTS..start]
                .iter()
                .all(|d| d.norm == ".");
        if leader && !heading && only_adverbs {
            heading = true;
            while start > 0 && tokens[start - 1].norm == "." {
                start -= 1;
            }
            continue;
        }
        // "the army announced that X was back under government control": "that" after a side's
        // saying opens what was said, not a relative clause ("some people say that X has fallen"
        // is a rumour, and reports nothing).
        if t.norm == "that" && side_said_before(text, tokens, actors, start - 1, lex) {
            break;
        }
        // "told me his unit took X, and that Y fell to the army": "and that" opens another thing
        // said, not a relative clause.
        if t.norm == "that" && start >= 2 && tokens[start - 2].norm == "and" {
            break;
        }
        if t.norm == "that" && opens_what_was_heard(tokens, places, start - 1, trig) {
            break;
        }
        // "That quarter came under government control": a reference back that opens with
        // "that" is a place, not a relative pronoun.
        let opens_a_place = places.iter().any(|p| {
            p.tokens.start == start - 1
                && p.text
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| super::carry::is_place_noun(&w.to_lowercase()))
        });
        if RELATIVE_PRONOUNS.contains(&t.norm.as_str()) && !opens_a_place {
            relative = true;
            start -= 1;
            break;
        }
        // "Dahret Awwad, whose quarter passed into the hands of the army": the place "whose"
        // follows.
        if start >= 2 && tokens[start - 2].norm == "whose" && super::carry::is_place_noun(&t.norm) {
            relative = true;
            start -= 2;
            break;
        }
        // "The quarter north of the Citadel, al-Farafra, was taken": a name set off by commas
        // just before the verb is its subject, renamed.
        if t.norm == "," && start == trig.tokens.start - verb_words_before(tokens, trig) {
            if let Some(p) = places.iter().find(|p| {
                p.tokens.end == start - 1
                    && p.tokens.start > 0
                    && tokens[p.tokens.start - 1].norm == ","
                    && !p.districts.is_empty()
            }) {
                start = p.tokens.start;
                break;
            }
        }
        // "les derniers quartiers tenus par les insurgés — X, Y et Z — passent sous le contrôle":
        // the places a dash sets off just before the verb name its subject.
        let dash_before_verb = matches!(t.norm.as_str(), "\u{2014}" | "\u{2013}")
            && start == trig.tokens.start - verb_words_before(tokens, trig)
            && places.iter().any(|p| p.tokens.end == start - 1);
        if dash_before_verb {
            start -= 1;
            continue;
        }
        // "X, held by rebels since 2013, was recaptured": the subject is before the apposition.
        if let Some(open) = apposition_before_passive(tokens, start, trig) {
            start = open;
            continue;
        }
        // "X, Y and Z had all fallen": a comma between two names of a list is inside the subject.
        let in_list = t.norm == ","
            && places.iter().any(|p| p.tokens.end == start - 1)
            && places.iter().any(|p| p.tokens.start == start);
        if in_list {
            start -= 1;
            continue;
        }
        let boundary = (!t.is_word() && !matches!(t.text(text), "'" | "’" | "-" | "–" | "(" | ")"))
            || lex.boundaries.longest_at(text, tokens, start - 1).is_some()
            || lex.verbs.longest_at(text, tokens, start - 1).is_some();
        if boundary {
            break;
        }
        start -= 1;
    }
    (start, relative)
}

/// "X, captured by the army on Monday, was …", "Karm al-Jabal, taken in full today", "X and Y,
/// both taken in full by …": where the subject of a participle set off by a comma ends (the
/// comma), "both" or "all" standing between at most.
pub(super) fn set_off_participle(
    tokens: &[Token],
    places: &[PlaceMention],
    trig: &Trigger,
) -> Option<usize> {
    let start = trig.tokens.start;
    let both = start > 1
        && ["both", "all"].contains(&tokens[start - 1].norm.as_str())
        && tokens[start - 2].norm == ",";
    let comma = if both { start - 1 } else { start };
    let by_after =
        (trig.tokens.end..(trig.tokens.end + 3).min(tokens.len())).any(|k| tokens[k].norm == "by");
    let set_off = comma > 0
        && trig.class != VerbClass::State
        && tokens[comma - 1].norm == ","
        && (by_after || participle_after_place(tokens, places, trig));
    set_off.then(|| comma - 1)
}

/// "heard from the army hospital that X was taken": whether the "that" at `that` opens what was
/// said, a named place between it and the verb its subject, rather than a relative clause. Not
/// after a verb of saying, reading or confirming (what is said there may be rumour), nor opening
/// the sentence ("- That al-Sukkari has fallen.", a topic).
pub(super) fn opens_what_was_heard(
    tokens: &[Token],
    places: &[PlaceMention],
    that: usize,
    trig: &Trigger,
) -> bool {
    let named_after = places.iter().any(|p| {
        p.tokens.start > that && p.tokens.end <= trig.tokens.start && !p.districts.is_empty()
    });
    let said = tokens[that.saturating_sub(6)..that]
        .iter()
        .any(|w| SAYING.contains(&w.norm.as_str()));
    let opens_sentence = tokens[..that].iter().all(|w| !w.is_word());
    named_after && !said && !opens_sentence
}

/// Verbs of saying and writing after which what is said may be rumour or claim.
pub(super) const SAYING: &[&str] = &[
    "say",
    "says",
    "said",
    "saying",
    "write",
    "writes",
    "wrote",
    "written",
    "report",
    "reports",
    "reported",
    "claim",
    "claims",
    "claimed",
    "announced",
    "line",
    "story",
    "rumour",
    "rumours",
    "read",
    "confirm",
    "confirms",
    "confirmed",
    "confirming",
];

/// Whether a side's verb of saying ends right before token `at` ("the army announced", "the
/// General Command of the army said on Monday"), or a teller's ([`TELLERS`]).
pub(super) fn side_said_before(
    text: &str,
    tokens: &[Token],
    actors: &[Actor],
    at: usize,
    lex: &Lexicon,
) -> bool {
    // "The committee notes that", "the record confirms that": what is put on record.
    if at > 0 && RECORDING_VERBS.contains(&tokens[at - 1].norm.as_str()) {
        return true;
    }
    // "claimed this morning that", "told reporters that": a few words may stand between.
    let verb = (at.saturating_sub(5)..at).find(|&i| {
        lex.claim_verbs
            .longest_at(text, tokens, i)
            .is_some_and(|f| {
                // "told Tasnim's correspondent that": a possessive does not count.
                let words = &tokens[f.end..at];
                let possessives = words.iter().filter(|t| t.norm == "'s").count();
                f.end + 3 + possessives >= at && words.iter().all(|t| t.is_word() || t.norm == "'s")
            })
    });
    verb.is_some_and(|v| {
        let side = actors
            .iter()
            .any(|a| a.tokens.end <= v && v - a.tokens.end <= 1);
        // "a field source told the correspondent that": a named teller, not a rumour.
        let teller = v > 0 && TELLERS.contains(&tokens[v - 1].norm.as_str());
        // "The mayor said that": one named by "the", not a rumour's "people say that" nor what a
        // text is corrected for ("the box says that").
        let definite = v >= 2
            && tokens[v].norm == "said"
            && tokens[v - 2].norm == "the"
            && tokens[v - 1].is_word()
            && !RUMOUR_SAYERS.contains(&tokens[v - 1].norm.as_str());
        // "Reason: card lost. States that X came back": a form's statement, its teller the one
        // the form is about.
        let opens = v == 0;
        side || teller || definite || opens
    })
}

/// Verbs that put on record what follows their "that" ("the committee notes that").
pub(super) const RECORDING_VERBS: &[&str] =
    &["notes", "noted", "records", "recorded", "established"];

/// Who a rumour is told by, even after "the" ("the people say that").
pub(super) const RUMOUR_SAYERS: &[&str] = &[
    "people", "rumours", "rumors", "rumour", "rumor", "talk", "street",
];

/// Who tells what a report passes on ("a field source said that", "he told reporters that"),
/// unlike a rumour's "people say that".
pub(super) const TELLERS: &[&str] = &[
    "source",
    "sources",
    "official",
    "officials",
    "commander",
    "commanders",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "officer",
    "correspondent",
    "he",
    "she",
    "monitor",
    "observatory",
    "report",
    "statement",
    "communique",
    "communiqué",
    "bulletin",
    "ministry",
    "agency",
    // A person the text names by their part: "the occupant says that", "the witness said that".
    "i",
    "man",
    "woman",
    "occupant",
    "witness",
    "resident",
    "tenant",
    "applicant",
    "neighbour",
    "neighbor",
    "driver",
    "mother",
    "father",
    "brother",
    "sister",
    "son",
    "daughter",
    "wife",
    "husband",
];

/// The longest apposition ("held by rebel brigades since 2013") skipped before a passive.
pub(super) const APPOSITION_REACH: usize = 16;

/// Where an apposition between commas opens when it stands right before a passive's auxiliary
/// ("X, held by Y since 2013, was recaptured"), a fall or a verbless holding's verb ("came under
/// control"): the index of its opening comma.
pub(super) fn apposition_before_passive(
    tokens: &[Token],
    start: usize,
    trig: &Trigger,
) -> Option<usize> {
    let close = start.checked_sub(1).filter(|&c| tokens[c].norm == ",")?;
    // "X, where the displaced had sought shelter, came under government control": a verbless
    // holding's verb of coming.
    let coming = |w: &str| {
        trig.class == VerbClass::Verbless
            && ["came", "come", "comes", "went", "passed", "returned"].contains(&w)
    };
    let auxiliary = tokens[start..trig.tokens.start].iter().all(|a| {
        BE.contains(&a.norm.as_str())
            || ["has", "have", "had"].contains(&a.norm.as_str())
            || ADVERBS.contains(&a.norm.as_str())
            || coming(&a.norm)
    });
    // "X, on its western side, fell": a fall needs no auxiliary.
    let bare_fall = trig.class == VerbClass::Fall && start == trig.tokens.start;
    if !auxiliary || (start == trig.tokens.start && !bare_fall) {
        return None;
    }
    let open = (close.saturating_sub(APPOSITION_REACH)..close)
        .rev()
        .find(|&i| tokens[i].norm == ",")?;
    // Its words only, and a name before it to be the subject.
    let words_only = tokens[open + 1..close]
        .iter()
        .all(|t| t.is_word() || matches!(t.norm.as_str(), "'" | "'s"));
    (words_only && open > 0 && tokens[open - 1].is_word()).then_some(open)
}
