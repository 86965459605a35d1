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

/// The three-hundred-and-ninth held-out set: written blind while round 102 was written, frozen
/// (e537122), merged after the round was frozen and scored once: 26 of 31 candidates right,
/// 25 of 31 events found.
pub(crate) const HELD_OUT_309_LEVEL: (f64, f64) = (0.83, 0.80);

/// The three-hundred-and-tenth held-out set: written blind while round 102 was written, frozen
/// (ae070b3), merged after the round was frozen and scored once: 9 of 14 candidates right,
/// 9 of 18 events found.
pub(crate) const HELD_OUT_310_LEVEL: (f64, f64) = (0.64, 0.49);

/// The three-hundred-and-eleventh held-out set: written blind while round 102 was written, frozen
/// (aaa42b0), merged after the round was frozen and scored once: 18 of 21 candidates right,
/// 18 of 25 events found.
pub(crate) const HELD_OUT_311_LEVEL: (f64, f64) = (0.85, 0.71);

/// The three-hundred-and-twelfth held-out set: written blind while round 102 was written, frozen
/// (da74e7f), merged after the round was frozen and scored once: 16 of 19 candidates right,
/// 16 of 18 events found.
pub(crate) const HELD_OUT_312_LEVEL: (f64, f64) = (0.84, 0.88);

/// The three-hundred-and-thirteenth held-out set: written blind while round 103 was written, frozen
/// (9836707), merged after the round was frozen and scored once: 13 of 15 candidates right,
/// 12 of 17 events found.
pub(crate) const HELD_OUT_313_LEVEL: (f64, f64) = (0.86, 0.70);

/// The three-hundred-and-fourteenth held-out set: written blind while round 103 was written, frozen
/// (b776898), merged after the round was frozen and scored once: 7 of 9 candidates right,
/// 6 of 8 events found.
pub(crate) const HELD_OUT_314_LEVEL: (f64, f64) = (0.77, 0.74);

/// The three-hundred-and-fifteenth held-out set: written blind while round 103 was written, frozen
/// (b6e9dac), merged after the round was frozen and scored once: 19 of 22 candidates right,
/// 16 of 16 events found.
pub(crate) const HELD_OUT_315_LEVEL: (f64, f64) = (0.86, 0.99);

/// The three-hundred-and-sixteenth held-out set: written blind while round 103 was written, frozen
/// (fa58c01), merged after the round was frozen and scored once: 12 of 12 candidates right,
/// 11 of 12 events found.
pub(crate) const HELD_OUT_316_LEVEL: (f64, f64) = (0.99, 0.91);

/// The three-hundred-and-seventeenth held-out set: written blind while round 104 was written, frozen
/// (a122721), merged after the round was frozen and scored once: 11 of 15 candidates right,
/// 11 of 12 events found.
pub(crate) const HELD_OUT_317_LEVEL: (f64, f64) = (0.73, 0.91);

/// The three-hundred-and-eighteenth held-out set: written blind while round 104 was written, frozen
/// (7730a14), merged after the round was frozen and scored once: 10 of 10 candidates right,
/// 9 of 10 events found.
pub(crate) const HELD_OUT_318_LEVEL: (f64, f64) = (0.99, 0.89);

/// The three-hundred-and-nineteenth held-out set: written blind while round 104 was written, frozen
/// (5c08b54), merged after the round was frozen and scored once: 17 of 18 candidates right,
/// 15 of 15 events found.
pub(crate) const HELD_OUT_319_LEVEL: (f64, f64) = (0.94, 0.99);

/// The three-hundred-and-twentieth held-out set: written blind while round 104 was written, frozen
/// (5f9fee5), merged after the round was frozen and scored once: 10 of 17 candidates right,
/// 10 of 15 events found.
pub(crate) const HELD_OUT_320_LEVEL: (f64, f64) = (0.58, 0.66);

/// The three-hundred-and-twenty-first held-out set: written blind while round 105 was written, frozen
/// (0758720), merged after the round was frozen and scored once: 11 of 16 candidates right,
/// 11 of 15 events found. Its helper wrote one document as `.csv`, which the loader does not read
/// as a document; renamed `.txt` (its text unchanged) before any rule changed, and scored whole.
pub(crate) const HELD_OUT_321_LEVEL: (f64, f64) = (0.68, 0.73);

/// The three-hundred-and-twenty-second held-out set: written blind while round 105 was written, frozen
/// (085c48e), merged after the round was frozen and scored once: 7 of 7 candidates right,
/// 7 of 11 events found.
pub(crate) const HELD_OUT_322_LEVEL: (f64, f64) = (0.99, 0.63);

/// The three-hundred-and-twenty-third held-out set: written blind while round 105 was written, frozen
/// (3d8d5fa), merged after the round was frozen and scored once: 12 of 14 candidates right,
/// 12 of 15 events found.
pub(crate) const HELD_OUT_323_LEVEL: (f64, f64) = (0.85, 0.79);

/// The three-hundred-and-twenty-fourth held-out set: written blind while round 105 was written, frozen
/// (37d1ffa), merged after the round was frozen and scored once: 9 of 12 candidates right,
/// 8 of 11 events found.
pub(crate) const HELD_OUT_324_LEVEL: (f64, f64) = (0.74, 0.72);

/// The three-hundred-and-twenty-fifth held-out set: written blind while round 106 was written, frozen
/// (ee71266), merged after the round was frozen and scored once: 12 of 15 candidates right,
/// 11 of 15 events found.
pub(crate) const HELD_OUT_325_LEVEL: (f64, f64) = (0.79, 0.73);

/// The three-hundred-and-twenty-sixth held-out set: written blind while round 106 was written, frozen
/// (3771254), merged after the round was frozen and scored once: 6 of 11 candidates right,
/// 6 of 11 events found.
pub(crate) const HELD_OUT_326_LEVEL: (f64, f64) = (0.54, 0.54);

/// The three-hundred-and-twenty-seventh held-out set: written blind while round 106 was written, frozen
/// (5d3647e), merged after the round was frozen and scored once: 10 of 14 candidates right,
/// 8 of 12 events found.
pub(crate) const HELD_OUT_327_LEVEL: (f64, f64) = (0.71, 0.66);

/// The three-hundred-and-twenty-eighth held-out set: written blind while round 106 was written, frozen
/// (848f464), merged after the round was frozen and scored once: 8 of 9 candidates right,
/// 7 of 11 events found.
pub(crate) const HELD_OUT_328_LEVEL: (f64, f64) = (0.88, 0.63);

/// The three-hundred-and-twenty-ninth held-out set: written blind while round 107 was written, frozen
/// (5cabccf), merged after the round was frozen and scored once: 18 of 26 candidates right,
/// 17 of 22 events found.
pub(crate) const HELD_OUT_329_LEVEL: (f64, f64) = (0.69, 0.77);

/// The three-hundred-and-thirtieth held-out set: written blind while round 107 was written, frozen
/// (e1495c6), merged after the round was frozen and scored once: 10 of 10 candidates right,
/// 9 of 11 events found.
pub(crate) const HELD_OUT_330_LEVEL: (f64, f64) = (0.99, 0.81);

/// The three-hundred-and-thirty-first held-out set: written blind while round 107 was written, frozen
/// (3d057be), merged after the round was frozen and scored once: 18 of 18 candidates right,
/// 15 of 16 events found.
pub(crate) const HELD_OUT_331_LEVEL: (f64, f64) = (0.99, 0.93);

/// The three-hundred-and-thirty-second held-out set: written blind while round 107 was written, frozen
/// (c8d4d14), merged after the round was frozen and scored once: 14 of 15 candidates right,
/// 13 of 13 events found.
pub(crate) const HELD_OUT_332_LEVEL: (f64, f64) = (0.93, 0.99);

/// The three-hundred-and-thirty-third held-out set: written blind while round 108 was written, frozen
/// (cc6645d), merged after the round was frozen and scored once: 11 of 13 candidates right,
/// 10 of 15 events found.
pub(crate) const HELD_OUT_333_LEVEL: (f64, f64) = (0.84, 0.66);

/// The three-hundred-and-thirty-fourth held-out set: written blind while round 108 was written, frozen
/// (1a9aff0), merged after the round was frozen and scored once: 11 of 14 candidates right,
/// 11 of 13 events found.
pub(crate) const HELD_OUT_334_LEVEL: (f64, f64) = (0.78, 0.84);

/// The three-hundred-and-thirty-fifth held-out set: written blind while round 108 was written, frozen
/// (a373ea0), merged after the round was frozen and scored once: 15 of 17 candidates right,
/// 15 of 18 events found.
pub(crate) const HELD_OUT_335_LEVEL: (f64, f64) = (0.88, 0.83);

/// The three-hundred-and-thirty-sixth held-out set: written blind while round 108 was written, frozen
/// (36f3aa4), merged after the round was frozen and scored once: 15 of 16 candidates right,
/// 13 of 15 events found.
pub(crate) const HELD_OUT_336_LEVEL: (f64, f64) = (0.93, 0.86);

/// The three-hundred-and-thirty-seventh held-out set: written blind while round 109 was written, frozen
/// (53b715c), merged after the round was frozen and scored once: 8 of 14 candidates right,
/// 8 of 16 events found.
pub(crate) const HELD_OUT_337_LEVEL: (f64, f64) = (0.57, 0.49);

/// The three-hundred-and-thirty-eighth held-out set: written blind while round 109 was written, frozen
/// (182c996), merged after the round was frozen and scored once: 9 of 13 candidates right,
/// 8 of 13 events found.
pub(crate) const HELD_OUT_338_LEVEL: (f64, f64) = (0.69, 0.61);

/// The three-hundred-and-thirty-ninth held-out set: written blind while round 109 was written, frozen
/// (6cce93c), merged after the round was frozen and scored once: 12 of 12 candidates right,
/// 12 of 17 events found.
pub(crate) const HELD_OUT_339_LEVEL: (f64, f64) = (0.99, 0.70);

/// The three-hundred-and-fortieth held-out set: written blind while round 109 was written, frozen
/// (bf58e4e), merged after the round was frozen and scored once: 12 of 13 candidates right,
/// 12 of 13 events found.
pub(crate) const HELD_OUT_340_LEVEL: (f64, f64) = (0.92, 0.92);

/// The three-hundred-and-forty-first held-out set: written blind while round 110 was written, frozen
/// (a58fa1b), merged after the round was frozen and scored once: 9 of 11 candidates right,
/// 9 of 12 events found.
pub(crate) const HELD_OUT_341_LEVEL: (f64, f64) = (0.81, 0.74);

/// The three-hundred-and-forty-second held-out set: written blind while round 110 was written, frozen
/// (a968dd2), merged after the round was frozen and scored once: 7 of 7 candidates right,
/// 7 of 15 events found.
pub(crate) const HELD_OUT_342_LEVEL: (f64, f64) = (0.99, 0.46);

/// The three-hundred-and-forty-third held-out set: written blind while round 110 was written, frozen
/// (33495de), merged after the round was frozen and scored once: 12 of 13 candidates right,
/// 12 of 14 events found.
pub(crate) const HELD_OUT_343_LEVEL: (f64, f64) = (0.92, 0.85);

/// The three-hundred-and-forty-fourth held-out set: written blind while round 110 was written, frozen
/// (357b2a7), merged after the round was frozen and scored once: 7 of 13 candidates right,
/// 7 of 10 events found.
pub(crate) const HELD_OUT_344_LEVEL: (f64, f64) = (0.53, 0.69);
