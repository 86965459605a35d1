//! The scope of what undoes a change: a sentence that says nothing changed, a participle that only
//! qualifies a noun, a side that leaves again in the same sentence, and a next sentence about other
//! places (which can neither undo nor dispute this one).

use super::*;

/// The places of a sentence that name districts, whatever their role ("the attack on X" too).
fn named(places: &[PlaceMention]) -> impl Iterator<Item = &PlaceMention> {
    places.iter().filter(|p| !p.districts.is_empty())
}

/// Whether a place names one of the targets' districts.
fn is_a_target(p: &PlaceMention, targets: &[Target]) -> bool {
    targets
        .iter()
        .any(|t| t.districts.iter().any(|d| p.districts.contains(d)))
}

/// Whether a sentence names places and none of them is one of the targets'.
pub(super) fn about_other_places(places: &[PlaceMention], targets: &[Target]) -> bool {
    // "The attack on Sheikh Saeed … was beaten back": the place attacked is what it is about.
    let mut objects = named(places)
        .filter(|p| {
            p.not_the_object
                .is_none_or(|why| why == crate::extract::places::ATTACKED)
        })
        .peekable();
    objects.peek().is_some() && !objects.any(|p| is_a_target(p, targets))
}

/// Whether a sentence names one of the targets ("the attack on X" included).
pub(super) fn names_a_target(places: &[PlaceMention], targets: &[Target]) -> bool {
    named(places).any(|p| is_a_target(p, targets))
}

/// "the liberated neighbourhoods", "the lost blocks", "the army's advance into X", "their push
/// into X": a verb's word after a determiner or a possessive is a noun or an adjective; it reports
/// nothing (nouns that do, "the capture of", are nominal triggers of their own).
pub(super) fn attributive(tokens: &[Token], trig: &Trigger) -> bool {
    let before = trig
        .tokens
        .start
        .checked_sub(1)
        .map(|b| tokens[b].norm.as_str());
    !trig.nominal && before.is_some_and(|w| DETERMINERS.contains(&w) || w == "'s" || w == "'")
}

/// Words that set a clause against the one before ("no change in X, but rebels now hold Y").
const CONTRASTS: &[&str] = &["but", "while", "whereas", "however", "although", ";"];

/// "X: no change, the YPG holds all of it", "the front is unchanged": a sentence that says nothing
/// changed states its holdings as they stood, unless a contrast stands between the two.
pub(super) fn says_no_change(tokens: &[Token], trig: &Trigger) -> bool {
    let cue = (0..tokens.len()).find(|&i| {
        tokens[i].norm == "unchanged"
            || (tokens[i].norm == "no" && tokens.get(i + 1).is_some_and(|t| t.norm == "change"))
    });
    cue.is_some_and(|c| {
        let (a, b) = if c < trig.tokens.start {
            (c, trig.tokens.start)
        } else {
            (trig.tokens.end.min(c), c)
        };
        !tokens[a..b]
            .iter()
            .any(|t| CONTRASTS.contains(&t.norm.as_str()))
    })
}

/// Verbs of leaving, with or without a place ("withdrew hours later").
const LEAVING: &[&str] = &["withdrew", "withdrawn", "retreated", "left", "evacuated"];

/// Participles of being put out, after "was"/"were"/"been" ("but was driven out again").
const PUT_OUT: &[&str] = &[
    "driven", "pushed", "forced", "thrown", "expelled", "repelled", "ousted", "beaten", "kicked",
];
/// Words that make such a participle a passive.
const PASSIVE_BE: &[&str] = &["was", "were", "been", "got"];

/// Words that link a second verb of the same subject ("entered X but withdrew").
const SAME_SUBJECT_LINKS: &[&str] = &["but", "then", "and", "before", "only"];

/// "the SAA entered X but withdrew hours later", "took X, then pulled out of it", "entered X but was
/// driven out again the same night": a loss after the
/// trigger, linked to it with no new subject, no other place and no day of its own, undoes it.
/// The tokens of that loss (which reports no change of its own either), when there is one.
pub(super) fn left_again(
    r: &Reading,
    trig: &Trigger,
    targets: &[Target],
    lex: &Lexicon,
) -> Option<Range<usize>> {
    let (text, tokens) = (r.text, r.tokens.as_slice());
    let (places, actors, mentions) = (&r.places, &r.actors, &r.mentions);
    if !matches!(trig.class, VerbClass::Change | VerbClass::Partial) {
        return None;
    }
    let mut leaving: Vec<Range<usize>> = lex
        .verbs
        .find_all(text, tokens)
        .into_iter()
        .filter(|f| *f.value == VerbClass::Loss)
        .map(|f| f.start..f.end)
        .collect();
    // "but withdrew hours later": a verb of leaving needs no place of its own here.
    leaving.extend(
        tokens
            .iter()
            .enumerate()
            .filter(|(_, t)| LEAVING.contains(&t.norm.as_str()))
            .map(|(i, _)| i..i + 1),
    );
    // "but was driven out again the same night": being put out is leaving too.
    leaving.extend(
        (1..tokens.len())
            .filter(|&i| {
                PUT_OUT.contains(&tokens[i].norm.as_str())
                    && PASSIVE_BE.contains(&tokens[i - 1].norm.as_str())
            })
            .map(|i| i..i + 1),
    );
    leaving
        .into_iter()
        .filter(|f| f.start >= trig.tokens.end)
        .find(|f| {
            // "and withdrew", "and had been driven out": the link, and its auxiliaries.
            let linked = (f.start.saturating_sub(2)..f.start)
                .chain(
                    f.start
                        .checked_sub(2)
                        .filter(|&b| PASSIVE_BE.contains(&tokens[b + 1].norm.as_str()))
                        .map(|b| b.saturating_sub(2)..b)
                        .into_iter()
                        .flatten(),
                )
                .any(|i| SAME_SUBJECT_LINKS.contains(&tokens[i].norm.as_str()));
            // "and the workshop was left for a month": a noun between the link and the verb is
            // a subject of its own, as a side named there is.
            let link = (trig.tokens.end..f.start)
                .rfind(|&i| SAME_SUBJECT_LINKS.contains(&tokens[i].norm.as_str()));
            let noun_between = link.is_some_and(|k| {
                tokens[k + 1..f.start].iter().any(|t| {
                    let w = t.norm.as_str();
                    t.is_word()
                        && !PASSIVE_BE.contains(&w)
                        && !BE.contains(&w)
                        && !ADVERBS.contains(&w)
                        && !["had", "has", "have", "then", "later"].contains(&w)
                })
            });
            let new_subject = noun_between
                || actors
                    .iter()
                    .any(|a| a.tokens.start >= trig.tokens.end && a.tokens.end <= f.start);
            let other_place = places.iter().any(|p| {
                p.tokens.start >= f.end
                    && !p.districts.is_empty()
                    && !targets
                        .iter()
                        .any(|t| t.districts.iter().any(|d| p.districts.contains(d)))
            });
            // "took X on 3 May and lost it again on 5 May": a day of its own is a change of its
            // own ("hours later" is not).
            let dated_apart = mentions
                .iter()
                .any(|m| m.tokens.start >= f.start && m.kind != DateKind::Shift(0));
            linked && !new_subject && !other_place && !dated_apart
        })
}

/// Present holdings: "controls", "holds" and their plurals.
const PRESENT_HOLDING: &[&str] = &["controls", "holds", "control", "hold"];

/// "aid reached X, which the YPG controls", "the YPG, which controls X, said": a present holding in
/// a relative clause describes the place or the side; it is no news (unless "now" says so). So does
/// "the fighters who held it", "the groups that had held it": who held a place spoken of.
pub(super) fn standing_relative(tokens: &[Token], trig: &Trigger) -> bool {
    if trig.class != VerbClass::State {
        return false;
    }
    let verb = tokens[trig.tokens.start].norm.as_str();
    // "the armed groups that held it withdrew", "the fighters who had held it".
    let mut before = trig.tokens.start.checked_sub(1);
    if before.is_some_and(|k| tokens[k].norm == "had") {
        before = before.and_then(|k| k.checked_sub(1));
    }
    let holder_of_it = matches!(verb, "held" | "controlled")
        && before.is_some_and(|k| ["who", "which", "that"].contains(&tokens[k].norm.as_str()))
        && tokens
            .get(trig.tokens.end)
            .is_some_and(|t| ["it", "them"].contains(&t.norm.as_str()));
    if holder_of_it || relative_past_holding(tokens, trig) {
        return true;
    }
    if !PRESENT_HOLDING.contains(&verb) {
        return false;
    }
    (trig.tokens.start.saturating_sub(5)..trig.tokens.start)
        .rev()
        .take_while(|&i| tokens[i].is_word() && tokens[i].norm != "now")
        // Not "that", which also opens what is said ("we assess that rebels control X").
        .any(|i| ["which", "who"].contains(&tokens[i].norm.as_str()))
}

/// "the rest of X that was still held by the army", "X, which had been held by the rebels": a
/// past passive holding in a relative clause tells who held the place until then.
fn relative_past_holding(tokens: &[Token], trig: &Trigger) -> bool {
    let by = tokens[trig.tokens.clone()]
        .iter()
        .chain(tokens.get(trig.tokens.end))
        .any(|t| t.norm == "by");
    if !matches!(
        tokens[trig.tokens.start].norm.as_str(),
        "held" | "controlled"
    ) || !by
    {
        return false;
    }
    let mut before = tokens[..trig.tokens.start]
        .iter()
        .rev()
        .map(|t| t.norm.as_str())
        .skip_while(|w| ["still", "then", "long"].contains(w));
    let be = match before.next() {
        Some("was" | "were") => true,
        Some("been") => matches!(before.next(), Some("had" | "has" | "have")),
        _ => false,
    };
    be && before
        .next()
        .is_some_and(|w| ["that", "which"].contains(&w))
}

/// Words that open a clause of its own against the one before.
const CLAUSE_CONTRASTS: &[&str] = &["but", "while", "whereas", "although", "though", ";"];

/// Words after "lies" that tell where a place lies ("lies next to it", "lies east of X").
const LYING_WHERE: &[&str] = &[
    "next", "near", "beside", "between", "along", "across", "opposite", "just", "on", "in", "at",
    "within", "north", "south", "east", "west", "to", "behind", "below", "above", "further",
];

/// "the claim could not be verified", "the announcement … did not survive scrutiny": whether the
/// sentence undermines the claim of `trig` — a cue before it, or after it unless a contrast opens a
/// clause about other places first ("X said it took Y, but the claim to hold W could not be
/// verified" undermines only the claim about W).
pub(super) fn undermined_here(
    r: &Reading,
    trig: &Trigger,
    targets: &[Target],
    lex: &Lexicon,
) -> bool {
    let tokens = r.tokens.as_slice();
    lex.undermining.find_all(r.text, tokens).iter().any(|cue| {
        // "which lies next to it": where a place lies, not lies told.
        let lies_somewhere = cue.phrase == "lies"
            && tokens
                .get(cue.end)
                .is_some_and(|t| LYING_WHERE.contains(&t.norm.as_str()));
        if lies_somewhere {
            return false;
        }
        if cue.end <= trig.tokens.start {
            return true;
        }
        let contrast = (trig.tokens.end.min(cue.start)..cue.start)
            .find(|&i| CLAUSE_CONTRASTS.contains(&tokens[i].norm.as_str()));
        let elsewhere = contrast.is_some_and(|c| {
            named(&r.places).any(|p| {
                p.tokens.start > c && p.tokens.end <= cue.start && !is_a_target(p, targets)
            })
        });
        !elsewhere
    })
}

/// The first words of verbs of no change that say a side kept a place ("retained", "remained in
/// control of", "held on to", "still holds").
const KEPT: &[&str] = &[
    "retained", "retain", "retains", "remained", "remains", "held", "holds", "kept",
];

/// "reports that rebels had entered X; it was unable to verify them, and notes that government
/// forces appear to have retained X throughout", "…; Kurdish units held it throughout": a later
/// verb of the same sentence saying a side kept the same place undoes the change (an unverified
/// report alone does not).
pub(super) fn kept_after(r: &Reading, trig: &Trigger, targets: &[Target], gainer: &str) -> bool {
    // The keeper is another side, named between the change and the keeping ("moved into X and
    // held it for two years" is the same side).
    let other_side_between = |t: &Trigger| {
        r.actors.iter().any(|a| {
            a.tokens.start >= trig.tokens.end
                && a.tokens.end <= t.tokens.start
                && a.controller != gainer
        })
    };
    r.triggers.iter().any(|t| {
        let kept = t.class == VerbClass::NoChange
            || (t.class == VerbClass::State && held_for_a_while(&r.tokens, t, r.tokens.len()));
        t.tokens.start >= trig.tokens.end
            && kept
            && other_side_between(t)
            && KEPT.contains(&r.tokens[t.tokens.start].norm.as_str())
            && r.places
                .iter()
                .filter(|p| p.tokens.start >= t.tokens.end)
                .take(1)
                .any(|p| {
                    is_a_target(p, targets)
                        // "… Kurdish units held it throughout": "it" right after the verb (not
                        // "its southern edge", a part kept).
                        || (p.districts.is_empty()
                            && p.tokens.start == t.tokens.end
                            && !p.text.eq_ignore_ascii_case("its"))
                })
    })
}

/// Verbs of an attack thrown back ("beaten back", "repelled").
const THROWN_BACK: &[&str] = &["beaten", "repelled", "repulsed", "repel", "repulse"];

/// "Troops pushed into X, but rebel commanders said the assault had been beaten back": an advance
/// the same sentence, after a contrast, says was thrown back reports no change.
pub(super) fn thrown_back_after(r: &Reading, trig: &Trigger) -> bool {
    if trig.class != VerbClass::Partial {
        return false;
    }
    let tokens = r.tokens.as_slice();
    r.triggers.iter().any(|t| {
        t.class == VerbClass::NoChange
            && t.tokens.start >= trig.tokens.end
            && THROWN_BACK.contains(&tokens[t.tokens.start].norm.as_str())
            && tokens[trig.tokens.end..t.tokens.start]
                .iter()
                .any(|w| CLAUSE_CONTRASTS.contains(&w.norm.as_str()))
    })
}

/// Active verbs of putting a side out again ("the army pushed them out").
const PUT_OUT_ACTIVE: &[&str] = &[
    "pushed", "drove", "threw", "forced", "kicked", "chased", "expelled", "ejected",
];

/// "they went into part of X last night and the army pushed them out before the dawn prayer": an
/// advance another side, named as the subject, put out again in the same sentence, on no day of
/// its own, reports no change.
pub(super) fn pushed_out_after(r: &Reading, trig: &Trigger) -> bool {
    if !matches!(trig.class, VerbClass::Partial | VerbClass::Change) {
        return false;
    }
    let tokens = r.tokens.as_slice();
    let word = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
    (trig.tokens.end..tokens.len()).any(|k| {
        let put_out = PUT_OUT_ACTIVE.contains(&word(k))
            && ["them", "it"].contains(&word(k + 1))
            && ["out", "back"].contains(&word(k + 2));
        let subject = r.actors.iter().find(|a| {
            a.tokens.start >= trig.tokens.end && (a.tokens.end == k || a.tokens.end + 1 == k)
        });
        let dated_apart = |from: usize| {
            r.mentions
                .iter()
                .any(|m| m.tokens.start >= from && m.kind != DateKind::Shift(0))
        };
        put_out && subject.is_some_and(|a| !dated_apart(a.tokens.start))
    })
}

/// Words before a gerund that make it a look back or ahead ("three years after losing it").
const AROUND_A_GERUND: &[&str] = &["after", "before", "since", "following"];

/// "three years after losing it to rebels", "before capturing X": a gerund after "after" or
/// "before" refers to another time than the sentence's; it reports no change of its own.
pub(super) fn gerund_look_back(tokens: &[Token], trig: &Trigger) -> bool {
    let first = tokens[trig.tokens.start].norm.as_str();
    first.ends_with("ing")
        && trig
            .tokens
            .start
            .checked_sub(1)
            .is_some_and(|b| AROUND_A_GERUND.contains(&tokens[b].norm.as_str()))
}

/// Words that may stand between "without" and its gerund ("without yet taking").
const WITHOUT_ADVERBS: &[&str] = &["yet", "ever", "actually", "fully", "really", "quite"];

/// "pushed into the southern edge of X, without yet taking the whole district": a gerund after
/// "without" tells what did not happen.
pub(super) fn gerund_without(tokens: &[Token], trig: &Trigger) -> bool {
    if !tokens[trig.tokens.start].norm.ends_with("ing") {
        return false;
    }
    (0..trig.tokens.start)
        .rev()
        .take(3)
        .take_while(|&k| {
            k + 1 == trig.tokens.start || WITHOUT_ADVERBS.contains(&tokens[k + 1].norm.as_str())
        })
        .any(|k| tokens[k].norm == "without")
}

/// Nouns of a trace that "no" denies ("no sign of troops entering it").
const TRACES: &[&str] = &[
    "sign",
    "signs",
    "evidence",
    "indication",
    "indications",
    "proof",
    "trace",
];

/// "there was no sign on Thursday of troops entering it", "no evidence of rebels taking X": a
/// gerund after "no sign of" (its subject between) tells what was not seen to happen.
pub(super) fn no_sign_of(tokens: &[Token], trig: &Trigger) -> bool {
    if !tokens[trig.tokens.start].norm.ends_with("ing") {
        return false;
    }
    (trig.tokens.start.saturating_sub(4)..trig.tokens.start)
        .filter(|&k| tokens[k].norm == "of")
        .any(|of| {
            let mut k = of;
            // "no sign on Thursday of": a time between the noun and its "of".
            while k > 0 && !TRACES.contains(&tokens[k - 1].norm.as_str()) && of - k < 3 {
                k -= 1;
            }
            k >= 2 && TRACES.contains(&tokens[k - 1].norm.as_str()) && tokens[k - 2].norm == "no"
        })
}
