//! The rule classes of the sixty-third round of issue 17, on sentences written for these tests
//! (none copied from a held-out report): what dates a record (a JSON feed's item by its own date
//! field, a heading that opens with its day and goes on with a label, Baltic and Roman-numeral
//! dates, "7.12.16", "Sun 4.12", two months joined by a hyphen, a month "that year"), and what a
//! change reaches (a participle after its place with no auxiliary, a side named by a line's label,
//! "; Y too", "and that" opening another thing said, a reference back to what an attack on it
//! aimed at, a day written in what was said over the day of the saying).

use crate::extract::tests::found;

#[test]
fn a_feed_item_is_dated_by_its_own_date_field_even_after_its_text() {
    let text = r#"{
  "items": [
    {"title": "Shelling", "content_text": "Shelling of al-Fardous all day.",
     "date_published": "2016-11-20T10:00:00+02:00"},
    {"title": "Marjeh", "content_text": "Yesterday the army took al-Marjeh in full.",
     "date_published": "2016-12-08T09:00:00+02:00"}
  ]
}"#;
    assert_eq!(found(text, ""), ["2016-12-07 marjeh government full"]);
}

#[test]
fn a_bold_or_markdown_heading_opening_with_its_day_starts_that_days_entry() {
    let text = "# Night desk, week of 21 Nov 2016\n\n**Sat 26/11, late shift (A.B.), 22:00**\n\n\
                - The army took al-Marjeh tonight.\n\n## Sun 27/11 — early shift\n\n\
                - Troops took al-Fardous this morning.\n";
    assert_eq!(
        found(text, ""),
        [
            "2016-11-26 marjeh government full",
            "2016-11-27 fardos government full"
        ]
    );
    // A heading that opens with a month alone is no day's heading.
    let text = "# Notes, 21 Nov 2016\n\n**December, a hard month (notes)**\n\n\
                - The army took al-Marjeh today.\n";
    assert_eq!(found(text, ""), ["2016-11-21 marjeh government full"]);
}

#[test]
fn baltic_and_roman_numeral_dates_are_read() {
    for dated in [
        "Rīga, 2016. gada 6. decembrī",
        "Rēzekne, 2016. goda 6. decembra",
        "Vilnius, 2016 m. gruodžio 6 d.",
        "6 XII 2016 - Tuesday.",
    ] {
        let text = format!("{dated}\n\nThe army took al-Marjeh on Monday.\n");
        assert_eq!(
            found(&text, ""),
            ["2016-12-05 marjeh government full"],
            "{dated}"
        );
    }
}

#[test]
fn short_stamps_and_joined_months_date_a_log() {
    // "7.12.16" with a one-digit day; "Sun 4.12" after a weekday; "November-December 2016".
    let text = "Ticket stubs, November-December 2016\n\nNo. 12   7.12.16   Butcher, 3 knives.\n\
                He says the army took al-Marjeh today.\n\nNo. 13   In: Sun 4.12   Tailor.\n\
                She says troops took al-Fardous this morning.\n";
    assert_eq!(
        found(text, ""),
        [
            "2016-12-07 marjeh government full",
            "2016-12-04 fardos government full"
        ]
    );
}

#[test]
fn a_month_that_year_is_of_the_year_named_before() {
    let text =
        "He came to Aleppo in the spring of 2013. In the last days of June that year, rebels \
                took al-Marjeh.";
    assert_eq!(found(text, "2020-01-01"), ["2013-06-30 marjeh rebels full"]);
}

#[test]
fn a_participle_after_its_place_reports_a_change_and_a_label_names_its_side() {
    let text = "## v2.3 — 2016-12-07\n- Shaded government: al-Marjeh and al-Maadi, taken this \
                morning.\n- Shaded government: al-Fardous, captured in full today.\n";
    assert_eq!(
        found(text, ""),
        [
            "2016-12-07 marjeh+maadi government full",
            "2016-12-07 fardos government full"
        ]
    );
    // Not a verb after a place that has an object of its own ("the YPG, which holds X, moved into Y").
    let text = "On 28 November 2016 the YPG, which holds Sheikh Maqsoud, moved into Sheikh Fares.";
    assert_eq!(found(text, ""), ["2016-11-28 sheikh-fares kurdish partial"]);
}

#[test]
fn a_place_added_with_too_after_a_semicolon_takes_the_change() {
    let text = "Log, 27 November 2016.\n\nThe army took al-Marjeh and al-Maadi in full this \
                afternoon; al-Fardous too.";
    assert_eq!(
        found(text, ""),
        ["2016-11-27 marjeh+maadi+fardos government full"]
    );
}

#[test]
fn and_that_opens_another_thing_said() {
    // The first change has no side; the second, after "and that", has its own.
    let text = "Job book, 4 December 2016.\n\nHe told me his unit took al-Maadi today, and that \
                al-Marjeh fell to the army this morning too.";
    assert_eq!(found(text, ""), ["2016-12-04 marjeh government full"]);
}

#[test]
fn what_an_attack_on_it_aimed_at_is_what_the_district_stands_for() {
    let text = "Box, week ending Sunday 4 December 2016.\n\nA rebel counter-attack on al-Marjeh \
                won back part of the district on Thursday.";
    assert_eq!(found(text, ""), ["2016-12-01 marjeh rebels partial"]);
}

#[test]
fn a_day_written_in_what_was_said_dates_the_change_over_the_day_of_the_saying() {
    let text = "They admitted two days later that the army had taken al-Marjeh on 2016-10-03.";
    assert_eq!(
        found(text, "2016-10-20"),
        ["2016-10-03 marjeh government full"]
    );
}

#[test]
fn a_struck_out_writing_and_a_promise_report_nothing() {
    let text = "Test report, 28 November 2016.\n\nDraft B named al-Marjeh as fallen; removed at \
                17:20. The governor says he will \"soon\" bring al-Fardous back under state \
                control.";
    assert!(found(text, "").is_empty());
    // A place after "between … and" is where, not what changed.
    let text = "On 12 December 2016 al-Kallaseh returned to state control, and the road between \
                them and al-Masharqa reopened.";
    assert_eq!(found(text, ""), ["2016-12-12 kallaseh government full"]);
}
