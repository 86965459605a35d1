//! Which way round a text writes its numeric dates ("05/12" as the fifth of December or the
//! twelfth of May), read from the pairs it writes.

/// Which number of a numeric date ("08/09/2012") is the day: the first, as most of the world
/// writes, or the second, as the United States does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DayOrder {
    #[default]
    DayFirst,
    MonthFirst,
}

/// The order a text writes its numeric dates in: month first when it says so ("Dates are shown as
/// month/day/year", "MM/DD/YYYY"), or when some date's second number is above 12 ("08/15/2012")
/// and no date's first one is, or a time is given in a zone of the United States ("18:00 ET"); day
/// first otherwise.
pub fn day_order(text: &str) -> DayOrder {
    let lower_says = |p: &str| {
        text.as_bytes()
            .windows(p.len())
            .any(|w| w.eq_ignore_ascii_case(p.as_bytes()))
    };
    if lower_says("month/day/year") || lower_says("mm/dd/yyyy") {
        return DayOrder::MonthFirst;
    }
    let (mut day_first, mut month_first) = weekday_votes(text);
    for (a, b) in numeric_pairs(text) {
        day_first |= a > 12 && b <= 12;
        month_first |= b > 12 && a <= 12;
    }
    if (month_first || us_time_zone(text)) && !day_first {
        DayOrder::MonthFirst
    } else {
        DayOrder::DayFirst
    }
}

/// Which orders the weekday beside a numeric date bears out ("MON 12/05/16" is Monday 5 December,
/// not Thursday 12 May): day first, month first.
fn weekday_votes(text: &str) -> (bool, bool) {
    let (mut day_first, mut month_first) = (false, false);
    let words: Vec<&str> = text.split_whitespace().collect();
    for w in words.windows(2) {
        let name = w[0].trim_end_matches([',', '.']).to_lowercase();
        if !super::words::is_weekday_or_short(&name) {
            continue;
        }
        let Some((a, b, year)) = numeric_date(w[1].trim_end_matches([',', '.', ';', ')'])) else {
            continue;
        };
        let weekday = super::words::WEEKDAYS
            .iter()
            .find(|(d, _)| d.starts_with(name.as_str()))
            .map(|&(_, d)| d);
        let on = |day: u32, month: u32| {
            chrono::NaiveDate::from_ymd_opt(year, month, day)
                .is_some_and(|d| Some(chrono::Datelike::weekday(&d)) == weekday)
        };
        let (as_day_first, as_month_first) = (on(a, b), on(b, a));
        day_first |= as_day_first && !as_month_first;
        month_first |= as_month_first && !as_day_first;
    }
    (day_first, month_first)
}

/// "12/05/16", "12.05.2016": its two numbers and its year (a year of two digits is of 2000 to 2069
/// or 1970 to 1999).
fn numeric_date(word: &str) -> Option<(u32, u32, i32)> {
    let sep = word.chars().find(|c| matches!(c, '/' | '.' | '-'))?;
    let mut parts = word.split(sep);
    let (a, b, y) = (parts.next()?, parts.next()?, parts.next()?);
    let short = |p: &str| (1..=2).contains(&p.len()) && p.bytes().all(|c| c.is_ascii_digit());
    if parts.next().is_some() || !short(a) || !short(b) || !y.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let year = match y.len() {
        2 => super::absolute::two_digit_year(y.parse().ok()?),
        4 => y.parse().ok()?,
        _ => return None,
    };
    Some((a.parse().ok()?, b.parse().ok()?, year))
}

/// The first two numbers of each "a/b/yyyy", "a.b.yyyy" or "a-b-yyyy" in a text (a and b of one
/// or two digits, the same separator twice, a year of four digits).
fn numeric_pairs(text: &str) -> impl Iterator<Item = (u32, u32)> + '_ {
    let bytes = text.as_bytes();
    let digits_at = |i: usize| bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();
    (0..bytes.len()).filter_map(move |i| {
        if !bytes[i].is_ascii_digit() || (i > 0 && bytes[i - 1].is_ascii_digit()) {
            return None;
        }
        let n1 = digits_at(i);
        let sep = *bytes.get(i + n1)?;
        let j = i + n1 + 1;
        let n2 = digits_at(j);
        let k = j + n2 + 1;
        let year = digits_at(k.min(bytes.len()));
        let shape = (1..=2).contains(&n1)
            && (1..=2).contains(&n2)
            && matches!(sep, b'/' | b'.' | b'-')
            && bytes.get(j + n2) == Some(&sep)
            && year == 4;
        shape.then(|| Some((text[i..i + n1].parse().ok()?, text[j..j + n2].parse().ok()?)))?
    })
}

/// The time zones of the United States, as a time is followed by them ("18:00 ET").
const US_ZONES: &[&str] = &[
    "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT",
];

/// Whether a time ("18:00", "6:30") is followed by a zone of the United States.
fn us_time_zone(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    words.windows(2).any(|w| {
        let time = w[0].split_once(':').is_some_and(|(h, m)| {
            (1..=2).contains(&h.len())
                && m.len() == 2
                && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
        });
        time && US_ZONES.contains(&w[1].trim_end_matches([',', '.', ')']))
    })
}
