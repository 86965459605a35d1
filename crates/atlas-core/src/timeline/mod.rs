//! Time and control logic: who held each district at any instant ([`ControlIndex`]), the area each
//! controller held ([`areas`]), a district's full history, and pockets no source mentions ([`pockets`]).

pub mod areas;
pub mod control;
pub mod pockets;

pub use areas::{area_series, areas_at, share_bounds, with_kept_areas, AreaTotals};
pub use control::{ControlIndex, DistrictState, Evidence, HistorySpan};
pub use pockets::{find_pockets, Pocket, POCKET_GRACE_DAYS};
