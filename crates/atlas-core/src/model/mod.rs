//! The data model and its loading: source documents, the district layer, controllers and events.
//! Nothing here knows about egui; every loader validates what it reads and reports problems with the
//! file, the place (line, feature, event) and what is wrong.

pub mod acled;
pub mod builtin;
pub mod bundle;
pub mod confine;
pub mod control_areas;
pub mod controller;
pub mod date;
pub mod district;
pub mod error;
pub mod event;
pub mod events_csv;
mod events_stream;
pub mod fast_hash;
pub mod formats;
pub mod json_keys;
pub mod landmark;
pub mod names;
pub mod points;
pub mod progress;
pub mod rare_text;
pub mod read_file;
pub mod repair;
pub mod ring_check;
pub mod source;

pub use bundle::Bundle;
pub use compact_str::CompactString;
pub use controller::{Controller, ControllerSet};
pub use date::{DatePrecision, EventDate};
pub use district::{
    property_keys, District, DistrictKind, DistrictLayer, Placement, PropertyKey, PropertyNames,
};
pub use error::{LoadError, Problem};
pub use event::{
    Certainty, DistrictIds, Event, EventsFile, EventsFormat, EventsImport, Extent, Passage,
    Passages,
};
pub use formats::DataFileKind;
pub use rare_text::RareText;
pub use source::{Corpus, SourceDocument, SourceMeta};
