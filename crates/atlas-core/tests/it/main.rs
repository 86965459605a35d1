//! The core's integration tests, one binary (no GUI crate is linked): the district layer, the events
//! and their passages, the engine, the sources' own figures, the source documents and the extractor.

mod control_areas;
mod districts;
mod engine;
mod events;
mod extract;
mod fidelity;
mod figures;
mod pockets;
mod points;
mod sources;

use std::path::PathBuf;

/// The repository's top folder, where data/ and tests/ are.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}
