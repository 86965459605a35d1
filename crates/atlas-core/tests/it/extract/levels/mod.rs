//! The floor of every set of reports written for the extractor: the lowest precision and recall it
//! may fall to, each the level the set reached when its floor was set (for a held-out set written
//! blind, its one scoring after the rules were frozen, rounded down). A change that lowers one
//! fails its test in [`super::held_out`]. Each comment says when the set was written, frozen and
//! scored.
//!
//! One file per stretch of sessions; each constant names its set.

mod early;
mod session_12;
mod session_13;
mod session_14;
mod session_15;
mod session_16;
mod session_17;
mod session_18;
mod session_19;
mod session_20;
mod session_21;
mod session_22;
mod session_23;
mod sessions_9_to_11;

pub(crate) use early::*;
pub(crate) use session_12::*;
pub(crate) use session_13::*;
pub(crate) use session_14::*;
pub(crate) use session_15::*;
pub(crate) use session_16::*;
pub(crate) use session_17::*;
pub(crate) use session_18::*;
pub(crate) use session_19::*;
pub(crate) use session_20::*;
pub(crate) use session_21::*;
pub(crate) use session_22::*;
pub(crate) use session_23::*;
pub(crate) use sessions_9_to_11::*;
