//! What reports no change whatever its places: a verb of no change, a hypothetical or attempted
//! one, an indirect question, a standing holding (told apart in [`super::holdings`]), and a bare
//! fall with an object of its own.

use super::holdings::*;
use super::*;
use crate::model::source::ceil_char_boundary;

/// Words before "who" or "whether" that make what follows a question ("it is unclear who holds
/// X", "nobody can say whether the army took X").
const ASKING: &[&str] = &[
    ":",
    ";",
    "unclear",
    "know",
    "knows",
    "say",
    "sure",
    "clear",
    "asked",
    "ask",
    "asks",
    "certain",
    "wonder",
    "wondered",
    "uncertain",
    "disputed",
    "tell",
];

/// "Who held it that evening the court cannot say", "it is unclear whether the army took X": a
/// trigger right after "who" or "whether" that opens the sentence, or follows a word of asking,
/// is asked about, not reported.
pub(super) fn indirect_question(tokens: &[Token], trig: &Trigger) -> bool {
    let Some(w) = trig.tokens.start.checked_sub(1) else {
        return false;
    };
    let right_before = ["who", "whether"].contains(&tokens[w].norm.as_str())
        && (w == 0 || ASKING.contains(&tokens[w - 1].norm.as_str()));
    right_before || asked_whether_before(tokens, trig)
}

/// How far before a trigger "whether" may open the question it is in.
const WHETHER_REACH: usize = 12;

/// "The residents asked us whether it was true that armed men had come into X": "whether" after
/// a word of asking (a pronoun between at most) earlier in the trigger's clause.
fn asked_whether_before(tokens: &[Token], trig: &Trigger) -> bool {
    let from = trig.tokens.start.saturating_sub(WHETHER_REACH);
    let Some(w) = (from..trig.tokens.start)
        .rev()
        .take_while(|&k| !matches!(tokens[k].norm.as_str(), "." | ";" | ":" | "!" | "?"))
        .find(|&k| tokens[k].norm == "whether")
    else {
        return false;
    };
    let asked = |k: usize| ASKING.contains(&tokens[k].norm.as_str());
    (w >= 1 && asked(w - 1))
        || (w >= 2 && asked(w - 2) && OBJECT_PRONOUNS.contains(&tokens[w - 1].norm.as_str()))
}

/// Pronouns that may stand between a word of asking and "whether" ("asked us whether").
const OBJECT_PRONOUNS: &[&str] = &["us", "me", "him", "her", "them", "you"];

/// Whether a trigger stands inside quotation marks opened earlier in the sentence.
pub(super) fn in_quotes(tokens: &[Token], trig: &Trigger) -> bool {
    quote_opened_at(tokens, trig).is_some()
}

/// Where the quotation marks a trigger stands inside open, if it does.
fn quote_opened_at(tokens: &[Token], trig: &Trigger) -> Option<usize> {
    let mut open = None;
    for (k, t) in tokens[..trig.tokens.start].iter().enumerate() {
        match t.norm.as_str() {
            "\"" => open = if open.is_some() { None } else { Some(k) },
            "\u{201C}" => open = Some(k),
            "\u{201D}" => open = None,
            _ => {}
        }
    }
    open
}

/// Words for a published line quoted as such.
const TITLES: &[&str] = &[
    "headline",
    "headlines",
    "caption",
    "title",
    "chyron",
    "banner",
    "strapline",
    // "The wording \"have retaken X\" goes too far": words quoted to be judged.
    "wording",
    "phrase",
    "phrasing",
    "formulation",
];
/// How far before its quotation marks a word for a title may stand ("a headline on our live
/// page on Wednesday, \"…\"").
const TITLE_REACH: usize = 10;

/// "a headline on our live page, \"Rebels retake X\", which stayed up for 40 minutes": a quoted
/// title is something published, talked about, not news of its own.
/// A field of the text's own labelled by a title word ("Caption: \"26 November 2016: …\"", a
/// keyframe's caption) is the text's own words, not a title talked about.
pub(super) fn quoted_title(tokens: &[Token], trig: &Trigger) -> bool {
    quote_opened_at(tokens, trig).is_some_and(|q| {
        let own_field =
            q == 2 && TITLES.contains(&tokens[0].norm.as_str()) && tokens[1].norm == ":";
        !own_field
            && tokens[q.saturating_sub(TITLE_REACH)..q]
                .iter()
                .any(|t| TITLES.contains(&t.norm.as_str()))
    })
}

/// Words of a correction before the wrong words it quotes: an errata slip's "for \"…\"" (what it
/// says to "read" instead is the right wording, and reports), an editor's "delete \"…\"", a
/// reader's "change \"…\" to".
const CORRECTING: &[&str] = &["for", "delete", "change", "replace"];

/// "14: for \"rebels entered X on 17 July\" read \"… on 22 July\"": the wording a correction
/// strikes reports nothing.
pub(super) fn quoted_for_correction(tokens: &[Token], trig: &Trigger) -> bool {
    quote_opened_at(tokens, trig)
        .and_then(|q| q.checked_sub(1))
        .is_some_and(|k| CORRECTING.contains(&tokens[k].norm.as_str()))
}

/// Whether a trigger reports no change whatever its places: a verb of no change, a hypothetical or
/// attempted one, a standing verbless holding, a look back ("after the capture of"), a holding that
/// lasted ("held it for months").
pub(super) fn set_aside(
    text: &str,
    tokens: &[Token],
    trig: &Trigger,
    clause_end: usize,
    mentions: &[DateMention],
    lex: &Lexicon,
) -> bool {
    trig.class == VerbClass::NoChange
        || hypothetical(text, tokens, trig, lex)
        || (trig.class == VerbClass::Verbless
            && !new_holding(tokens, trig)
            && !held_by_then(tokens, mentions, trig)
            && !held_since_today(tokens, trig)
            && !held_as_of_today(tokens, mentions, trig))
        || (trig.nominal
            && backward(text, tokens, trig, lex)
            && !counted_from_a_date(tokens, mentions, trig)
            && !dated_in_its_phrase(tokens, mentions, trig))
        || held_for_a_while(tokens, trig, clause_end)
        || (matches!(trig.class, VerbClass::State | VerbClass::Verbless)
            && says_no_change(tokens, trig))
        || standing_relative(tokens, trig)
        || (gerund_look_back(tokens, trig) && !counted_from_a_date(tokens, mentions, trig))
        || gerund_without(tokens, trig)
        || munitions_fell(tokens, trig)
        || super::scope::no_sign_of(tokens, trig)
        || indirect_question(tokens, trig)
        || clears_things(tokens, trig)
        || imperative(text, tokens, trig)
        || takes_no_place(tokens, trig)
        || carries_things_to(text, tokens, trig)
        || got_into_all(tokens, trig)
        || holds_only(tokens, trig)
        || to_come_when(tokens, trig)
        || held_after_repelling(text, tokens, trig, lex)
        || told_not_to_say(tokens)
        || things_held(tokens, trig)
        || describes_what_was_held(tokens, trig)
        || still_held(tokens, trig)
        || held_meanwhile(tokens, trig)
        || repelled_before(text, tokens, trig, lex)
        || bystander_enters(tokens, trig)
        || quoted_title(tokens, trig)
        || quoted_for_correction(tokens, trig)
        || super::withdrawn::statement_taken_back(tokens, trig)
        || super::withdrawn::statement_found_false(tokens, trig)
        || super::withdrawn::rumour_going_round(tokens, trig)
        || super::withdrawn::nobody_showed(tokens, trig)
        || super::withdrawn::said_before_it_happened(tokens, trig)
        || super::withdrawn::nobody_says_so(tokens, trig)
        || super::withdrawn::writing_quoted(tokens, trig)
        || super::withdrawn::told_to_ignore(tokens, trig)
        || super::withdrawn::nameless_post(tokens, trig)
        || super::withdrawn::unnamed_voice_says(tokens, trig)
        || super::withdrawn::put_as_true_or_false(tokens, trig)
        || super::withdrawn::denied_before(text, tokens, trig, lex)
        || super::withdrawn::rests_on_old_footage(tokens, trig)
        || driven_back_from(tokens, trig)
        || told_as_a_time(tokens, trig)
        || held_since_a_period(tokens, trig, mentions)
        || loses_belongings(tokens, trig)
        || super::verdicts::row_judged_false(text, tokens, trig)
        || labelled_false(tokens)
        || marked_not_published(text, tokens)
        || struck_out(text, tokens, trig)
        || standing_present(text, tokens, trig, mentions, lex)
        || control_left(tokens, trig)
        || secured_as_a_loan(tokens, trig)
        || fighting_inside(tokens, trig)
}

/// Nouns of fighting, which may be "inside" a place without anyone holding it.
const FIGHTING: &[&str] = &[
    "fighting", "clashes", "battles", "combat", "shelling", "gunfire", "firing", "fire",
];

/// "fighting is inside the district": fighting in a place is no holding of it.
fn fighting_inside(tokens: &[Token], trig: &Trigger) -> bool {
    let inside = tokens[trig.tokens.clone()]
        .iter()
        .any(|t| t.norm == "inside");
    let subject = trig
        .tokens
        .start
        .checked_sub(1)
        .map(|k| tokens[k].norm.as_str());
    inside && subject.is_some_and(|w| FIGHTING.contains(&w))
}

/// "Loans secured on property in X", "secured against the house": a debt secured, not a place.
fn secured_as_a_loan(tokens: &[Token], trig: &Trigger) -> bool {
    let norm = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
    let end = trig.tokens.end;
    norm(trig.tokens.start) == "secured"
        && trig.tokens.len() == 1
        && (norm(end) == "against" || (norm(end) == "on" && COLLATERAL.contains(&norm(end + 1))))
}

/// What a loan is secured on.
const COLLATERAL: &[&str] = &[
    "property",
    "properties",
    "assets",
    "land",
    "real",
    "buildings",
];

/// How far before a side's "control" its "from" may stand ("from rebel control", "from the
/// opposition's control").
const CONTROL_LEFT_REACH: usize = 4;

/// "X: from rebel control to government control": the control a place passed from is the one it
/// left; the change is told by the "to" after it.
fn control_left(tokens: &[Token], trig: &Trigger) -> bool {
    trig.class == VerbClass::State
        && tokens[trig.tokens.start].norm == "control"
        && (trig.tokens.start.saturating_sub(CONTROL_LEFT_REACH)..trig.tokens.start)
            .rev()
            .take_while(|&k| tokens[k].is_word() || tokens[k].norm == "'s")
            .any(|k| tokens[k].norm == "from")
}

/// "Following the capture of X by the army on Monday 12/12/2016, the hospital …", "Following the
/// liberation of X by the army yesterday": a look back whose own phrase dates the change tells of
/// that change.
fn dated_in_its_phrase(tokens: &[Token], mentions: &[DateMention], trig: &Trigger) -> bool {
    mentions.iter().any(|m| {
        !m.bound
            && m.tokens.start >= trig.tokens.end
            && tokens[trig.tokens.end..m.tokens.start]
                .iter()
                .all(|t| !matches!(t.norm.as_str(), "," | ";"))
    })
}

/// "it had driven them back from both districts": attackers driven back from a place did not take
/// it; the place was held.
/// Not a side that pulled back from a place: that is a loss.
fn driven_back_from(tokens: &[Token], trig: &Trigger) -> bool {
    let words = &tokens[trig.tokens.clone()];
    trig.class == VerbClass::Change
        && words.last().is_some_and(|t| t.norm == "from")
        && words.len() >= 2
        && words[words.len() - 2].norm == "back"
}

/// How far before a verb "the last time" or "every time" may open its clause.
const AS_A_TIME_REACH: usize = 6;

/// "the last time the YPG went into X, they were out again within a day", "every time the army
/// entered X": a verb in a clause that names a time by it tells when, not what changed.
fn told_as_a_time(tokens: &[Token], trig: &Trigger) -> bool {
    let from = trig.tokens.start.saturating_sub(AS_A_TIME_REACH);
    (from..trig.tokens.start).any(|k| {
        let opens = tokens[k].norm == "whenever"
            || (tokens[k].norm == "time"
                && k > 0
                && ["last", "every", "each"].contains(&tokens[k - 1].norm.as_str()));
        opens
            && !tokens[k..trig.tokens.start]
                .iter()
                .any(|t| matches!(t.norm.as_str(), "," | ";"))
    })
}

/// People who go into a place without taking it: reporters, crews, aid workers, residents.
const BYSTANDERS: &[&str] = &[
    "crew",
    "crews",
    "correspondent",
    "correspondents",
    "reporter",
    "reporters",
    "journalist",
    "journalists",
    "photographer",
    "team",
    "teams",
    "convoy",
    "convoys",
    "delegation",
    "inspectors",
    "observers",
    "residents",
    "civilians",
    "i",
    "family",
    "families",
    "household",
    "households",
    "relatives",
    "refugees",
    "displaced",
    "children",
    "pupils",
    "students",
    "patients",
    "volunteers",
    "workers",
    "engineers",
    "technicians",
    "staff",
    "doctors",
    "medics",
    // Not "committees": "Kurdish committees took control of X" are a side's.
    "committee",
    "commission",
    "officials",
    "surveyors",
    "inspectors",
    "section",
    "team",
    "teams",
    "crews",
];

/// Words that may stand between a bystander and its verb ("the Committee was able to enter it").
const BYSTANDER_AUXILIARIES: &[&str] = &["was", "were", "able", "to", "could", "then", "also"];

/// "An RT crew that entered al-Marjeh with the army", "a correspondent who entered the district",
/// "the Committee was able to enter it": a verb whose subject, right before it (or its
/// auxiliaries), is a bystander reports no change.
pub(super) fn bystander_enters(tokens: &[Token], trig: &Trigger) -> bool {
    let word = |k: Option<usize>| {
        k.and_then(|k| tokens.get(k))
            .map_or("", |t| t.norm.as_str())
    };
    let mut k = trig.tokens.start.checked_sub(1);
    for _ in 0..4 {
        if !BYSTANDER_AUXILIARIES.contains(&word(k)) {
            break;
        }
        k = k.and_then(|k| k.checked_sub(1));
    }
    if ["that", "who", "which"].contains(&word(k)) {
        k = k.and_then(|k| k.checked_sub(1));
    }
    BYSTANDERS.contains(&word(k))
}

/// How many words may stand between a verb of no change and the push it stopped ("repelled the
/// regime's push into").
const REPELLED_REACH: usize = 3;

/// "Rebels repelled a regime push into X", "halted the army's advance into Y": a verb of no change
/// just before the trigger makes it the noun of what was stopped.
pub(super) fn repelled_before(text: &str, tokens: &[Token], trig: &Trigger, lex: &Lexicon) -> bool {
    let from = trig.tokens.start.saturating_sub(REPELLED_REACH + 2);
    (from..trig.tokens.start).any(|s| {
        lex.verbs.longest_at(text, tokens, s).is_some_and(|f| {
            *f.value == VerbClass::NoChange
                && f.end <= trig.tokens.start
                && trig.tokens.start - f.end <= REPELLED_REACH
                && tokens[f.end..trig.tokens.start]
                    .iter()
                    .all(|t| t.is_word() || t.norm == "'s" || t.norm == "'")
        })
    })
}

/// Labels a fact-check or a debunking list puts before a story it calls false.
const FALSE_LABELS: &[&str] = &[
    "disinformation",
    "misinformation",
    "fake",
    "false",
    "myth",
    "hoax",
    "debunked",
];

/// "Disinformation: Rebels have retaken X from the Syrian army.", "Draft: \"Army takes X.\"": a
/// sentence labelled false, or as not published.
pub(super) fn labelled_false(tokens: &[Token]) -> bool {
    let first = tokens.iter().position(Token::is_word);
    first.is_some_and(|k| {
        (FALSE_LABELS.contains(&tokens[k].norm.as_str()) || tokens[k].norm == "draft")
            && tokens.get(k + 1).is_some_and(|t| t.norm == ":")
    })
}

/// An editor's mark, in capitals, that a line was never published or was taken back.
const NOT_PUBLISHED: &[&[&str]] = &[
    &["NOT", "SENT"],
    &["DO", "NOT", "RUN"],
    &["DO", "NOT", "RERUN"],
    &["DO", "NOT", "USE"],
];

/// "DRAFT NOT SENT | \"Rebels retake X\" - HELD by duty editor", "PULLED 16:21: \"…\" … DO NOT
/// RERUN": an alert log's line marked as never sent or taken back reports nothing.
pub(super) fn marked_not_published(text: &str, tokens: &[Token]) -> bool {
    NOT_PUBLISHED.iter().any(|mark| {
        tokens
            .windows(mark.len())
            .any(|w| w.iter().zip(mark.iter()).all(|(t, m)| t.text(text) == *m))
    })
}

/// Marks that open and close words struck out: HTML's and a wiki's, and Markdown's "~~" (not
/// "<s>", which speech markup opens each sentence with).
const STRIKE_MARKS: &[(&str, &str)] =
    &[("<del>", "</del>"), ("<strike>", "</strike>"), ("~~", "~~")];

/// How far back on its line a strike's opening mark is looked for.
const STRIKE_REACH: usize = 600;

/// "<del>Rebels retook X on 4 December 2016</del>", "~~Army takes X~~": words
/// struck out (a mark opened before the trigger on its line and not closed) report nothing.
fn struck_out(text: &str, tokens: &[Token], trig: &Trigger) -> bool {
    let at = tokens[trig.tokens.start].start;
    let before = &text[ceil_char_boundary(text, at.saturating_sub(STRIKE_REACH))..at];
    let line = &before[before.rfind('\n').map_or(0, |k| k + 1)..];
    STRIKE_MARKS.iter().any(|(open, close)| {
        if open == close {
            line.matches(open).count() % 2 == 1
        } else {
            line.rfind(open).is_some_and(|o| !line[o..].contains(close))
        }
    })
}

/// What a side or a person may lose that is no place ("lost its home", "lost their lives").
const LOST_BELONGINGS: &[&str] = &[
    "home",
    "homes",
    "house",
    "houses",
    "life",
    "lives",
    "job",
    "jobs",
    "livelihood",
    "family",
    "son",
    "sons",
    "daughter",
    "daughters",
    "father",
    "mother",
    "brother",
    "brothers",
    "sister",
    "husband",
    "wife",
    "friends",
    "shop",
    "business",
    "clinic",
    "school",
    "pitch",
    "ground",
];
/// Possessives before what was lost.
const POSSESSIVES: &[&str] = &["its", "their", "his", "her", "my", "our", "your"];

/// "the academy lost its home and moved to X": a loss of one's belongings is no loss of a place.
pub(super) fn loses_belongings(tokens: &[Token], trig: &Trigger) -> bool {
    let word = |i: usize| tokens.get(i).map_or("", |t| t.norm.as_str());
    trig.class == VerbClass::Loss
        && POSSESSIVES.contains(&word(trig.tokens.end))
        && LOST_BELONGINGS.contains(&word(trig.tokens.end + 1))
}

/// Forms of "take" that are a trigger alone.
const TAKE_FORMS: &[&str] = &["take", "takes", "took", "taken", "taking"];
/// Words right after "take" that make it anything but a capture: "taken to a field hospital",
/// "took part in", "took place", "took refuge in", "took hostages".
const TAKEN_ELSEWHERE: &[&str] = &[
    "to",
    "part",
    "place",
    "refuge",
    "shelter",
    "cover",
    "hostage",
    "hostages",
    "prisoner",
    "prisoners",
    "care",
    "note",
    "aim",
    "photos",
    "pictures",
    "time",
    "hours",
    "days",
    "weeks",
    "months",
    "years",
];

/// "has been taken to a field hospital", "took refuge in X": a "take" whose next word says it takes
/// something else than a place.
pub(super) fn takes_no_place(tokens: &[Token], trig: &Trigger) -> bool {
    let word = |i: usize| tokens.get(i).map_or("", |t| t.norm.as_str());
    // "takes the wounded from the south": people taken, not a place.
    let object = if word(trig.tokens.end) == "the" {
        trig.tokens.end + 1
    } else {
        trig.tokens.end
    };
    // "took part of X" takes a place; "took part in" does not.
    let part_of = word(trig.tokens.end) == "part" && word(trig.tokens.end + 1) == "of";
    // "P6: pictures taken yesterday in Sheikh Saeed": a picture taken in a place.
    let thing_taken = trig.tokens.start > 0
        && word(trig.tokens.start) == "taken"
        && THINGS_TAKEN.contains(&word(trig.tokens.start - 1));
    trig.tokens.len() == 1
        && TAKE_FORMS.contains(&word(trig.tokens.start))
        && ((TAKEN_ELSEWHERE.contains(&word(trig.tokens.end)) && !part_of)
            || TAKEN_PEOPLE.contains(&word(object))
            || thing_taken)
}

/// Things taken in a place, the word before "taken" ("pictures taken in X", "samples taken").
const THINGS_TAKEN: &[&str] = &[
    "picture",
    "pictures",
    "photo",
    "photos",
    "photograph",
    "photographs",
    "image",
    "images",
    "footage",
    "shots",
    "video",
    "videos",
    "sample",
    "samples",
    "readings",
    "measurements",
    "notes",
    "statements",
];

/// Verbs an instruction forbids ("Do NOT credit …", "Do not write that …").
const FORBIDDEN_SAYINGS: &[&str] = &[
    "credit", "accept", "say", "write", "report", "use", "state", "claim", "repeat", "print",
    // A map's: "Do NOT draw: a rebel claim to have entered X".
    "draw", "map", "plot", "mark", "shade", "colour", "color",
];

/// "- Do NOT credit answers stating that the opposition retook X": a line that forbids saying
/// something reports none of it.
fn told_not_to_say(tokens: &[Token]) -> bool {
    let words: Vec<&str> = tokens
        .iter()
        .filter(|t| t.is_word())
        .take(3)
        .map(|t| t.norm.as_str())
        .collect();
    matches!(words.as_slice(), ["do", "not", verb, ..] if FORBIDDEN_SAYINGS.contains(verb))
        || matches!(words.as_slice(), ["never", verb, ..] if FORBIDDEN_SAYINGS.contains(verb))
}

/// Words that open a clause of what is to come when its verb is in the present ("when the army
/// takes X back", "once troops enter X").
const TO_COME_OPENERS: &[&str] = &["when", "once", "until", "unless", "if", "till", "before"];
/// How far before the verb its opener may stand.
const TO_COME_REACH: usize = 6;

/// "The manager expects to reopen when the army takes X back", "once the quarter has been
/// secured", "no crew to go before the area is handed over": a verb in the present (or present
/// perfect, or passive present) after "when", "once", "until", "if" or "before" tells of what is
/// to come, not of a change.
fn to_come_when(tokens: &[Token], trig: &Trigger) -> bool {
    let verb = tokens[trig.tokens.start].norm.as_str();
    // "takes", "enters", "falls": the present's third person ("was", "has" are not change verbs).
    let present = verb.len() > 3 && verb.ends_with('s') && !verb.ends_with("ss");
    // "once the quarter has been fully secured": the present perfect, too; "before the area is
    // handed over": the passive present.
    let perfect = tokens[trig.tokens.start.saturating_sub(3)..trig.tokens.start]
        .iter()
        .any(|t| t.norm == "has" || t.norm == "have");
    let passive = trig
        .tokens
        .start
        .checked_sub(1)
        .is_some_and(|k| ["is", "are"].contains(&tokens[k].norm.as_str()));
    let from = trig.tokens.start.saturating_sub(TO_COME_REACH);
    (present || perfect || passive)
        && !trig.nominal
        && (from..trig.tokens.start).rev().any(|k| {
            TO_COME_OPENERS.contains(&tokens[k].norm.as_str())
                && tokens[k + 1..trig.tokens.start].iter().all(Token::is_word)
        })
}

/// Words for a side of a place ("the northern streets of X").
const SIDES: &[&str] = &[
    "northern", "southern", "eastern", "western", "upper", "lower", "outer", "north", "south",
    "east", "west",
];

/// "The army got into part of X", "soldiers had got into the northern streets of X": a side that
/// "got into" a place took part of it; "got into X", "got into trouble", "got into the car" tell of
/// nothing taken.
fn got_into_all(tokens: &[Token], trig: &Trigger) -> bool {
    let got = ["got", "gets"].contains(&tokens[trig.tokens.start].norm.as_str());
    let word = |k: usize| {
        tokens
            .get(trig.tokens.end + k)
            .map_or("", |t| t.norm.as_str())
    };
    // "got back into part of X": the verb's phrase may hold the part itself.
    let part = tokens[trig.tokens.clone()]
        .iter()
        .any(|t| ["part", "parts", "some", "most"].contains(&t.norm.as_str()))
        || ["part", "parts"].contains(&word(0))
        || (word(0) == "a" && word(1) == "part")
        || (word(0) == "the" && SIDES.contains(&word(1)));
    got && !part
}

/// The most words a thing carried may run to between "take" and "to" ("taking flour to").
const CARRIED_REACH: usize = 4;
/// Words after "take" that keep it a capture even before a "to" ("took back to", "took control").
const TAKEN_AS_PLACE: &[&str] = &[
    "back", "over", "control", "all", "most", "half", "part", "parts", "whole", "it", "them",
];

/// "They were taking flour to al-Hamdaniyeh", "took the wounded to X": a thing, in words of lower
/// case, carried to a place; the place is where it went, not what was taken.
fn carries_things_to(text: &str, tokens: &[Token], trig: &Trigger) -> bool {
    let end = trig.tokens.end;
    if trig.tokens.len() != 1 || !TAKE_FORMS.contains(&tokens[trig.tokens.start].norm.as_str()) {
        return false;
    }
    let Some(to) =
        (end + 1..(end + 1 + CARRIED_REACH).min(tokens.len())).find(|&k| tokens[k].norm == "to")
    else {
        return false;
    };
    // "the Red Crescent is taking them to Jibreen": a pronoun right before "to" is who is carried.
    let carried_pronoun =
        to == end + 1 && ["them", "him", "her", "us"].contains(&tokens[end].norm.as_str());
    carried_pronoun
        || tokens[end..to].iter().all(|t| {
            t.is_word()
                && t.text(text).starts_with(char::is_lowercase)
                && !TAKEN_AS_PLACE.contains(&t.norm.as_str())
        })
}

/// People a "take" may take ("takes the wounded", "took prisoners"), which no place is.
const TAKEN_PEOPLE: &[&str] = &[
    "wounded",
    "injured",
    "casualties",
    "patients",
    "refugees",
    "families",
    "people",
    "civilians",
    "children",
    "survivors",
    "dead",
    "bodies",
];

/// What is cleared when nobody is driven out: mines, rubble, roads.
const CLEARED_THINGS: &[&str] = &[
    "mines",
    "landmines",
    "mine",
    "rubble",
    "debris",
    "explosives",
    "ordnance",
    "unexploded",
    "booby",
    "booby-traps",
    "ieds",
    "roads",
    "road",
    "streets",
    "snow",
    "bodies",
    "barricades",
    "roadblocks",
    "obstacles",
    "wreckage",
];

/// Verbs of change in their plain form, which open a sentence only as a command.
const PLAIN_FORMS: &[&str] = &[
    "take", "seize", "capture", "enter", "hold", "control", "retake", "clear", "storm", "liberate",
    "secure", "free", "avoid", "use",
];

/// "Take the road through al-Sabil.": a sentence that opens with a verb's plain form is a command,
/// not a report.
fn imperative(text: &str, tokens: &[Token], trig: &Trigger) -> bool {
    let first = tokens.iter().position(Token::is_word);
    first == Some(trig.tokens.start)
        && PLAIN_FORMS.contains(&tokens[trig.tokens.start].norm.as_str())
        && tokens[trig.tokens.start]
            .text(text)
            .starts_with(char::is_uppercase)
}

/// "engineers finish clearing mines", "cleared the district of rubble": a clearing of things, not of
/// an enemy — the word right after "clear" (or after its "of"/"from") is one of [`CLEARED_THINGS`].
pub(super) fn clears_things(tokens: &[Token], trig: &Trigger) -> bool {
    if !tokens[trig.tokens.start].norm.starts_with("clear") {
        return false;
    }
    let after_clear = trig.tokens.start + 1..(trig.tokens.start + 3).min(tokens.len());
    let after_trigger = trig.tokens.end..(trig.tokens.end + 2).min(tokens.len());
    after_clear
        .chain(after_trigger)
        .any(|i| CLEARED_THINGS.contains(&tokens[i].norm.as_str()))
}

/// Words of a fall that only report one without an object of their own: "X and Y followed the
/// next day", "X went the same night", "X is gone".
const BARE_FALLS: &[&str] = &["followed", "went", "gone"];
/// Words after such a verb that leave it without an object ("followed soon after", "followed
/// suit", "is gone entirely").
const AFTER_BARE_FALL: &[&str] = &[
    "suit",
    "soon",
    "shortly",
    "later",
    "quickly",
    "within",
    "hours",
    "days",
    "in",
    "on",
    "the",
    "that",
    "a",
    "two",
    "three",
    "as",
    "too",
    "same",
    "entirely",
    "completely",
    "now",
    "also",
    "well",
    "for",
    "good",
    "night",
    "day",
    "morning",
    "evening",
    "afternoon",
    "week",
    "after",
    "before",
    "with",
    "it",
    "them",
    "way",
];

/// Whether a bare fall ([`BARE_FALLS`]) has an object of its own after it ("the attack followed
/// days of shelling", "followed by", "went to the front"): the words after it, up to a comma or the
/// end, must be a date, adverbs or "suit".
pub(super) fn bare_fall_has_object(
    tokens: &[Token],
    mentions: &[DateMention],
    t: &Trigger,
) -> bool {
    let bare = tokens[t.tokens.clone()]
        .iter()
        .any(|w| BARE_FALLS.contains(&w.norm.as_str()));
    // "went over to the rebels" names who it went to.
    let to_someone = tokens[t.tokens.end - 1].norm == "to";
    if !bare || to_someone || t.class != VerbClass::Fall {
        return false;
    }
    let mut i = t.tokens.end;
    while let Some(tok) = tokens.get(i) {
        if !tok.is_word() {
            return false;
        }
        if let Some(m) = mentions.iter().find(|m| m.tokens.start == i) {
            i = m.tokens.end;
            continue;
        }
        if !AFTER_BARE_FALL.contains(&tok.norm.as_str()) {
            return true;
        }
        i += 1;
    }
    false
}

/// The words of a verbless holding's clause just before it (at most four, back to punctuation).
pub(super) fn words_before<'a>(
    tokens: &'a [Token],
    trig: &Trigger,
) -> impl Iterator<Item = &'a Token> {
    tokens[trig.tokens.start.saturating_sub(4)..trig.tokens.start]
        .iter()
        .rev()
        .take_while(|t| t.is_word())
}

/// "mostly", "large parts" just before a verbless holding.
pub(super) fn partly_before(tokens: &[Token], trig: &Trigger) -> bool {
    words_before(tokens, trig).any(|t| PARTLY.contains(&t.norm.as_str()))
}

/// What is fired and falls on a place ("shells fell on the building").
const MUNITIONS: &[&str] = &[
    "shell",
    "shells",
    "round",
    "rounds",
    "mortar",
    "mortars",
    "rocket",
    "rockets",
    "missile",
    "missiles",
    "bomb",
    "bombs",
    "barrel",
    "barrels",
    "bullets",
    "projectiles",
    "grenades",
];

/// "(flat, al-Midan) shells fell on the building on Monday night": a fall whose subject, right
/// before it, is a munition reports shelling, not a place lost.
fn munitions_fell(tokens: &[Token], trig: &Trigger) -> bool {
    trig.class == VerbClass::Fall
        && trig
            .tokens
            .start
            .checked_sub(1)
            .is_some_and(|k| MUNITIONS.contains(&tokens[k].norm.as_str()))
}
