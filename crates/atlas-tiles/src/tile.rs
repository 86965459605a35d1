//! Web Mercator tiles (the XYZ scheme of OpenStreetMap and most tile servers): which tiles cover a
//! box of longitudes and latitudes at a zoom, and where a tile's corners are.

/// A tile: zoom `z`, column `x` from the west, row `y` from the north.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TileId {
    pub z: u8,
    pub x: u32,
    pub y: u32,
}

/// The deepest zoom any source is asked for.
pub const MAX_ZOOM: u8 = 22;

/// The most tiles one view asks for (a view larger than this at its zoom takes a zoom out).
pub const MOST_TILES: usize = 160;

impl TileId {
    /// The tile one zoom out that holds this one, and which quarter of it this is (0..2, 0..2).
    pub fn parent(self) -> Option<(TileId, (u32, u32))> {
        let z = self.z.checked_sub(1)?;
        Some((
            TileId {
                z,
                x: self.x / 2,
                y: self.y / 2,
            },
            (self.x % 2, self.y % 2),
        ))
    }

    /// Longitude and latitude of the tile's north-west corner (of a corner beyond it, for `x + 1`
    /// or `y + 1`).
    pub fn corner(z: u8, x: u32, y: u32) -> (f64, f64) {
        let n = f64::from(1u32 << z.min(MAX_ZOOM));
        let lon = f64::from(x) / n * 360.0 - 180.0;
        let lat = (std::f64::consts::PI * (1.0 - 2.0 * f64::from(y) / n))
            .sinh()
            .atan()
            .to_degrees();
        (lon, lat)
    }

    /// Whether the tile exists at its zoom.
    pub fn is_valid(self) -> bool {
        self.z <= MAX_ZOOM && self.x < (1u32 << self.z) && self.y < (1u32 << self.z)
    }
}

/// Fractional tile coordinates of a point at zoom `z`.
pub fn tile_xy(lon: f64, lat: f64, z: u8) -> (f64, f64) {
    let n = f64::from(1u32 << z.min(MAX_ZOOM));
    let lat = lat.clamp(-85.0511, 85.0511).to_radians();
    let x = (lon + 180.0) / 360.0 * n;
    let y = (1.0 - (lat.tan() + 1.0 / lat.cos()).ln() / std::f64::consts::PI) / 2.0 * n;
    (x, y)
}

/// The zoom at which a tile of 256 pixels is shown at about its own size, for a view of
/// `points_per_km` at latitude `lat`.
pub fn zoom_for(points_per_km: f64, lat: f64) -> u8 {
    // A tile at zoom z spans 40,075 km × cos(lat) / 2^z.
    let span_wanted = 256.0 / points_per_km.max(1e-9);
    let z = (40_075.0 * lat.to_radians().cos().abs() / span_wanted).log2();
    z.round().clamp(0.0, f64::from(MAX_ZOOM)) as u8
}

/// The tiles at zoom `z` covering the box, north-west first (empty when there would be more than
/// [`MOST_TILES`]).
pub fn covering(west: f64, south: f64, east: f64, north: f64, z: u8) -> Vec<TileId> {
    let max = (1u32 << z.min(MAX_ZOOM)) - 1;
    let clamp = |v: f64| (v.floor().max(0.0) as u32).min(max);
    let (x0, y0) = tile_xy(west, north, z);
    let (x1, y1) = tile_xy(east, south, z);
    if !(x0.is_finite() && y0.is_finite() && x1.is_finite() && y1.is_finite()) {
        return Vec::new();
    }
    let (x0, x1, y0, y1) = (clamp(x0), clamp(x1), clamp(y0), clamp(y1));
    let count = (u64::from(x1 - x0) + 1) * (u64::from(y1 - y0) + 1);
    if x1 < x0 || y1 < y0 || count > MOST_TILES as u64 {
        return Vec::new();
    }
    let mut tiles = Vec::with_capacity(count as usize);
    for y in y0..=y1 {
        for x in x0..=x1 {
            tiles.push(TileId { z, x, y });
        }
    }
    tiles
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_citadel_of_aleppo_is_in_its_osm_tile() {
        // 36.1994 N, 37.1627 E: tile 14/9883/6422 (worked by hand from the formula of the OSM
        // wiki's "Slippy map tilenames": x = 217.1627 / 360 × 2^14, y = (1 − ln(tan φ + sec φ) / π)
        // / 2 × 2^14 = 6422.6).
        let (x, y) = tile_xy(37.1627, 36.1994, 14);
        assert_eq!((x as u32, y as u32), (9883, 6422));
        let (lon, lat) = TileId::corner(14, 9883, 6422);
        let (lon1, lat1) = TileId::corner(14, 9884, 6423);
        assert!(lon <= 37.1627 && 37.1627 < lon1);
        assert!(lat >= 36.1994 && 36.1994 > lat1);
    }

    #[test]
    fn a_view_is_covered_without_gaps_and_never_by_too_many_tiles() {
        let tiles = covering(37.05, 36.13, 37.30, 36.30, 13);
        assert!(!tiles.is_empty());
        let xs: Vec<u32> = tiles.iter().map(|t| t.x).collect();
        let ys: Vec<u32> = tiles.iter().map(|t| t.y).collect();
        let (w, h) = (
            xs.iter().max().unwrap_or(&0) - xs.iter().min().unwrap_or(&0) + 1,
            ys.iter().max().unwrap_or(&0) - ys.iter().min().unwrap_or(&0) + 1,
        );
        assert_eq!(tiles.len() as u32, w * h);
        assert!(covering(-180.0, -85.0, 180.0, 85.0, 12).is_empty());
        assert!(covering(f64::NAN, 0.0, 1.0, 1.0, 3).is_empty());
    }

    #[test]
    fn zoom_follows_the_scale_and_parents_halve() {
        let near = zoom_for(400.0, 36.2);
        let far = zoom_for(25.0, 36.2);
        assert!(near > far && near - far == 4, "{near} {far}");
        let t = TileId {
            z: 14,
            x: 9883,
            y: 6422,
        };
        assert_eq!(
            t.parent(),
            Some((
                TileId {
                    z: 13,
                    x: 4941,
                    y: 3211
                },
                (1, 0)
            ))
        );
        assert!(t.is_valid() && !TileId { z: 2, x: 4, y: 0 }.is_valid());
    }
}
