//! Tables read by their headings, on tables written for these tests.

use super::cells::{split_cells, Separator};
use crate::extract::tests::run;
use crate::extract::Candidate;
use crate::model::{Certainty, Extent};

/// (date, first district, controller, extent) of each candidate.
fn seen(found: &[Candidate]) -> Vec<(String, String, String, Extent)> {
    found
        .iter()
        .map(|c| {
            (
                c.date.day.to_string(),
                c.districts().first().cloned().unwrap_or_default(),
                c.controller.clone(),
                c.extent,
            )
        })
        .collect()
}

#[test]
fn a_tracker_row_is_one_change_and_rows_marked_no_change_are_none() {
    let text = "Front changes, as logged by volunteers.\n\n\
        ref | when       | district     | taken by   | share        | check\n\
        ----+------------+--------------+------------+--------------+---------\n\
        1   | 03/10/2016 | Hanano       | rebels     | whole        | confirmed\n\
        2   | 05/10/2016 | Jandoul      | army       | -            | REJECTED\n\
        3   | 09/10/2016 | Sakhour      | army       | partial, 25% | confirmed\n\
        4   | 11/10/2016 | Haydariyeh   | -          | no change    | confirmed\n\
        5   | 14/10/2016 | Sheikh Lutfi | YPG        | full         | claimed\n\n\
        Nothing else moved that month.\n";
    let found = run(text, "2016-10-20");
    let rows = seen(&found);
    assert_eq!(
        rows,
        vec![
            (
                "2016-10-03".into(),
                "hanano".into(),
                "rebels".into(),
                Extent::Full
            ),
            (
                "2016-10-09".into(),
                "sakhour".into(),
                "government".into(),
                Extent::Partial {
                    fraction: Some(0.25)
                }
            ),
            (
                "2016-10-14".into(),
                "sheikh-lutfi".into(),
                "kurdish".into(),
                Extent::Full
            ),
        ],
        "{found:#?}"
    );
    assert!(matches!(
        found.last().map(|c| &c.certainty),
        Some(Certainty::Claimed { .. })
    ));
    // Each passage is its row, whole.
    assert!(found.iter().all(|c| c.passage.quote.contains(" | ")));
}

#[test]
fn a_heading_that_says_the_change_gives_the_side_and_a_cell_may_hold_phases() {
    let text = "Survey of clinics\n\n\
        No. | Neighbourhood            | Retaken by the army                           | Clinics\n\
        1   | Qadi Askar, Karm aj-Jazmati | 06/12/2016                                    | 3\n\
        2   | Tariq al-Bab             | fought over from 01/12/2016; secured 05/12/2016 | 2\n\
        3   | Sheikh Maqsoud           | not applicable                                | 4\n";
    let found = run(text, "2017-01-10");
    let rows = seen(&found);
    assert_eq!(rows.len(), 3, "{rows:#?}");
    assert_eq!(rows[0].0, "2016-12-06");
    assert!(
        found[0].districts().len() == 2,
        "{:?}",
        found[0].districts()
    );
    assert_eq!(rows[1].0, "2016-12-01");
    assert_eq!(rows[1].3, Extent::Contested);
    assert_eq!(rows[2].0, "2016-12-05");
    assert_eq!(rows[2].3, Extent::Full);
    assert!(rows.iter().all(|r| r.2 == "government"));
}

#[test]
fn csv_and_column_aligned_tables_are_read_the_same_way() {
    let csv = "date,district,new controller,notes\n\
        2016-11-28,Sakhour,government,\"after two days, street by street\"\n\
        2016-11-29,Sheikh Maqsoud,Kurdish forces,\n";
    let aligned = "Date          District          Controller\n\
        28 Nov 2016   Sakhour           government\n\
        29 Nov 2016   Sheikh Maqsoud    YPG\n";
    for text in [csv, aligned] {
        let rows = seen(&run(text, "2016-12-01"));
        let kept: Vec<(&str, &str)> = rows.iter().map(|r| (r.0.as_str(), r.2.as_str())).collect();
        assert_eq!(
            kept,
            vec![("2016-11-28", "government"), ("2016-11-29", "kurdish")],
            "{text}"
        );
    }
}

#[test]
fn a_table_whose_headings_name_no_place_is_left_to_the_sentences() {
    let text = "SER | DTG | NARRATIVE\n\
        001 | 051200C DEC 16 | SAA took full control of Hanano after a night of fighting.\n";
    let found = run(text, "2016-12-06");
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(found[0].trigger.contains("took"), "{:?}", found[0].trigger);
}

#[test]
fn cells_are_cut_at_their_separator() {
    let cells = |line: &str, s| -> Vec<String> {
        split_cells(line, s)
            .into_iter()
            .map(|r| line[r].to_string())
            .collect()
    };
    assert_eq!(cells("| a | b c |", Separator::Bar), ["a", "b c"]);
    assert_eq!(cells("a,\"b, c\",d", Separator::Comma), ["a", "b, c", "d"]);
    assert_eq!(cells("  a b   c\td", Separator::Spaces), ["a b", "c", "d"]);
    assert_eq!(cells("a\t\tc", Separator::Tab), ["a", "", "c"]);
    assert_eq!(Separator::of("one, two, three"), Some(Separator::Comma));
    assert_eq!(Separator::of("plain words"), None);
}

#[test]
fn a_timeline_sheets_rows_are_read_on_the_days_of_their_date_columns() {
    let text = "Exported from the desk's timeline sheet, 3 January 2017.\n\n\
        Year\tMonth\tDay\tEnd Year\tEnd Month\tEnd Day\tHeadline\tText\tType\n\
        2012\t\t\t2016\t\t\tThe battle\tFour years of fighting for the city.\ttitle\n\
        2014\t7\t5\t\t\t\tA district falls\tGovernment forces capture al-Marjeh, cutting a road\t\n\
        2014\t8\t\t\t\t\tLater\tAfter a week of shelling the army takes most of al-Kallaseh.\t\n\
        2015\t7\t2\t2015\t7\t4\tAssault\tRebels storm al-Sukkari.\t\n";
    let found: Vec<String> = run(text, "")
        .iter()
        .map(|c| {
            format!(
                "{} {} {} {}",
                c.date.from,
                c.date.to,
                c.districts().join("+"),
                c.controller
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            // A row's text ends with its row, though it ends with no point.
            "2014-07-05 2014-07-05 marjeh government",
            // A month alone: the month; a stretch leads up to it, not a week past it.
            "2014-08-01 2014-08-31 kallaseh government",
            // Start and end columns: the days between.
            "2015-07-02 2015-07-04 sukkari rebels",
        ]
    );
}
