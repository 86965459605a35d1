//! Floors of the held-out sets of session 15 (the hundred-and-fifty-seventh on), each written
//! blind by a helper in a worktree cut from e36c3fb, frozen, merged only after the round it is
//! scored against was committed, and scored once.

/// The hundred-and-fifty-seventh held-out set: written blind while round 63 was written, frozen
/// (1abbd3e), merged after the round was frozen (88a044c) and scored once: 15 of 21 candidates
/// right, 12 of 19 events found.
pub(crate) const HELD_OUT_157_LEVEL: (f64, f64) = (0.71, 0.63);

/// The hundred-and-fifty-eighth held-out set: as the hundred-and-fifty-seventh, frozen (8d825cd),
/// scored once against round 63: 15 of 17 candidates right, 15 of 18 events found.
pub(crate) const HELD_OUT_158_LEVEL: (f64, f64) = (0.88, 0.83);

/// The hundred-and-fifty-ninth held-out set: as the hundred-and-fifty-seventh, frozen (c09af46),
/// scored once against round 63: 19 of 23 candidates right, 17 of 22 events found.
pub(crate) const HELD_OUT_159_LEVEL: (f64, f64) = (0.82, 0.77);

/// The hundred-and-sixtieth held-out set: as the hundred-and-fifty-seventh, frozen (6548ceb),
/// scored once against round 63: 12 of 13 candidates right, 12 of 21 events found.
pub(crate) const HELD_OUT_160_LEVEL: (f64, f64) = (0.92, 0.57);

/// The hundred-and-sixty-first held-out set: written blind while round 64 was written, frozen
/// (742ee31), merged after the round was frozen (7847bc2) and scored once: 23 of 25 candidates
/// right, 22 of 25 events found.
pub(crate) const HELD_OUT_161_LEVEL: (f64, f64) = (0.91, 0.87);

/// The hundred-and-sixty-second held-out set: as the hundred-and-sixty-first, frozen (88ccae2),
/// scored once against round 64: 12 of 19 candidates right, 12 of 16 events found.
pub(crate) const HELD_OUT_162_LEVEL: (f64, f64) = (0.63, 0.74);

/// The hundred-and-sixty-third held-out set: as the hundred-and-sixty-first, frozen (787050b),
/// scored once against round 64: 24 of 28 candidates right, 22 of 29 events found.
pub(crate) const HELD_OUT_163_LEVEL: (f64, f64) = (0.85, 0.75);

/// The hundred-and-sixty-fourth held-out set: as the hundred-and-sixty-first, frozen (6c0b2cc),
/// scored once against round 64: 10 of 17 candidates right, 10 of 27 events found.
pub(crate) const HELD_OUT_164_LEVEL: (f64, f64) = (0.58, 0.37);

/// The hundred-and-sixty-fifth held-out set: written blind while round 65 was written, frozen
/// (0d3b353), merged after the round was frozen (541e7e0) and scored once: 22 of 24 candidates
/// right, 20 of 21 events found.
pub(crate) const HELD_OUT_165_LEVEL: (f64, f64) = (0.91, 0.95);

/// The hundred-and-sixty-sixth held-out set: as the hundred-and-sixty-fifth, frozen (34e25bf),
/// scored once against round 65: 13 of 17 candidates right, 12 of 18 events found.
pub(crate) const HELD_OUT_166_LEVEL: (f64, f64) = (0.76, 0.66);

/// The hundred-and-sixty-seventh held-out set: as the hundred-and-sixty-fifth, frozen (820a66c),
/// scored once against round 65: 17 of 27 candidates right, 16 of 25 events found.
pub(crate) const HELD_OUT_167_LEVEL: (f64, f64) = (0.62, 0.63);

/// The hundred-and-sixty-eighth held-out set: as the hundred-and-sixty-fifth, frozen (cb480ca),
/// scored once against round 65: 16 of 21 candidates right, 16 of 25 events found.
pub(crate) const HELD_OUT_168_LEVEL: (f64, f64) = (0.76, 0.63);

/// The hundred-and-sixty-ninth held-out set: written blind while round 66 was written, frozen
/// (dcf456b), merged after the round was frozen (6f20612) and scored once: 16 of 16 candidates
/// right, 16 of 24 events found.
pub(crate) const HELD_OUT_169_LEVEL: (f64, f64) = (0.99, 0.66);

/// The hundred-and-seventieth held-out set: as the hundred-and-sixty-ninth, frozen (7a5e005),
/// scored once against round 66: 10 of 10 candidates right, 10 of 13 events found.
pub(crate) const HELD_OUT_170_LEVEL: (f64, f64) = (0.99, 0.76);

/// The hundred-and-seventy-first held-out set: as the hundred-and-sixty-ninth, frozen (1126a10),
/// scored once against round 66: 12 of 17 candidates right, 11 of 19 events found.
pub(crate) const HELD_OUT_171_LEVEL: (f64, f64) = (0.70, 0.57);

/// The hundred-and-seventy-second held-out set: as the hundred-and-sixty-ninth, frozen (5d7249f),
/// scored once against round 66: 10 of 11 candidates right, 10 of 15 events found.
pub(crate) const HELD_OUT_172_LEVEL: (f64, f64) = (0.90, 0.66);

/// The hundred-and-seventy-third held-out set: written blind while round 67 was written, frozen
/// (2e0e97c), merged after the round was frozen (1ed5e1a) and scored once: 15 of 16 candidates
/// right, 14 of 20 events found.
pub(crate) const HELD_OUT_173_LEVEL: (f64, f64) = (0.93, 0.69);

/// The hundred-and-seventy-fourth held-out set: as the hundred-and-seventy-third, frozen
/// (011aef7), scored once against round 67: 14 of 14 candidates right, 12 of 14 events found.
pub(crate) const HELD_OUT_174_LEVEL: (f64, f64) = (0.99, 0.85);

/// The hundred-and-seventy-fifth held-out set: as the hundred-and-seventy-third, frozen
/// (7bee0a8), scored once against round 67: 22 of 26 candidates right, 20 of 20 events found.
pub(crate) const HELD_OUT_175_LEVEL: (f64, f64) = (0.84, 0.99);

/// The hundred-and-seventy-sixth held-out set: as the hundred-and-seventy-third, frozen
/// (c3afb56), scored once against round 67: 15 of 18 candidates right, 14 of 22 events found.
pub(crate) const HELD_OUT_176_LEVEL: (f64, f64) = (0.83, 0.63);

/// The hundred-and-seventy-seventh held-out set: written blind while round 68 was written, frozen
/// (3bb64cb), merged after the round was frozen (baf3f9f) and scored once: 10 of 12 candidates
/// right, 10 of 15 events found.
pub(crate) const HELD_OUT_177_LEVEL: (f64, f64) = (0.83, 0.66);

/// The hundred-and-seventy-eighth held-out set: as the hundred-and-seventy-seventh, frozen
/// (825ac60), scored once against round 68: 14 of 16 candidates right, 14 of 16 events found.
pub(crate) const HELD_OUT_178_LEVEL: (f64, f64) = (0.87, 0.87);

/// The hundred-and-seventy-ninth held-out set: as the hundred-and-seventy-seventh, frozen
/// (5b1679f), scored once against round 68: 14 of 17 candidates right, 12 of 15 events found.
pub(crate) const HELD_OUT_179_LEVEL: (f64, f64) = (0.82, 0.79);

/// The hundred-and-eightieth held-out set: as the hundred-and-seventy-seventh, frozen (3c761fa),
/// scored once against round 68: 15 of 16 candidates right, 15 of 17 events found.
pub(crate) const HELD_OUT_180_LEVEL: (f64, f64) = (0.93, 0.88);

/// The hundred-and-eighty-first held-out set: written blind while round 69 was written, frozen
/// (4903be3), merged after the round was frozen (9e02b83) and scored once: 18 of 21 candidates
/// right, 16 of 19 events found.
pub(crate) const HELD_OUT_181_LEVEL: (f64, f64) = (0.85, 0.84);

/// The hundred-and-eighty-second held-out set: as the hundred-and-eighty-first, frozen (3e93d30),
/// scored once against round 69: 4 of 7 candidates right, 3 of 13 events found.
pub(crate) const HELD_OUT_182_LEVEL: (f64, f64) = (0.57, 0.23);

/// The hundred-and-eighty-third held-out set: as the hundred-and-eighty-first, frozen (f5368e0),
/// scored once against round 69: 13 of 15 candidates right, 13 of 20 events found.
pub(crate) const HELD_OUT_183_LEVEL: (f64, f64) = (0.86, 0.64);

/// The hundred-and-eighty-fourth held-out set: as the hundred-and-eighty-first, frozen (bc1b61f),
/// scored once against round 69: 12 of 13 candidates right, 11 of 17 events found.
pub(crate) const HELD_OUT_184_LEVEL: (f64, f64) = (0.92, 0.64);

/// The hundred-and-eighty-fifth held-out set: written blind while round 70 was written, frozen
/// (75749fd), merged after the round was frozen (693bf4a) and scored once: 9 of 14 candidates
/// right, 9 of 13 events found.
pub(crate) const HELD_OUT_185_LEVEL: (f64, f64) = (0.64, 0.69);

/// The hundred-and-eighty-sixth held-out set: as the hundred-and-eighty-fifth, frozen (a9ffc71),
/// scored once against round 70: 6 of 7 candidates right, 6 of 9 events found.
pub(crate) const HELD_OUT_186_LEVEL: (f64, f64) = (0.85, 0.66);

/// The hundred-and-eighty-seventh held-out set: as the hundred-and-eighty-fifth, frozen
/// (2b500aa), scored once against round 70: 15 of 16 candidates right, 13 of 17 events found.
pub(crate) const HELD_OUT_187_LEVEL: (f64, f64) = (0.93, 0.76);

/// The hundred-and-eighty-eighth held-out set: as the hundred-and-eighty-fifth, frozen (9377f24),
/// scored once against round 70: 11 of 11 candidates right, 12 of 12 events found.
pub(crate) const HELD_OUT_188_LEVEL: (f64, f64) = (0.99, 0.99);

/// The hundred-and-eighty-ninth held-out set: written blind while round 71 was written, frozen
/// (66b3429), merged after the round was frozen (f16f167) and scored once: 9 of 10 candidates
/// right, 9 of 14 events found.
pub(crate) const HELD_OUT_189_LEVEL: (f64, f64) = (0.89, 0.64);

/// The hundred-and-ninetieth held-out set: as the hundred-and-eighty-ninth, frozen (d2439cd),
/// scored once against round 71: 9 of 9 candidates right, 8 of 10 events found.
pub(crate) const HELD_OUT_190_LEVEL: (f64, f64) = (0.99, 0.79);

/// The hundred-and-ninety-first held-out set: as the hundred-and-eighty-ninth, frozen (eb74144),
/// scored once against round 71: 17 of 25 candidates right, 16 of 23 events found.
pub(crate) const HELD_OUT_191_LEVEL: (f64, f64) = (0.67, 0.69);

/// The hundred-and-ninety-second held-out set: as the hundred-and-eighty-ninth, frozen (18d6c25),
/// scored once against round 71: 10 of 11 candidates right, 10 of 12 events found.
pub(crate) const HELD_OUT_192_LEVEL: (f64, f64) = (0.90, 0.83);
