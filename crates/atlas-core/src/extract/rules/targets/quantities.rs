//! The extent quantifiers and parts give a place: "most of", "a third of", "30% of", "its
//! northern streets".

use super::*;

pub(in crate::extract::rules) fn quantify(q: Quantifier) -> Extent {
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
pub(in crate::extract::rules) fn quantifier_before(
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
pub(super) const TENS: &[(&str, f64)] = &[
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
pub(super) fn share_number(word: &str) -> Option<f64> {
    word.parse::<f64>()
        .ok()
        .or_else(|| TENS.iter().find(|(w, _)| *w == word).map(|&(_, n)| n))
}

/// "several building blocks in", "the exposed side of": something inside the place is the object.
pub(in crate::extract::rules) fn subpart_before(
    text: &str,
    tokens: &[Token],
    from: usize,
    to: usize,
) -> bool {
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
