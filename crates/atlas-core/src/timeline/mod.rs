//! Time and control logic: who held each district at any instant ([`ControlIndex`]), the area each
//! controller held ([`areas`]), and a district's full history.

pub mod areas;
pub mod control;

pub use areas::{area_series, areas_at, share_bounds, AreaTotals};
pub use control::{ControlIndex, DistrictState, Evidence, HistorySpan};
