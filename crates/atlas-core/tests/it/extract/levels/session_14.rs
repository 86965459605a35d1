//! Floors of held-out sets 121 to 156, written blind in session 14 (rounds 54 to 62).

/// The hundred-and-twenty-first held-out set: written blind while round 54 was written, frozen
/// (9615d29), merged after the round was frozen (ff9d8be) and scored once: 14 of 15 candidates
/// right, 14 of 16 events found.
pub(crate) const HELD_OUT_121_LEVEL: (f64, f64) = (0.93, 0.87);

/// The hundred-and-twenty-second held-out set: as the hundred-and-twenty-first, frozen (a243dcd),
/// scored once against round 54: 8 of 9 candidates right, 8 of 12 events found.
pub(crate) const HELD_OUT_122_LEVEL: (f64, f64) = (0.88, 0.66);

/// The hundred-and-twenty-third held-out set: as the hundred-and-twenty-first, frozen (793ae3c),
/// scored once against round 54: 9 of 17 candidates right, 9 of 20 events found.
pub(crate) const HELD_OUT_123_LEVEL: (f64, f64) = (0.52, 0.44);

/// The hundred-and-twenty-fourth held-out set: as the hundred-and-twenty-first, frozen (b02911c),
/// scored once against round 54: 15 of 15 candidates right, 14 of 15 events found.
pub(crate) const HELD_OUT_124_LEVEL: (f64, f64) = (0.99, 0.93);

/// The hundred-and-twenty-fifth held-out set: written blind while round 55 was written, frozen
/// (c434891), merged after the round was frozen (119890b) and scored once: 18 of 20 candidates
/// right, 17 of 20 events found.
pub(crate) const HELD_OUT_125_LEVEL: (f64, f64) = (0.89, 0.84);

/// The hundred-and-twenty-sixth held-out set: as the hundred-and-twenty-fifth, frozen (9bf2ae5),
/// scored once against round 55: 10 of 12 candidates right, 10 of 15 events found.
pub(crate) const HELD_OUT_126_LEVEL: (f64, f64) = (0.83, 0.66);

/// The hundred-and-twenty-seventh held-out set: as the hundred-and-twenty-fifth, frozen (8d04196),
/// scored once against round 55: 16 of 19 candidates right, 15 of 20 events found.
pub(crate) const HELD_OUT_127_LEVEL: (f64, f64) = (0.84, 0.74);

/// The hundred-and-twenty-eighth held-out set: as the hundred-and-twenty-fifth, frozen (3baa516),
/// scored once against round 55: 11 of 12 candidates right, 9 of 14 events found.
pub(crate) const HELD_OUT_128_LEVEL: (f64, f64) = (0.91, 0.64);

/// The hundred-and-twenty-ninth held-out set: written blind while round 56 was written, frozen
/// (1d12125), merged after the round was frozen (0ab085f) and scored once: 10 of 11 candidates
/// right, 10 of 15 events found.
pub(crate) const HELD_OUT_129_LEVEL: (f64, f64) = (0.90, 0.66);

/// The hundred-and-thirtieth held-out set: as the hundred-and-twenty-ninth, frozen (472e435),
/// scored once against round 56: 12 of 13 candidates right, 10 of 15 events found.
pub(crate) const HELD_OUT_130_LEVEL: (f64, f64) = (0.92, 0.66);

/// The hundred-and-thirty-first held-out set: as the hundred-and-twenty-ninth, frozen (014e6aa),
/// scored once against round 56: 18 of 21 candidates right, 13 of 16 events found.
pub(crate) const HELD_OUT_131_LEVEL: (f64, f64) = (0.85, 0.81);

/// The hundred-and-thirty-second held-out set: as the hundred-and-twenty-ninth, frozen (5ac6c39),
/// scored once against round 56: 7 of 9 candidates right, 6 of 11 events found.
pub(crate) const HELD_OUT_132_LEVEL: (f64, f64) = (0.77, 0.54);

/// The hundred-and-thirty-third held-out set: written blind while round 57 was written, frozen
/// (c9e2270), merged after the round was frozen (4f9eca5) and scored once: 20 of 26 candidates
/// right, 19 of 24 events found.
pub(crate) const HELD_OUT_133_LEVEL: (f64, f64) = (0.76, 0.79);

/// The hundred-and-thirty-fourth held-out set: as the hundred-and-thirty-third, frozen (6af1a6e),
/// scored once against round 57: 8 of 10 candidates right, 7 of 12 events found.
pub(crate) const HELD_OUT_134_LEVEL: (f64, f64) = (0.79, 0.58);

/// The hundred-and-thirty-fifth held-out set: as the hundred-and-thirty-third, frozen (c273f4d),
/// scored once against round 57: 12 of 13 candidates right, 11 of 13 events found.
pub(crate) const HELD_OUT_135_LEVEL: (f64, f64) = (0.92, 0.84);

/// The hundred-and-thirty-sixth held-out set: as the hundred-and-thirty-third, frozen (ba47209),
/// scored once against round 57: 9 of 9 candidates right, 9 of 10 events found.
pub(crate) const HELD_OUT_136_LEVEL: (f64, f64) = (0.99, 0.89);

/// The hundred-and-thirty-seventh held-out set: written blind while round 58 was written, frozen
/// (ebba5b6), merged after the round was frozen (91cd2d7) and scored once: 17 of 20 candidates
/// right, 17 of 18 events found.
pub(crate) const HELD_OUT_137_LEVEL: (f64, f64) = (0.84, 0.94);

/// The hundred-and-thirty-eighth held-out set: as the hundred-and-thirty-seventh, frozen
/// (ca9203d), scored once against round 58: 8 of 11 candidates right, 8 of 11 events found.
pub(crate) const HELD_OUT_138_LEVEL: (f64, f64) = (0.72, 0.72);

/// The hundred-and-thirty-ninth held-out set: as the hundred-and-thirty-seventh, frozen (6de62eb),
/// scored once against round 58: 12 of 16 candidates right, 10 of 17 events found.
pub(crate) const HELD_OUT_139_LEVEL: (f64, f64) = (0.74, 0.58);

/// The hundred-and-fortieth held-out set: as the hundred-and-thirty-seventh, frozen (a2bc05d),
/// scored once against round 58: 10 of 16 candidates right, 10 of 14 events found.
pub(crate) const HELD_OUT_140_LEVEL: (f64, f64) = (0.62, 0.71);

/// The hundred-and-forty-first held-out set: written blind while round 59 was written, frozen
/// (5202b47), merged after the round was frozen (34c5989) and scored once: 18 of 21 candidates
/// right, 15 of 20 events found.
pub(crate) const HELD_OUT_141_LEVEL: (f64, f64) = (0.85, 0.74);

/// The hundred-and-forty-second held-out set: as the hundred-and-forty-first, frozen (c49c390),
/// scored once against round 59: 8 of 8 candidates right, 8 of 15 events found.
pub(crate) const HELD_OUT_142_LEVEL: (f64, f64) = (0.99, 0.53);

/// The hundred-and-forty-third held-out set: as the hundred-and-forty-first, frozen (1238f17),
/// scored once against round 59: 15 of 16 candidates right, 15 of 15 events found.
pub(crate) const HELD_OUT_143_LEVEL: (f64, f64) = (0.93, 0.99);

/// The hundred-and-forty-fourth held-out set: as the hundred-and-forty-first, frozen (f59ffb5),
/// scored once against round 59: 6 of 9 candidates right, 6 of 16 events found.
pub(crate) const HELD_OUT_144_LEVEL: (f64, f64) = (0.66, 0.37);

/// The hundred-and-forty-fifth held-out set: written blind while round 60 was written, frozen
/// (2d0546a), merged after the round was frozen (482f32a) and scored once: 9 of 13 candidates
/// right, 9 of 13 events found.
pub(crate) const HELD_OUT_145_LEVEL: (f64, f64) = (0.69, 0.69);

/// The hundred-and-forty-sixth held-out set: as the hundred-and-forty-fifth, frozen (ecd51e8),
/// scored once against round 60: 7 of 9 candidates right, 6 of 16 events found.
pub(crate) const HELD_OUT_146_LEVEL: (f64, f64) = (0.77, 0.37);

/// The hundred-and-forty-seventh held-out set: as the hundred-and-forty-fifth, frozen (7f09457),
/// scored once against round 60: 17 of 18 candidates right, 15 of 17 events found.
pub(crate) const HELD_OUT_147_LEVEL: (f64, f64) = (0.94, 0.88);

/// The hundred-and-forty-eighth held-out set: as the hundred-and-forty-fifth, frozen (e02cf4e),
/// scored once against round 60: 10 of 13 candidates right, 10 of 14 events found.
pub(crate) const HELD_OUT_148_LEVEL: (f64, f64) = (0.76, 0.71);

/// The hundred-and-forty-ninth held-out set: written blind while round 61 was written, frozen
/// (133e49b), merged after the round was frozen (39025c4) and scored once: 14 of 17 candidates
/// right, 14 of 14 events found.
pub(crate) const HELD_OUT_149_LEVEL: (f64, f64) = (0.82, 0.99);

/// The hundred-and-fiftieth held-out set: as the hundred-and-forty-ninth, frozen (561f96c), scored
/// once against round 61: 9 of 10 candidates right, 10 of 13 events found.
pub(crate) const HELD_OUT_150_LEVEL: (f64, f64) = (0.89, 0.76);

/// The hundred-and-fifty-first held-out set: as the hundred-and-forty-ninth, frozen (9a68934),
/// scored once against round 61: 10 of 13 candidates right, 10 of 13 events found.
pub(crate) const HELD_OUT_151_LEVEL: (f64, f64) = (0.76, 0.76);

/// The hundred-and-fifty-second held-out set: as the hundred-and-forty-ninth, frozen (91b5ea9),
/// scored once against round 61: 11 of 13 candidates right, 10 of 14 events found.
pub(crate) const HELD_OUT_152_LEVEL: (f64, f64) = (0.84, 0.71);

/// The hundred-and-fifty-third held-out set: written blind while round 62 was written, frozen
/// (71cc6db), merged after the round was frozen (ba0433a) and scored once: 11 of 15 candidates
/// right, 11 of 13 events found.
pub(crate) const HELD_OUT_153_LEVEL: (f64, f64) = (0.73, 0.84);

/// The hundred-and-fifty-fourth held-out set: as the hundred-and-fifty-third, frozen (313651a),
/// scored once against round 62: 6 of 7 candidates right, 6 of 14 events found.
pub(crate) const HELD_OUT_154_LEVEL: (f64, f64) = (0.85, 0.42);

/// The hundred-and-fifty-fifth held-out set: as the hundred-and-fifty-third, frozen (b22485d),
/// scored once against round 62: 5 of 9 candidates right, 5 of 14 events found.
pub(crate) const HELD_OUT_155_LEVEL: (f64, f64) = (0.55, 0.35);

/// The hundred-and-fifty-sixth held-out set: as the hundred-and-fifty-third, frozen (9fd4ce9),
/// scored once against round 62: 11 of 11 candidates right, 10 of 14 events found.
pub(crate) const HELD_OUT_156_LEVEL: (f64, f64) = (0.99, 0.71);
