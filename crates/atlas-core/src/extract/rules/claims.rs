//! How certain a change is: reported, claimed ("according to X") or disputed, or undone in the
//! same sentence; and the noun phrases that name who claims or denies.

use super::*;

/// Reported, claimed or disputed; `None` when the sentence itself undoes the change ("but were
/// repelled").
pub(super) fn certainty(
    text: &str,
    tokens: &[Token],
    trig: &Trigger,
    targets: &[Target],
    next: Option<&[Token]>,
    next_names_it: bool,
    lex: &Lexicon,
) -> Option<Certainty> {
    let claim = claim_for(text, tokens, trig, targets, lex);
    // A contradiction after the trigger, linked by "but", "although", "a claim"…
    let contradiction = lex
        .contradictions
        .find_all(text, tokens)
        .into_iter()
        .filter(|c| c.start >= trig.tokens.end)
        // "took part of X, and the army kept the rest": what another part of it did.
        .filter(|c| !about_the_rest(&tokens[c.end..]))
        // "failed to retake" is about "retake", not about the verb before it.
        .filter(|c| {
            let to_verb = tokens.get(c.end).is_some_and(|t| t.norm == "to")
                && lex.verbs.longest_at(text, tokens, c.end + 1).is_some();
            !to_verb
        })
        .find(|c| {
            !lex.contradiction_links
                .find_all(text, &tokens[trig.tokens.end..c.start])
                .is_empty()
                || c.phrase.starts_with("den")
                || undone_by_predicate(tokens, trig, c.start, c.phrase)
                || push_undone(tokens, trig, c.start)
        });
    // "Despite initial claims that they had retaken X, the counter-attack was eventually repelled."
    let despite_claim = claim.is_some()
        && tokens[..trig.tokens.start]
            .iter()
            .any(|t| t.norm == "despite")
        && !lex
            .contradictions
            .find_all(text, &tokens[trig.tokens.end..])
            .is_empty();
    if let Some(c) = contradiction {
        return contradicted(text, tokens, trig, &c, claim.as_deref(), lex);
    }
    if despite_claim {
        return Some(Certainty::Disputed { by: None });
    }
    if undone_in_its_sentence(text, tokens, trig, lex) || table::row_never_published(tokens) {
        return None;
    }
    if next.is_some_and(|n| {
        undone_next(text, n, next_names_it && !attack_after(tokens, trig), lex)
            || retracted_next(text, n, lex)
            || verdict_of_no_change(n)
            || (claim.is_some() && super::withdrawn::tells_of_old_footage(n))
            || (next_names_it && nothing_changed(text, n, lex))
            || (next_names_it && nobody_did_it(text, n, lex))
            || (next_names_it && tried_and_failed(text, n, lex))
            || (claim.is_some() && opens_undermining(text, n, lex))
            || (next_names_it && asks_if_true(n))
            || (next_names_it && corrects_itself(n))
    }) {
        return None;
    }
    // "The army claimed to have taken X. Residents said the rebels were back within hours." Not
    // "… and the hill is still held by the army" about another place.
    if claim.is_some() && next_names_it && next.is_some_and(|n| back_in_place(text, n, lex)) {
        return None;
    }
    // A denial in the next sentence ("YPG spokesman Nouri Mahmoud however denied this claim.").
    if let (Some(by), Some(next)) = (&claim, next) {
        // Only a denial of a claim or report ("denied this claim"), not of something else.
        let denial = lex
            .contradictions
            .find_all(text, next)
            .into_iter()
            .filter(|c| c.phrase.starts_with("den"))
            .find(|c| {
                next[c.end..next.len().min(c.end + 2)].iter().any(|t| {
                    [
                        "claim", "claims", "report", "reports", "this", "these", "that", "it",
                    ]
                    .contains(&t.norm.as_str())
                })
            });
        if let (Some(d), false) = (denial, by.is_empty()) {
            return Some(Certainty::Disputed {
                by: Some(noun_phrase_before(text, next, d.start, lex)).filter(|s| !s.is_empty()),
            });
        }
    }
    Some(match claim {
        Some(by) => Certainty::Claimed { by },
        None => Certainty::Reported,
    })
}

/// "… reported that rebels had stormed X; the attack failed", "…; it is false", "…; nothing
/// changed there", "… was checked with our own fixer: not true": a clause after the change's
/// semicolon or colon that undoes it as the next sentence would.
fn undone_in_its_sentence(text: &str, tokens: &[Token], trig: &Trigger, lex: &Lexicon) -> bool {
    // "… announced that X had fallen, she wrote that it had not": anywhere after the change.
    if elliptical_not(&tokens[trig.tokens.end..]) || later_withdrawn(&tokens[trig.tokens.end..]) {
        return true;
    }
    // "… captioned \"X falls\" -- the YPG says nothing has changed there": a dash between clauses.
    let Some(rest) = (trig.tokens.end..tokens.len())
        .find(|&k| {
            let dash_pair =
                tokens[k].norm == "-" && tokens.get(k + 1).is_some_and(|t| t.norm == "-");
            dash_pair || matches!(tokens[k].norm.as_str(), ";" | ":" | "—" | "–")
        })
        .map(|k| k + usize::from(tokens[k].norm == "-"))
        .map(|k| &tokens[k + 1..])
    else {
        return false;
    };
    undone_next(text, rest, false, lex)
        || struck_out(rest)
        || says_not_a_change(rest)
        || retracted_next(text, rest, lex)
        || nothing_changed(text, rest, lex)
        || flat_denial(rest)
        || nothing_of_the_sort(rest)
}

/// "…; Abu Fadi came himself on Thursday, nothing of the sort, only shells nearby": a clause that
/// says what was told did not happen.
fn nothing_of_the_sort(rest: &[Token]) -> bool {
    let words: Vec<&str> = rest
        .iter()
        .filter(|t| t.is_word())
        .map(|t| t.norm.as_str())
        .collect();
    words
        .windows(4)
        .any(|w| matches!(w, ["nothing", "of", "the", "sort" | "kind"]))
        || words.windows(3).any(|w| w == ["no", "such", "thing"])
}

/// "…; they did not, and the quarter stayed in government hands", "…: not true, no troops went
/// in": a clause that opens by saying flatly that what was just told did not happen.
fn flat_denial(rest: &[Token]) -> bool {
    let words: Vec<&str> = rest
        .iter()
        .take_while(|t| t.is_word() || t.norm == "'")
        .map(|t| t.norm.as_str())
        .collect();
    matches!(
        words.as_slice(),
        ["not", "true" | "so"]
            | ["false"]
            | ["untrue"]
            | [
                "they" | "it" | "he" | "she" | "we",
                "did" | "had" | "have" | "has",
                "not"
            ]
    )
}

/// "Reports that rebels had retaken X … were later withdrawn by the outlet": what the sentence
/// reports was taken back in the same sentence.
fn later_withdrawn(rest: &[Token]) -> bool {
    rest.windows(2).any(|w| {
        matches!(w[0].norm.as_str(), "later" | "since" | "subsequently")
            && matches!(w[1].norm.as_str(), "withdrawn" | "retracted" | "deleted")
    })
}

/// "…; that is not a change", "…: no change": a clause that says flatly that what was just told
/// is no change.
fn says_not_a_change(rest: &[Token]) -> bool {
    let words: Vec<&str> = rest
        .iter()
        .filter(|t| t.is_word())
        .take(NOT_A_CHANGE_REACH)
        .map(|t| t.norm.as_str())
        .collect();
    words.windows(3).any(|w| w == ["not", "a", "change"]) || words.starts_with(&["no", "change"])
}

/// Labels of a reviewer's verdict ("**Decision:** no change.").
const VERDICT_LABELS: &[&str] = &[
    "decision",
    "verdict",
    "ruling",
    "finding",
    "findings",
    "conclusion",
    "outcome",
    "resolution",
];

/// "**Decision:** no change. The attack was repelled …": a next sentence that opens with a
/// verdict's label and says what was just told is no change.
fn verdict_of_no_change(next: &[Token]) -> bool {
    let Some(colon) = next.iter().position(|t| t.norm == ":") else {
        return false;
    };
    let mut label = next[..colon].iter().filter(|t| t.is_word());
    label
        .next()
        .is_some_and(|t| VERDICT_LABELS.contains(&t.norm.as_str()))
        && label.next().is_none()
        && says_not_a_change(&next[colon + 1..])
}

/// How many words into its clause a "not a change" may stand ("that is not a change").
const NOT_A_CHANGE_REACH: usize = 6;

/// "…; the uncle checked and it had not, not yet": later in the clause, "it had not" with no verb
/// after it says the thing just told did not happen.
fn elliptical_not(rest: &[Token]) -> bool {
    rest.windows(3).enumerate().any(|(k, w)| {
        let ends = rest
            .get(k + 3)
            .is_none_or(|t| !t.is_word() || t.norm == "yet");
        matches!(
            [w[0].norm.as_str(), w[1].norm.as_str(), w[2].norm.as_str()],
            [
                "it" | "they",
                "did" | "had" | "has" | "have" | "was" | "were",
                "not"
            ]
        ) && ends
    })
}

/// Participles that open a clause saying a writing was taken back ("; removed, not confirmed").
/// Not "not confirmed" alone: "State TV says the army entered X; not confirmed by anyone else" is
/// a claim.
const STRUCK_OUT: &[&str] = &[
    "removed",
    "deleted",
    "retracted",
    "withdrawn",
    "struck",
    "spiked",
    "contradicted",
    "refuted",
    "disproved",
    "debunked",
];

/// "Earlier draft of A named Sheikh Fares as fallen; removed, not confirmed at 17:20": a clause
/// after the change's semicolon that opens by striking out what was written.
fn struck_out(rest: &[Token]) -> bool {
    rest.iter()
        .find(|t| t.is_word())
        .is_some_and(|t| STRUCK_OUT.contains(&t.norm.as_str()))
}

/// "rebels say army push into X repelled": a headline's push or attack with its outcome right
/// after its place, no verb "be" and no comma between.
fn push_undone(tokens: &[Token], trig: &Trigger, at: usize) -> bool {
    ATTACK_NOUNS.contains(&tokens[trig.tokens.start].norm.as_str())
        && at >= trig.tokens.end
        && tokens[trig.tokens.end..at].iter().all(Token::is_word)
}

/// "the army's push into X on Thursday had been beaten back": the contradiction is the predicate of
/// the trigger's own clause (a form of "be" just before it, no comma on the way). Another
/// language's contradiction of several words carries its own verb ("Doniesienia o odbiciu … nie
/// zostały potwierdzone": the reports of the recapture were not confirmed), after a noun of change.
fn undone_by_predicate(tokens: &[Token], trig: &Trigger, at: usize, phrase: &str) -> bool {
    let carries_its_verb = trig.nominal && !phrase.is_ascii() && phrase.contains(' ');
    // "were, I am told, unfounded": an aside between commas stands between the verb and its word.
    let at = aside_before(tokens, trig.tokens.end, at).unwrap_or(at);
    // "was not taken", "has not been confirmed".
    // "… proved false", "turned out false".
    let be_before = at > 0
        && (BE.contains(&tokens[at - 1].norm.as_str())
            || ["has", "have", "had", "proved", "proves", "proven", "out"]
                .contains(&tokens[at - 1].norm.as_str()));
    // Its words, and asides between pairs of commas ("proved, residents say, to be false").
    let between = &tokens[trig.tokens.end..at];
    let commas = between.iter().filter(|t| t.norm == ",").count();
    // "took the rest of X that was still held by the army": a relative clause tells who held the
    // place until then; it does not undo the taking.
    let relative_holding =
        phrase.starts_with("still") && at >= 2 && RELATIVES.contains(&tokens[at - 2].norm.as_str());
    !relative_holding
        && (be_before || carries_its_verb)
        && commas % 2 == 0
        && between
            .iter()
            .all(|t| t.is_word() || t.norm == "'" || t.norm == ",")
}

/// Words that open a relative clause.
const RELATIVES: &[&str] = &["that", "which", "who"];

/// The longest aside the words of an aside may run to ("were, as far as we can tell, unfounded").
const ASIDE_REACH: usize = 8;

/// Where an aside between commas just before `at` opens (its first comma), if there is one after
/// `from`: "were, I am informed, unfounded".
fn aside_before(tokens: &[Token], from: usize, at: usize) -> Option<usize> {
    let close = at.checked_sub(1).filter(|&c| tokens[c].norm == ",")?;
    let open = (close.saturating_sub(ASIDE_REACH + 1).max(from)..close)
        .rev()
        .find(|&i| tokens[i].norm == ",")?;
    let words_only = tokens[open + 1..close].iter().all(Token::is_word);
    (words_only && open + 1 < close).then_some(open)
}

/// The certainty of a change a contradiction after it undoes or disputes: None when it says the
/// change did not happen (a predicate of the change's own clause, "but the district was not
/// taken", the text's own reporter saying the attack was repelled), else disputed (by whom denies
/// or says so, or by nobody named when the change was only claimed; None when it was not).
fn contradicted(
    text: &str,
    tokens: &[Token],
    trig: &Trigger,
    c: &crate::extract::tokens::Found<'_, ()>,
    claim: Option<&str>,
    lex: &Lexicon,
) -> Option<Certainty> {
    let denial = ["denied", "denies", "deny", "disputed", "rejected"].contains(&c.phrase);
    let speaker = lex
        .claim_verbs
        .find_all(text, &tokens[trig.tokens.end..c.start])
        .into_iter()
        .last()
        .map(|f| noun_phrase_before(text, tokens, trig.tokens.end + f.start, lex));
    if !denial
        && (undone_by_predicate(tokens, trig, c.start, c.phrase)
            || push_undone(tokens, trig, c.start))
    {
        return None;
    }
    // "entered X, but the district was not taken, according to Y": the source itself says the
    // change did not happen; an attribution of the whole sentence does not make it a dispute.
    if !denial && speaker.is_none() && negated_outcome(c.phrase) {
        return None;
    }
    // "Regime media claimed to have stormed X, but our correspondent confirmed that the attack
    // was repelled": the text's own reporter says the change did not happen.
    let own_reporter = speaker
        .as_deref()
        .is_some_and(|s| s.to_lowercase().starts_with("our "));
    if !denial && own_reporter && (negated_outcome(c.phrase) || REPULSES.contains(&c.phrase)) {
        return None;
    }
    if denial {
        return Some(Certainty::Disputed {
            by: Some(noun_phrase_before(text, tokens, c.start, lex)).filter(|s| !s.is_empty()),
        });
    }
    if let Some(by) = speaker {
        return Some(Certainty::Disputed {
            by: Some(by).filter(|s| !s.is_empty()),
        });
    }
    claim?;
    Some(Certainty::Disputed { by: None })
}

/// Contradictions that say an attack was thrown back.
const REPULSES: &[&str] = &[
    "repelled",
    "repulsed",
    "beaten back",
    "driven back",
    "pushed back",
    "thrown back",
    "failed",
    "thwarted",
];

/// A contradiction that states the change did not happen ("not taken", "no change"), not one that
/// states someone's opposite view.
fn negated_outcome(phrase: &str) -> bool {
    phrase.starts_with("not ") || phrase == "no change"
}

/// Words that say a report was false ("That was wrong.", "The report proved untrue.").
const FALSITY: &[&str] = &[
    "wrong",
    "false",
    "untrue",
    "unfounded",
    "incorrect",
    "retracted",
    "withdrawn",
    "deleted",
    "mistaken",
];
/// Words that refer back to a report or claim at the start of a sentence (German "Dafür gibt es
/// keinen Beleg", "Das ist falsch" too).
const REPORT_REFERENCES: &[&str] = &[
    "that", "this", "it", "these", "those", "report", "reports", "claim", "claims", "account",
    "tweet", "post", "dafür", "das", "dies", "dazu",
];
/// Nouns for a report or claim ("this claim", "that account").
const REPORT_NOUNS: &[&str] = &[
    "report",
    "reports",
    "claim",
    "claims",
    "account",
    "accounts",
    "tweet",
    "statement",
    "rumour",
    "rumours",
    "rumor",
    "rumors",
];
/// Determiners that make a report noun point back ("this claim", "such reports"); not "the",
/// which may name a report of the sentence's own ("… footage; the report is withdrawn").
const BACK_POINTING: &[&str] = &["this", "that", "these", "those", "such"];

/// Whether the next sentence says the report was false: "That was wrong.", "The report was later
/// retracted." at its opening, or anywhere when it names the report pointing back ("We judge this
/// claim, made by both sides, to be untrue.").
fn retracted_next(text: &str, next: &[Token], lex: &Lexicon) -> bool {
    // "* \"The fighters have retaken X.\" No. X is still with the army": a bare "No." answering
    // what was just quoted.
    let mut words = next.iter().filter(|t| t.is_word());
    if words.next().is_some_and(|t| t.norm == "no") && words.next().is_none() {
        return true;
    }
    let names_the_report = next.windows(2).any(|w| {
        BACK_POINTING.contains(&w[0].norm.as_str()) && REPORT_NOUNS.contains(&w[1].norm.as_str())
    });
    // "This was later shown to be false": the falsity word may follow a few words of its own.
    let reach = if names_the_report { next.len() } else { 8 };
    let opening = &next[..next.len().min(reach)];
    let refers_back = names_the_report
        || opening
            .iter()
            .take(3)
            .any(|t| REPORT_REFERENCES.contains(&t.norm.as_str()));
    // "Monitors could not confirm this", "was unable to verify it": undermining what points back.
    let pointed_at = lex.undermining.find_all(text, next).iter().any(|f| {
        next.get(f.end).is_some_and(|t| {
            ["this", "that", "it", "them", "these", "those"].contains(&t.norm.as_str())
        })
    });
    // "… sources say this is untrue": what points back is said to be false.
    let said_false = next.windows(3).any(|w| {
        ["this", "that", "it", "these", "those"].contains(&w[0].norm.as_str())
            && BE.contains(&w[1].norm.as_str())
            && (FALSITY.contains(&w[2].norm.as_str())
                || lex.undermining.longest_at(text, w, 2).is_some())
    });
    // "… spoke with residents there, and the report was not true": the report named and said
    // false.
    let report_false = (0..next.len().saturating_sub(3)).any(|k| {
        let w = &next[k..];
        matches!(w[0].norm.as_str(), "the" | "their" | "this" | "that")
            && REPORT_NOUNS.contains(&w[1].norm.as_str())
            && BE.contains(&w[2].norm.as_str())
            && (FALSITY.contains(&w[3].norm.as_str())
                || lex.undermining.longest_at(text, next, k + 3).is_some())
    });
    // "… we assess the claim as false", "we rate this report as untrue".
    let judged_as_false = next.windows(4).any(|w| {
        matches!(
            w[0].norm.as_str(),
            "the" | "this" | "that" | "their" | "its"
        ) && REPORT_NOUNS.contains(&w[1].norm.as_str())
            && w[2].norm == "as"
            && FALSITY.contains(&w[3].norm.as_str())
    });
    // "It never happened.", "That did not happen.": at the next sentence's opening.
    let opening_words: Vec<&str> = next
        .iter()
        .filter(|t| t.is_word())
        .take(4)
        .map(|t| t.norm.as_str())
        .collect();
    let never_happened = opening_words
        .first()
        .is_some_and(|w| ["it", "this", "that"].contains(w))
        && [
            &["never", "happened"][..],
            &["never", "took", "place"],
            &["did", "not", "happen"],
            &["didn't", "happen"],
        ]
        .iter()
        .any(|p| opening_words[1..].starts_with(p));
    // "… no truth in it", "there is no truth in this".
    let no_truth = next.windows(4).any(|w| {
        w[0].norm == "no"
            && w[1].norm == "truth"
            && w[2].norm == "in"
            && ["it", "this", "that", "them"].contains(&w[3].norm.as_str())
    });
    if pointed_at || said_false || report_false || judged_as_false || never_happened || no_truth {
        return true;
    }
    let falsity = opening.iter().any(|t| FALSITY.contains(&t.norm.as_str()))
        || !lex.undermining.find_all(text, opening).is_empty()
        || lex
            .contradictions
            .find_all(text, opening)
            .iter()
            .any(|c| c.phrase == "not true" || c.phrase == "not confirmed");
    refers_back && falsity
}

/// Whether a sentence with no change of its own says nothing changed ("… saw only soldiers at the
/// roundabout; nothing has changed there."): the change just told did not happen. Not "… tried to
/// come back into X but were driven off; nothing changed there", about its own attempt.
fn nothing_changed(text: &str, next: &[Token], lex: &Lexicon) -> bool {
    // The words first: the verbs' search is the dearer test.
    next.iter().enumerate().any(|(k, t)| {
        t.norm == "nothing" && next[k + 1..].iter().take(2).any(|t| t.norm == "changed")
    }) && !reports_a_change(text, next, lex)
}

/// "Kurdi laughed at that; nobody took anything back": a next sentence whose subject is "nobody"
/// or "no one" before a verb of change says the change just told did not happen.
fn nobody_did_it(text: &str, next: &[Token], lex: &Lexicon) -> bool {
    (0..next.len()).any(|k| {
        let nobody = match next[k].norm.as_str() {
            "nobody" => Some(k + 1),
            "no" if next.get(k + 1).is_some_and(|t| t.norm == "one") => Some(k + 2),
            _ => None,
        };
        nobody.is_some_and(|v| {
            lex.verbs
                .longest_at(text, next, v)
                .is_some_and(|f| matches!(f.value, VerbClass::Change | VerbClass::Partial))
        })
    })
}

/// Words that tell of an attempt ("they tried and were pushed back").
const ATTEMPT_WORDS: &[&str] = &["tried", "attempted"];

/// Whether a sentence with no change of its own says the side tried and was thrown back ("Her
/// nephew … says no, they tried and were pushed back"): what the sentence before told as taken was
/// only attempted. Not "Rebels tried to retake it but were driven back", a counter-attack.
fn tried_and_failed(text: &str, next: &[Token], lex: &Lexicon) -> bool {
    let Some(tried) = next
        .iter()
        .position(|t| ATTEMPT_WORDS.contains(&t.norm.as_str()))
    else {
        return false;
    };
    !reports_a_change(text, next, lex)
        && lex
            .contradictions
            .find_all(text, &next[tried..])
            .iter()
            .any(|c| {
                !c.phrase.starts_with("den")
                    && !c.phrase.starts_with("not ")
                    && !c.phrase.starts_with("still ")
            })
}

/// Whether a sentence opens by undermining what the one before claimed: "Not true – …", "False:
/// …", "Unverified."
fn opens_undermining(text: &str, next: &[Token], lex: &Lexicon) -> bool {
    // "VERDICT: FALSE.", "Rating: untrue": a label before it.
    let at = if next.get(1).is_some_and(|t| t.norm == ":") {
        2
    } else {
        0
    };
    // "No such handover took place": "no such" denies whatever noun follows.
    lex.undermining
        .longest_at(text, next, at)
        .is_some_and(|f| f.phrase == "no such" || next.get(f.end).is_none_or(|t| !t.is_word()))
}

/// A speaker correcting what they just said ("corrects herself", "korrigiert sich", "se corrige").
const SELF_CORRECTIONS: &[[&str; 2]] = &[
    ["corrects", "himself"],
    ["corrects", "herself"],
    ["corrected", "himself"],
    ["corrected", "herself"],
    ["korrigiert", "sich"],
    ["korrigierte", "sich"],
    ["se", "corrige"],
    ["se", "corrigea"],
    ["se", "corrigió"],
    ["si", "corregge"],
    ["si", "corresse"],
];

/// "K.: Die Armee habe X am 28. November eingenommen. P. fragt nach; K. korrigiert sich: X fiel am
/// 26. November": a next sentence in which the speaker corrects what this one said of the same
/// place takes it back.
fn corrects_itself(next: &[Token]) -> bool {
    next.windows(2).any(|w| {
        SELF_CORRECTIONS
            .iter()
            .any(|[a, b]| w[0].norm == *a && w[1].norm == *b)
    })
}

/// Words a question asks whether something is so with ("True?", "Can anyone confirm?").
const TRUTH_WORDS: &[&str] = &[
    "true",
    "confirm",
    "confirmed",
    "verify",
    "verified",
    "sure",
    "real",
    "right",
];

/// Whether the next sentence is a question whether what was said is so ("True?", "Is that
/// confirmed?"): what this sentence reports is asked about, not told.
fn asks_if_true(next: &[Token]) -> bool {
    let asks = next.last().is_some_and(|t| t.norm == "?");
    let short = next.iter().filter(|t| t.is_word()).count() <= 6;
    asks && short && next.iter().any(|t| TRUTH_WORDS.contains(&t.norm.as_str()))
}

/// Nouns that refer back to an attack ("The attack was beaten back.").
const ATTACK_NOUNS: &[&str] = &[
    "attack",
    "attacks",
    "assault",
    "push",
    "offensive",
    "attempt",
    "advance",
    "incursion",
    "counter-attack",
    "counterattack",
];

/// Whether the next sentence opens by undoing what this one reported: "The attack was beaten back.",
/// "The push failed." (not a denial, which needs a claim to dispute); `names_it`: it names a place
/// of this change.
/// Whether the sentence names an attack after the trigger ("…, while a second attack was launched
/// on Y"): "this attack" in the next sentence is that one.
fn attack_after(tokens: &[Token], trig: &Trigger) -> bool {
    tokens[trig.tokens.end..]
        .iter()
        .any(|t| ATTACK_NOUNS.contains(&t.norm.as_str()))
}

/// Where a sentence's words start after a label or a time ("[14:40] …", "2/ UPDATE: …", "18:10 —").
fn body_start(text: &str, next: &[Token]) -> usize {
    let label_end = next
        .iter()
        .take(6)
        .rposition(|t| [":", "]", "\u{2014}", "\u{2013}", "/"].contains(&t.norm.as_str()))
        .filter(|&k| {
            next[..k]
                .iter()
                .all(|t| !t.is_word() || !t.text(text).chars().any(char::is_lowercase))
        });
    label_end.map_or(0, |k| k + 1)
}

fn undone_next(text: &str, next: &[Token], names_it: bool, lex: &Lexicon) -> bool {
    let next = &next[body_start(text, next)..];
    // "The attack", "Their push": the noun refers back, it does not open a new report; further on
    // ("Rebels say the attack on X was repelled", "[14:40] Rebels report they repelled the
    // assault") only in a sentence that reports no change of its own and names this place or
    // none (`names_it`).
    let reach = if names_it && !reports_a_change(text, next, lex) {
        next.len()
    } else {
        3
    };
    let opens_with_attack = next.windows(2).take(reach).any(|w| {
        ["the", "their", "this", "that", "its", "his"].contains(&w[0].norm.as_str())
            && ATTACK_NOUNS.contains(&w[1].norm.as_str())
    });
    opens_with_attack
        && lex
            .contradictions
            .find_all(text, next)
            .iter()
            .any(|c| !c.phrase.starts_with("den"))
}

/// Whether words open on the rest of a place ("the rest of the neighbourhood was still …", "kept
/// the remainder"): what they say is of another part than the one just told of.
fn about_the_rest(words: &[Token]) -> bool {
    let mut w = words
        .iter()
        .filter(|t| t.is_word())
        .map(|t| t.norm.as_str());
    let first = w.next();
    let first = if first == Some("the") {
        w.next()
    } else {
        first
    };
    matches!(first, Some("rest" | "remainder" | "remaining"))
        || (first == Some("other") && matches!(w.next(), Some("part" | "parts" | "half")))
}

/// Whether a sentence has a verb of change of its own (captured, entered, fell, withdrew from).
fn reports_a_change(text: &str, tokens: &[Token], lex: &Lexicon) -> bool {
    lex.verbs.find_all(text, tokens).iter().any(|f| {
        matches!(
            f.value,
            VerbClass::Change | VerbClass::Partial | VerbClass::Fall | VerbClass::Loss
        )
    })
}

/// Whether a sentence says a side is back or still holds what was claimed: "the rebels were back
/// within hours", "the fighters are still there" (a form of *be* before "back", or "still hold",
/// not "will be back"), and reports no change of its own (which it would be about instead).
fn back_in_place(text: &str, next: &[Token], lex: &Lexicon) -> bool {
    if reports_a_change(text, next, lex) || about_the_rest(next) {
        return false;
    }
    let be_at = |i: usize| next.get(i).is_some_and(|t| BE.contains(&t.norm.as_str()));
    let word_at = |i: usize, words: &[&str]| {
        next.get(i)
            .is_some_and(|t| words.contains(&t.norm.as_str()))
    };
    // "… will be back in X before Friday": what is foretold is no return.
    let foretold = |i: usize| {
        i.checked_sub(1)
            .is_some_and(|k| word_at(k, &["will", "would", "could", "may", "might", "shall"]))
    };
    let back = (0..next.len()).any(|i| {
        be_at(i)
            && !foretold(i)
            && (word_at(i + 1, &["back"])
                || (word_at(i + 1, &["still"]) && word_at(i + 2, &["there", "theirs", "in"])))
    });
    back || lex
        .contradictions
        .find_all(text, next)
        .iter()
        .any(|c| c.phrase.starts_with("still "))
}

/// Pronouns that say who claims without naming anyone ("They say …", "people say …").
const IMPERSONAL: &[&str] = &["they", "people", "some", "others", "everyone", "one"];

/// Labels that open a line stating a claim to be checked ("CLAIM: …"), in English and the other
/// languages a note may be kept in ("Gerücht: …").
const CLAIM_LABELS: &[&str] = &[
    "claim",
    "rumour",
    "rumor",
    "allegation",
    "gerücht",
    "behauptung",
    "rumeur",
    "слух",
    "слухи",
    "чутка",
    "чутки",
    "söylenti",
    "شائعة",
    "إشاعة",
];

/// How many tokens a label's bracketed aside may run to ("Gerücht (Twitter, 15.12.2016):").
const LABEL_ASIDE_REACH: usize = 12;

/// Whether the sentence opens with a claim's label and its colon, a bracketed aside between
/// ("Rumour (Twitter, 15.12.2016): …").
fn claim_labelled(tokens: &[Token]) -> bool {
    let labelled = tokens
        .first()
        .is_some_and(|t| CLAIM_LABELS.contains(&t.norm.as_str()));
    let colon_at = match tokens.get(1).map(|t| t.norm.as_str()) {
        Some("(") => tokens
            .iter()
            .take(LABEL_ASIDE_REACH)
            .position(|t| t.norm == ")")
            .map(|k| k + 1),
        _ => Some(1),
    };
    labelled && colon_at.is_some_and(|k| tokens.get(k).is_some_and(|t| t.norm == ":"))
}

/// German's subjunctive auxiliaries, which put what a clause says in someone else's mouth.
const GERMAN_REPORTED: &[&str] = &["hätten", "hätte", "seien", "wären", "wäre"];

/// How far before the trigger a subjunctive auxiliary may stand.
const REPORTED_REACH: usize = 8;

/// "Die Meldung der Nacht, die Rebellen hätten X zurückerobert, ist falsch": a subjunctive
/// auxiliary in the trigger's clause reports what someone said.
fn reported_in_german(tokens: &[Token], trig: &Trigger) -> bool {
    (trig.tokens.start.saturating_sub(REPORTED_REACH)..trig.tokens.start)
        .rev()
        .take_while(|&k| tokens[k].norm != ",")
        .any(|k| GERMAN_REPORTED.contains(&tokens[k].norm.as_str()))
}

/// Who claims it: "according to X" anywhere, "X said (that) …" before the trigger, ", X said." after
/// it, or "reportedly" just before the trigger or its first place.
pub(super) fn claim_for(
    text: &str,
    tokens: &[Token],
    trig: &Trigger,
    targets: &[Target],
    lex: &Lexicon,
) -> Option<String> {
    // "CLAIM: …", "Rumour: …": a line labelled as what is claimed.
    if claim_labelled(tokens) {
        return Some("the claim checked".to_string());
    }
    if reported_in_german(tokens, trig) {
        return Some("unnamed sources".to_string());
    }
    if let Some(f) = lex.claim_markers.find_all(text, tokens).first() {
        let np = noun_phrase_after(text, tokens, f.end);
        if !np.is_empty() {
            return Some(np);
        }
    }
    let verbs = lex.claim_verbs.find_all(text, tokens);
    if let Some(f) = verbs.iter().rfind(|f| f.end <= trig.tokens.start) {
        let np = noun_phrase_before(text, tokens, f.start, lex);
        // "They say the army got into …": a pronoun names nobody.
        let nobody = np.is_empty() || IMPERSONAL.contains(&np.to_lowercase().as_str());
        return Some(if nobody {
            "unnamed sources".to_string()
        } else {
            np
        });
    }
    // ", the monitor said." — an attribution after a comma, with no verb of its own in between.
    if let Some(f) = verbs.iter().find(|f| f.start >= trig.tokens.end) {
        let comma = (trig.tokens.end..f.start)
            .rev()
            .find(|&i| tokens[i].norm == ",");
        if let Some(c) = comma {
            let np = noun_phrase_before(text, tokens, f.start, lex);
            if !np.is_empty() && c + 1 + np.split_whitespace().count() >= f.start.saturating_sub(1)
            {
                return Some(np);
            }
        }
    }
    // "reportedly" just before the trigger or its first place; "it was reported" anywhere before it.
    let first_place = targets
        .first()
        .and_then(|t| tokens.iter().position(|x| x.start == t.range.start));
    let unattributed = lex
        .unattributed_claims
        .find_all(text, tokens)
        .into_iter()
        .any(|f| {
            let close_to = |at: usize| f.end <= at && at - f.end <= 2;
            close_to(trig.tokens.start)
                || first_place.is_some_and(close_to)
                || (f.phrase.contains(' ') && f.end <= trig.tokens.start)
        });
    if unattributed {
        return Some("unattributed reports".to_string());
    }
    None
}

/// The words before `at` back to a clause boundary, without adverbs: "the Syrian army", "a military
/// source", "SOHR and a witness".
pub(super) fn noun_phrase_before(text: &str, tokens: &[Token], at: usize, lex: &Lexicon) -> String {
    let mut end = at;
    while end > 0 && ADVERBS.contains(&tokens[end - 1].norm.as_str()) {
        end -= 1;
    }
    // "a spokesman for X, an alliance of rebel factions, said": skip the apposition.
    if end > 0 && tokens[end - 1].norm == "," {
        if let Some(open) = (end.saturating_sub(12)..end - 1)
            .rev()
            .find(|&i| tokens[i].norm == ",")
        {
            end = open;
        }
    }
    let mut start = end;
    while start > 0 && end - start < 10 {
        let t = &tokens[start - 1];
        // A dash between spaces ("BEIRUT, Nov. 28 (Wire) - The army") is not inside a name.
        let spaced_dash = t.norm == "-" && text[..t.start].ends_with(char::is_whitespace);
        let stop = (!t.is_word() && !matches!(t.text(text), "'" | "’" | "-"))
            || spaced_dash
            || t.norm.chars().next().is_some_and(|c| c.is_ascii_digit())
            || [
                "that", "claim", "claims", "but", "although", "however", "while", "which",
            ]
            .contains(&t.norm.as_str())
            || lex.boundaries.longest_at(text, tokens, start - 1).is_some()
            || lex.verbs.longest_at(text, tokens, start - 1).is_some();
        if stop {
            break;
        }
        start -= 1;
    }
    phrase_text(text, tokens, start, end)
}

/// The words after `at` up to a comma or the end: "a rebel official", "the Syrian Army".
pub(super) fn noun_phrase_after(text: &str, tokens: &[Token], at: usize) -> String {
    let mut end = at;
    while end < tokens.len()
        && end - at < 12
        && (tokens[end].is_word() || matches!(tokens[end].text(text), "'" | "’" | "-"))
    {
        end += 1;
    }
    phrase_text(text, tokens, at, end)
}

pub(super) fn phrase_text(text: &str, tokens: &[Token], start: usize, end: usize) -> String {
    if start >= end {
        return String::new();
    }
    let s = &text[tokens[start].start..tokens[end - 1].end];
    s.strip_prefix("The ")
        .or_else(|| s.strip_prefix("the "))
        .unwrap_or(s)
        .to_string()
}
