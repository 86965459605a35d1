//! Floors of the held-out sets of session 16 (the hundred-and-ninety-third on), each written
//! blind by a helper in a worktree cut from e36c3fb, frozen, merged only after the round it is
//! scored against was committed, and scored once.

/// The hundred-and-ninety-third held-out set: written blind while round 72 was written, frozen
/// (cd32ee9), merged after the round was frozen and scored once: 20 of 21 candidates right,
/// 20 of 29 events found.
pub(crate) const HELD_OUT_193_LEVEL: (f64, f64) = (0.95, 0.68);

/// The hundred-and-ninety-fourth held-out set: written blind while round 72 was written, frozen
/// (0ed1376), merged after the round was frozen and scored once: 8 of 10 candidates right,
/// 7 of 12 events found.
pub(crate) const HELD_OUT_194_LEVEL: (f64, f64) = (0.79, 0.58);

/// The hundred-and-ninety-fifth held-out set: written blind while round 72 was written, frozen
/// (dce093d), merged after the round was frozen and scored once: 14 of 15 candidates right,
/// 14 of 17 events found.
pub(crate) const HELD_OUT_195_LEVEL: (f64, f64) = (0.93, 0.82);

/// The hundred-and-ninety-sixth held-out set: written blind while round 72 was written, frozen
/// (605d151), merged after the round was frozen and scored once: 12 of 14 candidates right,
/// 12 of 13 events found.
pub(crate) const HELD_OUT_196_LEVEL: (f64, f64) = (0.85, 0.92);
