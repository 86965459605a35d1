//! An MP4 video (H.264, made in-process by OpenH264, BSD-2; no external ffmpeg) written frame by
//! frame: [`Picture::from_rgba`] turns a frame into the encoder's YUV 4:2:0 (BT.601, limited range,
//! as the stream says in its colour description), which can run on the frame's own worker; the
//! [`Mp4Writer`] encodes the pictures in order and muxes them into an MP4 file (the `mp4` crate, MIT),
//! one sample a frame, each frame shown `frame_ms`. A key frame comes every five seconds or so, for
//! seeking. Memory holds one encoded frame; the sample table grows a few bytes a frame.

use image::RgbaImage;
use openh264::encoder::{
    Complexity, Encoder, EncoderConfig, FrameRate, IntraFramePeriod, Profile, QpRange,
    RateControlMode, UsageType, VuiConfig,
};
use openh264::formats::YUVSlices;
use openh264::OpenH264API;
use std::io::{Seek, Write};

/// Why a video could not be written.
#[derive(Debug, thiserror::Error)]
pub enum Mp4Error {
    #[error("the H.264 encoder failed: {0}")]
    Encode(#[from] openh264::Error),
    #[error("the MP4 muxer failed: {0}")]
    Mux(#[from] mp4::Error),
    #[error(
        "an MP4 video is at most 3840×2160 (or 2160×3840) pixels, not {0}×{1}: give a smaller --size"
    )]
    Size(u32, u32),
}

/// The largest video OpenH264 encodes (level 5.2).
pub fn check_video_size((width, height): (u32, u32)) -> Result<(), Mp4Error> {
    let (big, small) = (width.max(height), width.min(height));
    if big > 3840 || small > 2160 {
        return Err(Mp4Error::Size(width, height));
    }
    Ok(())
}

/// The size a video of frames of `size` has: H.264 4:2:0 wants even sides, so an odd side gains a
/// pixel (a copy of the last row or column).
pub fn video_size((width, height): (u32, u32)) -> (u32, u32) {
    (width + width % 2, height + height % 2)
}

/// One frame in the encoder's colours: Y at full size, U and V at half size.
pub struct Picture {
    width: usize,
    height: usize,
    y: Vec<u8>,
    u: Vec<u8>,
    v: Vec<u8>,
}

impl Picture {
    /// Converts an opaque RGBA image (BT.601 limited range, rounded; chroma from 2×2 averages).
    pub fn from_rgba(image: &RgbaImage) -> Self {
        let (w0, h0) = (image.width() as usize, image.height() as usize);
        let (w, h) = (w0 + w0 % 2, h0 + h0 % 2);
        let (pixels, _) = image.as_raw().as_chunks::<4>();
        let mut luma = vec![0u8; w * h];
        let (mut u, mut v) = (vec![0u8; w * h / 4], vec![0u8; w * h / 4]);
        // An odd last row or column is the one before it again.
        let row_of = |y: usize| &pixels[y.min(h0 - 1) * w0..(y.min(h0 - 1) + 1) * w0];
        let y_of = |[r, g, b]: [i32; 3]| (((66 * r + 129 * g + 25 * b + 128) >> 8) + 16) as u8;
        for y in (0..h).step_by(2) {
            let rows = [row_of(y), row_of(y + 1)];
            for x in (0..w).step_by(2) {
                let mut sum = [0i32; 3];
                for (dy, row) in rows.iter().enumerate() {
                    for dx in 0..2 {
                        let p = row[(x + dx).min(w0 - 1)];
                        let rgb = [p[0], p[1], p[2]].map(i32::from);
                        luma[(y + dy) * w + x + dx] = y_of(rgb);
                        for i in 0..3 {
                            sum[i] += rgb[i];
                        }
                    }
                }
                let [r, g, b] = sum.map(|s| (s + 2) / 4);
                let at = (y / 2) * (w / 2) + x / 2;
                u[at] = (((-38 * r - 74 * g + 112 * b + 128) >> 8) + 128).clamp(0, 255) as u8;
                v[at] = (((112 * r - 94 * g - 18 * b + 128) >> 8) + 128).clamp(0, 255) as u8;
            }
        }
        Self {
            width: w,
            height: h,
            y: luma,
            u,
            v,
        }
    }

    fn slices(&self) -> YUVSlices<'_> {
        YUVSlices::new(
            (&self.y, &self.u, &self.v),
            (self.width, self.height),
            (self.width, self.width / 2, self.width / 2),
        )
    }
}

/// A sample waiting for the next, in case a frame comes out of the encoder empty (its time then
/// goes to the sample before it).
struct Pending {
    bytes: Vec<u8>,
    start: u64,
    duration: u32,
    sync: bool,
}

/// Encodes pictures and muxes them into an MP4 file.
pub struct Mp4Writer<W: Write + Seek> {
    encoder: Encoder,
    muxer: mp4::Mp4Writer<W>,
    size: (u32, u32),
    frame_ms: u32,
    track: bool,
    time: u64,
    pending: Option<Pending>,
    frames: usize,
}

impl<W: Write + Seek> Mp4Writer<W> {
    /// A video of frames of `size` (see [`video_size`]), each shown `frame_ms`.
    pub fn new(out: W, size: (u32, u32), frame_ms: u32) -> Result<Self, Mp4Error> {
        check_video_size(video_size(size))?;
        let frame_ms = frame_ms.max(1);
        let fps = 1000.0 / frame_ms as f32;
        let config = EncoderConfig::new()
            // Screen-content mode searches motion by features and costs twice the time here, for
            // frames that mostly do not move.
            .usage_type(UsageType::CameraVideoRealTime)
            .rate_control_mode(RateControlMode::Off)
            // A fixed, fine quantizer: maps are flat colour and thin text.
            .qp(QpRange::new(16, 20))
            .profile(Profile::High)
            .complexity(Complexity::Low)
            .skip_frames(false)
            // Not made for screen content (OpenH264 turns them off, with a warning).
            .adaptive_quantization(false)
            .background_detection(false)
            .max_frame_rate(FrameRate::from_hz(fps))
            .intra_frame_period(IntraFramePeriod::from_num_frames((5_000 / frame_ms).max(1)))
            .vui(VuiConfig::bt601());
        let encoder = Encoder::with_api_config(OpenH264API::from_source(), config)?;
        let config = mp4::Mp4Config {
            major_brand: mp4::FourCC::from(*b"isom"),
            minor_version: 512,
            compatible_brands: [b"isom", b"iso2", b"avc1", b"mp41"]
                .map(|b| mp4::FourCC::from(*b))
                .to_vec(),
            timescale: 1000,
        };
        Ok(Self {
            encoder,
            muxer: mp4::Mp4Writer::write_start(out, &config)?,
            size: video_size(size),
            frame_ms,
            track: false,
            time: 0,
            pending: None,
            frames: 0,
        })
    }

    /// Encodes the next frame.
    pub fn push(&mut self, picture: &Picture) -> Result<(), Mp4Error> {
        let timestamp = openh264::Timestamp::from_millis(self.time);
        let stream = self.encoder.encode_at(&picture.slices(), timestamp)?;
        let (mut sps, mut pps, mut sample, mut sync) = (None, None, Vec::new(), false);
        for l in 0..stream.num_layers() {
            let Some(layer) = stream.layer(l) else {
                continue;
            };
            for n in 0..layer.nal_count() {
                let Some(nal) = layer.nal_unit(n).map(without_start_code) else {
                    continue;
                };
                match nal.first().map(|b| b & 0x1f) {
                    Some(7) => sps = Some(nal.to_vec()),
                    Some(8) => pps = Some(nal.to_vec()),
                    Some(kind) => {
                        sync |= kind == 5;
                        sample.extend_from_slice(&(nal.len() as u32).to_be_bytes());
                        sample.extend_from_slice(nal);
                    }
                    None => {}
                }
            }
        }
        if let (false, Some(sps), Some(pps)) = (self.track, sps, pps) {
            self.add_track(sps, pps)?;
        }
        self.time += u64::from(self.frame_ms);
        self.frames += 1;
        if sample.is_empty() {
            if let Some(p) = &mut self.pending {
                p.duration += self.frame_ms;
            }
            return Ok(());
        }
        self.flush()?;
        self.pending = Some(Pending {
            bytes: sample,
            start: self.time - u64::from(self.frame_ms),
            duration: self.frame_ms,
            sync,
        });
        Ok(())
    }

    fn add_track(&mut self, sps: Vec<u8>, pps: Vec<u8>) -> Result<(), Mp4Error> {
        let (width, height) = self.size;
        // Sizes are at most 3840 (checked in `new`).
        let avc = mp4::AvcConfig {
            width: width as u16,
            height: height as u16,
            seq_param_set: sps,
            pic_param_set: pps,
        };
        self.muxer.add_track(&mp4::TrackConfig {
            track_type: mp4::TrackType::Video,
            timescale: 1000,
            language: "und".into(),
            media_conf: mp4::MediaConfig::AvcConfig(avc),
        })?;
        self.track = true;
        Ok(())
    }

    fn flush(&mut self) -> Result<(), Mp4Error> {
        if let Some(p) = self.pending.take() {
            let sample = mp4::Mp4Sample {
                start_time: p.start,
                duration: p.duration,
                rendering_offset: 0,
                is_sync: p.sync,
                bytes: p.bytes.into(),
            };
            self.muxer.write_sample(1, &sample)?;
        }
        Ok(())
    }

    /// Writes the last sample and the index; the writer back, and the number of frames.
    pub fn finish(mut self) -> Result<(W, usize), Mp4Error> {
        self.flush()?;
        self.muxer.write_end()?;
        Ok((self.muxer.into_writer(), self.frames))
    }
}

/// A NAL unit without its Annex B start code (`00 00 01` or `00 00 00 01`).
fn without_start_code(nal: &[u8]) -> &[u8] {
    let zeros = nal.iter().take_while(|&&b| b == 0).count();
    if zeros >= 2 && nal.get(zeros) == Some(&1) {
        &nal[zeros + 1..]
    } else {
        nal
    }
}

#[cfg(test)]
pub(crate) mod tests;
