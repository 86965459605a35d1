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

/// The hundred-and-ninety-seventh held-out set: written blind while round 73 was written, frozen
/// (da56b8c), merged after the round was frozen and scored once: 19 of 20 candidates right,
/// 18 of 18 events found.
pub(crate) const HELD_OUT_197_LEVEL: (f64, f64) = (0.94, 0.99);

/// The hundred-and-ninety-eighth held-out set: written blind while round 73 was written, frozen
/// (aa6fd53), merged after the round was frozen and scored once: 8 of 14 candidates right,
/// 7 of 17 events found.
pub(crate) const HELD_OUT_198_LEVEL: (f64, f64) = (0.57, 0.41);

/// The hundred-and-ninety-ninth held-out set: written blind while round 73 was written, frozen
/// (430df8e), merged after the round was frozen and scored once: 28 of 32 candidates right,
/// 28 of 29 events found.
pub(crate) const HELD_OUT_199_LEVEL: (f64, f64) = (0.87, 0.96);

/// The two-hundredth held-out set: written blind while round 73 was written, frozen
/// (2f8764c), merged after the round was frozen and scored once: 13 of 16 candidates right,
/// 12 of 15 events found.
pub(crate) const HELD_OUT_200_LEVEL: (f64, f64) = (0.81, 0.79);

/// The two-hundred-and-first held-out set: written blind while round 74 was written, frozen
/// (7517973), merged after the round was frozen and scored once: 12 of 16 candidates right,
/// 10 of 15 events found.
pub(crate) const HELD_OUT_201_LEVEL: (f64, f64) = (0.74, 0.66);

/// The two-hundred-and-second held-out set: written blind while round 74 was written, frozen
/// (bad0e64), merged after the round was frozen and scored once: 7 of 10 candidates right,
/// 7 of 11 events found.
pub(crate) const HELD_OUT_202_LEVEL: (f64, f64) = (0.69, 0.63);

/// The two-hundred-and-third held-out set: written blind while round 74 was written, frozen
/// (536e26a), merged after the round was frozen and scored once: 14 of 24 candidates right,
/// 12 of 21 events found.
pub(crate) const HELD_OUT_203_LEVEL: (f64, f64) = (0.58, 0.57);

/// The two-hundred-and-fourth held-out set: written blind while round 74 was written, frozen
/// (4182719), merged after the round was frozen and scored once: 8 of 9 candidates right,
/// 8 of 11 events found.
pub(crate) const HELD_OUT_204_LEVEL: (f64, f64) = (0.88, 0.72);

/// The two-hundred-and-fifth held-out set: written blind while round 75 was written, frozen
/// (1670c2f), merged after the round was frozen and scored once: 12 of 14 candidates right,
/// 12 of 18 events found.
pub(crate) const HELD_OUT_205_LEVEL: (f64, f64) = (0.85, 0.66);

/// The two-hundred-and-sixth held-out set: written blind while round 75 was written, frozen
/// (2e44146), merged after the round was frozen and scored once: 10 of 12 candidates right,
/// 10 of 13 events found.
pub(crate) const HELD_OUT_206_LEVEL: (f64, f64) = (0.83, 0.76);

/// The two-hundred-and-seventh held-out set: written blind while round 75 was written, frozen
/// (97f9d0c), merged after the round was frozen and scored once: 13 of 17 candidates right,
/// 13 of 16 events found.
pub(crate) const HELD_OUT_207_LEVEL: (f64, f64) = (0.76, 0.81);

/// The two-hundred-and-eighth held-out set: written blind while round 75 was written, frozen
/// (b666200), merged after the round was frozen and scored once: 9 of 9 candidates right,
/// 9 of 12 events found.
pub(crate) const HELD_OUT_208_LEVEL: (f64, f64) = (0.99, 0.74);

/// The two-hundred-and-ninth held-out set: written blind while round 76 was written, frozen
/// (a45fb47), merged after the round was frozen and scored once: 13 of 15 candidates right,
/// 12 of 12 events found.
pub(crate) const HELD_OUT_209_LEVEL: (f64, f64) = (0.86, 0.99);

/// The two-hundred-and-tenth held-out set: written blind while round 76 was written, frozen
/// (dda2f1d), merged after the round was frozen and scored once: 6 of 6 candidates right,
/// 6 of 10 events found.
pub(crate) const HELD_OUT_210_LEVEL: (f64, f64) = (0.99, 0.59);

/// The two-hundred-and-eleventh held-out set: written blind while round 76 was written, frozen
/// (5ea158b), merged after the round was frozen and scored once: 13 of 15 candidates right,
/// 13 of 16 events found.
pub(crate) const HELD_OUT_211_LEVEL: (f64, f64) = (0.86, 0.81);

/// The two-hundred-and-twelfth held-out set: written blind while round 76 was written, frozen
/// (9b86ed7), merged after the round was frozen and scored once: 8 of 10 candidates right,
/// 7 of 11 events found.
pub(crate) const HELD_OUT_212_LEVEL: (f64, f64) = (0.79, 0.63);

/// The two-hundred-and-thirteenth held-out set: written blind while round 77 was written, frozen
/// (d72bf2a), merged after the round was frozen and scored once: 14 of 19 candidates right,
/// 14 of 16 events found.
pub(crate) const HELD_OUT_213_LEVEL: (f64, f64) = (0.73, 0.87);

/// The two-hundred-and-fourteenth held-out set: written blind while round 77 was written, frozen
/// (f590635), merged after the round was frozen and scored once: 15 of 16 candidates right,
/// 15 of 16 events found.
pub(crate) const HELD_OUT_214_LEVEL: (f64, f64) = (0.93, 0.93);

/// The two-hundred-and-fifteenth held-out set: written blind while round 77 was written, frozen
/// (e2df4b5), merged after the round was frozen and scored once: 14 of 16 candidates right,
/// 13 of 13 events found.
pub(crate) const HELD_OUT_215_LEVEL: (f64, f64) = (0.87, 0.99);

/// The two-hundred-and-sixteenth held-out set: written blind while round 77 was written, frozen
/// (d9d95db), merged after the round was frozen and scored once: 11 of 12 candidates right,
/// 10 of 12 events found.
pub(crate) const HELD_OUT_216_LEVEL: (f64, f64) = (0.91, 0.83);

/// The two-hundred-and-seventeenth held-out set: written blind while round 78 was written, frozen
/// (4466712), merged after the round was frozen and scored once: 11 of 16 candidates right,
/// 11 of 12 events found.
pub(crate) const HELD_OUT_217_LEVEL: (f64, f64) = (0.68, 0.91);

/// The two-hundred-and-eighteenth held-out set: written blind while round 78 was written, frozen
/// (fd0e4c0), merged after the round was frozen and scored once: 8 of 8 candidates right,
/// 8 of 9 events found.
pub(crate) const HELD_OUT_218_LEVEL: (f64, f64) = (0.99, 0.88);

/// The two-hundred-and-nineteenth held-out set: written blind while round 78 was written, frozen
/// (d71245f), merged after the round was frozen and scored once: 7 of 8 candidates right,
/// 7 of 13 events found.
pub(crate) const HELD_OUT_219_LEVEL: (f64, f64) = (0.87, 0.53);

/// The two-hundred-and-twentieth held-out set: written blind while round 78 was written, frozen
/// (e997189), merged after the round was frozen and scored once: 12 of 14 candidates right,
/// 12 of 13 events found.
pub(crate) const HELD_OUT_220_LEVEL: (f64, f64) = (0.85, 0.92);

/// The two-hundred-and-twenty-first held-out set: written blind while round 79 was written, frozen
/// (8694e67), merged after the round was frozen and scored once: 13 of 18 candidates right,
/// 13 of 15 events found.
pub(crate) const HELD_OUT_221_LEVEL: (f64, f64) = (0.72, 0.86);

/// The two-hundred-and-twenty-second held-out set: written blind while round 79 was written, frozen
/// (7804ba5), merged after the round was frozen and scored once: 7 of 10 candidates right,
/// 7 of 9 events found.
pub(crate) const HELD_OUT_222_LEVEL: (f64, f64) = (0.69, 0.77);

/// The two-hundred-and-twenty-third held-out set: written blind while round 79 was written, frozen
/// (141afcd), merged after the round was frozen and scored once: 11 of 13 candidates right,
/// 11 of 14 events found.
pub(crate) const HELD_OUT_223_LEVEL: (f64, f64) = (0.84, 0.78);

/// The two-hundred-and-twenty-fourth held-out set: written blind while round 79 was written, frozen
/// (1c97cfd), merged after the round was frozen and scored once: 9 of 10 candidates right,
/// 9 of 10 events found.
pub(crate) const HELD_OUT_224_LEVEL: (f64, f64) = (0.89, 0.89);

/// The two-hundred-and-twenty-fifth held-out set: written blind while round 80 was written, frozen
/// (563e162), merged after the round was frozen and scored once: 14 of 15 candidates right,
/// 13 of 13 events found.
pub(crate) const HELD_OUT_225_LEVEL: (f64, f64) = (0.93, 0.99);

/// The two-hundred-and-twenty-sixth held-out set: written blind while round 80 was written, frozen
/// (4191623), merged after the round was frozen and scored once: 8 of 8 candidates right,
/// 8 of 9 events found.
pub(crate) const HELD_OUT_226_LEVEL: (f64, f64) = (0.99, 0.88);

/// The two-hundred-and-twenty-seventh held-out set: written blind while round 80 was written, frozen
/// (a3ec602), merged after the round was frozen and scored once: 12 of 17 candidates right,
/// 12 of 16 events found.
pub(crate) const HELD_OUT_227_LEVEL: (f64, f64) = (0.70, 0.74);

/// The two-hundred-and-twenty-eighth held-out set: written blind while round 80 was written, frozen
/// (ea344c7), merged after the round was frozen and scored once: 9 of 11 candidates right,
/// 7 of 10 events found.
pub(crate) const HELD_OUT_228_LEVEL: (f64, f64) = (0.81, 0.69);
