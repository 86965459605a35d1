//! Floors of the held-out sets of session 18 (the two-hundred-and-fifty-seventh on), each written
//! blind by a helper in a worktree cut from e36c3fb, frozen, merged only after the round it is
//! scored against was committed, and scored once.

/// The two-hundred-and-fifty-seventh held-out set: written blind while round 89 was written, frozen
/// (b499a7d), merged after the round was frozen and scored once: 9 of 13 candidates right,
/// 8 of 8 events found.
pub(crate) const HELD_OUT_257_LEVEL: (f64, f64) = (0.69, 0.99);

/// The two-hundred-and-fifty-eighth held-out set: written blind while round 89 was written, frozen
/// (6e0dfd5), merged after the round was frozen and scored once: 12 of 13 candidates right,
/// 12 of 14 events found.
pub(crate) const HELD_OUT_258_LEVEL: (f64, f64) = (0.92, 0.85);

/// The two-hundred-and-fifty-ninth held-out set: written blind while round 89 was written, frozen
/// (bf04636), merged after the round was frozen and scored once: 9 of 12 candidates right,
/// 8 of 9 events found.
pub(crate) const HELD_OUT_259_LEVEL: (f64, f64) = (0.74, 0.88);

/// The two-hundred-and-sixtieth held-out set: written blind while round 89 was written, frozen
/// (4c3eb38), merged after the round was frozen and scored once: 7 of 9 candidates right,
/// 7 of 9 events found.
pub(crate) const HELD_OUT_260_LEVEL: (f64, f64) = (0.77, 0.77);

/// The two-hundred-and-sixty-first held-out set: written blind while round 90 was written, frozen
/// (d089637), merged after the round was frozen and scored once: 12 of 14 candidates right,
/// 12 of 14 events found.
pub(crate) const HELD_OUT_261_LEVEL: (f64, f64) = (0.85, 0.85);

/// The two-hundred-and-sixty-second held-out set: written blind while round 90 was written, frozen
/// (6355060), merged after the round was frozen and scored once: 9 of 9 candidates right,
/// 9 of 10 events found.
pub(crate) const HELD_OUT_262_LEVEL: (f64, f64) = (0.99, 0.89);

/// The two-hundred-and-sixty-third held-out set: written blind while round 90 was written, frozen
/// (e04142f), merged after the round was frozen and scored once: 19 of 22 candidates right,
/// 18 of 21 events found.
pub(crate) const HELD_OUT_263_LEVEL: (f64, f64) = (0.86, 0.85);

/// The two-hundred-and-sixty-fourth held-out set: written blind while round 90 was written, frozen
/// (ca51bf5), merged after the round was frozen and scored once: 11 of 11 candidates right,
/// 11 of 12 events found.
pub(crate) const HELD_OUT_264_LEVEL: (f64, f64) = (0.99, 0.91);

/// The two-hundred-and-sixty-fifth held-out set: written blind while round 91 was written, frozen
/// (b27d061), merged after the round was frozen and scored once: 13 of 14 candidates right,
/// 12 of 12 events found.
pub(crate) const HELD_OUT_265_LEVEL: (f64, f64) = (0.92, 0.99);

/// The two-hundred-and-sixty-sixth held-out set: written blind while round 91 was written, frozen
/// (880bca2), merged after the round was frozen and scored once: 6 of 8 candidates right,
/// 6 of 7 events found.
pub(crate) const HELD_OUT_266_LEVEL: (f64, f64) = (0.74, 0.85);

/// The two-hundred-and-sixty-seventh held-out set: written blind while round 91 was written, frozen
/// (6539471), merged after the round was frozen and scored once: 12 of 15 candidates right,
/// 12 of 17 events found.
pub(crate) const HELD_OUT_267_LEVEL: (f64, f64) = (0.79, 0.70);

/// The two-hundred-and-sixty-eighth held-out set: written blind while round 91 was written, frozen
/// (8d50d5b), merged after the round was frozen and scored once: 11 of 12 candidates right,
/// 10 of 10 events found.
pub(crate) const HELD_OUT_268_LEVEL: (f64, f64) = (0.91, 0.99);

/// The two-hundred-and-sixty-ninth held-out set: written blind while round 92 was written, frozen
/// (affc6e7), merged after the round was frozen and scored once: 10 of 13 candidates right,
/// 9 of 14 events found.
pub(crate) const HELD_OUT_269_LEVEL: (f64, f64) = (0.76, 0.64);

/// The two-hundred-and-seventieth held-out set: written blind while round 92 was written, frozen
/// (063f968), merged after the round was frozen and scored once: 10 of 12 candidates right,
/// 9 of 14 events found.
pub(crate) const HELD_OUT_270_LEVEL: (f64, f64) = (0.83, 0.64);

/// The two-hundred-and-seventy-first held-out set: written blind while round 92 was written, frozen
/// (f66794e), merged after the round was frozen and scored once: 12 of 13 candidates right,
/// 12 of 12 events found.
pub(crate) const HELD_OUT_271_LEVEL: (f64, f64) = (0.92, 0.99);

/// The two-hundred-and-seventy-second held-out set: written blind while round 92 was written, frozen
/// (debad47), merged after the round was frozen and scored once: 6 of 8 candidates right,
/// 7 of 12 events found.
pub(crate) const HELD_OUT_272_LEVEL: (f64, f64) = (0.74, 0.58);

/// The two-hundred-and-seventy-third held-out set: written blind while round 93 was written, frozen
/// (e4660ff), merged after the round was frozen and scored once: 9 of 14 candidates right,
/// 9 of 13 events found.
pub(crate) const HELD_OUT_273_LEVEL: (f64, f64) = (0.64, 0.69);

/// The two-hundred-and-seventy-fourth held-out set: written blind while round 93 was written, frozen
/// (9cd11db), merged after the round was frozen and scored once: 7 of 9 candidates right,
/// 7 of 9 events found.
pub(crate) const HELD_OUT_274_LEVEL: (f64, f64) = (0.77, 0.77);

/// The two-hundred-and-seventy-fifth held-out set: written blind while round 93 was written, frozen
/// (fe657f4), merged after the round was frozen and scored once: 14 of 16 candidates right,
/// 14 of 20 events found.
pub(crate) const HELD_OUT_275_LEVEL: (f64, f64) = (0.87, 0.69);

/// The two-hundred-and-seventy-sixth held-out set: written blind while round 93 was written, frozen
/// (6ac2099), merged after the round was frozen and scored once: 10 of 10 candidates right,
/// 9 of 10 events found.
pub(crate) const HELD_OUT_276_LEVEL: (f64, f64) = (0.99, 0.89);

/// The two-hundred-and-seventy-seventh held-out set: written blind while round 94 was written, frozen
/// (bbe4bbd), merged after the round was frozen and scored once: 6 of 7 candidates right,
/// 6 of 9 events found.
pub(crate) const HELD_OUT_277_LEVEL: (f64, f64) = (0.85, 0.66);

/// The two-hundred-and-seventy-eighth held-out set: written blind while round 94 was written, frozen
/// (bae9411), merged after the round was frozen and scored once: 8 of 9 candidates right,
/// 8 of 14 events found.
pub(crate) const HELD_OUT_278_LEVEL: (f64, f64) = (0.88, 0.57);

/// The two-hundred-and-seventy-ninth held-out set: written blind while round 94 was written, frozen
/// (2c02f92), merged after the round was frozen and scored once: 16 of 21 candidates right,
/// 15 of 17 events found.
pub(crate) const HELD_OUT_279_LEVEL: (f64, f64) = (0.76, 0.88);

/// The two-hundred-and-eightieth held-out set: written blind while round 94 was written, frozen
/// (ee3e698), merged after the round was frozen and scored once: 6 of 9 candidates right,
/// 6 of 8 events found.
pub(crate) const HELD_OUT_280_LEVEL: (f64, f64) = (0.66, 0.74);

/// The two-hundred-and-eighty-first held-out set: written blind while round 95 was written, frozen
/// (9c10d66), merged after the round was frozen and scored once: 13 of 15 candidates right,
/// 9 of 10 events found.
pub(crate) const HELD_OUT_281_LEVEL: (f64, f64) = (0.86, 0.89);

/// The two-hundred-and-eighty-second held-out set: written blind while round 95 was written, frozen
/// (49812d9), merged after the round was frozen and scored once: 7 of 7 candidates right,
/// 7 of 8 events found.
pub(crate) const HELD_OUT_282_LEVEL: (f64, f64) = (0.99, 0.87);

/// The two-hundred-and-eighty-third held-out set: written blind while round 95 was written, frozen
/// (640abff), merged after the round was frozen and scored once: 13 of 15 candidates right,
/// 13 of 18 events found.
pub(crate) const HELD_OUT_283_LEVEL: (f64, f64) = (0.86, 0.72);

/// The two-hundred-and-eighty-fourth held-out set: written blind while round 95 was written, frozen
/// (379f2c2), merged after the round was frozen and scored once: 9 of 10 candidates right,
/// 7 of 8 events found.
pub(crate) const HELD_OUT_284_LEVEL: (f64, f64) = (0.89, 0.87);

/// The two-hundred-and-eighty-fifth held-out set: written blind while round 96 was written, frozen
/// (be93950), merged after the round was frozen and scored once: 1 of 5 candidates right,
/// 1 of 9 events found.
pub(crate) const HELD_OUT_285_LEVEL: (f64, f64) = (0.19, 0.11);

/// The two-hundred-and-eighty-sixth held-out set: written blind while round 96 was written, frozen
/// (9b100e9), merged after the round was frozen and scored once: 11 of 11 candidates right,
/// 10 of 10 events found.
pub(crate) const HELD_OUT_286_LEVEL: (f64, f64) = (0.99, 0.99);

/// The two-hundred-and-eighty-seventh held-out set: written blind while round 96 was written, frozen
/// (512a126), merged after the round was frozen and scored once: 6 of 10 candidates right,
/// 6 of 9 events found.
pub(crate) const HELD_OUT_287_LEVEL: (f64, f64) = (0.59, 0.66);

/// The two-hundred-and-eighty-eighth held-out set: written blind while round 96 was written, frozen
/// (3ab9eef), merged after the round was frozen and scored once: 7 of 8 candidates right,
/// 7 of 11 events found.
pub(crate) const HELD_OUT_288_LEVEL: (f64, f64) = (0.87, 0.63);

/// The two-hundred-and-eighty-ninth held-out set: written blind while round 97 was written, frozen
/// (4e17baf), merged after the round was frozen and scored once: 9 of 11 candidates right,
/// 8 of 9 events found.
pub(crate) const HELD_OUT_289_LEVEL: (f64, f64) = (0.81, 0.88);

/// The two-hundred-and-ninetieth held-out set: written blind while round 97 was written, frozen
/// (9aa3f6d), merged after the round was frozen and scored once: 10 of 11 candidates right,
/// 9 of 11 events found.
pub(crate) const HELD_OUT_290_LEVEL: (f64, f64) = (0.90, 0.81);

/// The two-hundred-and-ninety-first held-out set: written blind while round 97 was written, frozen
/// (c6088f7), merged after the round was frozen and scored once: 16 of 18 candidates right,
/// 15 of 15 events found.
pub(crate) const HELD_OUT_291_LEVEL: (f64, f64) = (0.88, 0.99);

/// The two-hundred-and-ninety-second held-out set: written blind while round 97 was written, frozen
/// (bbe9dc8), merged after the round was frozen and scored once: 9 of 12 candidates right,
/// 9 of 16 events found.
pub(crate) const HELD_OUT_292_LEVEL: (f64, f64) = (0.74, 0.56);

/// The two-hundred-and-ninety-third held-out set: written blind while round 98 was written, frozen
/// (5c78519), merged after the round was frozen and scored once: 11 of 16 candidates right,
/// 11 of 16 events found.
pub(crate) const HELD_OUT_293_LEVEL: (f64, f64) = (0.68, 0.68);

/// The two-hundred-and-ninety-fourth held-out set: written blind while round 98 was written, frozen
/// (f5dab0e), merged after the round was frozen and scored once: 8 of 12 candidates right,
/// 8 of 11 events found.
pub(crate) const HELD_OUT_294_LEVEL: (f64, f64) = (0.66, 0.72);

/// The two-hundred-and-ninety-fifth held-out set: written blind while round 98 was written, frozen
/// (977fb5b), merged after the round was frozen and scored once: 8 of 10 candidates right,
/// 7 of 13 events found.
pub(crate) const HELD_OUT_295_LEVEL: (f64, f64) = (0.79, 0.53);

/// The two-hundred-and-ninety-sixth held-out set: written blind while round 98 was written, frozen
/// (a8ff504), merged after the round was frozen and scored once: 8 of 8 candidates right,
/// 8 of 11 events found.
pub(crate) const HELD_OUT_296_LEVEL: (f64, f64) = (0.99, 0.72);

/// The two-hundred-and-ninety-seventh held-out set: written blind while round 99 was written, frozen
/// (523e6cf), merged after the round was frozen and scored once: 17 of 20 candidates right,
/// 17 of 21 events found.
pub(crate) const HELD_OUT_297_LEVEL: (f64, f64) = (0.84, 0.80);

/// The two-hundred-and-ninety-eighth held-out set: written blind while round 99 was written, frozen
/// (801835a), merged after the round was frozen and scored once: 12 of 12 candidates right,
/// 9 of 10 events found.
pub(crate) const HELD_OUT_298_LEVEL: (f64, f64) = (0.99, 0.89);

/// The two-hundred-and-ninety-ninth held-out set: written blind while round 99 was written, frozen
/// (526559e), merged after the round was frozen and scored once: 9 of 9 candidates right,
/// 8 of 13 events found.
pub(crate) const HELD_OUT_299_LEVEL: (f64, f64) = (0.99, 0.61);

/// The three-hundredth held-out set: written blind while round 99 was written, frozen
/// (dba1637), merged after the round was frozen and scored once: 6 of 7 candidates right,
/// 6 of 9 events found.
pub(crate) const HELD_OUT_300_LEVEL: (f64, f64) = (0.85, 0.66);

/// The three-hundred-and-first held-out set: written blind while round 100 was written, frozen
/// (2869cfd), merged after the round was frozen and scored once: 7 of 7 candidates right,
/// 7 of 12 events found.
pub(crate) const HELD_OUT_301_LEVEL: (f64, f64) = (0.99, 0.58);

/// The three-hundred-and-second held-out set: written blind while round 100 was written, frozen
/// (472150c), merged after the round was frozen and scored once: 13 of 15 candidates right,
/// 13 of 16 events found.
pub(crate) const HELD_OUT_302_LEVEL: (f64, f64) = (0.86, 0.81);

/// The three-hundred-and-third held-out set: written blind while round 100 was written, frozen
/// (6eed659), merged after the round was frozen and scored once: 15 of 16 candidates right,
/// 14 of 15 events found.
pub(crate) const HELD_OUT_303_LEVEL: (f64, f64) = (0.93, 0.93);

/// The three-hundred-and-fourth held-out set: written blind while round 100 was written, frozen
/// (87a143f), merged after the round was frozen and scored once: 5 of 6 candidates right,
/// 5 of 10 events found.
pub(crate) const HELD_OUT_304_LEVEL: (f64, f64) = (0.83, 0.49);
