//! Frames of the desktop app, headless: one frame is what eframe does for a window — `App::logic`
//! and `App::ui` of the real [`AtlasApp`] inside `egui::Context::run_ui` — then the tessellation of
//! everything drawn into meshes (`Context::tessellate`), with no GPU and no AccessKit (as when no
//! screen reader is on), after the allocator setting the app makes at its start
//! ([`aleppo_atlas::frame_memory`]). Budgets of issue 6:
//! - the built-in data, the date moving a day each frame: under 2 ms;
//! - 10,000 districts and 1,000,000 events (a synth bundle), scrubbing the timeline (a week each
//!   frame): under 16 ms.
//!
//! `cargo bench --bench frame`. Smaller synth data for a quick look:
//! `SCALE_DISTRICTS=1000 SCALE_EVENTS=100000 cargo bench --bench frame`.

mod common;

use aleppo_atlas::app::{AtlasApp, StartOptions};
use chrono::NaiveDate;
use common::{size, synth_bundle, Scratch};
use criterion::{criterion_group, criterion_main, Criterion};
use eframe::App;
use std::time::Duration;

/// The window the frames are drawn for, in points (a laptop screen).
const WINDOW: egui::Vec2 = egui::vec2(1500.0, 940.0);

/// The app in a headless egui context, run frame by frame as eframe would.
struct Headless {
    ctx: egui::Context,
    frame: eframe::Frame,
    app: AtlasApp,
    time: f64,
}

impl Headless {
    fn new(start: StartOptions) -> Self {
        let ctx = egui::Context::default();
        let cc = eframe::CreationContext::_new_kittest(ctx.clone());
        let app = AtlasApp::new(&cc, start);
        Self {
            ctx,
            frame: eframe::Frame::_new_kittest(),
            app,
            time: 0.0,
        }
    }

    /// One frame: run the app's ui and tessellate it; the number of triangles drawn.
    fn frame(&mut self) -> usize {
        self.time += 1.0 / 60.0;
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, WINDOW)),
            time: Some(self.time),
            predicted_dt: 1.0 / 60.0,
            ..egui::RawInput::default()
        };
        let Self {
            ctx, frame, app, ..
        } = self;
        let output = ctx.run_ui(input, |ui| {
            app.logic(ui.ctx(), frame);
            app.ui(ui, frame);
        });
        let primitives = ctx.tessellate(output.shapes, output.pixels_per_point);
        primitives
            .iter()
            .map(|p| match &p.primitive {
                egui::epaint::Primitive::Mesh(mesh) => mesh.indices.len() / 3,
                egui::epaint::Primitive::Callback(_) => 0,
            })
            .sum()
    }

    /// Frames until the app has settled (fonts loaded, layout remembered).
    fn settle(&mut self) {
        for _ in 0..5 {
            self.frame();
        }
    }

    /// Benchmarks a frame with the day moved by `step` days before it, going round the record.
    fn bench_frames(&mut self, c: &mut Criterion, name: &str, step: u64) {
        let record = (
            self.app.dataset().record_start,
            self.app.dataset().record_end,
        );
        let triangles = self.frame();
        eprintln!(
            "{name}: {} districts, {} events, {triangles} triangles a frame",
            self.app.dataset().layer.len(),
            self.app.dataset().events.len()
        );
        let mut day = self.app.day();
        let mut group = c.benchmark_group("frame");
        group.measurement_time(Duration::from_secs(10));
        group.bench_function(name, |b| {
            b.iter(|| {
                day = next_day(day, step, record);
                self.app.set_day(day);
                self.frame()
            })
        });
        group.finish();
    }
}

/// `day` moved on by `step` days, back to the start after the end of the record.
fn next_day(day: NaiveDate, step: u64, (start, end): (NaiveDate, NaiveDate)) -> NaiveDate {
    match day.checked_add_days(chrono::Days::new(step)) {
        Some(next) if next <= end => next,
        _ => start,
    }
}

fn builtin_frame(c: &mut Criterion) {
    // As the desktop app does when it starts.
    aleppo_atlas::frame_memory::reuse_frame_memory();
    let mut app = Headless::new(StartOptions {
        date: NaiveDate::from_ymd_opt(2016, 11, 15),
        ..StartOptions::default()
    });
    app.settle();
    app.bench_frames(
        c,
        "built-in data: a frame, the date moving a day each frame",
        1,
    );
}

fn synth_scrub_frame(c: &mut Criterion) {
    aleppo_atlas::frame_memory::reuse_frame_memory();
    let districts = size("SCALE_DISTRICTS", 10_000);
    let events = size("SCALE_EVENTS", 1_000_000);
    let scratch = Scratch::new("frame");
    let bundle = synth_bundle(&scratch, districts, events);
    let mut app = Headless::new(StartOptions {
        files: vec![bundle],
        ..StartOptions::default()
    });
    app.app.finish_jobs();
    app.settle();
    common::memory_line("with the synthetic bundle loaded in the app");
    assert_eq!(
        app.app.dataset().layer.len(),
        districts,
        "the app shows the synthetic bundle: {:?}",
        app.app.notices().first().map(|n| &n.text)
    );
    app.bench_frames(
        c,
        &format!(
            "{districts} districts, {events} events: a frame while scrubbing (a week a frame)"
        ),
        7,
    );
}

criterion_group!(benches, builtin_frame, synth_scrub_frame);
criterion_main!(benches);
