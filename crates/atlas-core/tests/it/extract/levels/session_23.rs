//! Floors of the held-out sets of session 23 (the four-hundred-and-ninth on), each written
//! blind by a helper in a worktree cut from e36c3fb, frozen, merged only after the round it is
//! scored against was committed, and scored once.

/// The four-hundred-and-ninth held-out set: written blind while round 125 was written, frozen
/// (ff6c8fa), merged after the round was frozen and scored once: 20 of 25 candidates right,
/// 19 of 21 events found.
pub(crate) const HELD_OUT_409_LEVEL: (f64, f64) = (0.80, 0.90);

/// The four-hundred-and-tenth held-out set: written blind while round 125 was written, frozen
/// (876ece1), merged after the round was frozen and scored once: 13 of 16 candidates right,
/// 12 of 18 events found.
pub(crate) const HELD_OUT_410_LEVEL: (f64, f64) = (0.81, 0.66);

/// The four-hundred-and-eleventh held-out set: written blind while round 125 was written, frozen
/// (7524d33), merged after the round was frozen and scored once: 13 of 16 candidates right,
/// 12 of 15 events found.
pub(crate) const HELD_OUT_411_LEVEL: (f64, f64) = (0.81, 0.80);

/// The four-hundred-and-twelfth held-out set: written blind while round 125 was written, frozen
/// (5820058), merged after the round was frozen and scored once: 17 of 21 candidates right,
/// 16 of 22 events found.
pub(crate) const HELD_OUT_412_LEVEL: (f64, f64) = (0.80, 0.72);

/// The four-hundred-and-thirteenth held-out set: written blind while round 126 was written, frozen
/// (112a218), merged after the round was frozen and scored once: 16 of 22 candidates right,
/// 16 of 22 events found.
pub(crate) const HELD_OUT_413_LEVEL: (f64, f64) = (0.72, 0.72);

/// The four-hundred-and-fourteenth held-out set: written blind while round 126 was written, frozen
/// (0e935ac), merged after the round was frozen and scored once: 7 of 8 candidates right,
/// 7 of 13 events found.
pub(crate) const HELD_OUT_414_LEVEL: (f64, f64) = (0.87, 0.53);

/// The four-hundred-and-fifteenth held-out set: written blind while round 126 was written, frozen
/// (40658b1), merged after the round was frozen and scored once: 9 of 12 candidates right,
/// 9 of 16 events found.
pub(crate) const HELD_OUT_415_LEVEL: (f64, f64) = (0.75, 0.56);

/// The four-hundred-and-sixteenth held-out set: written blind while round 126 was written, frozen
/// (86fa44c), merged after the round was frozen and scored once: 10 of 13 candidates right,
/// 10 of 16 events found.
pub(crate) const HELD_OUT_416_LEVEL: (f64, f64) = (0.76, 0.62);

/// The four-hundred-and-eighteenth held-out set: written blind while round 127 was written, frozen
/// (8c94d5a), merged after the round was frozen and scored once: 12 of 16 candidates right,
/// 12 of 19 events found.
pub(crate) const HELD_OUT_418_LEVEL: (f64, f64) = (0.75, 0.63);

/// The four-hundred-and-nineteenth held-out set: written blind while round 127 was written, frozen
/// (d0645e8), merged after the round was frozen and scored once: 4 of 10 candidates right,
/// 4 of 11 events found.
pub(crate) const HELD_OUT_419_LEVEL: (f64, f64) = (0.40, 0.36);
