//! Issue 16's budget: 100,000 dated points scrubbed at under 16 ms a frame. One frame is what the app
//! does for the points when the day moves: the query of the day's points ([`points_at`]), their
//! projection, binning (or dots) and mesh ([`PointsView::layout`]), painted in an `egui::Context` pass
//! and tessellated, at 1500×940 points with the whole city in view. The day moves a week each frame,
//! over four years of points (wrapping round to the start); "all up to the day" (most frames
//! binned) and "the last 7 days" (dots); and the worst frame, the last day with all 100,000 shown.

use atlas_core::model::points::{points_at, DatedPoint, PointFilter, PointLayer, Window};
use atlas_draw::points_layer::PointsView;
use atlas_draw::projector::{MapFrame, Projector};
use chrono::{Days, NaiveDate};
use criterion::{criterion_group, criterion_main, Criterion};
use std::path::Path;
use std::sync::Arc;

const POINTS: usize = 100_000;
const WINDOW: egui::Vec2 = egui::vec2(1500.0, 940.0);

/// A deterministic generator (xorshift), so every run draws the same points.
struct Rng(u64);

impl Rng {
    fn unit(&mut self) -> f64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Roughly normal: the sum of four uniforms, centred.
    fn spread(&mut self, sd: f64) -> f64 {
        (self.unit() + self.unit() + self.unit() + self.unit() - 2.0) * sd * 1.7
    }
}

fn synthetic_layer(start: NaiveDate) -> PointLayer {
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    let points = (0..POINTS)
        .map(|_| {
            let day = start + Days::new((rng.unit() * 1460.0) as u64);
            let lon = 37.16 + rng.spread(0.03);
            let lat = 36.20 + rng.spread(0.02);
            DatedPoint::on_day(lon, lat, day, (rng.unit() * 6.0) as u16)
        })
        .collect();
    let categories = (0..6).map(|c| format!("class {c}")).collect();
    PointLayer::from_points(Path::new("synthetic"), points, categories)
}

fn scrub(c: &mut Criterion, name: &str, window: Window, step_days: u64) {
    let start = NaiveDate::from_ymd_opt(2013, 1, 1).expect("a day");
    let layer = Arc::new(synthetic_layer(start));
    let frame = MapFrame::centred_on(37.16, 36.20);
    let mut view = PointsView::default();
    view.sync(&layer, &frame);
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, WINDOW);
    let projector = Projector::fit(view.bounds().expect("points"), screen);
    let ctx = egui::Context::default();
    let mut day = start;
    let mut time = 0.0;
    c.bench_function(name, |b| {
        b.iter(|| {
            day = day + Days::new(step_days);
            let last = start + Days::new(1460);
            if day > last {
                // A step of the whole span pins the last day; a shorter one wraps round.
                day = if step_days >= 1460 { last } else { start };
            }
            time += 1.0 / 60.0;
            let input = egui::RawInput {
                screen_rect: Some(screen),
                time: Some(time),
                ..egui::RawInput::default()
            };
            let output = ctx.run_ui(input, |ui| {
                let shown = points_at(&layer, day, window, &PointFilter::default());
                view.paint(ui.painter(), &projector, &shown, None, egui::Color32::BLACK);
            });
            ctx.tessellate(output.shapes, output.pixels_per_point).len()
        })
    });
}

fn points_frame(c: &mut Criterion) {
    let all = "points: 100k, all up to the day, a week a frame";
    scrub(c, all, Window::Cumulative, 7);
    let week = "points: 100k, the last 7 days, a week a frame";
    scrub(c, week, Window::Days(7), 7);
    // The worst frame: the last day, all 100,000 points shown and binned.
    let last = "points: 100k, all shown (the last day)";
    scrub(c, last, Window::Cumulative, 1460);
}

criterion_group!(benches, points_frame);
criterion_main!(benches);
