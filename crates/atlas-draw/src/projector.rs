//! The two transforms of the map, so that drawing code never does projection math itself:
//! - [`MapFrame`]: longitude/latitude → map coordinates, kilometres east and south of the data's centre
//!   (a local equirectangular projection, exact enough for one city);
//! - [`Projector`]: map coordinates ↔ screen points, for the current pan and zoom.

use egui::emath::TSTransform;
use egui::{Pos2, Rect, Vec2};

/// Kilometres per degree of latitude (mean).
const KM_PER_DEGREE: f64 = 111.32;

/// Longitude/latitude to map kilometres around a fixed centre.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MapFrame {
    lon0: f64,
    lat0: f64,
    km_per_lon: f64,
}

impl MapFrame {
    /// A frame centred on (`lon0`, `lat0`).
    pub fn centred_on(lon0: f64, lat0: f64) -> Self {
        Self {
            lon0,
            lat0,
            km_per_lon: KM_PER_DEGREE * lat0.to_radians().cos(),
        }
    }

    /// Map point (x east, y south, in km) of a longitude/latitude.
    pub fn to_map(&self, lon: f64, lat: f64) -> Pos2 {
        Pos2::new(
            ((lon - self.lon0) * self.km_per_lon) as f32,
            (-(lat - self.lat0) * KM_PER_DEGREE) as f32,
        )
    }

    /// Longitude/latitude of a map point: the inverse of [`MapFrame::to_map`].
    pub fn to_lon_lat(&self, map: Pos2) -> (f64, f64) {
        let lon = if self.km_per_lon == 0.0 {
            self.lon0
        } else {
            self.lon0 + f64::from(map.x) / self.km_per_lon
        };
        (lon, self.lat0 - f64::from(map.y) / KM_PER_DEGREE)
    }
}

/// Map kilometres ↔ screen points for the current view.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Projector {
    /// The map point shown at the centre of the screen rectangle.
    pub centre: Pos2,
    /// Screen points per kilometre.
    pub scale: f32,
    /// Where the map is drawn.
    pub screen: Rect,
}

impl Projector {
    /// The closest and farthest zoom, in points per kilometre.
    pub const MIN_SCALE: f32 = 2.0;
    pub const MAX_SCALE: f32 = 3000.0;

    /// The view that shows all of `bounds` inside `screen`, with a small margin.
    pub fn fit(bounds: Rect, screen: Rect) -> Self {
        let margin = 0.04;
        let sx = screen.width() / (bounds.width().max(1e-3) * (1.0 + 2.0 * margin));
        let sy = screen.height() / (bounds.height().max(1e-3) * (1.0 + 2.0 * margin));
        Self {
            centre: bounds.center(),
            scale: sx.min(sy).clamp(Self::MIN_SCALE, Self::MAX_SCALE),
            screen,
        }
    }

    pub fn to_screen(&self, map: Pos2) -> Pos2 {
        self.screen.center() + (map - self.centre) * self.scale
    }

    pub fn to_map(&self, screen: Pos2) -> Pos2 {
        self.centre + (screen - self.screen.center()) / self.scale
    }

    /// The same transform as [`Self::to_screen`], for meshes kept in map coordinates.
    pub fn transform(&self) -> TSTransform {
        TSTransform::new(
            self.screen.center().to_vec2() - self.centre.to_vec2() * self.scale,
            self.scale,
        )
    }

    /// The map rectangle currently visible.
    pub fn visible_map_rect(&self) -> Rect {
        Rect::from_two_pos(self.to_map(self.screen.min), self.to_map(self.screen.max))
    }

    /// Moves the map by a screen-space delta (a drag).
    pub fn pan_by(&mut self, screen_delta: Vec2) {
        self.centre -= screen_delta / self.scale;
    }

    /// Zooms by `factor`, keeping the map point under `anchor` (a screen point) where it is.
    pub fn zoom_around(&mut self, factor: f32, anchor: Pos2) {
        let before = self.to_map(anchor);
        self.scale = (self.scale * factor).clamp(Self::MIN_SCALE, Self::MAX_SCALE);
        let after = self.to_map(anchor);
        self.centre += before - after;
    }

    /// Keeps the centre and zoom but follows a new screen rectangle (a resized window).
    pub fn with_screen(mut self, screen: Rect) -> Self {
        self.screen = screen;
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn screen_and_map_round_trip() {
        let bounds = Rect::from_min_max(Pos2::new(-10.0, -8.0), Pos2::new(10.0, 8.0));
        let screen = Rect::from_min_size(Pos2::new(100.0, 50.0), Vec2::new(800.0, 600.0));
        let mut p = Projector::fit(bounds, screen);
        p.zoom_around(2.5, Pos2::new(300.0, 200.0));
        p.pan_by(Vec2::new(13.0, -7.0));
        let map = Pos2::new(3.0, -2.0);
        let back = p.to_map(p.to_screen(map));
        assert!((back - map).length() < 1e-3);
        let via_transform = p.transform().mul_pos(map);
        assert!((via_transform - p.to_screen(map)).length() < 1e-3);
    }

    #[test]
    fn zoom_keeps_the_anchor_still() {
        let bounds = Rect::from_min_max(Pos2::new(0.0, 0.0), Pos2::new(10.0, 10.0));
        let screen = Rect::from_min_size(Pos2::ZERO, Vec2::new(500.0, 500.0));
        let mut p = Projector::fit(bounds, screen);
        let anchor = Pos2::new(120.0, 380.0);
        let under = p.to_map(anchor);
        p.zoom_around(3.0, anchor);
        assert!((p.to_map(anchor) - under).length() < 1e-3);
    }

    #[test]
    fn north_is_up() {
        let f = MapFrame::centred_on(37.15, 36.2);
        assert!(f.to_map(37.15, 36.3).y < f.to_map(37.15, 36.2).y);
        assert!(f.to_map(37.25, 36.2).x > 0.0);
    }
}
