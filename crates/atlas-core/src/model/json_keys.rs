//! JSON objects whose keys appear twice. serde_json keeps the last value and says nothing, so a layer
//! with two `coordinates` or two `id` members loads as something its author did not write (a district
//! once jumped to 0°, 0°). Every JSON file the model reads as a tree is walked once more, streaming, to
//! refuse such objects with the path of the key and its line and column.

use serde::de::{DeserializeSeed, Deserializer, Error as _, MapAccess, SeqAccess, Visitor};
use std::collections::HashSet;
use std::fmt;

/// Err with the message (path, key) and serde_json's line and column when an object repeats a key.
pub fn refuse_duplicate_keys(text: &str) -> Result<(), serde_json::Error> {
    let mut de = serde_json::Deserializer::from_str(text);
    let mut path = Vec::new();
    Walk { path: &mut path }.deserialize(&mut de)?;
    de.end()
}

/// Where a value is: `features[3].properties.id`.
fn path_text(path: &[String]) -> String {
    let mut out = String::new();
    for part in path {
        if !part.starts_with('[') && !out.is_empty() {
            out.push('.');
        }
        out.push_str(part);
    }
    if out.is_empty() {
        "the top level".into()
    } else {
        out
    }
}

struct Walk<'p> {
    path: &'p mut Vec<String>,
}

impl<'de> DeserializeSeed<'de> for Walk<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Walk<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut i = 0usize;
        loop {
            self.path.push(format!("[{i}]"));
            let more = seq.next_element_seed(Walk { path: self.path })?;
            self.path.pop();
            if more.is_none() {
                return Ok(());
            }
            i += 1;
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut seen = HashSet::new();
        while let Some(key) = map.next_key::<String>()? {
            if !seen.insert(key.clone()) {
                self.path.push(key.clone());
                let message = format!(
                    "{}: the key \"{key}\" appears twice in one object (the second would silently \
                     replace the first)",
                    path_text(self.path)
                );
                return Err(A::Error::custom(message));
            }
            self.path.push(key);
            map.next_value_seed(Walk { path: self.path })?;
            self.path.pop();
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_repeated_key_is_named_with_its_path_and_place() {
        let text =
            "{\"features\": [{\"a\": 1}, {\"properties\": {\"id\": \"x\",\n \"id\": \"y\"}}]}";
        let err = refuse_duplicate_keys(text).expect_err("repeated");
        let message = err.to_string();
        assert!(message.contains("features[1].properties.id"), "{message}");
        assert!(message.contains("appears twice"), "{message}");
        assert_eq!(err.line(), 2);
    }

    #[test]
    fn the_same_key_in_different_objects_is_fine() {
        assert!(refuse_duplicate_keys(r#"[{"id": 1}, {"id": 2, "sub": {"id": 3}}]"#).is_ok());
        assert!(refuse_duplicate_keys(r#""just text""#).is_ok());
    }
}
