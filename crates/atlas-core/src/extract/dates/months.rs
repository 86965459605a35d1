//! The names of the months in the other languages and scripts the extractor reads, only in a full
//! date with its year ("30 settembre 2012", "28 Νοεμβρίου 2016", "೨೯ ನವೆಂಬರ್ ೨೦೧೬"), and their
//! lookup.

/// Months in Latvian, French, Italian, Spanish, German, Portuguese, Dutch, Swedish, Greek,
/// Hungarian, Turkish, Indonesian, Polish, Czech, Finnish, Russian, Tagalog, Hausa, Swahili, Malay,
/// Afrikaans, Romanian, Danish, Catalan, Galician, West Frisian, Somali, Hindi, Marathi, Kannada,
/// Telugu, Gujarati, Bengali, Tamil, Punjabi, Urdu, Arabic and Persian, and Russian, Rusyn and
/// Ukrainian in Latin letters, read only in a full date
/// ("30 settembre 2012", "31.jul.2012", "28 Νοεμβρίου 2016", "2012. szeptember 6.", "2016. gada
/// 28. novembris").
const FOREIGN_MONTHS: &[(&str, u32)] = &[
    ("janvāris", 1),
    ("februāris", 2),
    ("marts", 3),
    ("aprīlis", 4),
    ("maijs", 5),
    ("jūnijs", 6),
    ("jūlijs", 7),
    ("augusts", 8),
    ("septembris", 9),
    ("oktobris", 10),
    ("novembris", 11),
    ("decembris", 12),
    ("ιανουαρίου", 1),
    ("φεβρουαρίου", 2),
    ("μαρτίου", 3),
    ("απριλίου", 4),
    ("μαΐου", 5),
    ("ιουνίου", 6),
    ("ιουλίου", 7),
    ("αυγούστου", 8),
    ("σεπτεμβρίου", 9),
    ("οκτωβρίου", 10),
    ("νοεμβρίου", 11),
    ("δεκεμβρίου", 12),
    ("január", 1),
    ("február", 2),
    ("március", 3),
    ("április", 4),
    ("május", 5),
    ("június", 6),
    ("július", 7),
    ("augusztus", 8),
    ("szeptember", 9),
    ("október", 10),
    ("ocak", 1),
    ("şubat", 2),
    ("mart", 3),
    ("nisan", 4),
    ("mayıs", 5),
    ("haziran", 6),
    ("temmuz", 7),
    ("ağustos", 8),
    ("eylül", 9),
    ("ekim", 10),
    ("kasım", 11),
    ("aralık", 12),
    ("maret", 3),
    ("agustus", 8),
    ("desember", 12),
    ("stycznia", 1),
    ("lutego", 2),
    ("marca", 3),
    ("kwietnia", 4),
    ("maja", 5),
    ("czerwca", 6),
    ("lipca", 7),
    ("sierpnia", 8),
    ("września", 9),
    ("października", 10),
    ("listopada", 11),
    ("grudnia", 12),
    ("ledna", 1),
    ("února", 2),
    ("března", 3),
    ("dubna", 4),
    ("května", 5),
    ("června", 6),
    ("července", 7),
    ("srpna", 8),
    ("září", 9),
    ("října", 10),
    ("listopadu", 11),
    ("prosince", 12),
    ("tammikuuta", 1),
    ("helmikuuta", 2),
    ("maaliskuuta", 3),
    ("huhtikuuta", 4),
    ("toukokuuta", 5),
    ("kesäkuuta", 6),
    ("heinäkuuta", 7),
    ("elokuuta", 8),
    ("syyskuuta", 9),
    ("lokakuuta", 10),
    ("marraskuuta", 11),
    ("joulukuuta", 12),
    ("января", 1),
    ("февраля", 2),
    ("марта", 3),
    ("апреля", 4),
    ("мая", 5),
    ("июня", 6),
    ("июля", 7),
    ("августа", 8),
    ("сентября", 9),
    ("октября", 10),
    ("ноября", 11),
    ("декабря", 12),
    ("janeiro", 1),
    ("fevereiro", 2),
    ("março", 3),
    ("marco", 3),
    ("maio", 5),
    ("junho", 6),
    ("julho", 7),
    ("setembro", 9),
    ("outubro", 10),
    ("novembro", 11),
    ("dezembro", 12),
    ("dez", 12),
    ("januari", 1),
    ("februari", 2),
    ("maart", 3),
    ("mei", 5),
    ("augustus", 8),
    ("maj", 5),
    ("augusti", 8),
    ("janvier", 1),
    ("février", 2),
    ("fevrier", 2),
    ("mars", 3),
    ("avril", 4),
    ("mai", 5),
    ("juin", 6),
    ("juillet", 7),
    ("août", 8),
    ("aout", 8),
    ("septembre", 9),
    ("octobre", 10),
    ("novembre", 11),
    ("décembre", 12),
    ("decembre", 12),
    ("gennaio", 1),
    ("febbraio", 2),
    ("marzo", 3),
    ("aprile", 4),
    ("maggio", 5),
    ("giugno", 6),
    ("luglio", 7),
    ("agosto", 8),
    ("settembre", 9),
    ("ottobre", 10),
    ("dicembre", 12),
    ("enero", 1),
    ("febrero", 2),
    ("abril", 4),
    ("mayo", 5),
    ("junio", 6),
    ("julio", 7),
    ("septiembre", 9),
    ("setiembre", 9),
    ("octubre", 10),
    ("noviembre", 11),
    ("diciembre", 12),
    ("januar", 1),
    ("februar", 2),
    ("märz", 3),
    ("maerz", 3),
    ("juni", 6),
    ("juli", 7),
    ("oktober", 10),
    ("dezember", 12),
    // Tagalog
    ("pebrero", 2),
    ("marso", 3),
    ("hunyo", 6),
    ("hulyo", 7),
    ("setyembre", 9),
    ("oktubre", 10),
    ("nobyembre", 11),
    ("disyembre", 12),
    // Hausa
    ("janairu", 1),
    ("faburairu", 2),
    ("maris", 3),
    ("afrilu", 4),
    ("mayu", 5),
    ("yuni", 6),
    ("yuli", 7),
    ("agusta", 8),
    ("satumba", 9),
    ("oktoba", 10),
    ("nuwamba", 11),
    ("disamba", 12),
    // Swahili
    ("machi", 3),
    ("aprili", 4),
    ("julai", 7),
    ("agosti", 8),
    ("septemba", 9),
    ("novemba", 11),
    ("desemba", 12),
    // Malay
    ("mac", 3),
    ("ogos", 8),
    ("disember", 12),
    // Afrikaans
    ("januarie", 1),
    ("februarie", 2),
    ("junie", 6),
    ("julie", 7),
    // Romanian
    ("ianuarie", 1),
    ("martie", 3),
    ("aprilie", 4),
    ("iunie", 6),
    ("iulie", 7),
    ("septembrie", 9),
    ("octombrie", 10),
    ("noiembrie", 11),
    ("decembrie", 12),
    // Danish and Norwegian
    // Catalan
    ("gener", 1),
    ("febrer", 2),
    ("març", 3),
    ("maig", 5),
    ("juny", 6),
    ("juliol", 7),
    ("agost", 8),
    ("setembre", 9),
    ("desembre", 12),
    // Galician
    ("xaneiro", 1),
    ("febreiro", 2),
    ("xuño", 6),
    ("xullo", 7),
    ("decembro", 12),
    // West Frisian
    ("jannewaris", 1),
    ("febrewaris", 2),
    ("maaie", 5),
    ("septimber", 9),
    ("novimber", 11),
    ("desimber", 12),
    // Somali
    ("janaayo", 1),
    ("febraayo", 2),
    ("maarso", 3),
    ("abriil", 4),
    ("maajo", 5),
    ("juun", 6),
    ("luulyo", 7),
    ("agoosto", 8),
    ("sebtembar", 9),
    ("oktoobar", 10),
    ("nofembar", 11),
    ("diseembar", 12),
    // Hindi and Marathi (Devanagari)
    ("जनवरी", 1),
    ("फरवरी", 2),
    ("फ़रवरी", 2),
    ("मार्च", 3),
    ("अप्रैल", 4),
    ("मई", 5),
    ("जून", 6),
    ("जुलाई", 7),
    ("अगस्त", 8),
    ("सितंबर", 9),
    ("सितम्बर", 9),
    ("अक्टूबर", 10),
    ("अक्तूबर", 10),
    ("नवंबर", 11),
    ("नवम्बर", 11),
    ("दिसंबर", 12),
    ("दिसम्बर", 12),
    ("जानेवारी", 1),
    ("फेब्रुवारी", 2),
    ("एप्रिल", 4),
    ("जुलै", 7),
    ("ऑगस्ट", 8),
    ("सप्टेंबर", 9),
    ("ऑक्टोबर", 10),
    ("नोव्हेंबर", 11),
    ("डिसेंबर", 12),
    // Kannada
    ("ಜನವರಿ", 1),
    ("ಫೆಬ್ರವರಿ", 2),
    ("ಮಾರ್ಚ್", 3),
    ("ಏಪ್ರಿಲ್", 4),
    ("ಜೂನ್", 6),
    ("ಜುಲೈ", 7),
    ("ಆಗಸ್ಟ್", 8),
    ("ಸೆಪ್ಟೆಂಬರ್", 9),
    ("ಅಕ್ಟೋಬರ್", 10),
    ("ನವೆಂಬರ್", 11),
    ("ಡಿಸೆಂಬರ್", 12),
    // Telugu
    ("జనవరి", 1),
    ("ఫిబ్రవరి", 2),
    ("మార్చి", 3),
    ("ఏప్రిల్", 4),
    ("జూన్", 6),
    ("జూలై", 7),
    ("ఆగస్టు", 8),
    ("సెప్టెంబర్", 9),
    ("అక్టోబర్", 10),
    ("నవంబర్", 11),
    ("డిసెంబర్", 12),
    // Gujarati
    ("જાન્યુઆરી", 1),
    ("ફેબ્રુઆરી", 2),
    ("માર્ચ", 3),
    ("એપ્રિલ", 4),
    ("જૂન", 6),
    ("જુલાઈ", 7),
    ("ઑગસ્ટ", 8),
    ("સપ્ટેમ્બર", 9),
    ("ઑક્ટોબર", 10),
    ("નવેમ્બર", 11),
    ("ડિસેમ્બર", 12),
    // Bengali
    ("জানুয়ারি", 1),
    ("ফেব্রুয়ারি", 2),
    ("মার্চ", 3),
    ("এপ্রিল", 4),
    ("জুন", 6),
    ("জুলাই", 7),
    ("আগস্ট", 8),
    ("সেপ্টেম্বর", 9),
    ("অক্টোবর", 10),
    ("নভেম্বর", 11),
    ("ডিসেম্বর", 12),
    // Tamil
    ("ஜனவரி", 1),
    ("பிப்ரவரி", 2),
    ("மார்ச்", 3),
    ("ஏப்ரல்", 4),
    ("ஜூன்", 6),
    ("ஜூலை", 7),
    ("ஆகஸ்ட்", 8),
    ("செப்டம்பர்", 9),
    ("அக்டோபர்", 10),
    ("நவம்பர்", 11),
    ("டிசம்பர்", 12),
    // Punjabi (Gurmukhi)
    ("ਜਨਵਰੀ", 1),
    ("ਫ਼ਰਵਰੀ", 2),
    ("ਫਰਵਰੀ", 2),
    ("ਮਾਰਚ", 3),
    ("ਅਪ੍ਰੈਲ", 4),
    ("ਮਈ", 5),
    ("ਜੂਨ", 6),
    ("ਜੁਲਾਈ", 7),
    ("ਅਗਸਤ", 8),
    ("ਸਤੰਬਰ", 9),
    ("ਅਕਤੂਬਰ", 10),
    ("ਨਵੰਬਰ", 11),
    ("ਦਸੰਬਰ", 12),
    // Urdu
    ("جنوری", 1),
    ("فروری", 2),
    ("مارچ", 3),
    ("اپریل", 4),
    ("مئی", 5),
    ("جون", 6),
    ("جولائی", 7),
    ("اگست", 8),
    ("ستمبر", 9),
    ("اکتوبر", 10),
    ("نومبر", 11),
    ("دسمبر", 12),
    // Arabic, as Egypt and the Gulf name the months and as the Levant does
    ("يناير", 1),
    ("فبراير", 2),
    ("مارس", 3),
    ("أبريل", 4),
    ("ابريل", 4),
    ("مايو", 5),
    ("يونيو", 6),
    ("يوليو", 7),
    ("أغسطس", 8),
    ("اغسطس", 8),
    ("سبتمبر", 9),
    ("أكتوبر", 10),
    ("اكتوبر", 10),
    ("نوفمبر", 11),
    ("ديسمبر", 12),
    ("شباط", 2),
    ("آذار", 3),
    ("نيسان", 4),
    ("أيار", 5),
    ("حزيران", 6),
    ("تموز", 7),
    ("آب", 8),
    ("أيلول", 9),
    // Persian
    ("ژانویه", 1),
    ("فوریه", 2),
    ("آوریل", 4),
    ("ژوئن", 6),
    ("ژوئیه", 7),
    ("اوت", 8),
    ("سپتامبر", 9),
    ("اکتبر", 10),
    ("نوامبر", 11),
    ("دسامبر", 12),
    // Russian, Rusyn and Ukrainian in Latin letters, as a cuttings service transliterates them.
    ("janvarja", 1),
    ("yanvarya", 1),
    ("fevralja", 2),
    ("fevralya", 2),
    ("marta", 3),
    ("aprelja", 4),
    ("aprelya", 4),
    ("maya", 5),
    ("ijunja", 6),
    ("iyunya", 6),
    ("ijulja", 7),
    ("iyulya", 7),
    ("avgusta", 8),
    ("sentjabrja", 9),
    ("sentyabrya", 9),
    ("oktjabrja", 10),
    ("oktyabrya", 10),
    ("nojabrja", 11),
    ("noyabrya", 11),
    ("dekabrja", 12),
    ("dekabrya", 12),
    ("sichnia", 1),
    ("liutoho", 2),
    ("bereznia", 3),
    ("kvitnia", 4),
    ("travnia", 5),
    ("chervnia", 6),
    ("lypnia", 7),
    ("serpnia", 8),
    ("veresnia", 9),
    ("zhovtnia", 10),
    ("lystopada", 11),
    ("hrudnia", 12),
    // Abbreviations of Italian, Spanish, French, Portuguese and German ("12 DIC", "3 févr. 2016").
    ("gen", 1),
    ("ene", 1),
    ("janv", 1),
    ("févr", 2),
    ("fev", 2),
    ("mär", 3),
    ("abr", 4),
    ("avr", 4),
    ("mag", 5),
    ("giu", 6),
    ("juil", 7),
    ("lug", 7),
    ("ago", 8),
    ("set", 9),
    ("ott", 10),
    ("okt", 10),
    ("out", 10),
    ("dic", 12),
    ("déc", 12),
];

/// The stems of the Finnic months (Finnish, Karelian, Livvi, Estonian-like "…kuu"), read with any
/// ending after "kuu" ("kylmykuudu", "marraskuuta", "talvikuun").
const FINNIC_MONTH_STEMS: &[(&str, u32)] = &[
    ("tammi", 1),
    ("pakkas", 1),
    ("helmi", 2),
    ("tuhu", 2),
    ("tuhjo", 2),
    ("maalis", 3),
    ("kevät", 3),
    ("huhti", 4),
    ("sula", 4),
    ("touko", 5),
    ("oras", 5),
    ("kesä", 6),
    ("kezä", 6),
    ("heinä", 7),
    ("heiny", 7),
    ("elo", 8),
    ("syys", 9),
    ("syvys", 9),
    ("loka", 10),
    ("liga", 10),
    ("marras", 11),
    ("kylmy", 11),
    ("joulu", 12),
    ("talvi", 12),
];

/// The month a Finnic word names by its stem before "kuu" ("kylmykuudu" → November).
fn finnic_month_of(word: &str) -> Option<u32> {
    let (stem, _) = word.split_once("kuu")?;
    FINNIC_MONTH_STEMS
        .iter()
        .find(|(s, _)| *s == stem)
        .map(|&(_, m)| m)
}

/// The stems of the Latvian and Latgalian months, read with a case's ending after them ("novembris",
/// "novembra", "novembrī", "decembrī").
const BALTIC_MONTH_STEMS: &[(&str, u32)] = &[
    ("janvār", 1),
    ("februār", 2),
    ("mart", 3),
    ("aprīl", 4),
    ("maij", 5),
    ("jūnij", 6),
    ("jūlij", 7),
    ("august", 8),
    ("septembr", 9),
    ("oktobr", 10),
    ("novembr", 11),
    ("decembr", 12),
];

/// The endings of a Latvian month's cases.
const BALTIC_ENDINGS: &[&str] = &["is", "a", "ī", "i", "s", "u"];

/// The Lithuanian months, in the genitive a date writes them in ("2016 m. lapkričio 28 d.").
const LITHUANIAN_MONTHS: &[(&str, u32)] = &[
    ("sausio", 1),
    ("vasario", 2),
    ("kovo", 3),
    ("balandžio", 4),
    ("gegužės", 5),
    ("birželio", 6),
    ("liepos", 7),
    ("rugpjūčio", 8),
    ("rugsėjo", 9),
    ("spalio", 10),
    ("lapkričio", 11),
    ("gruodžio", 12),
];

/// The month a Latvian or Lithuanian word names, in any of its cases.
fn baltic_month_of(word: &str) -> Option<u32> {
    let by_stem = BALTIC_MONTH_STEMS.iter().find_map(|&(stem, m)| {
        let ending = word.strip_prefix(stem)?;
        BALTIC_ENDINGS.contains(&ending).then_some(m)
    });
    by_stem.or_else(|| {
        LITHUANIAN_MONTHS
            .iter()
            .find(|(name, _)| *name == word)
            .map(|&(_, m)| m)
    })
}

/// The month another language's word names when it can stand without a day and year beside it: a
/// name of four letters or more that is no English month's ("décembre", "listopada", "Julho").
pub(super) fn long_foreign_month(word: &str) -> Option<u32> {
    let lower = word.to_lowercase();
    let english = super::words::month_of(&lower).is_some();
    (word.chars().count() >= 4 && !english)
        .then(|| foreign_month_of(word))
        .flatten()
}

/// The month another language's (lower- or upper-case) word names.
pub(super) fn foreign_month_of(word: &str) -> Option<u32> {
    // Looked up for every word a date may start with: a map built once, and a word in lower case
    // already (a token's normal form) not copied.
    static MONTHS_BY_NAME: std::sync::OnceLock<std::collections::HashMap<String, u32>> =
        std::sync::OnceLock::new();
    let by_name = MONTHS_BY_NAME.get_or_init(|| with_plain_spellings(FOREIGN_MONTHS));
    // "26 Kasım'da": a Turkish case ending after the month's apostrophe.
    let word = crate::extract::tokens::without_turkish_ending(word);
    let found = if word.chars().any(char::is_uppercase) {
        by_name.get(word.to_lowercase().as_str()).copied()
    } else {
        by_name.get(word).copied()
    };
    found
        .or_else(|| {
            word.contains("kuu")
                .then(|| finnic_month_of(&word.to_lowercase()))
                .flatten()
        })
        .or_else(|| {
            // Cheap first: every Baltic month's name is longer than four letters.
            (word.len() > 4)
                .then(|| baltic_month_of(&word.to_lowercase()))
                .flatten()
        })
        .or_else(|| (word.len() > 4).then(|| by_spelling(word)).flatten())
}

/// Names and what they name, each name also written without its accents ("decembre",
/// "miercoles") where that spelling names nothing else.
pub(super) fn with_plain_spellings<T: Copy>(
    names: &[(&str, T)],
) -> std::collections::HashMap<String, T> {
    let mut map: std::collections::HashMap<String, T> =
        names.iter().map(|&(n, v)| (n.to_string(), v)).collect();
    for &(name, value) in names {
        map.entry(crate::extract::lexicon::without_accents(name))
            .or_insert(value);
    }
    map
}

/// A month's name as a dialect or an older spelling writes it: "dicenbre", "setenbre", "otobre"
/// (Venetian) for "dicembre", "settembre", "ottobre". Both are compared without doubled letters
/// and with "nb" as "mb".
fn by_spelling(word: &str) -> Option<u32> {
    static BY_SPELLING: std::sync::OnceLock<std::collections::HashMap<String, u32>> =
        std::sync::OnceLock::new();
    let map = BY_SPELLING.get_or_init(|| {
        FOREIGN_MONTHS
            .iter()
            .filter(|(name, _)| name.len() > 4)
            .map(|&(name, m)| (spelling_key(name), m))
            .collect()
    });
    map.get(&spelling_key(&word.to_lowercase())).copied()
}

/// A word without doubled letters, "nb" written "mb".
fn spelling_key(word: &str) -> String {
    let mut key = String::with_capacity(word.len());
    for c in word.replace("nb", "mb").chars() {
        if !key.ends_with(c) {
            key.push(c);
        }
    }
    key
}

/// The Levantine (Syriac) months Syrian Arabic writes in two words: "كانون الأول" (December),
/// "تشرين الثاني" (November), "كانون الثاني" (January), "تشرين الأول" (October).
pub(super) fn levantine_month(first: &str, second: &str) -> Option<u32> {
    let nth = match second {
        "الأول" | "الاول" | "الأوّل" | "أول" | "اول" => 1,
        "الثاني" | "ثاني" => 2,
        _ => return None,
    };
    match (first, nth) {
        ("تشرين", 1) => Some(10),
        ("تشرين", 2) => Some(11),
        ("كانون", 1) => Some(12),
        ("كانون", 2) => Some(1),
        _ => None,
    }
}
