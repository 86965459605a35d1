//! Where a name starts and how far it runs: the longest name the layer resolves from a token, one
//! read by its sound, one after a word joined to its front ("d'al-Firdous", "والمرجة"), one spelled
//! as other alphabets spell it (Cyrillic "х", Turkish case endings, German "ch").

use super::*;

/// Whether a token can start a name: a capital, an article and a capital, or a non-Latin letter.
pub(super) fn can_start(token: &Token, text: &str) -> bool {
    token.is_word() && word_can_start(token.text(text))
}

/// [`can_start`] of a word's text.
pub(super) fn word_can_start(word: &str) -> bool {
    let Some(first) = word.chars().next() else {
        return false;
    };
    if first.is_uppercase() || (first.is_alphabetic() && !first.is_ascii()) && !first.is_lowercase()
    {
        return true;
    }
    word.split_once(['-', '‐', '‑'])
        .is_some_and(|(article, rest)| {
            ARTICLES.contains(&article) && rest.chars().next().is_some_and(char::is_uppercase)
        })
}

pub(super) fn inside_name(token: &Token, text: &str) -> bool {
    token.is_word() || matches!(token.text(text), "'" | "’" | "‘" | "ʿ" | "-" | "‐")
}

/// The name starting at the token at `i` (any word may, in a sentence written in lower case): the
/// longest the layer resolves or sounds out, else one after a word joined to the token's front
/// ("والمرجة", "d'al-Firdous"); with the token after it, how it resolves and how many bytes of
/// the token it leaves out.
pub(super) fn name_at(
    text: &str,
    tokens: &[Token],
    i: usize,
    lower_case: bool,
    keys: &NameKeys,
    layer: &DistrictLayer,
) -> Option<(usize, Resolution, usize)> {
    let token = &tokens[i];
    if !token.is_word() {
        return None;
    }
    let word = token.text(text);
    if lower_case || can_start(token, text) {
        let max = (i + MAX_NAME_TOKENS).min(tokens.len());
        let found = longest_name_at(text, tokens, i, 0, keys, layer)
            .or_else(|| {
                keys.may_start(word)
                    .then(|| sounded_name(text, tokens, (i, 0), max, keys, layer))
                    .flatten()
            })
            .or_else(|| respelled_name(text, tokens, i, keys, layer));
        if let Some((end, resolution)) = found {
            return Some((end, resolution, 0));
        }
    }
    let skip = joined_word_len(word).filter(|&n| lower_case || word_can_start(&word[n..]))?;
    let max = (i + MAX_NAME_TOKENS).min(tokens.len());
    longest_name_at(text, tokens, i, skip, keys, layer)
        .or_else(|| sounded_name(text, tokens, (i, skip), max, keys, layer))
        .map(|(end, resolution)| (end, resolution, skip))
}

/// The longest name the layer resolves that starts `skip` bytes into the token at `i`, and
/// the token after it.
fn longest_name_at(
    text: &str,
    tokens: &[Token],
    i: usize,
    skip: usize,
    keys: &NameKeys,
    layer: &DistrictLayer,
) -> Option<(usize, Resolution)> {
    let start = tokens[i].start + skip;
    if !keys.may_start(text.get(start..tokens[i].end)?) {
        return None;
    }
    let max = (i + MAX_NAME_TOKENS).min(tokens.len());
    name_ends(text, tokens, i, max).find_map(|end| {
        let name = singular_or_as_written(&text[start..tokens[end - 1].end], keys)?;
        let resolution = layer.resolve(name);
        (resolution != Resolution::NotFound).then_some((end, resolution))
    })
}

/// Articles and prepositions French and Italian elide onto the next word, an apostrophe between
/// ("d'al-Firdous", "dell'Hanano").
const ELIDED: &[&str] = &["d", "l", "dell", "nell", "all", "dall", "sull", "qu"];

/// The length in bytes of a word joined to the front of another: Arabic's "and" (و) before
/// three letters or more ("والمرجة"), or an elided article or preposition ("d'al-Firdous").
fn joined_word_len(word: &str) -> Option<usize> {
    if let Some(rest) = word.strip_prefix('\u{0648}') {
        let arabic = |c: char| ('\u{0621}'..='\u{064A}').contains(&c);
        return (rest.chars().count() >= 3 && rest.chars().all(arabic))
            .then_some('\u{0648}'.len_utf8());
    }
    let (head, _) = word.split_once(['\'', '’'])?;
    if !ELIDED.iter().any(|e| head.eq_ignore_ascii_case(e)) {
        return None;
    }
    let apostrophe = word[head.len()..].chars().next()?;
    let n = head.len() + apostrophe.len_utf8();
    word[n..]
        .chars()
        .next()
        .is_some_and(char::is_alphabetic)
        .then_some(n)
}

/// The longest run of tokens from `i` (less the `skip` bytes of a word joined to its front) that
/// sounds like one district's name (a spelling the layer does not list), with its end.
fn sounded_name(
    text: &str,
    tokens: &[Token],
    (i, skip): (usize, usize),
    max: usize,
    keys: &NameKeys,
    layer: &DistrictLayer,
) -> Option<(usize, Resolution)> {
    // A name sounded out has at most `sound_words` words (and its marks between them).
    let max = max.min(i + 2 * keys.sound_words);
    let start = tokens[i].start + skip;
    if !keys.first_sounds.contains(
        sound_key(text.get(start..tokens[i].end)?)
            .split(' ')
            .next()
            .unwrap_or(""),
    ) {
        return None;
    }
    name_ends(text, tokens, i, max).find_map(|end| {
        let written = &text[start..tokens[end - 1].end];
        let resolution = layer.resolve(keys.by_sound(written)?);
        (resolution != Resolution::NotFound).then_some((end, resolution))
    })
}

/// A name as other alphabets spell it, where the keys miss it: Cyrillic "х" stands for Arabic's
/// "h" (ح) as well as its "kh" (خ), which the keys read it as ("Ханано" is Hanano, "Хайдария"
/// al-Haydariyeh), Turkish puts a case ending after a name's apostrophe ("Şeyh Said'i"), German
/// writes "kh" "ch" ([`german_ch`]). The longest name from the token at `i` read so.
fn respelled_name(
    text: &str,
    tokens: &[Token],
    i: usize,
    keys: &NameKeys,
    layer: &DistrictLayer,
) -> Option<(usize, Resolution)> {
    let max = (i + MAX_NAME_TOKENS).min(tokens.len());
    let cyrillic = tokens[i].text(text).contains(['х', 'Х']);
    let turkish = |end: usize| {
        let last = tokens[end - 1].text(text);
        let kept = crate::extract::tokens::without_turkish_ending(last);
        (kept.len() < last.len()).then_some(tokens[end - 1].end - (last.len() - kept.len()))
    };
    name_ends(text, tokens, i, max).find_map(|end| {
        let cut = turkish(end);
        let span = &text[tokens[i].start..cut.unwrap_or(tokens[end - 1].end)];
        let german = german_ch(span);
        if !cyrillic && cut.is_none() && german.is_none() {
            return None;
        }
        let written = german
            .unwrap_or_else(|| span.to_string())
            .replace('х', "h")
            .replace('Х', "H");
        let resolution = if keys.keys.contains(&name_key(&written)) {
            layer.resolve(&written)
        } else {
            layer.resolve(keys.by_sound(&written)?)
        };
        (resolution != Resolution::NotFound).then_some((end, resolution))
    })
}

/// German writes Arabic's "kh" (خ) "ch" ("Scheich Chodr", "as-Sachur"), which the keys read as
/// French "sh": the name with each "ch" outside a "sch" written "kh", when it has one.
fn german_ch(written: &str) -> Option<String> {
    // Most names tried here have no "ch" at all: no copies for them.
    if !written.contains("ch") {
        return None;
    }
    let kept = written.replace("sch", "\u{0}").replace("Sch", "\u{1}");
    kept.contains("ch").then(|| {
        kept.replace("ch", "kh")
            .replace("Ch", "Kh")
            .replace('\u{0}', "sch")
            .replace('\u{1}', "Sch")
    })
}

/// The ends a name from the token at `i` may run to, longest first (at most to `max`): every token
/// inside it a word or a name's mark, the last a word.
fn name_ends<'a>(
    text: &'a str,
    tokens: &'a [Token],
    i: usize,
    max: usize,
) -> impl Iterator<Item = usize> + 'a {
    (i + 1..=max).rev().filter(move |&end| {
        tokens[i..end].iter().all(|t| inside_name(t, text)) && tokens[end - 1].is_word()
    })
}
