//! Aleppo Atlas's core: who controlled which district of a city, when, and which passage of which source
//! says so. No GUI crate is in this crate's dependency tree; the drawing crate and the app build on it.
//!
//! Data flows one way, and the modules follow it:
//! - [`model`]: files → typed data (source documents, the district layer, events), with validation;
//! - [`join`]: events joined to districts and to the passages of their documents ([`join::Dataset`]);
//! - [`timeline`]: control of every district at any instant, areas held, histories;
//! - [`extract`]: the rule-based extractor: candidate events from any text;
//! - [`find`]: districts by any name (Latin or Arabic script) and events by text;
//! - [`compare`]: two days compared: the districts that changed side and the events that moved them;
//! - [`session`]: the data a viewer shows, loaded and indexed once per load ([`session::LoadedData`]);
//! - [`events_file`]: the one writer of the events file format;
//! - [`write_file`]: writing a file safely (a temporary file renamed over the target);
//! - [`job`]: background work with progress, cancel and a result.

pub mod compare;
pub mod events_file;
pub mod extract;
pub mod find;
pub mod job;
pub mod join;
pub mod model;
pub mod session;
pub mod timeline;
pub mod write_file;
