//! The rule classes of the hundred-and-first round of issue 17, on sentences written for these
//! tests (none copied from a held-out report): Solar Hijri dates and Persian's words, verbs and
//! word order; Turkish's verb last; a weekday's abbreviation before a date; a dated heading's
//! "today"; names after "next to it,"; "got back part of"; "yesterday" in other languages.

use crate::extract::tests::found;

#[test]
fn persian_report_with_solar_hijri_dates() {
    let text = "حلب – ۱۰ آذر ۱۳۹۵\n\nارتش سوریه روز دوشنبه ۸ آذر ۱۳۹۵ محله الصاخور را از کنترل \
                تروریست‌ها خارج کرد.\n\nیک روز بعد، یعنی سه‌شنبه ۹ آذر، نیروهای ارتش محله‌های \
                الشیخ خضر و الحیدریه را آزاد کردند و به نزدیکی محله الشعار رسیدند.";
    assert_eq!(
        found(text, ""),
        [
            "2016-11-28 sakhour+sakhour-i government full",
            "2016-11-29 sheikh-kheder+haydariyeh government full",
        ]
    );
}

#[test]
fn a_persian_day_without_a_year_is_no_date_without_one_before() {
    let text = "گزارش\n\nارتش سوریه روز ۹ آذر محله الحیدریه را آزاد کرد.";
    assert!(found(text, "")
        .iter()
        .all(|f| !f.starts_with("2016-11-29") && !f.starts_with("2016-11-30")));
}

#[test]
fn turkish_verb_last_acts_on_the_place_before_it() {
    let text = "Halep, 29 Kasım 2016\n\nSuriye ordusu pazartesi günü Sakhour mahallesini ele \
                geçirdi ve Sheikh Faris yakınlarına ulaştı.";
    assert_eq!(
        found(text, ""),
        ["2016-11-28 sakhour+sakhour-i government full"]
    );
}

#[test]
fn abbreviated_weekday_before_a_date_keeps_the_line_whole() {
    let text = "Kiln card | Batch 12 | Card opened: Tue. 29-11-2016\n\n09:00 Fired. The driver \
                says Sakhour fell to the army yesterday.";
    assert_eq!(
        found(text, ""),
        ["2016-11-28 sakhour+sakhour-i government full"]
    );
}

#[test]
fn a_dated_remark_heading_dates_its_today() {
    let text = "Lessons\n\n10.05.2014 | Sat | scales\n17.05.2014 | Sat | waltz\n\nRemark for \
                10.05.2014:\nHer uncle said the army took Sheikh Najjar today.";
    assert_eq!(
        found(text, ""),
        ["2014-05-10 sheikh-najjar government full"]
    );
}

#[test]
fn names_after_next_to_it_are_what_the_sentence_is_about() {
    let text = "Notes, 5 December 2016.\n\nQadi Askar is quiet. The two quarters next to it, \
                Karm al-Qaterji and Karm Homad, were taken by the army yesterday.";
    assert_eq!(
        found(text, ""),
        ["2016-12-04 karm-al-qaterji+karm-homad government full"]
    );
}

#[test]
fn got_back_part_of_is_a_partial_change() {
    let text = "Log, 1 December 2016.\n\nThis afternoon the fighters got back part of Sheikh \
                Saeed.";
    assert_eq!(found(text, ""), ["2016-12-01 sheikh-saeed rebels partial"]);
}

#[test]
fn yesterday_in_other_languages_counts_from_the_document() {
    let text = "Alep, 27 novembre 2016\n\nHier soir, l'armée syrienne a pris Jabal Badro.";
    assert_eq!(found(text, ""), ["2016-11-26 jabal-badro government full"]);
    let text = "Aleppo, 27. November 2016\n\nDie syrische Armee hat gestern Jabal Badro \
                eingenommen.";
    assert_eq!(found(text, ""), ["2016-11-26 jabal-badro government full"]);
}
