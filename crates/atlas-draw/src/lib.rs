//! Aleppo Atlas's drawing: everything that turns the state at a date into pixels, with egui but without
//! eframe, so the app's window and the CPU exports draw the same figure with the same code.
//! - [`basemap`]: raster tiles under the districts (online, MBTiles, PMTiles);
//! - [`control_layer`]: control areas over time, the snapshot of the day as a translucent layer;
//! - [`palette`]: the colours of controllers and states; [`hatching`]: stripes and cross-hatching;
//! - [`overlay`]: the patterns over a fill (who holds the rest, how sure the sources are);
//! - [`projector`]: the map ↔ screen transform; [`map_shapes`]: district meshes in map coordinates;
//! - [`labels`]: district labels without collisions; [`legend`]: the map's legend;
//! - [`map_view`]: the map widget (colours at a date, hover, click, pan, zoom);
//! - [`fonts`]: the Arabic font and the family that lays Arabic out right to left;
//! - [`framing`]: the first view, on the city where control changed;
//! - [`district_text`]: a district in words (tooltip, state, accessible name);
//! - [`map_figure`]: the map with its legend, date and caption, as exported;
//! - [`map_vector`]: the map as paths, for the SVG export;
//! - [`points_layer`]: dated points as dots, or bins when dense (issue 16);
//! - [`export`]: the figure rendered on the CPU to PNG frames and GIF animations.

pub mod basemap;
pub mod control_layer;
pub mod district_text;
pub mod export;
pub mod fonts;
pub mod framing;
pub mod hatching;
pub mod labels;
pub mod legend;
pub mod map_figure;
pub mod map_shapes;
pub mod map_vector;
pub mod map_view;
pub mod overlay;
pub mod palette;
pub mod points_layer;
pub mod projector;
