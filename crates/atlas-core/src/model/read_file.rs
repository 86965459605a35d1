//! Opening and reading a file a user named, bounded while reading. A size in the file's metadata is
//! only a claim (a device, a FIFO, a file under /proc or one that grows while it is read says nothing
//! true), so:
//! - only regular files are opened ([`open_regular`]); a FIFO or a device is refused before it can block
//!   or stream for ever;
//! - a [`BoundedReader`] fails once more than the limit has come through it, and, for line-based
//!   formats, once a line runs longer than its limit without a break;
//! - [`super::LoadError::io`] turns those failures into the loader's own messages.

use std::fs::File;
use std::io::Read;
use std::path::Path;

use super::error::LoadError;

/// Why a bounded read stopped (carried inside the `std::io::Error` a reader returns).
#[derive(Debug, Clone, thiserror::Error, PartialEq, Eq)]
pub enum ReadBound {
    #[error("more than {limit} bytes")]
    Size {
        limit: u64,
        what: &'static str,
        hint: &'static str,
    },
    #[error("line {line} is longer than {limit} bytes")]
    Line { line: u64, limit: u64 },
}

/// Opens `path` for reading if it is a regular file (links followed); a folder, FIFO, device or socket is
/// refused with [`LoadError::NotAFile`] without blocking.
pub fn open_regular(path: &Path) -> Result<File, LoadError> {
    let meta = std::fs::metadata(path).map_err(|e| LoadError::io(path, e))?;
    refuse_unless_regular(path, &meta)?;
    let file = open_nonblocking(path).map_err(|e| LoadError::io(path, e))?;
    // The path may have been swapped between the look and the open: judge what was opened.
    let meta = file.metadata().map_err(|e| LoadError::io(path, e))?;
    refuse_unless_regular(path, &meta)?;
    Ok(file)
}

/// Refuses anything but a regular file, naming what it is.
pub fn refuse_unless_regular(path: &Path, meta: &std::fs::Metadata) -> Result<(), LoadError> {
    if meta.is_file() {
        return Ok(());
    }
    Err(LoadError::NotAFile {
        path: path.to_path_buf(),
        kind: kind_of(meta.file_type()),
    })
}

#[cfg(unix)]
fn open_nonblocking(path: &Path) -> std::io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
}

#[cfg(not(unix))]
fn open_nonblocking(path: &Path) -> std::io::Result<File> {
    File::open(path)
}

/// What a file that is not a regular file is, in words ("a FIFO (named pipe)", "a device"…).
pub fn kind_of(kind: std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return "a FIFO (named pipe)";
        }
        if kind.is_block_device() || kind.is_char_device() {
            return "a device";
        }
        if kind.is_socket() {
            return "a socket";
        }
    }
    if kind.is_symlink() {
        "a symbolic link"
    } else if kind.is_dir() {
        "a folder"
    } else {
        "not a regular file"
    }
}

/// Binary containers people open by mistake, by their first bytes.
const CONTAINERS: &[(&[u8], &str)] = &[
    (
        b"PK\x03\x04",
        "a zip archive (or a document packed as one: .xlsx, .docx, .kmz)",
    ),
    (b"PK\x05\x06", "an empty zip archive"),
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xfd7zXZ\x00", "an xz-compressed file"),
    (b"BZh", "a bzip2-compressed file"),
    (b"%PDF", "a PDF document"),
    (
        b"SQLite format 3\x00",
        "an SQLite database (an MBTiles or GeoPackage file?)",
    ),
];

/// Refuses a binary container (zip, gzip, PDF, SQLite…) judged by its first bytes, saying what it is.
pub fn refuse_container(path: &Path, head: &[u8]) -> Result<(), LoadError> {
    let tar = head.get(257..262) == Some(b"ustar");
    let kind = CONTAINERS
        .iter()
        .find(|(magic, _)| head.starts_with(magic))
        .map(|(_, kind)| *kind)
        .or(tar.then_some("a tar archive"));
    match kind {
        Some(kind) => Err(LoadError::one(
            path,
            "file",
            "",
            format!("is {kind}, not a text file: unpack it and open what it holds"),
        )),
        None => Ok(()),
    }
}

/// A reader that fails once more than `limit` bytes came through it, or (when set) once a line runs
/// longer than `max_line` bytes.
pub struct BoundedReader<R> {
    inner: R,
    read: u64,
    limit: u64,
    what: &'static str,
    hint: &'static str,
    max_line: Option<u64>,
    line: u64,
    since_break: u64,
}

impl<R: Read> BoundedReader<R> {
    /// At most `limit` bytes; `what` and `hint` word the message (see [`LoadError::TooLarge`]).
    pub fn new(inner: R, limit: u64, what: &'static str, hint: &'static str) -> Self {
        Self {
            inner,
            read: 0,
            limit,
            what,
            hint,
            max_line: None,
            line: 1,
            since_break: 0,
        }
    }

    /// The reader inside.
    pub fn get_ref(&self) -> &R {
        &self.inner
    }

    /// Also at most `max_line` bytes between two line breaks.
    pub fn with_max_line(mut self, max_line: u64) -> Self {
        self.max_line = Some(max_line);
        self
    }

    fn count_lines(&mut self, chunk: &[u8]) -> std::io::Result<()> {
        let Some(max_line) = self.max_line else {
            return Ok(());
        };
        let breaks = memchr::memchr_iter(b'\n', chunk);
        let mut last = None;
        for at in breaks {
            let run = match last {
                None => self.since_break + at as u64,
                Some(prev) => (at - prev - 1) as u64,
            };
            if run > max_line {
                return Err(bound(ReadBound::Line {
                    line: self.line,
                    limit: max_line,
                }));
            }
            self.line += 1;
            last = Some(at);
        }
        self.since_break = match last {
            None => self.since_break + chunk.len() as u64,
            Some(at) => (chunk.len() - at - 1) as u64,
        };
        if self.since_break > max_line {
            return Err(bound(ReadBound::Line {
                line: self.line,
                limit: max_line,
            }));
        }
        Ok(())
    }
}

fn bound(why: ReadBound) -> std::io::Error {
    std::io::Error::other(why)
}

impl<R: Read> Read for BoundedReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read += n as u64;
        if self.read > self.limit {
            return Err(bound(ReadBound::Size {
                limit: self.limit,
                what: self.what,
                hint: self.hint,
            }));
        }
        self.count_lines(&buf[..n])?;
        Ok(n)
    }
}

/// Opens `path` ([`open_regular`]), refuses it unread when its metadata says it is over `limit`, and
/// bounds the reading to `limit` whatever the metadata said.
pub fn open_bounded(
    path: &Path,
    limit: u64,
    what: &'static str,
    hint: &'static str,
) -> Result<BoundedReader<File>, LoadError> {
    let file = open_regular(path)?;
    let size = file.metadata().map_or(0, |m| m.len());
    if size > limit {
        return Err(LoadError::TooLarge {
            path: path.to_path_buf(),
            size,
            limit,
            what,
            hint,
        });
    }
    Ok(BoundedReader::new(file, limit, what, hint))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_all(reader: &mut impl Read) -> Result<Vec<u8>, ReadBound> {
        let mut out = Vec::new();
        reader.read_to_end(&mut out).map_err(|e| {
            e.get_ref()
                .and_then(|inner| inner.downcast_ref::<ReadBound>())
                .cloned()
                .expect("a bound")
        })?;
        Ok(out)
    }

    #[test]
    fn the_size_is_bounded_while_reading_an_endless_stream() {
        let endless = std::io::repeat(b'x');
        let mut reader = BoundedReader::new(endless, 10_000, "documents", "");
        let err = read_all(&mut reader).expect_err("stops");
        assert!(matches!(err, ReadBound::Size { limit: 10_000, .. }));
        assert!(
            reader.read <= 10_000 + 8192 * 2,
            "stopped soon after the limit"
        );
    }

    #[test]
    fn long_lines_are_bounded_and_counted() {
        let text = b"short\nshort too\n0123456789abcdef\nnever reached\n";
        let mut reader = BoundedReader::new(&text[..], 1_000, "CSV files", "").with_max_line(10);
        assert_eq!(
            read_all(&mut reader),
            Err(ReadBound::Line { line: 3, limit: 10 })
        );
        let mut fine = BoundedReader::new(&text[..], 1_000, "CSV files", "").with_max_line(16);
        assert_eq!(read_all(&mut fine).expect("reads").len(), text.len());
    }

    #[test]
    fn a_line_split_over_reads_is_still_one_line() {
        struct Dribble<'a>(&'a [u8]);
        impl Read for Dribble<'_> {
            fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
                let n = buf.len().min(3).min(self.0.len());
                buf[..n].copy_from_slice(&self.0[..n]);
                self.0 = &self.0[n..];
                Ok(n)
            }
        }
        let mut reader =
            BoundedReader::new(Dribble(b"ab\nabcdefghijkl\n"), 100, "x", "").with_max_line(8);
        assert_eq!(
            read_all(&mut reader),
            Err(ReadBound::Line { line: 2, limit: 8 })
        );
    }

    #[test]
    fn archives_and_other_containers_are_named() {
        let path = Path::new("bundle.zip");
        let err = refuse_container(path, b"PK\x03\x04\x14\x00").expect_err("zip");
        assert!(err.to_string().contains("is a zip archive"), "{err}");
        let mut tar = vec![0u8; 512];
        tar[257..262].copy_from_slice(b"ustar");
        assert!(refuse_container(path, &tar).is_err());
        assert!(refuse_container(path, b"{\"type\": \"FeatureCollection\"}").is_ok());
        assert!(refuse_container(path, b"date,district").is_ok());
    }

    #[cfg(unix)]
    #[test]
    fn fifos_devices_and_folders_are_refused_without_blocking() {
        let dir = tempfile::tempdir().expect("temp dir");
        let err = open_regular(dir.path()).expect_err("a folder");
        assert!(err.to_string().contains("is a folder"), "{err}");
        let fifo = dir.path().join("pipe");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        if made.is_ok_and(|s| s.success()) {
            let err = open_regular(&fifo).expect_err("a FIFO");
            assert!(err.to_string().contains("FIFO"), "{err}");
        }
        let err = open_regular(Path::new("/dev/zero")).expect_err("a device");
        assert!(err.to_string().contains("a device"), "{err}");
    }
}
