//! The sets of reports written for the extractor (tests/data/unseen and its held-out sets), each
//! read beside the built-in dataset's changes, as the app and `extract` read any text, and scored
//! against its expected events: one test per set, which fails when the set falls below its floor
//! ([`super::levels`]). `EXTRACT_DETAILS=1` also prints each set's wrong candidates and missed
//! events.

use super::levels::*;
use super::{details, ids, layer, lexicon, precision, print_details, recall, root};
use atlas_core::extract::{Candidate, Extractor, KnownControl};
use atlas_core::join::{load_dataset, DataPaths};
use atlas_core::model::{Corpus, EventsFile};
use atlas_dev::score::{score, table};
use std::path::Path;
use std::sync::{Arc, OnceLock};

/// The changes the built-in dataset records, which the extractor reads a fall without a side
/// against. Held-out texts are read with them, as the app and `extract` read any text; the five
/// curated documents are not, since those changes were curated from them.
fn known() -> Arc<KnownControl> {
    static KNOWN: OnceLock<Arc<KnownControl>> = OnceLock::new();
    KNOWN
        .get_or_init(|| {
            let (data, _) = load_dataset(&DataPaths::default()).expect("built-in data");
            Arc::new(KnownControl::from_dataset(&data))
        })
        .clone()
}

fn read_and_extract(dir: &Path) -> (Corpus, EventsFile, Vec<Candidate>) {
    let corpus = Corpus::load_dir(dir).expect("unseen documents");
    let expected = EventsFile::load(&dir.join("expected.json")).expect("expected events");
    let (layer, lex) = (layer(), lexicon());
    let candidates = Extractor::new(&layer, lex)
        .with_known(known())
        .extract_corpus(&corpus);
    (corpus, expected, candidates)
}

/// The reports of `dir` scored against their expected events; fails below `(precision, recall)`.
fn assert_reports_stay_at(dir: &str, (p, r): (f64, f64)) {
    let (corpus, expected, candidates) = read_and_extract(&root().join(dir));
    assert!(
        corpus.documents.len() >= 8,
        "{} reports",
        corpus.documents.len()
    );
    let report = score(&candidates, &expected.events, &ids(&corpus));
    println!("{}", table(&report));
    let why = details(&report, &candidates);
    print_details(&why);
    assert!(precision(&report.total) >= p, "precision below {p}\n{why}");
    assert!(recall(&report.total) >= r, "recall below {r}\n{why}");
}

/// One test per set, named by its place in the order the sets were written, and [`SETS`], every
/// set's folder and floor.
macro_rules! sets_stay_at_their_levels {
    ($($name:ident: $dir:literal => $level:ident,)*) => {
        /// Every set of reports written for the extractor (each folder with its `expected.json`)
        /// and its floor.
        pub(super) const SETS: &[(&str, (f64, f64))] = &[$(($dir, $level)),*];
        $(
            #[test]
            fn $name() {
                assert_reports_stay_at($dir, $level);
            }
        )*
    };
}

sets_stay_at_their_levels! {
    unseen: "tests/data/unseen" => UNSEEN_LEVEL,
    first: "tests/data/unseen/held-out" => HELD_OUT_LEVEL,
    second: "tests/data/unseen/held-out-2" => HELD_OUT_2_LEVEL,
    third: "tests/data/unseen/held-out-3" => HELD_OUT_3_LEVEL,
    fourth: "tests/data/unseen/held-out-4" => HELD_OUT_4_LEVEL,
    fifth: "tests/data/unseen/held-out-5" => HELD_OUT_5_LEVEL,
    sixth: "tests/data/unseen/held-out-6" => HELD_OUT_6_LEVEL,
    seventh: "tests/data/unseen/held-out-7" => HELD_OUT_7_LEVEL,
    eighth: "tests/data/unseen/held-out-8" => HELD_OUT_8_LEVEL,
    ninth: "tests/data/unseen/held-out-9" => HELD_OUT_9_LEVEL,
    tenth: "tests/data/unseen/held-out-10" => HELD_OUT_10_LEVEL,
    eleventh: "tests/data/unseen/held-out-11" => HELD_OUT_11_LEVEL,
    twelfth: "tests/data/unseen/held-out-12" => HELD_OUT_12_LEVEL,
    thirteenth: "tests/data/unseen/held-out-13" => HELD_OUT_13_LEVEL,
    fourteenth: "tests/data/unseen/held-out-14" => HELD_OUT_14_LEVEL,
    fifteenth: "tests/data/unseen/held-out-15" => HELD_OUT_15_LEVEL,
    sixteenth: "tests/data/unseen/held-out-16" => HELD_OUT_16_LEVEL,
    seventeenth: "tests/data/unseen/held-out-17" => HELD_OUT_17_LEVEL,
    eighteenth: "tests/data/unseen/held-out-18" => HELD_OUT_18_LEVEL,
    nineteenth: "tests/data/unseen/held-out-19" => HELD_OUT_19_LEVEL,
    twentieth: "tests/data/unseen/held-out-20" => HELD_OUT_20_LEVEL,
    twenty_first: "tests/data/unseen/held-out-21" => HELD_OUT_21_LEVEL,
    twenty_second: "tests/data/unseen/held-out-22" => HELD_OUT_22_LEVEL,
    twenty_third: "tests/data/unseen/held-out-23" => HELD_OUT_23_LEVEL,
    twenty_fourth: "tests/data/unseen/held-out-24" => HELD_OUT_24_LEVEL,
    twenty_fifth: "tests/data/unseen/held-out-25" => HELD_OUT_25_LEVEL,
    twenty_sixth: "tests/data/unseen/held-out-26" => HELD_OUT_26_LEVEL,
    twenty_seventh: "tests/data/unseen/held-out-27" => HELD_OUT_27_LEVEL,
    twenty_eighth: "tests/data/unseen/held-out-28" => HELD_OUT_28_LEVEL,
    twenty_ninth: "tests/data/unseen/held-out-29" => HELD_OUT_29_LEVEL,
    thirtieth: "tests/data/unseen/held-out-30" => HELD_OUT_30_LEVEL,
    thirty_first: "tests/data/unseen/held-out-31" => HELD_OUT_31_LEVEL,
    thirty_second: "tests/data/unseen/held-out-32" => HELD_OUT_32_LEVEL,
    thirty_third: "tests/data/unseen/held-out-33" => HELD_OUT_33_LEVEL,
    thirty_fourth: "tests/data/unseen/held-out-34" => HELD_OUT_34_LEVEL,
    thirty_fifth: "tests/data/unseen/held-out-35" => HELD_OUT_35_LEVEL,
    thirty_sixth: "tests/data/unseen/held-out-36" => HELD_OUT_36_LEVEL,
    thirty_seventh: "tests/data/unseen/held-out-37" => HELD_OUT_37_LEVEL,
    thirty_eighth: "tests/data/unseen/held-out-38" => HELD_OUT_38_LEVEL,
    thirty_ninth: "tests/data/unseen/held-out-39" => HELD_OUT_39_LEVEL,
    fortieth: "tests/data/unseen/held-out-40" => HELD_OUT_40_LEVEL,
    forty_second: "tests/data/unseen/held-out-42" => HELD_OUT_42_LEVEL,
    forty_first: "tests/data/unseen/held-out-41" => HELD_OUT_41_LEVEL,
    forty_third: "tests/data/unseen/held-out-43" => HELD_OUT_43_LEVEL,
    forty_fourth: "tests/data/unseen/held-out-44" => HELD_OUT_44_LEVEL,
    forty_fifth: "tests/data/unseen/held-out-45" => HELD_OUT_45_LEVEL,
    forty_sixth: "tests/data/unseen/held-out-46" => HELD_OUT_46_LEVEL,
    forty_seventh: "tests/data/unseen/held-out-47" => HELD_OUT_47_LEVEL,
    forty_eighth: "tests/data/unseen/held-out-48" => HELD_OUT_48_LEVEL,
    forty_ninth: "tests/data/unseen/held-out-49" => HELD_OUT_49_LEVEL,
    fiftieth: "tests/data/unseen/held-out-50" => HELD_OUT_50_LEVEL,
    fifty_first: "tests/data/unseen/held-out-51" => HELD_OUT_51_LEVEL,
    fifty_second: "tests/data/unseen/held-out-52" => HELD_OUT_52_LEVEL,
    fifty_third: "tests/data/unseen/held-out-53" => HELD_OUT_53_LEVEL,
    fifty_fourth: "tests/data/unseen/held-out-54" => HELD_OUT_54_LEVEL,
    fifty_fifth: "tests/data/unseen/held-out-55" => HELD_OUT_55_LEVEL,
    fifty_sixth: "tests/data/unseen/held-out-56" => HELD_OUT_56_LEVEL,
    fifty_seventh: "tests/data/unseen/held-out-57" => HELD_OUT_57_LEVEL,
    fifty_eighth: "tests/data/unseen/held-out-58" => HELD_OUT_58_LEVEL,
    fifty_ninth: "tests/data/unseen/held-out-59" => HELD_OUT_59_LEVEL,
    sixtieth: "tests/data/unseen/held-out-60" => HELD_OUT_60_LEVEL,
    sixty_first: "tests/data/unseen/held-out-61" => HELD_OUT_61_LEVEL,
    sixty_second: "tests/data/unseen/held-out-62" => HELD_OUT_62_LEVEL,
    sixty_third: "tests/data/unseen/held-out-63" => HELD_OUT_63_LEVEL,
    sixty_fourth: "tests/data/unseen/held-out-64" => HELD_OUT_64_LEVEL,
    sixty_fifth: "tests/data/unseen/held-out-65" => HELD_OUT_65_LEVEL,
    sixty_sixth: "tests/data/unseen/held-out-66" => HELD_OUT_66_LEVEL,
    sixty_seventh: "tests/data/unseen/held-out-67" => HELD_OUT_67_LEVEL,
    sixty_eighth: "tests/data/unseen/held-out-68" => HELD_OUT_68_LEVEL,
    sixty_ninth: "tests/data/unseen/held-out-69" => HELD_OUT_69_LEVEL,
    seventieth: "tests/data/unseen/held-out-70" => HELD_OUT_70_LEVEL,
    seventy_first: "tests/data/unseen/held-out-71" => HELD_OUT_71_LEVEL,
    seventy_second: "tests/data/unseen/held-out-72" => HELD_OUT_72_LEVEL,
    seventy_third: "tests/data/unseen/held-out-73" => HELD_OUT_73_LEVEL,
    seventy_fourth: "tests/data/unseen/held-out-74" => HELD_OUT_74_LEVEL,
    seventy_fifth: "tests/data/unseen/held-out-75" => HELD_OUT_75_LEVEL,
    seventy_sixth: "tests/data/unseen/held-out-76" => HELD_OUT_76_LEVEL,
    seventy_seventh: "tests/data/unseen/held-out-77" => HELD_OUT_77_LEVEL,
    seventy_eighth: "tests/data/unseen/held-out-78" => HELD_OUT_78_LEVEL,
    seventy_ninth: "tests/data/unseen/held-out-79" => HELD_OUT_79_LEVEL,
    eightieth: "tests/data/unseen/held-out-80" => HELD_OUT_80_LEVEL,
    eighty_first: "tests/data/unseen/held-out-81" => HELD_OUT_81_LEVEL,
    eighty_second: "tests/data/unseen/held-out-82" => HELD_OUT_82_LEVEL,
    eighty_third: "tests/data/unseen/held-out-83" => HELD_OUT_83_LEVEL,
    eighty_fourth: "tests/data/unseen/held-out-84" => HELD_OUT_84_LEVEL,
    eighty_fifth: "tests/data/unseen/held-out-85" => HELD_OUT_85_LEVEL,
    eighty_sixth: "tests/data/unseen/held-out-86" => HELD_OUT_86_LEVEL,
    eighty_seventh: "tests/data/unseen/held-out-87" => HELD_OUT_87_LEVEL,
    eighty_eighth: "tests/data/unseen/held-out-88" => HELD_OUT_88_LEVEL,
    eighty_ninth: "tests/data/unseen/held-out-89" => HELD_OUT_89_LEVEL,
    ninetieth: "tests/data/unseen/held-out-90" => HELD_OUT_90_LEVEL,
    ninety_first: "tests/data/unseen/held-out-91" => HELD_OUT_91_LEVEL,
    ninety_second: "tests/data/unseen/held-out-92" => HELD_OUT_92_LEVEL,
    ninety_third: "tests/data/unseen/held-out-93" => HELD_OUT_93_LEVEL,
    ninety_fourth: "tests/data/unseen/held-out-94" => HELD_OUT_94_LEVEL,
    ninety_fifth: "tests/data/unseen/held-out-95" => HELD_OUT_95_LEVEL,
    ninety_sixth: "tests/data/unseen/held-out-96" => HELD_OUT_96_LEVEL,
    ninety_seventh: "tests/data/unseen/held-out-97" => HELD_OUT_97_LEVEL,
    ninety_eighth: "tests/data/unseen/held-out-98" => HELD_OUT_98_LEVEL,
    ninety_ninth: "tests/data/unseen/held-out-99" => HELD_OUT_99_LEVEL,
    hundredth: "tests/data/unseen/held-out-100" => HELD_OUT_100_LEVEL,
    hundred_and_first: "tests/data/unseen/held-out-101" => HELD_OUT_101_LEVEL,
    hundred_and_second: "tests/data/unseen/held-out-102" => HELD_OUT_102_LEVEL,
    hundred_and_third: "tests/data/unseen/held-out-103" => HELD_OUT_103_LEVEL,
    hundred_and_fourth: "tests/data/unseen/held-out-104" => HELD_OUT_104_LEVEL,
    hundred_and_fifth: "tests/data/unseen/held-out-105" => HELD_OUT_105_LEVEL,
    hundred_and_sixth: "tests/data/unseen/held-out-106" => HELD_OUT_106_LEVEL,
    hundred_and_seventh: "tests/data/unseen/held-out-107" => HELD_OUT_107_LEVEL,
    hundred_and_eighth: "tests/data/unseen/held-out-108" => HELD_OUT_108_LEVEL,
    hundred_and_ninth: "tests/data/unseen/held-out-109" => HELD_OUT_109_LEVEL,
    hundred_and_tenth: "tests/data/unseen/held-out-110" => HELD_OUT_110_LEVEL,
    hundred_and_eleventh: "tests/data/unseen/held-out-111" => HELD_OUT_111_LEVEL,
    hundred_and_twelfth: "tests/data/unseen/held-out-112" => HELD_OUT_112_LEVEL,
    hundred_and_thirteenth: "tests/data/unseen/held-out-113" => HELD_OUT_113_LEVEL,
    hundred_and_fourteenth: "tests/data/unseen/held-out-114" => HELD_OUT_114_LEVEL,
    hundred_and_fifteenth: "tests/data/unseen/held-out-115" => HELD_OUT_115_LEVEL,
    hundred_and_sixteenth: "tests/data/unseen/held-out-116" => HELD_OUT_116_LEVEL,
    hundred_and_seventeenth: "tests/data/unseen/held-out-117" => HELD_OUT_117_LEVEL,
    hundred_and_eighteenth: "tests/data/unseen/held-out-118" => HELD_OUT_118_LEVEL,
    hundred_and_nineteenth: "tests/data/unseen/held-out-119" => HELD_OUT_119_LEVEL,
    hundred_and_twentieth: "tests/data/unseen/held-out-120" => HELD_OUT_120_LEVEL,
    hundred_and_twenty_first: "tests/data/unseen/held-out-121" => HELD_OUT_121_LEVEL,
    hundred_and_twenty_second: "tests/data/unseen/held-out-122" => HELD_OUT_122_LEVEL,
    hundred_and_twenty_third: "tests/data/unseen/held-out-123" => HELD_OUT_123_LEVEL,
    hundred_and_twenty_fourth: "tests/data/unseen/held-out-124" => HELD_OUT_124_LEVEL,
    hundred_and_twenty_fifth: "tests/data/unseen/held-out-125" => HELD_OUT_125_LEVEL,
    hundred_and_twenty_sixth: "tests/data/unseen/held-out-126" => HELD_OUT_126_LEVEL,
    hundred_and_twenty_seventh: "tests/data/unseen/held-out-127" => HELD_OUT_127_LEVEL,
    hundred_and_twenty_eighth: "tests/data/unseen/held-out-128" => HELD_OUT_128_LEVEL,
    hundred_and_twenty_ninth: "tests/data/unseen/held-out-129" => HELD_OUT_129_LEVEL,
    hundred_and_thirtieth: "tests/data/unseen/held-out-130" => HELD_OUT_130_LEVEL,
    hundred_and_thirty_first: "tests/data/unseen/held-out-131" => HELD_OUT_131_LEVEL,
    hundred_and_thirty_second: "tests/data/unseen/held-out-132" => HELD_OUT_132_LEVEL,
    hundred_and_thirty_third: "tests/data/unseen/held-out-133" => HELD_OUT_133_LEVEL,
    hundred_and_thirty_fourth: "tests/data/unseen/held-out-134" => HELD_OUT_134_LEVEL,
    hundred_and_thirty_fifth: "tests/data/unseen/held-out-135" => HELD_OUT_135_LEVEL,
    hundred_and_thirty_sixth: "tests/data/unseen/held-out-136" => HELD_OUT_136_LEVEL,
    hundred_and_thirty_seventh: "tests/data/unseen/held-out-137" => HELD_OUT_137_LEVEL,
    hundred_and_thirty_eighth: "tests/data/unseen/held-out-138" => HELD_OUT_138_LEVEL,
    hundred_and_thirty_ninth: "tests/data/unseen/held-out-139" => HELD_OUT_139_LEVEL,
    hundred_and_fortieth: "tests/data/unseen/held-out-140" => HELD_OUT_140_LEVEL,
    hundred_and_forty_first: "tests/data/unseen/held-out-141" => HELD_OUT_141_LEVEL,
    hundred_and_forty_second: "tests/data/unseen/held-out-142" => HELD_OUT_142_LEVEL,
    hundred_and_forty_third: "tests/data/unseen/held-out-143" => HELD_OUT_143_LEVEL,
    hundred_and_forty_fourth: "tests/data/unseen/held-out-144" => HELD_OUT_144_LEVEL,
    hundred_and_forty_fifth: "tests/data/unseen/held-out-145" => HELD_OUT_145_LEVEL,
    hundred_and_forty_sixth: "tests/data/unseen/held-out-146" => HELD_OUT_146_LEVEL,
    hundred_and_forty_seventh: "tests/data/unseen/held-out-147" => HELD_OUT_147_LEVEL,
    hundred_and_forty_eighth: "tests/data/unseen/held-out-148" => HELD_OUT_148_LEVEL,
    hundred_and_forty_ninth: "tests/data/unseen/held-out-149" => HELD_OUT_149_LEVEL,
    hundred_and_fiftieth: "tests/data/unseen/held-out-150" => HELD_OUT_150_LEVEL,
    hundred_and_fifty_first: "tests/data/unseen/held-out-151" => HELD_OUT_151_LEVEL,
    hundred_and_fifty_second: "tests/data/unseen/held-out-152" => HELD_OUT_152_LEVEL,
    hundred_and_fifty_third: "tests/data/unseen/held-out-153" => HELD_OUT_153_LEVEL,
    hundred_and_fifty_fourth: "tests/data/unseen/held-out-154" => HELD_OUT_154_LEVEL,
    hundred_and_fifty_fifth: "tests/data/unseen/held-out-155" => HELD_OUT_155_LEVEL,
    hundred_and_fifty_sixth: "tests/data/unseen/held-out-156" => HELD_OUT_156_LEVEL,
    hundred_and_fifty_seventh: "tests/data/unseen/held-out-157" => HELD_OUT_157_LEVEL,
    hundred_and_fifty_eighth: "tests/data/unseen/held-out-158" => HELD_OUT_158_LEVEL,
    hundred_and_fifty_ninth: "tests/data/unseen/held-out-159" => HELD_OUT_159_LEVEL,
    hundred_and_sixtieth: "tests/data/unseen/held-out-160" => HELD_OUT_160_LEVEL,
    hundred_and_sixty_first: "tests/data/unseen/held-out-161" => HELD_OUT_161_LEVEL,
    hundred_and_sixty_second: "tests/data/unseen/held-out-162" => HELD_OUT_162_LEVEL,
    hundred_and_sixty_third: "tests/data/unseen/held-out-163" => HELD_OUT_163_LEVEL,
    hundred_and_sixty_fourth: "tests/data/unseen/held-out-164" => HELD_OUT_164_LEVEL,
    hundred_and_sixty_fifth: "tests/data/unseen/held-out-165" => HELD_OUT_165_LEVEL,
    hundred_and_sixty_sixth: "tests/data/unseen/held-out-166" => HELD_OUT_166_LEVEL,
    hundred_and_sixty_seventh: "tests/data/unseen/held-out-167" => HELD_OUT_167_LEVEL,
    hundred_and_sixty_eighth: "tests/data/unseen/held-out-168" => HELD_OUT_168_LEVEL,
    hundred_and_sixty_ninth: "tests/data/unseen/held-out-169" => HELD_OUT_169_LEVEL,
    hundred_and_seventieth: "tests/data/unseen/held-out-170" => HELD_OUT_170_LEVEL,
    hundred_and_seventy_first: "tests/data/unseen/held-out-171" => HELD_OUT_171_LEVEL,
    hundred_and_seventy_second: "tests/data/unseen/held-out-172" => HELD_OUT_172_LEVEL,
    hundred_and_seventy_third: "tests/data/unseen/held-out-173" => HELD_OUT_173_LEVEL,
    hundred_and_seventy_fourth: "tests/data/unseen/held-out-174" => HELD_OUT_174_LEVEL,
    hundred_and_seventy_fifth: "tests/data/unseen/held-out-175" => HELD_OUT_175_LEVEL,
    hundred_and_seventy_sixth: "tests/data/unseen/held-out-176" => HELD_OUT_176_LEVEL,
    hundred_and_seventy_seventh: "tests/data/unseen/held-out-177" => HELD_OUT_177_LEVEL,
    hundred_and_seventy_eighth: "tests/data/unseen/held-out-178" => HELD_OUT_178_LEVEL,
    hundred_and_seventy_ninth: "tests/data/unseen/held-out-179" => HELD_OUT_179_LEVEL,
    hundred_and_eightieth: "tests/data/unseen/held-out-180" => HELD_OUT_180_LEVEL,
    hundred_and_eighty_first: "tests/data/unseen/held-out-181" => HELD_OUT_181_LEVEL,
    hundred_and_eighty_second: "tests/data/unseen/held-out-182" => HELD_OUT_182_LEVEL,
    hundred_and_eighty_third: "tests/data/unseen/held-out-183" => HELD_OUT_183_LEVEL,
    hundred_and_eighty_fourth: "tests/data/unseen/held-out-184" => HELD_OUT_184_LEVEL,
    hundred_and_eighty_fifth: "tests/data/unseen/held-out-185" => HELD_OUT_185_LEVEL,
    hundred_and_eighty_sixth: "tests/data/unseen/held-out-186" => HELD_OUT_186_LEVEL,
    hundred_and_eighty_seventh: "tests/data/unseen/held-out-187" => HELD_OUT_187_LEVEL,
    hundred_and_eighty_eighth: "tests/data/unseen/held-out-188" => HELD_OUT_188_LEVEL,
    hundred_and_eighty_ninth: "tests/data/unseen/held-out-189" => HELD_OUT_189_LEVEL,
    hundred_and_ninetieth: "tests/data/unseen/held-out-190" => HELD_OUT_190_LEVEL,
    hundred_and_ninety_first: "tests/data/unseen/held-out-191" => HELD_OUT_191_LEVEL,
    hundred_and_ninety_second: "tests/data/unseen/held-out-192" => HELD_OUT_192_LEVEL,
    hundred_and_ninety_third: "tests/data/unseen/held-out-193" => HELD_OUT_193_LEVEL,
    hundred_and_ninety_fourth: "tests/data/unseen/held-out-194" => HELD_OUT_194_LEVEL,
    hundred_and_ninety_fifth: "tests/data/unseen/held-out-195" => HELD_OUT_195_LEVEL,
    hundred_and_ninety_sixth: "tests/data/unseen/held-out-196" => HELD_OUT_196_LEVEL,
    hundred_and_ninety_seventh: "tests/data/unseen/held-out-197" => HELD_OUT_197_LEVEL,
    hundred_and_ninety_eighth: "tests/data/unseen/held-out-198" => HELD_OUT_198_LEVEL,
    hundred_and_ninety_ninth: "tests/data/unseen/held-out-199" => HELD_OUT_199_LEVEL,
    two_hundredth: "tests/data/unseen/held-out-200" => HELD_OUT_200_LEVEL,
    two_hundred_and_first: "tests/data/unseen/held-out-201" => HELD_OUT_201_LEVEL,
    two_hundred_and_second: "tests/data/unseen/held-out-202" => HELD_OUT_202_LEVEL,
    two_hundred_and_third: "tests/data/unseen/held-out-203" => HELD_OUT_203_LEVEL,
    two_hundred_and_fourth: "tests/data/unseen/held-out-204" => HELD_OUT_204_LEVEL,
    two_hundred_and_fifth: "tests/data/unseen/held-out-205" => HELD_OUT_205_LEVEL,
    two_hundred_and_sixth: "tests/data/unseen/held-out-206" => HELD_OUT_206_LEVEL,
    two_hundred_and_seventh: "tests/data/unseen/held-out-207" => HELD_OUT_207_LEVEL,
    two_hundred_and_eighth: "tests/data/unseen/held-out-208" => HELD_OUT_208_LEVEL,
    two_hundred_and_ninth: "tests/data/unseen/held-out-209" => HELD_OUT_209_LEVEL,
    two_hundred_and_tenth: "tests/data/unseen/held-out-210" => HELD_OUT_210_LEVEL,
    two_hundred_and_eleventh: "tests/data/unseen/held-out-211" => HELD_OUT_211_LEVEL,
    two_hundred_and_twelfth: "tests/data/unseen/held-out-212" => HELD_OUT_212_LEVEL,
    two_hundred_and_thirteenth: "tests/data/unseen/held-out-213" => HELD_OUT_213_LEVEL,
    two_hundred_and_fourteenth: "tests/data/unseen/held-out-214" => HELD_OUT_214_LEVEL,
    two_hundred_and_fifteenth: "tests/data/unseen/held-out-215" => HELD_OUT_215_LEVEL,
    two_hundred_and_sixteenth: "tests/data/unseen/held-out-216" => HELD_OUT_216_LEVEL,
    two_hundred_and_seventeenth: "tests/data/unseen/held-out-217" => HELD_OUT_217_LEVEL,
    two_hundred_and_eighteenth: "tests/data/unseen/held-out-218" => HELD_OUT_218_LEVEL,
    two_hundred_and_nineteenth: "tests/data/unseen/held-out-219" => HELD_OUT_219_LEVEL,
    two_hundred_and_twentieth: "tests/data/unseen/held-out-220" => HELD_OUT_220_LEVEL,
    two_hundred_and_twenty_first: "tests/data/unseen/held-out-221" => HELD_OUT_221_LEVEL,
    two_hundred_and_twenty_second: "tests/data/unseen/held-out-222" => HELD_OUT_222_LEVEL,
    two_hundred_and_twenty_third: "tests/data/unseen/held-out-223" => HELD_OUT_223_LEVEL,
    two_hundred_and_twenty_fourth: "tests/data/unseen/held-out-224" => HELD_OUT_224_LEVEL,
    two_hundred_and_twenty_fifth: "tests/data/unseen/held-out-225" => HELD_OUT_225_LEVEL,
    two_hundred_and_twenty_sixth: "tests/data/unseen/held-out-226" => HELD_OUT_226_LEVEL,
    two_hundred_and_twenty_seventh: "tests/data/unseen/held-out-227" => HELD_OUT_227_LEVEL,
    two_hundred_and_twenty_eighth: "tests/data/unseen/held-out-228" => HELD_OUT_228_LEVEL,
    two_hundred_and_twenty_ninth: "tests/data/unseen/held-out-229" => HELD_OUT_229_LEVEL,
    two_hundred_and_thirtieth: "tests/data/unseen/held-out-230" => HELD_OUT_230_LEVEL,
    two_hundred_and_thirty_first: "tests/data/unseen/held-out-231" => HELD_OUT_231_LEVEL,
    two_hundred_and_thirty_second: "tests/data/unseen/held-out-232" => HELD_OUT_232_LEVEL,
    two_hundred_and_thirty_third: "tests/data/unseen/held-out-233" => HELD_OUT_233_LEVEL,
    two_hundred_and_thirty_fourth: "tests/data/unseen/held-out-234" => HELD_OUT_234_LEVEL,
    two_hundred_and_thirty_fifth: "tests/data/unseen/held-out-235" => HELD_OUT_235_LEVEL,
    two_hundred_and_thirty_sixth: "tests/data/unseen/held-out-236" => HELD_OUT_236_LEVEL,
    two_hundred_and_thirty_seventh: "tests/data/unseen/held-out-237" => HELD_OUT_237_LEVEL,
    two_hundred_and_thirty_eighth: "tests/data/unseen/held-out-238" => HELD_OUT_238_LEVEL,
    two_hundred_and_thirty_ninth: "tests/data/unseen/held-out-239" => HELD_OUT_239_LEVEL,
    two_hundred_and_fortieth: "tests/data/unseen/held-out-240" => HELD_OUT_240_LEVEL,
    two_hundred_and_forty_first: "tests/data/unseen/held-out-241" => HELD_OUT_241_LEVEL,
    two_hundred_and_forty_second: "tests/data/unseen/held-out-242" => HELD_OUT_242_LEVEL,
    two_hundred_and_forty_third: "tests/data/unseen/held-out-243" => HELD_OUT_243_LEVEL,
    two_hundred_and_forty_fourth: "tests/data/unseen/held-out-244" => HELD_OUT_244_LEVEL,
    two_hundred_and_forty_fifth: "tests/data/unseen/held-out-245" => HELD_OUT_245_LEVEL,
    two_hundred_and_forty_sixth: "tests/data/unseen/held-out-246" => HELD_OUT_246_LEVEL,
    two_hundred_and_forty_seventh: "tests/data/unseen/held-out-247" => HELD_OUT_247_LEVEL,
    two_hundred_and_forty_eighth: "tests/data/unseen/held-out-248" => HELD_OUT_248_LEVEL,
    two_hundred_and_forty_ninth: "tests/data/unseen/held-out-249" => HELD_OUT_249_LEVEL,
    two_hundred_and_fiftieth: "tests/data/unseen/held-out-250" => HELD_OUT_250_LEVEL,
    two_hundred_and_fifty_first: "tests/data/unseen/held-out-251" => HELD_OUT_251_LEVEL,
    two_hundred_and_fifty_second: "tests/data/unseen/held-out-252" => HELD_OUT_252_LEVEL,
    two_hundred_and_fifty_third: "tests/data/unseen/held-out-253" => HELD_OUT_253_LEVEL,
    two_hundred_and_fifty_fourth: "tests/data/unseen/held-out-254" => HELD_OUT_254_LEVEL,
    two_hundred_and_fifty_fifth: "tests/data/unseen/held-out-255" => HELD_OUT_255_LEVEL,
    two_hundred_and_fifty_sixth: "tests/data/unseen/held-out-256" => HELD_OUT_256_LEVEL,
    two_hundred_and_fifty_seventh: "tests/data/unseen/held-out-257" => HELD_OUT_257_LEVEL,
    two_hundred_and_fifty_eighth: "tests/data/unseen/held-out-258" => HELD_OUT_258_LEVEL,
    two_hundred_and_fifty_ninth: "tests/data/unseen/held-out-259" => HELD_OUT_259_LEVEL,
    two_hundred_and_sixtieth: "tests/data/unseen/held-out-260" => HELD_OUT_260_LEVEL,
    two_hundred_and_sixty_first: "tests/data/unseen/held-out-261" => HELD_OUT_261_LEVEL,
    two_hundred_and_sixty_second: "tests/data/unseen/held-out-262" => HELD_OUT_262_LEVEL,
    two_hundred_and_sixty_third: "tests/data/unseen/held-out-263" => HELD_OUT_263_LEVEL,
    two_hundred_and_sixty_fourth: "tests/data/unseen/held-out-264" => HELD_OUT_264_LEVEL,
    two_hundred_and_sixty_fifth: "tests/data/unseen/held-out-265" => HELD_OUT_265_LEVEL,
    two_hundred_and_sixty_sixth: "tests/data/unseen/held-out-266" => HELD_OUT_266_LEVEL,
    two_hundred_and_sixty_seventh: "tests/data/unseen/held-out-267" => HELD_OUT_267_LEVEL,
    two_hundred_and_sixty_eighth: "tests/data/unseen/held-out-268" => HELD_OUT_268_LEVEL,
    two_hundred_and_sixty_ninth: "tests/data/unseen/held-out-269" => HELD_OUT_269_LEVEL,
    two_hundred_and_seventieth: "tests/data/unseen/held-out-270" => HELD_OUT_270_LEVEL,
    two_hundred_and_seventy_first: "tests/data/unseen/held-out-271" => HELD_OUT_271_LEVEL,
    two_hundred_and_seventy_second: "tests/data/unseen/held-out-272" => HELD_OUT_272_LEVEL,
    two_hundred_and_seventy_third: "tests/data/unseen/held-out-273" => HELD_OUT_273_LEVEL,
    two_hundred_and_seventy_fourth: "tests/data/unseen/held-out-274" => HELD_OUT_274_LEVEL,
    two_hundred_and_seventy_fifth: "tests/data/unseen/held-out-275" => HELD_OUT_275_LEVEL,
    two_hundred_and_seventy_sixth: "tests/data/unseen/held-out-276" => HELD_OUT_276_LEVEL,
    two_hundred_and_seventy_seventh: "tests/data/unseen/held-out-277" => HELD_OUT_277_LEVEL,
    two_hundred_and_seventy_eighth: "tests/data/unseen/held-out-278" => HELD_OUT_278_LEVEL,
    two_hundred_and_seventy_ninth: "tests/data/unseen/held-out-279" => HELD_OUT_279_LEVEL,
    two_hundred_and_eightieth: "tests/data/unseen/held-out-280" => HELD_OUT_280_LEVEL,
}
