//! The rule classes of the thirty-ninth round of issue 17, on sentences written for these tests
//! (none copied from a held-out report): an ISO timestamp as a date and a record's "first
//! published" as a stamp; a JSON string closing its line; a day without a year more than a month
//! after the text was written; a stamp's time after a word for "at" ("kl. 19.12", "às 21h50");
//! "31.jul.2012"; a month's name in lower case in a full date; a line ending on "on" before a
//! date; a holding "from 2012"; claims called lies or never borne out.

use crate::extract::tests::found;

#[test]
fn a_timestamp_is_a_date_and_a_records_first_published_a_stamp() {
    let text =
        "{\n  \"headline\": \"Army advances\",\n  \"id\": \"a-1\",\n  \"type\": \"article\",\n  \
                \"first_published\": \"2016-12-07T19:52:00Z\",\n  \"body\": [\n    \"Troops took \
                al-Marjeh on Wednesday after rebel fighters withdrew.\",\n    \"On Monday the army \
                had taken al-Jalloum.\"\n  ]\n}";
    assert_eq!(
        found(text, ""),
        [
            "2016-12-07 marjeh government full",
            "2016-12-05 jalloum government full"
        ]
    );
}

#[test]
fn a_day_more_than_a_month_after_the_text_is_of_the_year_before() {
    let text =
        "Newsletter. He lives in al-Marjeh, which government troops took back on 12 December.";
    assert_eq!(
        found(text, "2017-01-15"),
        ["2016-12-12 marjeh government full"]
    );
}

#[test]
fn a_stamps_time_after_a_word_for_at() {
    let text =
        "UTRIKES\n\nHeadline here\n\nPublicerad 2016-11-28 kl. 19.12 | Uppdaterad 2016-11-28 kl. \
                22.40\n\nLater on Monday the army pushed into al-Marjeh.";
    assert_eq!(found(text, ""), ["2016-11-28 marjeh government partial"]);
    let text = "MUNDO\n\nHeadline here\n\n31.jul.2012 às 21h50\n\nSyrian rebels took control of \
                al-Marjeh this Tuesday (31).";
    assert_eq!(found(text, ""), ["2012-07-31 marjeh rebels full"]);
}

#[test]
fn a_month_in_lower_case_in_a_full_date_and_a_line_ending_on_on() {
    let text = "Notice. The army took al-Marjeh on 28 november 2016.";
    assert_eq!(found(text, ""), ["2016-11-28 marjeh government full"]);
    let text = "Report.\n\nSector 2 -- al-Marjeh: the neighbourhood returned to the State on\n\
                07/12/2016.";
    assert_eq!(found(text, ""), ["2016-12-07 marjeh government full"]);
}

#[test]
fn a_holding_from_a_year_and_claims_called_lies_change_nothing() {
    for text in [
        "Proposal of 8 October 2019. Al-Marjeh was held by the Kurdish YPG from 2012.",
        "Leaflet of 4 December 2016. The armed men lie to you when they say they have taken back \
         al-Marjeh.",
        "Column of 20 May 2014. An announcement in early May that the army had cleared al-Marjeh \
         was never borne out.",
    ] {
        assert_eq!(found(text, ""), Vec::<String>::new(), "{text}");
    }
}
