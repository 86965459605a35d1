//! How far a loader has read a file, shared with whoever watches the load, who can also ask it to
//! stop. [`ReadWatch`] holds the counts; [`WatchedReader`] wraps any reader so that a loader reading
//! through it reports its progress, and stops with an error once the watcher cancels, without knowing
//! about either.

use std::io::Read;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

/// Bytes read of the file being loaded, out of its size, and whether the load should stop.
#[derive(Debug, Default)]
pub struct ReadWatch {
    read: AtomicU64,
    total: AtomicU64,
    cancelled: AtomicBool,
}

impl ReadWatch {
    /// A new file of `total` bytes starts.
    pub fn start(&self, total: u64) {
        self.total.store(total, Ordering::Relaxed);
        self.read.store(0, Ordering::Relaxed);
    }

    /// `bytes` more were read.
    pub fn advance(&self, bytes: u64) {
        self.read.fetch_add(bytes, Ordering::Relaxed);
    }

    /// The part of the current file read, 0 to 1 (0 when its size is not known).
    pub fn fraction(&self) -> f32 {
        let total = self.total.load(Ordering::Relaxed);
        if total == 0 {
            return 0.0;
        }
        (self.read.load(Ordering::Relaxed) as f64 / total as f64).min(1.0) as f32
    }

    pub fn cancel(&self) {
        self.cancelled.store(true, Ordering::Relaxed);
    }

    pub fn is_cancelled(&self) -> bool {
        self.cancelled.load(Ordering::Relaxed)
    }
}

/// A reader that counts what passes through it into a [`ReadWatch`], and fails once it is cancelled.
pub struct WatchedReader<'w, R> {
    inner: R,
    watch: &'w ReadWatch,
}

impl<'w, R: Read> WatchedReader<'w, R> {
    pub fn new(inner: R, watch: &'w ReadWatch) -> Self {
        Self { inner, watch }
    }
}

/// The message of the error a cancelled read ends with.
pub const CANCELLED: &str = "the load was cancelled";

impl<R: Read> Read for WatchedReader<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.watch.is_cancelled() {
            return Err(std::io::Error::other(CANCELLED));
        }
        let n = self.inner.read(buf)?;
        self.watch.advance(n as u64);
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reading_advances_the_watch_and_a_cancel_stops_it() {
        let watch = ReadWatch::default();
        let data = vec![7u8; 1000];
        watch.start(data.len() as u64);
        let mut reader = WatchedReader::new(&data[..], &watch);
        let mut buf = [0u8; 250];
        reader.read_exact(&mut buf).expect("reads");
        assert!((watch.fraction() - 0.25).abs() < 1e-6);
        watch.cancel();
        let err = reader.read(&mut buf).expect_err("cancelled");
        assert_eq!(err.to_string(), CANCELLED);
    }
}
