//! Floors of held-out sets 49 to 84, written blind in session 12 (rounds 36 to 44).

/// The forty-ninth held-out set: written blind while round 36 was written, frozen (024d949),
/// merged after the round was frozen (4b657bd) and scored once: 10 of 11 candidates right, 10 of
/// 29 events found.
pub(crate) const HELD_OUT_49_LEVEL: (f64, f64) = (0.90, 0.34);

/// The fiftieth held-out set: as the forty-ninth, frozen (054cc7f), scored once against round 36:
/// 18 of 20 candidates right, 18 of 21 events found, above the 85% / 85%.
pub(crate) const HELD_OUT_50_LEVEL: (f64, f64) = (0.89, 0.85);

/// The fifty-first held-out set: as the forty-ninth, frozen (b84727c), scored once against round
/// 36: 16 of 27 candidates right, 14 of 33 events found.
pub(crate) const HELD_OUT_51_LEVEL: (f64, f64) = (0.59, 0.42);

/// The fifty-second held-out set: as the forty-ninth, frozen (252280a), scored once against round
/// 36: 14 of 23 candidates right, 14 of 23 events found.
pub(crate) const HELD_OUT_52_LEVEL: (f64, f64) = (0.60, 0.60);

/// The fifty-third held-out set: written blind while round 37 was written, frozen (f51367e),
/// merged after the round was frozen (8e1e23c) and scored once: 14 of 22 candidates right, 12 of
/// 24 events found.
pub(crate) const HELD_OUT_53_LEVEL: (f64, f64) = (0.63, 0.49);

/// The fifty-fourth held-out set: as the fifty-third, frozen (592d00d), scored once against round
/// 37: 12 of 21 candidates right, 11 of 24 events found.
pub(crate) const HELD_OUT_54_LEVEL: (f64, f64) = (0.57, 0.45);

/// The fifty-fifth held-out set: as the fifty-third, frozen (4caccd7), scored once against round
/// 37: 8 of 21 candidates right, 8 of 25 events found.
pub(crate) const HELD_OUT_55_LEVEL: (f64, f64) = (0.38, 0.31);

/// The fifty-sixth held-out set: as the fifty-third, frozen (a4c0976), scored once against round
/// 37: 17 of 19 candidates right, 18 of 26 events found.
pub(crate) const HELD_OUT_56_LEVEL: (f64, f64) = (0.89, 0.69);

/// The fifty-seventh held-out set: written blind while round 38 was written, frozen (a22b98f),
/// merged after the round was frozen (f82fc52) and scored once: 11 of 18 candidates right, 12 of
/// 24 events found.
pub(crate) const HELD_OUT_57_LEVEL: (f64, f64) = (0.61, 0.49);

/// The fifty-eighth held-out set: as the fifty-seventh, frozen (33a933b), scored once against
/// round 38: 11 of 15 candidates right, 12 of 17 events found.
pub(crate) const HELD_OUT_58_LEVEL: (f64, f64) = (0.73, 0.70);

/// The fifty-ninth held-out set: as the fifty-seventh, frozen (a6215e9), scored once against round
/// 38: 9 of 12 candidates right, 8 of 16 events found.
pub(crate) const HELD_OUT_59_LEVEL: (f64, f64) = (0.74, 0.49);

/// The sixtieth held-out set: as the fifty-seventh, frozen (8c2fb7a), scored once against round
/// 38: 16 of 25 candidates right, 16 of 23 events found.
pub(crate) const HELD_OUT_60_LEVEL: (f64, f64) = (0.63, 0.69);

/// The sixty-first held-out set: written blind while round 39 was written, frozen (880a4dc),
/// merged after the round was frozen (ab97d48) and scored once: 10 of 15 candidates right, 9 of 19
/// events found.
pub(crate) const HELD_OUT_61_LEVEL: (f64, f64) = (0.66, 0.47);

/// The sixty-second held-out set: as the sixty-first, frozen (d93d5a0), scored once against round
/// 39: 10 of 15 candidates right, 10 of 23 events found.
pub(crate) const HELD_OUT_62_LEVEL: (f64, f64) = (0.66, 0.43);

/// The sixty-third held-out set: as the sixty-first, frozen (7c0d591), scored once against round
/// 39: 16 of 20 candidates right, 15 of 21 events found.
pub(crate) const HELD_OUT_63_LEVEL: (f64, f64) = (0.79, 0.71);

/// The sixty-fourth held-out set: as the sixty-first, frozen (617f2b2), scored once against round
/// 39: 14 of 18 candidates right, 13 of 19 events found.
pub(crate) const HELD_OUT_64_LEVEL: (f64, f64) = (0.77, 0.68);

/// The sixty-fifth held-out set: written blind while round 40 was written, frozen (b46ddd1),
/// merged after the round was frozen (00ed3a9) and scored once: 12 of 12 candidates right, 12 of
/// 17 events found.
pub(crate) const HELD_OUT_65_LEVEL: (f64, f64) = (0.99, 0.70);

/// The sixty-sixth held-out set: as the sixty-fifth, frozen (5de42fd), scored once against round
/// 40: 12 of 18 candidates right, 11 of 15 events found.
pub(crate) const HELD_OUT_66_LEVEL: (f64, f64) = (0.66, 0.73);

/// The sixty-seventh held-out set: as the sixty-fifth, frozen (2aa31fb), scored once against round
/// 40: 10 of 14 candidates right, 9 of 17 events found.
pub(crate) const HELD_OUT_67_LEVEL: (f64, f64) = (0.71, 0.52);

/// The sixty-eighth held-out set: as the sixty-fifth, frozen (368d2c3), scored once against round
/// 40: 15 of 21 candidates right, 16 of 26 events found.
pub(crate) const HELD_OUT_68_LEVEL: (f64, f64) = (0.71, 0.61);

/// The sixty-ninth held-out set: written blind while round 41 was written, frozen (7996d61),
/// merged after the round was frozen (04359ce) and scored once: 15 of 17 candidates right, 15 of
/// 20 events found.
pub(crate) const HELD_OUT_69_LEVEL: (f64, f64) = (0.88, 0.74);

/// The seventieth held-out set: as the sixty-ninth, frozen (3e08dcb), scored once against round
/// 41: 12 of 13 candidates right, 12 of 19 events found.
pub(crate) const HELD_OUT_70_LEVEL: (f64, f64) = (0.92, 0.63);

/// The seventy-first held-out set: as the sixty-ninth, frozen (a4cad58), scored once against round
/// 41: 11 of 14 candidates right, 11 of 16 events found.
pub(crate) const HELD_OUT_71_LEVEL: (f64, f64) = (0.78, 0.68);

/// The seventy-second held-out set: as the sixty-ninth, frozen (c375ebf), scored once against
/// round 41: 14 of 17 candidates right, 13 of 20 events found.
pub(crate) const HELD_OUT_72_LEVEL: (f64, f64) = (0.82, 0.64);

/// The seventy-third held-out set: written blind while round 42 was written, frozen (bc4ecaa),
/// merged after the round was frozen (34f9586) and scored once: 8 of 9 candidates right, 7 of 11
/// events found.
pub(crate) const HELD_OUT_73_LEVEL: (f64, f64) = (0.88, 0.63);

/// The seventy-fourth held-out set: as the seventy-third, frozen (8114d16), scored once against
/// round 42: 15 of 18 candidates right, 15 of 17 events found.
pub(crate) const HELD_OUT_74_LEVEL: (f64, f64) = (0.83, 0.88);

/// The seventy-fifth held-out set: as the seventy-third, frozen (ebdb5ed), scored once against
/// round 42: 14 of 18 candidates right, 12 of 20 events found.
pub(crate) const HELD_OUT_75_LEVEL: (f64, f64) = (0.77, 0.59);

/// The seventy-sixth held-out set: as the seventy-third, frozen (8d0ab64), scored once against
/// round 42: 13 of 19 candidates right, 13 of 19 events found.
pub(crate) const HELD_OUT_76_LEVEL: (f64, f64) = (0.68, 0.68);

/// The seventy-seventh held-out set: written blind while round 43 was written, frozen (1460cc3),
/// merged after the round was frozen (48d684c) and scored once: 16 of 21 candidates right, 12 of
/// 14 events found.
pub(crate) const HELD_OUT_77_LEVEL: (f64, f64) = (0.76, 0.85);

/// The seventy-eighth held-out set: as the seventy-seventh, frozen (085abc3), scored once against
/// round 43: 7 of 9 candidates right, 6 of 14 events found.
pub(crate) const HELD_OUT_78_LEVEL: (f64, f64) = (0.77, 0.42);

/// The seventy-ninth held-out set: as the seventy-seventh, frozen (60cb73e), scored once against
/// round 43: 10 of 13 candidates right, 10 of 19 events found.
pub(crate) const HELD_OUT_79_LEVEL: (f64, f64) = (0.76, 0.52);

/// The eightieth held-out set: as the seventy-seventh, frozen (733e7a1), scored once against round
/// 43: 11 of 12 candidates right, 11 of 16 events found.
pub(crate) const HELD_OUT_80_LEVEL: (f64, f64) = (0.91, 0.68);

/// The eighty-first held-out set: written blind while round 44 was written, frozen (dbf26fe),
/// merged after the round was frozen (88220f4) and scored once: 8 of 12 candidates right, 8 of 12
/// events found.
pub(crate) const HELD_OUT_81_LEVEL: (f64, f64) = (0.66, 0.66);

/// The eighty-second held-out set: as the eighty-first, frozen (d33693e), scored once against
/// round 44: 6 of 7 candidates right, 6 of 13 events found.
pub(crate) const HELD_OUT_82_LEVEL: (f64, f64) = (0.85, 0.46);

/// The eighty-third held-out set: as the eighty-first, frozen (769084e), scored once against round
/// 44: 4 of 7 candidates right, 4 of 10 events found.
pub(crate) const HELD_OUT_83_LEVEL: (f64, f64) = (0.57, 0.39);

/// The eighty-fourth held-out set: as the eighty-first, frozen (c558efc), scored once against
/// round 44: 9 of 11 candidates right, 9 of 12 events found.
pub(crate) const HELD_OUT_84_LEVEL: (f64, f64) = (0.81, 0.74);
