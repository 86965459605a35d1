//! The matching keys of the layer's names ([`NameKeys`]), by spelling and by sound, built once per
//! layer, and the cheap tests a token passes before a name is looked up.

use super::*;

/// The matching keys of every name the layer resolves ([`name_key`] of names, aliases, ids, alias
/// placements and group names), and their first words: a cheap test before [`DistrictLayer::resolve`].
#[derive(Debug, Clone, Default)]
pub struct NameKeys {
    pub(super) keys: HashSet<String>,
    first_words: HashSet<String>,
    /// The keys of the districts' own names (not of aliases or placed landmarks: "al-Jazmati
    /// roundabouts" are landmarks of a district, "the Hanano barracks" the district "Hanano Barrack").
    district_names: HashSet<String>,
    /// The districts by the [`sound_key`] of their names and aliases, each with the [`endings`] of
    /// the name: what a spelling the layer does not know ("Haidariya") may still name, when it
    /// names one district only and its words end alike.
    by_sound: HashMap<String, Vec<(usize, Vec<Ending>, String)>>,
    /// The sounds of those names' first words.
    pub(super) first_sounds: HashSet<String>,
    /// The most words a name sounded out has.
    pub(super) sound_words: usize,
}

impl NameKeys {
    pub fn new(layer: &DistrictLayer) -> Self {
        let mut names: Vec<String> = Vec::new();
        let mut district_names = HashSet::new();
        let mut by_sound: HashMap<String, Vec<(usize, Vec<Ending>, String)>> = HashMap::new();
        let mut first_sounds = HashSet::new();
        let mut sound_words = 0;
        for (k, d) in layer.districts.iter().enumerate() {
            for n in std::iter::once(&d.name).chain(d.aliases.iter()) {
                let sound = sound_key(n);
                if let Some(first) = sound.split(' ').next() {
                    first_sounds.insert(first.to_string());
                }
                sound_words = sound_words.max(sound.split(' ').count());
                by_sound
                    .entry(sound)
                    .or_default()
                    .push((k, endings(n), name_key(n)));
            }
            district_names.insert(name_key(&d.name));
            names.push(d.id.replace('-', " "));
            names.push(d.name.clone());
            names.extend(d.name_ar.iter().cloned());
            names.extend(d.aliases.iter().cloned());
        }
        names.extend(layer.placements.iter().map(|p| p.name.clone()));
        for g in &layer.alias_groups {
            names.extend(g.aliases.iter().cloned());
        }
        let mut out = Self {
            district_names,
            by_sound,
            first_sounds,
            sound_words,
            ..Self::default()
        };
        for n in names {
            let key = name_key(&n);
            if let Some(first) = key.split(' ').next() {
                out.first_words.insert(first.to_string());
            }
            out.keys.insert(key);
        }
        out
    }

    pub(super) fn may_start(&self, word: &str) -> bool {
        let key = name_key(word);
        let first = key.split(' ').next().unwrap_or("");
        self.first_words.contains(first)
            || first == "the"
            || ARTICLES.contains(&first)
            || self.first_sounds.contains(&word_sound(first))
    }
}

/// The fewest letters of sound a spelling must keep for its sound alone to name a district, and
/// the fewest letters it must be written with ("al-Bayada": "byd", six letters; "Arkub" for
/// al-'Arqoub: "arkb", five).
const MIN_SOUND_LETTERS: usize = 3;
const MIN_WRITTEN_LETTERS: usize = 5;

impl NameKeys {
    /// The one name of the layer that `written` sounds like ([`sound_key`]): capitalised words
    /// only, long enough ([`MIN_SOUND_LETTERS`], [`MIN_WRITTEN_LETTERS`]), and no other name
    /// sounding the same unless it is the same district's. A name several districts share
    /// ("Ramouseh") may be sounded out too ("Ramuse").
    pub(super) fn by_sound(&self, written: &str) -> Option<&str> {
        let capitalised = written
            .split([' ', '-', '\u{2010}'])
            .filter(|w| !w.is_empty())
            .all(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    || ARTICLES.contains(&w.to_lowercase().as_str())
            });
        let key = sound_key(written);
        let letters = key.chars().filter(|c| c.is_alphanumeric()).count();
        let written_letters = name_key(written)
            .chars()
            .filter(|c| c.is_alphanumeric())
            .count();
        let long_enough = letters >= MIN_SOUND_LETTERS && written_letters >= MIN_WRITTEN_LETTERS;
        let named = self.by_sound.get(&key)?;
        let written_endings = endings(written);
        let alike: Vec<&(usize, Vec<Ending>, String)> = named
            .iter()
            .filter(|(_, e, _)| endings_agree(e, &written_endings))
            .collect();
        // A name every district sounding alike carries.
        let shared = alike.iter().map(|(_, _, n)| n).find(|n| {
            alike
                .iter()
                .all(|(d, _, _)| alike.iter().any(|(d2, _, n2)| d2 == d && n2 == *n))
        })?;
        (capitalised && long_enough).then_some(shared.as_str())
    }
}

/// How a word of a name ends, which its sound ([`word_sound`]) drops: "al-Madina" is not
/// "al-Midan", while "Zebdiyeh" may be "Zubdiya" (a final "e", as in "Salaheddine", is either).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ending {
    Vowel,
    Consonant,
    Either,
}

/// The [`Ending`] of each word of a name (a final "h" after a vowel is silent).
fn endings(name: &str) -> Vec<Ending> {
    name_key(name)
        .split(' ')
        .map(|w| {
            let w = match w.strip_suffix('h') {
                Some(rest) if rest.ends_with(['a', 'e', 'i', 'o', 'u']) => rest,
                _ => w,
            };
            match w.chars().last() {
                Some('e') => Ending::Either,
                Some('a' | 'i' | 'o' | 'u' | 'y') => Ending::Vowel,
                _ => Ending::Consonant,
            }
        })
        .collect()
}

fn endings_agree(a: &[Ending], b: &[Ending]) -> bool {
    a.len() == b.len()
        && a.iter()
            .zip(b)
            .all(|(x, y)| x == y || *x == Ending::Either || *y == Ending::Either)
}

/// A name of the layer as written, or, when its last word is a plural the layer writes in the
/// singular ("the Hanano barracks" for "Hanano Barrack"), that singular.
pub(super) fn singular_or_as_written<'a>(written: &'a str, keys: &NameKeys) -> Option<&'a str> {
    if keys.keys.contains(&name_key(written)) {
        return Some(written);
    }
    let singular = written.strip_suffix('s')?;
    let multi_word = singular.contains(' ');
    // A word, not a numeral's letter: "Al-Sakhour is" is not "as-Sakhour I" in the plural.
    let last_word = singular.rsplit(' ').next().unwrap_or("");
    let a_word = last_word.chars().count() >= MIN_SINGULAR_LETTERS;
    (multi_word
        && a_word
        && !singular.ends_with('s')
        && keys.district_names.contains(&name_key(singular)))
    .then_some(singular)
}

/// The fewest letters the singular of a name's last word has ("Barrack").
const MIN_SINGULAR_LETTERS: usize = 3;
