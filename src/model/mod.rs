//! The data model and its loading: source documents, the district layer, controllers and events.
//! Nothing here knows about egui; every loader validates what it reads and reports problems with the
//! file, the place (line, feature, event) and what is wrong.

pub mod builtin;
pub mod controller;
pub mod date;
pub mod district;
pub mod error;
pub mod event;
pub mod landmark;
pub mod names;
pub mod repair;
pub mod source;

pub use controller::{Controller, ControllerSet};
pub use date::{DatePrecision, EventDate};
pub use district::{District, DistrictKind, DistrictLayer, Placement};
pub use error::{LoadError, Problem};
pub use event::{Certainty, Event, EventsFile, Extent, Passage};
pub use source::{Corpus, SourceDocument, SourceMeta};
