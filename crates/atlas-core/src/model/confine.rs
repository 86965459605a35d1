//! Paths found inside a folder the user opened — named in a manifest or found by listing the folder —
//! stay inside it once every symbolic link is resolved, and are regular files. A bundle or a sources
//! folder can therefore never make the program read `/etc/passwd` through a link, nor block on a FIFO
//! or read a device.

use super::read_file::kind_of;
use std::path::{Path, PathBuf};

/// Checks that `path` (a file found in `root`) resolves to a regular file inside `root`; the reason
/// in words when it does not. `place` names `root` in them ("the bundle", "the sources folder").
pub fn confined_file(root: &Path, place: &str, path: &Path) -> Result<(), String> {
    let real = confined(root, place, path)?;
    match std::fs::metadata(&real) {
        Ok(meta) if meta.is_file() => Ok(()),
        Ok(meta) => Err(format!(
            "is {}, not a regular file",
            kind_of(meta.file_type())
        )),
        Err(e) => Err(format!("cannot be read: {e}")),
    }
}

/// Checks that `path` (found in `root`) resolves to a regular file or a folder inside `root`.
pub fn confined_file_or_folder(root: &Path, place: &str, path: &Path) -> Result<(), String> {
    let real = confined(root, place, path)?;
    if real.is_dir() {
        return Ok(());
    }
    confined_file(root, place, path)
}

/// `path` with its links resolved, if that is inside `root` (links resolved too).
fn confined(root: &Path, place: &str, path: &Path) -> Result<PathBuf, String> {
    let real_root = root
        .canonicalize()
        .map_err(|e| format!("the folder {} cannot be read: {e}", root.display()))?;
    let real = path.canonicalize().map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound if std::fs::symlink_metadata(path).is_ok() => {
            format!("is a symbolic link to nothing in {place}")
        }
        std::io::ErrorKind::NotFound => format!("does not exist in {place}"),
        _ => format!("cannot be opened: {e}"),
    })?;
    if real.starts_with(&real_root) {
        Ok(real)
    } else {
        Err(format!(
            "leads outside {place} (to {}, through a symbolic link): only files inside {place} are read",
            real.display()
        ))
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    #[test]
    fn a_file_inside_is_fine_and_a_link_inside_to_inside_too() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("a.txt");
        std::fs::write(&file, "a").expect("writes");
        symlink(&file, dir.path().join("b.txt")).expect("link");
        assert_eq!(confined_file(dir.path(), "the folder", &file), Ok(()));
        assert_eq!(
            confined_file(dir.path(), "the folder", &dir.path().join("b.txt")),
            Ok(())
        );
    }

    #[test]
    fn links_out_of_the_folder_loops_and_dangling_links_are_refused() {
        let outside = tempfile::tempdir().expect("temp dir");
        let secret = outside.path().join("passwd");
        std::fs::write(&secret, "root:x:0:0").expect("writes");
        let dir = tempfile::tempdir().expect("temp dir");
        let out = dir.path().join("passwd.txt");
        symlink(&secret, &out).expect("link");
        let err = confined_file(dir.path(), "the folder", &out).expect_err("outside");
        assert!(err.contains("leads outside"), "{err}");
        let looped = dir.path().join("loop.txt");
        symlink(&looped, &looped).expect("link");
        let err = confined_file(dir.path(), "the folder", &looped).expect_err("a loop");
        assert!(err.contains("symbolic links"), "{err}");
        let dangling = dir.path().join("gone.txt");
        symlink(dir.path().join("nothing"), &dangling).expect("link");
        let err = confined_file(dir.path(), "the folder", &dangling).expect_err("dangling");
        assert!(err.contains("symbolic link to nothing"), "{err}");
    }

    #[test]
    fn a_fifo_or_a_folder_is_not_a_file() {
        let dir = tempfile::tempdir().expect("temp dir");
        let sub = dir.path().join("sub.txt");
        std::fs::create_dir(&sub).expect("folder");
        let err = confined_file(dir.path(), "the folder", &sub).expect_err("a folder");
        assert!(err.contains("a folder"), "{err}");
        let fifo = dir.path().join("pipe.txt");
        if std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .is_ok_and(|s| s.success())
        {
            let err = confined_file(dir.path(), "the folder", &fifo).expect_err("a FIFO");
            assert!(err.contains("FIFO"), "{err}");
        }
    }
}
