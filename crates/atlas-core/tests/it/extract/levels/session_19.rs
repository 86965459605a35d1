//! Floors of the held-out sets of session 19 (the three-hundred-and-fifth on), each written
//! blind by a helper in a worktree cut from e36c3fb, frozen, merged only after the round it is
//! scored against was committed, and scored once.

/// The three-hundred-and-fifth held-out set: written blind while round 101 was written, frozen
/// (1db16cd), merged after the round was frozen and scored once: 11 of 15 candidates right,
/// 11 of 16 events found.
pub(crate) const HELD_OUT_305_LEVEL: (f64, f64) = (0.73, 0.68);

/// The three-hundred-and-sixth held-out set: written blind while round 101 was written, frozen
/// (8826493), merged after the round was frozen and scored once: 13 of 13 candidates right,
/// 12 of 12 events found.
pub(crate) const HELD_OUT_306_LEVEL: (f64, f64) = (0.99, 0.99);

/// The three-hundred-and-seventh held-out set: written blind while round 101 was written, frozen
/// (7df8c58), merged after the round was frozen and scored once: 15 of 17 candidates right,
/// 14 of 15 events found.
pub(crate) const HELD_OUT_307_LEVEL: (f64, f64) = (0.88, 0.93);

/// The three-hundred-and-eighth held-out set: written blind while round 101 was written, frozen
/// (f062220), merged after the round was frozen and scored once: 11 of 13 candidates right,
/// 9 of 16 events found.
pub(crate) const HELD_OUT_308_LEVEL: (f64, f64) = (0.84, 0.56);
