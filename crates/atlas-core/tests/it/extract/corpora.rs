//! Every set of reports written for the extractor, and the curated documents, checked for what the
//! scores rest on: expected events that quote their documents and name real districts (before a
//! set is ever scored), and candidates whose passages are verbatim prose.

use super::held_out::SETS;
use super::{layer, lexicon, root};
use atlas_core::extract::extract_corpus;
use atlas_core::model::{builtin, Corpus, EventsFile};

#[test]
fn expected_events_quote_their_documents_and_name_real_districts() {
    let layer = layer();
    for (dir, _) in SETS {
        // Loaded without running the extractor: a held-out set is checked here before it is scored.
        let dir = root().join(dir);
        let corpus = Corpus::load_dir(&dir).expect("unseen documents");
        let expected = EventsFile::load(&dir.join("expected.json")).expect("expected events");
        for e in &expected.events {
            for d in &e.districts {
                assert!(layer.index_of(d).is_some(), "{}: no district {d}", e.id);
            }
            for p in &e.passages {
                let doc = corpus
                    .get(&p.document)
                    .unwrap_or_else(|| panic!("{}: no document {}", e.id, p.document));
                assert_eq!(doc.text.get(p.range()), Some(p.quote.as_str()), "{}", e.id);
                assert!(doc.is_prose(&p.range()), "{}: not prose", e.id);
            }
        }
    }
}

#[test]
fn every_candidate_passage_is_verbatim_prose() {
    let mut corpora = vec![builtin::corpus().expect("corpus")];
    for (dir, _) in SETS {
        corpora.push(Corpus::load_dir(&root().join(dir)).expect("unseen"));
    }
    let (layer, lex) = (layer(), lexicon());
    for corpus in &corpora {
        for c in extract_corpus(corpus, &layer, lex) {
            let doc = corpus.get(&c.passage.document).expect("document");
            assert_eq!(
                doc.text.get(c.passage.range()),
                Some(c.passage.quote.as_str())
            );
            assert!(doc.is_prose(&c.passage.range()), "{c:?}");
            for p in &c.places {
                assert!(
                    c.passage.start <= p.start && p.end <= c.passage.end,
                    "{c:?}"
                );
                assert!(layer.index_of(&p.district).is_some());
            }
            assert!((0.0..=1.0).contains(&c.confidence));
        }
    }
}
