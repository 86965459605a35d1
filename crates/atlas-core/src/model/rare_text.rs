//! [`RareText`]: an optional text that most records leave out (an event's note, the date as the source
//! words it), one pointer wide. `Option<String>` takes 24 bytes in every event; a million events with
//! four of them spent a hundred MB on nothing.

use serde::{Serialize, Serializer};

/// An optional text, 8 bytes when absent or present (the text itself is on the heap).
// The box around the String is the point: it makes the field one thin pointer; the extra allocation is
// paid only by the few records that have the text.
#[allow(clippy::box_collection)]
#[derive(Clone, Default, PartialEq, Eq, Hash)]
pub struct RareText(Option<Box<String>>);

impl RareText {
    /// No text.
    pub const NONE: Self = Self(None);

    pub fn as_deref(&self) -> Option<&str> {
        self.0.as_deref().map(String::as_str)
    }

    pub fn is_some(&self) -> bool {
        self.0.is_some()
    }

    pub fn is_none(&self) -> bool {
        self.0.is_none()
    }

    /// The text as an owned `Option<String>` (for writing it out).
    pub fn to_option(&self) -> Option<String> {
        self.as_deref().map(str::to_string)
    }
}

impl From<Option<String>> for RareText {
    fn from(text: Option<String>) -> Self {
        Self(text.map(Box::new))
    }
}

impl From<String> for RareText {
    fn from(text: String) -> Self {
        Self(Some(Box::new(text)))
    }
}

impl std::fmt::Debug for RareText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.as_deref().fmt(f)
    }
}

impl Serialize for RareText {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.as_deref().serialize(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_one_pointer_wide_and_keeps_its_text() {
        assert_eq!(std::mem::size_of::<RareText>(), 8);
        let note = RareText::from(Some("doubtful".to_string()));
        assert_eq!(note.as_deref(), Some("doubtful"));
        assert!(note.is_some());
        assert_eq!(RareText::from(None).as_deref(), None);
        assert_eq!(RareText::NONE, RareText::default());
        assert_eq!(format!("{note:?}"), "Some(\"doubtful\")");
        assert_eq!(note.to_option(), Some("doubtful".to_string()));
    }
}
