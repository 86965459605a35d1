//! The extractor's words, as data: actors and the controller each stands for, verbs by the change they
//! report, claim and contradiction markers, quantifiers and fractions, and the small word lists that
//! decide whether a place is what a verb acts on. Read from `data/lexicon.json` (built in) or from a
//! file of the same format (documented in docs/data-format.md).

use super::tokens::PhraseSet;
use crate::model::error::{limits, parse_json, read_text_limited, LoadError, Problem};
use crate::model::event::check_fraction;
use serde::Deserialize;
use std::collections::HashMap;
use std::path::Path;

/// The built-in lexicon file.
pub const LEXICON_JSON: &str = include_str!("../../../../data/lexicon.json");
/// How the built-in lexicon is named in messages.
pub const BUILTIN_LEXICON: &str = "built-in data/lexicon.json";

/// What a verb says about control of the places it acts on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum VerbClass {
    /// The actor took the places ("captured", "seized", "took control of").
    Change,
    /// The actor took part of them ("advanced in", "pushed into", "entered").
    Partial,
    /// The actor holds them at that date ("in control of", "held").
    State,
    /// Without a verb, the actor named in or right after the phrase holds the places named before it
    /// ("X: under government control", "X is in rebel hands", "X, under the control of the YPG").
    Verbless,
    /// The places were lost by whoever held them ("fell", "fell to X").
    Fall,
    /// The actor lost them ("withdrew from", "abandoned", "evacuated").
    Loss,
    /// Nothing changed hands ("repelled", "failed", "attempted").
    NoChange,
    /// The places named before it are now fought over ("was contested between the army and the
    /// rebels"); the first side named after it (or in the sentence) is the one the event is filed
    /// under, the extent contested.
    Contested,
}

/// A quantifier before a place: "parts of" (partial), "a third of" (partial, 0.333), "all of" (full).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Quantifier {
    pub partial: bool,
    pub fraction: Option<f64>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLexicon {
    #[serde(default)]
    about: String,
    actors: Vec<RawActor>,
    #[serde(default)]
    weak_actors: Vec<RawActor>,
    #[serde(default)]
    pejoratives: Vec<RawActor>,
    #[serde(default)]
    actor_compounds: Vec<String>,
    #[serde(default)]
    opponents: HashMap<String, String>,
    verbs: Vec<RawVerbs>,
    #[serde(default)]
    nominal_changes: Vec<String>,
    #[serde(default)]
    backward_markers: Vec<String>,
    #[serde(default)]
    hypothetical: Vec<String>,
    #[serde(default)]
    contradictions: Vec<String>,
    #[serde(default)]
    contradiction_links: Vec<String>,
    #[serde(default)]
    undermining: Vec<String>,
    #[serde(default)]
    claim_verbs: Vec<String>,
    #[serde(default)]
    claim_markers: Vec<String>,
    #[serde(default)]
    unattributed_claims: Vec<String>,
    #[serde(default)]
    full_markers: Vec<String>,
    #[serde(default)]
    quantifiers: Vec<RawQuantifier>,
    #[serde(default)]
    percent_words: Vec<String>,
    #[serde(default)]
    not_the_object: Vec<String>,
    #[serde(default)]
    not_a_district: Vec<String>,
    #[serde(default)]
    landmarks: Vec<String>,
    #[serde(default)]
    anaphora: Vec<String>,
    #[serde(default)]
    boundaries: Vec<String>,
    #[serde(default)]
    list_continuations: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawActor {
    controller: String,
    phrases: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawVerbs {
    class: VerbClass,
    phrases: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuantifier {
    phrase: String,
    extent: String,
    #[serde(default)]
    fraction: Option<f64>,
}

/// The compiled lexicon.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    pub about: String,
    /// Actor phrases → controller id.
    pub actors: PhraseSet<String>,
    /// Words that stand for a side only in a sentence that names no actor ("the fighters" in a
    /// story from the besieged east).
    pub weak_actors: PhraseSet<String>,
    /// Names only a side's enemies call it ("terrorists", "Assad gangs"): a text that uses them of
    /// one side and says "our forces" speaks for the other.
    pub pejoratives: PhraseSet<String>,
    /// Second halves of "SDF-affiliated", "YPG-led": the word is an actor of the first half's side.
    pub actor_compounds: Vec<String>,
    /// Who gains what an actor loses, when the text does not say.
    pub opponents: HashMap<String, String>,
    pub verbs: PhraseSet<VerbClass>,
    /// Nouns that report a change ("the capture of X").
    pub nominal_changes: PhraseSet<()>,
    /// Words before a nominal change that make it a reference to an earlier event ("after the capture of").
    pub backward_markers: PhraseSet<()>,
    pub hypothetical: PhraseSet<()>,
    pub contradictions: PhraseSet<()>,
    pub contradiction_links: PhraseSet<()>,
    /// Words that say a report is not to be believed ("could not be verified", "was deleted",
    /// "did not survive scrutiny"): a claim in their scope reports no change.
    pub undermining: PhraseSet<()>,
    pub claim_verbs: PhraseSet<()>,
    pub claim_markers: PhraseSet<()>,
    pub unattributed_claims: PhraseSet<()>,
    pub full_markers: PhraseSet<()>,
    pub quantifiers: PhraseSet<Quantifier>,
    pub percent_words: PhraseSet<()>,
    pub not_the_object: PhraseSet<()>,
    /// Nouns after a name that make it something else (a town, a dam, a base).
    pub not_a_district: Vec<String>,
    /// Nouns that make a name a landmark inside a district (a bridge, a hospital).
    pub landmarks: Vec<String>,
    pub anaphora: PhraseSet<()>,
    pub boundaries: PhraseSet<()>,
    pub list_continuations: PhraseSet<()>,
}

impl Lexicon {
    /// The built-in lexicon (`data/lexicon.json`, compiled in).
    pub fn builtin() -> Result<Self, LoadError> {
        Self::from_json(Path::new(BUILTIN_LEXICON), LEXICON_JSON)
    }

    pub fn load(path: &Path) -> Result<Self, LoadError> {
        let text = read_text_limited(path, limits::MANIFEST_BYTES, "lexicons", "")?;
        Self::from_json(path, &text)
    }

    /// Parses and checks a lexicon; every problem names the list and the phrase.
    pub fn from_json(path: &Path, text: &str) -> Result<Self, LoadError> {
        let value = parse_json(path, text)?;
        let raw: RawLexicon = serde_json::from_value(value)
            .map_err(|e| LoadError::one(path, "top level", "", e.to_string()))?;
        let mut problems = Vec::new();
        let mut lex = Lexicon {
            not_a_district: raw
                .not_a_district
                .iter()
                .map(|w| w.to_lowercase())
                .collect(),
            landmarks: raw.landmarks.iter().map(|w| w.to_lowercase()).collect(),
            ..Self::default()
        };
        add_actors(&mut lex.actors, &raw.actors, "actors", &mut problems);
        add_actors(
            &mut lex.weak_actors,
            &raw.weak_actors,
            "weak_actors",
            &mut problems,
        );
        add_actors(
            &mut lex.pejoratives,
            &raw.pejoratives,
            "pejoratives",
            &mut problems,
        );
        for (i, verbs) in raw.verbs.iter().enumerate() {
            for p in &verbs.phrases {
                add(
                    &mut lex.verbs,
                    p,
                    verbs.class,
                    &format!("verbs[{i}]"),
                    &mut problems,
                );
            }
        }
        add_quantifiers(&mut lex, &raw, &mut problems);
        add_word_lists(&mut lex, &raw, &mut problems);
        lex.about = raw.about;
        lex.opponents = raw.opponents;
        lex.actor_compounds = raw.actor_compounds;
        for (from, to) in &lex.opponents {
            if from.trim().is_empty() || to.trim().is_empty() {
                problems.push(Problem::new(
                    "opponents",
                    from,
                    "controller ids must not be empty",
                ));
            }
        }
        if lex.actors.is_empty() {
            problems.push(Problem::new("actors", "", "the lexicon names no actor"));
        }
        if lex.verbs.is_empty() {
            problems.push(Problem::new("verbs", "", "the lexicon names no verb"));
        }
        if problems.is_empty() {
            Ok(lex)
        } else {
            Err(LoadError::invalid(path, problems))
        }
    }

    /// Who gains what `controller` loses, when the text does not say.
    pub fn opponent_of(&self, controller: &str) -> Option<&str> {
        self.opponents.get(controller).map(String::as_str)
    }
}

/// The quantifiers ("most of", "a third of"), each extent and fraction checked.
/// The phrases of a list of actors (`field`: "actors", "weak_actors") into `set`.
fn add_actors(
    set: &mut PhraseSet<String>,
    actors: &[RawActor],
    field: &str,
    problems: &mut Vec<Problem>,
) {
    for (i, actor) in actors.iter().enumerate() {
        let place = format!("{field}[{i}]");
        if actor.controller.trim().is_empty() {
            problems.push(Problem::new(&place, "controller", "is empty"));
        }
        for p in &actor.phrases {
            add(set, p, actor.controller.clone(), &place, problems);
        }
    }
}

fn add_quantifiers(lex: &mut Lexicon, raw: &RawLexicon, problems: &mut Vec<Problem>) {
    for (i, q) in raw.quantifiers.iter().enumerate() {
        let place = format!("quantifiers[{i}]");
        let partial = match q.extent.as_str() {
            "partial" => true,
            "full" => false,
            other => {
                problems.push(Problem::new(
                    &place,
                    "extent",
                    format!("\"{other}\" is not \"partial\" or \"full\""),
                ));
                true
            }
        };
        if let Some(message) = q.fraction.and_then(|f| check_fraction(f).err()) {
            problems.push(Problem::new(&place, "fraction", message));
        }
        let value = Quantifier {
            partial,
            fraction: q.fraction,
        };
        add(&mut lex.quantifiers, &q.phrase, value, &place, problems);
    }
}

/// The plain phrase lists, each phrase named by its list in problems.
fn add_word_lists(lex: &mut Lexicon, raw: &RawLexicon, problems: &mut Vec<Problem>) {
    let lists: [(&str, &Vec<String>, &mut PhraseSet<()>); 15] = [
        (
            "nominal_changes",
            &raw.nominal_changes,
            &mut lex.nominal_changes,
        ),
        (
            "backward_markers",
            &raw.backward_markers,
            &mut lex.backward_markers,
        ),
        ("hypothetical", &raw.hypothetical, &mut lex.hypothetical),
        (
            "contradictions",
            &raw.contradictions,
            &mut lex.contradictions,
        ),
        (
            "contradiction_links",
            &raw.contradiction_links,
            &mut lex.contradiction_links,
        ),
        ("undermining", &raw.undermining, &mut lex.undermining),
        ("claim_verbs", &raw.claim_verbs, &mut lex.claim_verbs),
        ("claim_markers", &raw.claim_markers, &mut lex.claim_markers),
        (
            "unattributed_claims",
            &raw.unattributed_claims,
            &mut lex.unattributed_claims,
        ),
        ("full_markers", &raw.full_markers, &mut lex.full_markers),
        ("percent_words", &raw.percent_words, &mut lex.percent_words),
        (
            "not_the_object",
            &raw.not_the_object,
            &mut lex.not_the_object,
        ),
        ("anaphora", &raw.anaphora, &mut lex.anaphora),
        ("boundaries", &raw.boundaries, &mut lex.boundaries),
        (
            "list_continuations",
            &raw.list_continuations,
            &mut lex.list_continuations,
        ),
    ];
    for (name, phrases, set) in lists {
        for p in phrases {
            add(set, p, (), name, problems);
        }
    }
}

/// Adds a phrase, and the same phrase without its accents when it has any: texts written without
/// them ("l'armee syrienne a repris", "Exercito") match too.
fn add<T: Clone>(
    set: &mut PhraseSet<T>,
    phrase: &str,
    value: T,
    place: &str,
    problems: &mut Vec<Problem>,
) {
    let plain = without_accents(phrase);
    if !set.insert(phrase, value.clone()) {
        problems.push(Problem::new(
            place,
            "phrases",
            format!("\"{phrase}\" has no word, or starts or ends with '*'"),
        ));
    } else if plain != phrase {
        set.insert(&plain, value);
    }
}

/// A phrase's letters without their accents ("armée" → "armee"); other scripts' letters kept.
pub(crate) fn without_accents(phrase: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    if phrase.is_ascii() {
        return phrase.to_string();
    }
    phrase
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .nfc()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builtin_lexicon_loads() {
        let lex = Lexicon::builtin().expect("built-in lexicon");
        assert!(lex.actors.len() > 20);
        assert!(lex.verbs.len() > 40);
        assert_eq!(lex.opponent_of("rebels"), Some("government"));
    }

    #[test]
    fn problems_name_the_list_and_the_phrase() {
        let text = r#"{"actors":[{"controller":"","phrases":["* army"]}],
            "verbs":[{"class":"change","phrases":["took"]}],
            "quantifiers":[{"phrase":"half of","extent":"partial","fraction":2}]}"#;
        let msg = Lexicon::from_json(Path::new("lex.json"), text)
            .expect_err("invalid")
            .to_string();
        assert!(msg.contains("actors[0]: controller: is empty"), "{msg}");
        assert!(msg.contains("\"* army\""), "{msg}");
        assert!(msg.contains("quantifiers[0]: fraction: 2"), "{msg}");
    }

    #[test]
    fn unknown_verb_classes_are_refused() {
        let text = r#"{"actors":[{"controller":"x","phrases":["x"]}],
            "verbs":[{"class":"conquest","phrases":["took"]}]}"#;
        let msg = Lexicon::from_json(Path::new("lex.json"), text)
            .expect_err("invalid")
            .to_string();
        assert!(msg.contains("conquest"), "{msg}");
    }
}
