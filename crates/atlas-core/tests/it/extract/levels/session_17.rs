//! Floors of the held-out sets of session 17 (the two-hundred-and-twenty-ninth on), each written
//! blind by a helper in a worktree cut from e36c3fb, frozen, merged only after the round it is
//! scored against was committed, and scored once.

/// The two-hundred-and-twenty-ninth held-out set: written blind while round 81 was written, frozen
/// (2bb9637), merged after the round was frozen and scored once: 16 of 17 candidates right,
/// 15 of 18 events found.
pub(crate) const HELD_OUT_229_LEVEL: (f64, f64) = (0.94, 0.83);

/// The two-hundred-and-thirtieth held-out set: written blind while round 81 was written, frozen
/// (3186f7a), merged after the round was frozen and scored once: 10 of 13 candidates right,
/// 10 of 15 events found.
pub(crate) const HELD_OUT_230_LEVEL: (f64, f64) = (0.76, 0.66);

/// The two-hundred-and-thirty-first held-out set: written blind while round 81 was written, frozen
/// (1b2f7af), merged after the round was frozen and scored once: 16 of 23 candidates right,
/// 16 of 23 events found.
pub(crate) const HELD_OUT_231_LEVEL: (f64, f64) = (0.69, 0.69);

/// The two-hundred-and-thirty-second held-out set: written blind while round 81 was written, frozen
/// (7acc41b), merged after the round was frozen and scored once: 14 of 15 candidates right,
/// 14 of 19 events found.
pub(crate) const HELD_OUT_232_LEVEL: (f64, f64) = (0.93, 0.73);

/// The two-hundred-and-thirty-third held-out set: written blind while round 82 was written, frozen
/// (09a4a40), merged after the round was frozen and scored once: 2 of 5 candidates right,
/// 2 of 18 events found.
pub(crate) const HELD_OUT_233_LEVEL: (f64, f64) = (0.39, 0.11);

/// The two-hundred-and-thirty-fourth held-out set: written blind while round 82 was written, frozen
/// (2ada30f), merged after the round was frozen and scored once: 9 of 9 candidates right,
/// 9 of 13 events found.
pub(crate) const HELD_OUT_234_LEVEL: (f64, f64) = (0.99, 0.69);

/// The two-hundred-and-thirty-fifth held-out set: written blind while round 82 was written, frozen
/// (3821bcb), merged after the round was frozen and scored once: 18 of 22 candidates right,
/// 15 of 20 events found.
pub(crate) const HELD_OUT_235_LEVEL: (f64, f64) = (0.81, 0.74);

/// The two-hundred-and-thirty-sixth held-out set: written blind while round 82 was written, frozen
/// (19ea77e), merged after the round was frozen and scored once: 11 of 13 candidates right,
/// 10 of 12 events found.
pub(crate) const HELD_OUT_236_LEVEL: (f64, f64) = (0.84, 0.83);

/// The two-hundred-and-thirty-seventh held-out set: written blind while round 83 was written, frozen
/// (ee4b6f7), merged after the round was frozen and scored once: 11 of 14 candidates right,
/// 10 of 15 events found.
pub(crate) const HELD_OUT_237_LEVEL: (f64, f64) = (0.78, 0.66);

/// The two-hundred-and-thirty-eighth held-out set: written blind while round 83 was written, frozen
/// (d926c96), merged after the round was frozen and scored once: 14 of 15 candidates right,
/// 13 of 16 events found.
pub(crate) const HELD_OUT_238_LEVEL: (f64, f64) = (0.93, 0.81);

/// The two-hundred-and-thirty-ninth held-out set: written blind while round 83 was written, frozen
/// (3d37eb3), merged after the round was frozen and scored once: 20 of 23 candidates right,
/// 18 of 21 events found.
pub(crate) const HELD_OUT_239_LEVEL: (f64, f64) = (0.86, 0.85);

/// The two-hundred-and-fortieth held-out set: written blind while round 83 was written, frozen
/// (d54f432), merged after the round was frozen and scored once: 7 of 10 candidates right,
/// 7 of 14 events found.
pub(crate) const HELD_OUT_240_LEVEL: (f64, f64) = (0.69, 0.49);

/// The two-hundred-and-forty-first held-out set: written blind while round 84 was written, frozen
/// (a214c2f), merged after the round was frozen and scored once: 8 of 10 candidates right,
/// 8 of 11 events found.
pub(crate) const HELD_OUT_241_LEVEL: (f64, f64) = (0.79, 0.72);

/// The two-hundred-and-forty-second held-out set: written blind while round 84 was written, frozen
/// (399997b), merged after the round was frozen and scored once: 10 of 11 candidates right,
/// 9 of 11 events found.
pub(crate) const HELD_OUT_242_LEVEL: (f64, f64) = (0.90, 0.81);

/// The two-hundred-and-forty-third held-out set: written blind while round 84 was written, frozen
/// (3957389), merged after the round was frozen and scored once: 14 of 16 candidates right,
/// 13 of 15 events found.
pub(crate) const HELD_OUT_243_LEVEL: (f64, f64) = (0.87, 0.86);

/// The two-hundred-and-forty-fourth held-out set: written blind while round 84 was written, frozen
/// (9f281f4), merged after the round was frozen and scored once: 6 of 9 candidates right,
/// 5 of 8 events found.
pub(crate) const HELD_OUT_244_LEVEL: (f64, f64) = (0.66, 0.62);

/// The two-hundred-and-forty-fifth held-out set: written blind while round 85 was written, frozen
/// (65f44d1), merged after the round was frozen and scored once: 7 of 8 candidates right,
/// 7 of 9 events found.
pub(crate) const HELD_OUT_245_LEVEL: (f64, f64) = (0.87, 0.77);

/// The two-hundred-and-forty-sixth held-out set: written blind while round 85 was written, frozen
/// (e1508ea), merged after the round was frozen and scored once: 9 of 10 candidates right,
/// 8 of 10 events found.
pub(crate) const HELD_OUT_246_LEVEL: (f64, f64) = (0.89, 0.79);

/// The two-hundred-and-forty-seventh held-out set: written blind while round 85 was written, frozen
/// (9181d5a), merged after the round was frozen and scored once: 15 of 21 candidates right,
/// 15 of 18 events found.
pub(crate) const HELD_OUT_247_LEVEL: (f64, f64) = (0.71, 0.83);

/// The two-hundred-and-forty-eighth held-out set: written blind while round 85 was written, frozen
/// (1475e52), merged after the round was frozen and scored once: 9 of 9 candidates right,
/// 8 of 8 events found.
pub(crate) const HELD_OUT_248_LEVEL: (f64, f64) = (0.99, 0.99);

/// The two-hundred-and-forty-ninth held-out set: written blind while round 86 was written, frozen
/// (8ecfa23), merged after the round was frozen and scored once: 12 of 17 candidates right,
/// 12 of 14 events found.
pub(crate) const HELD_OUT_249_LEVEL: (f64, f64) = (0.70, 0.85);

/// The two-hundred-and-fiftieth held-out set: written blind while round 86 was written, frozen
/// (cb62a0e), merged after the round was frozen and scored once: 6 of 7 candidates right,
/// 6 of 8 events found.
pub(crate) const HELD_OUT_250_LEVEL: (f64, f64) = (0.85, 0.74);

/// The two-hundred-and-fifty-first held-out set: written blind while round 86 was written, frozen
/// (cd7de4e), merged after the round was frozen and scored once: 8 of 12 candidates right,
/// 7 of 11 events found.
pub(crate) const HELD_OUT_251_LEVEL: (f64, f64) = (0.66, 0.63);

/// The two-hundred-and-fifty-second held-out set: written blind while round 86 was written, frozen
/// (2351b33), merged after the round was frozen and scored once: 6 of 6 candidates right,
/// 5 of 8 events found.
pub(crate) const HELD_OUT_252_LEVEL: (f64, f64) = (0.99, 0.62);

/// The two-hundred-and-fifty-third held-out set: written blind while round 87 was written, frozen
/// (a1d532e), merged after the round was frozen and scored once: 5 of 7 candidates right,
/// 5 of 16 events found.
pub(crate) const HELD_OUT_253_LEVEL: (f64, f64) = (0.71, 0.31);

/// The two-hundred-and-fifty-fourth held-out set: written blind while round 87 was written, frozen
/// (d5fde06), merged after the round was frozen and scored once: 8 of 11 candidates right,
/// 8 of 9 events found.
pub(crate) const HELD_OUT_254_LEVEL: (f64, f64) = (0.72, 0.88);

/// The two-hundred-and-fifty-fifth held-out set: written blind while round 87 was written, frozen
/// (5adac60), merged after the round was frozen and scored once: 12 of 13 candidates right,
/// 11 of 12 events found.
pub(crate) const HELD_OUT_255_LEVEL: (f64, f64) = (0.92, 0.91);

/// The two-hundred-and-fifty-sixth held-out set: written blind while round 87 was written, frozen
/// (ce8438e), merged after the round was frozen and scored once: 7 of 8 candidates right,
/// 6 of 7 events found.
pub(crate) const HELD_OUT_256_LEVEL: (f64, f64) = (0.87, 0.85);
