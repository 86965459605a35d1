//! Which writing system a text is in ("Latin", "Arabic"), and whether it is written in two at once
//! (a translation unit, a side-by-side table's row), for reading a parallel text once.

/// The writing systems a passage may be in, told apart by its letters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Script {
    Latin,
    Arabic,
    Cyrillic,
    Greek,
    Other,
}

/// How many of a text's letters each script has, in the order of [`SCRIPTS`].
fn letters_by_script(text: &str) -> [usize; 5] {
    let mut counts = [0usize; 5];
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        let k = match c as u32 {
            0x41..=0x5A | 0x61..=0x7A | 0xC0..=0x24F | 0x1E00..=0x1EFF => 0,
            0x600..=0x6FF | 0x750..=0x77F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => 1,
            0x400..=0x4FF => 2,
            0x370..=0x3FF => 3,
            _ => 4,
        };
        counts[k] += 1;
    }
    counts
}

/// The scripts [`letters_by_script`] counts.
const SCRIPTS: [Script; 5] = [
    Script::Latin,
    Script::Arabic,
    Script::Cyrillic,
    Script::Greek,
    Script::Other,
];

/// The script most of a text's letters are in.
pub(super) fn script_of(text: &str) -> Script {
    let counts = letters_by_script(text);
    SCRIPTS[(0..5).max_by_key(|&k| counts[k]).unwrap_or(0)]
}

/// An eighth of a text's letters, and at least [`BILINGUAL_LETTERS`]: a script with as many is one
/// the text is written in.
const BILINGUAL_SHARE: usize = 8;
const BILINGUAL_LETTERS: usize = 12;

/// Whether a text is written in Latin letters and in another script at once (a translation unit,
/// a side-by-side table's row), not a name or a word in another script within a sentence.
pub(crate) fn bilingual(text: &str) -> bool {
    let counts = letters_by_script(text);
    let total: usize = counts.iter().sum();
    let written = |n: usize| n >= BILINGUAL_LETTERS && n * BILINGUAL_SHARE >= total;
    written(counts[0]) && counts[1..].iter().any(|&n| written(n))
}

/// Whether a word is written in Latin letters (or in none).
pub(crate) fn in_latin(word: &str) -> bool {
    let counts = letters_by_script(word);
    counts[1..].iter().all(|&n| n <= counts[0])
}

/// Whether a word is written in Arabic letters ("استعادت").
pub(crate) fn in_arabic(word: &str) -> bool {
    script_of(word) == Script::Arabic
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_and_bilingual_texts_are_told_apart() {
        assert_eq!(script_of("The army took Hanano"), Script::Latin);
        assert_eq!(script_of("سيطر الجيش على حي هنانو"), Script::Arabic);
        assert!(in_arabic("استعادت") && !in_arabic("retook"));
        assert!(bilingual(
            "<seg>استعادت المعارضة حي الفردوس.</seg> <seg>The opposition retook al-Fardous.</seg>"
        ));
        // A name in another script within an English sentence does not make it bilingual.
        assert!(!bilingual(
            "The army took Hanano (هنانو) on Saturday, the monitor said."
        ));
    }
}
