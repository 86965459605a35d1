//! Scratch probes.

use super::tests::{run, summary};

fn found(text: &str, published: &str) -> Vec<String> {
    run(text, published).iter().map(summary).collect()
}

#[test]
fn probe() {
    for (t, d) in [
        ("[03.12.16 22:40]\nHeavy clashes.\n\n[04.12.16 07:15]\nURGENT: the regime and its militias took most of Tariq al-Bab overnight.", "2016-12-06"),
        ("Update, 2 December 2016.\n\nOn Saturday our partners in Masaken Hanano lost all contact with the office after government forces and allied militias took the whole neighbourhood.", ""),
        ("Update, 2 December 2016.\n\nOn Saturday government forces took Hanano. Jabal Badro and Ba'ibdeen followed the next day.", ""),
        ("Update, 2 December 2016.\n\nSheikh Fares passed to the Kurdish YPG units from neighbouring Sheikh Maqsoud on Sunday, according to the YPG.", ""),
        ("Update, 2 December 2016.\n\nOn Thursday the last rebel-held districts, al-Ansari, al-Mashhad, as-Sukkari, al-Amiriya and az-Zebdiyeh, passed to the government.", ""),
        ("Entry of 8 December 2016.\n\nThe quarter north of the Citadel, al-Farafra, was reported taken by the army the previous evening.", ""),
        ("Entry of 9 December 2016.\n\nAs of this evening the al-'Aqabeh quarter was contested between government troops and armed groups.", ""),
        ("**ALEPPO, SYRIA - DECEMBER 12, 2016.** Smoke rises over al-Firdous. Government forces captured the neighbourhood this afternoon, according to the Syrian army. The claim could not be independently verified at the time of filing.", ""),
        ("Advice updated 2 December 2016. The Syrian authorities say they have taken most of as-Sakhour since Monday; this has not been independently confirmed.", ""),
        ("Update, 2 December 2016.\n\nRumours that the regime entered al-Sukkari are lies.", ""),
        ("Update, 2 December 2016.\n\nIn Thursday's edition we said that government troops controlled \"all of\" Karm al-Jabal on 8 December.", ""),
        ("Update, 2 December 2016.\n\nBy Monday evening the distribution point in al-Sakhour was behind the army's lines as well.", ""),
        ("Update, 2 December 2016.\n\nAl-Sha'ar is gone entirely. The last group left it at sunset and crossed towards the Old City.", ""),
    ] {
        println!("{t:?}\n   => {:?}", found(t, d));
    }
}

#[test]
fn probe_file() {
    let Ok(path) = std::env::var("PROBE") else {
        return;
    };
    let text = std::fs::read_to_string(path).unwrap();
    for c in run(&text, "") {
        println!(
            "{} | {} | {} | {}",
            summary(&c),
            c.date_phrase,
            c.date_basis,
            c.passage.quote
        );
    }
}

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
