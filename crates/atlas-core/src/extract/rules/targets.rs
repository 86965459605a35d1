//! The places a trigger acts on: after it up to the end of its object, before it for a passive or
//! a fall, or in a relative clause; with the extent that quantifiers and parts give.

use super::*;

/// Where the places a trigger acts on end: the next trigger, a clause boundary, ", …ing", a claim.
pub(super) fn object_end(
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
const SUBJECT_PRONOUNS: &[&str] = &["we", "they", "he", "she", "i"];

/// "liberated X and Y, and the terrorists are now running south to Z", "was with the rebels, and
/// we bought them in Z", "…, and Bustan al-Qasr remains a front line": after a comma or "and", a
/// side or a pronoun, or a subject and a verb of being, opens a clause of its own.
fn new_subject_after(text: &str, tokens: &[Token], at: usize, lex: &Lexicon) -> bool {
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
const COPULAS: &[&str] = &[
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
const VERB_PREPOSITIONS: &[&str] = &[
    "in", "into", "to", "at", "from", "near", "around", "outside", "toward", "towards", "on",
];

/// "Rebels who lost X on 3 May regrouped in Y": a word in -ed, right after a name (not after a
/// determiner, an adjective's place) and before a preposition, is the verb of the next clause.
fn unknown_verb(text: &str, tokens: &[Token], from: usize, i: usize) -> bool {
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

/// Nouns of a part of a place, after "its" ("its northern streets", "its eastern half").
const PART_NOUNS: &[&str] = &[
    "streets",
    "street",
    "blocks",
    "block",
    "edge",
    "edges",
    "part",
    "parts",
    "half",
    "side",
    "sides",
    "outskirts",
    "centre",
    "center",
    "quarter",
    "quarters",
    "neighbourhoods",
    "neighborhoods",
    "districts",
    "corner",
    "end",
    "approaches",
    "section",
    "sections",
    "north",
    "south",
    "east",
    "west",
    "areas",
    "area",
    "outer",
    "heart",
    "rest",
    "remainder",
    "positions",
    "buildings",
    "market",
    "markets",
    "square",
];

/// The most tokens a relative clause inside a list of objects may hold.
const RELATIVE_CLAUSE_REACH: usize = 25;

/// "took X, which rebels had held since 2012, and Y": the places of the list that goes on after a
/// relative clause set off by commas right after the last target.
pub(super) fn list_after_relative(
    text: &str,
    tokens: &[Token],
    places: &[PlaceMention],
    targets: &[Target],
) -> Vec<Target> {
    let Some(last) = targets.last() else {
        return Vec::new();
    };
    let Some(after) = places
        .iter()
        .find(|p| p.range == last.range)
        .map(|p| p.tokens.end)
    else {
        return Vec::new();
    };
    let opens = tokens.get(after).is_some_and(|t| t.norm == ",")
        && tokens
            .get(after + 1)
            .is_some_and(|t| ["which", "where", "who", "whose", "when"].contains(&t.norm.as_str()));
    if !opens {
        return Vec::new();
    }
    let reach = (after + 2 + RELATIVE_CLAUSE_REACH).min(tokens.len());
    let Some(close) = (after + 2..reach).find(|&i| tokens[i].norm == ",") else {
        return Vec::new();
    };
    let mut at = close + 1;
    if !tokens
        .get(at)
        .is_some_and(|t| ["and", "or"].contains(&t.norm.as_str()))
    {
        return Vec::new();
    }
    at += 1;
    if tokens.get(at).is_some_and(|t| t.norm == "the") {
        at += 1;
    }
    let Some(first) = places.iter().position(|p| p.tokens.start == at) else {
        return Vec::new();
    };
    let list = lists(text, tokens, places)
        .into_iter()
        .find(|l| l.contains(&first))
        .unwrap_or(first..first + 1);
    places[first..list.end]
        .iter()
        .filter(|p| p.not_the_object.is_none() && !p.districts.is_empty())
        .map(|p| Target::named(p, last.extent, None))
        .collect()
}

/// "cleared X of rebels", "cleansed X of terrorists", "wrested X from the army", "handed X over to
/// the regime": a place inside the gap of a phrase that ends in "of", "from" or "to" is its object (in "drove the rebels out of X" the
/// gap holds a side, and the place follows).
pub(super) fn targets_in_gap(
    tokens: &[Token],
    places: &[PlaceMention],
    trig: &Trigger,
) -> Vec<Target> {
    let last = tokens[trig.tokens.end - 1].norm.as_str();
    if trig.tokens.len() < 3 || !["of", "from", "to"].contains(&last) {
        return Vec::new();
    }
    places
        .iter()
        .filter(|p| p.tokens.start > trig.tokens.start && p.tokens.end < trig.tokens.end)
        .filter(|p| p.not_the_object.is_none() && !p.districts.is_empty())
        .map(|p| Target::named(p, Extent::Full, None))
        .collect()
}

/// The places after a trigger, up to `end`, with their extents.
#[allow(clippy::too_many_arguments)]
pub(super) fn targets_after(
    text: &str,
    tokens: &[Token],
    places: &[PlaceMention],
    trig: &Trigger,
    end: usize,
    dates: &[DateMention],
    state: &DocState,
    lex: &Lexicon,
) -> Vec<Target> {
    let mut out: Vec<Target> = Vec::new();
    let mut window_start = trig.tokens.end;
    let mut inherited: Option<Extent> = None;
    let mut last_end = trig.tokens.end;
    let lists = lists(text, tokens, places);
    for (k, p) in places.iter().enumerate() {
        if p.tokens.start < trig.tokens.end || p.tokens.end > end {
            continue;
        }
        if p.not_the_object.is_some() {
            window_start = p.tokens.end;
            last_end = p.tokens.end;
            inherited = None;
            continue;
        }
        let anaphora = p.districts.is_empty();
        if anaphora && p.text.eq_ignore_ascii_case("it") {
            // "captured it", "took control of most of it": only right after the verb or a quantifier.
            let right_after = p.tokens.start == trig.tokens.end
                || quantifier_before(text, tokens, trig.tokens.end, p.tokens.start, lex)
                    .is_some_and(|(_, at)| at == trig.tokens.end);
            if !right_after {
                continue;
            }
        }
        // "its northern streets": a part of the last place; "its" alone is not an object.
        let possessive = anaphora && p.text.eq_ignore_ascii_case("its");
        // "its northern streets", "its southern edge": a part of the place; "its residents" is not.
        let part_follows = tokens[p.tokens.end..(p.tokens.end + 4).min(tokens.len())]
            .iter()
            .take_while(|t| t.is_word())
            .any(|t| PART_NOUNS.contains(&t.norm.as_str()));
        if possessive && !part_follows {
            continue;
        }
        if anaphora && names_the_last_target(text, tokens, p, &mut out, window_start, lex) {
            window_start = p.tokens.end;
            last_end = p.tokens.end;
            continue;
        }
        // "both neighbourhoods" after a list of the same sentence stands for that list.
        let listed = (anaphora && super::carry::is_plural_reference(&p.text))
            .then(|| super::carry::last_list_among(text, tokens, places, k))
            .flatten();
        let (districts, text_of) = if anaphora {
            match listed.or_else(|| state.referent(&p.text)) {
                Some(d) => (d, p.text.clone()),
                None => continue,
            }
        } else {
            (p.districts.clone(), p.text.clone())
        };
        let same_list = lists.iter().any(|l| l.contains(&k) && k > l.start);
        let mut extent = None;
        if let Some((q, _)) = quantifier_before(text, tokens, window_start, p.tokens.start, lex) {
            extent = Some(quantify(q));
        } else if same_list {
            extent = inherited;
        }
        if extent.is_none() && subpart_before(text, tokens, window_start, p.tokens.start) {
            extent = Some(Extent::Partial { fraction: None });
        }
        let base = trig.class_extent();
        let mut e = extent.unwrap_or(base);
        // "rebels hold the rest": what is left of a place is a part of it (taking "the rest"
        // completes it).
        let rest = anaphora
            && ["the rest", "the remainder"].contains(&p.text.to_lowercase().as_str())
            && trig.class == VerbClass::State;
        if (p.landmark || p.part || possessive || rest) && e == Extent::Full {
            e = Extent::Partial { fraction: None };
        }
        inherited = extent;
        // A date between the verb and the place is the place's own ("… and by the next day half of it").
        let date = dates
            .iter()
            .enumerate()
            .filter(|(_, d)| {
                !d.bound
                    && d.tokens.start >= trig.tokens.end
                    && d.tokens.end <= p.tokens.start
                    && d.tokens.start >= last_end
            })
            .map(|(i, _)| i)
            .next_back();
        out.push(Target {
            districts,
            text: text_of,
            range: p.range.clone(),
            extent: e,
            date,
            anaphoric: anaphora,
            ambiguous: p.how == PlaceHow::Ambiguous,
        });
        window_start = p.tokens.end;
        last_end = p.tokens.end;
    }
    out
}

/// The places before a passive or a fall: back to the clause start; after "which"/"that", the name
/// before it.
/// How many words of *be* and adverbs stand just before a trigger ("was reportedly").
fn verb_words_before(tokens: &[Token], trig: &Trigger) -> usize {
    tokens[..trig.tokens.start]
        .iter()
        .rev()
        .take_while(|t| {
            let w = t.norm.as_str();
            t.is_word()
                && (BE.contains(&w) || ADVERBS.contains(&w) || ["has", "have", "had"].contains(&w))
        })
        .count()
}

pub(super) fn targets_before(
    text: &str,
    tokens: &[Token],
    places: &[PlaceMention],
    actors: &[Actor],
    trig: &Trigger,
    state: &DocState,
    lex: &Lexicon,
) -> Vec<Target> {
    let (start, relative) = subject_start(text, tokens, places, actors, trig, lex);
    let chosen: Vec<&PlaceMention> = if relative {
        // "the Fardous district, which was also taken": the name just before "which".
        places
            .iter()
            .filter(|p| {
                p.tokens.end <= start && p.not_the_object.is_none() && !p.districts.is_empty()
            })
            .filter(|p| {
                tokens[p.tokens.end..start]
                    .iter()
                    .all(|t| !t.is_word() || name_is_generic(t, text))
            })
            .collect()
    } else {
        places
            .iter()
            .filter(|p| p.tokens.start >= start && p.tokens.end <= trig.tokens.start)
            .filter(|p| p.not_the_object.is_none() && !p.districts.is_empty())
            .collect()
    };
    if chosen.is_empty() && !relative {
        // "The district fell", "the neighbourhood was reported to be under government control":
        // the subject refers back to the last place named.
        return anaphoric_subject(text, tokens, places, start, trig, state)
            .into_iter()
            .collect();
    }
    let mut out = Vec::new();
    let mut window_start = if relative {
        chosen.first().map_or(start, |p| p.tokens.start)
    } else {
        start
    };
    for p in chosen {
        let q = quantifier_before(text, tokens, window_start, p.tokens.start, lex)
            .map(|(q, _)| quantify(q));
        let mut e = q.unwrap_or(Extent::Full);
        if (p.landmark || p.part) && e == Extent::Full {
            e = Extent::Partial { fraction: None };
        }
        out.push(Target::named(p, e, None));
        window_start = p.tokens.end;
    }
    out
}

/// Where the subject of a passive, a fall or a holding opens, walking back from the verb (over a
/// heading's colon, an apposition, the commas of a list), and whether it is a relative clause's
/// ("which", "whose quarter"): then the name before it is the subject.
fn subject_start(
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
fn set_off_participle(tokens: &[Token], places: &[PlaceMention], trig: &Trigger) -> Option<usize> {
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
fn opens_what_was_heard(
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

/// "took most of Bustan al-Basha today, about three quarters of the quarter": whether a reference
/// back `p` with a noun for one district, after a place this verb took (the last of `out`), is
/// that place; an amount before it is then that place's extent.
fn names_the_last_target(
    text: &str,
    tokens: &[Token],
    p: &PlaceMention,
    out: &mut [Target],
    window_start: usize,
    lex: &Lexicon,
) -> bool {
    let one_place =
        super::carry::names_a_place_noun(&p.text) && !super::carry::is_plural_reference(&p.text);
    let Some(last) = out.last_mut().filter(|t| one_place && !t.anaphoric) else {
        return false;
    };
    if let Some((q, _)) = quantifier_before(text, tokens, window_start, p.tokens.start, lex) {
        last.extent = quantify(q);
    }
    true
}

/// Verbs of saying and writing after which what is said may be rumour or claim.
const SAYING: &[&str] = &[
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
fn side_said_before(
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
const RECORDING_VERBS: &[&str] = &["notes", "noted", "records", "recorded", "established"];

/// Who a rumour is told by, even after "the" ("the people say that").
const RUMOUR_SAYERS: &[&str] = &[
    "people", "rumours", "rumors", "rumour", "rumor", "talk", "street",
];

/// Who tells what a report passes on ("a field source said that", "he told reporters that"),
/// unlike a rumour's "people say that".
const TELLERS: &[&str] = &[
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
const APPOSITION_REACH: usize = 16;

/// Where an apposition between commas opens when it stands right before a passive's auxiliary
/// ("X, held by Y since 2013, was recaptured"), a fall or a verbless holding's verb ("came under
/// control"): the index of its opening comma.
fn apposition_before_passive(tokens: &[Token], start: usize, trig: &Trigger) -> Option<usize> {
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

/// "the district", "it" as the subject before a passive, a fall or a verbless holding: the last place
/// named, when one is known.
fn anaphoric_subject(
    text: &str,
    tokens: &[Token],
    places: &[PlaceMention],
    start: usize,
    trig: &Trigger,
    state: &DocState,
) -> Option<Target> {
    let (k, p) = places.iter().enumerate().find(|(_, p)| {
        p.tokens.start >= start
            && p.tokens.end <= trig.tokens.start
            && p.districts.is_empty()
            && p.not_the_object.is_none()
            && !p.text.eq_ignore_ascii_case("its")
    })?;
    // "it was reported that…" is not a place: "it" must be the clause's first word.
    if p.text.eq_ignore_ascii_case("it") && p.tokens.start != start {
        return None;
    }
    // "entered X and Y, and both districts were under government control by …": a plural
    // reference stands for a list of its own sentence before the one of an earlier sentence.
    let listed = super::carry::is_plural_reference(&p.text)
        .then(|| super::carry::last_list_among(text, tokens, places, k))
        .flatten();
    let districts = listed.or_else(|| state.referent(&p.text))?;
    Some(Target {
        districts,
        text: p.text.clone(),
        range: p.range.clone(),
        extent: Extent::Full,
        date: None,
        anaphoric: true,
        ambiguous: false,
    })
}

/// The most words between "which" and its verb ("which the heroes of the Syrian Arab Army
/// liberated").
const RELATIVE_SUBJECT_REACH: usize = 10;

/// "al-Mashhad, which the army entered": the name before "which" (and the list it ends) is the
/// object of the verb.
pub(super) fn targets_of_relative(
    text: &str,
    tokens: &[Token],
    places: &[PlaceMention],
    actors: &[Actor],
    trig: &Trigger,
) -> Vec<Target> {
    let from = trig.tokens.start.saturating_sub(RELATIVE_SUBJECT_REACH);
    let Some(w) = (from..trig.tokens.start)
        .rev()
        .find(|&i| ["which", "that"].contains(&tokens[i].norm.as_str()))
    else {
        return Vec::new();
    };
    let clause = &tokens[w + 1..trig.tokens.start];
    // "Hanano, which it took on Saturday": a pronoun for a side will do as the subject (not for a
    // mere entry, "the capture of X, which it had entered the day before": the story's background).
    let pronoun_subject = trig.class == VerbClass::Change
        && clause
            .first()
            .is_some_and(|t| ["it", "they", "we"].contains(&t.norm.as_str()))
        && clause[1..].iter().all(|t| {
            ["had", "has", "have", "also", "already", "then", "just"].contains(&t.norm.as_str())
        });
    let has_subject = pronoun_subject
        || actors
            .iter()
            .any(|a| a.tokens.start > w && a.tokens.end <= trig.tokens.start);
    if !has_subject || !clause.iter().all(Token::is_word) {
        return Vec::new();
    }
    // "she filed from al-Shaar, which the army had taken": whatever stands before the name, the
    // clause is about it.
    let antecedent = places.iter().rev().find(|p| {
        p.tokens.end <= w
            && !p.districts.is_empty()
            && (tokens[p.tokens.end..w]
                .iter()
                .all(|t| !t.is_word() || name_is_generic(t, text))
                || (trig.class != VerbClass::State && apposition(&tokens[p.tokens.end..w])))
    });
    let Some(last) = antecedent else {
        return Vec::new();
    };
    // "al-Haydariyah and Sheikh Khodr, which the army secured": the list the clause follows.
    let mut list = vec![last];
    for p in places
        .iter()
        .rev()
        .filter(|p| p.tokens.end <= last.tokens.start)
    {
        let first = list[list.len() - 1];
        let joined = tokens[p.tokens.end..first.tokens.start]
            .iter()
            .all(|t| matches!(t.norm.as_str(), "," | "and" | "in" | "at" | "the"));
        if !joined || p.not_the_object.is_some() || p.districts.is_empty() {
            break;
        }
        list.push(p);
    }
    list.iter()
        .rev()
        .map(|p| {
            let partial = trig.class == VerbClass::Partial || p.landmark || p.part;
            Target::named(
                p,
                if partial {
                    Extent::Partial { fraction: None }
                } else {
                    Extent::Full
                },
                None,
            )
        })
        .collect()
}

/// Whether a verb's objects are all the name before its "which" or "that" ("Tariq al-Bab, which
/// government forces took"): every target ends before the verb, with "which" or "that" within
/// [`RELATIVE_SUBJECT_REACH`] words before it.
pub(super) fn object_of_relative(tokens: &[Token], trig: &Trigger, targets: &[Target]) -> bool {
    let verb_at = tokens[trig.tokens.start].start;
    let relative = (trig.tokens.start.saturating_sub(RELATIVE_SUBJECT_REACH)..trig.tokens.start)
        .any(|i| ["which", "that"].contains(&tokens[i].norm.as_str()));
    relative && !targets.is_empty() && targets.iter().all(|t| t.range.end <= verb_at)
}

/// The most words an apposition between a name and its "which" may hold.
const APPOSITION_WORDS: usize = 10;

/// ", the largest district in the north of the enclave,": an apposition after a comma, opened by
/// an article, between a name and the "which" or "that" of a clause about it (", the south-western
/// district that rebel fighters seized").
fn apposition(between: &[Token]) -> bool {
    let [first, second, inner @ ..] = between else {
        return false;
    };
    // The comma closing it, if one does.
    let inner = match inner.split_last() {
        Some((last, words)) if last.norm == "," => words,
        _ => inner,
    };
    first.norm == ","
        && ["the", "a", "an"].contains(&second.norm.as_str())
        && inner.len() < APPOSITION_WORDS
        && inner.iter().all(Token::is_word)
}

/// Whether the trigger's clause ends right after it, or after a date ("which the army secured on
/// 28/11, and …").
pub(super) fn nothing_after_but_a_date(
    tokens: &[Token],
    trig: &Trigger,
    mentions: &[DateMention],
) -> bool {
    let mut k = trig.tokens.end;
    loop {
        if let Some(m) = mentions.iter().find(|m| m.tokens.start == k) {
            k = m.tokens.end;
            continue;
        }
        // "on Friday 2 December": a weekday the day's mention leaves out of its words.
        let weekday_first = tokens
            .get(k + 1)
            .is_some_and(|t| crate::extract::dates::is_weekday_or_short(&t.norm));
        let date_at = if weekday_first { k + 2 } else { k + 1 };
        let date_next = mentions.iter().any(|m| m.tokens.start == date_at);
        if date_next
            && tokens
                .get(k)
                .is_some_and(|t| ["on", "in", "at"].contains(&t.norm.as_str()))
        {
            k = date_at;
            continue;
        }
        break;
    }
    tokens
        .get(k)
        .is_none_or(|t| matches!(t.norm.as_str(), "," | ";" | "." | ")"))
}

pub(super) fn name_is_generic(t: &Token, text: &str) -> bool {
    crate::model::names::name_key(t.text(text)).is_empty()
}

pub(super) fn quantify(q: Quantifier) -> Extent {
    if q.partial {
        Extent::Partial {
            fraction: q.fraction,
        }
    } else {
        Extent::Full
    }
}

/// The last quantifier in `from..to` (not across a comma), and where it starts: "most of", "a third of",
/// "30% of", "75 percent of".
pub(super) fn quantifier_before(
    text: &str,
    tokens: &[Token],
    from: usize,
    to: usize,
    lex: &Lexicon,
) -> Option<(Quantifier, usize)> {
    let from = (from..to)
        .rev()
        .find(|&i| matches!(tokens[i].text(text), "," | ";"))
        .map_or(from, |i| i + 1);
    let mut best = None;
    let mut s = from;
    while s < to {
        if let Some(f) = lex
            .quantifiers
            .longest_at(text, tokens, s)
            .filter(|f| f.end <= to)
        {
            best = Some((*f.value, s));
            s = f.end;
            continue;
        }
        // "30% of", "75 percent of"
        if let Some(n) = share_number(&tokens[s].norm) {
            if let Some(p) = lex.percent_words.longest_at(text, tokens, s + 1) {
                if tokens.get(p.end).is_some_and(|t| t.norm == "of")
                    && p.end < to
                    && n > 0.0
                    && n <= 100.0
                {
                    let fraction = (n / 100.0 * 1000.0).round() / 1000.0;
                    best = Some((
                        Quantifier {
                            partial: n < 100.0,
                            fraction: (n < 100.0).then_some(fraction),
                        },
                        s,
                    ));
                    s = p.end + 1;
                    continue;
                }
            }
        }
        s += 1;
    }
    best
}

/// Tens in words ("forty percent of"), for shares of a place.
const TENS: &[(&str, f64)] = &[
    ("ten", 10.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
];

/// A number before "percent": digits ("30") or tens in words ("sixty").
fn share_number(word: &str) -> Option<f64> {
    word.parse::<f64>()
        .ok()
        .or_else(|| TENS.iter().find(|(w, _)| *w == word).map(|&(_, n)| n))
}

/// "several building blocks in", "the exposed side of": something inside the place is the object.
pub(super) fn subpart_before(text: &str, tokens: &[Token], from: usize, to: usize) -> bool {
    (from + 1..to).any(|i| {
        let t = &tokens[i];
        let prev = &tokens[i - 1];
        SUBPART_PREPOSITIONS.contains(&t.norm.as_str())
            && prev.is_word()
            && prev
                .text(text)
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
            && !name_is_generic(prev, text)
            && !DETERMINERS.contains(&prev.norm.as_str())
            && prev.norm.parse::<f64>().is_err()
    })
}

/// The named places that may be objects, from token `from` to `end`.
fn objects_between(
    places: &[PlaceMention],
    from: usize,
    end: usize,
) -> impl Iterator<Item = &PlaceMention> {
    places.iter().filter(move |p| {
        p.tokens.start >= from
            && p.tokens.end <= end
            && p.not_the_object.is_none()
            && !p.districts.is_empty()
    })
}

/// "X and Y were retaken on 5 December, and al-Sha'ar on the following day": a place after "and"
/// that only a date follows, before the clause ends, takes the trigger again on its own date (the
/// verb is left out, not the change); so does one that closes the clause after "and" and its date
/// ("…, and on the following day Bab al-Nairab."). Places from `from` to `end` (the next trigger).
pub(super) fn gapped_targets(
    tokens: &[Token],
    places: &[PlaceMention],
    mentions: &[DateMention],
    trig: &Trigger,
    from: usize,
    end: usize,
) -> Vec<Target> {
    let norm = |i: usize| tokens.get(i).map_or("", |t| t.norm.as_str());
    let extent = trig.class_extent();
    // "…, and on the following day Bab al-Nairab.": the date before the place, after "and".
    let dated_before = objects_between(places, from + 1, end).filter_map(|p| {
        let (i, m) = mentions
            .iter()
            .enumerate()
            .find(|(_, m)| m.tokens.end == p.tokens.start && !m.bound)?;
        let mut b = m.tokens.start;
        if ["on", "in", "by"].contains(&norm(b.wrapping_sub(1))) {
            b -= 1;
        }
        let closes = matches!(norm(p.tokens.end), "" | "." | ";");
        (b > 0 && norm(b - 1) == "and" && closes).then(|| Target::named(p, extent, Some(i)))
    });
    let dated_before: Vec<Target> = dated_before.collect();
    objects_between(places, from + 1, end)
        .filter(|p| norm(p.tokens.start - 1) == "and")
        .filter_map(|p| {
            let at = p.tokens.end + usize::from(["on", "in", "by"].contains(&norm(p.tokens.end)));
            let (i, m) = mentions
                .iter()
                .enumerate()
                .find(|(_, m)| m.tokens.start == at && !m.bound)?;
            let closes = matches!(norm(m.tokens.end), "" | "," | "." | ";" | "(" | ")");
            closes.then(|| Target::named(p, extent, Some(i)))
        })
        .chain(dated_before)
        .collect()
}

/// "X fell on 12 December, the same day as al-Kallaseh": a place the text has not told a change of
/// yet, after "the same day as", changed with the trigger's places on the trigger's date (one it
/// has told of dates the change instead: [`super::counted_back::after_events`]).
pub(super) fn same_day_targets(
    tokens: &[Token],
    places: &[PlaceMention],
    from: usize,
    end: usize,
) -> Vec<Target> {
    let norm = |i: usize| tokens.get(i).map_or("", |t| t.norm.as_str());
    objects_between(places, from + 3, end)
        .filter(|p| {
            let s = p.tokens.start;
            norm(s - 1) == "as"
                && matches!(
                    norm(s - 2),
                    "day" | "night" | "evening" | "morning" | "time"
                )
                && norm(s - 3) == "same"
        })
        .map(|p| Target::named(p, Extent::Full, None))
        .collect()
}
