//! Writing a file the safe way: into a temporary file in the same folder, renamed over the target once
//! complete, never replacing an existing file unless asked. Exports, saved events and the settings all
//! write through [`write_atomically`].

use std::path::{Path, PathBuf};

/// Why a file could not be written.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("{path} already exists (use --force to replace it)", path = .0.display())]
    Exists(PathBuf),
    #[error("cannot write {path}: {source}", path = .path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot encode {path}: {message}", path = .path.display())]
    Encode { path: PathBuf, message: String },
}

/// Writes through a temporary file in the same folder, renamed into place once complete; refuses to
/// replace an existing file unless `replace`. `write` gets the temporary file's path.
pub fn write_atomically<E: From<WriteError>>(
    path: &Path,
    replace: bool,
    write: impl FnOnce(&Path) -> Result<(), E>,
) -> Result<(), E> {
    if path.exists() && !replace {
        return Err(WriteError::Exists(path.to_path_buf()).into());
    }
    let file_name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("export");
    let temp = path.with_file_name(format!(".{file_name}.{}.partial", std::process::id()));
    let result = write(&temp).and_then(|()| {
        std::fs::rename(&temp, path).map_err(|source| {
            WriteError::Io {
                path: path.to_path_buf(),
                source,
            }
            .into()
        })
    });
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result
}
