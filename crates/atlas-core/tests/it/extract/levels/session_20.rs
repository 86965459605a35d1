//! Floors of the held-out sets of session 20 (the three-hundred-and-forty-fifth on), each written
//! blind by a helper in a worktree cut from e36c3fb, frozen, merged only after the round it is
//! scored against was committed, and scored once.

/// The three-hundred-and-forty-fifth held-out set: written blind while round 111 was written, frozen
/// (a33a07b), merged after the round was frozen and scored once: 9 of 12 candidates right,
/// 9 of 13 events found. Its one claimed event lacked the claimant the events loader requires;
/// added from its own passage ("the YPG media office says") before it was scored (3a58cdb).
pub(crate) const HELD_OUT_345_LEVEL: (f64, f64) = (0.75, 0.69);

/// The three-hundred-and-forty-sixth held-out set: written blind while round 111 was written, frozen
/// (d99f3ab), merged after the round was frozen and scored once: 8 of 9 candidates right,
/// 8 of 13 events found.
pub(crate) const HELD_OUT_346_LEVEL: (f64, f64) = (0.88, 0.61);

/// The three-hundred-and-forty-seventh held-out set: written blind while round 111 was written, frozen
/// (781fa6d), merged after the round was frozen and scored once: 16 of 20 candidates right,
/// 14 of 23 events found.
pub(crate) const HELD_OUT_347_LEVEL: (f64, f64) = (0.80, 0.60);

/// The three-hundred-and-forty-eighth held-out set: written blind while round 111 was written, frozen
/// (3b88cee), merged after the round was frozen and scored once: 8 of 8 candidates right,
/// 8 of 10 events found.
pub(crate) const HELD_OUT_348_LEVEL: (f64, f64) = (0.99, 0.80);

/// The three-hundred-and-forty-ninth held-out set: written blind while round 112 was written, frozen
/// (2f71805), merged after the round was frozen and scored once: 7 of 8 candidates right,
/// 7 of 15 events found.
pub(crate) const HELD_OUT_349_LEVEL: (f64, f64) = (0.87, 0.46);

/// The three-hundred-and-fiftieth held-out set: written blind while round 112 was written, frozen
/// (3c080ad), merged after the round was frozen and scored once: 11 of 12 candidates right,
/// 11 of 15 events found.
pub(crate) const HELD_OUT_350_LEVEL: (f64, f64) = (0.91, 0.73);

/// The three-hundred-and-fifty-first held-out set: written blind while round 112 was written, frozen
/// (90ff780), merged after the round was frozen and scored once: 11 of 13 candidates right,
/// 11 of 16 events found.
pub(crate) const HELD_OUT_351_LEVEL: (f64, f64) = (0.84, 0.68);

/// The three-hundred-and-fifty-second held-out set: written blind while round 112 was written, frozen
/// (a6256c3), merged after the round was frozen and scored once: 11 of 12 candidates right,
/// 11 of 18 events found.
pub(crate) const HELD_OUT_352_LEVEL: (f64, f64) = (0.91, 0.61);

/// The three-hundred-and-fifty-third held-out set: written blind while round 113 was written, frozen
/// (b37c036), merged after the round was frozen and scored once: 10 of 11 candidates right,
/// 10 of 12 events found.
pub(crate) const HELD_OUT_353_LEVEL: (f64, f64) = (0.90, 0.83);

/// The three-hundred-and-fifty-fourth held-out set: written blind while round 113 was written, frozen
/// (1a925bf), merged after the round was frozen and scored once: 10 of 11 candidates right,
/// 10 of 12 events found.
pub(crate) const HELD_OUT_354_LEVEL: (f64, f64) = (0.90, 0.83);

/// The three-hundred-and-fifty-fifth held-out set: written blind while round 113 was written, frozen
/// (9757f2a), merged after the round was frozen and scored once: 12 of 12 candidates right,
/// 12 of 15 events found.
pub(crate) const HELD_OUT_355_LEVEL: (f64, f64) = (0.99, 0.80);

/// The three-hundred-and-fifty-sixth held-out set: written blind while round 113 was written, frozen
/// (6bffb1b), merged after the round was frozen and scored once: 13 of 17 candidates right,
/// 13 of 16 events found.
pub(crate) const HELD_OUT_356_LEVEL: (f64, f64) = (0.76, 0.81);

/// The three-hundred-and-fifty-seventh held-out set: written blind while round 114 was written, frozen
/// (5bad328), merged after the round was frozen and scored once: 11 of 11 candidates right,
/// 11 of 13 events found.
pub(crate) const HELD_OUT_357_LEVEL: (f64, f64) = (0.99, 0.84);

/// The three-hundred-and-fifty-eighth held-out set: written blind while round 114 was written, frozen
/// (6b4793e), merged after the round was frozen and scored once: 9 of 9 candidates right,
/// 9 of 12 events found.
pub(crate) const HELD_OUT_358_LEVEL: (f64, f64) = (0.99, 0.75);

/// The three-hundred-and-fifty-ninth held-out set: written blind while round 114 was written, frozen
/// (d358337), merged after the round was frozen and scored once: 17 of 19 candidates right,
/// 16 of 19 events found.
pub(crate) const HELD_OUT_359_LEVEL: (f64, f64) = (0.89, 0.84);

/// The three-hundred-and-sixtieth held-out set: written blind while round 114 was written, frozen
/// (1a2ab25), merged after the round was frozen and scored once: 12 of 15 candidates right,
/// 12 of 16 events found.
pub(crate) const HELD_OUT_360_LEVEL: (f64, f64) = (0.80, 0.75);

/// The three-hundred-and-sixty-first held-out set: written blind while round 115 was written, frozen
/// (75f1356), merged after the round was frozen and scored once: 9 of 13 candidates right,
/// 9 of 13 events found.
pub(crate) const HELD_OUT_361_LEVEL: (f64, f64) = (0.69, 0.69);

/// The three-hundred-and-sixty-second held-out set: written blind while round 115 was written, frozen
/// (f076ec7), merged after the round was frozen and scored once: 10 of 11 candidates right,
/// 11 of 14 events found.
pub(crate) const HELD_OUT_362_LEVEL: (f64, f64) = (0.90, 0.78);

/// The three-hundred-and-sixty-third held-out set: written blind while round 115 was written, frozen
/// (9c85bb5), merged after the round was frozen and scored once: 12 of 14 candidates right,
/// 12 of 17 events found.
pub(crate) const HELD_OUT_363_LEVEL: (f64, f64) = (0.85, 0.70);

/// The three-hundred-and-sixty-fourth held-out set: written blind while round 115 was written, frozen
/// (096e6f0), merged after the round was frozen and scored once: 8 of 9 candidates right,
/// 8 of 10 events found.
pub(crate) const HELD_OUT_364_LEVEL: (f64, f64) = (0.88, 0.80);

/// The three-hundred-and-sixty-fifth held-out set: written blind after round 115 was committed (no
/// round was written beside it), frozen
/// (2f7056d), merged and scored once against round 115: 8 of 14 candidates right,
/// 8 of 12 events found.
pub(crate) const HELD_OUT_365_LEVEL: (f64, f64) = (0.57, 0.66);

/// The three-hundred-and-sixty-sixth held-out set: written blind after round 115 was committed (no
/// round was written beside it), frozen
/// (5e05da2), merged after the round was frozen and scored once: 6 of 7 candidates right,
/// 6 of 8 events found.
pub(crate) const HELD_OUT_366_LEVEL: (f64, f64) = (0.85, 0.75);

/// The three-hundred-and-sixty-seventh held-out set: written blind after round 115 was committed (no
/// round was written beside it), frozen
/// (0b908f2), merged after the round was frozen and scored once: 13 of 16 candidates right,
/// 12 of 14 events found.
pub(crate) const HELD_OUT_367_LEVEL: (f64, f64) = (0.81, 0.85);

/// The three-hundred-and-sixty-eighth held-out set: written blind after round 115 was committed (no
/// round was written beside it), frozen
/// (d1ee623), merged after the round was frozen and scored once: 12 of 12 candidates right,
/// 12 of 12 events found.
pub(crate) const HELD_OUT_368_LEVEL: (f64, f64) = (0.99, 0.99);
