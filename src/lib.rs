//! Aleppo Atlas, the desktop app and the command line, built on the GUI-free core (`atlas_core`: the
//! model, the join, control over time, the extractor) and the drawing crate (`atlas_draw`: the map, its
//! figure and the exports, egui without eframe). See ARCHITECTURE.md for how the crates fit together.
//! - [`cli`]: the command-line subcommands (JSON on stdout);
//! - [`app`]: the eframe shell: panels, windows, settings, background jobs;
//! - [`frame_memory`]: the allocator settings the desktop app makes at start.

pub mod app;
pub mod cli;
pub mod frame_memory;
