//! Aleppo Atlas: who controlled which district of a city, when, and which passage of which source says so.
//!
//! Data flows one way, and the folders follow it:
//! - [`model`]: files → typed data (source documents, the district layer, events), with validation;
//! - [`join`]: events joined to districts and to the passages of their documents ([`join::Dataset`]);
//! - [`timeline`]: control of every district at any instant, areas held, histories;
//! - [`extract`]: the rule-based extractor: candidate events from any text, and its scores;
//! - [`cli`]: the command-line subcommands (JSON on stdout);
//! - [`app`]: the eframe/egui desktop viewer, which only draws what the layers below compute.

pub mod app;
pub mod cli;
pub mod export;
pub mod extract;
pub mod frame_memory;
pub mod join;
pub mod model;
pub mod timeline;
