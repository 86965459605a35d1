//! Exports of what the app shows: a PNG of the map figure on a day, an animation over a range of
//! days (an animated GIF or an MP4 video, and numbered PNG frames), and the figure as SVG. Rendered
//! without a GPU or a display: the app's own figure code draws into an offscreen egui frame
//! ([`crate::map_figure`]); [`raster`] fills it as the GPU would, [`svg`] writes its shapes as paths
//! and text. Files are written to a temporary file first and renamed, and never replace an existing
//! file unless asked to.
//! - [`animation`]: the animation export, frames rendered in parallel by [`frames`];
//! - [`gif_palette`] and [`gif_writer`]: the GIF; [`mp4_writer`]: the video; [`svg`]: the SVG.

pub mod animation;
pub mod frames;
pub mod gif_palette;
pub mod gif_writer;
pub mod lzw;
pub mod mp4_writer;
pub mod raster;
pub mod svg;

pub use animation::{animate, Animation, AnimationFormat};

use crate::map_figure::{caption_for, figure_ui_with, FigureText};
use crate::map_shapes::MapShapes;
use crate::map_view::{MapScene, MapView};
use crate::palette::Palette;
use atlas_core::session::LoadedData;
use atlas_core::timeline::areas::totals_of;
pub use atlas_core::write_file::{write_atomically, WriteError};
use chrono::NaiveDate;
use image::RgbaImage;
use raster::{Canvas, RasterCache, TextureStore};
use std::path::Path;

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Write(#[from] WriteError),
    #[error("the image size {0}×{1} is out of range (16 to 8192 pixels a side)")]
    Size(u32, u32),
    #[error("the range is empty: {from} is after {to}")]
    EmptyRange { from: NaiveDate, to: NaiveDate },
    #[error("cancelled")]
    Cancelled,
    #[error("cannot write the GIF: {0}")]
    Gif(#[from] gif_writer::GifError),
    #[error("cannot write the video: {0}")]
    Mp4(#[from] mp4_writer::Mp4Error),
    #[error("the basemap: {0}")]
    Basemap(#[from] atlas_tiles::TileError),
    #[error(
        "an animation of {frames} frames at {width}×{height} is more than the exports make (at most \
         {MAX_FRAMES} frames, {MAX_FRAME_PIXELS} pixels a frame and {MAX_ANIMATION_PIXELS} pixels in all): \
         ask for fewer days (a shorter range or a longer --step) or a smaller --size"
    )]
    TooLarge {
        frames: usize,
        width: u32,
        height: u32,
    },
}

/// Renders the map figure (map, legend, date, caption) for the end of `day`, `width`×`height` pixels.
pub fn render_figure(
    data: &LoadedData,
    day: NaiveDate,
    width: u32,
    height: u32,
) -> Result<RgbaImage, ExportError> {
    render_figure_with(data, day, width, height, &ExportLook::default())
}

/// How an export looks besides its day, as the app shows it: the basemap under the districts (with
/// its credit on the map and in the caption), the labels' script, and two days compared.
#[derive(Debug, Clone, Default)]
pub struct ExportLook {
    pub basemap: Option<atlas_tiles::BasemapSource>,
    /// How opaque the basemap is (None: fully).
    pub basemap_opacity: Option<f32>,
    pub labels: crate::map_view::LabelScript,
    /// Compare the end of this day with the end of the day rendered.
    pub compare_from: Option<NaiveDate>,
    /// Which dated points are drawn (issue 16), when the data has them: every point up to the day
    /// by default, or the app's choice of days and filter.
    pub points_window: atlas_core::model::points::Window,
    pub points_filter: atlas_core::model::points::PointFilter,
}

/// [`render_figure`] with a look.
pub fn render_figure_with(
    data: &LoadedData,
    day: NaiveDate,
    width: u32,
    height: u32,
    look: &ExportLook,
) -> Result<RgbaImage, ExportError> {
    let mut renderer = FigureRenderer::new(data, width, height)?.with_look(look)?;
    Ok(renderer.render(day))
}

/// The map of an export, framed as the app frames its first view: the city where control changed.
pub fn export_map_view(data: &LoadedData) -> MapView {
    let mut map =
        MapView::new(MapShapes::build(&data.dataset.layer, &data.landmarks)).without_controls();
    let changed = crate::framing::changed_districts(&data.index);
    let city = crate::framing::city_bounds(map.shapes(), &changed);
    map.set_focus(city);
    // Control areas over time (issue 16), as the window draws them.
    let frame = map.shapes().frame;
    let layer = data
        .control_areas
        .clone()
        .map(|areas| crate::control_layer::ControlLayer::new(areas, frame));
    map.set_control_layer(layer);
    map
}

/// Renders many days with one map view, so the map keeps its framing from frame to frame.
pub struct FigureRenderer<'a> {
    data: &'a LoadedData,
    ctx: egui::Context,
    map: MapView,
    textures: TextureStore,
    /// The pixels of shaded triangles, from frame to frame.
    cache: RasterCache,
    width: u32,
    height: u32,
    look: ExportLook,
    /// The dated points in the map's frame (none when the data has no points).
    points: crate::points_layer::PointsView,
}

impl<'a> FigureRenderer<'a> {
    pub fn new(data: &'a LoadedData, width: u32, height: u32) -> Result<Self, ExportError> {
        if !(16..=8192).contains(&width) || !(16..=8192).contains(&height) {
            return Err(ExportError::Size(width, height));
        }
        let ctx = egui::Context::default();
        ctx.set_theme(egui::Theme::Light);
        crate::fonts::install(&ctx);
        Ok(Self {
            data,
            ctx,
            map: export_map_view(data),
            textures: TextureStore::default(),
            cache: RasterCache::new(),
            width,
            height,
            look: ExportLook::default(),
            points: crate::points_layer::PointsView::default(),
        })
    }

    /// Draws with `look`: opens its basemap (a file, or online tiles kept in the cache folder).
    pub fn with_look(mut self, look: &ExportLook) -> Result<Self, ExportError> {
        if let Some(source) = &look.basemap {
            let cache = atlas_tiles::http::default_cache_dir();
            let opened = atlas_tiles::source::OpenedSource::open(source, cache)?;
            let mut basemap = crate::basemap::Basemap::new(opened, std::sync::Arc::new(|| {}));
            basemap.set_opacity(look.basemap_opacity.unwrap_or(1.0));
            self.map.set_basemap(Some(basemap));
        }
        self.look = look.clone();
        Ok(self)
    }

    /// The colours the figure is drawn with (the light theme's).
    pub fn palette(&self) -> Palette {
        Palette::for_visuals(&self.ctx.global_style().visuals)
    }

    /// Where a district's anchor point is in the last rendered image (pixels).
    pub fn anchor_of(&self, district: usize) -> Option<(u32, u32)> {
        let p = self.map.screen_anchor(district)?;
        let inside =
            p.x >= 0.0 && p.y >= 0.0 && p.x < self.width as f32 && p.y < self.height as f32;
        inside.then_some((p.x as u32, p.y as u32))
    }

    /// A renderer of the figure as SVG ([`Self::render_svg`]): its map is drawn as paths.
    pub fn vector(data: &'a LoadedData, width: u32, height: u32) -> Result<Self, ExportError> {
        let mut renderer = Self::new(data, width, height)?;
        renderer.map = export_map_view(data).as_vector();
        Ok(renderer)
    }

    /// The figure for the end of `day` as an image.
    pub fn render(&mut self, day: NaiveDate) -> RgbaImage {
        let (shapes, ppp) = self.shapes(day);
        let background = self.ctx.global_style().visuals.panel_fill;
        let mut canvas = Canvas::new(self.width as usize, self.height as usize, background);
        let primitives = self.ctx.tessellate(shapes, ppp);
        canvas.draw_cached(&primitives, &self.textures, ppp, &mut self.cache);
        let (w, h) = (self.width, self.height);
        RgbaImage::from_raw(w, h, canvas.into_rgba()).unwrap_or_else(|| RgbaImage::new(w, h))
    }

    /// The figure for the end of `day` as an SVG document (from a renderer made by [`Self::vector`];
    /// another draws its map as triangles).
    pub fn render_svg(&mut self, day: NaiveDate) -> String {
        let (shapes, ppp) = self.shapes(day);
        let title = format!(
            "Aleppo Atlas: who held which district, {}",
            day.format("%-d %B %Y")
        );
        svg::figure_svg(&shapes, (self.width, self.height), ppp, &title)
    }

    /// egui's shapes for the figure on `day`, and its pixels per point.
    fn shapes(&mut self, day: NaiveDate) -> (Vec<egui::epaint::ClippedShape>, f32) {
        let data = self.data;
        let states = data.index.state_at(day);
        let totals = totals_of(&data.dataset, day, &states);
        let comparison = self
            .look
            .compare_from
            .map(|from| atlas_core::compare::Comparison::of(&data.index, from, day));
        let changed = comparison.as_ref().map(|c| c.changed_mask());
        let text = self.figure_text(day, comparison.as_ref());
        let size = egui::vec2(self.width as f32, self.height as f32);
        let shown_points = self.points_shown(day);
        let mut last = (Vec::new(), 1.0);
        // The first pass lays text out and sizes the map; the next ones draw with everything known.
        // With a basemap, the tiles the view asks for are waited for between passes, and a fourth
        // pass draws the last of them.
        let passes = if self.map.basemap().is_some() { 4 } else { 3 };
        for pass in 0..passes {
            if pass > 0 {
                if let Some(basemap) = self.map.basemap() {
                    basemap.wait_until_idle();
                }
            }
            let input = egui::RawInput {
                screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, size)),
                ..Default::default()
            };
            let map = &mut self.map;
            let vector = map.is_vector();
            let points = &self.points;
            let labels = self.look.labels;
            let mut output = self.ctx.run_ui(input, |ui| {
                let palette = Palette::for_visuals(ui.visuals());
                let scene = MapScene {
                    data: &data.dataset,
                    states: &states,
                    day,
                    selected: &[],
                    hovered: &[],
                    palette: &palette,
                    labels,
                    compare: match (&comparison, &changed) {
                        (Some(c), Some(mask)) => Some(crate::map_view::CompareScene {
                            before: &c.before,
                            changed: mask,
                            from: c.from,
                        }),
                        _ => None,
                    },
                };
                egui::CentralPanel::default().show(ui, |ui| {
                    figure_ui_with(
                        ui,
                        map,
                        &scene,
                        &totals,
                        &text,
                        &mut |painter, projector| {
                            let frame = points.layout(projector, &shown_points, None, palette.text);
                            if vector {
                                frame.paint_vector(painter, |c| points.category_name(c));
                            } else {
                                frame.paint(painter);
                            }
                        },
                    );
                });
            });
            self.textures.apply(&output.textures_delta);
            output.textures_delta.clear();
            last = (output.shapes, output.pixels_per_point);
        }
        last
    }

    /// The dated points drawn on `day` (issue 16), as the look chooses them, projected into the
    /// map's frame on first use; none when the data has no points.
    fn points_shown(&mut self, day: NaiveDate) -> Vec<u32> {
        let Some(layer) = &self.data.points else {
            return Vec::new();
        };
        self.points.sync(layer, &self.map.shapes().frame);
        let look = &self.look;
        atlas_core::model::points::points_at(layer, day, look.points_window, &look.points_filter)
    }

    /// The title (the day, or the two days compared) and the caption (with the basemap's credit).
    fn figure_text(
        &self,
        day: NaiveDate,
        comparison: Option<&atlas_core::compare::Comparison>,
    ) -> FigureText {
        let title = match comparison {
            Some(c) => format!(
                "{} – {}",
                c.from.format("%-d %b %Y"),
                c.to.format("%-d %b %Y")
            ),
            None => day.format("%-d %B %Y").to_string(),
        };
        let mut caption = caption_for(&self.data.dataset, day);
        if let Some(basemap) = self.map.basemap() {
            let credit = format!(" Basemap: {}.", basemap.attribution());
            caption = Some(caption.unwrap_or_default() + &credit);
        }
        FigureText {
            title: Some(title),
            caption,
        }
    }
}

/// Renders the figure for the end of `day` as SVG (see [`svg`]), with `look`'s labels and comparison
/// but no basemap (its tiles are images).
pub fn render_figure_svg(
    data: &LoadedData,
    day: NaiveDate,
    width: u32,
    height: u32,
    look: &ExportLook,
) -> Result<String, ExportError> {
    let look = ExportLook {
        basemap: None,
        ..look.clone()
    };
    let mut renderer = FigureRenderer::vector(data, width, height)?.with_look(&look)?;
    Ok(renderer.render_svg(day))
}

/// Saves an SVG document, atomically.
pub fn save_svg(svg: &str, path: &Path, replace: bool) -> Result<(), ExportError> {
    write_atomically(path, replace, |temp| {
        std::fs::write(temp, svg).map_err(|source| {
            ExportError::from(WriteError::Io {
                path: path.to_path_buf(),
                source,
            })
        })
    })
}

/// Saves an image as PNG, atomically.
pub fn save_png(image: &RgbaImage, path: &Path, replace: bool) -> Result<(), ExportError> {
    write_atomically(path, replace, |temp| {
        image
            .save_with_format(temp, image::ImageFormat::Png)
            .map_err(|e| {
                ExportError::from(WriteError::Encode {
                    path: path.to_path_buf(),
                    message: e.to_string(),
                })
            })
    })
}

/// The days from `from` to `to` (inclusive) every `step_days`.
pub fn days_between(
    from: NaiveDate,
    to: NaiveDate,
    step_days: u32,
) -> Result<Vec<NaiveDate>, ExportError> {
    if from > to {
        return Err(ExportError::EmptyRange { from, to });
    }
    let step = chrono::Duration::days(i64::from(step_days.max(1)));
    let mut days = Vec::new();
    let mut d = from;
    while d <= to {
        days.push(d);
        d += step;
    }
    Ok(days)
}

/// The most frames one animation has (about 8 years a day at a time).
pub const MAX_FRAMES: usize = 3_000;
/// The largest frame of an animation (4096×4096; a single snapshot may be up to 8192 a side).
pub const MAX_FRAME_PIXELS: u64 = 4096 * 4096;
/// The most pixels of all frames together (3,000 frames at 1600×1000 is 4.8 billion).
pub const MAX_ANIMATION_PIXELS: u64 = 5_000_000_000;

/// Refuses an animation over the documented caps, before anything is drawn.
pub fn check_animation_size(frames: usize, (width, height): (u32, u32)) -> Result<(), ExportError> {
    let per_frame = u64::from(width) * u64::from(height);
    let total = per_frame.saturating_mul(frames as u64);
    if frames > MAX_FRAMES || per_frame > MAX_FRAME_PIXELS || total > MAX_ANIMATION_PIXELS {
        return Err(ExportError::TooLarge {
            frames,
            width,
            height,
        });
    }
    Ok(())
}

/// The name of frame `index` (from 0) showing `day`: `frame-0001-2016-11-15.png`.
pub fn frame_file_name(index: usize, day: NaiveDate) -> String {
    format!("frame-{:04}-{day}.png", index + 1)
}
