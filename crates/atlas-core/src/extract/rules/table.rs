//! Rows of a plain-text or Markdown table ("Qadi Askar | GoS | taken on 06/12"): the place a row is
//! about is the one named in its first cell, and a participle opening a later cell ("taken on 06/12")
//! goes to the side its other cells name ("GoS"). A line headed by a place and a colon ("- Al-Marjeh:
//! SAA took full control on 5 May.") is about that place when its clause names none.

use super::*;

/// The index of the first cell separator of a table row; None when the tokens are no table row.
fn first_separator(tokens: &[Token]) -> Option<usize> {
    let mut bars = tokens.iter().enumerate().filter(|(_, t)| t.norm == "|");
    let first = bars.next()?.0;
    bars.next().map(|_| first)
}

/// The row's place (named in its first cell), for a trigger in a later cell.
pub(super) fn row_target(
    tokens: &[Token],
    places: &[PlaceMention],
    trig: &Trigger,
) -> Option<Target> {
    let bar = first_separator(tokens).filter(|&b| b < trig.tokens.start)?;
    let p = places
        .iter()
        .find(|p| p.tokens.end <= bar && !p.districts.is_empty())?;
    Some(place_target(p, trig))
}

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
