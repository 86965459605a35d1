//! What the map carries besides the districts: the basemap's credit, the comparison banner, the scale bar.

use super::*;

/// The basemap's credit at the bottom right of the map ("© OpenStreetMap contributors").
pub(super) fn paint_attribution(
    painter: &egui::Painter,
    screen: Rect,
    text: &str,
    palette: &Palette,
) {
    let galley = painter.layout_no_wrap(text.to_string(), FontId::proportional(11.0), palette.text);
    let at = screen.right_bottom() - galley.size() - Vec2::new(6.0, 4.0);
    painter.rect_filled(
        Rect::from_min_size(at, galley.size()).expand(3.0),
        2.0,
        palette.halo.gamma_multiply(0.85),
    );
    painter.galley(at, galley, palette.text);
}

/// What a compared map shows, in a line at the top of the map.
pub(super) fn paint_compare_banner(
    painter: &egui::Painter,
    screen: Rect,
    scene: &MapScene<'_>,
    compare: CompareScene<'_>,
) {
    let n = compare.changed.iter().filter(|c| **c).count();
    let text = format!(
        "Changes of side, end of {} to end of {}: {n} district{}. Fill: the side on the later day; \
         outline: the side on the earlier day; pale: no change.",
        compare.from.format("%-d %b %Y"),
        scene.day.format("%-d %b %Y"),
        if n == 1 { "" } else { "s" }
    );
    let galley = painter.layout(
        text,
        FontId::proportional(13.0),
        scene.palette.text,
        (screen.width() * 0.45).clamp(200.0, 460.0),
    );
    // Top right, below where an export's title goes and left of the zoom buttons.
    let at = Pos2::new(screen.right() - 60.0 - galley.size().x, screen.top() + 50.0);
    let back = Rect::from_min_size(at, galley.size()).expand(6.0);
    painter.rect_filled(back, 4.0, scene.palette.halo);
    painter.rect_stroke(
        back,
        4.0,
        Stroke::new(1.5, scene.palette.highlight),
        egui::StrokeKind::Inside,
    );
    painter.galley(at, galley, scene.palette.text);
}

/// A bar of a round length (100 m, 200 m, 500 m, 1 km, 2 km, …) at the bottom left.
pub(super) fn paint_scale_bar(painter: &egui::Painter, projector: &Projector, palette: &Palette) {
    let target_points = 120.0;
    let km = target_points / projector.scale;
    let candidates = [0.05, 0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0, 20.0, 50.0];
    let length_km = candidates
        .iter()
        .copied()
        .rfind(|c| *c <= km)
        .unwrap_or(candidates[0]);
    let length = length_km * projector.scale;
    let start = projector.screen.left_bottom() + Vec2::new(16.0, -18.0);
    let end = start + Vec2::new(length, 0.0);
    let label = if length_km < 1.0 {
        format!("{:.0} m", length_km * 1000.0)
    } else {
        format!("{length_km:.0} km")
    };
    let back = Rect::from_min_max(start + Vec2::new(-6.0, -22.0), end + Vec2::new(6.0, 8.0));
    painter.rect_filled(back, 3.0, palette.halo);
    let stroke = Stroke::new(2.0, palette.text);
    painter.line_segment([start, end], stroke);
    painter.line_segment([start, start + Vec2::new(0.0, -6.0)], stroke);
    painter.line_segment([end, end + Vec2::new(0.0, -6.0)], stroke);
    painter.text(
        start + Vec2::new(length / 2.0, -7.0),
        Align2::CENTER_BOTTOM,
        label,
        FontId::proportional(11.0),
        palette.text,
    );
}
