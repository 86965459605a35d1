//! Floors of the held-out sets of session 21 (the three-hundred-and-sixty-ninth on), each written
//! blind by a helper in a worktree cut from e36c3fb, frozen, merged only after the round it is
//! scored against was committed, and scored once.

/// The three-hundred-and-sixty-ninth held-out set: written blind while round 116 was written, frozen
/// (fa432ce), merged after the round was frozen and scored once: 14 of 14 candidates right,
/// 12 of 16 events found.
pub(crate) const HELD_OUT_369_LEVEL: (f64, f64) = (0.99, 0.75);

/// The three-hundred-and-seventieth held-out set: written blind while round 116 was written, frozen
/// (67386a5), merged after the round was frozen and scored once: 12 of 14 candidates right,
/// 12 of 17 events found.
pub(crate) const HELD_OUT_370_LEVEL: (f64, f64) = (0.85, 0.70);

/// The three-hundred-and-seventy-first held-out set: written blind while round 116 was written, frozen
/// (8143826), merged after the round was frozen and scored once: 13 of 14 candidates right,
/// 12 of 18 events found.
pub(crate) const HELD_OUT_371_LEVEL: (f64, f64) = (0.92, 0.66);

/// The three-hundred-and-seventy-second held-out set: written blind while round 116 was written, frozen
/// (b38ead9), merged after the round was frozen and scored once: 9 of 11 candidates right,
/// 9 of 12 events found.
pub(crate) const HELD_OUT_372_LEVEL: (f64, f64) = (0.81, 0.75);

/// The three-hundred-and-seventy-third held-out set: written blind while round 117 was written, frozen
/// (88560b8), merged after the round was frozen and scored once: 13 of 16 candidates right,
/// 13 of 14 events found.
pub(crate) const HELD_OUT_373_LEVEL: (f64, f64) = (0.81, 0.92);

/// The three-hundred-and-seventy-fourth held-out set: written blind while round 117 was written, frozen
/// (416839d), merged after the round was frozen and scored once: 11 of 12 candidates right,
/// 10 of 14 events found.
pub(crate) const HELD_OUT_374_LEVEL: (f64, f64) = (0.91, 0.71);

/// The three-hundred-and-seventy-fifth held-out set: written blind while round 117 was written, frozen
/// (8cd1994), merged after the round was frozen and scored once: 15 of 16 candidates right,
/// 15 of 18 events found.
pub(crate) const HELD_OUT_375_LEVEL: (f64, f64) = (0.93, 0.83);

/// The three-hundred-and-seventy-sixth held-out set: written blind while round 117 was written, frozen
/// (39e4cfb), merged after the round was frozen and scored once: 9 of 10 candidates right,
/// 9 of 11 events found.
pub(crate) const HELD_OUT_376_LEVEL: (f64, f64) = (0.90, 0.81);

/// The three-hundred-and-seventy-seventh held-out set: written blind while round 118 was written, frozen
/// (2295455), merged after the round was frozen and scored once: 11 of 12 candidates right,
/// 9 of 11 events found.
pub(crate) const HELD_OUT_377_LEVEL: (f64, f64) = (0.91, 0.81);

/// The three-hundred-and-seventy-eighth held-out set: written blind while round 118 was written, frozen
/// (7903295), merged after the round was frozen and scored once: 9 of 10 candidates right,
/// 9 of 13 events found.
pub(crate) const HELD_OUT_378_LEVEL: (f64, f64) = (0.90, 0.69);

/// The three-hundred-and-seventy-ninth held-out set: written blind while round 118 was written, frozen
/// (0a186b1), merged after the round was frozen and scored once: 14 of 17 candidates right,
/// 13 of 17 events found.
pub(crate) const HELD_OUT_379_LEVEL: (f64, f64) = (0.82, 0.76);

/// The three-hundred-and-eightieth held-out set: written blind while round 118 was written, frozen
/// (aec495f), merged after the round was frozen and scored once: 10 of 12 candidates right,
/// 10 of 12 events found.
pub(crate) const HELD_OUT_380_LEVEL: (f64, f64) = (0.83, 0.83);

/// The three-hundred-and-eighty-first held-out set: written blind while round 119 was written, frozen
/// (2d7a7cc), merged after the round was frozen and scored once: 11 of 11 candidates right,
/// 10 of 11 events found.
pub(crate) const HELD_OUT_381_LEVEL: (f64, f64) = (0.99, 0.90);

/// The three-hundred-and-eighty-second held-out set: written blind while round 119 was written, frozen
/// (1dbec2d), merged after the round was frozen and scored once: 8 of 8 candidates right,
/// 8 of 10 events found.
pub(crate) const HELD_OUT_382_LEVEL: (f64, f64) = (0.99, 0.80);

/// The three-hundred-and-eighty-third held-out set: written blind while round 119 was written, frozen
/// (0beaccd), merged after the round was frozen and scored once: 6 of 6 candidates right,
/// 5 of 11 events found.
pub(crate) const HELD_OUT_383_LEVEL: (f64, f64) = (0.99, 0.45);

/// The three-hundred-and-eighty-fourth held-out set: written blind while round 119 was written, frozen
/// (dc44782), merged after the round was frozen and scored once: 8 of 9 candidates right,
/// 8 of 12 events found.
pub(crate) const HELD_OUT_384_LEVEL: (f64, f64) = (0.88, 0.66);

/// The three-hundred-and-eighty-fifth held-out set: written blind while round 120 was written, frozen
/// (9d72566), merged after the round was frozen and scored once: 13 of 16 candidates right,
/// 13 of 15 events found.
pub(crate) const HELD_OUT_385_LEVEL: (f64, f64) = (0.81, 0.86);

/// The three-hundred-and-eighty-sixth held-out set: written blind while round 120 was written, frozen
/// (9b11bb0), merged after the round was frozen and scored once: 6 of 8 candidates right,
/// 5 of 8 events found.
pub(crate) const HELD_OUT_386_LEVEL: (f64, f64) = (0.75, 0.62);

/// The three-hundred-and-eighty-seventh held-out set: written blind while round 120 was written, frozen
/// (19074a1), merged after the round was frozen and scored once: 14 of 17 candidates right,
/// 13 of 19 events found.
pub(crate) const HELD_OUT_387_LEVEL: (f64, f64) = (0.82, 0.68);

/// The three-hundred-and-eighty-eighth held-out set: written blind while round 120 was written, frozen
/// (98381b7), merged after the round was frozen and scored once: 14 of 15 candidates right,
/// 14 of 14 events found.
pub(crate) const HELD_OUT_388_LEVEL: (f64, f64) = (0.93, 0.99);

/// The three-hundred-and-eighty-ninth held-out set: written blind while round 121 was written, frozen
/// (04bf20c), merged after the round was frozen and scored once: 8 of 14 candidates right,
/// 8 of 9 events found.
pub(crate) const HELD_OUT_389_LEVEL: (f64, f64) = (0.57, 0.88);

/// The three-hundred-and-ninetieth held-out set: written blind while round 121 was written, frozen
/// (45f2b67), merged after the round was frozen and scored once: 7 of 10 candidates right,
/// 7 of 10 events found.
pub(crate) const HELD_OUT_390_LEVEL: (f64, f64) = (0.70, 0.70);

/// The three-hundred-and-ninety-first held-out set: written blind while round 121 was written, frozen
/// (8b8dcf8), merged after the round was frozen and scored once: 14 of 18 candidates right,
/// 14 of 15 events found.
pub(crate) const HELD_OUT_391_LEVEL: (f64, f64) = (0.77, 0.93);

/// The three-hundred-and-ninety-second held-out set: written blind while round 121 was written, frozen
/// (d1b6205), merged after the round was frozen and scored once: 10 of 11 candidates right,
/// 10 of 12 events found.
pub(crate) const HELD_OUT_392_LEVEL: (f64, f64) = (0.90, 0.83);

/// The three-hundred-and-ninety-third held-out set: written blind after round 121 was committed, frozen
/// (fad92fd), merged and scored once against it: 14 of 17 candidates right,
/// 14 of 16 events found.
pub(crate) const HELD_OUT_393_LEVEL: (f64, f64) = (0.82, 0.87);

/// The three-hundred-and-ninety-fourth held-out set: written blind after round 121 was committed, frozen
/// (589eb34), merged and scored once against it: 9 of 11 candidates right,
/// 9 of 11 events found.
pub(crate) const HELD_OUT_394_LEVEL: (f64, f64) = (0.81, 0.81);

/// The three-hundred-and-ninety-fifth held-out set: written blind after round 121 was committed, frozen
/// (e82ac30), merged and scored once against it: 13 of 15 candidates right,
/// 12 of 12 events found.
pub(crate) const HELD_OUT_395_LEVEL: (f64, f64) = (0.86, 0.99);

/// The three-hundred-and-ninety-sixth held-out set: written blind after round 121 was committed, frozen
/// (556e437), merged and scored once against it: 7 of 7 candidates right,
/// 7 of 10 events found.
pub(crate) const HELD_OUT_396_LEVEL: (f64, f64) = (0.99, 0.70);
