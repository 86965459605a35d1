//! Where the places a trigger acts on end: the next trigger, a clause's boundary, a participle
//! clause, a new subject after ", and", a claim, a verb the lexicon does not know.

use super::*;

/// Where the places a trigger acts on end: the next trigger, a clause boundary, ", …ing", a claim.
pub(in crate::extract::rules) fn object_end(
    text: &str,
    tokens: &[Token],
    from: usize,
    next_trigger: usize,
    lex: &Lexicon,
) -> usize {
    let mut i = from;
    while i < next_trigger {
        let t = &tokens[i];
        // "took over the final pocket: X, Y and Z": a colon that opens the list of what a
        // description before it names.
        // Not a clause of its own after the colon ("… has been removed: X is held by the
        // government").
        let list_follows = t.norm == ":"
            && tokens.get(i + 1).is_some_and(|n| n.is_word())
            && !tokens[i + 1..next_trigger.max(i + 1)]
                .iter()
                .take_while(|n| !matches!(n.norm.as_str(), "." | ";"))
                .any(|n| BE.contains(&n.norm.as_str()));
        if !t.is_word() && matches!(t.text(text), ";" | ":" | "." | "!" | "?") && !list_follows {
            return i;
        }
        if t.norm == "," {
            // ", leaving …", ", and withdrawing …": a participle clause of its own.
            let after = (i + 1..tokens.len()).find(|&k| {
                !["and", "also", "then", "thus", "thereby"].contains(&tokens[k].norm.as_str())
            });
            let participle = after.is_some_and(|k| {
                let a = &tokens[k];
                a.is_word()
                    && a.norm.ends_with("ing")
                    && a.norm.len() > 5
                    // ", including X" continues the list.
                    && lex.list_continuations.longest_at(text, tokens, k).is_none()
            });
            if participle {
                return i;
            }
        }
        if matches!(t.norm.as_str(), "," | "and") && new_subject_after(text, tokens, i, lex) {
            return i;
        }
        // "took the quarter on 17/06/2015 and now live in a school in X": "and" before an adverb
        // of time opens a verb of its own, its subject left out.
        let adverb_next = tokens
            .get(i + 1)
            .is_some_and(|n| ["now", "still", "later", "since"].contains(&n.norm.as_str()));
        if t.norm == "and" && adverb_next {
            return i;
        }
        // "took X today, and that Y fell to the army": "and that" opens another thing said.
        if t.norm == "and" && tokens.get(i + 1).is_some_and(|n| n.norm == "that") {
            return i;
        }
        if lex.list_continuations.longest_at(text, tokens, i).is_some() {
            i += 1;
            continue;
        }
        // "Sheikh Said": a capitalised word inside the object is a name, not a verb of saying.
        let name_word = t.text(text).starts_with(char::is_uppercase) && i > from;
        if lex.boundaries.longest_at(text, tokens, i).is_some()
            || (lex.claim_verbs.longest_at(text, tokens, i).is_some() && !name_word)
            || lex.claim_markers.longest_at(text, tokens, i).is_some()
            || unknown_verb(text, tokens, from, i)
        {
            return i;
        }
        i += 1;
    }
    next_trigger
}

/// Pronouns that open a clause of their own as its subject.
pub(super) const SUBJECT_PRONOUNS: &[&str] = &["we", "they", "he", "she", "i"];

/// "liberated X and Y, and the terrorists are now running south to Z", "was with the rebels, and
/// we bought them in Z", "…, and Bustan al-Qasr remains a front line": after a comma or "and", a
/// side or a pronoun, or a subject and a verb of being, opens a clause of its own.
pub(super) fn new_subject_after(text: &str, tokens: &[Token], at: usize, lex: &Lexicon) -> bool {
    let mut k = at + 1;
    while tokens
        .get(k)
        .is_some_and(|t| ["and", "then", "but", "while", "the"].contains(&t.norm.as_str()))
    {
        k += 1;
    }
    let Some(t) = tokens.get(k) else {
        return false;
    };
    let actor_end = lex
        .actors
        .longest_at(text, tokens, k)
        .map(|f| f.end)
        .or_else(|| lex.pejoratives.longest_at(text, tokens, k).map(|f| f.end))
        .or_else(|| SUBJECT_PRONOUNS.contains(&t.norm.as_str()).then_some(k + 1));
    // Not "and the army's positions in Z": a possessive is no subject.
    let side_subject = actor_end.is_some_and(|e| tokens.get(e).is_some_and(|n| n.is_word()));
    // "…, and Bustan al-Qasr remains a front line": after a comma and a link, a verb of being
    // within a few words, before any other mark, is a clause of its own.
    let linked = tokens[at].norm == ","
        && tokens
            .get(at + 1)
            .is_some_and(|t| ["and", "but", "while"].contains(&t.norm.as_str()));
    let being_follows = linked
        && tokens[k..]
            .iter()
            .take(6)
            .take_while(|t| t.is_word())
            .any(|t| COPULAS.contains(&t.norm.as_str()));
    // "…, and families coming out of the Old City are being brought …": a noun and a participle
    // after it open a clause about others.
    let others_doing = linked
        && t.is_word()
        && t.text(text).starts_with(char::is_lowercase)
        && tokens
            .get(k + 1)
            .is_some_and(|n| n.is_word() && n.norm.ends_with("ing") && n.norm.chars().count() > 5);
    side_subject || being_follows || others_doing
}

/// Verbs of being that open a clause of their own after ", and" and a subject.
pub(super) const COPULAS: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "remains",
    "remained",
    "remain",
    "stays",
    "stayed",
    // Where a line lies: "…, and the line now runs along the edge of the Old City".
    "runs",
    "ran",
    "lies",
    "stretches",
];

/// Prepositions after which a word in -ed is a verb of its own ("regrouped in", "retreated to").
pub(super) const VERB_PREPOSITIONS: &[&str] = &[
    "in", "into", "to", "at", "from", "near", "around", "outside", "toward", "towards", "on",
];

/// "Rebels who lost X on 3 May regrouped in Y": a word in -ed, right after a name (not after a
/// determiner, an adjective's place) and before a preposition, is the verb of the next clause.
pub(super) fn unknown_verb(text: &str, tokens: &[Token], from: usize, i: usize) -> bool {
    let t = &tokens[i];
    // "Sheikh Saeed on Monday": a capitalised word is a name, not a verb.
    if t.text(text).starts_with(char::is_uppercase) {
        return false;
    }
    let before = i.checked_sub(1).filter(|&b| b >= from).map(|b| &tokens[b]);
    let after_a_name = before.is_some_and(|b| {
        b.is_word() && !DETERMINERS.contains(&b.norm.as_str()) && b.norm != "and" && b.norm != "or"
    });
    t.is_word()
        && t.norm.ends_with("ed")
        && t.norm.len() > 4
        && after_a_name
        && tokens
            .get(i + 1)
            .is_some_and(|n| VERB_PREPOSITIONS.contains(&n.norm.as_str()))
}
