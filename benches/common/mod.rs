//! What the scale and frame benchmarks share: sizes from the environment, a scratch folder, and a
//! synthetic bundle written into it.

#![allow(dead_code)] // each benchmark uses its part

use atlas_dev::synth::{write_bundle, SynthOptions};
use std::path::PathBuf;

/// A size from the environment variable `var`, or `default`.
pub fn size(var: &str, default: usize) -> usize {
    std::env::var(var)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// A folder under the temporary folder, removed when the benchmark ends.
pub struct Scratch(pub PathBuf);

impl Scratch {
    pub fn new(what: &str) -> Self {
        Self(std::env::temp_dir().join(format!("aleppo-atlas-{what}-{}", std::process::id())))
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Writes a synthetic bundle of `districts` and `events` into the scratch folder; its folder.
pub fn synth_bundle(scratch: &Scratch, districts: usize, events: usize) -> PathBuf {
    let bundle = scratch.0.join("bundle");
    let options = SynthOptions {
        districts,
        events,
        seed: 1,
    };
    if let Err(e) = write_bundle(&bundle, &options) {
        panic!("writing the synthetic bundle: {e}");
    }
    bundle
}

/// Resident memory now and at its peak (VmRSS, VmHWM from /proc/self/status), printed.
pub fn memory_line(what: &str) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |k: &str| {
        status
            .lines()
            .find(|l| l.starts_with(k))
            .map(|l| l.trim_start_matches(k).trim().to_string())
            .unwrap_or_else(|| "?".into())
    };
    eprintln!(
        "memory {what}: resident {} (peak {})",
        field("VmRSS:"),
        field("VmHWM:")
    );
}
