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

/// The four-hundred-and-first held-out set: written blind while round 123 was written, frozen
/// (1c7df67), merged after the round was frozen and scored once: 13 of 16 candidates right,
/// 12 of 17 events found.
pub(crate) const HELD_OUT_401_LEVEL: (f64, f64) = (0.81, 0.70);

/// The four-hundred-and-second held-out set: written blind while round 123 was written, frozen
/// (c7238ee), merged after the round was frozen and scored once: 9 of 10 candidates right,
/// 8 of 10 events found.
pub(crate) const HELD_OUT_402_LEVEL: (f64, f64) = (0.90, 0.80);

/// The four-hundred-and-third held-out set: written blind while round 123 was written, frozen
/// (3bc33bf), merged after the round was frozen and scored once: 11 of 14 candidates right,
/// 11 of 14 events found.
pub(crate) const HELD_OUT_403_LEVEL: (f64, f64) = (0.78, 0.78);

/// The four-hundred-and-fourth held-out set: written blind while round 123 was written, frozen
/// (56ddd76), merged after the round was frozen and scored once: 8 of 9 candidates right,
/// 8 of 10 events found.
pub(crate) const HELD_OUT_404_LEVEL: (f64, f64) = (0.88, 0.80);

/// The four-hundred-and-fifth held-out set: written blind while round 124 was written, frozen
/// (d1acdc7), merged after the round was frozen and scored once: 11 of 13 candidates right,
/// 11 of 15 events found.
pub(crate) const HELD_OUT_405_LEVEL: (f64, f64) = (0.84, 0.73);

/// The four-hundred-and-sixth held-out set: written blind while round 124 was written, frozen
/// (4439d07), merged after the round was frozen and scored once: 11 of 13 candidates right,
/// 10 of 11 events found.
pub(crate) const HELD_OUT_406_LEVEL: (f64, f64) = (0.84, 0.90);

/// The four-hundred-and-seventh held-out set: written blind while round 124 was written, frozen
/// (725cbb2), merged after the round was frozen and scored once: 10 of 13 candidates right,
/// 10 of 10 events found.
pub(crate) const HELD_OUT_407_LEVEL: (f64, f64) = (0.76, 0.99);

/// The four-hundred-and-eighth held-out set: written blind while round 124 was written, frozen
/// (92c0603), merged after the round was frozen and scored once: 7 of 8 candidates right,
/// 7 of 8 events found.
pub(crate) const HELD_OUT_408_LEVEL: (f64, f64) = (0.87, 0.87);
