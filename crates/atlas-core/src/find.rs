//! Find: districts by any of their names (the name, the Arabic name, every alias, in Latin or Arabic
//! script) and events by their text (id, date, quotes, note, reading). Names and query are compared
//! by [`name_key`], which folds case, diacritics, apostrophes, articles ("al-", "ash-", "ال") and the
//! forms of alef, teh marbuta and alef maksura, so "sheikh saeed", "Al-Sheikh Sa'eed" and "الشيخ سعيد"
//! each find the district.
//!
//! Ranked best first: a name equal to the query, a name starting with it, a word starting with it, a
//! name containing it (or each of its words, in any order), a name one or two letters off (a typo),
//! then events whose text contains it.

use crate::join::Dataset;
use crate::model::names::{edit_distance, name_key};

/// Event texts are searched in data sets of up to this many events (beyond, events are found by id
/// and date only: their keys would take hundreds of megabytes).
pub const MOST_EVENTS_BY_TEXT: usize = 100_000;

/// What a result is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hit {
    District(usize),
    Event(usize),
}

/// One result: what it is, and the name or text that matched (for a district found by an alias,
/// the alias).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub hit: Hit,
    pub matched: String,
    rank: u8,
}

/// Every name and event text of a dataset, folded once.
#[derive(Debug, Clone, Default)]
pub struct FindIndex {
    /// (district, key, the name as written).
    names: Vec<(usize, String, String)>,
    /// (event, key of its text).
    events: Vec<(usize, String)>,
}

impl FindIndex {
    pub fn new(data: &Dataset) -> Self {
        let mut names = Vec::new();
        for (i, d) in data.layer.districts.iter().enumerate() {
            let all = std::iter::once(&d.name)
                .chain(d.name_ar.as_ref())
                .chain(d.aliases.iter())
                .chain(std::iter::once(&d.id));
            for name in all {
                let key = name_key(name);
                if !key.is_empty() {
                    names.push((i, key, name.clone()));
                }
            }
        }
        let by_text = data.events.len() <= MOST_EVENTS_BY_TEXT;
        let events = data
            .events
            .iter()
            .enumerate()
            .map(|(i, e)| {
                let ev = &e.event;
                let mut text = format!("{} {} {}", ev.id, ev.date.day, ev.date.label());
                if by_text {
                    for p in &ev.passages {
                        text.push(' ');
                        text.push_str(&p.quote);
                    }
                    for extra in [&ev.note, &ev.reading, &ev.basis] {
                        if let Some(t) = extra.as_deref() {
                            text.push(' ');
                            text.push_str(t);
                        }
                    }
                }
                (i, name_key(&text.replace('-', " ")))
            })
            .collect();
        Self { names, events }
    }

    /// At most `limit` results for `query`, best first; districts once each (by their best name).
    pub fn search(&self, query: &str, limit: usize) -> Vec<Found> {
        let q = name_key(query);
        if q.is_empty() || limit == 0 {
            return Vec::new();
        }
        let mut found: Vec<Found> = Vec::new();
        for (d, key, name) in &self.names {
            let Some(rank) = name_rank(key, &q) else {
                continue;
            };
            match found.iter_mut().find(|f| f.hit == Hit::District(*d)) {
                Some(f) if f.rank <= rank => {}
                Some(f) => {
                    f.rank = rank;
                    f.matched = name.clone();
                }
                None => found.push(Found {
                    hit: Hit::District(*d),
                    matched: name.clone(),
                    rank,
                }),
            }
        }
        found.sort_by(|a, b| a.rank.cmp(&b.rank).then_with(|| a.matched.cmp(&b.matched)));
        found.truncate(limit);
        for (e, key) in &self.events {
            if found.len() >= limit {
                break;
            }
            if let Some(at) = key.find(&q) {
                found.push(Found {
                    hit: Hit::Event(*e),
                    matched: excerpt(key, at, q.len()),
                    rank: 5,
                });
            }
        }
        found
    }
}

/// How well a name's key matches the query's (lower is better; None: not at all).
fn name_rank(key: &str, q: &str) -> Option<u8> {
    if key == q {
        return Some(0);
    }
    if key.starts_with(q) {
        return Some(1);
    }
    if key.split(' ').any(|w| w.starts_with(q)) {
        return Some(2);
    }
    let every_word = || {
        q.contains(' ')
            && q.split(' ')
                .all(|qw| key.split(' ').any(|w| w.starts_with(qw)))
    };
    if key.contains(q) || every_word() {
        return Some(3);
    }
    let letters = q.chars().count();
    let allowed = match letters {
        0..=3 => 0,
        4..=6 => 1,
        _ => 2,
    };
    let near = |w: &str| allowed > 0 && edit_distance(w, q) <= allowed;
    (near(key) || key.split(' ').any(near)).then_some(4)
}

/// Some forty characters of folded text around a match.
fn excerpt(key: &str, at: usize, len: usize) -> String {
    let start = key[..at].char_indices().rev().nth(20).map_or(0, |(i, _)| i);
    let end = key[at + len..]
        .char_indices()
        .nth(20)
        .map_or(key.len(), |(i, _)| at + len + i);
    let mut text = String::new();
    if start > 0 {
        text.push('…');
    }
    text.push_str(&key[start..end]);
    if end < key.len() {
        text.push('…');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::LoadedData;

    fn first_district(index: &FindIndex, data: &Dataset, query: &str) -> Option<String> {
        index
            .search(query, 10)
            .into_iter()
            .find_map(|f| match f.hit {
                Hit::District(d) => Some(data.layer.districts[d].id.clone()),
                Hit::Event(_) => None,
            })
    }

    #[test]
    fn districts_are_found_by_any_name_in_either_script() {
        let data = LoadedData::builtin().expect("built-in data");
        let ds = &data.dataset;
        let index = FindIndex::new(ds);
        let cases = [
            ("Sheikh Maqsoud", "sheikh-maqsoud"),
            ("sheikh maqsoud", "sheikh-maqsoud"),
            ("al-Sheikh Maqsoud", "sheikh-maqsoud"),
            ("hanano", "hanano"),
            ("قلعة حلب", "aleppo-citadel"),
            // Teh marbuta folded: قلعة حلب is the name, قلعه حلب an alias; both find it.
            ("قلعه حلب", "aleppo-citadel"),
            // Words in another order.
            ("حلب قلعة", "aleppo-citadel"),
            ("Citadel of Aleppo", "aleppo-citadel"),
            // An alias of another district (see data/DISTRICTS.md).
            ("Bab al-Nayrab", "muhammad-bek"),
            // A typo.
            ("Hananno", "hanano"),
        ];
        for (query, id) in cases {
            assert_eq!(
                first_district(&index, ds, query).as_deref(),
                Some(id),
                "{query}"
            );
        }
        assert_eq!(first_district(&index, ds, "zzzzqqq"), None);
    }

    #[test]
    fn an_exact_name_ranks_before_one_that_only_contains_it() {
        let data = LoadedData::builtin().expect("built-in data");
        let index = FindIndex::new(&data.dataset);
        let found = index.search("Ansari", 10);
        let first = match found.first().map(|f| f.hit) {
            Some(Hit::District(d)) => data.dataset.layer.districts[d].id.clone(),
            other => panic!("{other:?}"),
        };
        assert_eq!(first, "ansari");
        assert!(found.len() > 1, "Ansari Sharqi and others follow");
    }

    #[test]
    fn events_are_found_by_their_text() {
        let data = LoadedData::builtin().expect("built-in data");
        let ds = &data.dataset;
        let index = FindIndex::new(ds);
        let found = index.search("biggest defeat for the opposition", 10);
        let events: Vec<&str> = found
            .iter()
            .filter_map(|f| match f.hit {
                Hit::Event(e) => Some(ds.events[e].event.id.as_str()),
                Hit::District(_) => None,
            })
            .collect();
        assert!(!events.is_empty(), "{found:?}");
        for id in &events {
            let e = &ds.events[ds.event_index(id).expect("known")].event;
            assert!(
                e.passages
                    .iter()
                    .any(|p| p.quote.to_lowercase().contains("biggest defeat")),
                "{id}"
            );
        }
        // By id too.
        assert!(index
            .search("2016-11-26-hanano", 10)
            .iter()
            .any(|f| f.hit == Hit::Event(ds.event_index("2016-11-26-hanano").expect("known"))));
    }

    #[test]
    fn an_empty_or_blank_query_finds_nothing() {
        let data = LoadedData::builtin().expect("built-in data");
        let index = FindIndex::new(&data.dataset);
        assert!(index.search("", 10).is_empty());
        assert!(index.search("  - ", 10).is_empty());
        assert!(index.search("hanano", 0).is_empty());
    }
}
