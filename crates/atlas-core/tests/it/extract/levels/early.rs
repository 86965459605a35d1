//! Floors of the unseen-text set and the first eleven held-out sets (issue 17, before session 9).

/// The unseen-text set (tests/data/unseen): written before the extractor ran on it, then used while
/// the rules were developed.
/// Since the second round of issue 17: 41 of 41 right, 41 of 41 found.
pub(crate) const UNSEEN_LEVEL: (f64, f64) = (1.0, 1.0);
/// Its held-out part (tests/data/unseen/held-out): written after the rules were frozen, scored once
/// (0.72, 0.71); after the rules of issue 17 it stood at 13 of 17 candidates right, 15 of 21 found,
/// after the second round at 15 of 15 right, 18 of 21 found, and after the third at 19 of 19
/// right, 21 of 21 found (no longer blind).
pub(crate) const HELD_OUT_LEVEL: (f64, f64) = (1.0, 1.0);
/// The second held-out set (tests/data/unseen/held-out-2, issue 17): written and frozen before the
/// rules of issue 17 were changed, scored once after they were: 17 of 21 candidates right, 18 of 24
/// events found. Its failures then guided the second round of rules: 22 of 22 right, 24 of 24
/// found (no longer blind).
pub(crate) const HELD_OUT_2_LEVEL: (f64, f64) = (1.0, 1.0);
/// The third held-out set (tests/data/unseen/held-out-3, issue 17): written and frozen before the
/// second round of rules, scored once after it: 12 of 16 candidates right, 11 of 31 events found
/// (far below the 0.85; see the README). Its failures then guided the third round of
/// rules: 30 of 30 right, 28 of 31 found (no longer blind).
pub(crate) const HELD_OUT_3_LEVEL: (f64, f64) = (1.0, 0.90);

/// The fourth held-out set (tests/data/unseen/held-out-4, issue 17): written blind (its writer read
/// no rule) and frozen while the third round of rules was written, scored once after that round was
/// frozen: 9 of 25 candidates right, 11 of 34 events found — far below the 0.85 (see the
/// README). Its failures then guided the fifth round of rules: 28 of 28 right, 33 of 34 found (no
/// longer blind). A regression floor, not a target.
pub(crate) const HELD_OUT_4_LEVEL: (f64, f64) = (1.0, 0.97);

/// The fifth held-out set (tests/data/unseen/held-out-5, issue 17): written blind (its writer read
/// no rule, lexicon or test and never ran the extractor) and frozen while the fifth round of rules
/// was written; scored once after that round was frozen: 19 of 38 candidates right, 19 of 40
/// events found — far below the 0.85 (see the README). Its failures then guided the sixth
/// round of rules: 27 of 34 right, 25 of 40 found (no longer blind). A regression floor, not a target.
pub(crate) const HELD_OUT_5_LEVEL: (f64, f64) = (0.79, 0.625);

/// The sixth held-out set (tests/data/unseen/held-out-6, issue 17): written blind (its writer read
/// no rule, lexicon or test and never ran the extractor) and frozen while the sixth round of rules
/// was written; scored once after that round was frozen: 15 of 27 candidates right, 15 of 34 events
/// found — far below the 0.85 (see the README). A regression floor, not a target.
pub(crate) const HELD_OUT_6_LEVEL: (f64, f64) = (0.55, 0.44);

/// The seventh held-out set (tests/data/unseen/held-out-7, issue 17): written blind (its writer
/// read no rule, lexicon or test and never ran the extractor) and frozen (f746944) before the
/// seventh round of rules was frozen (fa1a24a); scored once after: 16 of 28 candidates right, 16
/// of 40 events found — far below the 0.85 (see the README). A regression floor, not a
/// target.
pub(crate) const HELD_OUT_7_LEVEL: (f64, f64) = (0.57, 0.40);

/// The eighth held-out set (tests/data/unseen/held-out-8, issue 17): written blind (as the seventh,
/// by another writer who did not tell the rules' author its styles) and frozen (ee6b82c) before the
/// seventh round of rules was frozen (fa1a24a); scored once after: 23 of 36 candidates right, 22
/// of 34 events found. A regression floor, not a target.
pub(crate) const HELD_OUT_8_LEVEL: (f64, f64) = (0.63, 0.64);

/// The ninth held-out set (tests/data/unseen/held-out-9, issue 17): written blind (its writer read
/// no rule, lexicon or test, never ran the extractor, and told the rules' author nothing of its
/// styles) and frozen (dcc096e) before the eighth round of rules was frozen (d0d9d6d); scored once
/// after: 9 of 20 candidates right, 8 of 33 events found — far below the 0.85, and below
/// the seventh and eighth sets' blind figures (see the README). A regression floor, not a target.
pub(crate) const HELD_OUT_9_LEVEL: (f64, f64) = (0.45, 0.24);

/// The tenth held-out set (tests/data/unseen/held-out-10, issue 17): written blind (as the ninth)
/// and frozen (a4b7e70) while the ninth round of rules stood frozen (232c2c8, no rule changed
/// between the two), scored once after: 27 of 46 candidates right, 25 of 35 events found — below
/// the 0.85 (see the README). A regression floor, not a target.
pub(crate) const HELD_OUT_10_LEVEL: (f64, f64) = (0.58, 0.71);

/// The eleventh held-out set (tests/data/unseen/held-out-11, issue 17): written blind (as the
/// ninth) while the tenth round of rules stood frozen (5de071c), frozen (882e561), scored once
/// after: 14 of 28 candidates right, 14 of 35 events found — far below the 0.85 (see the
/// README). A regression floor, not a target.
pub(crate) const HELD_OUT_11_LEVEL: (f64, f64) = (0.5, 0.4);
