//! Exports of what the app shows (PNG snapshots, animations), rendered on the CPU without a display.

pub mod raster;
