//! The animation export: the figure for each day of a range, rendered in parallel ([`super::frames`])
//! and encoded in order as an animated GIF ([`super::gif_writer`], one palette for the whole
//! animation from [`super::gif_palette`]) or an MP4 video ([`super::mp4_writer`]), with each frame
//! optionally saved as a numbered PNG. The format follows the file's extension.

use super::frames::{render_in_order, workers};
use super::gif_palette::GifPalette;
use super::gif_writer::GifWriter;
use super::mp4_writer::{check_video_size, video_size, Mp4Writer, Picture};
use super::{
    check_animation_size, frame_file_name, save_png, write_atomically, ExportError, ExportLook,
    FigureRenderer, WriteError,
};
use crate::overlay;
use crate::palette::Palette;
use atlas_core::session::LoadedData;
use chrono::NaiveDate;
use image::RgbaImage;
use std::path::Path;
use std::sync::Mutex;

/// What an animation is written as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnimationFormat {
    /// An animated GIF, looping.
    Gif,
    /// An MP4 video (H.264).
    Mp4,
}

impl AnimationFormat {
    /// By the file's extension: `.mp4` or `.m4v` is a video, anything else a GIF.
    pub fn of_path(path: &Path) -> Self {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match ext.as_deref() {
            Some("mp4" | "m4v") => Self::Mp4,
            _ => Self::Gif,
        }
    }

    /// The usual extension.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Gif => "gif",
            Self::Mp4 => "mp4",
        }
    }
}

/// Refuses what a format cannot hold, before anything is drawn: the caps of
/// [`check_animation_size`], and for a video the largest picture H.264 is encoded at here.
pub fn check_animation(
    format: AnimationFormat,
    frames: usize,
    size: (u32, u32),
) -> Result<(), ExportError> {
    check_animation_size(frames, size)?;
    if format == AnimationFormat::Mp4 {
        check_video_size(video_size(size))?;
    }
    Ok(())
}

/// An animation to write: the figure on each of `days` at `size`, each shown `frame_ms`, into `out`
/// (a GIF or an MP4 by its extension), and each frame as a numbered PNG into `frames_dir` if given;
/// existing files are replaced only with `replace`.
#[derive(Debug, Clone, Copy)]
pub struct Animation<'a> {
    pub days: &'a [NaiveDate],
    pub size: (u32, u32),
    pub out: &'a Path,
    pub frames_dir: Option<&'a Path>,
    pub frame_ms: u32,
    pub replace: bool,
    /// The basemap, labels and comparison drawn (see [`ExportLook`]).
    pub look: &'a ExportLook,
}

/// Writes the animation of `days` (see [`Animation`]); the number of frames.
pub fn animate(
    data: &LoadedData,
    days: &[NaiveDate],
    size: (u32, u32),
    out: &Path,
    frames_dir: Option<&Path>,
    frame_ms: u32,
    replace: bool,
) -> Result<usize, ExportError> {
    let animation = Animation {
        days,
        size,
        out,
        frames_dir,
        frame_ms,
        replace,
        look: &ExportLook::default(),
    };
    animation.write(data, |_| true)
}

impl Animation<'_> {
    /// Renders and writes the animation, calling `progress` with the number of frames encoded so
    /// far after each one; when it returns false, the export stops with [`ExportError::Cancelled`]
    /// and no animation is written (frames already saved stay). Frames are drawn on every core and
    /// go to the encoder in order as they come, so memory does not grow with the number of frames;
    /// sizes over [`check_animation`]'s caps are refused before anything is drawn.
    pub fn write(
        &self,
        data: &LoadedData,
        progress: impl FnMut(usize) -> bool,
    ) -> Result<usize, ExportError> {
        let Self {
            days, size, out, ..
        } = *self;
        let format = AnimationFormat::of_path(out);
        check_animation(format, days.len(), size)?;
        // Fails early on a size out of range or a basemap that does not open.
        FigureRenderer::new(data, size.0, size.1)?.with_look(self.look)?;
        if let Some(dir) = self.frames_dir {
            std::fs::create_dir_all(dir).map_err(|source| {
                ExportError::from(WriteError::Io {
                    path: dir.to_path_buf(),
                    source,
                })
            })?;
        }
        let frames = Frames {
            data,
            days,
            size,
            frames_dir: self.frames_dir,
            replace: self.replace,
            look: self.look,
        };
        let io = |source| {
            ExportError::from(WriteError::Io {
                path: out.to_path_buf(),
                source,
            })
        };
        write_atomically(out, self.replace, |temp| {
            let file = std::fs::File::create(temp).map_err(io)?;
            let file = std::io::BufWriter::with_capacity(1 << 20, file);
            let file = match format {
                AnimationFormat::Gif => frames.gif(file, self.frame_ms, progress)?,
                AnimationFormat::Mp4 => frames.mp4(file, self.frame_ms, progress)?,
            };
            file.into_inner().map(drop).map_err(|e| io(e.into_error()))
        })?;
        Ok(days.len())
    }
}

/// The frames of one animation, and where each goes besides the encoder.
struct Frames<'a> {
    data: &'a LoadedData,
    days: &'a [NaiveDate],
    size: (u32, u32),
    frames_dir: Option<&'a Path>,
    replace: bool,
    look: &'a ExportLook,
}

impl<'a> Frames<'a> {
    /// Saves the frame as a numbered PNG when asked to.
    fn save(&self, i: usize, day: NaiveDate, image: &RgbaImage) -> Result<(), ExportError> {
        match self.frames_dir {
            Some(dir) => save_png(image, &dir.join(frame_file_name(i, day)), self.replace),
            None => Ok(()),
        }
    }

    /// Renders every frame on the workers, saves it as PNG if asked and `make`s what the encoder
    /// takes of it there; `consume` gets them in order.
    fn each<T: Send>(
        &self,
        renderers: Vec<FigureRenderer<'a>>,
        make: impl Fn(RgbaImage) -> T + Sync,
        consume: impl FnMut(T) -> Result<(), ExportError>,
        progress: impl FnMut(usize) -> bool,
    ) -> Result<(), ExportError> {
        let mut consume = consume;
        render_in_order(
            self.data,
            self.days,
            self.size,
            workers(self.days.len(), self.size),
            self.look,
            renderers,
            &|i, day, image| {
                self.save(i, day, &image)?;
                Ok(make(image))
            },
            |_, item| consume(item),
            progress,
        )
    }

    fn gif<W: std::io::Write>(
        &self,
        out: W,
        frame_ms: u32,
        progress: impl FnMut(usize) -> bool,
    ) -> Result<W, ExportError> {
        let (palette, renderers) = self.gif_palette()?;
        let mut writer = GifWriter::new(out, self.size, &palette.table(), frame_ms)?;
        // A mapper for each worker, kept from frame to frame: each colour is searched for once.
        let mappers = Mutex::new(Vec::new());
        let indices = |image: RgbaImage| {
            let taken = mappers.lock().ok().and_then(|mut m| m.pop());
            let mut mapper = taken.unwrap_or_else(|| palette.mapper());
            let indices = mapper.map(image);
            if let Ok(mut m) = mappers.lock() {
                m.push(mapper);
            }
            indices
        };
        self.each(renderers, indices, |i| Ok(writer.push(i)?), progress)?;
        Ok(writer.finish()?.0)
    }

    /// The palette of the whole animation: the first and the last frames' colours, and the fill of
    /// every district on every day (so a fill that only shows in the middle keeps its colour); and
    /// the two renderers that drew those frames, for the workers.
    fn gif_palette(&self) -> Result<(GifPalette, Vec<FigureRenderer<'a>>), ExportError> {
        let (Some(&first), Some(&last)) = (self.days.first(), self.days.last()) else {
            return Ok((GifPalette::build(&[], &[]), Vec::new()));
        };
        let (data, (w, h), look) = (self.data, self.size, self.look);
        let render = move |day| {
            let renderer = FigureRenderer::new(data, w, h).and_then(|r| r.with_look(look));
            renderer.map(|mut r| {
                let image = r.render(day);
                (image, r)
            })
        };
        // The two samples side by side: they are drawn before any frame can be encoded.
        let (a, b) = std::thread::scope(|s| {
            let other = s.spawn(move || render(last));
            (render(first), other.join())
        });
        let b = b.unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        let ((first, one), (last, two)) = (a?, b?);
        let known = fill_colours(self.data, self.days, &one.palette());
        let palette = GifPalette::build(&[&first, &last], &known);
        Ok((palette, vec![one, two]))
    }

    fn mp4<W: std::io::Write + std::io::Seek>(
        &self,
        out: W,
        frame_ms: u32,
        progress: impl FnMut(usize) -> bool,
    ) -> Result<W, ExportError> {
        let mut writer = Mp4Writer::new(out, self.size, frame_ms)?;
        let picture = |image: RgbaImage| Picture::from_rgba(&image);
        self.each(Vec::new(), picture, |p| Ok(writer.push(&p)?), progress)?;
        Ok(writer.finish()?.0)
    }
}

/// Every opaque colour a district is filled or striped with on any of `days`.
pub fn fill_colours(data: &LoadedData, days: &[NaiveDate], palette: &Palette) -> Vec<[u8; 3]> {
    let mut colours: Vec<[u8; 3]> = Vec::new();
    let mut add = |c: egui::Color32| {
        let rgb = [c.r(), c.g(), c.b()];
        if c.a() == 255 && !colours.contains(&rgb) {
            colours.push(rgb);
        }
    };
    add(palette.background);
    add(palette.unknown);
    for &day in days {
        for state in data.index.state_at(day) {
            add(palette.fill(&data.dataset, &state, day));
            for look in overlay::overlays(&state).into_iter().flatten() {
                add(palette.tint(&data.dataset, look, &state, day));
            }
        }
    }
    colours
}

#[cfg(test)]
mod tests;
