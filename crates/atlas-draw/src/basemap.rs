//! The basemap under the districts: raster tiles (online XYZ, MBTiles, PMTiles: [`atlas_tiles`]) put
//! on the map where they belong. The map's own projection is a local one in kilometres
//! ([`MapFrame`]); each Web Mercator tile is drawn as a quad whose four corners are projected exactly,
//! which over a tile of a few kilometres is exact to well under a pixel.
//!
//! Only the tiles of the view are asked for, at the zoom where a tile shows at about its own size;
//! while a tile comes, the nearest lower-zoom tile already here stands in for it. Tiles that cannot be
//! had leave the plain background: no message over the map, only [`Basemap::problem`] for the menu.

use crate::projector::{MapFrame, Projector};
use atlas_tiles::loader::TileLoader;
use atlas_tiles::source::OpenedSource;
use atlas_tiles::tile::{covering, zoom_for};
use atlas_tiles::TileId;
use egui::{Color32, ColorImage, Mesh, Pos2, Rect, Shape, TextureHandle, TextureOptions};
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

/// Tiles kept as textures beyond those in view.
const MOST_KEPT: usize = 400;

/// A basemap: its source, the tiles here, and how opaque it is drawn.
pub struct Basemap {
    source: OpenedSource,
    loader: TileLoader,
    textures: HashMap<TileId, (TextureHandle, u64)>,
    /// Tiles the source has not (or that failed): not asked for again.
    missing: HashSet<TileId>,
    problem: Option<String>,
    opacity: f32,
    frame: u64,
}

impl Basemap {
    /// Starts reading `source`; `notify` (a repaint) is called when a tile is ready.
    pub fn new(source: OpenedSource, notify: Arc<dyn Fn() + Send + Sync>) -> Self {
        let loader = TileLoader::start(&source, notify);
        Self {
            source,
            loader,
            textures: HashMap::new(),
            missing: HashSet::new(),
            problem: None,
            opacity: 1.0,
            frame: 0,
        }
    }

    /// The credit drawn on the map and in exports.
    pub fn attribution(&self) -> String {
        self.source.attribution()
    }

    /// The file's name or the server's host.
    pub fn describe(&self) -> String {
        self.source.describe()
    }

    pub fn is_online(&self) -> bool {
        self.source.is_online()
    }

    /// The last tile that could not be had, and why (for the menu, not the map).
    pub fn problem(&self) -> Option<&str> {
        self.problem.as_deref()
    }

    /// How many tiles are on hand as textures.
    pub fn tiles_on_hand(&self) -> usize {
        self.textures.len()
    }

    pub fn opacity(&self) -> f32 {
        self.opacity
    }

    pub fn set_opacity(&mut self, opacity: f32) {
        self.opacity = opacity.clamp(0.0, 1.0);
    }

    /// Blocks until the tiles asked for have come (tests and exports; the window never waits).
    pub fn wait_until_idle(&self) {
        self.loader.wait_until_idle();
    }

    /// Whether tiles are being read.
    pub fn is_loading(&self) -> bool {
        self.loader.is_busy()
    }

    /// Draws the tiles of the view (asking for those not here yet).
    pub(crate) fn paint(
        &mut self,
        painter: &egui::Painter,
        projector: &Projector,
        frame: &MapFrame,
    ) {
        self.frame += 1;
        self.receive(painter.ctx());
        let Some(tiles) = self.tiles_in_view(projector, frame) else {
            return;
        };
        let wanted: HashSet<TileId> = tiles.iter().copied().collect();
        self.loader.keep_only(&wanted);
        let tint = Color32::from_white_alpha((self.opacity * 255.0).round() as u8);
        let mut meshes: HashMap<egui::TextureId, Mesh> = HashMap::new();
        for &id in &tiles {
            let Some((texture, uv)) = self.best_texture(id) else {
                continue;
            };
            let mesh = meshes
                .entry(texture)
                .or_insert_with(|| Mesh::with_texture(texture));
            add_tile(mesh, id, uv, tint, projector, frame);
        }
        for id in tiles.iter().rev() {
            if !self.textures.contains_key(id) && !self.missing.contains(id) {
                self.loader.request(*id);
            }
        }
        painter.extend(meshes.into_values().map(Shape::mesh));
        self.forget_old(&wanted);
    }

    /// Takes the tiles that came, as textures.
    fn receive(&mut self, ctx: &egui::Context) {
        for (id, result) in self.loader.take_ready() {
            match result {
                Ok(Some(image)) => {
                    let size = [image.width() as usize, image.height() as usize];
                    let pixels = ColorImage::from_rgba_unmultiplied(size, image.as_raw());
                    let name = format!("basemap {}/{}/{}", id.z, id.x, id.y);
                    let texture = ctx.load_texture(name, pixels, TextureOptions::LINEAR);
                    self.textures.insert(id, (texture, self.frame));
                }
                Ok(None) => {
                    self.missing.insert(id);
                }
                Err(e) => {
                    self.missing.insert(id);
                    self.problem = Some(e.to_string());
                }
            }
        }
    }

    /// The tiles covering the view at its zoom (None: nothing to draw).
    fn tiles_in_view(&self, projector: &Projector, frame: &MapFrame) -> Option<Vec<TileId>> {
        let visible = projector.visible_map_rect();
        let (west, north) = frame.to_lon_lat(visible.min);
        let (east, south) = frame.to_lon_lat(visible.max);
        let (_, lat) = frame.to_lon_lat(projector.centre);
        let (min_zoom, max_zoom) = self.source.zoom_range();
        let mut z = zoom_for(f64::from(projector.scale), lat).clamp(min_zoom, max_zoom);
        loop {
            let tiles = covering(west, south, east, north, z);
            if !tiles.is_empty() {
                return Some(tiles);
            }
            z = z.checked_sub(1).filter(|z| *z >= min_zoom)?;
        }
    }

    /// The tile's own texture, or the part of the nearest lower-zoom tile on hand that covers it.
    fn best_texture(&mut self, id: TileId) -> Option<(egui::TextureId, Rect)> {
        let mut uv = Rect::from_min_max(Pos2::ZERO, Pos2::new(1.0, 1.0));
        let mut at = id;
        for _ in 0..6 {
            if let Some((texture, used)) = self.textures.get_mut(&at) {
                *used = self.frame;
                return Some((texture.id(), uv));
            }
            let (parent, (qx, qy)) = at.parent()?;
            // The quarter of the parent this tile is.
            let min = Pos2::new((qx as f32 + uv.min.x) / 2.0, (qy as f32 + uv.min.y) / 2.0);
            let size = uv.size() / 2.0;
            uv = Rect::from_min_size(min, size);
            at = parent;
        }
        None
    }

    /// Frees the textures least recently drawn beyond [`MOST_KEPT`].
    fn forget_old(&mut self, wanted: &HashSet<TileId>) {
        if self.textures.len() <= MOST_KEPT + wanted.len() {
            return;
        }
        let mut by_age: Vec<(TileId, u64)> = self
            .textures
            .iter()
            .filter(|(id, _)| !wanted.contains(id))
            .map(|(id, (_, used))| (*id, *used))
            .collect();
        by_age.sort_by_key(|(_, used)| *used);
        let excess = self.textures.len() - MOST_KEPT - wanted.len();
        for (id, _) in by_age.into_iter().take(excess) {
            self.textures.remove(&id);
        }
    }
}

/// A tile as a textured quad, its corners projected from longitude and latitude.
fn add_tile(
    mesh: &mut Mesh,
    id: TileId,
    uv: Rect,
    tint: Color32,
    projector: &Projector,
    frame: &MapFrame,
) {
    let corner = |dx: u32, dy: u32| {
        let (lon, lat) = TileId::corner(id.z, id.x + dx, id.y + dy);
        projector.to_screen(frame.to_map(lon, lat))
    };
    let base = mesh.vertices.len() as u32;
    for (pos, uv) in [
        (corner(0, 0), uv.left_top()),
        (corner(1, 0), uv.right_top()),
        (corner(1, 1), uv.right_bottom()),
        (corner(0, 1), uv.left_bottom()),
    ] {
        mesh.vertices.push(egui::epaint::Vertex {
            pos,
            uv,
            color: tint,
        });
    }
    mesh.add_triangle(base, base + 1, base + 2);
    mesh.add_triangle(base, base + 2, base + 3);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A PMTiles file with no tile at all (a header and an empty root directory).
    fn empty_pmtiles(path: &std::path::Path) {
        let mut file = vec![0u8; 128];
        file[..7].copy_from_slice(b"PMTiles");
        file[7] = 3;
        file[8..16].copy_from_slice(&127u64.to_le_bytes()); // root directory at 127,
        file[16..24].copy_from_slice(&1u64.to_le_bytes()); // one byte long: zero entries
        file[97] = 1; // directories not compressed
        file[98] = 1;
        file[99] = 2; // png
        file[101] = 14;
        std::fs::write(path, file).expect("write");
    }

    #[test]
    fn a_missing_tile_borrows_the_right_quarter_of_its_parent() {
        let dir = tempfile::tempdir().expect("temp");
        let path = dir.path().join("empty.pmtiles");
        empty_pmtiles(&path);
        let source =
            OpenedSource::open(&atlas_tiles::BasemapSource::File(path), None).expect("opens");
        let mut basemap = Basemap::new(source, Arc::new(|| {}));
        let ctx = egui::Context::default();
        let texture = ctx.load_texture(
            "p",
            ColorImage::filled([4, 4], Color32::RED),
            TextureOptions::LINEAR,
        );
        basemap.textures.insert(
            TileId {
                z: 10,
                x: 600,
                y: 400,
            },
            (texture, 0),
        );
        // (1201, 800) at zoom 11 is the top right quarter of (600, 400); (2403, 1601) at zoom 12
        // the bottom right quarter of that.
        let (_, uv) = basemap
            .best_texture(TileId {
                z: 11,
                x: 1201,
                y: 800,
            })
            .expect("parent");
        assert_eq!(
            uv,
            Rect::from_min_max(Pos2::new(0.5, 0.0), Pos2::new(1.0, 0.5))
        );
        let (_, uv) = basemap
            .best_texture(TileId {
                z: 12,
                x: 2403,
                y: 1601,
            })
            .expect("grandparent");
        assert_eq!(
            uv,
            Rect::from_min_max(Pos2::new(0.75, 0.25), Pos2::new(1.0, 0.5))
        );
        assert!(basemap.best_texture(TileId { z: 11, x: 0, y: 0 }).is_none());
    }
}
