//! Writing a file the safe way: into a new temporary file in the same folder, moved onto the target once
//! complete; never replacing an existing path unless asked, and then only a regular file (never a
//! device, a folder, a FIFO or a link, dangling or not); never over a file the command reads
//! ([`check_target`]). Exports, saved events and the settings all write through [`write_atomically`].

use crate::model::read_file::kind_of;
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
    #[error("{path} is {kind}: only a regular file is ever replaced, and files are only written into a real folder", path = .path.display())]
    NotRegular { path: PathBuf, kind: &'static str },
    #[error("{path} is {what} {input}, which this export reads: it is never written over", path = .path.display(), input = .input.display())]
    ReadsIt {
        path: PathBuf,
        what: &'static str,
        input: PathBuf,
    },
}

/// Checks that `path` may be written: a path that exists (a link counts, even a dangling one) only with
/// `replace`, and then only a regular file; never one of `reads` (files or folders the caller reads)
/// nor a file inside a folder among them.
pub fn check_target(path: &Path, replace: bool, reads: &[PathBuf]) -> Result<(), WriteError> {
    check_replaceable(path, replace)?;
    check_not_read(path, reads)
}

/// Checks a folder that files will be written into: a folder (not a link to one) or nothing yet, and
/// neither one of `reads` nor inside a folder among them.
pub fn check_folder_target(dir: &Path, reads: &[PathBuf]) -> Result<(), WriteError> {
    match std::fs::symlink_metadata(dir) {
        Ok(meta) if !meta.file_type().is_dir() => {
            return Err(WriteError::NotRegular {
                path: dir.to_path_buf(),
                kind: kind_of(meta.file_type()),
            })
        }
        _ => {}
    }
    check_not_read(dir, reads)
}

/// A path that exists (a link counts, even a dangling one) only with `replace`, and then only a
/// regular file.
fn check_replaceable(path: &Path, replace: bool) -> Result<(), WriteError> {
    match std::fs::symlink_metadata(path) {
        Ok(meta) => {
            if !replace {
                return Err(WriteError::Exists(path.to_path_buf()));
            }
            if !meta.file_type().is_file() {
                return Err(WriteError::NotRegular {
                    path: path.to_path_buf(),
                    kind: kind_of(meta.file_type()),
                });
            }
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(source) => {
            return Err(WriteError::Io {
                path: path.to_path_buf(),
                source,
            })
        }
    }
    Ok(())
}

/// Neither one of `reads` (links resolved) nor inside a folder among them.
fn check_not_read(path: &Path, reads: &[PathBuf]) -> Result<(), WriteError> {
    let target = resolved(path);
    for input in reads {
        let read = resolved(input);
        if target == read {
            return Err(WriteError::ReadsIt {
                path: path.to_path_buf(),
                what: "the same file as",
                input: input.clone(),
            });
        }
        if read.is_dir() && target.starts_with(&read) {
            return Err(WriteError::ReadsIt {
                path: path.to_path_buf(),
                what: "inside the folder",
                input: input.clone(),
            });
        }
    }
    Ok(())
}

/// The path with every link resolved: the whole path when it exists, else its folder's and its name.
fn resolved(path: &Path) -> PathBuf {
    if let Ok(real) = path.canonicalize() {
        return real;
    }
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    match (folder.canonicalize(), path.file_name()) {
        (Ok(real), Some(name)) => real.join(name),
        _ => path.to_path_buf(),
    }
}

/// Writes through a new temporary file in the same folder, moved into place once complete (see
/// [`check_target`] for what may be replaced; `replace` false never replaces anything, even a path
/// that appears while writing). `write` gets the temporary file's path.
pub fn write_atomically<E: From<WriteError>>(
    path: &Path,
    replace: bool,
    write: impl FnOnce(&Path) -> Result<(), E>,
) -> Result<(), E> {
    check_target(path, replace, &[])?;
    let io = |source| WriteError::Io {
        path: path.to_path_buf(),
        source,
    };
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("export");
    let temp = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".partial")
        .tempfile_in(folder)
        .map_err(io)?;
    write(temp.path())?;
    #[cfg(unix)]
    {
        // The temporary file is private (0600); what it becomes is an ordinary file.
        use std::os::unix::fs::PermissionsExt;
        let readable = std::fs::Permissions::from_mode(0o644);
        std::fs::set_permissions(temp.path(), readable).map_err(io)?;
    }
    // A path that appeared since the check is never replaced without `replace`.
    let placed = if replace {
        temp.persist(path).map(drop)
    } else {
        temp.persist_noclobber(path).map(drop)
    };
    placed.map_err(|e| {
        if e.error.kind() == std::io::ErrorKind::AlreadyExists {
            WriteError::Exists(path.to_path_buf()).into()
        } else {
            io(e.error).into()
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write_text(path: &Path, replace: bool, text: &str) -> Result<(), WriteError> {
        write_atomically(path, replace, |temp| {
            std::fs::write(temp, text).map_err(|source| WriteError::Io {
                path: temp.to_path_buf(),
                source,
            })
        })
    }

    #[test]
    fn writes_a_new_file_and_replaces_only_when_asked() {
        let dir = tempfile::tempdir().expect("temp dir");
        let out = dir.path().join("out.txt");
        write_text(&out, false, "one").expect("a new file");
        assert!(matches!(
            write_text(&out, false, "two"),
            Err(WriteError::Exists(_))
        ));
        write_text(&out, true, "two").expect("replaced when asked");
        assert_eq!(std::fs::read_to_string(&out).expect("reads"), "two");
        let left: Vec<_> = std::fs::read_dir(dir.path()).expect("lists").collect();
        assert_eq!(left.len(), 1, "no temporary file is left behind");
    }

    #[test]
    fn a_failed_write_leaves_nothing() {
        let dir = tempfile::tempdir().expect("temp dir");
        let out = dir.path().join("out.txt");
        let failed: Result<(), WriteError> = write_atomically(&out, false, |_| {
            Err(WriteError::Encode {
                path: out.clone(),
                message: "broken".into(),
            })
        });
        assert!(failed.is_err());
        assert_eq!(std::fs::read_dir(dir.path()).expect("lists").count(), 0);
    }

    #[cfg(unix)]
    #[test]
    fn links_dangling_or_not_and_folders_are_never_replaced() {
        let dir = tempfile::tempdir().expect("temp dir");
        let real = dir.path().join("real.txt");
        std::fs::write(&real, "keep").expect("writes");
        let link = dir.path().join("link.png");
        std::os::unix::fs::symlink(&real, &link).expect("link");
        let dangling = dir.path().join("dangling.png");
        std::os::unix::fs::symlink(dir.path().join("nowhere"), &dangling).expect("link");
        assert!(matches!(
            write_text(&dangling, false, "x"),
            Err(WriteError::Exists(_))
        ));
        for target in [&link, &dangling] {
            let err = write_text(target, true, "x").expect_err("a link is not replaced");
            assert!(
                matches!(
                    err,
                    WriteError::NotRegular {
                        kind: "a symbolic link",
                        ..
                    }
                ),
                "{err}"
            );
        }
        let err = write_text(dir.path(), true, "x").expect_err("a folder is not replaced");
        assert!(
            matches!(
                err,
                WriteError::NotRegular {
                    kind: "a folder",
                    ..
                }
            ),
            "{err}"
        );
        assert_eq!(std::fs::read_to_string(&real).expect("reads"), "keep");
        assert!(!dir.path().join("nowhere").exists());
    }

    #[cfg(unix)]
    #[test]
    fn a_device_or_fifo_is_never_replaced() {
        let dir = tempfile::tempdir().expect("temp dir");
        let fifo = dir.path().join("pipe");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        if !made.is_ok_and(|s| s.success()) {
            return; // no mkfifo on this machine
        }
        let err = write_text(&fifo, true, "x").expect_err("a FIFO is not replaced");
        assert!(
            matches!(
                err,
                WriteError::NotRegular {
                    kind: "a FIFO (named pipe)",
                    ..
                }
            ),
            "{err}"
        );
        assert!(std::fs::symlink_metadata(&fifo).is_ok_and(|m| !m.is_file()));
    }

    #[test]
    fn never_over_a_file_it_reads_even_through_a_link_or_another_spelling() {
        let dir = tempfile::tempdir().expect("temp dir");
        let layer = dir.path().join("layer.geojson");
        std::fs::write(&layer, "{}").expect("writes");
        let sources = dir.path().join("sources");
        std::fs::create_dir(&sources).expect("folder");
        let reads = vec![layer.clone(), sources.clone()];
        let spelled = dir.path().join("sources/../layer.geojson");
        let err = check_target(&spelled, true, &reads).expect_err("the input itself");
        assert!(
            matches!(
                err,
                WriteError::ReadsIt {
                    what: "the same file as",
                    ..
                }
            ),
            "{err}"
        );
        let inside = sources.join("new.png");
        let err = check_target(&inside, true, &reads).expect_err("inside a read folder");
        assert!(
            matches!(
                err,
                WriteError::ReadsIt {
                    what: "inside the folder",
                    ..
                }
            ),
            "{err}"
        );
        #[cfg(unix)]
        {
            let link = dir.path().join("alias.geojson");
            std::os::unix::fs::symlink(&layer, &link).expect("link");
            assert!(check_target(&link, true, &reads).is_err());
        }
        check_target(&dir.path().join("out.png"), false, &reads).expect("elsewhere is fine");
    }
}
