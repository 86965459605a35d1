//! Floors of the held-out sets of session 22 (the three-hundred-and-ninety-seventh on), each written
//! blind by a helper in a worktree cut from e36c3fb, frozen, merged only after the round it is
//! scored against was committed, and scored once.

/// The three-hundred-and-ninety-seventh held-out set: written blind while round 122 was written, frozen
/// (6104f15), merged after the round was frozen and scored once: 6 of 10 candidates right,
/// 6 of 10 events found.
pub(crate) const HELD_OUT_397_LEVEL: (f64, f64) = (0.60, 0.60);

/// The three-hundred-and-ninety-eighth held-out set: written blind while round 122 was written, frozen
/// (14d7ff8), merged after the round was frozen and scored once: 12 of 12 candidates right,
/// 12 of 12 events found.
pub(crate) const HELD_OUT_398_LEVEL: (f64, f64) = (0.99, 0.99);

/// The three-hundred-and-ninety-ninth held-out set: written blind while round 122 was written, frozen
/// (82a5677), merged after the round was frozen and scored once: 10 of 13 candidates right,
/// 10 of 13 events found.
pub(crate) const HELD_OUT_399_LEVEL: (f64, f64) = (0.76, 0.76);

/// The four-hundredth held-out set: written blind while round 122 was written, frozen
/// (9aa2933), merged after the round was frozen and scored once: 8 of 10 candidates right,
/// 7 of 11 events found.
pub(crate) const HELD_OUT_400_LEVEL: (f64, f64) = (0.80, 0.63);
