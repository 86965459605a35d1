//! File ▸ Export view as PNG… / as SVG… and File ▸ Export animation… (GIF or MP4): two small windows
//! that say what to export and where, and [`ExportJob`], which renders as a background [`Job`] (the
//! window keeps drawing, with a progress line and Cancel) through [`atlas_draw::export`], the same code
//! as the `snapshot` and `animate` subcommands. Existing files are replaced only after the user says so.

use super::load_job::{progress_line, wait_for_release};
use super::save_path::{confirm_replace, Answer, PathField, PathKind};
use atlas_core::job::{Job, JobError, JobProgress};
use atlas_core::model::date::parse_day;
use atlas_core::session::LoadedData;
use atlas_draw::export::{self, AnimationFormat, ExportError};
use chrono::NaiveDate;
use egui::Ui;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

/// What to render and where.
#[derive(Debug, Clone, PartialEq)]
pub enum ExportRequest {
    /// The figure of one day, as PNG or (`svg`) as SVG.
    View {
        path: PathBuf,
        day: NaiveDate,
        size: (u32, u32),
        svg: bool,
        replace: bool,
    },
    /// A GIF or an MP4, by the extension of `out`.
    Animation {
        out: PathBuf,
        frames_dir: Option<PathBuf>,
        days: Vec<NaiveDate>,
        size: (u32, u32),
        frame_ms: u32,
        replace: bool,
    },
}

impl ExportRequest {
    /// Files it would replace.
    fn existing(&self) -> Vec<PathBuf> {
        match self {
            Self::View { path, .. } => [path.clone()].into_iter().filter(|p| p.exists()).collect(),
            Self::Animation {
                out: file,
                frames_dir,
                days,
                ..
            } => {
                let mut out: Vec<PathBuf> =
                    [file.clone()].into_iter().filter(|p| p.exists()).collect();
                if let Some(dir) = frames_dir {
                    out.extend(
                        days.iter()
                            .enumerate()
                            .map(|(i, &d)| dir.join(export::frame_file_name(i, d)))
                            .filter(|p| p.exists()),
                    );
                }
                out
            }
        }
    }

    fn replacing(mut self) -> Self {
        match &mut self {
            Self::View { replace, .. } | Self::Animation { replace, .. } => *replace = true,
        }
        self
    }

    fn frames(&self) -> usize {
        match self {
            Self::View { .. } => 1,
            Self::Animation { days, .. } => days.len(),
        }
    }
}

/// Why an export wrote nothing.
#[derive(Debug, thiserror::Error)]
pub enum ExportFailed {
    #[error("Could not export: {0}")]
    Export(#[from] ExportError),
    #[error("{0}")]
    Job(#[from] JobError),
}

/// An export running on a background thread.
pub struct ExportJob {
    label: String,
    started: Instant,
    total: usize,
    job: Job<Result<String, ExportFailed>>,
}

impl ExportJob {
    /// Starts rendering `request` from `data` on a thread, drawn with `look` (the basemap, labels
    /// and comparison the app shows); `notify` (a repaint) is called when it ends. With a `hold`
    /// (tests), the work waits until it is released.
    pub fn start(
        notify: impl FnOnce() + Send + 'static,
        data: Arc<LoadedData>,
        request: ExportRequest,
        look: export::ExportLook,
        hold: Option<std::sync::mpsc::Receiver<()>>,
    ) -> Result<Self, ExportFailed> {
        let total = request.frames();
        let label = match &request {
            ExportRequest::View { .. } => "Exporting the view".to_string(),
            ExportRequest::Animation { .. } => "Exporting the animation".to_string(),
        };
        let job = Job::spawn("export", notify, move |progress: &JobProgress| {
            wait_for_release(hold);
            run(&data, request, &look, |n| {
                progress.report(
                    &format!("{n} of {total} frames"),
                    n as f32 / total.max(1) as f32,
                )
            })
        })?;
        Ok(Self {
            label,
            started: Instant::now(),
            total,
            job,
        })
    }

    /// The outcome (a message for the user) once finished.
    pub fn poll(&self) -> Option<Result<String, ExportFailed>> {
        self.job.poll_result()
    }

    /// Blocks until the export ends (tests).
    pub fn wait(&self) -> Result<String, ExportFailed> {
        self.job.wait_result()
    }

    /// The progress line: a bar with "12 of 40 frames" and a Cancel button.
    pub fn progress_ui(&self, ui: &mut Ui) {
        let what = if self.total > 1 {
            format!("{}:", self.label)
        } else {
            // One frame: no steps to count, so the time tells that it is working.
            format!("{}… {} s", self.label, self.started.elapsed().as_secs())
        };
        if progress_line(ui, &what, self.job.progress(), "Cancel the export") {
            self.job.cancel();
            ui.ctx().request_repaint();
        }
    }
}

/// Renders and writes; the message says what was written.
fn run(
    data: &LoadedData,
    request: ExportRequest,
    look: &export::ExportLook,
    mut progress: impl FnMut(usize) -> bool,
) -> Result<String, ExportFailed> {
    match request {
        ExportRequest::View {
            path,
            day,
            size: (w, h),
            svg,
            replace,
        } => {
            let cancelled = || Ok("The export was cancelled; nothing was written.".to_string());
            if svg {
                let text = export::render_figure_svg(data, day, w, h, look)?;
                if !progress(1) {
                    return cancelled();
                }
                export::save_svg(&text, &path, replace)?;
            } else {
                let image = export::render_figure_with(data, day, w, h, look)?;
                if !progress(1) {
                    return cancelled();
                }
                export::save_png(&image, &path, replace)?;
            }
            Ok(format!(
                "Saved the map of {} ({w}×{h}) to {}.",
                day.format("%-d %b %Y"),
                path.display()
            ))
        }
        ExportRequest::Animation {
            out,
            frames_dir,
            days,
            size,
            frame_ms,
            replace,
        } => {
            let animation = export::Animation {
                days: &days,
                size,
                out: &out,
                frames_dir: frames_dir.as_deref(),
                frame_ms,
                replace,
                look,
            };
            let n = match animation.write(data, progress) {
                Ok(n) => n,
                // The user asked for it: not an error.
                Err(ExportError::Cancelled) => {
                    return Ok("The export was cancelled; no animation was written.".into())
                }
                Err(e) => return Err(e.into()),
            };
            let what = match AnimationFormat::of_path(&out) {
                AnimationFormat::Gif => "an animation",
                AnimationFormat::Mp4 => "a video",
            };
            let mut text = format!("Saved {what} of {n} frames to {}", out.display());
            if let Some(dir) = frames_dir {
                text.push_str(&format!(
                    ", and its frames as PNG files in {}",
                    dir.display()
                ));
            }
            text.push('.');
            Ok(text)
        }
    }
}

/// Width and height fields, each named for screen readers.
fn size_ui(ui: &mut Ui, size: &mut (u32, u32)) {
    ui.horizontal(|ui| {
        let label = ui.label("Width");
        ui.add(
            egui::DragValue::new(&mut size.0)
                .range(16..=8192)
                .suffix(" px"),
        )
        .labelled_by(label.id);
        let label = ui.label("Height");
        ui.add(
            egui::DragValue::new(&mut size.1)
                .range(16..=8192)
                .suffix(" px"),
        )
        .labelled_by(label.id);
    });
}

/// A date field (YYYY-MM-DD) with its label; returns the date, or shows why it is not one.
fn date_ui(ui: &mut Ui, name: &str, text: &mut String) -> Option<NaiveDate> {
    ui.horizontal(|ui| {
        let label = ui.label(name);
        ui.add(
            egui::TextEdit::singleline(text)
                .desired_width(100.0)
                .hint_text("YYYY-MM-DD"),
        )
        .labelled_by(label.id);
        match parse_day(text.trim()) {
            Ok(d) => Some(d),
            Err(e) => {
                ui.colored_label(ui.visuals().error_fg_color, e);
                None
            }
        }
    })
    .inner
}

/// A suggested file in the home folder.
fn in_home(name: &str) -> PathBuf {
    std::env::var_os("HOME")
        .map(PathBuf::from)
        .unwrap_or_default()
        .join(name)
}

/// The request waiting for "replace?", and the answer handling shared by both windows.
fn confirm_ui(
    ctx: &egui::Context,
    id: &str,
    confirm: &mut Option<ExportRequest>,
) -> Option<ExportRequest> {
    let request = confirm.as_ref()?;
    match confirm_replace(ctx, id, &request.existing()) {
        Some(Answer::Replace) => confirm.take().map(ExportRequest::replacing),
        Some(Answer::Cancel) => {
            *confirm = None;
            None
        }
        None => None,
    }
}

/// Asks before replacing: the request goes on when nothing would be replaced.
fn checked(
    ctx: &egui::Context,
    request: ExportRequest,
    confirm: &mut Option<ExportRequest>,
) -> Option<ExportRequest> {
    if request.existing().is_empty() {
        Some(request)
    } else {
        *confirm = Some(request);
        // The question shows on the next frame: make sure there is one.
        ctx.request_repaint();
        None
    }
}

/// The "Export view as PNG" / "Export view as SVG" window.
pub struct ExportViewWindow {
    open: bool,
    /// SVG (vector paths and text) rather than PNG.
    svg: bool,
    size: (u32, u32),
    png: PathField,
    svg_path: PathField,
    confirm: Option<ExportRequest>,
    error: Option<String>,
}

impl Default for ExportViewWindow {
    fn default() -> Self {
        Self {
            open: false,
            svg: false,
            size: (1600, 1000),
            png: PathField::new(
                PathKind::File {
                    filter: "PNG image",
                    extensions: &["png"],
                },
                &in_home("aleppo-atlas.png"),
            ),
            svg_path: PathField::new(
                PathKind::File {
                    filter: "SVG drawing",
                    extensions: &["svg"],
                },
                &in_home("aleppo-atlas.svg"),
            ),
            confirm: None,
            error: None,
        }
    }
}

impl ExportViewWindow {
    /// Opens the window for a PNG, or (`svg`) an SVG.
    pub fn open(&mut self, svg: bool) {
        self.open = true;
        self.svg = svg;
        self.error = None;
    }

    /// Draws the window; returns the export to start. `map_size` is the map panel's size in pixels,
    /// `busy` whether an export is running.
    pub fn show(
        &mut self,
        ctx: &egui::Context,
        day: NaiveDate,
        map_size: (u32, u32),
        busy: bool,
    ) -> Option<ExportRequest> {
        let mut open = self.open;
        let mut request = None;
        let (title, what, name) = if self.svg {
            (
                "Export view as SVG",
                "as paths and text, to edit in Inkscape or Illustrator",
                "SVG file",
            )
        } else {
            ("Export view as PNG", "as an image", "PNG file")
        };
        egui::Window::new(title)
            .id(egui::Id::unique("export view"))
            .open(&mut open)
            .default_width(520.0)
            .collapsible(false)
            .show(ctx, |ui| {
                ui.label(format!(
                    "The map of {} with its legend, date and source caption, {what}.",
                    day.format("%-d %B %Y")
                ));
                size_ui(ui, &mut self.size);
                ui.horizontal(|ui| {
                    if ui.button("1600 × 1000").clicked() {
                        self.size = (1600, 1000);
                    }
                    let panel = format!("Map panel's size ({} × {})", map_size.0, map_size.1);
                    if ui.button(panel).clicked() {
                        self.size = (map_size.0.clamp(16, 8192), map_size.1.clamp(16, 8192));
                    }
                });
                let field = if self.svg {
                    &mut self.svg_path
                } else {
                    &mut self.png
                };
                let picked = field.ui(ui, name);
                let has_path = field.path().is_some();
                ui.horizontal(|ui| {
                    let can = !busy && has_path && self.confirm.is_none();
                    if ui.add_enabled(can, egui::Button::new("Export")).clicked() || picked {
                        request = self.request(day);
                    }
                    if ui.button("Close").clicked() {
                        self.open = false;
                    }
                });
                if busy {
                    ui.weak("An export is running: wait for it to finish.");
                }
                if let Some(e) = &self.error {
                    ui.colored_label(ui.visuals().error_fg_color, e);
                }
            });
        self.open = open && self.open;
        let request = request.and_then(|r| checked(ctx, r, &mut self.confirm));
        let request = request.or_else(|| confirm_ui(ctx, "view", &mut self.confirm));
        if request.is_some() {
            self.open = false;
        }
        request
    }

    fn request(&mut self, day: NaiveDate) -> Option<ExportRequest> {
        let (field, ext) = if self.svg {
            (&self.svg_path, "svg")
        } else {
            (&self.png, "png")
        };
        let path = field.path()?;
        if path.is_dir() {
            self.error = Some(format!("{} is a folder: give a file name.", path.display()));
            return None;
        }
        self.error = None;
        Some(ExportRequest::View {
            path: with_extension(path, ext),
            day,
            size: self.size,
            svg: self.svg,
            replace: false,
        })
    }
}

/// `path`, with `.ext` added when it has no extension.
fn with_extension(path: PathBuf, ext: &str) -> PathBuf {
    if path.extension().is_some() {
        path
    } else {
        path.with_extension(ext)
    }
}

/// The "Export animation" window.
pub struct ExportAnimationWindow {
    open: bool,
    from: String,
    to: String,
    step_days: u32,
    frame_ms: u32,
    size: (u32, u32),
    format: AnimationFormat,
    gif: PathField,
    mp4: PathField,
    with_frames: bool,
    frames_dir: PathField,
    confirm: Option<ExportRequest>,
    error: Option<String>,
}

impl Default for ExportAnimationWindow {
    fn default() -> Self {
        Self {
            open: false,
            from: String::new(),
            to: String::new(),
            step_days: 1,
            frame_ms: 600,
            size: (1200, 750),
            format: AnimationFormat::Gif,
            gif: PathField::new(
                PathKind::File {
                    filter: "Animated GIF",
                    extensions: &["gif"],
                },
                &in_home("aleppo-atlas.gif"),
            ),
            mp4: PathField::new(
                PathKind::File {
                    filter: "MP4 video",
                    extensions: &["mp4"],
                },
                &in_home("aleppo-atlas.mp4"),
            ),
            with_frames: false,
            frames_dir: PathField::new(PathKind::Folder, &in_home("aleppo-atlas-frames")),
            confirm: None,
            error: None,
        }
    }
}

/// More frames than this make the step grow by default.
const DEFAULT_MAX_FRAMES: i64 = 120;

impl ExportAnimationWindow {
    /// Opens the window with the range set to `from`–`to` (the timeline's visible range).
    pub fn open(&mut self, from: NaiveDate, to: NaiveDate) {
        self.open = true;
        self.error = None;
        self.from = from.to_string();
        self.to = to.to_string();
        let span = (to - from).num_days().max(1);
        self.step_days = u32::try_from((span + DEFAULT_MAX_FRAMES - 1) / DEFAULT_MAX_FRAMES)
            .unwrap_or(1)
            .max(1);
    }

    pub fn show(&mut self, ctx: &egui::Context, busy: bool) -> Option<ExportRequest> {
        let mut open = self.open;
        let mut request = None;
        egui::Window::new("Export animation")
            .open(&mut open)
            .default_width(560.0)
            .collapsible(false)
            .show(ctx, |ui| {
                let days = self.range_ui(ui);
                let fits = days
                    .as_ref()
                    .map(|d| export::animation::check_animation(self.format, d.len(), self.size));
                if let Some(Err(e)) = &fits {
                    ui.colored_label(ui.visuals().error_fg_color, e.to_string());
                }
                let picked = self.file_ui(ui);
                ui.horizontal(|ui| {
                    let can = !busy
                        && matches!(fits, Some(Ok(())))
                        && self.file().path().is_some()
                        && self.confirm.is_none();
                    if ui.add_enabled(can, egui::Button::new("Export")).clicked() || (picked && can)
                    {
                        request = days.and_then(|d| self.request(d));
                    }
                    if ui.button("Close").clicked() {
                        self.open = false;
                    }
                });
                if busy {
                    ui.weak("An export is running: its progress is in the menu bar.");
                }
                if let Some(e) = &self.error {
                    ui.colored_label(ui.visuals().error_fg_color, e);
                }
            });
        self.open = open && self.open;
        let request = request.and_then(|r| checked(ctx, r, &mut self.confirm));
        let request = request.or_else(|| confirm_ui(ctx, "animation", &mut self.confirm));
        if request.is_some() {
            self.open = false;
        }
        request
    }

    /// From, To, the step, each frame's time and the size; the days they give.
    fn range_ui(&mut self, ui: &mut Ui) -> Option<Vec<NaiveDate>> {
        let from = date_ui(ui, "From", &mut self.from);
        let to = date_ui(ui, "To", &mut self.to);
        ui.horizontal(|ui| {
            let label = ui.label("Step (days)");
            ui.add(egui::DragValue::new(&mut self.step_days).range(1..=3650))
                .labelled_by(label.id);
            let label = ui.label("Each frame shown");
            ui.add(
                egui::DragValue::new(&mut self.frame_ms)
                    .range(20..=10_000)
                    .suffix(" ms"),
            )
            .labelled_by(label.id);
        });
        size_ui(ui, &mut self.size);
        let days = match (from, to) {
            (Some(f), Some(t)) => export::days_between(f, t, self.step_days).ok(),
            _ => None,
        };
        match (&days, from, to) {
            (Some(d), _, _) => ui.weak(format!("{} frames", d.len())),
            (None, Some(_), Some(_)) => ui.colored_label(
                ui.visuals().error_fg_color,
                "The range is empty: From is after To.",
            ),
            _ => ui.weak(""),
        };
        days
    }

    /// The format, its file, and the frames folder; true when a dialog has just picked the file.
    fn file_ui(&mut self, ui: &mut Ui) -> bool {
        ui.horizontal(|ui| {
            ui.label("Format");
            ui.radio_value(&mut self.format, AnimationFormat::Gif, "Animated GIF");
            ui.radio_value(&mut self.format, AnimationFormat::Mp4, "MP4 video (H.264)");
        });
        let picked = match self.format {
            AnimationFormat::Gif => self.gif.ui(ui, "GIF file"),
            AnimationFormat::Mp4 => self.mp4.ui(ui, "MP4 file"),
        };
        ui.checkbox(
            &mut self.with_frames,
            "Also save each frame as a numbered PNG",
        );
        if self.with_frames {
            self.frames_dir.ui(ui, "Frames folder");
        }
        picked
    }

    /// The file field of the chosen format.
    fn file(&self) -> &PathField {
        match self.format {
            AnimationFormat::Gif => &self.gif,
            AnimationFormat::Mp4 => &self.mp4,
        }
    }

    fn request(&mut self, days: Vec<NaiveDate>) -> Option<ExportRequest> {
        let out = self.file().path()?;
        let out = with_format(out, self.format);
        if out.is_dir() {
            self.error = Some(format!("{} is a folder: give a file name.", out.display()));
            return None;
        }
        let frames_dir = if self.with_frames {
            let Some(dir) = self.frames_dir.path() else {
                self.error = Some("Give a folder for the frames.".into());
                return None;
            };
            if dir.exists() && !dir.is_dir() {
                self.error = Some(format!("{} is not a folder.", dir.display()));
                return None;
            }
            Some(dir)
        } else {
            None
        };
        self.error = None;
        Some(ExportRequest::Animation {
            out,
            frames_dir,
            days,
            size: self.size,
            frame_ms: self.frame_ms,
            replace: false,
        })
    }
}

/// `path`, with the format's extension added when its own does not choose that format (the
/// format follows the extension when the file is written).
fn with_format(path: PathBuf, format: AnimationFormat) -> PathBuf {
    if AnimationFormat::of_path(&path) == format && path.extension().is_some() {
        return path;
    }
    let mut name = path.as_os_str().to_owned();
    name.push(".");
    name.push(format.extension());
    PathBuf::from(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_animation_request_lists_the_frames_it_would_replace() {
        let dir = std::env::temp_dir().join(format!("aleppo-export-view-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp folder");
        let day = NaiveDate::from_ymd_opt(2016, 12, 1).expect("date");
        let days = vec![day, day.succ_opt().expect("next")];
        std::fs::write(dir.join(export::frame_file_name(1, days[1])), b"x").expect("write");
        let request = ExportRequest::Animation {
            out: dir.join("a.gif"),
            frames_dir: Some(dir.clone()),
            days,
            size: (100, 80),
            frame_ms: 100,
            replace: false,
        };
        assert_eq!(request.existing().len(), 1);
        assert!(matches!(
            request.replacing(),
            ExportRequest::Animation { replace: true, .. }
        ));
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn an_animation_file_gets_the_extension_of_its_format() {
        let mp4 = AnimationFormat::Mp4;
        assert_eq!(
            with_format(PathBuf::from("/tmp/a.mp4"), mp4),
            PathBuf::from("/tmp/a.mp4")
        );
        assert_eq!(
            with_format(PathBuf::from("/tmp/a"), mp4),
            PathBuf::from("/tmp/a.mp4")
        );
        // A name ending in .gif would be written as a GIF: the video gets its own extension.
        assert_eq!(
            with_format(PathBuf::from("/tmp/a.gif"), mp4),
            PathBuf::from("/tmp/a.gif.mp4")
        );
        let gif = AnimationFormat::Gif;
        assert_eq!(
            with_format(PathBuf::from("/tmp/a"), gif),
            PathBuf::from("/tmp/a.gif")
        );
        assert_eq!(
            with_format(PathBuf::from("/tmp/a.GIF"), gif),
            PathBuf::from("/tmp/a.GIF")
        );
    }

    #[test]
    fn a_file_name_gets_its_extension() {
        assert_eq!(
            with_extension(PathBuf::from("/tmp/map"), "png"),
            PathBuf::from("/tmp/map.png")
        );
        assert_eq!(
            with_extension(PathBuf::from("/tmp/map.PNG"), "png"),
            PathBuf::from("/tmp/map.PNG")
        );
    }
}
