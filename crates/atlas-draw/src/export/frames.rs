//! Frames of an animation rendered in parallel and handed on in order: each worker thread has its
//! own [`FigureRenderer`] and takes the next day to draw; what it makes of the image (`prepare`: a
//! PNG saved, palette indices, a video picture) runs on the worker too; the calling thread receives
//! the results in the order of the days and passes them to `consume` (the encoder). Workers never run
//! more than a small window of frames ahead of the encoder, so memory is bounded whatever the number
//! of frames; `progress` returning false, or any error, stops every worker.

use super::{ExportError, ExportLook, FigureRenderer};
use atlas_core::session::LoadedData;
use chrono::NaiveDate;
use image::RgbaImage;
use std::collections::BTreeMap;
use std::sync::mpsc;
use std::sync::{Condvar, Mutex, MutexGuard};

/// Bytes of frames in flight that the workers aim to stay under (besides their own canvases).
const IN_FLIGHT_BYTES: u64 = 512 << 20;

/// How many worker threads for frames of `size`: the cores there are, no more than the frames, and
/// fewer for huge frames so that the window of frames in flight stays under 512 MB.
pub fn workers(frames: usize, (width, height): (u32, u32)) -> usize {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let frame_bytes = u64::from(width) * u64::from(height) * 4;
    let by_memory = (IN_FLIGHT_BYTES / (frame_bytes * 3).max(1)).max(1) as usize;
    cores.min(by_memory).min(frames).max(1)
}

/// What the workers and the encoder share.
struct Shared {
    /// The next frame a worker may take.
    next: usize,
    /// How many frames the encoder has consumed.
    consumed: usize,
    stop: bool,
}

struct Control {
    state: Mutex<Shared>,
    changed: Condvar,
    /// How far ahead of the encoder workers may go.
    window: usize,
}

impl Control {
    fn lock(&self) -> MutexGuard<'_, Shared> {
        // A worker that panicked holding the lock leaves the numbers as they were: still usable.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The next frame to render, waiting while the window is full; None when all are taken or the
    /// export stops.
    fn take(&self, frames: usize) -> Option<usize> {
        let mut s = self.lock();
        loop {
            if s.stop || s.next >= frames {
                return None;
            }
            if s.next < s.consumed + self.window {
                s.next += 1;
                return Some(s.next - 1);
            }
            s = self.changed.wait(s).unwrap_or_else(|e| e.into_inner());
        }
    }

    fn update(&self, f: impl FnOnce(&mut Shared)) {
        f(&mut self.lock());
        self.changed.notify_all();
    }
}

/// Stops the workers when the encoder leaves, whichever way it leaves.
struct StopOnDrop<'a>(&'a Control);

impl Drop for StopOnDrop<'_> {
    fn drop(&mut self) {
        self.0.update(|s| s.stop = true);
    }
}

/// Renders every day of `days` at `size` on `threads` workers, `prepare`s each image there, and
/// hands the results to `consume` in the order of the days, calling `progress` with the number
/// consumed so far after each (false cancels: [`ExportError::Cancelled`]). Workers start with the
/// `renderers` given (renderers that have drawn already have their fonts and shapes ready), and
/// make their own when none is left.
#[allow(clippy::too_many_arguments)]
pub fn render_in_order<'a, T: Send>(
    data: &'a LoadedData,
    days: &[NaiveDate],
    size: (u32, u32),
    threads: usize,
    look: &ExportLook,
    renderers: Vec<FigureRenderer<'a>>,
    prepare: &(dyn Fn(usize, NaiveDate, RgbaImage) -> Result<T, ExportError> + Sync),
    mut consume: impl FnMut(usize, T) -> Result<(), ExportError>,
    mut progress: impl FnMut(usize) -> bool,
) -> Result<(), ExportError> {
    let threads = threads.clamp(1, days.len().max(1));
    let control = Control {
        state: Mutex::new(Shared {
            next: 0,
            consumed: 0,
            stop: false,
        }),
        changed: Condvar::new(),
        window: threads * 2,
    };
    let (sender, results) = mpsc::channel::<(usize, Result<T, ExportError>)>();
    let mut renderers = renderers;
    std::thread::scope(|scope| {
        let stop = StopOnDrop(&control);
        for _ in 0..threads {
            let sender = sender.clone();
            let control = &control;
            let renderer = renderers.pop();
            let look = look.clone();
            let worker = move || work(data, days, size, &look, control, renderer, prepare, &sender);
            scope.spawn(worker);
        }
        drop(sender);
        let mut held: BTreeMap<usize, Result<T, ExportError>> = BTreeMap::new();
        let mut next = 0;
        while next < days.len() {
            // Every worker gone before the last frame: they stopped on an error sent before.
            let Ok((i, result)) = results.recv() else {
                break;
            };
            held.insert(i, result);
            while let Some(result) = held.remove(&next) {
                consume(next, result?)?;
                next += 1;
                control.update(|s| s.consumed = next);
                if !progress(next) {
                    return Err(ExportError::Cancelled);
                }
            }
        }
        drop(stop);
        if next < days.len() {
            // Only a worker that could not start leaves frames undone without an error.
            return Err(ExportError::Cancelled);
        }
        Ok(())
    })
}

/// One worker: renders the days it takes until none is left or the export stops, with `renderer`
/// or one of its own.
#[allow(clippy::too_many_arguments)]
fn work<'a, T>(
    data: &'a LoadedData,
    days: &[NaiveDate],
    (width, height): (u32, u32),
    look: &ExportLook,
    control: &Control,
    renderer: Option<FigureRenderer<'a>>,
    prepare: &(dyn Fn(usize, NaiveDate, RgbaImage) -> Result<T, ExportError> + Sync),
    sender: &mpsc::Sender<(usize, Result<T, ExportError>)>,
) {
    let mut renderer = renderer;
    while let Some(i) = control.take(days.len()) {
        let renderer = match &mut renderer {
            Some(r) => r,
            None => {
                match FigureRenderer::new(data, width, height).and_then(|r| r.with_look(look)) {
                    Ok(r) => renderer.insert(r),
                    Err(e) => {
                        let _ = sender.send((i, Err(e)));
                        return;
                    }
                }
            }
        };
        let day = days[i];
        let result = prepare(i, day, renderer.render(day));
        let failed = result.is_err();
        if sender.send((i, result)).is_err() || failed {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data() -> LoadedData {
        LoadedData::builtin().expect("built-in data")
    }

    fn days(n: usize) -> Vec<NaiveDate> {
        let first = NaiveDate::from_ymd_opt(2016, 11, 20).expect("date");
        (0..n as u64)
            .map(|i| first + chrono::Days::new(i * 3))
            .collect()
    }

    #[test]
    fn frames_come_in_order_and_equal_those_drawn_one_by_one() {
        let data = data();
        let days = days(7);
        let size = (160, 100);
        let mut got = Vec::new();
        render_in_order(
            &data,
            &days,
            size,
            3,
            &ExportLook::default(),
            vec![FigureRenderer::new(&data, size.0, size.1).expect("renderer")],
            &|i, day, image| Ok((i, day, image)),
            |i, item| {
                got.push((i, item));
                Ok(())
            },
            |_| true,
        )
        .expect("rendered");
        let mut one_by_one = FigureRenderer::new(&data, size.0, size.1).expect("renderer");
        assert_eq!(got.len(), days.len());
        for (k, (i, (j, day, image))) in got.into_iter().enumerate() {
            assert_eq!((i, j, day), (k, k, days[k]));
            assert!(image == one_by_one.render(days[k]), "frame {k} differs");
        }
    }

    #[test]
    fn cancelling_and_errors_stop_the_export() {
        let data = data();
        let days = days(12);
        let mut consumed = 0;
        let cancelled = render_in_order(
            &data,
            &days,
            (64, 40),
            2,
            &ExportLook::default(),
            Vec::new(),
            &|_, _, _| Ok(()),
            |_, ()| {
                consumed += 1;
                Ok(())
            },
            |n| n < 3,
        );
        assert!(matches!(cancelled, Err(ExportError::Cancelled)));
        assert_eq!(consumed, 3);
        let failed = render_in_order(
            &data,
            &days,
            (64, 40),
            2,
            &ExportLook::default(),
            Vec::new(),
            &|i, _, _| {
                if i == 4 {
                    Err(ExportError::Size(0, 0))
                } else {
                    Ok(i)
                }
            },
            |i, j| {
                assert_eq!(i, j);
                Ok(())
            },
            |_| true,
        );
        assert!(matches!(failed, Err(ExportError::Size(0, 0))));
    }

    #[test]
    fn huge_frames_get_fewer_workers() {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        let huge = workers(100, (4096, 4096));
        assert!(huge >= 1 && huge as u64 * 3 * 4096 * 4096 * 4 <= IN_FLIGHT_BYTES);
        assert_eq!(workers(100, (8192, 8192)), 1);
        assert_eq!(workers(100, (100, 100)), cores.min(100));
        assert_eq!(workers(1, (100, 100)), 1);
    }
}
