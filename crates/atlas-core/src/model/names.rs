//! Place-name matching that ignores case, diacritics, punctuation, articles and generic words, so that
//! "Al-Sheikh Sa'eed district", "Sheikh Saeed" and "sheikh saʿeed" are one key.

use std::collections::HashMap;
use unicode_normalization::UnicodeNormalization;

/// Leading articles dropped from every word ("al-Haydariyeh", "ash-Sha'ar", "el-Bab").
const ARTICLES: &[&str] = &[
    "al", "el", "ash", "as", "ad", "az", "aj", "an", "at", "ar", "ath", "adh", "the",
    // French and older English transliterations write the article with an "e" before a sun
    // letter: "Seif ed-Dawla", "Bab es-Salameh", "Tell er-Rifaat", "Cheikh esh-Sheikh".
    "ed", "es", "er", "esh", "ech", "et", "ez", "ej", "en", "eth",
    // A Hebrew transliteration's article: "Salah a-Din", "a-Sakhur".
    "a",
];
/// Generic words dropped wherever they stand.
const GENERIC: &[&str] = &[
    "district",
    "districts",
    "neighbourhood",
    "neighbourhoods",
    "neighborhood",
    "neighborhoods",
    "quarter",
    "quarters",
    "area",
    "areas",
];

/// Words other languages spell their own way, as English does: the city ("Alepo", "Alep",
/// "Halep") and the title ("Sheij", "Xeque", "Scheich", "Şeyh", "Szejk").
const EXONYMS: &[(&str, &str)] = &[
    ("alepo", "aleppo"),
    ("alep", "aleppo"),
    ("halep", "aleppo"),
    ("sheij", "sheikh"),
    ("cheij", "sheikh"),
    ("jeque", "sheikh"),
    ("xeque", "sheikh"),
    ("scheich", "sheikh"),
    ("sheyh", "sheikh"),
    ("sheih", "sheikh"),
    ("szejk", "sheikh"),
    ("sheich", "sheikh"),
    ("seyh", "sheikh"),
    ("sjeik", "sheikh"),
    // Kurdish: "Şêx Fares".
    ("shex", "sheikh"),
];

/// The matching key of a name: lower case, no diacritics, no punctuation, no articles or generic words.
pub fn name_key(name: &str) -> String {
    let mut plain = String::with_capacity(name.len());
    let latin = latin_letters(name);
    for c in scholarly_letters(&latin).nfkd() {
        if unicode_normalization::char::is_combining_mark(c) || is_arabic_diacritic(c) {
            continue;
        }
        let c = fold_arabic(c);
        if c.is_alphanumeric() {
            plain.extend(c.to_lowercase());
        } else if matches!(c, '\'' | '’' | '‘' | 'ʿ' | 'ʾ' | '`' | '´' | 'ʼ') {
            // Apostrophes mark an ayn or hamza: "Sa'eed" is "Saeed".
        } else {
            plain.push(' ');
        }
    }
    let words: Vec<&str> = plain
        .split_whitespace()
        .filter(|w| !GENERIC.contains(w))
        .collect();
    let mut key = String::with_capacity(plain.len());
    for (i, word) in words.iter().enumerate() {
        // An article is dropped when a word follows it: "al marjeh" → "marjeh", but a lone "as" stays.
        if ARTICLES.contains(word) && i + 1 < words.len() {
            continue;
        }
        let word = word
            .strip_prefix("ال")
            .filter(|w| w.chars().count() >= 2)
            .unwrap_or(word);
        let word = EXONYMS
            .iter()
            .find(|(other, _)| *other == word)
            .map_or(word, |&(_, english)| english);
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(&german_letters(word));
    }
    key
}

/// German spelling's letters for one sound ("al-Schaar", "al-Dschallum", "Tschalabi"): "dsch" j,
/// "tsch" ch, "sch" sh.
fn german_letters(word: &str) -> std::borrow::Cow<'_, str> {
    if !word.contains("sch") {
        return std::borrow::Cow::Borrowed(word);
    }
    std::borrow::Cow::Owned(
        word.replace("dsch", "j")
            .replace("tsch", "ch")
            .replace("sch", "sh"),
    )
}

/// Cyrillic letters as Russian, Ukrainian, Bulgarian and Serbian news write Arabic names
/// ("Шаар", "Марджа", "Шейх-Лютфі"), in the Latin letters the layer's names are in.
fn latin_letters(name: &str) -> std::borrow::Cow<'_, str> {
    if !name.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c)) {
        return std::borrow::Cow::Borrowed(name);
    }
    let lower = name.to_lowercase();
    // "дж" is how Russian writes "j" ("Джабаль").
    let lower = lower.replace("дж", "j");
    let mut out = String::with_capacity(lower.len() * 2);
    let mut after_consonant = false;
    for c in lower.chars() {
        // "Лютфі": after a consonant, "ю", "я", "є", "ё" only soften it; the vowel is the name's.
        let softened = match c {
            'ю' => Some("u"),
            'я' => Some("a"),
            'є' => Some("e"),
            'ё' => Some("o"),
            _ => None,
        };
        let is_letter = c.is_alphabetic();
        if let Some(vowel) = softened.filter(|_| after_consonant) {
            out.push_str(vowel);
            after_consonant = false;
            continue;
        }
        after_consonant = is_letter && !"аеиоуыэюяєіїё".contains(c);
        let latin = match c {
            'а' => "a",
            'б' => "b",
            'в' => "v",
            'г' => "g",
            'ґ' => "g",
            'д' => "d",
            'е' | 'э' => "e",
            'є' => "ye",
            'ё' => "yo",
            'ж' => "zh",
            'з' => "z",
            'и' => "i",
            'і' => "i",
            'ї' => "yi",
            'й' | 'ы' => "y",
            'ј' => "j",
            'к' => "k",
            'л' => "l",
            'љ' => "lj",
            'м' => "m",
            'н' => "n",
            'њ' => "nj",
            'о' => "o",
            'п' => "p",
            'р' => "r",
            'с' => "s",
            'т' => "t",
            'ћ' => "c",
            'у' => "u",
            'ф' => "f",
            'х' => "kh",
            'ц' => "ts",
            'ч' => "ch",
            'џ' => "j",
            'ш' => "sh",
            'щ' => "shch",
            'ъ' | 'ь' => "",
            'ю' => "yu",
            'я' => "ya",
            other => {
                out.push(other);
                continue;
            }
        };
        out.push_str(latin);
    }
    std::borrow::Cow::Owned(out)
}

/// A scholarly transliteration's letters for two (DIN 31635, as German and French Arabists write
/// "aš-Šaiḫ Naǧǧār"): š (and the Turkish and Romanian ş) sh, ḫ kh, ǧ j, ṯ th, ḏ dh, ġ gh. Other
/// marks (ṣ, ḥ, ā) fall away with the diacritics.
fn scholarly_letters(name: &str) -> std::borrow::Cow<'_, str> {
    const PAIRS: &[(char, &str)] = &[
        ('š', "sh"),
        ('Š', "Sh"),
        // Turkish and Romanian: "Şeih Said".
        ('ş', "sh"),
        ('Ş', "Sh"),
        ('ḫ', "kh"),
        ('Ḫ', "Kh"),
        ('ǧ', "j"),
        ('Ǧ', "J"),
        ('ṯ', "th"),
        ('Ṯ', "Th"),
        ('ḏ', "dh"),
        ('Ḏ', "Dh"),
        ('ġ', "gh"),
        ('Ġ', "Gh"),
        // Esperanto: "Ŝejĥ Ĥodr".
        ('ŝ', "sh"),
        ('Ŝ', "Sh"),
        ('ĥ', "kh"),
        ('Ĥ', "Kh"),
        ('ĉ', "ch"),
        ('Ĉ', "Ch"),
    ];
    if !name.chars().any(|c| PAIRS.iter().any(|(p, _)| *p == c)) {
        return std::borrow::Cow::Borrowed(name);
    }
    let mut out = String::with_capacity(name.len() + 8);
    for c in name.chars() {
        match PAIRS.iter().find(|(p, _)| *p == c) {
            Some((_, two)) => out.push_str(two),
            None => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// The sound of a name's key, for the spellings transliteration varies: digraphs folded ("kh",
/// "q" → k; "dh" → z; "gh" → g; "ch" → sh, as French writes it; a "c" left → j, as Turkish does), a closing "h" after a vowel dropped ("-iyeh", "-ah"), vowels (and
/// a "y" or "w" closing one) dropped after each word's first letter, doubled letters made single.
/// So "al-Haydariyeh", "Haidariya" and "Haydariyah" sound alike ("hdry"), as do "Sheikh Sa'eed"
/// and "Shaykh Said", "Kallaseh" and "Kalasa"; "Suleiman" and "Suleimaniyeh" do not.
pub fn sound_key(name: &str) -> String {
    name_key(name)
        .split(' ')
        .map(word_sound)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The sound of one word of a key ([`sound_key`] word by word).
pub fn word_sound(word: &str) -> String {
    // "Cheikh" as French writes "Sheikh".
    // "Hajdarija", "Šejh" as South Slavic and Polish write "Haydariya", "Sheyh": a "j" after a
    // vowel is a "y" ("Najjar"'s second "j" is not).
    let folded = glide_j(word);
    let folded = folded
        .replace("ch", "sh")
        .replace("kh", "k")
        .replace('q', "k")
        .replace("dh", "z")
        .replace("gh", "g")
        .replace("ph", "f")
        // Turkish "c" is a "j": "Şeyh Necar" is Sheikh Najjar.
        .replace('c', "j");
    let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u');
    let chars: Vec<char> = folded.chars().collect();
    let mut end = chars.len();
    if end > 2 && chars[end - 1] == 'h' && vowel(chars[end - 2]) {
        end -= 1;
    }
    let mut out = String::new();
    let mut last: Option<char> = None;
    for (i, &c) in chars[..end].iter().enumerate() {
        // "ay", "ei", "aw" close a vowel; a "y" or "w" before a vowel ("-iyeh") is a consonant.
        let after_vowel = i > 0 && vowel(chars[i - 1]);
        let before_vowel = chars.get(i + 1).is_some_and(|&n| vowel(n));
        let glide = matches!(c, 'y' | 'w') && after_vowel && !before_vowel;
        let silent = i > 0 && (vowel(c) || glide);
        if silent || last == Some(c) {
            if silent {
                last = None;
            }
            continue;
        }
        out.push(c);
        last = Some(c);
    }
    out
}

/// A word with each "j" right after a vowel written "y".
fn glide_j(word: &str) -> std::borrow::Cow<'_, str> {
    let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u');
    if !word.contains('j') {
        return std::borrow::Cow::Borrowed(word);
    }
    let mut out = String::with_capacity(word.len());
    let mut before = None;
    for c in word.chars() {
        out.push(if c == 'j' && before.is_some_and(vowel) {
            'y'
        } else {
            c
        });
        before = Some(c);
    }
    std::borrow::Cow::Owned(out)
}

fn is_arabic_diacritic(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}')
}

fn fold_arabic(c: char) -> char {
    match c {
        'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
        'ة' => 'ه',
        // Persian letters: "بعیدین" is "بعيدين".
        'ى' | 'ی' => 'ي',
        'ک' => 'ك',
        'ۀ' => 'ه',
        other => other,
    }
}

/// Looks names up by [`name_key`]; each key maps to the items (district indices) that carry it.
#[derive(Debug, Clone, Default)]
pub struct NameIndex {
    by_key: HashMap<String, Vec<usize>>,
}

impl NameIndex {
    pub fn insert(&mut self, name: &str, item: usize) {
        let key = name_key(name);
        if key.is_empty() {
            return;
        }
        let items = self.by_key.entry(key).or_default();
        if !items.contains(&item) {
            items.push(item);
        }
    }

    /// The items whose names match; more than one means the name is ambiguous.
    pub fn lookup(&self, name: &str) -> &[usize] {
        self.by_key.get(&name_key(name)).map_or(&[], Vec::as_slice)
    }

    /// Keys of all names, for suggestions.
    pub fn keys(&self) -> impl Iterator<Item = (&str, &[usize])> {
        self.by_key.iter().map(|(k, v)| (k.as_str(), v.as_slice()))
    }
}

/// Edit distance (Levenshtein, counted in characters) between two short strings, for "did you mean"
/// suggestions.
pub fn edit_distance(a: &str, b: &str) -> usize {
    strsim::levenshtein(a, b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spelling_variants_share_a_key() {
        assert_eq!(name_key("Sheikh Sa'eed"), name_key("Sheikh Saeed"));
        assert_eq!(name_key("Sheikh Sa’eed district"), "sheikh saeed");
        assert_eq!(
            name_key("al-Haydariyeh"),
            name_key("Haydariyeh neighbourhood")
        );
        assert_eq!(name_key("Ash-Sha'ar"), "shaar");
        assert_eq!(name_key("Ṣalāḥ ad-Dīn"), name_key("salah ad-din"));
        assert_eq!(name_key("AL-SAKHOUR"), "sakhour");
    }

    #[test]
    fn transliterations_sound_alike() {
        for (a, b) in [
            ("al-Haydariyeh", "Haidariya"),
            ("Haydariyah", "al-Haydariya"),
            ("Sheikh Sa'eed", "Shaykh Said"),
            ("Kallaseh", "al-Kalasa"),
            ("Bustan al-Qasr", "Bostan al-Kaser"),
            ("as-Sukkari", "Sukari"),
            ("Sheikh Maqsoud", "Shaikh Maksoud"),
            // South Slavic and Polish write a "y" after a vowel as "j".
            ("al-Haydariyeh", "Hajdarija"),
            // Cyrillic.
            ("al-Sha'ar", "Шаар"),
            ("Marjeh", "Марджа"),
            ("Sheikh Lutfi", "Шейх-Лютфі"),
            // Esperanto.
            ("Sheikh Khodr", "Ŝejĥ Ĥodr"),
        ] {
            assert_eq!(sound_key(a), sound_key(b), "{a} / {b}");
        }
        assert_ne!(sound_key("Hanano"), sound_key("Ansari"));
        assert_ne!(sound_key("Suleiman"), sound_key("as-Suleimaniyeh"));
        assert_ne!(sound_key("Sheikh Saeed"), sound_key("Sheikh Najjar"));
        assert_ne!(sound_key("Jabal Badro"), sound_key("Yabal Badro"));
    }

    #[test]
    fn other_languages_exonyms_are_the_english_words() {
        assert_eq!(
            name_key("el aeropuerto internacional de Alepo"),
            name_key("the aeropuerto internacional de Aleppo")
        );
        for title in ["Sheij", "Xeque", "Scheich", "Şeyh", "Szejk", "Şeih"] {
            assert_eq!(
                name_key(&format!("{title} Maqsud")),
                "sheikh maqsud",
                "{title}"
            );
        }
        // Only a whole word is read so: "Alepo" inside another word is left as it is.
        assert_eq!(name_key("Alepoville"), "alepoville");
    }

    #[test]
    fn arabic_is_folded() {
        assert_eq!(name_key("عين التل"), name_key("عَين التَّل"));
        assert_eq!(name_key("الأنصاري"), name_key("انصاري"));
    }

    #[test]
    fn different_names_differ() {
        assert_ne!(name_key("Sheikh Saeed"), name_key("Sheikh Said"));
        assert_ne!(name_key("Ansari"), name_key("Ansari Sharqi"));
    }

    #[test]
    fn index_reports_ambiguity() {
        let mut idx = NameIndex::default();
        idx.insert("Tishreen", 0);
        idx.insert("al-Tishreen", 1);
        assert_eq!(idx.lookup("TISHREEN"), &[0, 1]);
        assert!(idx.lookup("nowhere").is_empty());
    }

    #[test]
    fn edit_distance_counts_edits() {
        assert_eq!(edit_distance("hanano", "hanano"), 0);
        assert_eq!(edit_distance("hanano", "hanan"), 1);
        assert_eq!(edit_distance("khodr", "kheder"), 2);
    }
}
