//! The dated points wired into the app (issue 16): refreshed for the day and drawn over the map, a
//! click on one selects it, the *Dated points* window, and what tests and scripts may ask.

use super::points_view::{points_window, PointsCommand, PointsScene};
use super::AtlasApp;

impl AtlasApp {
    /// Asks the layer for the points of the day, when there is a layer.
    pub(super) fn refresh_points(&mut self) {
        let day = self.day();
        if let Some(layer) = &self.data.points {
            let frame = self.map.shapes().frame;
            self.points.refresh(layer, &frame, day);
        }
    }

    /// A click on the map at `at`: the point under it, if any, is selected (and shown in the window).
    pub(super) fn click_points(&mut self, at: egui::Pos2) -> bool {
        let Some(projector) = self.map.projector() else {
            return false;
        };
        let hit = self.points.point_at(&projector, at);
        if hit.is_some() || self.points.selected.is_some() {
            self.points.apply(PointsCommand::Select(hit));
        }
        hit.is_some()
    }

    /// The *Dated points* window, when there are points.
    pub(super) fn points_window_ui(&mut self, ctx: &egui::Context) {
        let Some(layer) = self.data.points.clone() else {
            return;
        };
        let scene = PointsScene {
            layer: &layer,
            day: self.day(),
            shown: self.points.shown().len(),
        };
        let mut open = self.points.open;
        let commands = points_window(ctx, &mut open, &self.points, &scene);
        self.points.open = open;
        for command in commands {
            match command {
                PointsCommand::ChooseDateProperty => self.choose_points_date(ctx),
                command => self.points.apply(command),
            }
        }
    }

    /// The points shown at the day (numbers into the layer's points).
    pub fn points_shown(&self) -> &[u32] {
        self.points.shown()
    }

    /// The point clicked, if any.
    pub fn selected_point(&self) -> Option<u32> {
        self.points.selected
    }

    /// The dated points loaded, if any.
    pub fn point_layer(&self) -> Option<&atlas_core::model::points::PointLayer> {
        self.data.points.as_deref()
    }

    /// Where a point is drawn on screen (after the first frame).
    pub fn point_on_screen(&self, point: u32) -> Option<egui::Pos2> {
        self.points.on_screen(&self.map.projector()?, point)
    }
}
