//! Aleppo Atlas's basemap tiles, without any GUI crate: where the tiles of a view are
//! ([`tile`]), and where they come from ([`source`]): online XYZ tiles fetched over HTTP
//! following the OpenStreetMap tile usage policy ([`http`]: a User-Agent naming the program, a disk
//! cache that keeps each tile until the server's expiry, one tile at a time as the view needs it and
//! never a bulk download), or a tile file ([`mbtiles`], [`pmtiles`]), read only, bounded, and never
//! written. [`loader`] fetches and decodes tiles on background threads; tests and exports wait for it
//! to be idle instead of watching a clock.

pub mod decode;
pub mod error;
pub mod http;
pub mod loader;
pub mod mbtiles;
pub mod pmtiles;
pub mod source;
pub mod tile;

pub use error::TileError;
pub use source::BasemapSource;
pub use tile::TileId;
