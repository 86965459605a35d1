//! Why a basemap or a tile could not be read. Every message names the file or address and says what
//! is wrong in words a user can act on.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
pub enum TileError {
    #[error("{path}: {problem}")]
    File { path: PathBuf, problem: String },
    #[error("{url}: {problem}")]
    Http { url: String, problem: String },
    #[error("tile {z}/{x}/{y}: {problem}")]
    Decode {
        z: u8,
        x: u32,
        y: u32,
        problem: String,
    },
    #[error("not a basemap address: {0} (it needs {{z}}, {{x}} and {{y}}, as in https://tile.openstreetmap.org/{{z}}/{{x}}/{{y}}.png)")]
    Template(String),
}

impl TileError {
    pub(crate) fn file(path: &std::path::Path, problem: impl Into<String>) -> Self {
        Self::File {
            path: path.to_path_buf(),
            problem: problem.into(),
        }
    }
}
