//! The hash maps built over a million ids in one load: std's maps with foldhash (the hasher hashbrown
//! uses), fast on short strings and seeded per process, so a crafted file cannot aim at collisions.

use std::collections::{HashMap, HashSet};

pub type FastMap<K, V> = HashMap<K, V, foldhash::fast::RandomState>;
pub type FastSet<K> = HashSet<K, foldhash::fast::RandomState>;

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::BuildHasher;

    #[test]
    fn ids_that_differ_at_the_end_spread_over_the_low_bits() {
        let build = foldhash::fast::RandomState::default();
        let buckets: HashSet<u64> = (0..4096)
            .map(|i| build.hash_one(format!("e{i:07}")) & 0xfff)
            .collect();
        assert!(buckets.len() > 2000, "{}", buckets.len());
    }
}
