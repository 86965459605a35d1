//! An animated GIF written frame by frame from palette indices ([`super::gif_palette`]): a frame
//! equal to the one before it adds its time to that one's delay instead of being written again; any
//! other frame after the first is written as the smallest rectangle that holds its changes, with the
//! pixels that did not change left transparent (which LZW compresses to almost nothing). Memory holds
//! the previous frame's indices and one encoded frame waiting for its delay, whatever the length.
//! Frames are compressed by [`super::lzw`], made for long runs of one index.

use super::gif_palette::TRANSPARENT;
use super::lzw::LzwEncoder;
use gif::{DisposalMethod, Encoder, Frame, Repeat};
use std::borrow::Cow;
use std::io::Write;

/// Why a GIF could not be written.
#[derive(Debug, thiserror::Error)]
pub enum GifError {
    #[error("{0}")]
    Encode(#[from] gif::EncodingError),
    #[error("a GIF frame is at most 65,535 pixels a side, not {0}×{1}")]
    Size(u32, u32),
    #[error("frame of {got} pixels given for a {width}×{height} animation")]
    FrameSize { got: usize, width: u16, height: u16 },
}

/// The longest delay of one GIF frame, in hundredths of a second.
const MOST_DELAY: u32 = u16::MAX as u32;

/// Writes an animation of same-sized frames, looping.
pub struct GifWriter<W: Write> {
    encoder: Encoder<W>,
    width: u16,
    height: u16,
    /// Each frame's time on screen, in hundredths of a second.
    frame_delay: u32,
    /// The indices of the last frame given.
    previous: Vec<u8>,
    /// The last frame, LZW-encoded, waiting until its delay is known.
    pending: Option<(Frame<'static>, u32)>,
    written: usize,
    lzw: LzwEncoder,
}

impl<W: Write> GifWriter<W> {
    /// `palette` is the 256-entry RGB table of [`super::gif_palette::GifPalette::table`];
    /// `frame_ms` is how long each frame shows (GIF keeps hundredths of a second, at least two).
    pub fn new(
        out: W,
        (width, height): (u32, u32),
        palette: &[u8],
        frame_ms: u32,
    ) -> Result<Self, GifError> {
        let (Ok(w), Ok(h)) = (u16::try_from(width), u16::try_from(height)) else {
            return Err(GifError::Size(width, height));
        };
        let mut encoder = Encoder::new(out, w, h, palette)?;
        encoder.set_repeat(Repeat::Infinite)?;
        Ok(Self {
            encoder,
            width: w,
            height: h,
            frame_delay: ((frame_ms + 5) / 10).clamp(2, MOST_DELAY),
            previous: Vec::new(),
            pending: None,
            written: 0,
            lzw: LzwEncoder::new(),
        })
    }

    /// Adds a frame (`width × height` palette indices, none of them [`TRANSPARENT`]).
    pub fn push(&mut self, indices: Vec<u8>) -> Result<(), GifError> {
        let (w, h) = (usize::from(self.width), usize::from(self.height));
        if indices.len() != w * h {
            return Err(GifError::FrameSize {
                got: indices.len(),
                width: self.width,
                height: self.height,
            });
        }
        if !self.previous.is_empty() && indices == self.previous {
            return self.hold();
        }
        let mut frame = if self.previous.is_empty() {
            Frame {
                width: self.width,
                height: self.height,
                buffer: Cow::Owned(indices.clone()),
                ..Frame::default()
            }
        } else {
            changes(&self.previous, &indices, w, h)
        };
        frame.dispose = DisposalMethod::Keep;
        self.compress(&mut frame);
        self.flush()?;
        self.pending = Some((frame, self.frame_delay));
        self.previous = indices;
        Ok(())
    }

    /// The frame before shows one frame's time longer.
    fn hold(&mut self) -> Result<(), GifError> {
        let full = matches!(&self.pending, Some((_, d)) if d + self.frame_delay > MOST_DELAY);
        if full {
            // Past the longest delay a frame can have: a frame that changes nothing carries on.
            self.flush()?;
            let mut nothing = Frame {
                width: 1,
                height: 1,
                transparent: Some(TRANSPARENT),
                dispose: DisposalMethod::Keep,
                buffer: Cow::Owned(vec![TRANSPARENT]),
                ..Frame::default()
            };
            self.compress(&mut nothing);
            self.pending = Some((nothing, 0));
        }
        if let Some((_, delay)) = &mut self.pending {
            *delay += self.frame_delay;
        }
        Ok(())
    }

    /// Replaces a frame's indices by their LZW stream.
    fn compress(&mut self, frame: &mut Frame<'static>) {
        let mut out = Vec::with_capacity(frame.buffer.len() / 8);
        self.lzw.encode(&frame.buffer, &mut out);
        frame.buffer = Cow::Owned(out);
    }

    /// Writes the frame waiting for its delay.
    fn flush(&mut self) -> Result<(), GifError> {
        if let Some((mut frame, delay)) = self.pending.take() {
            frame.delay = delay.min(MOST_DELAY) as u16;
            self.encoder.write_lzw_pre_encoded_frame(&frame)?;
            self.written += 1;
        }
        Ok(())
    }

    /// Writes the last frame and the trailer; the number of frames in the file.
    pub fn finish(mut self) -> Result<(W, usize), GifError> {
        self.flush()?;
        let written = self.written;
        Ok((self.encoder.into_inner()?, written))
    }
}

/// The smallest rectangle holding every pixel that changed, with the unchanged ones transparent.
fn changes(previous: &[u8], now: &[u8], w: usize, h: usize) -> Frame<'static> {
    let (mut x0, mut y0, mut x1, mut y1) = (w, h, 0, 0);
    for y in 0..h {
        let (a, b) = (&previous[y * w..(y + 1) * w], &now[y * w..(y + 1) * w]);
        if a == b {
            continue;
        }
        let first = a.iter().zip(b).position(|(p, q)| p != q).unwrap_or(0);
        let last = w - a.iter().zip(b).rev().position(|(p, q)| p != q).unwrap_or(0);
        x0 = x0.min(first);
        x1 = x1.max(last);
        y0 = y0.min(y);
        y1 = y + 1;
    }
    let (fw, fh) = (x1 - x0, y1 - y0);
    let mut buffer = Vec::with_capacity(fw * fh);
    for y in y0..y1 {
        let row = y * w + x0..y * w + x1;
        buffer.extend(previous[row.clone()].iter().zip(&now[row]).map(|(&p, &q)| {
            if p == q {
                TRANSPARENT
            } else {
                q
            }
        }));
    }
    // Sizes and places fit in u16: the frame itself does.
    Frame {
        left: x0 as u16,
        top: y0 as u16,
        width: fw as u16,
        height: fh as u16,
        transparent: Some(TRANSPARENT),
        buffer: Cow::Owned(buffer),
        ..Frame::default()
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Decodes a GIF into its frames as full RGBA screens, with each one's delay.
    pub(crate) fn decode(bytes: &[u8]) -> Vec<(Vec<u8>, u16)> {
        let mut options = gif::DecodeOptions::new();
        options.set_color_output(gif::ColorOutput::RGBA);
        let mut decoder = options.read_info(bytes).expect("a GIF");
        let (w, h) = (usize::from(decoder.width()), usize::from(decoder.height()));
        let mut screen = vec![0u8; w * h * 4];
        let mut out = Vec::new();
        while let Some(frame) = decoder.read_next_frame().expect("a frame") {
            for y in 0..usize::from(frame.height) {
                for x in 0..usize::from(frame.width) {
                    let from = (y * usize::from(frame.width) + x) * 4;
                    if frame.buffer[from + 3] == 0 {
                        continue;
                    }
                    let to = ((y + usize::from(frame.top)) * w + x + usize::from(frame.left)) * 4;
                    screen[to..to + 4].copy_from_slice(&frame.buffer[from..from + 4]);
                }
            }
            out.push((screen.clone(), frame.delay));
        }
        out
    }

    fn palette() -> Vec<u8> {
        let mut table = vec![0u8; 768];
        for i in 0..256 {
            table[i * 3] = i as u8;
            table[i * 3 + 1] = 255 - i as u8;
        }
        table
    }

    #[test]
    fn repeated_frames_become_a_longer_delay_and_changes_a_small_rectangle() {
        let (w, h) = (20usize, 10usize);
        let a = vec![3u8; w * h];
        let mut b = a.clone();
        b[4 * w + 7] = 9;
        b[6 * w + 12] = 9;
        let mut out = Vec::new();
        let mut writer = GifWriter::new(&mut out, (20, 10), &palette(), 500).expect("writer");
        for frame in [&a, &a, &a, &b, &b, &a] {
            writer.push(frame.clone()).expect("push");
        }
        let (_, written) = writer.finish().expect("finish");
        assert_eq!(written, 3);
        let frames = decode(&out);
        let delays: Vec<u16> = frames.iter().map(|(_, d)| *d).collect();
        assert_eq!(delays, [150, 100, 50]);
        let colour = |screen: &[u8], x: usize, y: usize| screen[(y * w + x) * 4];
        assert_eq!(colour(&frames[1].0, 7, 4), 9);
        assert_eq!(colour(&frames[1].0, 12, 6), 9);
        assert_eq!(
            colour(&frames[1].0, 0, 0),
            3,
            "unchanged pixels show through"
        );
        assert_eq!(colour(&frames[2].0, 7, 4), 3);
        // The second frame is the rectangle around the two changes only.
        let mut options = gif::DecodeOptions::new();
        options.set_color_output(gif::ColorOutput::Indexed);
        let mut decoder = options.read_info(&out[..]).expect("a GIF");
        let _ = decoder.read_next_frame().expect("first");
        let second = decoder.read_next_frame().expect("second").expect("a frame");
        assert_eq!(
            (second.left, second.top, second.width, second.height),
            (7, 4, 6, 3)
        );
    }

    #[test]
    fn a_delay_past_what_a_frame_holds_carries_on_in_an_empty_frame() {
        let mut out = Vec::new();
        // Ten seconds a frame: 1000 hundredths, 66 of them pass the 65,535 a frame can hold.
        let mut writer = GifWriter::new(&mut out, (4, 4), &palette(), 10_000).expect("writer");
        for _ in 0..70 {
            writer.push(vec![1; 16]).expect("push");
        }
        writer.finish().expect("finish");
        let total: u32 = decode(&out).iter().map(|(_, d)| u32::from(*d)).sum();
        assert_eq!(total, 70_000);
    }

    #[test]
    fn a_frame_of_the_wrong_size_is_refused() {
        let mut writer = GifWriter::new(Vec::new(), (4, 4), &palette(), 100).expect("writer");
        assert!(matches!(
            writer.push(vec![0; 15]),
            Err(GifError::FrameSize { got: 15, .. })
        ));
    }
}
