//! Floors of held-out sets 12 to 48, written blind in sessions 9 to 11.

/// The twelfth held-out set (tests/data/unseen/held-out-12, issue 17): written blind while the
/// eleventh round of rules was written, frozen (8236b44), merged after the round was frozen
/// (29d7ee2) and scored once: 25 of 44 candidates right, 24 of 31 events found — below the issue's
/// 0.85 (see the README). A regression floor, not a target.
pub(crate) const HELD_OUT_12_LEVEL: (f64, f64) = (0.56, 0.77);

/// The thirteenth held-out set (tests/data/unseen/held-out-13): as the twelfth, frozen (65d7566),
/// scored once: 18 of 27 candidates right, 17 of 28 events found.
pub(crate) const HELD_OUT_13_LEVEL: (f64, f64) = (0.66, 0.6);

/// The fourteenth held-out set (tests/data/unseen/held-out-14): written blind while rounds 12 to 14
/// were written, frozen (06ccfaa), merged after they were frozen (c3e1931) and scored once: 23 of
/// 36 candidates right, 23 of 35 events found.
pub(crate) const HELD_OUT_14_LEVEL: (f64, f64) = (0.63, 0.65);

/// The fifteenth held-out set (tests/data/unseen/held-out-15): written blind while round 15 was
/// written, frozen (aaec92f), merged after the round was frozen (6293255) and scored once: 25 of 34
/// candidates right, 22 of 34 events found.
pub(crate) const HELD_OUT_15_LEVEL: (f64, f64) = (0.73, 0.64);

/// The sixteenth held-out set (tests/data/unseen/held-out-16): written blind while round 15 was
/// written, frozen (ba50029), merged after the round was frozen (6293255) and scored once: 11 of 28
/// candidates right, 11 of 29 events found — the lowest of the blind figures.
pub(crate) const HELD_OUT_16_LEVEL: (f64, f64) = (0.39, 0.37);

/// The seventeenth and eighteenth held-out sets (tests/data/unseen/held-out-17, -18): written blind
/// while rounds 16 to 18 were written, frozen (4d09016, 601c78a), merged after round 18 was frozen
/// (373bef0) and scored once: 10 of 23 candidates right and 10 of 33 events found (seventeenth),
/// 20 of 28 and 19 of 31 (eighteenth).
pub(crate) const HELD_OUT_17_LEVEL: (f64, f64) = (0.43, 0.3);
pub(crate) const HELD_OUT_18_LEVEL: (f64, f64) = (0.71, 0.61);

/// The nineteenth and twentieth held-out sets (tests/data/unseen/held-out-19, -20): written blind
/// while round 19 was written and during a CI run, frozen (2713547, 8fa8e15), merged after round
/// 19 was frozen (eb12feb) and scored once: 18 of 23 candidates right and 18 of 25 events found
/// (nineteenth), 12 of 34 and 12 of 39 (twentieth).
pub(crate) const HELD_OUT_19_LEVEL: (f64, f64) = (0.78, 0.72);
pub(crate) const HELD_OUT_20_LEVEL: (f64, f64) = (0.35, 0.3);

/// The twenty-first and twenty-second held-out sets (tests/data/unseen/held-out-21, -22): written
/// blind while round 20 was written, frozen (f3a51be, c5936a6), merged after round 20 was frozen
/// (a1ce3d7) and scored once: 12 of 18 candidates right and 12 of 21 events found (twenty-first),
/// 12 of 20 and 11 of 25 (twenty-second).
pub(crate) const HELD_OUT_21_LEVEL: (f64, f64) = (0.66, 0.57);
pub(crate) const HELD_OUT_22_LEVEL: (f64, f64) = (0.6, 0.44);

/// The twenty-third and twenty-fourth held-out sets (tests/data/unseen/held-out-23, -24): written
/// blind while round 21 was written, frozen (6e630de, 573f67c), merged after round 21 was frozen
/// (e402bea) and scored once: 17 of 27 candidates right and 16 of 25 events found
/// (twenty-third), 11 of 19 and 8 of 22 (twenty-fourth).
pub(crate) const HELD_OUT_23_LEVEL: (f64, f64) = (0.62, 0.64);
pub(crate) const HELD_OUT_24_LEVEL: (f64, f64) = (0.57, 0.36);

/// The twenty-fifth and twenty-sixth held-out sets (tests/data/unseen/held-out-25, -26): written
/// blind while round 22 was written, frozen (7e3fa7a, 2108a85), merged after round 22 was frozen
/// (15181a2) and scored once: 19 of 28 candidates right and 17 of 30 events found
/// (twenty-fifth), 16 of 21 and 17 of 25 (twenty-sixth).
pub(crate) const HELD_OUT_25_LEVEL: (f64, f64) = (0.67, 0.56);
pub(crate) const HELD_OUT_26_LEVEL: (f64, f64) = (0.76, 0.68);

/// The twenty-seventh and twenty-eighth held-out sets (tests/data/unseen/held-out-27, -28):
/// written blind while round 23 was written, frozen (11a28b3, 70b168b), merged after round 23
/// was frozen (4b616a1) and scored once: 23 of 25 candidates right and 21 of 30 events found
/// (twenty-seventh), 20 of 31 and 20 of 32 (twenty-eighth).
pub(crate) const HELD_OUT_27_LEVEL: (f64, f64) = (0.92, 0.7);
pub(crate) const HELD_OUT_28_LEVEL: (f64, f64) = (0.64, 0.62);

/// The twenty-ninth and thirtieth held-out sets (tests/data/unseen/held-out-29, -30): written
/// blind while round 24 was written, frozen (4d586a2, 2d4da23), merged after round 24 was frozen
/// (c324b3f) and scored once: 20 of 28 candidates right and 20 of 31 events found
/// (twenty-ninth), 11 of 17 and 11 of 19 (thirtieth).
pub(crate) const HELD_OUT_29_LEVEL: (f64, f64) = (0.71, 0.64);
pub(crate) const HELD_OUT_30_LEVEL: (f64, f64) = (0.64, 0.57);

/// The thirty-first and thirty-second held-out sets (tests/data/unseen/held-out-31, -32): written
/// blind while round 25 was written, frozen (fb169b7, bf1ee2c), merged after round 25 was frozen
/// (3be3bff) and scored once: 12 of 15 candidates right and 11 of 21 events found
/// (thirty-first), 16 of 20 and 15 of 18 (thirty-second).
pub(crate) const HELD_OUT_31_LEVEL: (f64, f64) = (0.79, 0.52);
pub(crate) const HELD_OUT_32_LEVEL: (f64, f64) = (0.79, 0.83);

/// The thirty-third and thirty-fourth held-out sets (tests/data/unseen/held-out-33, -34): written
/// blind while round 26 was written, frozen (bb4c226, 33b9797), merged after round 26 was frozen
/// (88ddf5d) and scored once: 9 of 15 candidates right and 8 of 19 events found
/// (thirty-third), 10 of 21 and 9 of 23 (thirty-fourth).
pub(crate) const HELD_OUT_33_LEVEL: (f64, f64) = (0.59, 0.42);
pub(crate) const HELD_OUT_34_LEVEL: (f64, f64) = (0.47, 0.39);

/// The thirty-fifth and thirty-sixth held-out sets (tests/data/unseen/held-out-35, -36): written
/// blind while rounds 27 and 28 were written, frozen (b056938, 3a52856), merged after round 28
/// was frozen (008e68b) and scored once: 15 of 20 candidates right and 15 of 22 events found
/// (thirty-fifth), 10 of 18 and 10 of 22 (thirty-sixth).
pub(crate) const HELD_OUT_35_LEVEL: (f64, f64) = (0.74, 0.68);
pub(crate) const HELD_OUT_36_LEVEL: (f64, f64) = (0.55, 0.45);

/// The thirty-seventh and thirty-eighth held-out sets (tests/data/unseen/held-out-37, -38):
/// written blind while round 29 was written, frozen (af790e6, 144da4a), merged after round 29 was
/// frozen (e7030b3) and scored once: 16 of 23 candidates right and 15 of 23 events found
/// (thirty-seventh), 14 of 19 and 13 of 22 (thirty-eighth).
pub(crate) const HELD_OUT_37_LEVEL: (f64, f64) = (0.69, 0.65);
pub(crate) const HELD_OUT_38_LEVEL: (f64, f64) = (0.73, 0.59);

/// The thirty-ninth and fortieth held-out sets (tests/data/unseen/held-out-39, -40): written blind
/// while round 30 was written, frozen (5041bc5, c39024b), merged after round 30 was frozen
/// (e7e78bb; 409f24b only split a function) and scored once: 12 of 15 candidates right and 12 of
/// 16 events found (thirty-ninth), 10 of 13 and 10 of 18 (fortieth).
pub(crate) const HELD_OUT_39_LEVEL: (f64, f64) = (0.79, 0.74);
pub(crate) const HELD_OUT_40_LEVEL: (f64, f64) = (0.76, 0.55);

/// The forty-second held-out set (tests/data/unseen/held-out-42): written blind while round 31
/// was written, frozen (7f69f2a), merged after round 31 was frozen (5649450) and scored once: 12
/// of 17 candidates right and 11 of 16 events found. (The forty-first set, written beside it, was
/// not finished in time and is not in the repository.)
pub(crate) const HELD_OUT_42_LEVEL: (f64, f64) = (0.7, 0.68);

/// The forty-first, forty-third and forty-fourth held-out sets: the first written blind while round
/// 31 was written and frozen (de12f4b), the others while round 32 was written and frozen (c4192ce,
/// 33de607); all three merged after round 32 was frozen (f57234b) and scored once: 17 of 22
/// candidates right and 14 of 23 events found (forty-first), 17 of 27 and 12 of 20 (forty-third),
/// 18 of 20 and 16 of 20 (forty-fourth).
pub(crate) const HELD_OUT_41_LEVEL: (f64, f64) = (0.77, 0.6);
pub(crate) const HELD_OUT_43_LEVEL: (f64, f64) = (0.62, 0.59);
pub(crate) const HELD_OUT_44_LEVEL: (f64, f64) = (0.89, 0.79);

/// The forty-fifth and forty-sixth held-out sets: written blind while rounds 32 and 33 were
/// written, frozen (be80449, 6354b4d), merged after round 33 was frozen (b709ef9) and scored once:
/// 9 of 19 candidates right and 8 of 26 events found (forty-fifth, the lowest since session 9), 17
/// of 26 and 17 of 27 (forty-sixth).
pub(crate) const HELD_OUT_45_LEVEL: (f64, f64) = (0.47, 0.3);
pub(crate) const HELD_OUT_46_LEVEL: (f64, f64) = (0.65, 0.62);

/// The forty-seventh held-out set: written blind while rounds 34 and 35 were written, frozen
/// (4b7285e) after round 35 was and merged after it (57748cf; 25a0feb only split a function), scored
/// once: 11 of 13 candidates right and 8 of 24 events found.
pub(crate) const HELD_OUT_47_LEVEL: (f64, f64) = (0.84, 0.33);

/// The forty-eighth held-out set: written blind while rounds 34 and 35 were written, frozen
/// (5161127), merged after round 35 was frozen (57748cf; 25a0feb only split a function) and scored
/// once: 8 of 9 candidates right and all 7 events found, the first blind set above the 85% /
/// 85% (a small one).
pub(crate) const HELD_OUT_48_LEVEL: (f64, f64) = (0.88, 0.99);
