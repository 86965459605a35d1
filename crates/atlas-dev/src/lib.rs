//! Development aids that only tests, benchmarks and the CLI's dev commands reach: synthetic bundles
//! ([`synth`]) and the extractor's scoring against curated events ([`score`]).

pub mod score;
pub mod synth;
