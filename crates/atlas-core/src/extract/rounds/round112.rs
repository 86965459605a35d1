//! The rule classes of the hundred-and-twelfth round of issue 17, on sentences written for these
//! tests (none copied from a held-out report): Turkish perfects of passing into a side's hands or
//! control ("kontrolüne geçmiştir"); a German verb closing its clause ("und", a dash after it)
//! acting on a place referred back to right after its subject; a claim quoted as "rejected";
//! a relative clause dated "on Friday 2 December" acting on the name before "which", and not on
//! the places after its clause; Spanish "entró también en".

use crate::extract::tests::found;

#[test]
fn turkish_perfects_of_passing_into_control() {
    let text = "Rapor, Aralık 2016.\n\nHanano mahallesi 26 Kasım 2016 Cumartesi günü tamamen \
                hükümet güçlerinin kontrolüne geçmiştir.";
    assert_eq!(found(text, ""), ["2016-11-26 hanano government full"]);
    let text = "Rapor, Aralık 2016.\n\nŞeyh Said mahallesi de 12 Aralık 2016 Pazartesi günü \
                rejim güçlerinin eline geçmiştir.";
    assert_eq!(found(text, ""), ["2016-12-12 sheikh-saeed government full"]);
}

#[test]
fn a_german_final_participle_acts_on_a_place_referred_back_to() {
    let text = "Aleppo, 26. November 2016: Familien fliehen aus Masaken Hanano. Am Abend hatte \
                die Armee das ganze Viertel unter ihre Kontrolle gebracht – der erste Durchbruch.";
    assert_eq!(found(text, ""), ["2016-11-26 hanano government full"]);
    let text = "Aleppo, 7. August 2016: Kämpfer fahren durch Ramusa. Die Aufständischen hatten \
                das Gebiet an diesem Sonntag eingenommen und den Ring aufgebrochen.";
    let found = found(text, "");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].starts_with("2016-08-07 ramouseh"), "{found:?}");
    assert!(found[0].ends_with("rebels full"), "{found:?}");
}

#[test]
fn a_claim_rejected_reports_nothing() {
    let text = "Release notes, 28 November 2016.\n\n- Rejected pull request #12: \"rebels retook \
                Hanano, 27 Nov\".";
    assert!(found(text, "").is_empty());
}

#[test]
fn a_relative_clause_with_a_weekday_date_acts_on_the_name_before_which() {
    let text = "Ground rules, 3 December 2016.\n\nThe itinerary lists Tariq al-Bab, which \
                government forces took on Friday 2 December, and the Old City quarters of \
                al-Jalloum and Bab Qinnasrin, which they took yesterday.";
    assert_eq!(
        found(text, ""),
        [
            "2016-12-02 tariq-al-bab government full",
            "2016-12-02 jalloum+bab-qinnasrin government full"
        ]
    );
}

#[test]
fn spanish_entered_also_into() {
    let text = "Informe del 28 de noviembre de 2016.\n\nEsta tarde el ejército entró también en \
                Hanano.";
    assert_eq!(found(text, ""), ["2016-11-28 hanano government partial"]);
}
