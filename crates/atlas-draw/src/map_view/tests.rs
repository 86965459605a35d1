//! The map view's drawing order: what a caller draws over the map stays under its buttons.

use super::*;
use atlas_core::session::LoadedData;
use egui::epaint::ClippedShape;

/// A colour nothing else on the map uses.
const MARK: Color32 = Color32::from_rgb(1, 2, 3);

/// Where in the frame's shapes the first one matching `is` comes.
fn index_of(shapes: &[ClippedShape], is: impl Fn(&Shape) -> bool) -> Option<usize> {
    shapes.iter().position(|c| is(&c.shape))
}

#[test]
fn what_is_drawn_over_the_map_stays_under_its_buttons() {
    let data = LoadedData::builtin().expect("built-in data");
    let day = NaiveDate::from_ymd_opt(2016, 12, 1).expect("a day");
    let states = data.index.state_at(day);
    let mut map = MapView::new(MapShapes::build(&data.dataset.layer, &data.landmarks));
    let ctx = egui::Context::default();
    let mut shapes = Vec::new();
    // The first frame lays the map out; the second draws it with everything known.
    for _ in 0..2 {
        let input = egui::RawInput {
            screen_rect: Some(Rect::from_min_size(Pos2::ZERO, egui::vec2(900.0, 700.0))),
            ..Default::default()
        };
        let output = ctx.run_ui(input, |ui| {
            let palette = Palette::for_visuals(ui.visuals());
            let scene = MapScene {
                data: &data.dataset,
                states: &states,
                day,
                selected: &[],
                hovered: &[],
                palette: &palette,
                labels: LabelScript::Latin,
                compare: None,
            };
            egui::CentralPanel::default().show(ui, |ui| {
                map.ui_with(ui, &scene, &mut |painter, _| {
                    painter.rect_filled(painter.clip_rect(), 0.0, MARK);
                });
            });
        });
        let mut output = output;
        output.textures_delta.clear();
        shapes = output.shapes;
    }
    let mark = index_of(&shapes, |s| matches!(s, Shape::Rect(r) if r.fill == MARK))
        .expect("the caller's shape is drawn");
    let fit = index_of(
        &shapes,
        |s| matches!(s, Shape::Text(t) if t.galley.text() == "Fit"),
    )
    .expect("the Fit button is drawn");
    let district_fill =
        index_of(&shapes, |s| matches!(s, Shape::Mesh(_))).expect("the districts are drawn");
    assert!(district_fill < mark, "over the districts");
    assert!(mark < fit, "under the buttons: mark {mark}, Fit {fit}");
}
