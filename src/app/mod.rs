//! The desktop app (eframe/egui).

use std::path::PathBuf;

/// Starts the desktop app on the built-in data or on the given files.
pub fn run(_files: Vec<PathBuf>) -> anyhow::Result<()> {
    anyhow::bail!("the desktop app is not built yet (see the app issue); use the subcommands: check, events, state, areas")
}
