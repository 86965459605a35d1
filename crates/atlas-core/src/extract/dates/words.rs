//! The words dates are written in: month and weekday names, numbers and ordinals spelled out,
//! the relative phrases ("the next day", "last night", "two days later") and the lookups over them.

use super::*;

const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sep", 9),
    ("sept", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];
pub(super) const WEEKDAYS: &[(&str, Weekday)] = &[
    ("monday", Weekday::Mon),
    ("tuesday", Weekday::Tue),
    ("wednesday", Weekday::Wed),
    ("thursday", Weekday::Thu),
    ("friday", Weekday::Fri),
    ("saturday", Weekday::Sat),
    ("sunday", Weekday::Sun),
];
pub(crate) const NUMBERS: &[(&str, i64)] = &[
    ("a", 1),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("several", 3),
    ("few", 3),
];
/// Relative phrases of a fixed wording.
const RELATIVE: &[(&str, DateKind)] = &[
    ("the next day", DateKind::Shift(1)),
    ("the very next day", DateKind::Shift(1)),
    ("the following day", DateKind::Shift(1)),
    ("the day after", DateKind::Shift(1)),
    ("the next morning", DateKind::Shift(1)),
    ("the following morning", DateKind::Shift(1)),
    ("the following night", DateKind::Shift(1)),
    ("the previous day", DateKind::Shift(-1)),
    ("the day before", DateKind::Shift(-1)),
    ("the previous night", DateKind::Shift(-1)),
    ("the previous evening", DateKind::Shift(-1)),
    ("the night before", DateKind::Shift(-1)),
    ("that day", DateKind::Shift(0)),
    ("the same day", DateKind::Shift(0)),
    ("later that day", DateKind::Shift(0)),
    ("later in the day", DateKind::Shift(0)),
    ("earlier that day", DateKind::Shift(0)),
    ("earlier in the day", DateKind::Shift(0)),
    ("early in the day", DateKind::Shift(0)),
    ("during the day", DateKind::Shift(0)),
    ("that night", DateKind::Shift(0)),
    ("later that night", DateKind::Shift(0)),
    ("that evening", DateKind::Shift(0)),
    ("that morning", DateKind::Shift(0)),
    ("that afternoon", DateKind::Shift(0)),
    ("in the evening", DateKind::Shift(0)),
    ("in the morning", DateKind::Shift(0)),
    ("in the afternoon", DateKind::Shift(0)),
    ("by the end of the day", DateKind::Shift(0)),
    ("at the end of the day", DateKind::Shift(0)),
    ("by the evening", DateKind::Shift(0)),
    ("overnight", DateKind::Shift(0)),
    ("hours later", DateKind::Shift(0)),
    ("soon after", DateKind::Shift(0)),
    ("soon afterwards", DateKind::Shift(0)),
    ("shortly after", DateKind::Shift(0)),
    ("shortly afterwards", DateKind::Shift(0)),
    ("subsequently", DateKind::Shift(0)),
    ("meanwhile", DateKind::Shift(0)),
    ("at the same time", DateKind::Shift(0)),
    ("concurrently", DateKind::Shift(0)),
    ("simultaneously", DateKind::Shift(0)),
    ("after this", DateKind::Shift(0)),
    ("after that", DateKind::Shift(0)),
    ("at this point", DateKind::Shift(0)),
    ("by this point", DateKind::Shift(0)),
    ("that weekend", DateKind::Weekend),
    ("over the weekend", DateKind::Weekend),
    ("at the weekend", DateKind::Weekend),
    ("on the weekend", DateKind::Weekend),
    ("during the weekend", DateKind::Weekend),
    ("later that week", DateKind::LaterThatWeek),
    ("later in the week", DateKind::LaterThatWeek),
    ("the following week", DateKind::Shift(7)),
    ("the next week", DateKind::Shift(7)),
    ("the following month", DateKind::MonthShift(1)),
    ("the next month", DateKind::MonthShift(1)),
    ("later that month", DateKind::MonthShift(0)),
    ("at the beginning of the month", DateKind::PartOfTheMonth(1)),
    ("at the start of the month", DateKind::PartOfTheMonth(1)),
    (
        "at the beginning of this month",
        DateKind::PartOfTheMonth(1),
    ),
    ("at the start of this month", DateKind::PartOfTheMonth(1)),
    ("early this month", DateKind::PartOfTheMonth(1)),
    ("in the middle of the month", DateKind::PartOfTheMonth(2)),
    ("in the middle of this month", DateKind::PartOfTheMonth(2)),
    ("at the end of the month", DateKind::PartOfTheMonth(3)),
    ("at the end of this month", DateKind::PartOfTheMonth(3)),
    ("that month", DateKind::MonthShift(0)),
    ("the following year", DateKind::YearShift(1)),
    ("the next year", DateKind::YearShift(1)),
    ("later that year", DateKind::YearShift(0)),
    ("that year", DateKind::YearShift(0)),
    // Other languages' "of that year" after a month ("el juliol d'aquell any", "en julio de ese
    // año").
    ("d'aquell any", DateKind::YearShift(0)),
    ("de aquel año", DateKind::YearShift(0)),
    ("de ese año", DateKind::YearShift(0)),
    ("del mismo año", DateKind::YearShift(0)),
    ("de cette année-là", DateKind::YearShift(0)),
    ("de la même année", DateKind::YearShift(0)),
    ("di quell'anno", DateKind::YearShift(0)),
    ("dello stesso anno", DateKind::YearShift(0)),
    ("daquele ano", DateKind::YearShift(0)),
    ("desse ano", DateKind::YearShift(0)),
    ("jenes jahres", DateKind::YearShift(0)),
    ("desselben jahres", DateKind::YearShift(0)),
    ("van dat jaar", DateKind::YearShift(0)),
    ("van datzelfde jaar", DateKind::YearShift(0)),
    ("tego roku", DateKind::YearShift(0)),
    ("tego samego roku", DateKind::YearShift(0)),
    ("te godine", DateKind::YearShift(0)),
    ("iste godine", DateKind::YearShift(0)),
    ("того года", DateKind::YearShift(0)),
    ("того же года", DateKind::YearShift(0)),
    ("того року", DateKind::YearShift(0)),
    ("tahun itu", DateKind::YearShift(0)),
    ("today", DateKind::FromToday(0)),
    ("tonight", DateKind::FromToday(0)),
    ("yesterday", DateKind::FromToday(-1)),
    ("the day before yesterday", DateKind::FromToday(-2)),
    ("this morning", DateKind::FromToday(0)),
    // "this very morning", as a prayer or a speech says it.
    ("this very morning", DateKind::FromToday(0)),
    ("this very afternoon", DateKind::FromToday(0)),
    ("this very day", DateKind::FromToday(0)),
    ("since the morning", DateKind::FromToday(0)),
    ("since the afternoon", DateKind::FromToday(0)),
    ("since noon", DateKind::FromToday(0)),
    ("since midday", DateKind::FromToday(0)),
    ("this afternoon", DateKind::FromToday(0)),
    ("this evening", DateKind::FromToday(0)),
    ("at dawn", DateKind::Shift(0)),
    ("before dawn", DateKind::Shift(0)),
    ("by dawn", DateKind::Shift(0)),
    ("at first light", DateKind::Shift(0)),
    ("at dusk", DateKind::Shift(0)),
    ("by nightfall", DateKind::Shift(0)),
    ("by sunset", DateKind::Shift(0)),
    ("at sunset", DateKind::Shift(0)),
    ("by sundown", DateKind::Shift(0)),
    ("by dawn", DateKind::Shift(0)),
    ("by evening", DateKind::Shift(0)),
    ("by the evening", DateKind::Shift(0)),
    ("before noon", DateKind::Shift(0)),
    ("by midday", DateKind::Shift(0)),
    ("by noon", DateKind::Shift(0)),
    ("earlier today", DateKind::FromToday(0)),
    ("last night", DateKind::FromToday(-1)),
    ("late last night", DateKind::FromToday(-1)),
    ("last month", DateKind::LastMonth),
    ("last week", DateKind::LastWeek),
];
pub(super) const PARTS: &[(&str, u8)] = &[
    ("early", 1),
    ("mid", 2),
    ("middle", 2),
    ("late", 3),
    ("end", 3),
];
pub(super) const YEAR_PREPOSITIONS: &[&str] = &[
    "in",
    "by",
    "during",
    "throughout",
    "of",
    "early",
    "late",
    "mid",
    "since",
    "until",
    "from",
    "to",
    // "the first days of Ramadan 2012", "Eid 2013": a feast or month of another calendar, in its
    // year.
    "ramadan",
    "eid",
    "muharram",
    "shawwal",
    "christmas",
    "easter",
    // Other languages' "in" and "of" before a year: "del 2012", "en 2012", "im Jahr 2012", "w
    // 2012", "в 2012", "tahun 2012".
    "del",
    "en",
    "im",
    "jahr",
    "année",
    "año",
    "anno",
    "tahun",
    "roku",
    "godine",
    "году",
    "року",
    "yılında",
];

/// Whether a date's phrase names a weekday ("on Sunday", "last Tuesday").
pub fn is_weekday_phrase(phrase: &str) -> bool {
    phrase
        .split(|c: char| !c.is_alphabetic())
        .any(is_weekday_name)
}

/// Whether a (lower-case) word is a weekday's full name ("sunday").
pub fn is_weekday_name(word: &str) -> bool {
    WEEKDAYS.iter().any(|(d, _)| *d == word)
}

/// Whether a (lower-case) word is a weekday's name or its start of three letters or more ("tue",
/// "thurs", "saturday").
pub(in crate::extract) fn is_weekday_or_short(word: &str) -> bool {
    word.len() >= 3 && WEEKDAYS.iter().any(|(d, _)| d.starts_with(word))
}

/// Weekdays as a ledger writes them in two letters ("Sa 26-11").
pub(crate) const TWO_LETTER_WEEKDAYS: &[&str] = &["mo", "tu", "we", "th", "fr", "sa", "su"];

/// Whether a (lower-case) word names a month or a day of the week.
pub fn is_date_word(word: &str) -> bool {
    month_of(word).is_some() || is_weekday_name(word)
}

/// Whether a word names a month, in English or another language ("December", "Dezember", "joulukuuta").
pub fn is_month_name(word: &str) -> bool {
    month_of(&word.to_lowercase()).is_some() || foreign_month_of(word).is_some()
}

pub(super) fn month_of(word: &str) -> Option<u32> {
    MONTHS.iter().find(|(m, _)| *m == word).map(|&(_, n)| n)
}

/// Ordinal words, first to thirty-first.
const ORDINALS: &[&str] = &[
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
];

/// "ninth" 9, "twenty-second" 22, "thirty-first" 31: an ordinal written out.
pub(super) fn spelled_ordinal(word: &str) -> Option<u32> {
    let unit = |w: &str| ORDINALS.iter().position(|o| *o == w).map(|i| i as u32 + 1);
    match word.split_once('-') {
        Some(("twenty", rest)) => unit(rest).filter(|u| *u < 10).map(|u| 20 + u),
        Some(("thirty", "first")) => Some(31),
        Some(_) => None,
        None if word == "thirtieth" => Some(30),
        None => unit(word),
    }
}

pub(super) fn day_of(word: &str) -> Option<u32> {
    let digits = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|s| word.strip_suffix(s))
        .unwrap_or(word);
    let d: u32 = digits.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

pub(super) fn year_of(word: &str) -> Option<i32> {
    let y: i32 = word.parse().ok()?;
    (word.len() == 4 && (1900..=2100).contains(&y)).then_some(y)
}

pub(super) fn capitalised(token: &Token, text: &str) -> bool {
    token
        .text(text)
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
}

/// The days before and of the day written in the lexicon's other languages ("ayer", "gestern",
/// "الأمس", "اليوم", "دیروز"); not the French "hier" alone, Dutch and Afrikaans for "here".
const FOREIGN_RELATIVE: &[(&str, DateKind)] = &[
    ("ayer", DateKind::FromToday(-1)),
    ("anoche", DateKind::FromToday(-1)),
    ("ieri", DateKind::FromToday(-1)),
    ("ieri sera", DateKind::FromToday(-1)),
    ("ontem", DateKind::FromToday(-1)),
    ("gestern", DateKind::FromToday(-1)),
    ("gestern abend", DateKind::FromToday(-1)),
    ("gisteren", DateKind::FromToday(-1)),
    ("gister", DateKind::FromToday(-1)),
    ("wczoraj", DateKind::FromToday(-1)),
    ("jučer", DateKind::FromToday(-1)),
    ("juče", DateKind::FromToday(-1)),
    ("včera", DateKind::FromToday(-1)),
    ("včeraj", DateKind::FromToday(-1)),
    ("вчера", DateKind::FromToday(-1)),
    ("вчора", DateKind::FromToday(-1)),
    ("dün", DateKind::FromToday(-1)),
    ("dün gece", DateKind::FromToday(-1)),
    ("kemarin", DateKind::FromToday(-1)),
    ("igår", DateKind::FromToday(-1)),
    ("i går", DateKind::FromToday(-1)),
    ("tegnap", DateKind::FromToday(-1)),
    ("χθες", DateKind::FromToday(-1)),
    ("ahir", DateKind::FromToday(-1)),
    ("hieraŭ", DateKind::FromToday(-1)),
    ("hier soir", DateKind::FromToday(-1)),
    ("hier matin", DateKind::FromToday(-1)),
    ("hier après-midi", DateKind::FromToday(-1)),
    ("hier après midi", DateKind::FromToday(-1)),
    ("الأمس", DateKind::FromToday(-1)),
    ("مساء أمس", DateKind::FromToday(-1)),
    ("صباح أمس", DateKind::FromToday(-1)),
    ("ليلة أمس", DateKind::FromToday(-1)),
    // "أمس الاثنين": yesterday, its weekday named ("أمس" alone is also "the past").
    ("يوم أمس", DateKind::FromToday(-1)),
    ("أمس الأحد", DateKind::FromToday(-1)),
    ("أمس الاثنين", DateKind::FromToday(-1)),
    ("أمس الإثنين", DateKind::FromToday(-1)),
    ("أمس الثلاثاء", DateKind::FromToday(-1)),
    ("أمس الأربعاء", DateKind::FromToday(-1)),
    ("أمس الخميس", DateKind::FromToday(-1)),
    ("أمس الجمعة", DateKind::FromToday(-1)),
    ("أمس السبت", DateKind::FromToday(-1)),
    ("دیروز", DateKind::FromToday(-1)),
    ("دیشب", DateKind::FromToday(-1)),
    ("عصر دیروز", DateKind::FromToday(-1)),
    ("صبح دیروز", DateKind::FromToday(-1)),
    ("hoy", DateKind::FromToday(0)),
    ("aujourd'hui", DateKind::FromToday(0)),
    ("aujourd’hui", DateKind::FromToday(0)),
    ("oggi", DateKind::FromToday(0)),
    ("hoje", DateKind::FromToday(0)),
    ("heute", DateKind::FromToday(0)),
    ("vandaag", DateKind::FromToday(0)),
    ("vandag", DateKind::FromToday(0)),
    ("dzisiaj", DateKind::FromToday(0)),
    ("dziś", DateKind::FromToday(0)),
    ("danas", DateKind::FromToday(0)),
    ("dnes", DateKind::FromToday(0)),
    ("danes", DateKind::FromToday(0)),
    ("сегодня", DateKind::FromToday(0)),
    ("сьогодні", DateKind::FromToday(0)),
    ("днес", DateKind::FromToday(0)),
    ("bugün", DateKind::FromToday(0)),
    ("hari ini", DateKind::FromToday(0)),
    ("idag", DateKind::FromToday(0)),
    ("i dag", DateKind::FromToday(0)),
    ("σήμερα", DateKind::FromToday(0)),
    ("avui", DateKind::FromToday(0)),
    ("hodiaŭ", DateKind::FromToday(0)),
    ("astăzi", DateKind::FromToday(0)),
    ("امروز", DateKind::FromToday(0)),
    ("امشب", DateKind::FromToday(0)),
    ("صبح امروز", DateKind::FromToday(0)),
    ("بامداد امروز", DateKind::FromToday(0)),
    // "اليوم" alone is today; "the next day", "that day" are written with it too.
    ("اليوم", DateKind::FromToday(0)),
    ("اليوم التالي", DateKind::Shift(1)),
    ("في اليوم التالي", DateKind::Shift(1)),
    ("ذلك اليوم", DateKind::Shift(0)),
    ("اليوم نفسه", DateKind::Shift(0)),
    ("نفس اليوم", DateKind::Shift(0)),
    ("اليوم السابق", DateKind::Shift(-1)),
    ("صباح اليوم", DateKind::FromToday(0)),
    ("مساء اليوم", DateKind::FromToday(0)),
    ("anteayer", DateKind::FromToday(-2)),
    ("l'altro ieri", DateKind::FromToday(-2)),
    ("l’altro ieri", DateKind::FromToday(-2)),
    ("anteontem", DateKind::FromToday(-2)),
    ("vorgestern", DateKind::FromToday(-2)),
    ("eergisteren", DateKind::FromToday(-2)),
    ("позавчера", DateKind::FromToday(-2)),
    ("позавчора", DateKind::FromToday(-2)),
    ("avant-hier", DateKind::FromToday(-2)),
    ("أول أمس", DateKind::FromToday(-2)),
    ("أمس الأول", DateKind::FromToday(-2)),
    ("پریروز", DateKind::FromToday(-2)),
];

/// The relative phrases, compiled once.
pub(super) fn relative_set() -> &'static PhraseSet<DateKind> {
    static SET: std::sync::OnceLock<PhraseSet<DateKind>> = std::sync::OnceLock::new();
    SET.get_or_init(|| {
        let mut set = PhraseSet::default();
        for (p, k) in RELATIVE.iter().chain(FOREIGN_RELATIVE) {
            set.insert(p, k.clone());
        }
        set
    })
}
