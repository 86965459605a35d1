//! Floors of held-out sets 85 to 120, written blind in session 13 (rounds 45 to 53).

/// The eighty-fifth held-out set: written blind while round 45 was written, frozen (7588a00),
/// merged after the round was frozen (12dad4b) and scored once: 10 of 16 candidates right, 9 of 11
/// events found.
pub(crate) const HELD_OUT_85_LEVEL: (f64, f64) = (0.62, 0.81);

/// The eighty-sixth held-out set: as the eighty-fifth, frozen (8c83008), scored once against round
/// 45: 12 of 15 candidates right, 12 of 18 events found.
pub(crate) const HELD_OUT_86_LEVEL: (f64, f64) = (0.79, 0.66);

/// The eighty-seventh held-out set: as the eighty-fifth, frozen (ee18225), scored once against
/// round 45: 13 of 14 candidates right, 14 of 19 events found.
pub(crate) const HELD_OUT_87_LEVEL: (f64, f64) = (0.92, 0.73);

/// The eighty-eighth held-out set: as the eighty-fifth, frozen (8b2c9fe), scored once against
/// round 45: 8 of 15 candidates right, 8 of 14 events found.
pub(crate) const HELD_OUT_88_LEVEL: (f64, f64) = (0.53, 0.57);

/// The eighty-ninth held-out set: written blind while round 46 was written, frozen (43f525e),
/// merged after the round was frozen (bcff414) and scored once: 14 of 17 candidates right, 14 of
/// 19 events found.
pub(crate) const HELD_OUT_89_LEVEL: (f64, f64) = (0.82, 0.73);

/// The ninetieth held-out set: as the eighty-ninth, frozen (20c1a84), scored once against round
/// 46: 8 of 14 candidates right, 8 of 16 events found.
pub(crate) const HELD_OUT_90_LEVEL: (f64, f64) = (0.57, 0.49);

/// The ninety-first held-out set: as the eighty-ninth, frozen (bc62a55), scored once against round
/// 46: 12 of 15 candidates right, 13 of 20 events found.
pub(crate) const HELD_OUT_91_LEVEL: (f64, f64) = (0.79, 0.64);

/// The ninety-second held-out set: as the eighty-ninth, frozen (90b63b6), scored once against
/// round 46: 14 of 18 candidates right, 14 of 22 events found.
pub(crate) const HELD_OUT_92_LEVEL: (f64, f64) = (0.77, 0.63);

/// The ninety-third held-out set: written blind while round 47 was written, frozen (d4a771c),
/// merged after the round was frozen (920b3bb; 0abcea9 changes no behaviour) and scored once: 17
/// of 23 candidates right, 17 of 19 events found.
pub(crate) const HELD_OUT_93_LEVEL: (f64, f64) = (0.73, 0.89);

/// The ninety-fourth held-out set: as the ninety-third, frozen (f227e07), scored once against round
/// 47: 7 of 12 candidates right, 7 of 13 events found.
pub(crate) const HELD_OUT_94_LEVEL: (f64, f64) = (0.58, 0.53);

/// The ninety-fifth held-out set: as the ninety-third, frozen (49a74d9), scored once against round
/// 47: 16 of 17 candidates right, 16 of 22 events found.
pub(crate) const HELD_OUT_95_LEVEL: (f64, f64) = (0.94, 0.72);

/// The ninety-sixth held-out set: as the ninety-third, frozen (4b68c95), scored once against round
/// 47: 11 of 16 candidates right, 10 of 18 events found.
pub(crate) const HELD_OUT_96_LEVEL: (f64, f64) = (0.68, 0.55);

/// The ninety-seventh held-out set: written blind while round 48 was written, frozen (bd188e2),
/// merged after the round was frozen (21c3988) and scored once: 22 of 26 candidates right, 22 of 23
/// events found.
pub(crate) const HELD_OUT_97_LEVEL: (f64, f64) = (0.84, 0.95);

/// The ninety-eighth held-out set: as the ninety-seventh, frozen (4922434), scored once against
/// round 48: 8 of 10 candidates right, 8 of 14 events found.
pub(crate) const HELD_OUT_98_LEVEL: (f64, f64) = (0.79, 0.57);

/// The ninety-ninth held-out set: as the ninety-seventh, frozen (9582ee5), scored once against
/// round 48: 14 of 17 candidates right, 12 of 19 events found.
pub(crate) const HELD_OUT_99_LEVEL: (f64, f64) = (0.82, 0.63);

/// The hundredth held-out set: as the ninety-seventh, frozen (2f9835a), scored once against round
/// 48: 6 of 12 candidates right, 5 of 20 events found.
pub(crate) const HELD_OUT_100_LEVEL: (f64, f64) = (0.49, 0.24);

/// The hundred-and-first held-out set: written blind while round 49 was written, frozen (319b9c4),
/// merged after the round was frozen (7136580) and scored once: 13 of 13 candidates right, 11 of 19
/// events found.
pub(crate) const HELD_OUT_101_LEVEL: (f64, f64) = (0.99, 0.57);

/// The hundred-and-second held-out set: as the hundred-and-first, frozen (ff20539), scored once
/// against round 49: 10 of 16 candidates right, 10 of 17 events found.
pub(crate) const HELD_OUT_102_LEVEL: (f64, f64) = (0.62, 0.58);

/// The hundred-and-third held-out set: as the hundred-and-first, frozen (076520a), scored once
/// against round 49: 9 of 14 candidates right, 8 of 21 events found.
pub(crate) const HELD_OUT_103_LEVEL: (f64, f64) = (0.64, 0.38);

/// The hundred-and-fourth held-out set: as the hundred-and-first, frozen (9dfdbaf), scored once
/// against round 49: 12 of 14 candidates right, 13 of 18 events found.
pub(crate) const HELD_OUT_104_LEVEL: (f64, f64) = (0.85, 0.72);

/// The hundred-and-fifth held-out set: written blind while round 50 was written, frozen (7ec775c),
/// merged after the round was frozen (e2eb886) and scored once: 13 of 16 candidates right, 13 of 17
/// events found.
pub(crate) const HELD_OUT_105_LEVEL: (f64, f64) = (0.81, 0.76);

/// The hundred-and-sixth held-out set: as the hundred-and-fifth, frozen (a396ea1), scored once
/// against round 50: 10 of 13 candidates right, 9 of 15 events found.
pub(crate) const HELD_OUT_106_LEVEL: (f64, f64) = (0.76, 0.59);

/// The hundred-and-seventh held-out set: as the hundred-and-fifth, frozen (45c4dcd), scored once
/// against round 50: 16 of 18 candidates right, 16 of 16 events found.
pub(crate) const HELD_OUT_107_LEVEL: (f64, f64) = (0.88, 0.99);

/// The hundred-and-eighth held-out set: as the hundred-and-fifth, frozen (9dbc537), scored once
/// against round 50: 10 of 10 candidates right, 10 of 12 events found.
pub(crate) const HELD_OUT_108_LEVEL: (f64, f64) = (0.99, 0.83);

/// The hundred-and-ninth held-out set: written blind while round 51 was written, frozen (86bf471),
/// merged after the round was frozen (959829a) and scored once: 16 of 21 candidates right, 13 of 18
/// events found.
pub(crate) const HELD_OUT_109_LEVEL: (f64, f64) = (0.76, 0.72);

/// The hundred-and-tenth held-out set: as the hundred-and-ninth, frozen (6658a36), scored once
/// against round 51: 11 of 12 candidates right, 11 of 16 events found.
pub(crate) const HELD_OUT_110_LEVEL: (f64, f64) = (0.91, 0.68);

/// The hundred-and-eleventh held-out set: as the hundred-and-ninth, frozen (4f723a0), scored once
/// against round 51: 15 of 19 candidates right, 15 of 16 events found.
pub(crate) const HELD_OUT_111_LEVEL: (f64, f64) = (0.78, 0.93);

/// The hundred-and-twelfth held-out set: as the hundred-and-ninth, frozen (921b6e4), scored once
/// against round 51: 7 of 8 candidates right, 7 of 11 events found.
pub(crate) const HELD_OUT_112_LEVEL: (f64, f64) = (0.87, 0.63);

/// The hundred-and-thirteenth held-out set: written blind while round 52 was written, frozen
/// (67921f3), merged after the round was frozen (0c6cc14) and scored once: 17 of 20 candidates
/// right, 16 of 16 events found.
pub(crate) const HELD_OUT_113_LEVEL: (f64, f64) = (0.84, 0.99);

/// The hundred-and-fourteenth held-out set: as the hundred-and-thirteenth, frozen (ebd4681),
/// scored once against round 52: 10 of 12 candidates right, 10 of 14 events found.
pub(crate) const HELD_OUT_114_LEVEL: (f64, f64) = (0.83, 0.71);

/// The hundred-and-fifteenth held-out set: as the hundred-and-thirteenth, frozen (ab7d3cb), scored
/// once against round 52: 17 of 19 candidates right, 16 of 18 events found.
pub(crate) const HELD_OUT_115_LEVEL: (f64, f64) = (0.89, 0.88);

/// The hundred-and-sixteenth held-out set: as the hundred-and-thirteenth, frozen (541fab0), scored
/// once against round 52: 7 of 8 candidates right, 6 of 8 events found.
pub(crate) const HELD_OUT_116_LEVEL: (f64, f64) = (0.87, 0.74);

/// The hundred-and-seventeenth held-out set: written blind while round 53 was written, frozen
/// (b5594c0), merged after the round was frozen (9f145c8) and scored once: 10 of 13 candidates
/// right, 9 of 12 events found.
pub(crate) const HELD_OUT_117_LEVEL: (f64, f64) = (0.76, 0.74);

/// The hundred-and-eighteenth held-out set: as the hundred-and-seventeenth, frozen (2c64855),
/// scored once against round 53: 5 of 12 candidates right, 6 of 10 events found.
pub(crate) const HELD_OUT_118_LEVEL: (f64, f64) = (0.41, 0.59);

/// The hundred-and-nineteenth held-out set: as the hundred-and-seventeenth, frozen (deca056),
/// scored once against round 53: 13 of 15 candidates right, 11 of 15 events found.
pub(crate) const HELD_OUT_119_LEVEL: (f64, f64) = (0.86, 0.73);

/// The hundred-and-twentieth held-out set: as the hundred-and-seventeenth, frozen (af199d3),
/// scored once against round 53: 8 of 10 candidates right, 7 of 9 events found.
pub(crate) const HELD_OUT_120_LEVEL: (f64, f64) = (0.79, 0.77);
