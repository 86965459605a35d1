//! Arabic text that a reader can read: a font with Arabic letters shipped with the program (Noto Sans
//! Arabic, SIL Open Font License 1.1, `assets/fonts/`), so the names are drawn the same with or without
//! system fonts, in the window and in exports alike.
//!
//! What egui 0.37 does with Arabic: it shapes each run of text with harfrust (HarfBuzz's shaping in
//! Rust), so the letters of a word join and a run is laid out right to left. It has no bidi pass: it
//! splits text into runs by font face, not by script, and places the runs left to right. A name whose
//! letters and spaces come from different fonts is then drawn with its words in the wrong order (the
//! app showed "فارس الشيخ" for الشيخ فارس while its Arabic letters came from a system font). In the
//! [`ARABIC`] family the first font is the Arabic one, which has its own space, so a name is one run,
//! shaped and ordered right to left as a whole; [`arabic_or_default`] picks that family for text in
//! Arabic script (labels, the tooltip, the passages panel, Find), and the font is also the
//! proportional family's fallback, so Arabic letters anywhere else show as letters, not boxes. (In
//! the proportional family the order is not to be relied on: a test comparing it with the Arabic
//! family passed alone and failed once in a full run.)

use egui::epaint::text::{FontData, FontInsert, FontPriority, InsertFontFamily};
use egui::{FontFamily, FontId};

/// The family whose first font is the Arabic one.
pub const ARABIC: &str = "arabic";

/// The font file, compiled in.
const NOTO_SANS_ARABIC: &[u8] = include_bytes!("../../../assets/fonts/NotoSansArabic-Regular.ttf");

/// Adds the Arabic font to `ctx`: first in the [`ARABIC`] family, and last (a fallback for Arabic
/// letters) in the proportional one, so Arabic names in any widget show letters, not boxes.
pub fn install(ctx: &egui::Context) {
    ctx.add_font(FontInsert::new(
        "NotoSansArabic-Regular",
        FontData::from_static(NOTO_SANS_ARABIC),
        vec![
            InsertFontFamily {
                family: arabic_family(),
                priority: FontPriority::Highest,
            },
            InsertFontFamily {
                family: FontFamily::Proportional,
                priority: FontPriority::Lowest,
            },
        ],
    ));
}

fn arabic_family() -> FontFamily {
    FontFamily::Name(ARABIC.into())
}

/// Whether most letters of `text` are in Arabic script.
pub fn is_arabic(text: &str) -> bool {
    let (mut arabic, mut other) = (0usize, 0usize);
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        if matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
        {
            arabic += 1;
        } else {
            other += 1;
        }
    }
    arabic > other
}

/// A font of `size` for `text`: the [`ARABIC`] family for Arabic text, the proportional one otherwise.
pub fn arabic_or_default(text: &str, size: f32) -> FontId {
    if is_arabic(text) {
        FontId::new(size, arabic_family())
    } else {
        FontId::proportional(size)
    }
}

/// `text` in the font [`arabic_or_default`] picks, for a label in a panel.
pub fn rich(text: &str, size: f32) -> egui::RichText {
    egui::RichText::new(display_order(text)).font(arabic_or_default(text, size))
}

/// Whether `c` is an Arabic-Indic or Persian digit ("٣", "۳").
fn is_eastern_digit(c: char) -> bool {
    matches!(c, '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}')
}

/// `text` as egui is to be given it: each run of Arabic-Indic or Persian digits reversed. egui lays
/// a run of Arabic script out right to left with no bidi pass, so "۱۳۹۵" would be drawn "۵۹۳۱";
/// reversed first, a number reads left to right as numbers do. Separators between digit groups
/// ("۶/۱۲/۲۰۱۶") stay where they are: in the proportional family, where passages and headings are
/// drawn, a slash comes from the Latin font, a run of its own placed left to right, so each group
/// reversed on its own draws the date in its written order (in the [`ARABIC`] family, which names
/// use, a date with slashes would show its groups in reverse order). Each character keeps its
/// width in bytes, so a highlight's byte range over the text stays where it was. Text without such
/// digits is returned as it is.
pub fn display_order(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(is_eastern_digit) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut digits = String::new();
    for c in text.chars() {
        if is_eastern_digit(c) {
            digits.push(c);
            continue;
        }
        out.extend(digits.chars().rev());
        digits.clear();
        out.push(c);
    }
    out.extend(digits.chars().rev());
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Lays `text` out in a context with the Arabic font; the characters of its glyphs, left to right.
    fn glyph_chars(text: &str, font: FontId) -> Vec<char> {
        let ctx = egui::Context::default();
        install(&ctx);
        let mut chars = Vec::new();
        let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
            let galley =
                ui.painter()
                    .layout_no_wrap(text.to_string(), font.clone(), egui::Color32::WHITE);
            let row = &galley.rows[0];
            let mut glyphs: Vec<_> = row
                .glyphs
                .iter()
                .filter(|g| g.advance_width > 0.0)
                .collect();
            glyphs.sort_by(|a, b| a.pos.x.total_cmp(&b.pos.x));
            chars = glyphs.iter().map(|g| g.chr).collect();
        });
        output.textures_delta.clear();
        chars
    }

    #[test]
    fn arabic_words_read_right_to_left_in_the_arabic_family() {
        // "ash-Sheikh Fares": the first word, الشيخ, must stand to the right of the second, فارس.
        let text = "الشيخ فارس";
        let chars = glyph_chars(text, arabic_or_default(text, 14.0));
        // Lam is only in the first word, feh only in the second.
        let lam = chars.iter().position(|&c| c == 'ل').expect("lam drawn");
        let feh = chars.iter().position(|&c| c == 'ف').expect("feh drawn");
        let space = chars.iter().position(|&c| c == ' ').expect("space drawn");
        assert!(
            feh < space && space < lam,
            "the second word must be left of the first: {chars:?}"
        );
        // Right to left within a word too: the last letter of فارس (seen) is its leftmost.
        let seen = chars.iter().position(|&c| c == 'س').expect("seen drawn");
        assert!(seen < feh, "{chars:?}");
    }

    #[test]
    fn a_persian_year_reads_left_to_right_among_words_read_right_to_left() {
        // "۸ آذر ۱۳۹۵": drawn, the year's digits stand left to right as written (۱ leftmost),
        // and the year, the sentence's last word, stands left of the month.
        let text = "۸ آذر ۱۳۹۵";
        let chars = glyph_chars(&display_order(text), arabic_or_default(text, 14.0));
        let digits: Vec<char> = chars
            .iter()
            .copied()
            .filter(|&c| is_eastern_digit(c))
            .collect();
        assert_eq!(digits.iter().collect::<String>(), "۱۳۹۵۸", "{chars:?}");
        let zal = chars.iter().position(|&c| c == 'ذ').expect("zal drawn");
        let one = chars.iter().position(|&c| c == '۱').expect("one drawn");
        assert!(one < zal, "{chars:?}");
    }

    #[test]
    fn display_order_keeps_byte_offsets_and_latin_text() {
        assert_eq!(display_order("taken on 6/12/2016"), "taken on 6/12/2016");
        let text = "یوم ۶/۱۲/۲۰۱۶ آذر";
        let shown = display_order(text);
        assert_eq!(shown, "یوم ۶/۲۱/۶۱۰۲ آذر");
        assert_eq!(shown.len(), text.len());
    }

    #[test]
    fn letters_join_the_shaper_uses_contextual_forms() {
        // A joined word is narrower than its letters drawn apart (isolated forms are wider), and
        // the same letter takes different widths in different places.
        let ctx = egui::Context::default();
        install(&ctx);
        let mut widths = (0.0, 0.0);
        let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
            let font = FontId::new(20.0, arabic_family());
            let width = |t: &str| {
                ui.painter()
                    .layout_no_wrap(t.to_string(), font.clone(), egui::Color32::WHITE)
                    .size()
                    .x
            };
            widths = (width("سسس"), width("س س س") - 2.0 * width(" "));
        });
        output.textures_delta.clear();
        assert!(widths.0 < widths.1 - 1.0, "joined {widths:?}");
    }

    #[test]
    fn script_is_judged_by_most_letters() {
        assert!(is_arabic("قلعة حلب"));
        assert!(!is_arabic("Aleppo Citadel"));
        assert!(!is_arabic("12 (٣)"));
    }
}
