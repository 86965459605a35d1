//! The MP4 read back: its track says what was written (size, frames, durations), and OpenH264's
//! decoder turns it back into frames close to those given.

use super::*;
use openh264::decoder::Decoder;
use openh264::formats::YUVSource;
use std::io::Cursor;

/// A decoded video: its frames as RGB, and each sample's duration in milliseconds.
pub(crate) struct Decoded {
    pub size: (usize, usize),
    pub frames: Vec<Vec<u8>>,
    pub durations: Vec<u32>,
}

/// Reads an MP4 of one H.264 track and decodes every frame.
pub(crate) fn decode(bytes: &[u8]) -> Decoded {
    let mut reader =
        mp4::Mp4Reader::read_header(Cursor::new(bytes), bytes.len() as u64).expect("an MP4");
    let track = reader.tracks().get(&1).expect("track 1");
    let mut annex_b = Vec::new();
    for set in [
        track.sequence_parameter_set().expect("SPS"),
        track.picture_parameter_set().expect("PPS"),
    ] {
        annex_b.extend_from_slice(&[0, 0, 0, 1]);
        annex_b.extend_from_slice(set);
    }
    let count = track.sample_count();
    let mut decoder = Decoder::new().expect("decoder");
    let mut out = Decoded {
        size: (0, 0),
        frames: Vec::new(),
        durations: Vec::new(),
    };
    let keep = |yuv: &openh264::decoder::DecodedYUV<'_>, out: &mut Decoded| {
        let (w, h) = yuv.dimensions();
        let mut rgb = vec![0u8; w * h * 3];
        yuv.write_rgb8(&mut rgb);
        out.size = (w, h);
        out.frames.push(rgb);
    };
    for id in 1..=count {
        let sample = reader.read_sample(1, id).expect("read").expect("a sample");
        out.durations.push(sample.duration);
        let mut rest = &sample.bytes[..];
        while rest.len() >= 4 {
            let n = u32::from_be_bytes([rest[0], rest[1], rest[2], rest[3]]) as usize;
            annex_b.extend_from_slice(&[0, 0, 0, 1]);
            annex_b.extend_from_slice(&rest[4..4 + n]);
            rest = &rest[4 + n..];
        }
        if let Some(yuv) = decoder.decode(&annex_b).expect("decodes") {
            keep(&yuv, &mut out);
        }
        annex_b.clear();
    }
    for yuv in decoder.flush_remaining().expect("flush") {
        keep(&yuv, &mut out);
    }
    out
}

/// The mean and the 99th percentile of the channel differences between an RGB frame and an image.
pub(crate) fn difference(rgb: &[u8], width: usize, image: &RgbaImage) -> (f64, u8) {
    let mut histogram = [0usize; 256];
    let mut sum = 0u64;
    for (y, row) in image.rows().enumerate() {
        for (x, p) in row.enumerate() {
            for c in 0..3 {
                let d = rgb[(y * width + x) * 3 + c].abs_diff(p.0[c]);
                histogram[usize::from(d)] += 1;
                sum += u64::from(d);
            }
        }
    }
    let total: usize = histogram.iter().sum();
    let mut seen = 0;
    let p99 = histogram
        .iter()
        .position(|n| {
            seen += n;
            seen * 100 >= total * 99
        })
        .unwrap_or(255) as u8;
    (sum as f64 / total.max(1) as f64, p99)
}

/// Flat blocks of colour with lines two pixels wide (4:2:0 keeps colour at half the resolution, so
/// thinner lines lose theirs), moving from frame to frame.
fn frame(i: u32, (w, h): (u32, u32)) -> RgbaImage {
    RgbaImage::from_fn(w, h, |x, y| {
        let colour = if x < w / 2 {
            [213, 94, 0]
        } else {
            [0, 158, 115]
        };
        if y / 2 == 5 + i * 2 || x / 2 == 10 + i * 3 {
            image::Rgba([22, 22, 22, 255])
        } else {
            image::Rgba([colour[0], colour[1], colour[2], 255])
        }
    })
}

#[test]
fn frames_decode_back_close_to_what_was_given() {
    let size = (96, 64);
    let frames: Vec<RgbaImage> = (0..5).map(|i| frame(i, size)).collect();
    let mut writer = Mp4Writer::new(Cursor::new(Vec::new()), size, 250).expect("writer");
    for f in &frames {
        writer.push(&Picture::from_rgba(f)).expect("push");
    }
    let (out, n) = writer.finish().expect("finish");
    assert_eq!(n, 5);
    let bytes = out.into_inner();
    let decoded = decode(&bytes);
    assert_eq!(decoded.size, (96, 64));
    assert_eq!(decoded.frames.len(), 5);
    assert_eq!(decoded.durations.iter().sum::<u32>(), 5 * 250);
    for (i, (rgb, image)) in decoded.frames.iter().zip(&frames).enumerate() {
        let (mean, p99) = difference(rgb, 96, image);
        assert!(
            mean < 3.0 && p99 < 24,
            "frame {i}: mean {mean:.2}, 99% within {p99}"
        );
    }
}

#[test]
fn odd_sizes_gain_a_pixel_and_huge_ones_are_refused() {
    assert_eq!(video_size((101, 75)), (102, 76));
    let picture = Picture::from_rgba(&frame(0, (101, 75)));
    assert_eq!((picture.width, picture.height), (102, 76));
    // The copied last column has the colour of the one before it.
    assert_eq!(picture.y[101], picture.y[100]);
    assert!(matches!(
        Mp4Writer::new(Cursor::new(Vec::new()), (4000, 1000), 100),
        Err(Mp4Error::Size(4000, 1000))
    ));
    assert!(check_video_size((2160, 3840)).is_ok());
}
