//! The rule classes of the hundred-and-sixteenth round of issue 17, on sentences written for
//! these tests (none copied from a held-out report): a reference number of a date's shape after
//! its label is no date; a capitalised word after a preposition of a language that writes its
//! months in lower case is a name; a Turkish verb names its sentence's language and its list of
//! places (head nouns and glossed spellings inside it), a Turkish postposition places what it
//! follows; Arabic's question mark, "and" joined to a name, "yesterday" with its weekday and
//! "full control over"; reports withdrawn or not to be broadcast, and news circulated.

use crate::extract::tests::found;

#[test]
fn a_reference_number_shaped_like_a_date_is_no_date() {
    // "Serial: 15-12-05" is not 15 December 2005: the report's own date stands.
    let text = "FIELD NOTE\nSerial: 15-12-05/02\nDate of note: 1 December 2016\n\nGovernment \
                forces took all of Sheikh Saeed this morning.";
    assert_eq!(found(text, ""), ["2016-12-01 sheikh-saeed government full"]);
    let text = "FIELD NOTE\nRef. No. 14.10.22\nDate of note: 1 December 2016\n\nGovernment \
                forces took all of Sheikh Saeed this morning.";
    assert_eq!(found(text, ""), ["2016-12-01 sheikh-saeed government full"]);
    // Without a label the same figures are a date.
    let text = "FIELD NOTE 01-12-16\n\nGovernment forces took all of Sheikh Saeed this morning.";
    assert_eq!(found(text, ""), ["2016-12-01 sheikh-saeed government full"]);
}

#[test]
fn a_capitalised_month_word_after_a_foreign_preposition_is_a_name() {
    // Turkish "ve" is "and"; "Marca" here is a spelling of al-Marjeh, not Polish for March.
    let text = "Bülten, 8 Aralık 2016\n\nBugün ordu Salihin ve Marca (al-Marjeh) \
                mahallelerini ele geçirdi.";
    assert_eq!(
        found(text, ""),
        ["2016-12-08 salheen+marjeh government full"]
    );
}

#[test]
fn a_turkish_verb_takes_the_list_of_places_before_it() {
    // Too few Turkish letters to tell the language; the verb tells it. A head noun with its
    // case ending, and a spelling glossed in brackets, stay inside the list.
    let text = "Not, 9 Aralık 2016\n\nOrdu bugün Hanano tepesini, Meryce (al-Marjeh) ve \
                Bab al-Nayrab mahallelerini tamamen ele geçirdi.";
    assert_eq!(
        found(text, ""),
        ["2016-12-09 hanano+marjeh+muhammad-bek government full"]
    );
}

#[test]
fn a_place_a_turkish_postposition_follows_is_where_a_move_heads() {
    // "Muhalifler Sukkari yönüne çekildi": the rebels withdrew toward al-Sukkari.
    let text = "Not, 9 Aralık 2016\n\nMuhalifler bugün Sukkari yönüne çekildi.";
    assert!(found(text, "").is_empty(), "{:?}", found(text, ""));
    let text = "Not, 9 Aralık 2016\n\nKallase mahallesi çevresinde çatışmalar sürüyor.";
    assert!(found(text, "").is_empty(), "{:?}", found(text, ""));
}

#[test]
fn an_arabic_question_asks() {
    // "Is the news that the army entered Bustan al-Qasr true?" asks; the next sentence is its own.
    let text = "مذكرة، 10 كانون الأول 2016\n\nهل صحيح أن الجيش دخل حي بستان القصر اليوم؟ \
                سيطر الجيش اليوم على حي الفردوس بالكامل.";
    assert_eq!(found(text, ""), ["2016-12-10 fardos government full"]);
}

#[test]
fn arabic_and_joined_to_a_name_lists_it() {
    let text = "مذكرة، 10 كانون الأول 2016\n\nسيطر الجيش اليوم على أحياء الفردوس والمرجة \
                وباب النيرب.";
    assert_eq!(
        found(text, ""),
        ["2016-12-10 fardos+marjeh+muhammad-bek government full"]
    );
}

#[test]
fn arabic_yesterday_with_its_weekday_and_full_control_over() {
    // Written on Tuesday 29 November: "yesterday, Monday" is the 28th.
    let text = "التاريخ: الثلاثاء 29 تشرين الثاني 2016\n\nأعلن الجيش أمس الاثنين السيطرة \
                الكاملة على حي الشعار.";
    assert_eq!(found(text, ""), ["2016-11-28 shaar government full"]);
}

#[test]
fn a_withdrawn_alert_or_news_said_untrue_reports_nothing() {
    let text = "Desk log, December 2016\n\n- 14 Dec: \"army takes al-Ansari\": one source, \
                withdrawn after 10 min.";
    assert!(found(text, "").is_empty(), "{:?}", found(text, ""));
    let text = "Desk log, 14 December 2016\n\nA group says it has entered al-Ansari today. We \
                could not confirm this and will not report it.";
    assert!(found(text, "").is_empty(), "{:?}", found(text, ""));
    // "Pages circulated news of the army entering al-Ansari; the news is untrue."
    let text = "حصيلة، 14 كانون الأول 2016\n\nتناقلت صفحات خبر دخول الجيش إلى حي الأنصاري \
                اليوم، والخبر غير صحيح.";
    assert!(found(text, "").is_empty(), "{:?}", found(text, ""));
}
