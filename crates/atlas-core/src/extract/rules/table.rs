//! Rows of a plain-text or Markdown table ("Qadi Askar | GoS | taken on 06/12"): the place a row is
//! about is the one named in its first cell, and a participle opening a later cell ("taken on 06/12")
//! goes to the side its other cells name ("GoS"). A line headed by a place and a colon ("- Al-Marjeh:
//! SAA took full control on 5 May.") is about that place when its clause names none, and so is a
//! labelled line under a record's title ("1. Masaken Hanano" / "Status: liberated on 26/11/2016.").

use super::*;

/// The index of the first cell separator of a table row; None when the tokens are no table row.
fn first_separator(tokens: &[Token]) -> Option<usize> {
    let mut bars = tokens.iter().enumerate().filter(|(_, t)| t.norm == "|");
    let first = bars.next()?.0;
    bars.next().map(|_| first)
}

/// Cells that mark a row's text as never published ("| KILLED | (draft) Army captures X"): a
/// draft alert killed, a story spiked.
const UNPUBLISHED_CELLS: &[&[&str]] = &[
    &["killed"],
    &["spiked"],
    &["draft"],
    &["not", "sent"],
    &["unsent"],
    &["not", "published"],
    &["unpublished"],
];

/// Whether a table row has a cell that says what it holds was never published.
pub(super) fn row_never_published(tokens: &[Token]) -> bool {
    first_separator(tokens).is_some()
        && tokens.split(|t| t.norm == "|").any(|cell| {
            let words: Vec<&str> = cell
                .iter()
                .filter(|t| t.is_word())
                .map(|t| t.norm.as_str())
                .collect();
            UNPUBLISHED_CELLS.contains(&words.as_slice())
        })
}

/// Whether a trigger stands in a table row's cell after its first bar.
pub(super) fn in_a_row(tokens: &[Token], trig: &Trigger) -> bool {
    first_separator(tokens).is_some_and(|b| b < trig.tokens.start)
}

/// The row's place (the first named in a cell before the trigger's: "Qadi Askar | GoS | taken on
/// 06/12", "Hospital A | Masaken Hanano | 3 | 26 Nov 2016: district taken"), for a trigger in a
/// later cell.
pub(super) fn row_target(
    text: &str,
    tokens: &[Token],
    places: &[PlaceMention],
    trig: &Trigger,
) -> Option<Target> {
    if !in_a_row(tokens, trig) {
        return None;
    }
    // "two vehicles lost", "facility evacuated": a participle after a lower-case noun of its own is
    // about that noun ("the district taken" is about the row's place, "GoS entered" is a side's).
    let before = trig.tokens.start.checked_sub(1).map(|i| &tokens[i]);
    let own_noun = before.is_some_and(|t| {
        t.is_word()
            && t.text(text).starts_with(char::is_lowercase)
            && !BE.contains(&t.norm.as_str())
            && !CELL_PLACE_WORDS.contains(&t.norm.as_str())
            && !ROW_PLACE_NOUNS.contains(&t.norm.as_str())
    });
    if own_noun {
        return None;
    }
    // The bar that opens the trigger's cell.
    let cell_start = (0..trig.tokens.start).rfind(|&i| tokens[i].norm == "|")?;
    // "| Own stringer, Sheikh Maqsoud | Army holds the whole of Masaken Hanano |": a cell that
    // names its own place after its verb is about that place, not the row's.
    let cell_end = (trig.tokens.end..tokens.len())
        .find(|&i| tokens[i].norm == "|")
        .unwrap_or(tokens.len());
    let own_place = places.iter().any(|p| {
        p.tokens.start >= trig.tokens.end && p.tokens.end <= cell_end && !p.districts.is_empty()
    });
    if own_place {
        return None;
    }
    let p = places
        .iter()
        .find(|p| p.tokens.end <= cell_start && !p.districts.is_empty())?;
    Some(place_target(p, trig))
}

/// Nouns besides [`CELL_PLACE_WORDS`] that stand for the row's place before a participle ("most of
/// the districts taken", "it taken").
const ROW_PLACE_NOUNS: &[&str] = &["districts", "it"];
/// Words for one place before a participle in a cell ("the district taken").
pub(super) const CELL_PLACE_WORDS: &[&str] = &[
    "district",
    "neighbourhood",
    "neighborhood",
    "area",
    "quarter",
];

/// A place the line is about as the trigger's target, whole unless the verb is partial.
fn place_target(p: &PlaceMention, trig: &Trigger) -> Target {
    let extent = if trig.class == VerbClass::Partial {
        Extent::Partial { fraction: None }
    } else {
        Extent::Full
    };
    Target {
        districts: p.districts.clone(),
        text: p.text.clone(),
        range: p.range.clone(),
        extent,
        date: None,
        anaphoric: false,
        ambiguous: p.districts.len() > 1,
    }
}

/// For a participle opening a cell with no agent of its own: the side another cell of the row
/// names before it ("| GoS | taken on 05/12").
pub(super) fn row_holder(tokens: &[Token], actors: &[Actor], trig: &Trigger) -> Option<String> {
    first_separator(tokens)?;
    actors
        .iter()
        .rfind(|a| a.tokens.end <= trig.tokens.start)
        .map(|a| a.controller.clone())
}

/// The most words a line's label may hold before its colon ("Shaded government:").
const LABEL_WORDS: usize = 3;

/// For a participle with no agent of its own: the side a line's label names before its colon
/// ("- Shaded government: Karm al-Jabal, taken in full today", "Rebels: Sheikh Saeed, retaken").
pub(super) fn label_holder(tokens: &[Token], actors: &[Actor], trig: &Trigger) -> Option<String> {
    let first = tokens
        .iter()
        .position(|t| !LIST_MARKS.contains(&t.norm.as_str()))?;
    let colon = first
        + tokens[first..]
            .iter()
            .take(LABEL_WORDS + 1)
            .position(|t| t.norm == ":")?;
    if colon >= trig.tokens.start || !tokens[first..colon].iter().all(Token::is_word) {
        return None;
    }
    let mut named = actors
        .iter()
        .filter(|a| a.tokens.start >= first && a.tokens.end <= colon);
    let side = named.next()?;
    named
        .all(|a| a.controller == side.controller)
        .then(|| side.controller.clone())
}

/// List marks that may open a line before its heading ("- X: …", "* X: …").
const LIST_MARKS: &[&str] = &["-", "*", "•", "+", "–"];

/// "- Al-Marjeh: SAA took full control on 5 May": the place heading the line, for a trigger after
/// its colon that found no place of its own.
pub(super) fn heading_target(
    tokens: &[Token],
    places: &[PlaceMention],
    trig: &Trigger,
) -> Option<Target> {
    let first = tokens
        .iter()
        .position(|t| !LIST_MARKS.contains(&t.norm.as_str()))?;
    let p = places
        .iter()
        .find(|p| p.tokens.start == first && !p.districts.is_empty())?;
    let colon = tokens.get(p.tokens.end).is_some_and(|t| t.norm == ":");
    if !colon || trig.tokens.start <= p.tokens.end {
        return None;
    }
    Some(place_target(p, trig))
}

/// Words that may stand around a record's title ("1.", "**", "-", "(a)").
fn is_title_decoration(t: &Token) -> bool {
    !t.is_word() || t.norm.bytes().all(|b| b.is_ascii_digit()) || t.norm.len() == 1
}

/// The place a line names as a record's title ("1. Masaken Hanano", "**Al-Sakhour**"): the line
/// holds one place name and nothing else but numbering and marks.
pub(super) fn record_title(tokens: &[Token], places: &[PlaceMention]) -> Option<Target> {
    let named: Vec<&PlaceMention> = places.iter().filter(|p| !p.districts.is_empty()).collect();
    let [p] = named.as_slice() else {
        return None;
    };
    let outside = tokens
        .iter()
        .enumerate()
        .filter(|(i, _)| !p.tokens.contains(i))
        .all(|(_, t)| is_title_decoration(t));
    outside.then(|| heading_place(p, Extent::Full))
}

/// A place named above or before what acts on it (a record's title, a line's label): a target
/// carried to the verb, ambiguous when the name stands for several districts.
fn heading_place(p: &PlaceMention, extent: Extent) -> Target {
    Target {
        districts: p.districts.clone(),
        text: p.text.clone(),
        range: p.range.clone(),
        extent,
        date: None,
        anaphoric: true,
        ambiguous: p.districts.len() > 1,
    }
}

/// Whether a line opens with a label and a colon ("Status: liberated on …").
pub(super) fn labelled(tokens: &[Token]) -> bool {
    let colon = tokens.iter().take(4).position(|t| t.norm == ":");
    colon.is_some_and(|c| c > 0 && tokens[..c].iter().all(Token::is_word))
}

/// The most tokens a label's list of places may run to.
const LABEL_REACH: usize = 16;

/// Words that may stand between the places a label lists ("Ba'aiedeen and Ain al-Tal
/// (Jandoul):").
const LABEL_JOINERS: &[&str] = &["and", "&", ",", "(", ")", "/", "+"];

/// "Sun 27/11  Ba'aiedeen and Ain al-Tal (Jandoul): army took full control in the morning": the
/// places a line's label lists before its colon are what a verb after the colon, with no object
/// of its own, acts on.
pub(super) fn label_targets(
    text: &str,
    tokens: &[Token],
    places: &[PlaceMention],
    actors: &[Actor],
    trig: &Trigger,
) -> Vec<Target> {
    let acts = matches!(
        trig.class,
        VerbClass::Change | VerbClass::Partial | VerbClass::Loss
    );
    // The label's colon, or a board's dot leader ("Karm al-Maysar ....... army completed …").
    let leader = |k: usize| {
        tokens
            .get(k..k + super::actors_and_triggers::LEADER_DOTS)
            .is_some_and(|run| run.iter().all(|t| t.norm == "."))
    };
    let Some(colon) = (0..trig.tokens.start).find(|&k| tokens[k].norm == ":" || leader(k)) else {
        return Vec::new();
    };
    // "X: army took full control": a side named after the colon does it, in words of the line's
    // own (not quoted: "X: SANA says \"liberated\"").
    let subject = actors
        .iter()
        .any(|a| a.subject && a.tokens.start > colon && a.tokens.end <= trig.tokens.start);
    if !acts || !subject || super::in_quotes(tokens, trig) {
        return Vec::new();
    }
    let listed: Vec<&PlaceMention> = places
        .iter()
        .filter(|p| p.tokens.end <= colon && !p.districts.is_empty())
        .collect();
    let Some(first) = listed.first() else {
        return Vec::new();
    };
    // Between the first place and the colon: places, their joiners, and names the layer lacks
    // (capitalised words, short articles, hyphens: "Ain al-Tal").
    let name_like = |t: &Token| {
        let written = t.text(text);
        let after_article = written
            .split_once('-')
            .is_some_and(|(_, rest)| rest.chars().next().is_some_and(char::is_uppercase));
        written.chars().next().is_some_and(char::is_uppercase)
            || after_article
            || (t.is_word() && t.norm.chars().count() <= 3)
            || matches!(t.norm.as_str(), "-" | "'" | "’")
    };
    let only_places = colon - first.tokens.start <= LABEL_REACH
        && (first.tokens.start..colon).all(|k| {
            listed.iter().any(|p| p.tokens.contains(&k))
                || LABEL_JOINERS.contains(&tokens[k].norm.as_str())
                || name_like(&tokens[k])
        });
    let named_after = places
        .iter()
        .any(|p| p.tokens.start > colon && p.tokens.start < trig.tokens.start);
    if !only_places || named_after {
        return Vec::new();
    }
    let extent = trig.class_extent();
    listed
        .into_iter()
        .map(|p| heading_place(p, extent))
        .collect()
}
