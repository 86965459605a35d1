//! The rule classes of the seventh round of issue 17, on sentences written for these tests (none
//! copied from a held-out report): dates in one place (an entry's stamp, a heading's day, asides),
//! unverified claims, sides and their names, verbs of holding and passing, contested places,
//! references back to a list, and spellings that sound like a district's name.

use crate::extract::tests::{found, run, summary};

#[test]
fn each_entry_counts_its_days_from_its_own_stamp() {
    // A channel's posts: "overnight" and "this morning" belong to the post, not to the export.
    let posts = "Channel export, 1 to 9 March 2016\n\n[05.03.16 23:10]\nQuiet night so far.\n\n\
                 [06.03.16 08:05]\nRebels took al-Marjeh overnight.\n\n[08.03.16 17:40]\n\
                 The army retook al-Marjeh this afternoon.";
    assert_eq!(
        found(posts, "2016-03-09"),
        [
            "2016-03-06 marjeh rebels full",
            "2016-03-08 marjeh government full"
        ]
    );
    // A log whose entries open with their date: a weekday counts back from the entry's.
    let log = "**2016-03-10 - Site visit.** Nothing new.\n\n**2016-03-15 - Clinic.** Rebels \
               captured al-Marjeh on Sunday.";
    assert_eq!(found(log, "2016-03-20"), ["2016-03-13 marjeh rebels full"]);
}

#[test]
fn a_markdown_headings_date_anchors_the_days_under_it() {
    let paper = "### 3.1 The fall of the east, 10-12 March 2016\n\nThe district had changed \
                 hands in the spring of 2013 and again between 2014 and the winter of 2015 \
                 (Author 2019). On 11 March rebels captured al-Marjeh.";
    assert_eq!(
        found(paper, "2020-05-01"),
        ["2016-03-11 marjeh rebels full"]
    );
}

#[test]
fn a_bracketed_year_is_an_aside_that_moves_no_date() {
    let text = "Report of 14 March 2016. Rebels captured al-Marjeh on Saturday (see Author \
                2019). The army retook it the next day.";
    assert_eq!(
        found(text, "2016-03-14"),
        [
            "2016-03-12 marjeh rebels full",
            "2016-03-13 marjeh government full"
        ]
    );
}

#[test]
fn a_claim_nobody_could_verify_stays_a_claim() {
    for text in [
        "On 3 May 2016 state television said the army had captured al-Kallaseh; the claim could \
         not be independently verified.",
        "The army reportedly captured al-Kallaseh on 3 May 2016, though this could not be \
         independently confirmed.",
        "The army took al-Kallaseh on 3 May 2016, according to state media. Independent monitors \
         could not confirm this.",
    ] {
        let v = run(text, "");
        assert_eq!(
            v.iter().map(summary).collect::<Vec<_>>(),
            ["2016-05-03 kallaseh government full"],
            "{text}"
        );
        assert!(
            matches!(v[0].certainty, crate::model::Certainty::Claimed { .. }),
            "{text}: {:?}",
            v[0].certainty
        );
    }
}

#[test]
fn an_unverified_report_with_the_place_kept_is_no_change() {
    for text in [
        "On 3 May 2016 monitors received reports that rebels had entered al-Kallaseh; they could \
         not verify them, and note that the army appears to have retained al-Kallaseh throughout.",
        "On 3 May 2016 rebels announced that they had taken al-Kallaseh. Monitors could not \
         confirm this, and residents say soldiers still hold the same streets.",
        "Rumours on 3 May 2016 that the army entered al-Kallaseh are lies.",
        "In Monday's edition we said that troops controlled all of al-Kallaseh on 3 May 2016.",
    ] {
        assert_eq!(found(text, ""), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn places_that_pass_to_a_side_or_are_reported_taken() {
    let text = "Update, 8 March 2016.\n\nAl-Marjeh was reported taken by the army the previous \
                evening. Al-Kallaseh passed to the Kurdish units on Sunday. Its neighbour, Sheikh \
                Lutfi, was taken by the army on Monday.";
    assert_eq!(
        found(text, ""),
        [
            "2016-03-07 marjeh government full",
            "2016-03-06 kallaseh kurdish full",
            "2016-03-07 sheikh-lutfi government full"
        ]
    );
}

#[test]
fn a_holding_reached_by_a_day_is_a_change() {
    let text = "Update, 8 March 2016.\n\nBy Monday evening al-Kallaseh was behind the army's \
                lines. By Tuesday al-Marjeh was in rebel hands.";
    assert_eq!(
        found(text, ""),
        [
            "2016-03-07 kallaseh government full",
            "2016-03-08 marjeh rebels full"
        ]
    );
    // Without "by" the same holding is how things stand.
    let standing = "Update, 8 March 2016.\n\nOn Monday al-Kallaseh was behind the army's lines.";
    assert_eq!(found(standing, ""), Vec::<String>::new());
}

#[test]
fn more_names_for_the_sides_and_for_a_place_named_before() {
    let text = "Update, 8 March 2016.\n\nThe Syrian authorities say they have taken most of \
                al-Kallaseh. On Monday our office in al-Marjeh closed after the Levant Front \
                took the whole neighbourhood.";
    assert_eq!(
        found(text, ""),
        [
            "2016-03-08 kallaseh government partial",
            "2016-03-07 marjeh rebels full"
        ]
    );
}

#[test]
fn a_place_cleared_of_a_side() {
    let text = "Update, 8 March 2016.\n\nOn Monday troops cleared al-Kallaseh of rebels. On \
                Tuesday they cleansed Sheikh Lutfi of terrorists. Rebels drove the army out of \
                al-Marjeh on Tuesday.";
    assert_eq!(
        found(text, ""),
        [
            "2016-03-07 kallaseh government full",
            "2016-03-08 sheikh-lutfi government full",
            "2016-03-08 marjeh rebels full"
        ]
    );
}

#[test]
fn a_side_that_has_a_place_or_a_share_of_it() {
    let text = "Update, 8 March 2016.\n\nThe army has about 30 percent of al-Kallaseh tonight. \
                By Tuesday rebels had most of al-Marjeh.";
    assert_eq!(
        found(text, ""),
        [
            "2016-03-08 kallaseh government partial (30%)",
            "2016-03-08 marjeh rebels partial"
        ]
    );
    // "had" as an auxiliary, or with something else than a place, holds nothing.
    for text in [
        "Update, 8 March 2016.\n\nThe army had the support of residents in al-Kallaseh on Monday.",
        "Update, 8 March 2016.\n\nRebels have no presence in al-Marjeh, residents said on Monday.",
    ] {
        assert_eq!(found(text, ""), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn a_place_fought_over_is_contested() {
    let text = "Update, 8 March 2016.\n\nBy nightfall al-Kallaseh was contested between rebel \
                units and the army.";
    assert_eq!(found(text, ""), ["2016-03-08 kallaseh rebels contested"]);
    // Still contested is how things stand.
    let still = "Update, 8 March 2016.\n\nAl-Kallaseh is still contested between rebels and the \
                 army.";
    assert_eq!(found(still, ""), Vec::<String>::new());
}

#[test]
fn places_that_followed_the_change_before_them() {
    let text = "Update, 8 March 2016.\n\nOn Saturday the army took al-Kallaseh. Al-Marjeh and \
                Sheikh Lutfi followed the next day.";
    assert_eq!(
        found(text, ""),
        [
            "2016-03-05 kallaseh government full",
            "2016-03-06 marjeh+sheikh-lutfi government full"
        ]
    );
    // "followed" with an object of its own reports nothing.
    let other = "Update, 8 March 2016.\n\nOn Saturday the army took al-Kallaseh. Shelling of \
                 al-Marjeh followed the capture.";
    assert_eq!(found(other, ""), ["2016-03-05 kallaseh government full"]);
}

#[test]
fn a_place_set_off_by_commas_with_its_capture() {
    let text = "Update, 8 March 2016.\n\nAl-Kallaseh, captured by the army on Monday, was the \
                last crossing. Al-Marjeh, held by rebels since 2013, saw no fighting.";
    assert_eq!(found(text, ""), ["2016-03-07 kallaseh government full"]);
}

#[test]
fn bare_falls_and_plural_references_back() {
    let text = "Update, 8 March 2016.\n\nThe army took al-Kallaseh on Monday. Al-Marjeh went the \
                same night. Sheikh Lutfi is gone too.";
    assert_eq!(
        found(text, ""),
        [
            "2016-03-07 kallaseh government full",
            "2016-03-07 marjeh government full",
            "2016-03-07 sheikh-lutfi government full"
        ]
    );
    let list = "Update, 8 March 2016.\n\nRebels still hold al-Kallaseh, al-Marjeh and Sheikh \
                Lutfi. On Monday the army took all three districts.";
    assert_eq!(
        found(list, ""),
        ["2016-03-07 kallaseh+marjeh+sheikh-lutfi government full"]
    );
    // A fall with somewhere to go is no fall.
    let went = "Update, 8 March 2016.\n\nOn Monday residents of al-Kallaseh went to the market.";
    assert_eq!(found(went, ""), Vec::<String>::new());
}

#[test]
fn quoted_headlines_undermined_and_questions_asked() {
    for text in [
        "Update, 8 March 2016.\n\nA headline on Monday, \"Army storms al-Kallaseh\", overstated \
         the report: troops shelled it but did not enter it.",
        "Update, 8 March 2016.\n\nWho held al-Kallaseh on Monday evening the court cannot say.",
        "Update, 8 March 2016.\n\nIt is unclear whether the army took al-Kallaseh on Monday.",
    ] {
        assert_eq!(found(text, ""), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn spellings_the_layer_does_not_list_that_sound_like_one_district() {
    let text = "Update, 8 March 2016.\n\nOn Monday the army took al-Haidariya, Bostan al-Kaser, \
                Shaykh Maksoud and Sheikh Khoder.";
    assert_eq!(
        found(text, ""),
        ["2016-03-07 haydariyeh+bustan-al-qaser+sheikh-maqsoud+sheikh-kheder government full"]
    );
    // A person's name that sounds like part of a district's is no place.
    let byline = "Update, 8 March 2016.\n\nOn Monday the army took Suleiman's village.";
    assert_eq!(found(byline, ""), Vec::<String>::new());
}

#[test]
fn more_forms_of_the_verbs() {
    let text = "Update, 8 March 2016.\n\nOn Monday the rebels were forced to pull out of \
                al-Kallaseh. On Tuesday fighters loyal to the government swept through al-Marjeh.";
    assert_eq!(
        found(text, ""),
        [
            "2016-03-07 kallaseh government full",
            "2016-03-08 marjeh government full"
        ]
    );
}

#[test]
fn a_list_that_goes_on_after_a_relative_clause() {
    let text = "Update, 8 March 2016.\n\nOn Monday the army took al-Kallaseh, where rebels had \
                dug tunnels under the market, and al-Marjeh.";
    assert_eq!(
        found(text, ""),
        ["2016-03-07 kallaseh+marjeh government full"]
    );
}

#[test]
fn have_coordinated_with_the_verb_before_it() {
    let text = "Update, 8 March 2016.\n\nThe army came back in from the south on Monday and has \
                about 30 percent of al-Kallaseh.";
    assert_eq!(
        found(text, ""),
        ["2016-03-07 kallaseh government partial (30%)"]
    );
}
