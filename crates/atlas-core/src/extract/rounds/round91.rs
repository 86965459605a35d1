//! The rule classes of the ninety-first round of issue 17, on sentences written for these tests
//! (none copied from a held-out report): a post deleted or a claim that "never happened" in the
//! next sentence; an old story recirculated; a title's labelled line standing alone; "the rest"
//! held by the other side after a partial change; the lexicon's weak actors ("the fighters")
//! before a side the sentence names later.

use crate::extract::tests::found;

#[test]
fn a_claim_whose_post_was_deleted_or_never_happened_reports_nothing() {
    let deleted = "Notes, 18 February 2015.\n\nThe site claimed the army had driven rebels out of \
                   al-Layramoun. The post was deleted the same afternoon.";
    assert!(found(deleted, "").is_empty());
    let never = "Review, 20 January 2017.\n\nWe repeated an activist's claim, on 3 December 2016, \
                 that rebels had recaptured Qadi Askar. It never happened.";
    assert!(found(never, "").is_empty());
}

#[test]
fn an_old_story_recirculated_reports_nothing() {
    let text = "Desk note, 26 November 2016.\n\nThe wire line \"rebels retake al-Sakhour\" was an \
                old story from 2012 recirculated on social media.";
    assert!(found(text, "").is_empty());
}

#[test]
fn a_labelled_title_over_its_publication_is_its_abstracts_headline() {
    let text = "Item Type: Newspaper Article\n\
                Title:       Rebels overrun Rashidin district\n\
                Publication: Reuters\n\
                Date:        2015-06-18\n\
                Abstract:    Opposition fighters on Wednesday seized full control of the Rashidin \
                district.";
    assert_eq!(found(text, ""), ["2015-06-17 rashidin rebels full"]);
}

#[test]
fn the_rest_held_by_the_other_side_leaves_the_part_taken() {
    let next = "Notes of 6 December 2016. Mother says the army went into parts of al-Sha'ar on \
                Sunday. The rest of the neighbourhood was still in the fighters' hands.";
    assert_eq!(found(next, ""), ["2016-12-04 shaar government partial"]);
}

#[test]
fn a_weak_actor_before_a_named_side_is_the_subject() {
    let text = "Notes of 20 March 2013. On 3 February 2013 the fighters took part of Souq \
                al-Madina, and the army kept the rest.";
    assert_eq!(
        found(text, ""),
        ["2013-02-03 souq-al-madina rebels partial"]
    );
}
