//! Pan and zoom from mouse and keys, and bringing a district into view.

use super::*;

/// The view centred on `anchor`, zoomed in so that a district of `bounds` fills at least a sixth of
/// the map's width (never zoomed out).
pub(super) fn bring_into_view(mut projector: Projector, anchor: Pos2, bounds: Rect) -> Projector {
    projector.centre = anchor;
    let wanted = projector.screen.width() / 6.0 / bounds.width().max(bounds.height()).max(1e-3);
    if wanted > projector.scale {
        projector.scale = wanted.min(Projector::MAX_SCALE);
    }
    projector
}

/// Pan and zoom from the mouse (drag, wheel, pinch, double-click) and the keys (arrows once the map
/// has focus, + and − unless a text field has it).
pub(super) fn navigate(
    ui: &mut Ui,
    response: &egui::Response,
    id: egui::Id,
    pointer_in_map: Option<Pos2>,
    projector: &mut Projector,
) {
    let rect = response.rect;
    if response.dragged() {
        projector.pan_by(response.drag_delta());
    }
    if let Some(at) = pointer_in_map {
        let (scroll, zoom) = ui.input(|i| (i.smooth_scroll_delta().y, i.zoom_delta()));
        let factor = zoom * (scroll / 300.0).exp();
        if (factor - 1.0).abs() > 1e-4 {
            projector.zoom_around(factor, at);
        }
    }
    if response.double_clicked() {
        if let Some(at) = pointer_in_map {
            projector.zoom_around(2.0, at);
        }
    }
    if response.clicked() || response.drag_started() {
        response.request_focus();
    }
    if response.has_focus() {
        ui.memory_mut(|m| {
            m.set_focus_lock_filter(
                id,
                egui::EventFilter {
                    horizontal_arrows: true,
                    vertical_arrows: true,
                    ..Default::default()
                },
            )
        });
        let step = 60.0;
        let keys = [
            (Key::ArrowLeft, Vec2::new(step, 0.0)),
            (Key::ArrowRight, Vec2::new(-step, 0.0)),
            (Key::ArrowUp, Vec2::new(0.0, step)),
            (Key::ArrowDown, Vec2::new(0.0, -step)),
        ];
        for (key, delta) in keys {
            if ui.input_mut(|i| i.consume_key(Modifiers::NONE, key)) {
                projector.pan_by(delta);
            }
        }
    }
    if !ui.ctx().text_edit_focused() {
        let (zoom_in, zoom_out) = ui.input_mut(|i| {
            (
                i.consume_key(Modifiers::NONE, Key::Plus)
                    || i.consume_key(Modifiers::NONE, Key::Equals),
                i.consume_key(Modifiers::NONE, Key::Minus),
            )
        });
        if zoom_in {
            projector.zoom_around(1.4, rect.center());
        }
        if zoom_out {
            projector.zoom_around(1.0 / 1.4, rect.center());
        }
    }
}
