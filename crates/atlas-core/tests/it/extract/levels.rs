//! The floor of every set of reports written for the extractor: the lowest precision and recall it
//! may fall to, each the level the set reached when its floor was set (for a held-out set written
//! blind, its one scoring after the rules were frozen, rounded down). A change that lowers one
//! fails its test in [`super::held_out`]. Each comment says when the set was written, frozen and
//! scored.

/// The unseen-text set (tests/data/unseen): written before the extractor ran on it, then used while
/// the rules were developed.
/// Since the second round of issue 17: 41 of 41 right, 41 of 41 found.
pub(super) const UNSEEN_LEVEL: (f64, f64) = (1.0, 1.0);
/// Its held-out part (tests/data/unseen/held-out): written after the rules were frozen, scored once
/// (0.72, 0.71); after the rules of issue 17 it stood at 13 of 17 candidates right, 15 of 21 found,
/// after the second round at 15 of 15 right, 18 of 21 found, and after the third at 19 of 19
/// right, 21 of 21 found (no longer blind).
pub(super) const HELD_OUT_LEVEL: (f64, f64) = (1.0, 1.0);
/// The second held-out set (tests/data/unseen/held-out-2, issue 17): written and frozen before the
/// rules of issue 17 were changed, scored once after they were: 17 of 21 candidates right, 18 of 24
/// events found. Its failures then guided the second round of rules: 22 of 22 right, 24 of 24
/// found (no longer blind).
pub(super) const HELD_OUT_2_LEVEL: (f64, f64) = (1.0, 1.0);
/// The third held-out set (tests/data/unseen/held-out-3, issue 17): written and frozen before the
/// second round of rules, scored once after it: 12 of 16 candidates right, 11 of 31 events found
/// (far below the 0.85; see the README). Its failures then guided the third round of
/// rules: 30 of 30 right, 28 of 31 found (no longer blind).
pub(super) const HELD_OUT_3_LEVEL: (f64, f64) = (1.0, 0.90);

/// The fourth held-out set (tests/data/unseen/held-out-4, issue 17): written blind (its writer read
/// no rule) and frozen while the third round of rules was written, scored once after that round was
/// frozen: 9 of 25 candidates right, 11 of 34 events found — far below the 0.85 (see the
/// README). Its failures then guided the fifth round of rules: 28 of 28 right, 33 of 34 found (no
/// longer blind). A regression floor, not a target.
pub(super) const HELD_OUT_4_LEVEL: (f64, f64) = (1.0, 0.97);

/// The fifth held-out set (tests/data/unseen/held-out-5, issue 17): written blind (its writer read
/// no rule, lexicon or test and never ran the extractor) and frozen while the fifth round of rules
/// was written; scored once after that round was frozen: 19 of 38 candidates right, 19 of 40
/// events found — far below the 0.85 (see the README). Its failures then guided the sixth
/// round of rules: 27 of 34 right, 25 of 40 found (no longer blind). A regression floor, not a target.
pub(super) const HELD_OUT_5_LEVEL: (f64, f64) = (0.79, 0.625);

/// The sixth held-out set (tests/data/unseen/held-out-6, issue 17): written blind (its writer read
/// no rule, lexicon or test and never ran the extractor) and frozen while the sixth round of rules
/// was written; scored once after that round was frozen: 15 of 27 candidates right, 15 of 34 events
/// found — far below the 0.85 (see the README). A regression floor, not a target.
pub(super) const HELD_OUT_6_LEVEL: (f64, f64) = (0.55, 0.44);

/// The seventh held-out set (tests/data/unseen/held-out-7, issue 17): written blind (its writer
/// read no rule, lexicon or test and never ran the extractor) and frozen (f746944) before the
/// seventh round of rules was frozen (fa1a24a); scored once after: 16 of 28 candidates right, 16
/// of 40 events found — far below the 0.85 (see the README). A regression floor, not a
/// target.
pub(super) const HELD_OUT_7_LEVEL: (f64, f64) = (0.57, 0.40);

/// The eighth held-out set (tests/data/unseen/held-out-8, issue 17): written blind (as the seventh,
/// by another writer who did not tell the rules' author its styles) and frozen (ee6b82c) before the
/// seventh round of rules was frozen (fa1a24a); scored once after: 23 of 36 candidates right, 22
/// of 34 events found. A regression floor, not a target.
pub(super) const HELD_OUT_8_LEVEL: (f64, f64) = (0.63, 0.64);

/// The ninth held-out set (tests/data/unseen/held-out-9, issue 17): written blind (its writer read
/// no rule, lexicon or test, never ran the extractor, and told the rules' author nothing of its
/// styles) and frozen (dcc096e) before the eighth round of rules was frozen (d0d9d6d); scored once
/// after: 9 of 20 candidates right, 8 of 33 events found — far below the 0.85, and below
/// the seventh and eighth sets' blind figures (see the README). A regression floor, not a target.
pub(super) const HELD_OUT_9_LEVEL: (f64, f64) = (0.45, 0.24);

/// The tenth held-out set (tests/data/unseen/held-out-10, issue 17): written blind (as the ninth)
/// and frozen (a4b7e70) while the ninth round of rules stood frozen (232c2c8, no rule changed
/// between the two), scored once after: 27 of 46 candidates right, 25 of 35 events found — below
/// the 0.85 (see the README). A regression floor, not a target.
pub(super) const HELD_OUT_10_LEVEL: (f64, f64) = (0.58, 0.71);

/// The eleventh held-out set (tests/data/unseen/held-out-11, issue 17): written blind (as the
/// ninth) while the tenth round of rules stood frozen (5de071c), frozen (882e561), scored once
/// after: 14 of 28 candidates right, 14 of 35 events found — far below the 0.85 (see the
/// README). A regression floor, not a target.
pub(super) const HELD_OUT_11_LEVEL: (f64, f64) = (0.5, 0.4);

/// The twelfth held-out set (tests/data/unseen/held-out-12, issue 17): written blind while the
/// eleventh round of rules was written, frozen (8236b44), merged after the round was frozen
/// (29d7ee2) and scored once: 25 of 44 candidates right, 24 of 31 events found — below the issue's
/// 0.85 (see the README). A regression floor, not a target.
pub(super) const HELD_OUT_12_LEVEL: (f64, f64) = (0.56, 0.77);

/// The thirteenth held-out set (tests/data/unseen/held-out-13): as the twelfth, frozen (65d7566),
/// scored once: 18 of 27 candidates right, 17 of 28 events found.
pub(super) const HELD_OUT_13_LEVEL: (f64, f64) = (0.66, 0.6);

/// The fourteenth held-out set (tests/data/unseen/held-out-14): written blind while rounds 12 to 14
/// were written, frozen (06ccfaa), merged after they were frozen (c3e1931) and scored once: 23 of
/// 36 candidates right, 23 of 35 events found.
pub(super) const HELD_OUT_14_LEVEL: (f64, f64) = (0.63, 0.65);

/// The fifteenth held-out set (tests/data/unseen/held-out-15): written blind while round 15 was
/// written, frozen (aaec92f), merged after the round was frozen (6293255) and scored once: 25 of 34
/// candidates right, 22 of 34 events found.
pub(super) const HELD_OUT_15_LEVEL: (f64, f64) = (0.73, 0.64);

/// The sixteenth held-out set (tests/data/unseen/held-out-16): written blind while round 15 was
/// written, frozen (ba50029), merged after the round was frozen (6293255) and scored once: 11 of 28
/// candidates right, 11 of 29 events found — the lowest of the blind figures.
pub(super) const HELD_OUT_16_LEVEL: (f64, f64) = (0.39, 0.37);

/// The seventeenth and eighteenth held-out sets (tests/data/unseen/held-out-17, -18): written blind
/// while rounds 16 to 18 were written, frozen (4d09016, 601c78a), merged after round 18 was frozen
/// (373bef0) and scored once: 10 of 23 candidates right and 10 of 33 events found (seventeenth),
/// 20 of 28 and 19 of 31 (eighteenth).
pub(super) const HELD_OUT_17_LEVEL: (f64, f64) = (0.43, 0.3);
pub(super) const HELD_OUT_18_LEVEL: (f64, f64) = (0.71, 0.61);

/// The nineteenth and twentieth held-out sets (tests/data/unseen/held-out-19, -20): written blind
/// while round 19 was written and during a CI run, frozen (2713547, 8fa8e15), merged after round
/// 19 was frozen (eb12feb) and scored once: 18 of 23 candidates right and 18 of 25 events found
/// (nineteenth), 12 of 34 and 12 of 39 (twentieth).
pub(super) const HELD_OUT_19_LEVEL: (f64, f64) = (0.78, 0.72);
pub(super) const HELD_OUT_20_LEVEL: (f64, f64) = (0.35, 0.3);

/// The twenty-first and twenty-second held-out sets (tests/data/unseen/held-out-21, -22): written
/// blind while round 20 was written, frozen (f3a51be, c5936a6), merged after round 20 was frozen
/// (a1ce3d7) and scored once: 12 of 18 candidates right and 12 of 21 events found (twenty-first),
/// 12 of 20 and 11 of 25 (twenty-second).
pub(super) const HELD_OUT_21_LEVEL: (f64, f64) = (0.66, 0.57);
pub(super) const HELD_OUT_22_LEVEL: (f64, f64) = (0.6, 0.44);

/// The twenty-third and twenty-fourth held-out sets (tests/data/unseen/held-out-23, -24): written
/// blind while round 21 was written, frozen (6e630de, 573f67c), merged after round 21 was frozen
/// (e402bea) and scored once: 17 of 27 candidates right and 16 of 25 events found
/// (twenty-third), 11 of 19 and 8 of 22 (twenty-fourth).
pub(super) const HELD_OUT_23_LEVEL: (f64, f64) = (0.62, 0.64);
pub(super) const HELD_OUT_24_LEVEL: (f64, f64) = (0.57, 0.36);

/// The twenty-fifth and twenty-sixth held-out sets (tests/data/unseen/held-out-25, -26): written
/// blind while round 22 was written, frozen (7e3fa7a, 2108a85), merged after round 22 was frozen
/// (15181a2) and scored once: 19 of 28 candidates right and 17 of 30 events found
/// (twenty-fifth), 16 of 21 and 17 of 25 (twenty-sixth).
pub(super) const HELD_OUT_25_LEVEL: (f64, f64) = (0.67, 0.56);
pub(super) const HELD_OUT_26_LEVEL: (f64, f64) = (0.76, 0.68);

/// The twenty-seventh and twenty-eighth held-out sets (tests/data/unseen/held-out-27, -28):
/// written blind while round 23 was written, frozen (11a28b3, 70b168b), merged after round 23
/// was frozen (4b616a1) and scored once: 23 of 25 candidates right and 21 of 30 events found
/// (twenty-seventh), 20 of 31 and 20 of 32 (twenty-eighth).
pub(super) const HELD_OUT_27_LEVEL: (f64, f64) = (0.92, 0.7);
pub(super) const HELD_OUT_28_LEVEL: (f64, f64) = (0.64, 0.62);

/// The twenty-ninth and thirtieth held-out sets (tests/data/unseen/held-out-29, -30): written
/// blind while round 24 was written, frozen (4d586a2, 2d4da23), merged after round 24 was frozen
/// (c324b3f) and scored once: 20 of 28 candidates right and 20 of 31 events found
/// (twenty-ninth), 11 of 17 and 11 of 19 (thirtieth).
pub(super) const HELD_OUT_29_LEVEL: (f64, f64) = (0.71, 0.64);
pub(super) const HELD_OUT_30_LEVEL: (f64, f64) = (0.64, 0.57);

/// The thirty-first and thirty-second held-out sets (tests/data/unseen/held-out-31, -32): written
/// blind while round 25 was written, frozen (fb169b7, bf1ee2c), merged after round 25 was frozen
/// (3be3bff) and scored once: 12 of 15 candidates right and 11 of 21 events found
/// (thirty-first), 16 of 20 and 15 of 18 (thirty-second).
pub(super) const HELD_OUT_31_LEVEL: (f64, f64) = (0.79, 0.52);
pub(super) const HELD_OUT_32_LEVEL: (f64, f64) = (0.79, 0.83);

/// The thirty-third and thirty-fourth held-out sets (tests/data/unseen/held-out-33, -34): written
/// blind while round 26 was written, frozen (bb4c226, 33b9797), merged after round 26 was frozen
/// (88ddf5d) and scored once: 9 of 15 candidates right and 8 of 19 events found
/// (thirty-third), 10 of 21 and 9 of 23 (thirty-fourth).
pub(super) const HELD_OUT_33_LEVEL: (f64, f64) = (0.59, 0.42);
pub(super) const HELD_OUT_34_LEVEL: (f64, f64) = (0.47, 0.39);

/// The thirty-fifth and thirty-sixth held-out sets (tests/data/unseen/held-out-35, -36): written
/// blind while rounds 27 and 28 were written, frozen (b056938, 3a52856), merged after round 28
/// was frozen (008e68b) and scored once: 15 of 20 candidates right and 15 of 22 events found
/// (thirty-fifth), 10 of 18 and 10 of 22 (thirty-sixth).
pub(super) const HELD_OUT_35_LEVEL: (f64, f64) = (0.74, 0.68);
pub(super) const HELD_OUT_36_LEVEL: (f64, f64) = (0.55, 0.45);

/// The thirty-seventh and thirty-eighth held-out sets (tests/data/unseen/held-out-37, -38):
/// written blind while round 29 was written, frozen (af790e6, 144da4a), merged after round 29 was
/// frozen (e7030b3) and scored once: 16 of 23 candidates right and 15 of 23 events found
/// (thirty-seventh), 14 of 19 and 13 of 22 (thirty-eighth).
pub(super) const HELD_OUT_37_LEVEL: (f64, f64) = (0.69, 0.65);
pub(super) const HELD_OUT_38_LEVEL: (f64, f64) = (0.73, 0.59);

/// The thirty-ninth and fortieth held-out sets (tests/data/unseen/held-out-39, -40): written blind
/// while round 30 was written, frozen (5041bc5, c39024b), merged after round 30 was frozen
/// (e7e78bb; 409f24b only split a function) and scored once: 12 of 15 candidates right and 12 of
/// 16 events found (thirty-ninth), 10 of 13 and 10 of 18 (fortieth).
pub(super) const HELD_OUT_39_LEVEL: (f64, f64) = (0.79, 0.74);
pub(super) const HELD_OUT_40_LEVEL: (f64, f64) = (0.76, 0.55);

/// The forty-second held-out set (tests/data/unseen/held-out-42): written blind while round 31
/// was written, frozen (7f69f2a), merged after round 31 was frozen (5649450) and scored once: 12
/// of 17 candidates right and 11 of 16 events found. (The forty-first set, written beside it, was
/// not finished in time and is not in the repository.)
pub(super) const HELD_OUT_42_LEVEL: (f64, f64) = (0.7, 0.68);

/// The forty-first, forty-third and forty-fourth held-out sets: the first written blind while round
/// 31 was written and frozen (de12f4b), the others while round 32 was written and frozen (c4192ce,
/// 33de607); all three merged after round 32 was frozen (f57234b) and scored once: 17 of 22
/// candidates right and 14 of 23 events found (forty-first), 17 of 27 and 12 of 20 (forty-third),
/// 18 of 20 and 16 of 20 (forty-fourth).
pub(super) const HELD_OUT_41_LEVEL: (f64, f64) = (0.77, 0.6);
pub(super) const HELD_OUT_43_LEVEL: (f64, f64) = (0.62, 0.59);
pub(super) const HELD_OUT_44_LEVEL: (f64, f64) = (0.89, 0.79);

/// The forty-fifth and forty-sixth held-out sets: written blind while rounds 32 and 33 were
/// written, frozen (be80449, 6354b4d), merged after round 33 was frozen (b709ef9) and scored once:
/// 9 of 19 candidates right and 8 of 26 events found (forty-fifth, the lowest since session 9), 17
/// of 26 and 17 of 27 (forty-sixth).
pub(super) const HELD_OUT_45_LEVEL: (f64, f64) = (0.47, 0.3);
pub(super) const HELD_OUT_46_LEVEL: (f64, f64) = (0.65, 0.62);

/// The forty-seventh held-out set: written blind while rounds 34 and 35 were written, frozen
/// (4b7285e) after round 35 was and merged after it (57748cf; 25a0feb only split a function), scored
/// once: 11 of 13 candidates right and 8 of 24 events found.
pub(super) const HELD_OUT_47_LEVEL: (f64, f64) = (0.84, 0.33);

/// The forty-eighth held-out set: written blind while rounds 34 and 35 were written, frozen
/// (5161127), merged after round 35 was frozen (57748cf; 25a0feb only split a function) and scored
/// once: 8 of 9 candidates right and all 7 events found, the first blind set above the 85% /
/// 85% (a small one).
pub(super) const HELD_OUT_48_LEVEL: (f64, f64) = (0.88, 0.99);

/// The forty-ninth held-out set: written blind while round 36 was written, frozen (024d949),
/// merged after the round was frozen (4b657bd) and scored once: 10 of 11 candidates right, 10 of
/// 29 events found.
pub(super) const HELD_OUT_49_LEVEL: (f64, f64) = (0.90, 0.34);

/// The fiftieth held-out set: as the forty-ninth, frozen (054cc7f), scored once against round 36:
/// 18 of 20 candidates right, 18 of 21 events found, above the 85% / 85%.
pub(super) const HELD_OUT_50_LEVEL: (f64, f64) = (0.89, 0.85);

/// The fifty-first held-out set: as the forty-ninth, frozen (b84727c), scored once against round
/// 36: 16 of 27 candidates right, 14 of 33 events found.
pub(super) const HELD_OUT_51_LEVEL: (f64, f64) = (0.59, 0.42);

/// The fifty-second held-out set: as the forty-ninth, frozen (252280a), scored once against round
/// 36: 14 of 23 candidates right, 14 of 23 events found.
pub(super) const HELD_OUT_52_LEVEL: (f64, f64) = (0.60, 0.60);

/// The fifty-third held-out set: written blind while round 37 was written, frozen (f51367e),
/// merged after the round was frozen (8e1e23c) and scored once: 14 of 22 candidates right, 12 of
/// 24 events found.
pub(super) const HELD_OUT_53_LEVEL: (f64, f64) = (0.63, 0.49);

/// The fifty-fourth held-out set: as the fifty-third, frozen (592d00d), scored once against round
/// 37: 12 of 21 candidates right, 11 of 24 events found.
pub(super) const HELD_OUT_54_LEVEL: (f64, f64) = (0.57, 0.45);

/// The fifty-fifth held-out set: as the fifty-third, frozen (4caccd7), scored once against round
/// 37: 8 of 21 candidates right, 8 of 25 events found.
pub(super) const HELD_OUT_55_LEVEL: (f64, f64) = (0.38, 0.31);

/// The fifty-sixth held-out set: as the fifty-third, frozen (a4c0976), scored once against round
/// 37: 17 of 19 candidates right, 18 of 26 events found.
pub(super) const HELD_OUT_56_LEVEL: (f64, f64) = (0.89, 0.69);

/// The fifty-seventh held-out set: written blind while round 38 was written, frozen (a22b98f),
/// merged after the round was frozen (f82fc52) and scored once: 11 of 18 candidates right, 12 of
/// 24 events found.
pub(super) const HELD_OUT_57_LEVEL: (f64, f64) = (0.61, 0.49);

/// The fifty-eighth held-out set: as the fifty-seventh, frozen (33a933b), scored once against
/// round 38: 11 of 15 candidates right, 12 of 17 events found.
pub(super) const HELD_OUT_58_LEVEL: (f64, f64) = (0.73, 0.70);

/// The fifty-ninth held-out set: as the fifty-seventh, frozen (a6215e9), scored once against round
/// 38: 9 of 12 candidates right, 8 of 16 events found.
pub(super) const HELD_OUT_59_LEVEL: (f64, f64) = (0.74, 0.49);

/// The sixtieth held-out set: as the fifty-seventh, frozen (8c2fb7a), scored once against round
/// 38: 16 of 25 candidates right, 16 of 23 events found.
pub(super) const HELD_OUT_60_LEVEL: (f64, f64) = (0.63, 0.69);

/// The sixty-first held-out set: written blind while round 39 was written, frozen (880a4dc),
/// merged after the round was frozen (ab97d48) and scored once: 10 of 15 candidates right, 9 of 19
/// events found.
pub(super) const HELD_OUT_61_LEVEL: (f64, f64) = (0.66, 0.47);

/// The sixty-second held-out set: as the sixty-first, frozen (d93d5a0), scored once against round
/// 39: 10 of 15 candidates right, 10 of 23 events found.
pub(super) const HELD_OUT_62_LEVEL: (f64, f64) = (0.66, 0.43);

/// The sixty-third held-out set: as the sixty-first, frozen (7c0d591), scored once against round
/// 39: 16 of 20 candidates right, 15 of 21 events found.
pub(super) const HELD_OUT_63_LEVEL: (f64, f64) = (0.79, 0.71);

/// The sixty-fourth held-out set: as the sixty-first, frozen (617f2b2), scored once against round
/// 39: 14 of 18 candidates right, 13 of 19 events found.
pub(super) const HELD_OUT_64_LEVEL: (f64, f64) = (0.77, 0.68);

/// The sixty-fifth held-out set: written blind while round 40 was written, frozen (b46ddd1),
/// merged after the round was frozen (00ed3a9) and scored once: 12 of 12 candidates right, 12 of
/// 17 events found.
pub(super) const HELD_OUT_65_LEVEL: (f64, f64) = (0.99, 0.70);

/// The sixty-sixth held-out set: as the sixty-fifth, frozen (5de42fd), scored once against round
/// 40: 12 of 18 candidates right, 11 of 15 events found.
pub(super) const HELD_OUT_66_LEVEL: (f64, f64) = (0.66, 0.73);

/// The sixty-seventh held-out set: as the sixty-fifth, frozen (2aa31fb), scored once against round
/// 40: 10 of 14 candidates right, 9 of 17 events found.
pub(super) const HELD_OUT_67_LEVEL: (f64, f64) = (0.71, 0.52);

/// The sixty-eighth held-out set: as the sixty-fifth, frozen (368d2c3), scored once against round
/// 40: 15 of 21 candidates right, 16 of 26 events found.
pub(super) const HELD_OUT_68_LEVEL: (f64, f64) = (0.71, 0.61);

/// The sixty-ninth held-out set: written blind while round 41 was written, frozen (7996d61),
/// merged after the round was frozen (04359ce) and scored once: 15 of 17 candidates right, 15 of
/// 20 events found.
pub(super) const HELD_OUT_69_LEVEL: (f64, f64) = (0.88, 0.74);

/// The seventieth held-out set: as the sixty-ninth, frozen (3e08dcb), scored once against round
/// 41: 12 of 13 candidates right, 12 of 19 events found.
pub(super) const HELD_OUT_70_LEVEL: (f64, f64) = (0.92, 0.63);

/// The seventy-first held-out set: as the sixty-ninth, frozen (a4cad58), scored once against round
/// 41: 11 of 14 candidates right, 11 of 16 events found.
pub(super) const HELD_OUT_71_LEVEL: (f64, f64) = (0.78, 0.68);

/// The seventy-second held-out set: as the sixty-ninth, frozen (c375ebf), scored once against
/// round 41: 14 of 17 candidates right, 13 of 20 events found.
pub(super) const HELD_OUT_72_LEVEL: (f64, f64) = (0.82, 0.64);

/// The seventy-third held-out set: written blind while round 42 was written, frozen (bc4ecaa),
/// merged after the round was frozen (34f9586) and scored once: 8 of 9 candidates right, 7 of 11
/// events found.
pub(super) const HELD_OUT_73_LEVEL: (f64, f64) = (0.88, 0.63);

/// The seventy-fourth held-out set: as the seventy-third, frozen (8114d16), scored once against
/// round 42: 15 of 18 candidates right, 15 of 17 events found.
pub(super) const HELD_OUT_74_LEVEL: (f64, f64) = (0.83, 0.88);

/// The seventy-fifth held-out set: as the seventy-third, frozen (ebdb5ed), scored once against
/// round 42: 14 of 18 candidates right, 12 of 20 events found.
pub(super) const HELD_OUT_75_LEVEL: (f64, f64) = (0.77, 0.59);

/// The seventy-sixth held-out set: as the seventy-third, frozen (8d0ab64), scored once against
/// round 42: 13 of 19 candidates right, 13 of 19 events found.
pub(super) const HELD_OUT_76_LEVEL: (f64, f64) = (0.68, 0.68);

/// The seventy-seventh held-out set: written blind while round 43 was written, frozen (1460cc3),
/// merged after the round was frozen (48d684c) and scored once: 16 of 21 candidates right, 12 of
/// 14 events found.
pub(super) const HELD_OUT_77_LEVEL: (f64, f64) = (0.76, 0.85);

/// The seventy-eighth held-out set: as the seventy-seventh, frozen (085abc3), scored once against
/// round 43: 7 of 9 candidates right, 6 of 14 events found.
pub(super) const HELD_OUT_78_LEVEL: (f64, f64) = (0.77, 0.42);

/// The seventy-ninth held-out set: as the seventy-seventh, frozen (60cb73e), scored once against
/// round 43: 10 of 13 candidates right, 10 of 19 events found.
pub(super) const HELD_OUT_79_LEVEL: (f64, f64) = (0.76, 0.52);

/// The eightieth held-out set: as the seventy-seventh, frozen (733e7a1), scored once against round
/// 43: 11 of 12 candidates right, 11 of 16 events found.
pub(super) const HELD_OUT_80_LEVEL: (f64, f64) = (0.91, 0.68);

/// The eighty-first held-out set: written blind while round 44 was written, frozen (dbf26fe),
/// merged after the round was frozen (88220f4) and scored once: 8 of 12 candidates right, 8 of 12
/// events found.
pub(super) const HELD_OUT_81_LEVEL: (f64, f64) = (0.66, 0.66);

/// The eighty-second held-out set: as the eighty-first, frozen (d33693e), scored once against
/// round 44: 6 of 7 candidates right, 6 of 13 events found.
pub(super) const HELD_OUT_82_LEVEL: (f64, f64) = (0.85, 0.46);

/// The eighty-third held-out set: as the eighty-first, frozen (769084e), scored once against round
/// 44: 4 of 7 candidates right, 4 of 10 events found.
pub(super) const HELD_OUT_83_LEVEL: (f64, f64) = (0.57, 0.39);

/// The eighty-fourth held-out set: as the eighty-first, frozen (c558efc), scored once against
/// round 44: 9 of 11 candidates right, 9 of 12 events found.
pub(super) const HELD_OUT_84_LEVEL: (f64, f64) = (0.81, 0.74);

/// The eighty-fifth held-out set: written blind while round 45 was written, frozen (7588a00),
/// merged after the round was frozen (12dad4b) and scored once: 10 of 16 candidates right, 9 of 11
/// events found.
pub(super) const HELD_OUT_85_LEVEL: (f64, f64) = (0.62, 0.81);

/// The eighty-sixth held-out set: as the eighty-fifth, frozen (8c83008), scored once against round
/// 45: 12 of 15 candidates right, 12 of 18 events found.
pub(super) const HELD_OUT_86_LEVEL: (f64, f64) = (0.79, 0.66);

/// The eighty-seventh held-out set: as the eighty-fifth, frozen (ee18225), scored once against
/// round 45: 13 of 14 candidates right, 14 of 19 events found.
pub(super) const HELD_OUT_87_LEVEL: (f64, f64) = (0.92, 0.73);

/// The eighty-eighth held-out set: as the eighty-fifth, frozen (8b2c9fe), scored once against
/// round 45: 8 of 15 candidates right, 8 of 14 events found.
pub(super) const HELD_OUT_88_LEVEL: (f64, f64) = (0.53, 0.57);

/// The eighty-ninth held-out set: written blind while round 46 was written, frozen (43f525e),
/// merged after the round was frozen (bcff414) and scored once: 14 of 17 candidates right, 14 of
/// 19 events found.
pub(super) const HELD_OUT_89_LEVEL: (f64, f64) = (0.82, 0.73);

/// The ninetieth held-out set: as the eighty-ninth, frozen (20c1a84), scored once against round
/// 46: 8 of 14 candidates right, 8 of 16 events found.
pub(super) const HELD_OUT_90_LEVEL: (f64, f64) = (0.57, 0.49);

/// The ninety-first held-out set: as the eighty-ninth, frozen (bc62a55), scored once against round
/// 46: 12 of 15 candidates right, 13 of 20 events found.
pub(super) const HELD_OUT_91_LEVEL: (f64, f64) = (0.79, 0.64);

/// The ninety-second held-out set: as the eighty-ninth, frozen (90b63b6), scored once against
/// round 46: 14 of 18 candidates right, 14 of 22 events found.
pub(super) const HELD_OUT_92_LEVEL: (f64, f64) = (0.77, 0.63);

/// The ninety-third held-out set: written blind while round 47 was written, frozen (d4a771c),
/// merged after the round was frozen (920b3bb; 0abcea9 changes no behaviour) and scored once: 17
/// of 23 candidates right, 17 of 19 events found.
pub(super) const HELD_OUT_93_LEVEL: (f64, f64) = (0.73, 0.89);

/// The ninety-fourth held-out set: as the ninety-third, frozen (f227e07), scored once against round
/// 47: 7 of 12 candidates right, 7 of 13 events found.
pub(super) const HELD_OUT_94_LEVEL: (f64, f64) = (0.58, 0.53);

/// The ninety-fifth held-out set: as the ninety-third, frozen (49a74d9), scored once against round
/// 47: 16 of 17 candidates right, 16 of 22 events found.
pub(super) const HELD_OUT_95_LEVEL: (f64, f64) = (0.94, 0.72);

/// The ninety-sixth held-out set: as the ninety-third, frozen (4b68c95), scored once against round
/// 47: 11 of 16 candidates right, 10 of 18 events found.
pub(super) const HELD_OUT_96_LEVEL: (f64, f64) = (0.68, 0.55);

/// The ninety-seventh held-out set: written blind while round 48 was written, frozen (bd188e2),
/// merged after the round was frozen (21c3988) and scored once: 22 of 26 candidates right, 22 of 23
/// events found.
pub(super) const HELD_OUT_97_LEVEL: (f64, f64) = (0.84, 0.95);

/// The ninety-eighth held-out set: as the ninety-seventh, frozen (4922434), scored once against
/// round 48: 8 of 10 candidates right, 8 of 14 events found.
pub(super) const HELD_OUT_98_LEVEL: (f64, f64) = (0.79, 0.57);

/// The ninety-ninth held-out set: as the ninety-seventh, frozen (9582ee5), scored once against
/// round 48: 14 of 17 candidates right, 12 of 19 events found.
pub(super) const HELD_OUT_99_LEVEL: (f64, f64) = (0.82, 0.63);

/// The hundredth held-out set: as the ninety-seventh, frozen (2f9835a), scored once against round
/// 48: 6 of 12 candidates right, 5 of 20 events found.
pub(super) const HELD_OUT_100_LEVEL: (f64, f64) = (0.49, 0.24);

/// The hundred-and-first held-out set: written blind while round 49 was written, frozen (319b9c4),
/// merged after the round was frozen (7136580) and scored once: 13 of 13 candidates right, 11 of 19
/// events found.
pub(super) const HELD_OUT_101_LEVEL: (f64, f64) = (0.99, 0.57);

/// The hundred-and-second held-out set: as the hundred-and-first, frozen (ff20539), scored once
/// against round 49: 10 of 16 candidates right, 10 of 17 events found.
pub(super) const HELD_OUT_102_LEVEL: (f64, f64) = (0.62, 0.58);

/// The hundred-and-third held-out set: as the hundred-and-first, frozen (076520a), scored once
/// against round 49: 9 of 14 candidates right, 8 of 21 events found.
pub(super) const HELD_OUT_103_LEVEL: (f64, f64) = (0.64, 0.38);

/// The hundred-and-fourth held-out set: as the hundred-and-first, frozen (9dfdbaf), scored once
/// against round 49: 12 of 14 candidates right, 13 of 18 events found.
pub(super) const HELD_OUT_104_LEVEL: (f64, f64) = (0.85, 0.72);

/// The hundred-and-fifth held-out set: written blind while round 50 was written, frozen (7ec775c),
/// merged after the round was frozen (e2eb886) and scored once: 13 of 16 candidates right, 13 of 17
/// events found.
pub(super) const HELD_OUT_105_LEVEL: (f64, f64) = (0.81, 0.76);

/// The hundred-and-sixth held-out set: as the hundred-and-fifth, frozen (a396ea1), scored once
/// against round 50: 10 of 13 candidates right, 9 of 15 events found.
pub(super) const HELD_OUT_106_LEVEL: (f64, f64) = (0.76, 0.59);

/// The hundred-and-seventh held-out set: as the hundred-and-fifth, frozen (45c4dcd), scored once
/// against round 50: 16 of 18 candidates right, 16 of 16 events found.
pub(super) const HELD_OUT_107_LEVEL: (f64, f64) = (0.88, 0.99);

/// The hundred-and-eighth held-out set: as the hundred-and-fifth, frozen (9dbc537), scored once
/// against round 50: 10 of 10 candidates right, 10 of 12 events found.
pub(super) const HELD_OUT_108_LEVEL: (f64, f64) = (0.99, 0.83);

/// The hundred-and-ninth held-out set: written blind while round 51 was written, frozen (86bf471),
/// merged after the round was frozen (959829a) and scored once: 16 of 21 candidates right, 13 of 18
/// events found.
pub(super) const HELD_OUT_109_LEVEL: (f64, f64) = (0.76, 0.72);

/// The hundred-and-tenth held-out set: as the hundred-and-ninth, frozen (6658a36), scored once
/// against round 51: 11 of 12 candidates right, 11 of 16 events found.
pub(super) const HELD_OUT_110_LEVEL: (f64, f64) = (0.91, 0.68);

/// The hundred-and-eleventh held-out set: as the hundred-and-ninth, frozen (4f723a0), scored once
/// against round 51: 15 of 19 candidates right, 15 of 16 events found.
pub(super) const HELD_OUT_111_LEVEL: (f64, f64) = (0.78, 0.93);

/// The hundred-and-twelfth held-out set: as the hundred-and-ninth, frozen (921b6e4), scored once
/// against round 51: 7 of 8 candidates right, 7 of 11 events found.
pub(super) const HELD_OUT_112_LEVEL: (f64, f64) = (0.87, 0.63);

/// The hundred-and-thirteenth held-out set: written blind while round 52 was written, frozen
/// (67921f3), merged after the round was frozen (0c6cc14) and scored once: 17 of 20 candidates
/// right, 16 of 16 events found.
pub(super) const HELD_OUT_113_LEVEL: (f64, f64) = (0.84, 0.99);

/// The hundred-and-fourteenth held-out set: as the hundred-and-thirteenth, frozen (ebd4681),
/// scored once against round 52: 10 of 12 candidates right, 10 of 14 events found.
pub(super) const HELD_OUT_114_LEVEL: (f64, f64) = (0.83, 0.71);

/// The hundred-and-fifteenth held-out set: as the hundred-and-thirteenth, frozen (ab7d3cb), scored
/// once against round 52: 17 of 19 candidates right, 16 of 18 events found.
pub(super) const HELD_OUT_115_LEVEL: (f64, f64) = (0.89, 0.88);

/// The hundred-and-sixteenth held-out set: as the hundred-and-thirteenth, frozen (541fab0), scored
/// once against round 52: 7 of 8 candidates right, 6 of 8 events found.
pub(super) const HELD_OUT_116_LEVEL: (f64, f64) = (0.87, 0.74);

/// The hundred-and-seventeenth held-out set: written blind while round 53 was written, frozen
/// (b5594c0), merged after the round was frozen (9f145c8) and scored once: 10 of 13 candidates
/// right, 9 of 12 events found.
pub(super) const HELD_OUT_117_LEVEL: (f64, f64) = (0.76, 0.74);

/// The hundred-and-eighteenth held-out set: as the hundred-and-seventeenth, frozen (2c64855),
/// scored once against round 53: 5 of 12 candidates right, 6 of 10 events found.
pub(super) const HELD_OUT_118_LEVEL: (f64, f64) = (0.41, 0.59);

/// The hundred-and-nineteenth held-out set: as the hundred-and-seventeenth, frozen (deca056),
/// scored once against round 53: 13 of 15 candidates right, 11 of 15 events found.
pub(super) const HELD_OUT_119_LEVEL: (f64, f64) = (0.86, 0.73);

/// The hundred-and-twentieth held-out set: as the hundred-and-seventeenth, frozen (af199d3),
/// scored once against round 53: 8 of 10 candidates right, 7 of 9 events found.
pub(super) const HELD_OUT_120_LEVEL: (f64, f64) = (0.79, 0.77);

/// The hundred-and-twenty-first held-out set: written blind while round 54 was written, frozen
/// (9615d29), merged after the round was frozen (ff9d8be) and scored once: 14 of 15 candidates
/// right, 14 of 16 events found.
pub(super) const HELD_OUT_121_LEVEL: (f64, f64) = (0.93, 0.87);

/// The hundred-and-twenty-second held-out set: as the hundred-and-twenty-first, frozen (a243dcd),
/// scored once against round 54: 8 of 9 candidates right, 8 of 12 events found.
pub(super) const HELD_OUT_122_LEVEL: (f64, f64) = (0.88, 0.66);

/// The hundred-and-twenty-third held-out set: as the hundred-and-twenty-first, frozen (793ae3c),
/// scored once against round 54: 9 of 17 candidates right, 9 of 20 events found.
pub(super) const HELD_OUT_123_LEVEL: (f64, f64) = (0.52, 0.44);

/// The hundred-and-twenty-fourth held-out set: as the hundred-and-twenty-first, frozen (b02911c),
/// scored once against round 54: 15 of 15 candidates right, 14 of 15 events found.
pub(super) const HELD_OUT_124_LEVEL: (f64, f64) = (0.99, 0.93);

/// The hundred-and-twenty-fifth held-out set: written blind while round 55 was written, frozen
/// (c434891), merged after the round was frozen (119890b) and scored once: 18 of 20 candidates
/// right, 17 of 20 events found.
pub(super) const HELD_OUT_125_LEVEL: (f64, f64) = (0.89, 0.84);

/// The hundred-and-twenty-sixth held-out set: as the hundred-and-twenty-fifth, frozen (9bf2ae5),
/// scored once against round 55: 10 of 12 candidates right, 10 of 15 events found.
pub(super) const HELD_OUT_126_LEVEL: (f64, f64) = (0.83, 0.66);

/// The hundred-and-twenty-seventh held-out set: as the hundred-and-twenty-fifth, frozen (8d04196),
/// scored once against round 55: 16 of 19 candidates right, 15 of 20 events found.
pub(super) const HELD_OUT_127_LEVEL: (f64, f64) = (0.84, 0.74);

/// The hundred-and-twenty-eighth held-out set: as the hundred-and-twenty-fifth, frozen (3baa516),
/// scored once against round 55: 11 of 12 candidates right, 9 of 14 events found.
pub(super) const HELD_OUT_128_LEVEL: (f64, f64) = (0.91, 0.64);

/// The hundred-and-twenty-ninth held-out set: written blind while round 56 was written, frozen
/// (1d12125), merged after the round was frozen (0ab085f) and scored once: 10 of 11 candidates
/// right, 10 of 15 events found.
pub(super) const HELD_OUT_129_LEVEL: (f64, f64) = (0.90, 0.66);

/// The hundred-and-thirtieth held-out set: as the hundred-and-twenty-ninth, frozen (472e435),
/// scored once against round 56: 12 of 13 candidates right, 10 of 15 events found.
pub(super) const HELD_OUT_130_LEVEL: (f64, f64) = (0.92, 0.66);

/// The hundred-and-thirty-first held-out set: as the hundred-and-twenty-ninth, frozen (014e6aa),
/// scored once against round 56: 18 of 21 candidates right, 13 of 16 events found.
pub(super) const HELD_OUT_131_LEVEL: (f64, f64) = (0.85, 0.81);

/// The hundred-and-thirty-second held-out set: as the hundred-and-twenty-ninth, frozen (5ac6c39),
/// scored once against round 56: 7 of 9 candidates right, 6 of 11 events found.
pub(super) const HELD_OUT_132_LEVEL: (f64, f64) = (0.77, 0.54);

/// The hundred-and-thirty-third held-out set: written blind while round 57 was written, frozen
/// (c9e2270), merged after the round was frozen (4f9eca5) and scored once: 20 of 26 candidates
/// right, 19 of 24 events found.
pub(super) const HELD_OUT_133_LEVEL: (f64, f64) = (0.76, 0.79);

/// The hundred-and-thirty-fourth held-out set: as the hundred-and-thirty-third, frozen (6af1a6e),
/// scored once against round 57: 8 of 10 candidates right, 7 of 12 events found.
pub(super) const HELD_OUT_134_LEVEL: (f64, f64) = (0.79, 0.58);

/// The hundred-and-thirty-fifth held-out set: as the hundred-and-thirty-third, frozen (c273f4d),
/// scored once against round 57: 12 of 13 candidates right, 11 of 13 events found.
pub(super) const HELD_OUT_135_LEVEL: (f64, f64) = (0.92, 0.84);

/// The hundred-and-thirty-sixth held-out set: as the hundred-and-thirty-third, frozen (ba47209),
/// scored once against round 57: 9 of 9 candidates right, 9 of 10 events found.
pub(super) const HELD_OUT_136_LEVEL: (f64, f64) = (0.99, 0.89);

/// The hundred-and-thirty-seventh held-out set: written blind while round 58 was written, frozen
/// (ebba5b6), merged after the round was frozen (91cd2d7) and scored once: 17 of 20 candidates
/// right, 17 of 18 events found.
pub(super) const HELD_OUT_137_LEVEL: (f64, f64) = (0.84, 0.94);

/// The hundred-and-thirty-eighth held-out set: as the hundred-and-thirty-seventh, frozen
/// (ca9203d), scored once against round 58: 8 of 11 candidates right, 8 of 11 events found.
pub(super) const HELD_OUT_138_LEVEL: (f64, f64) = (0.72, 0.72);

/// The hundred-and-thirty-ninth held-out set: as the hundred-and-thirty-seventh, frozen (6de62eb),
/// scored once against round 58: 12 of 16 candidates right, 10 of 17 events found.
pub(super) const HELD_OUT_139_LEVEL: (f64, f64) = (0.74, 0.58);

/// The hundred-and-fortieth held-out set: as the hundred-and-thirty-seventh, frozen (a2bc05d),
/// scored once against round 58: 10 of 16 candidates right, 10 of 14 events found.
pub(super) const HELD_OUT_140_LEVEL: (f64, f64) = (0.62, 0.71);

/// The hundred-and-forty-first held-out set: written blind while round 59 was written, frozen
/// (5202b47), merged after the round was frozen (34c5989) and scored once: 18 of 21 candidates
/// right, 15 of 20 events found.
pub(super) const HELD_OUT_141_LEVEL: (f64, f64) = (0.85, 0.74);

/// The hundred-and-forty-second held-out set: as the hundred-and-forty-first, frozen (c49c390),
/// scored once against round 59: 8 of 8 candidates right, 8 of 15 events found.
pub(super) const HELD_OUT_142_LEVEL: (f64, f64) = (0.99, 0.53);

/// The hundred-and-forty-third held-out set: as the hundred-and-forty-first, frozen (1238f17),
/// scored once against round 59: 15 of 16 candidates right, 15 of 15 events found.
pub(super) const HELD_OUT_143_LEVEL: (f64, f64) = (0.93, 0.99);

/// The hundred-and-forty-fourth held-out set: as the hundred-and-forty-first, frozen (f59ffb5),
/// scored once against round 59: 6 of 9 candidates right, 6 of 16 events found.
pub(super) const HELD_OUT_144_LEVEL: (f64, f64) = (0.66, 0.37);

/// The hundred-and-forty-fifth held-out set: written blind while round 60 was written, frozen
/// (2d0546a), merged after the round was frozen (482f32a) and scored once: 9 of 13 candidates
/// right, 9 of 13 events found.
pub(super) const HELD_OUT_145_LEVEL: (f64, f64) = (0.69, 0.69);

/// The hundred-and-forty-sixth held-out set: as the hundred-and-forty-fifth, frozen (ecd51e8),
/// scored once against round 60: 7 of 9 candidates right, 6 of 16 events found.
pub(super) const HELD_OUT_146_LEVEL: (f64, f64) = (0.77, 0.37);

/// The hundred-and-forty-seventh held-out set: as the hundred-and-forty-fifth, frozen (7f09457),
/// scored once against round 60: 17 of 18 candidates right, 15 of 17 events found.
pub(super) const HELD_OUT_147_LEVEL: (f64, f64) = (0.94, 0.88);

/// The hundred-and-forty-eighth held-out set: as the hundred-and-forty-fifth, frozen (e02cf4e),
/// scored once against round 60: 10 of 13 candidates right, 10 of 14 events found.
pub(super) const HELD_OUT_148_LEVEL: (f64, f64) = (0.76, 0.71);

/// The hundred-and-forty-ninth held-out set: written blind while round 61 was written, frozen
/// (133e49b), merged after the round was frozen (39025c4) and scored once: 14 of 17 candidates
/// right, 14 of 14 events found.
pub(super) const HELD_OUT_149_LEVEL: (f64, f64) = (0.82, 0.99);

/// The hundred-and-fiftieth held-out set: as the hundred-and-forty-ninth, frozen (561f96c), scored
/// once against round 61: 9 of 10 candidates right, 10 of 13 events found.
pub(super) const HELD_OUT_150_LEVEL: (f64, f64) = (0.89, 0.76);

/// The hundred-and-fifty-first held-out set: as the hundred-and-forty-ninth, frozen (9a68934),
/// scored once against round 61: 10 of 13 candidates right, 10 of 13 events found.
pub(super) const HELD_OUT_151_LEVEL: (f64, f64) = (0.76, 0.76);

/// The hundred-and-fifty-second held-out set: as the hundred-and-forty-ninth, frozen (91b5ea9),
/// scored once against round 61: 11 of 13 candidates right, 10 of 14 events found.
pub(super) const HELD_OUT_152_LEVEL: (f64, f64) = (0.84, 0.71);

/// The hundred-and-fifty-third held-out set: written blind while round 62 was written, frozen
/// (71cc6db), merged after the round was frozen (ba0433a) and scored once: 11 of 15 candidates
/// right, 11 of 13 events found.
pub(super) const HELD_OUT_153_LEVEL: (f64, f64) = (0.73, 0.84);

/// The hundred-and-fifty-fourth held-out set: as the hundred-and-fifty-third, frozen (313651a),
/// scored once against round 62: 6 of 7 candidates right, 6 of 14 events found.
pub(super) const HELD_OUT_154_LEVEL: (f64, f64) = (0.85, 0.42);

/// The hundred-and-fifty-fifth held-out set: as the hundred-and-fifty-third, frozen (b22485d),
/// scored once against round 62: 5 of 9 candidates right, 5 of 14 events found.
pub(super) const HELD_OUT_155_LEVEL: (f64, f64) = (0.55, 0.35);

/// The hundred-and-fifty-sixth held-out set: as the hundred-and-fifty-third, frozen (9fd4ce9),
/// scored once against round 62: 11 of 11 candidates right, 10 of 14 events found.
pub(super) const HELD_OUT_156_LEVEL: (f64, f64) = (0.99, 0.71);
