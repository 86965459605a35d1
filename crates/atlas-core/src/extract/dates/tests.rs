//! Finding and resolving dates, on sentences as sources write them.

use super::*;
use crate::extract::tokens::tokenize;
use crate::model::SourceMeta;

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

/// Resolves every date of the sentences in order; returns (phrase, from, to) of each.
fn walk(published: &str, sentences: &[&str]) -> Vec<(String, String, String)> {
    let doc = SourceDocument::from_text(
        SourceMeta {
            published: published.into(),
            ..SourceMeta::default()
        },
        "x",
    );
    let mut ctx = DateContext::for_document(&doc, None);
    let mut out = Vec::new();
    for s in sentences {
        let tokens = tokenize(s, 0..s.len());
        for m in find_dates(s, &tokens) {
            if let Some(r) = ctx.resolve(&m) {
                out.push((m.text.clone(), r.from.to_string(), r.to.to_string()));
            }
        }
    }
    out
}

fn days(v: &[(String, String, String)]) -> Vec<(&str, &str)> {
    v.iter().map(|(p, _, t)| (p.as_str(), t.as_str())).collect()
}

#[test]
fn absolute_dates_in_every_form() {
    let v = walk(
        "",
        &[
            "On 15 December 2016 it began.",
            "On 26 November, later Dec 22, then Dec. 23, 2016 and 2016-12-24.",
            "On the 17th of February 2020 and on November 5.",
        ],
    );
    assert_eq!(
        days(&v),
        [
            ("15 December 2016", "2016-12-15"),
            ("26 November", "2016-11-26"),
            ("Dec 22", "2016-12-22"),
            ("Dec. 23, 2016", "2016-12-23"),
            ("2016-12-24", "2016-12-24"),
            ("the 17th of February 2020", "2020-02-17"),
            ("November 5", "2020-11-05"),
        ]
    );
}

#[test]
fn relative_dates_follow_the_last_date() {
    let v = walk(
        "",
        &[
            "On 26 November 2016 the army advanced.",
            "The next day it attacked; two days later it stopped.",
            "That night, and by the end of the day, nothing.",
            "Later that week the rebels left.",
            "The following month was quiet.",
        ],
    );
    assert_eq!(
        days(&v),
        [
            ("26 November 2016", "2016-11-26"),
            ("The next day", "2016-11-27"),
            ("two days later", "2016-11-29"),
            ("That night", "2016-11-29"),
            ("by the end of the day", "2016-11-29"),
            ("Later that week", "2016-12-05"),
            ("The following month", "2017-01-31"),
        ]
    );
    assert_eq!(v[5].1, "2016-11-30");
}

#[test]
fn weekdays_count_back_from_the_documents_date() {
    // 22 December 2016 was a Thursday.
    let v = walk(
        "2016-12-22",
        &["The army said on Thursday it had won; on Monday it had not."],
    );
    assert_eq!(
        days(&v),
        [("Thursday", "2016-12-22"), ("Monday", "2016-12-19")]
    );
    // Without a date of its own, against the last date.
    let v = walk("", &["On 26 November 2016, and on Friday."]);
    assert_eq!(days(&v)[1], ("Friday", "2016-11-25"));
}

#[test]
fn months_parts_years_and_bounds() {
    let v = walk(
        "",
        &[
            "In late July and early August 2012 it spread.",
            "By mid-September they held it, since 30 July.",
            "In 2013 nothing; by October 2014 the army had it.",
        ],
    );
    assert_eq!(
        v,
        [
            (
                "late July".to_string(),
                "2012-07-21".to_string(),
                "2012-07-31".to_string()
            ),
            (
                "early August 2012".into(),
                "2012-08-01".into(),
                "2012-08-10".into()
            ),
            (
                "mid-September".into(),
                "2012-08-10".into(),
                "2012-09-20".into()
            ),
            ("30 July".into(), "2012-07-30".into(), "2012-07-30".into()),
            ("2013".into(), "2013-01-01".into(), "2013-12-31".into()),
            (
                "October 2014".into(),
                "2013-12-31".into(),
                "2014-10-31".into()
            ),
        ]
    );
}

#[test]
fn a_bound_does_not_move_the_context() {
    let v = walk(
        "",
        &[
            "On 4 September 2016 they struck.",
            "They reversed gains made since 30 July. The next day they rested.",
        ],
    );
    assert_eq!(days(&v).last(), Some(&("The next day", "2016-09-05")));
    assert_eq!(day(&v[0].2), day("2016-09-04"));
}

#[test]
fn may_the_verb_is_not_a_month() {
    let s = "The rebels may withdraw, the army said in May 2014.";
    let tokens = tokenize(s, 0..s.len());
    let found: Vec<String> = find_dates(s, &tokens).into_iter().map(|m| m.text).collect();
    assert_eq!(found, ["May 2014"]);
}

#[test]
fn last_month_and_last_week_count_back_from_the_documents_date_and_are_not_inherited() {
    // 9 December 2016 is a Friday: last week is Monday 28 November to Sunday 4 December.
    let v = walk(
        "2016-12-09",
        &[
            "On 8 December the front held.",
            "The army took it last month.",
            "Rebels lost it last week.",
            "The next day nothing moved.",
        ],
    );
    let spans: Vec<(&str, &str, &str)> = v
        .iter()
        .map(|(p, f, t)| (p.as_str(), f.as_str(), t.as_str()))
        .collect();
    assert_eq!(
        spans,
        [
            ("8 December", "2016-12-08", "2016-12-08"),
            ("last month", "2016-11-01", "2016-11-30"),
            ("last week", "2016-11-28", "2016-12-04"),
            // The flash-backs do not move the narrative: the next day is after 8 December.
            ("The next day", "2016-12-09", "2016-12-09"),
        ]
    );
}

#[test]
fn relative_phrases_before_any_date_count_from_the_documents_date() {
    let v = walk(
        "2016-11-29",
        &[
            "Overnight, fighters moved in.",
            "The following day they left.",
        ],
    );
    assert_eq!(
        days(&v),
        [
            ("Overnight", "2016-11-29"),
            ("The following day", "2016-11-30")
        ]
    );
    let doc = SourceDocument::from_text(
        SourceMeta {
            published: "2016-11-29".into(),
            ..SourceMeta::default()
        },
        "x",
    );
    let ctx = DateContext::for_document(&doc, None);
    assert!(!ctx.dated());
    assert_eq!(ctx.current().map(|d| d.to), Some(day("2016-11-29")));
}

#[test]
fn numeric_dates_read_day_first_unless_only_month_first_is_a_date() {
    let v = walk(
        "",
        &["Filed 03/05/2015, revised 05.06.2015 and again 04/27/2015 and 2015/07/09; see also 13/13/2015."],
    );
    assert_eq!(
        days(&v),
        [
            ("03/05/2015", "2015-05-03"),
            ("05.06.2015", "2015-06-05"),
            ("04/27/2015", "2015-04-27"),
            ("2015/07/09", "2015-07-09"),
        ]
    );
}

#[test]
fn a_year_written_only_in_a_bounding_heading_dates_later_days() {
    let v = walk(
        "",
        &[
            "EVENTS OF MARCH TO MAY 2014",
            "3 April - the first convoy arrives.",
        ],
    );
    assert_eq!(days(&v).last(), Some(&("3 April", "2014-04-03")));
    // Without a written year, and without a document date, there is no year to give.
    assert!(walk("", &["3 April - the first convoy arrives."]).is_empty());
}

#[test]
fn a_day_of_this_month_is_in_the_documents_month() {
    let v = walk(
        "2014-09-20",
        &["They left on the 3rd of this month, on the 5th of May."],
    );
    assert_eq!(
        days(&v),
        [
            ("the 3rd of this month", "2014-09-03"),
            ("the 5th of May", "2014-05-05")
        ]
    );
}

#[test]
fn after_days_of_fighting_counts_from_the_last_date() {
    let v = walk(
        "",
        &[
            "On 3 March 2015 the assault began.",
            "After a week of street battles it ended; after two hours of talks, nothing.",
        ],
    );
    assert_eq!(
        days(&v),
        [("3 March 2015", "2015-03-03"), ("a week of", "2015-03-10")]
    );
}

#[test]
fn times_of_day_and_last_night() {
    let v = walk(
        "2016-05-09",
        &[
            "On 6 May 2016 the push began; by nightfall it was over.",
            "Last night the guns fell silent.",
        ],
    );
    assert_eq!(
        days(&v),
        [
            ("6 May 2016", "2016-05-06"),
            ("by nightfall", "2016-05-06"),
            ("Last night", "2016-05-08")
        ]
    );
}

#[test]
fn months_written_without_their_accents_are_read() {
    let v = walk(
        "2016-12-20",
        &["Le 3 decembre 2016, puis le 2 fevrier 2017 et le 12 decembre."],
    );
    assert_eq!(
        days(&v),
        [
            ("3 decembre 2016", "2016-12-03"),
            ("2 fevrier 2017", "2017-02-02"),
            ("12 decembre", "2017-12-12"),
        ]
    );
}

#[test]
fn levantine_months_of_two_words_are_read() {
    let v = walk(
        "2016-12-20",
        &["في 28 تشرين الثاني 2016 ثم يوم 1 كانون الأول."],
    );
    assert_eq!(
        days(&v),
        [
            ("28 تشرين الثاني 2016", "2016-11-28"),
            ("1 كانون الأول", "2016-12-01")
        ]
    );
}
