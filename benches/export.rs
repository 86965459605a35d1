//! Speed of the exports (issue 14) on the built-in data at 1600×1000, the 38 days of the offensive
//! (15 November – 22 December 2016):
//! - one frame: the figure drawn and rasterized (a renderer that has drawn the day before, as in an
//!   animation; and a fresh one, as `snapshot` is);
//! - the encoders, on frames drawn beforehand: the GIF (its palette built, 38 frames mapped to it
//!   and written), the MP4 (38 frames converted and encoded), the SVG of one day (drawn and
//!   written);
//! - the whole animation as `animate` makes it, frames drawn on every core, into a file.
//!
//! `cargo bench --bench export`. The whole processes against QGIS: `benches/compare_qgis.sh`.

use atlas_core::session::LoadedData;
use atlas_draw::export::gif_palette::GifPalette;
use atlas_draw::export::gif_writer::GifWriter;
use atlas_draw::export::mp4_writer::{Mp4Writer, Picture};
use atlas_draw::export::{
    animation::fill_colours, days_between, Animation, ExportLook, FigureRenderer,
};
use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion};
use std::time::Duration;

const SIZE: (u32, u32) = (1600, 1000);

fn days() -> Vec<NaiveDate> {
    let day = |m, d| NaiveDate::from_ymd_opt(2016, m, d).unwrap_or_default();
    days_between(day(11, 15), day(12, 22), 1).unwrap_or_default()
}

fn export(c: &mut Criterion) {
    let Ok(data) = LoadedData::builtin() else {
        panic!("the built-in data must load");
    };
    let days = days();
    let Ok(mut renderer) = FigureRenderer::new(&data, SIZE.0, SIZE.1) else {
        panic!("a renderer of 1600×1000");
    };
    let mut group = c.benchmark_group("export 1600x1000");
    group.sample_size(20);
    let mut i = 0;
    group.bench_function("one frame, the renderer warm (animation)", |b| {
        b.iter(|| {
            i = (i + 1) % days.len();
            renderer.render(days[i])
        })
    });
    group.bench_function("one frame, a fresh renderer (snapshot)", |b| {
        b.iter(|| FigureRenderer::new(&data, SIZE.0, SIZE.1).map(|mut r| r.render(days[12])))
    });
    let frames: Vec<_> = days.iter().map(|&d| renderer.render(d)).collect();
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(20));
    group.bench_function("GIF encoder, 38 frames (palette, mapping, LZW)", |b| {
        b.iter(|| {
            let known = fill_colours(&data, &days, &renderer.palette());
            let palette = GifPalette::build(&[&frames[0], &frames[frames.len() - 1]], &known);
            let mut mapper = palette.mapper();
            let mut out = Vec::new();
            let Ok(mut writer) = GifWriter::new(&mut out, SIZE, &palette.table(), 600) else {
                panic!("a GIF writer");
            };
            for frame in &frames {
                let _ = writer.push(mapper.indices(frame));
            }
            let _ = writer.finish();
            out.len()
        })
    });
    group.bench_function("MP4 encoder, 38 frames (YUV, H.264, mux)", |b| {
        b.iter(|| {
            let out = std::io::Cursor::new(Vec::new());
            let Ok(mut writer) = Mp4Writer::new(out, SIZE, 600) else {
                panic!("an MP4 writer");
            };
            for frame in &frames {
                let _ = writer.push(&Picture::from_rgba(frame));
            }
            writer.finish().map(|(out, _)| out.into_inner().len())
        })
    });
    let Ok(mut vector) = FigureRenderer::vector(&data, SIZE.0, SIZE.1) else {
        panic!("a vector renderer");
    };
    group.bench_function("SVG of one day (drawn and written)", |b| {
        b.iter(|| vector.render_svg(days[12]).len())
    });
    let look = ExportLook::default();
    let dir = std::env::temp_dir().join(format!("aleppo-atlas-bench-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    for (name, file) in [("GIF", "a.gif"), ("MP4", "a.mp4")] {
        let out = dir.join(file);
        group.bench_function(format!("animation of 38 days to {name}, all cores"), |b| {
            b.iter(|| {
                let animation = Animation {
                    days: &days,
                    size: SIZE,
                    out: &out,
                    frames_dir: None,
                    frame_ms: 600,
                    replace: true,
                    look: &look,
                };
                animation.write(&data, |_| true)
            })
        });
    }
    group.finish();
    let _ = std::fs::remove_dir_all(&dir);
}

criterion_group!(benches, export);
criterion_main!(benches);
