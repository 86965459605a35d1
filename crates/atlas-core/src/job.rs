//! Background work, one way for all of it: a [`Job`] runs a closure on a thread of its own, the closure
//! reports progress and sees cancellation through a shared progress value, and its result comes back
//! over a channel. Whoever started the job polls it once a frame ([`Job::poll`]); `notify` (in the app,
//! a repaint request) is called when the result is ready, so nobody needs to poll a clock. Tests wait
//! for the result with [`Job::wait`], never on wall time.
//!
//! The progress value is any [`Progress`]: [`JobProgress`] (a step in words, a fraction and a cancel
//! flag) for most jobs, the loader's own [`crate::join::LoadProgress`] for loads.

use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::sync::{Arc, Mutex};

/// What a job's work reports to, and reads its cancellation from.
pub trait Progress: Send + Sync + Default + 'static {
    /// Asks the work to stop at its next check.
    fn cancel(&self);
    fn is_cancelled(&self) -> bool;
    /// The step in words and the fraction done (0 to 1).
    fn status(&self) -> (String, f32);
}

/// The plain progress of a job: a step in words, the fraction done, and a cancel flag.
#[derive(Debug, Default)]
pub struct JobProgress {
    step: Mutex<String>,
    fraction: AtomicU32,
    cancelled: AtomicBool,
}

impl JobProgress {
    /// Sets the step's text and the fraction done; false when the job was cancelled and should stop.
    pub fn report(&self, step: &str, fraction: f32) -> bool {
        if let Ok(mut text) = self.step.lock() {
            if *text != step {
                text.clear();
                text.push_str(step);
            }
        }
        self.set_fraction(fraction)
    }

    /// Sets the fraction done; false when the job was cancelled and should stop.
    pub fn set_fraction(&self, fraction: f32) -> bool {
        let fraction = if fraction.is_nan() {
            0.0
        } else {
            fraction.clamp(0.0, 1.0)
        };
        self.fraction.store(fraction.to_bits(), Ordering::Relaxed);
        !self.is_cancelled()
    }
}

impl Progress for JobProgress {
    fn cancel(&self) {
        self.cancelled.store(true, Ordering::Relaxed);
    }

    fn is_cancelled(&self) -> bool {
        self.cancelled.load(Ordering::Relaxed)
    }

    fn status(&self) -> (String, f32) {
        let step = self.step.lock().map(|s| s.clone()).unwrap_or_default();
        (step, f32::from_bits(self.fraction.load(Ordering::Relaxed)))
    }
}

/// A load is a `Job<_, LoadProgress>`: the loaders report to it and read its stop flag.
impl Progress for crate::join::LoadProgress {
    fn cancel(&self) {
        crate::join::LoadProgress::cancel(self);
    }

    fn is_cancelled(&self) -> bool {
        crate::join::LoadProgress::is_cancelled(self)
    }

    fn status(&self) -> (String, f32) {
        (self.text(), self.fraction())
    }
}

/// Why a job gave no result.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum JobError {
    #[error("could not start {name}: {message}")]
    Start { name: String, message: String },
    #[error("{name} stopped without an answer (its thread ended unexpectedly)")]
    Lost { name: String },
}

/// Where a job is, as seen from the thread that started it.
#[derive(Debug)]
pub enum JobState<T> {
    Running,
    Done(T),
    /// The thread ended without sending a result (it panicked).
    Lost(JobError),
}

/// Work running on a thread of its own.
pub struct Job<T, P: Progress = JobProgress> {
    name: String,
    progress: Arc<P>,
    receiver: Receiver<T>,
}

impl<T: Send + 'static, P: Progress> Job<T, P> {
    /// Starts `work` on a thread named `name`; `notify` is called once its result has been sent.
    pub fn spawn(
        name: &str,
        notify: impl FnOnce() + Send + 'static,
        work: impl FnOnce(&P) -> T + Send + 'static,
    ) -> Result<Self, JobError> {
        let progress = Arc::new(P::default());
        let (sender, receiver) = mpsc::channel();
        let watched = Arc::clone(&progress);
        std::thread::Builder::new()
            .name(name.to_string())
            .spawn(move || {
                let result = work(&watched);
                // A cancelled job's receiver may be gone; then the result is simply dropped.
                let _ = sender.send(result);
                notify();
            })
            .map_err(|e| JobError::Start {
                name: name.to_string(),
                message: e.to_string(),
            })?;
        Ok(Self {
            name: name.to_string(),
            progress,
            receiver,
        })
    }

    /// The result once the work has one; [`JobState::Running`] until then.
    pub fn poll(&self) -> JobState<T> {
        match self.receiver.try_recv() {
            Ok(result) => JobState::Done(result),
            Err(TryRecvError::Empty) => JobState::Running,
            Err(TryRecvError::Disconnected) => JobState::Lost(self.lost()),
        }
    }

    /// Blocks until the work ends: for tests, command-line callers and a start-up that must have its data.
    pub fn wait(&self) -> Result<T, JobError> {
        self.receiver.recv().map_err(|_| self.lost())
    }

    /// Asks the work to stop at its next check; the caller then drops the job (its result is dropped).
    pub fn cancel(&self) {
        self.progress.cancel();
    }

    /// The shared progress value.
    pub fn progress(&self) -> &P {
        &self.progress
    }

    /// The step in words and the fraction done.
    pub fn status(&self) -> (String, f32) {
        self.progress.status()
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    fn lost(&self) -> JobError {
        JobError::Lost {
            name: self.name.clone(),
        }
    }
}

/// Work that can fail: a lost thread is one more of its failures.
impl<V, E, P> Job<Result<V, E>, P>
where
    V: Send + 'static,
    E: From<JobError> + Send + 'static,
    P: Progress,
{
    /// The work's result once it has one, None while it runs.
    pub fn poll_result(&self) -> Option<Result<V, E>> {
        match self.poll() {
            JobState::Running => None,
            JobState::Done(result) => Some(result),
            JobState::Lost(e) => Some(Err(e.into())),
        }
    }

    /// Blocks until the work ends, as [`Job::wait`].
    pub fn wait_result(&self) -> Result<V, E> {
        self.wait().unwrap_or_else(|e| Err(e.into()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc::sync_channel;

    #[test]
    fn the_result_comes_back_and_notify_is_called() {
        let (notified, notice) = mpsc::channel::<()>();
        let job: Job<u32> = Job::spawn(
            "sum",
            move || {
                let _ = notified.send(());
            },
            |progress: &JobProgress| {
                progress.report("adding", 0.5);
                (1..=10).sum()
            },
        )
        .expect("starts");
        assert_eq!(job.wait(), Ok(55));
        notice.recv().expect("notify is called");
        assert_eq!(job.status(), ("adding".to_string(), 0.5));
    }

    #[test]
    fn a_cancel_reaches_the_work() {
        let (go, wait_for_go) = sync_channel::<()>(0);
        let job: Job<bool> = Job::spawn(
            "cancellable",
            || {},
            move |progress: &JobProgress| {
                let _ = wait_for_go.recv();
                progress.is_cancelled()
            },
        )
        .expect("starts");
        assert!(matches!(job.poll(), JobState::Running));
        job.cancel();
        go.send(()).expect("the work waits for it");
        assert_eq!(job.wait(), Ok(true));
    }

    #[test]
    fn a_panicking_job_is_lost_not_hung() {
        let job: Job<()> =
            Job::spawn("boom", || {}, |_: &JobProgress| panic!("expected")).expect("starts");
        assert_eq!(
            job.wait(),
            Err(JobError::Lost {
                name: "boom".into()
            })
        );
    }

    #[test]
    fn a_load_progress_drives_a_job() {
        let (go, wait_for_go) = sync_channel::<()>(0);
        let job: Job<bool, crate::join::LoadProgress> = Job::spawn(
            "load",
            || {},
            move |progress: &crate::join::LoadProgress| {
                progress.set("Reading", 0.25);
                let _ = wait_for_go.recv();
                progress.is_cancelled()
            },
        )
        .expect("starts");
        job.cancel();
        go.send(()).expect("the work waits for it");
        assert_eq!(job.wait(), Ok(true));
        assert_eq!(job.status(), ("Reading".to_string(), 0.25));
    }

    #[test]
    fn a_failing_job_folds_a_lost_thread_into_its_errors() {
        let job: Job<Result<u8, JobError>> =
            Job::spawn("boom", || {}, |_: &JobProgress| panic!("expected")).expect("starts");
        assert_eq!(
            job.wait_result(),
            Err(JobError::Lost {
                name: "boom".into()
            })
        );
        let job: Job<Result<u8, JobError>> =
            Job::spawn("ok", || {}, |_: &JobProgress| Ok(7)).expect("starts");
        assert_eq!(job.wait_result(), Ok(7));
    }

    #[test]
    fn progress_is_clamped_and_reported() {
        let progress = JobProgress::default();
        assert!(progress.report("step", 2.0));
        assert_eq!(progress.status(), ("step".to_string(), 1.0));
        progress.cancel();
        assert!(!progress.set_fraction(f32::NAN));
        assert_eq!(progress.status().1, 0.0);
    }
}
