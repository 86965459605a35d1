//! The names of the weekdays in the other languages the extractor reads ("dimanche", "am
//! Sonntag", "u ponedjeljak", "w niedzielę", "в среду", "pada Isnin", "sabaton"), in the forms a
//! date takes in a sentence, and their lookup. Names that are also people's names or common words
//! of another meaning ("Khamis", "Ahad", "Cuma", "Minggu" for a week) are left out.

use crate::extract::tokens::Token;
use chrono::Weekday;
use chrono::Weekday::{Fri, Mon, Sat, Sun, Thu, Tue, Wed};

/// Each weekday's names, by language, each with the forms it takes after a preposition.
const FOREIGN_WEEKDAYS: &[(&str, Weekday)] = &[
    // French, Spanish, Catalan, Italian, Portuguese, Romanian, Interlingua, Tagalog.
    ("lundi", Mon),
    ("mardi", Tue),
    ("mercredi", Wed),
    ("jeudi", Thu),
    ("vendredi", Fri),
    ("samedi", Sat),
    ("dimanche", Sun),
    ("lunes", Mon),
    ("martes", Tue),
    ("miércoles", Wed),
    ("miercoles", Wed),
    ("jueves", Thu),
    ("viernes", Fri),
    ("sábado", Sat),
    ("domingo", Sun),
    ("dilluns", Mon),
    ("dimarts", Tue),
    ("dimecres", Wed),
    ("dijous", Thu),
    ("divendres", Fri),
    ("dissabte", Sat),
    ("diumenge", Sun),
    ("lunedì", Mon),
    ("lunedi", Mon),
    ("martedì", Tue),
    ("martedi", Tue),
    ("mercoledì", Wed),
    ("mercoledi", Wed),
    ("giovedì", Thu),
    ("giovedi", Thu),
    ("venerdì", Fri),
    ("venerdi", Fri),
    ("sabato", Sat),
    ("domenica", Sun),
    ("luni", Mon),
    ("marți", Tue),
    ("miercuri", Wed),
    ("vineri", Fri),
    ("sâmbătă", Sat),
    ("duminică", Sun),
    ("mercuridi", Wed),
    ("jovedi", Thu),
    ("sabbato", Sat),
    ("dominica", Sun),
    ("miyerkules", Wed),
    ("huwebes", Thu),
    ("biyernes", Fri),
    // German, Dutch, Afrikaans, Swedish, Norwegian, Danish.
    ("montag", Mon),
    ("dienstag", Tue),
    ("mittwoch", Wed),
    ("donnerstag", Thu),
    ("freitag", Fri),
    ("samstag", Sat),
    ("sonnabend", Sat),
    ("sonntag", Sun),
    ("maandag", Mon),
    ("dinsdag", Tue),
    ("woensdag", Wed),
    ("donderdag", Thu),
    ("vrijdag", Fri),
    ("zaterdag", Sat),
    ("zondag", Sun),
    ("vrydag", Fri),
    ("saterdag", Sat),
    ("sondag", Sun),
    ("måndag", Mon),
    ("tisdag", Tue),
    ("onsdag", Wed),
    ("torsdag", Thu),
    ("fredag", Fri),
    ("lördag", Sat),
    ("söndag", Sun),
    ("mandag", Mon),
    ("tirsdag", Tue),
    ("lørdag", Sat),
    ("søndag", Sun),
    // Polish, Croatian, Serbian and Bosnian, Czech, Slovak, Slovenian (with the accusative after
    // "w", "u", "v", "ve").
    ("poniedziałek", Mon),
    ("wtorek", Tue),
    ("środa", Wed),
    ("środę", Wed),
    ("czwartek", Thu),
    ("piątek", Fri),
    ("sobota", Sat),
    ("sobotę", Sat),
    ("niedziela", Sun),
    ("niedzielę", Sun),
    ("ponedjeljak", Mon),
    ("ponedeljak", Mon),
    ("utorak", Tue),
    ("srijeda", Wed),
    ("srijedu", Wed),
    ("sreda", Wed),
    ("sredu", Wed),
    ("četvrtak", Thu),
    ("petak", Fri),
    ("subota", Sat),
    ("subotu", Sat),
    ("nedjelja", Sun),
    ("nedjelju", Sun),
    ("nedelja", Sun),
    ("nedelju", Sun),
    ("pondělí", Mon),
    ("úterý", Tue),
    ("středa", Wed),
    ("středu", Wed),
    ("čtvrtek", Thu),
    ("pátek", Fri),
    ("sobotu", Sat),
    ("neděle", Sun),
    ("neděli", Sun),
    ("pondelok", Mon),
    ("utorok", Tue),
    ("streda", Wed),
    ("stredu", Wed),
    ("štvrtok", Thu),
    ("piatok", Fri),
    ("nedeľa", Sun),
    ("nedeľu", Sun),
    ("ponedeljek", Mon),
    ("torek", Tue),
    ("četrtek", Thu),
    ("petek", Fri),
    // Russian, Ukrainian, Bulgarian.
    ("понедельник", Mon),
    ("вторник", Tue),
    ("среда", Wed),
    ("среду", Wed),
    ("четверг", Thu),
    ("пятница", Fri),
    ("пятницу", Fri),
    ("суббота", Sat),
    ("субботу", Sat),
    ("воскресенье", Sun),
    ("понеділок", Mon),
    ("вівторок", Tue),
    ("середа", Wed),
    ("середу", Wed),
    ("четвер", Thu),
    ("п'ятниця", Fri),
    ("п'ятницю", Fri),
    ("субота", Sat),
    ("суботу", Sat),
    ("неділя", Sun),
    ("неділю", Sun),
    ("понеделник", Mon),
    ("сряда", Wed),
    ("четвъртък", Thu),
    ("петък", Fri),
    ("събота", Sat),
    ("неделя", Sun),
    // Turkish, Indonesian and Malay, Swahili.
    ("pazartesi", Mon),
    ("salı", Tue),
    ("çarşamba", Wed),
    ("perşembe", Thu),
    ("cumartesi", Sat),
    ("senin", Mon),
    ("isnin", Mon),
    ("selasa", Tue),
    ("rabu", Wed),
    ("kamis", Thu),
    ("jumat", Fri),
    ("jumaat", Fri),
    ("sabtu", Sat),
    ("jumatatu", Mon),
    ("jumanne", Tue),
    ("jumatano", Wed),
    ("alhamisi", Thu),
    ("ijumaa", Fri),
    ("jumamosi", Sat),
    ("jumapili", Sun),
    // Esperanto: the noun, its accusative and the adverb ("sabaton", "dimanĉe").
    ("lundo", Mon),
    ("lundon", Mon),
    ("lunde", Mon),
    ("mardo", Tue),
    ("mardon", Tue),
    ("marde", Tue),
    ("merkredo", Wed),
    ("merkredon", Wed),
    ("merkrede", Wed),
    ("ĵaŭdo", Thu),
    ("ĵaŭdon", Thu),
    ("ĵaŭde", Thu),
    ("vendredo", Fri),
    ("vendredon", Fri),
    ("vendrede", Fri),
    ("sabaton", Sat),
    ("sabate", Sat),
    ("dimanĉo", Sun),
    ("dimanĉon", Sun),
    ("dimanĉe", Sun),
    // Hungarian (with "-n" on the day), Finnish (with "-na"), Latvian, Greek.
    ("hétfő", Mon),
    ("hétfőn", Mon),
    ("kedd", Tue),
    ("kedden", Tue),
    ("szerda", Wed),
    ("szerdán", Wed),
    ("csütörtök", Thu),
    ("csütörtökön", Thu),
    ("péntek", Fri),
    ("pénteken", Fri),
    ("szombat", Sat),
    ("szombaton", Sat),
    ("vasárnap", Sun),
    ("maanantai", Mon),
    ("maanantaina", Mon),
    ("tiistai", Tue),
    ("tiistaina", Tue),
    ("keskiviikko", Wed),
    ("keskiviikkona", Wed),
    ("torstai", Thu),
    ("torstaina", Thu),
    ("perjantai", Fri),
    ("perjantaina", Fri),
    ("lauantai", Sat),
    ("lauantaina", Sat),
    ("sunnuntai", Sun),
    ("sunnuntaina", Sun),
    ("pirmdien", Mon),
    ("otrdien", Tue),
    ("trešdien", Wed),
    ("ceturtdien", Thu),
    ("piektdien", Fri),
    ("sestdien", Sat),
    ("svētdien", Sun),
    ("δευτέρα", Mon),
    ("τρίτη", Tue),
    ("τετάρτη", Wed),
    ("πέμπτη", Thu),
    ("παρασκευή", Fri),
    ("σάββατο", Sat),
    ("κυριακή", Sun),
    // Arabic, with the article and "and" ("والسبت"); without the article only the forms that are
    // no other word ("أحد" is "one", "اثنين" "two", "خميس" and "جمعة" are people's names). The
    // forms without hamza ("الاحد", "الاربعاء") come with the plain spellings.
    ("الأحد", Sun),
    ("والأحد", Sun),
    ("الاثنين", Mon),
    ("الإثنين", Mon),
    ("والاثنين", Mon),
    ("الثلاثاء", Tue),
    ("والثلاثاء", Tue),
    ("ثلاثاء", Tue),
    ("الأربعاء", Wed),
    ("والأربعاء", Wed),
    ("أربعاء", Wed),
    ("الخميس", Thu),
    ("والخميس", Thu),
    ("الجمعة", Fri),
    ("الجمعه", Fri),
    ("والجمعة", Fri),
    ("السبت", Sat),
    ("والسبت", Sat),
    // Persian, written as one word; "سه‌شنبه" parted by its joiner is read in `persian_weekday`.
    ("شنبه", Sat),
    ("یکشنبه", Sun),
    ("دوشنبه", Mon),
    ("سهشنبه", Tue),
    ("چهارشنبه", Wed),
    ("پنجشنبه", Thu),
    ("جمعه", Fri),
];

/// The numbers a Persian weekday written in two words opens with ("سه شنبه", Tuesday).
const PERSIAN_WEEKDAY_NUMBERS: &[(&str, Weekday)] = &[
    ("یک", Sun),
    ("دو", Mon),
    ("سه", Tue),
    ("چهار", Wed),
    ("پنج", Thu),
];

/// A Persian weekday in two words at `i` ("سه‌شنبه" parted by its joiner): its end and day.
pub(super) fn persian_weekday(tokens: &[Token], i: usize) -> Option<(usize, Weekday)> {
    let (_, day) = PERSIAN_WEEKDAY_NUMBERS
        .iter()
        .find(|(n, _)| tokens.get(i).is_some_and(|t| t.norm == *n))?;
    (tokens.get(i + 1)?.norm == "شنبه").then_some((i + 2, *day))
}

/// Parts of the day a Dutch, Afrikaans or German weekday is written together with
/// ("maandagavond", "Sondagoggend", "Sonntagabend").
const JOINED_PARTS: &[&str] = &[
    "ochtend",
    "morgen",
    "middag",
    "avond",
    "nacht",
    "oggend",
    "aand",
    "abend",
    "mittag",
    "nachmittag",
    "vormittag",
];

/// The weekday another language's word (a token's lower-case form) names, written alone or with
/// a part of the day joined to it.
pub(super) fn foreign_weekday_of(word: &str) -> Option<Weekday> {
    static BY_NAME: std::sync::OnceLock<std::collections::HashMap<String, Weekday>> =
        std::sync::OnceLock::new();
    let by_name = BY_NAME.get_or_init(|| super::months::with_plain_spellings(FOREIGN_WEEKDAYS));
    if let Some(&d) = by_name.get(word) {
        return Some(d);
    }
    let part = JOINED_PARTS.iter().find(|p| word.ends_with(*p))?;
    by_name.get(&word[..word.len() - part.len()]).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekdays_of_other_languages_are_read_with_their_forms() {
        assert_eq!(foreign_weekday_of("dimanche"), Some(Sun));
        assert_eq!(foreign_weekday_of("niedzielę"), Some(Sun));
        assert_eq!(foreign_weekday_of("maandagavond"), Some(Mon));
        assert_eq!(foreign_weekday_of("sabaton"), Some(Sat));
        assert_eq!(foreign_weekday_of("week"), None);
        assert_eq!(foreign_weekday_of("khamis"), None);
        assert_eq!(foreign_weekday_of("miercoles"), Some(Wed));
        assert_eq!(foreign_weekday_of("sabado"), Some(Sat));
        assert_eq!(foreign_weekday_of("الاثنين"), Some(Mon));
        assert_eq!(foreign_weekday_of("الاربعاء"), Some(Wed));
        assert_eq!(foreign_weekday_of("أحد"), None);
    }
}
