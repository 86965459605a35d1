//! Repair of text that was UTF-8 once mis-decoded as Windows-1252 or as Mac Roman ("mojibake").
//!
//! The repair is all or nothing for a whole text: encode it back into the wrong single-byte encoding and
//! decode those bytes as UTF-8. It is applied only when every character maps back, the bytes are valid
//! UTF-8, and the result is actually different; clean text (ASCII, or real non-ASCII such as “quotes” or
//! Arabic) fails one of those tests and is returned untouched, byte for byte.

use encoding_rs::{Encoding, MACINTOSH, WINDOWS_1252};
use std::borrow::Cow;

/// Which mis-decoding was reversed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Misdecoding {
    Windows1252,
    MacRoman,
}

impl Misdecoding {
    pub fn label(self) -> &'static str {
        match self {
            Self::Windows1252 => "UTF-8 read as Windows-1252",
            Self::MacRoman => "UTF-8 read as Mac Roman",
        }
    }

    fn encoding(self) -> &'static Encoding {
        match self {
            Self::Windows1252 => WINDOWS_1252,
            Self::MacRoman => MACINTOSH,
        }
    }
}

/// Returns the repaired text and which mis-decoding was reversed, or the text itself when it is clean.
pub fn repair_mojibake(text: &str) -> (Cow<'_, str>, Option<Misdecoding>) {
    if text.is_ascii() {
        return (Cow::Borrowed(text), None);
    }
    let mut best: Option<(String, Misdecoding)> = None;
    for candidate in [Misdecoding::Windows1252, Misdecoding::MacRoman] {
        let Some(repaired) = reverse(text, candidate.encoding()) else {
            continue;
        };
        // Each repaired sequence folds two to four characters into one, so fewer characters is better.
        let shorter = repaired.chars().count() < text.chars().count();
        let better = match &best {
            None => true,
            Some((b, _)) => repaired.chars().count() < b.chars().count(),
        };
        if shorter && better {
            best = Some((repaired, candidate));
        }
    }
    match best {
        Some((repaired, how)) => (Cow::Owned(repaired), Some(how)),
        None => (Cow::Borrowed(text), None),
    }
}

fn reverse(text: &str, wrong: &'static Encoding) -> Option<String> {
    let (bytes, _, had_unmappable) = wrong.encode(text);
    if had_unmappable {
        return None;
    }
    let repaired = String::from_utf8(bytes.into_owned()).ok()?;
    (repaired != text).then_some(repaired)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1252_dash_and_flag_come_back() {
        let broken = "November\u{e2}\u{20ac}\u{201c}December \u{f0}\u{178}\u{2021}\u{b7}\u{f0}\u{178}\u{2021}\u{ba} Russia";
        let (fixed, how) = repair_mojibake(broken);
        assert_eq!(fixed, "November–December 🇷🇺 Russia");
        assert_eq!(how, Some(Misdecoding::Windows1252));
    }

    #[test]
    fn mac_roman_dash_comes_back() {
        // "2012–2016" mis-decoded as Mac Roman reads "2012‚Äì2016".
        let (fixed, how) = repair_mojibake("2012\u{201a}\u{c4}\u{ec}2016");
        assert_eq!(fixed, "2012–2016");
        assert_eq!(how, Some(Misdecoding::MacRoman));
    }

    #[test]
    fn clean_text_is_untouched() {
        for clean in [
            "plain ascii",
            "“curly quotes” and – dashes",
            "حلب and café",
            "Besieged: 85% of the east",
        ] {
            let (out, how) = repair_mojibake(clean);
            assert_eq!(out, clean);
            assert!(how.is_none());
            assert!(matches!(out, Cow::Borrowed(_)));
        }
    }
}
