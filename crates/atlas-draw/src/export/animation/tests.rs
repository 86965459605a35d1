//! Animations read back: the GIF's frames and the MP4's decoded frames against the PNGs of the same
//! days; a cancelled export writes nothing.

use super::*;
use crate::export::gif_writer::tests::decode as decode_gif;
use crate::export::mp4_writer::tests::{decode as decode_mp4, difference};
use crate::export::render_figure;

fn data() -> LoadedData {
    LoadedData::builtin().expect("built-in data")
}

fn days() -> Vec<NaiveDate> {
    let day = |d| NaiveDate::from_ymd_opt(2016, 11, d).expect("date");
    vec![day(14), day(28), day(29)]
}

#[test]
fn the_format_follows_the_extension() {
    assert_eq!(
        AnimationFormat::of_path(Path::new("a.MP4")),
        AnimationFormat::Mp4
    );
    assert_eq!(
        AnimationFormat::of_path(Path::new("a.m4v")),
        AnimationFormat::Mp4
    );
    assert_eq!(
        AnimationFormat::of_path(Path::new("a.gif")),
        AnimationFormat::Gif
    );
    assert_eq!(
        AnimationFormat::of_path(Path::new("a")),
        AnimationFormat::Gif
    );
    assert!(matches!(
        check_animation(AnimationFormat::Mp4, 3, (4000, 2000)),
        Err(ExportError::Mp4(_))
    ));
    assert!(check_animation(AnimationFormat::Gif, 3, (4000, 2000)).is_ok());
}

#[test]
fn gif_and_mp4_frames_match_the_png_frames() {
    let data = data();
    let days = days();
    let size = (400, 250);
    let dir = tempfile::tempdir().expect("temp dir");
    let frames = dir.path().join("frames");
    let gif = dir.path().join("a.gif");
    let n = animate(&data, &days, size, &gif, Some(&frames), 700, false).expect("gif");
    assert_eq!(n, 3);
    let pngs: Vec<RgbaImage> = days
        .iter()
        .enumerate()
        .map(|(i, &d)| {
            let png = image::open(frames.join(frame_file_name(i, d))).expect("a PNG frame");
            let png = png.to_rgba8();
            assert!(png == render_figure(&data, d, size.0, size.1).expect("render"));
            png
        })
        .collect();
    let decoded = decode_gif(&std::fs::read(&gif).expect("read"));
    assert_eq!(decoded.len(), 3);
    for (i, ((screen, delay), png)) in decoded.iter().zip(&pngs).enumerate() {
        assert_eq!(*delay, 70);
        let rgb: Vec<u8> = screen
            .chunks_exact(4)
            .flat_map(|p| [p[0], p[1], p[2]])
            .collect();
        let (mean, p99) = difference(&rgb, size.0 as usize, png);
        // One palette of 255 colours: fills exact, edges and text within a few levels.
        assert!(
            mean < 0.5 && p99 <= 4,
            "GIF frame {i}: mean {mean:.2}, 99% within {p99}"
        );
    }
    let mp4 = dir.path().join("a.mp4");
    animate(&data, &days, size, &mp4, None, 700, false).expect("mp4");
    let video = decode_mp4(&std::fs::read(&mp4).expect("read"));
    assert_eq!(video.size, (400, 250));
    assert_eq!(video.durations, [700, 700, 700]);
    assert_eq!(video.frames.len(), 3);
    for (i, (rgb, png)) in video.frames.iter().zip(&pngs).enumerate() {
        let (mean, p99) = difference(rgb, 400, png);
        assert!(
            mean < 3.0 && p99 <= 24,
            "MP4 frame {i}: mean {mean:.2}, 99% within {p99}"
        );
    }
}

#[test]
fn a_cancelled_animation_writes_no_file() {
    let data = data();
    let dir = tempfile::tempdir().expect("temp dir");
    for name in ["a.gif", "a.mp4"] {
        let out = dir.path().join(name);
        let animation = Animation {
            days: &days(),
            size: (120, 80),
            out: &out,
            frames_dir: None,
            frame_ms: 100,
            replace: false,
            look: &ExportLook::default(),
        };
        let result = animation.write(&data, |n| n < 2);
        assert!(matches!(result, Err(ExportError::Cancelled)), "{name}");
        assert!(!out.exists(), "{name}");
    }
    let left: Vec<_> = std::fs::read_dir(dir.path()).expect("list").collect();
    assert!(left.is_empty(), "no temporary file is left");
}

#[test]
fn every_fill_of_every_day_is_a_known_colour() {
    let data = data();
    let palette = Palette::for_visuals(&egui::Visuals::light());
    let days = days();
    let known = fill_colours(&data, &days, &palette);
    for &day in &days {
        for state in data.index.state_at(day) {
            let c = palette.fill(&data.dataset, &state, day);
            assert!(known.contains(&[c.r(), c.g(), c.b()]));
        }
    }
    assert!(known.len() >= 4, "{known:?}");
}
