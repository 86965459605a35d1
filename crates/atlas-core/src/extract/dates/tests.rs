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
