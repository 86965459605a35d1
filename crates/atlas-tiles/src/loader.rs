//! Tiles fetched and decoded on background threads (two for a tile server, one for a file). The map
//! asks for the tiles of its view ([`TileLoader::request`]), newest first, and drops those it no
//! longer needs ([`TileLoader::keep_only`]): nothing is fetched that is not in view. Results come
//! back over a channel; `notify` (a repaint) is called after each. Tests and exports wait for the
//! loader to be idle ([`TileLoader::wait_until_idle`]) instead of watching a clock.

use crate::decode::decode;
use crate::source::OpenedSource;
use crate::{TileError, TileId};
use image::RgbaImage;
use std::collections::HashSet;
use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};

/// What a tile came to: its pixels, none (the source has no tile there), or why not.
pub type TileResult = Result<Option<RgbaImage>, TileError>;

#[derive(Default)]
struct State {
    /// Waiting, the last asked for at the end (taken first).
    queue: Vec<TileId>,
    /// Queued or being read.
    requested: HashSet<TileId>,
    in_flight: usize,
    stop: bool,
}

struct Shared {
    state: Mutex<State>,
    work: Condvar,
    idle: Condvar,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// The threads reading one source.
pub struct TileLoader {
    shared: Arc<Shared>,
    results: Receiver<(TileId, TileResult)>,
    threads: Vec<std::thread::JoinHandle<()>>,
}

impl TileLoader {
    /// Starts the source's threads; `notify` is called whenever a tile is ready.
    pub fn start(source: &OpenedSource, notify: Arc<dyn Fn() + Send + Sync>) -> Self {
        Self::with_threads(source, notify, source.threads())
    }

    fn with_threads(
        source: &OpenedSource,
        notify: Arc<dyn Fn() + Send + Sync>,
        threads: usize,
    ) -> Self {
        let shared = Arc::new(Shared {
            state: Mutex::new(State::default()),
            work: Condvar::new(),
            idle: Condvar::new(),
        });
        let (sender, results) = channel();
        let threads = (0..threads)
            .filter_map(|i| {
                let (shared, sender, notify) = (shared.clone(), sender.clone(), notify.clone());
                let source = source.clone();
                std::thread::Builder::new()
                    .name(format!("basemap tiles {i}"))
                    .spawn(move || work(&shared, &source, &sender, &*notify))
                    .ok()
            })
            .collect();
        Self {
            shared,
            results,
            threads,
        }
    }

    /// Asks for a tile (again only once it has come back).
    pub fn request(&self, id: TileId) {
        let mut state = self.shared.lock();
        if state.requested.insert(id) {
            state.queue.push(id);
            self.shared.work.notify_one();
        }
    }

    /// Whether a tile is queued or being read.
    pub fn is_requested(&self, id: TileId) -> bool {
        self.shared.lock().requested.contains(&id)
    }

    /// Forgets the queued tiles not in `wanted` (those being read finish).
    pub fn keep_only(&self, wanted: &HashSet<TileId>) {
        let mut state = self.shared.lock();
        let State {
            queue, requested, ..
        } = &mut *state;
        queue.retain(|id| {
            let keep = wanted.contains(id);
            if !keep {
                requested.remove(id);
            }
            keep
        });
    }

    /// The tiles that came back since the last call.
    pub fn take_ready(&self) -> Vec<(TileId, TileResult)> {
        self.results.try_iter().collect()
    }

    /// Blocks until nothing is queued or being read (for tests and exports).
    pub fn wait_until_idle(&self) {
        if self.threads.is_empty() {
            return;
        }
        let mut state = self.shared.lock();
        while !state.queue.is_empty() || state.in_flight > 0 {
            state = self
                .shared
                .idle
                .wait(state)
                .unwrap_or_else(|e| e.into_inner());
        }
    }

    /// Whether anything is queued or being read.
    pub fn is_busy(&self) -> bool {
        let state = self.shared.lock();
        !state.queue.is_empty() || state.in_flight > 0
    }
}

impl Drop for TileLoader {
    fn drop(&mut self) {
        self.shared.lock().stop = true;
        self.shared.work.notify_all();
        // The threads end after the tile they are reading; they are not waited for (a slow server
        // must not hold the window).
    }
}

fn work(
    shared: &Shared,
    source: &OpenedSource,
    sender: &Sender<(TileId, TileResult)>,
    notify: &(dyn Fn() + Send + Sync),
) {
    let reader = source.reader();
    loop {
        let id = {
            let mut state = shared.lock();
            loop {
                if state.stop {
                    return;
                }
                if let Some(id) = state.queue.pop() {
                    state.in_flight += 1;
                    break id;
                }
                state = shared.work.wait(state).unwrap_or_else(|e| e.into_inner());
            }
        };
        let result = match &reader {
            Ok(reader) => reader
                .read(id)
                .and_then(|bytes| bytes.map(|b| decode(id, &b)).transpose()),
            Err(e) => Err(e.clone()),
        };
        let sent = sender.send((id, result)).is_ok();
        if sent {
            // Before the loader counts as idle: whoever waits for it finds the repaint asked for.
            notify();
        }
        {
            let mut state = shared.lock();
            state.in_flight -= 1;
            state.requested.remove(&id);
            shared.idle.notify_all();
        }
        if !sent {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::BasemapSource;

    #[test]
    fn tiles_of_a_file_come_back_decoded_and_the_loader_goes_idle() {
        let dir = tempfile::tempdir().expect("temp");
        let path = dir.path().join("t.mbtiles");
        let a = TileId { z: 2, x: 1, y: 1 };
        crate::mbtiles::tests::write_mbtiles(&path, &[(a, [50, 60, 70, 255])], &[]);
        let source = OpenedSource::open(&BasemapSource::File(path), None).expect("opens");
        let notified = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let count = notified.clone();
        let loader = TileLoader::start(
            &source,
            Arc::new(move || {
                count.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            }),
        );
        let missing = TileId { z: 2, x: 0, y: 0 };
        loader.request(a);
        loader.request(missing);
        loader.request(a);
        loader.wait_until_idle();
        let mut ready = loader.take_ready();
        ready.sort_by_key(|(id, _)| *id);
        assert_eq!(ready.len(), 2, "each tile once");
        assert!(matches!(&ready[0], (id, Ok(None)) if *id == missing));
        let image = match &ready[1] {
            (id, Ok(Some(image))) if *id == a => image,
            other => panic!("{other:?}"),
        };
        assert_eq!(image.get_pixel(0, 0).0, [50, 60, 70, 255]);
        assert!(!loader.is_busy() && !loader.is_requested(a));
        // Notified once per tile, each before the loader went idle.
        assert_eq!(notified.load(std::sync::atomic::Ordering::SeqCst), 2);
    }

    #[test]
    fn tiles_no_longer_wanted_are_dropped_from_the_queue() {
        let dir = tempfile::tempdir().expect("temp");
        let path = dir.path().join("t.pmtiles");
        crate::pmtiles::tests::write_pmtiles(&path, &[], "x");
        let source = OpenedSource::open(&BasemapSource::File(path), None).expect("opens");
        // No thread: the queue is only looked at.
        let loader = TileLoader::with_threads(&source, Arc::new(|| {}), 0);
        let (a, b) = (TileId { z: 1, x: 0, y: 0 }, TileId { z: 1, x: 1, y: 0 });
        loader.request(a);
        loader.request(b);
        loader.keep_only(&HashSet::from([b]));
        assert!(!loader.is_requested(a) && loader.is_requested(b));
        assert_eq!(loader.shared.lock().queue, vec![b]);
        // The last asked for is read first.
        loader.request(a);
        assert_eq!(loader.shared.lock().queue, vec![b, a]);
    }
}
