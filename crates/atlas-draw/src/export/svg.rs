//! The figure as SVG, to edit in Inkscape or Illustrator: egui's shapes for one frame (before they
//! are tessellated) written as SVG elements in the same order — rectangles, lines, paths and text as
//! text (one `<text>` a run of one font and colour, at egui's baseline, in egui's own font, Ubuntu
//! Light) — and the map, drawn by a vector map view ([`crate::map_vector`]), as one path a district
//! with its id and name, and its patterns, outlines and landmarks as stroked paths. The markers of
//! the map view and the figure become named groups (`districts`, `patterns`, `outlines`, `labels`,
//! `legend`, `title`, `caption` …). Issue 16's layers have groups of their own ([`layers`]): the
//! day's control areas (`control-areas`, a path a controller) and the dated points (`points`, a
//! circle a point or bin). Coordinates are egui's points; the `viewBox` scales them to the image's
//! pixels.

use crate::map_vector::{VectorArea, VectorLayer, VectorLine};
use egui::epaint::{ClippedShape, ColorMode, PathShape, PathStroke, RectShape, Shape, TextShape};
use egui::{Color32, FontFamily, Pos2, Rect, StrokeKind};
use std::fmt::Write as _;

/// The shapes of one frame as an SVG document of `size` pixels at `pixels_per_point`.
pub fn figure_svg(
    shapes: &[ClippedShape],
    size: (u32, u32),
    pixels_per_point: f32,
    title: &str,
) -> String {
    let mut svg = Svg {
        body: String::new(),
        defs: String::new(),
        clips: Vec::new(),
        blurs: Vec::new(),
        ids: Vec::new(),
        open: 0,
        ppp: pixels_per_point,
        area: Rect::from_min_size(
            Pos2::ZERO,
            egui::vec2(size.0 as f32, size.1 as f32) / pixels_per_point,
        ),
    };
    for clipped in shapes {
        svg.clipped(&clipped.shape, clipped.clip_rect);
    }
    svg.finish(size, title)
}

/// The document being written.
struct Svg {
    body: String,
    defs: String,
    /// Clip rectangles defined so far (`clip0`, `clip1`…).
    clips: Vec<Rect>,
    /// Blur widths of the filters defined so far (`blur0`…).
    blurs: Vec<u32>,
    /// Group ids used so far (a repeated name gets a number).
    ids: Vec<String>,
    /// Groups opened by markers and not yet closed.
    open: usize,
    ppp: f32,
    /// The whole image, in points.
    area: Rect,
}

impl Svg {
    fn finish(mut self, (w, h): (u32, u32), title: &str) -> String {
        for _ in 0..self.open {
            self.body.push_str("</g>\n");
        }
        let mut out = String::with_capacity(self.body.len() + self.defs.len() + 512);
        let _ = write!(
            out,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" \
             width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {} {}\">\n<title>{}</title>\n",
            num(self.area.width()),
            num(self.area.height()),
            escape(title)
        );
        if !self.defs.is_empty() {
            let _ = write!(out, "<defs>\n{}</defs>\n", self.defs);
        }
        out.push_str(&self.body);
        out.push_str("</svg>\n");
        out
    }

    /// A shape, inside a clip group when it reaches outside its clip rectangle.
    fn clipped(&mut self, shape: &Shape, clip: Rect) {
        let bounds = shape.visual_bounding_rect();
        let needs_clip = !matches!(shape, Shape::Callback(_))
            && bounds.is_positive()
            && !clip.expand(0.01).contains_rect(bounds)
            && clip.is_finite();
        if needs_clip {
            let id = self.clip_id(clip);
            let _ = writeln!(self.body, "<g clip-path=\"url(#clip{id})\">");
            self.shape(shape);
            self.body.push_str("</g>\n");
        } else {
            self.shape(shape);
        }
    }

    fn clip_id(&mut self, clip: Rect) -> usize {
        if let Some(i) = self.clips.iter().position(|c| *c == clip) {
            return i;
        }
        let _ = writeln!(
            self.defs,
            "<clipPath id=\"clip{}\"><rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/></clipPath>",
            self.clips.len(),
            num(clip.min.x),
            num(clip.min.y),
            num(clip.width()),
            num(clip.height())
        );
        self.clips.push(clip);
        self.clips.len() - 1
    }

    fn shape(&mut self, shape: &Shape) {
        match shape {
            Shape::Noop => {}
            Shape::Vec(shapes) => shapes.iter().for_each(|s| self.shape(s)),
            Shape::Circle(c) => {
                let _ = write!(
                    self.body,
                    "<circle cx=\"{}\" cy=\"{}\" r=\"{}\"",
                    num(c.center.x),
                    num(c.center.y),
                    num(c.radius)
                );
                self.paint_attrs(c.fill, c.stroke.width, c.stroke.color);
                self.body.push_str("/>\n");
            }
            Shape::Ellipse(e) => {
                let _ = write!(
                    self.body,
                    "<ellipse cx=\"{}\" cy=\"{}\" rx=\"{}\" ry=\"{}\" transform=\"rotate({} {} {})\"",
                    num(e.center.x),
                    num(e.center.y),
                    num(e.radius.x),
                    num(e.radius.y),
                    num(e.angle.to_degrees()),
                    num(e.center.x),
                    num(e.center.y)
                );
                self.paint_attrs(e.fill, e.stroke.width, e.stroke.color);
                self.body.push_str("/>\n");
            }
            Shape::LineSegment { points, stroke } => self.polyline(
                points,
                false,
                Color32::TRANSPARENT,
                stroke.width,
                stroke.color,
            ),
            Shape::Path(p) => self.path(p),
            Shape::Band(band) => {
                let upper = band.points.iter().map(|p| Pos2::new(p.x, p.y.min));
                let lower = band.points.iter().rev().map(|p| Pos2::new(p.x, p.y.max));
                let points: Vec<Pos2> = upper.chain(lower).collect();
                self.polyline(
                    &points,
                    true,
                    band.fill,
                    band.stroke.width,
                    band.stroke.color,
                );
            }
            Shape::Rect(r) => self.rect(r),
            Shape::Text(t) => self.text(t),
            Shape::Mesh(mesh) => self.mesh(mesh),
            Shape::QuadraticBezier(b) => {
                let d = curve('Q', &b.points, b.closed);
                self.bezier(&d, b.fill, &b.stroke, b.visual_bounding_rect());
            }
            Shape::CubicBezier(b) => {
                let d = curve('C', &b.points, b.closed);
                self.bezier(&d, b.fill, &b.stroke, b.visual_bounding_rect());
            }
            Shape::Callback(callback) => {
                if let Some(layer) = callback.callback.downcast_ref::<VectorLayer>() {
                    self.layer(layer);
                }
            }
        }
    }

    /// ` fill=… stroke=… stroke-width=…` for a fill and a stroke (either may be nothing).
    fn paint_attrs(&mut self, fill: Color32, width: f32, stroke: Color32) {
        self.body.push_str(&colour_attr("fill", fill));
        if width > 0.0 && stroke.a() > 0 {
            self.body.push_str(&colour_attr("stroke", stroke));
            let _ = write!(self.body, " stroke-width=\"{}\"", num(width));
        }
    }

    fn polyline(
        &mut self,
        points: &[Pos2],
        closed: bool,
        fill: Color32,
        width: f32,
        stroke: Color32,
    ) {
        if points.len() < 2 {
            return;
        }
        let _ = write!(self.body, "<path d=\"{}\"", path_data(points, closed));
        self.paint_attrs(fill, width, stroke);
        self.body.push_str("/>\n");
    }

    fn path(&mut self, p: &PathShape) {
        let colour = solid(&p.stroke, p.visual_bounding_rect());
        self.polyline(&p.points, p.closed, p.fill, p.stroke.width, colour);
    }

    fn bezier(&mut self, d: &str, fill: Color32, stroke: &PathStroke, bounds: Rect) {
        let _ = write!(self.body, "<path d=\"{d}\"");
        self.paint_attrs(fill, stroke.width, solid(stroke, bounds));
        self.body.push_str("/>\n");
    }
}

/// A path stroke's colour (a colour that varies along the path is taken at its middle).
fn solid(stroke: &PathStroke, bounds: Rect) -> Color32 {
    match &stroke.color {
        ColorMode::Solid(c) => *c,
        ColorMode::UV(f) => f(bounds, bounds.center()),
    }
}

impl Svg {
    /// A rectangle as egui tessellates it: rounded to pixels, its stroke inside, across or outside
    /// its edge, its shadow (a blur) as a Gaussian blur of about the same spread.
    fn rect(&mut self, r: &RectShape) {
        let round = |v: f32| (v * self.ppp).round() / self.ppp;
        let mut rect = r.rect.intersect(self.area.expand(1e4));
        if r.round_to_pixels.unwrap_or(true) {
            rect = Rect::from_min_max(
                Pos2::new(round(rect.min.x), round(rect.min.y)),
                Pos2::new(round(rect.max.x), round(rect.max.y)),
            );
        }
        let radius = r.corner_radius;
        let uniform = radius.nw == radius.ne && radius.ne == radius.sw && radius.sw == radius.se;
        let mut attrs = String::new();
        if r.blur_width > 0.0 {
            let id = self.blur_id(r.blur_width);
            let _ = write!(attrs, " filter=\"url(#blur{id})\"");
        }
        if r.angle != 0.0 {
            let c = rect.center();
            let _ = write!(
                attrs,
                " transform=\"rotate({} {} {})\"",
                num(r.angle.to_degrees()),
                num(c.x),
                num(c.y)
            );
        }
        if r.fill.a() > 0 {
            self.rounded(rect, radius, uniform, &attrs);
            self.body.push_str(&colour_attr("fill", r.fill));
            self.body.push_str("/>\n");
        }
        if r.stroke.width > 0.0 && r.stroke.color.a() > 0 {
            let w = r.stroke.width;
            let line = match r.stroke_kind {
                StrokeKind::Inside => rect.shrink(w / 2.0),
                StrokeKind::Middle => rect,
                StrokeKind::Outside => rect.expand(w / 2.0),
            };
            self.rounded(line, radius, uniform, &attrs);
            self.body.push_str(" fill=\"none\"");
            self.body.push_str(&colour_attr("stroke", r.stroke.color));
            let _ = writeln!(self.body, " stroke-width=\"{}\"/>", num(w));
        }
    }

    /// The opening of a `<rect>` (uniform corners) or a `<path>` (corners of their own).
    fn rounded(&mut self, rect: Rect, radius: egui::CornerRadius, uniform: bool, attrs: &str) {
        if uniform {
            let _ = write!(
                self.body,
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"{}{attrs}",
                num(rect.min.x),
                num(rect.min.y),
                num(rect.width()),
                num(rect.height()),
                if radius.nw > 0 {
                    format!(" rx=\"{}\"", radius.nw)
                } else {
                    String::new()
                }
            );
            return;
        }
        let (nw, ne, sw, se) = (
            f32::from(radius.nw),
            f32::from(radius.ne),
            f32::from(radius.sw),
            f32::from(radius.se),
        );
        let (x0, y0, x1, y1) = (rect.min.x, rect.min.y, rect.max.x, rect.max.y);
        let _ = write!(
            self.body,
            "<path d=\"M{} {}H{}Q{} {} {} {}V{}Q{} {} {} {}H{}Q{} {} {} {}V{}Q{} {} {} {}Z\"{attrs}",
            num(x0 + nw),
            num(y0),
            num(x1 - ne),
            num(x1),
            num(y0),
            num(x1),
            num(y0 + ne),
            num(y1 - se),
            num(x1),
            num(y1),
            num(x1 - se),
            num(y1),
            num(x0 + sw),
            num(x0),
            num(y1),
            num(x0),
            num(y1 - sw),
            num(y0 + nw),
            num(x0),
            num(y0),
            num(x0 + nw),
            num(y0)
        );
    }

    fn blur_id(&mut self, width: f32) -> usize {
        let key = (width * 100.0).round() as u32;
        if let Some(i) = self.blurs.iter().position(|b| *b == key) {
            return i;
        }
        // egui feathers a shadow linearly over `width`; a Gaussian with the same slope at the
        // edge has a deviation of width / √(2π).
        let _ = writeln!(
            self.defs,
            "<filter id=\"blur{}\" x=\"-50%\" y=\"-50%\" width=\"200%\" height=\"200%\">\
             <feGaussianBlur stdDeviation=\"{}\"/></filter>",
            self.blurs.len(),
            num(width / (2.0 * std::f32::consts::PI).sqrt())
        );
        self.blurs.push(key);
        self.blurs.len() - 1
    }

    /// Text: one `<text>` a run of glyphs of one font and colour on a row, placed at egui's
    /// baseline, the galley's place rounded to pixels as egui rounds it.
    fn text(&mut self, t: &TextShape) {
        let galley = &t.galley;
        let origin = Pos2::new(
            (t.pos.x * self.ppp).round() / self.ppp,
            (t.pos.y * self.ppp).round() / self.ppp,
        );
        let job = &galley.job;
        let glyphs: usize = galley
            .rows
            .iter()
            .map(|r| r.row.glyphs.len() + usize::from(r.ends_with_newline))
            .sum();
        if glyphs != job.text.chars().count() {
            // Shaped text whose glyphs are not one a character (right-to-left runs may not be).
            self.text_rows(t, origin);
            return;
        }
        // A row has a glyph for each of its characters, in the order of the text for left-to-right
        // runs; the characters are taken from the text, so a right-to-left run (laid out in its
        // visual order) keeps its logical order.
        let mut chars = job.text.char_indices();
        for placed in &galley.rows {
            let mut run: Option<TextRun> = None;
            for glyph in &placed.row.glyphs {
                let (byte, chr) = chars.next().unwrap_or((0, glyph.chr));
                let section = job
                    .sections
                    .iter()
                    .find(|s| (s.byte_range.start.0..s.byte_range.end.0).contains(&byte))
                    .or(job.sections.first());
                let Some(format) = section.map(|s| &s.format) else {
                    continue;
                };
                let mut colour = t.override_text_color.unwrap_or(match format.color {
                    Color32::PLACEHOLDER => t.fallback_color,
                    c => c,
                });
                if t.opacity_factor < 1.0 {
                    colour = colour.gamma_multiply(t.opacity_factor);
                }
                let at = origin + placed.pos.to_vec2() + glyph.pos.to_vec2();
                let style = (format.font_id.clone(), colour);
                match &mut run {
                    Some(r) if r.style == style && (r.y - at.y).abs() < 0.01 => {
                        r.text.push(chr);
                        r.xs.push(at.x);
                        r.start = r.start.min(at.x);
                        r.end = r.end.max(at.x + glyph.advance_width);
                    }
                    _ => {
                        if let Some(r) = run.take() {
                            self.text_run(&r);
                        }
                        run = Some(TextRun {
                            xs: vec![at.x],
                            start: at.x,
                            end: at.x + glyph.advance_width,
                            y: at.y,
                            style,
                            text: chr.to_string(),
                        });
                    }
                }
            }
            if let Some(r) = run.take() {
                self.text_run(&r);
            }
            if placed.ends_with_newline {
                chars.next();
            }
        }
    }

    /// Text whose glyphs are not one a character: a run a row, in the first section's style, the
    /// row's text (the whole text for a one-row galley, in its logical order).
    fn text_rows(&mut self, t: &TextShape, origin: Pos2) {
        let galley = &t.galley;
        let Some(format) = galley.job.sections.first().map(|s| &s.format) else {
            return;
        };
        let colour = t.override_text_color.unwrap_or(match format.color {
            Color32::PLACEHOLDER => t.fallback_color,
            c => c,
        });
        for placed in &galley.rows {
            let glyphs = &placed.row.glyphs;
            let (Some(first), Some(last)) = (glyphs.first(), glyphs.last()) else {
                continue;
            };
            let at = origin + placed.pos.to_vec2();
            let start = glyphs.iter().map(|g| g.pos.x).fold(f32::INFINITY, f32::min);
            let end = glyphs
                .iter()
                .map(|g| g.pos.x + g.advance_width)
                .fold(f32::NEG_INFINITY, f32::max);
            let text = if galley.rows.len() == 1 {
                galley.job.text.trim_end_matches('\n').to_string()
            } else {
                placed.row.text()
            };
            let run = TextRun {
                xs: vec![at.x + start; text.chars().count()],
                start: at.x + start,
                end: at.x + end,
                y: at.y + first.pos.y.max(last.pos.y),
                style: (
                    format.font_id.clone(),
                    colour.gamma_multiply(t.opacity_factor),
                ),
                text,
            };
            self.text_run(&run);
        }
    }

    fn text_run(&mut self, run: &TextRun) {
        if run.text.trim().is_empty() || run.style.1.a() == 0 {
            return;
        }
        let (font, colour) = &run.style;
        let family = match &font.family {
            FontFamily::Name(name) if &**name == crate::fonts::ARABIC => {
                "font-family=\"'Noto Sans Arabic', sans-serif\"".to_string()
            }
            FontFamily::Proportional => {
                "font-family=\"'Ubuntu Light', Ubuntu, 'Noto Sans Arabic', \
                                         sans-serif\" font-weight=\"300\""
                    .to_string()
            }
            FontFamily::Monospace => "font-family=\"Hack, monospace\"".to_string(),
            FontFamily::Name(name) => format!("font-family=\"{}\"", escape(name)),
        };
        let _ = write!(
            self.body,
            "<text y=\"{}\" {family} font-size=\"{}\"{} xml:space=\"preserve\">",
            num(run.y),
            num(font.size),
            colour_attr("fill", *colour),
        );
        // Each piece is given the width egui gave it (`textLength`), so that the layout holds where
        // another font stands in for the one egui drew with (a machine without Ubuntu Light): words
        // neither run into each other nor leave gaps. Within a piece the renderer's own shaping
        // (ligatures, kerning, Arabic joining) applies.
        if crate::fonts::is_arabic(&run.text) {
            // A right-to-left run, from where egui's laid-out run starts on the right.
            let _ = write!(
                self.body,
                "<tspan x=\"{}\" direction=\"rtl\" text-anchor=\"start\"{}>{}</tspan>",
                num(run.end),
                text_length(run.end - run.start),
                escape(&run.text)
            );
        } else {
            for word in words(run) {
                let _ = write!(
                    self.body,
                    "<tspan x=\"{}\"{}>{}</tspan>",
                    num(word.x),
                    text_length(word.width),
                    escape(&word.text)
                );
            }
        }
        self.body.push_str("</text>\n");
    }

    /// A mesh (none is drawn in a vector figure; kept for completeness): its triangles, each in the
    /// colour of its first vertex.
    fn mesh(&mut self, mesh: &egui::Mesh) {
        self.body.push_str("<g>\n");
        for tri in mesh.indices.chunks_exact(3) {
            let v: Vec<&egui::epaint::Vertex> = tri
                .iter()
                .filter_map(|&i| mesh.vertices.get(i as usize))
                .collect();
            if v.len() == 3 {
                let points = [v[0].pos, v[1].pos, v[2].pos];
                self.polyline(&points, true, v[0].color, 0.0, Color32::TRANSPARENT);
            }
        }
        self.body.push_str("</g>\n");
    }

    /// A part of the map, or a group's start or end.
    fn layer(&mut self, layer: &VectorLayer) {
        match layer {
            VectorLayer::Begin(name) => {
                let id = self.group_id(name);
                let _ = writeln!(self.body, "<g id=\"{id}\">");
                self.open += 1;
            }
            VectorLayer::End => {
                if self.open > 0 {
                    self.body.push_str("</g>\n");
                    self.open -= 1;
                }
            }
            VectorLayer::Areas { name, areas } => {
                let id = self.group_id(name);
                let _ = writeln!(self.body, "<g id=\"{id}\" fill-rule=\"evenodd\">");
                areas.iter().for_each(|a| self.area(a));
                self.body.push_str("</g>\n");
            }
            VectorLayer::ControlAreas(areas) => self.control_areas(areas),
            VectorLayer::Points(markers) => self.points(markers),
            VectorLayer::Lines { name, lines } => {
                let id = self.group_id(name);
                let _ = writeln!(
                    self.body,
                    "<g id=\"{id}\" fill=\"none\" stroke-linejoin=\"round\">"
                );
                self.lines(lines);
                self.body.push_str("</g>\n");
            }
        }
    }

    fn group_id(&mut self, name: &str) -> String {
        let mut id = name.to_string();
        let mut n = 1;
        while self.ids.contains(&id) {
            n += 1;
            id = format!("{name}-{n}");
        }
        self.ids.push(id.clone());
        id
    }

    fn area(&mut self, area: &VectorArea) {
        let mut d = String::new();
        for ring in &area.rings {
            d.push_str(&path_data(ring, true));
        }
        let id = self.group_id(&format!("district-{}", id_safe(&area.id)));
        let _ = writeln!(
            self.body,
            "<path id=\"{id}\" d=\"{d}\"{}><title>{}</title></path>",
            colour_attr("fill", area.colour),
            escape(&area.name)
        );
    }

    /// Lines, those of one style in a row joined into one path.
    fn lines(&mut self, lines: &[VectorLine]) {
        let mut i = 0;
        while i < lines.len() {
            let first = &lines[i];
            // Dashed lines stay one a path: their dashes start afresh at each line's start.
            let same = |l: &VectorLine| {
                l.colour == first.colour
                    && l.width == first.width
                    && l.dash.is_none()
                    && first.dash.is_none()
            };
            let n = lines[i..].iter().take_while(|l| same(l)).count().max(1);
            let d: String = lines[i..i + n]
                .iter()
                .filter(|l| l.points.len() >= 2)
                .map(|l| path_data(&l.points, l.closed))
                .collect();
            let _ = write!(
                self.body,
                "<path d=\"{d}\"{} stroke-width=\"{}\"",
                colour_attr("stroke", first.colour),
                num(first.width)
            );
            if let Some((dash, gap)) = first.dash {
                let _ = write!(
                    self.body,
                    " stroke-dasharray=\"{} {}\"",
                    num(dash),
                    num(gap)
                );
            }
            self.body.push_str("/>\n");
            i += n;
        }
    }
}

/// A word of a run, with the spaces after it: where egui put it and how wide egui made it (up to
/// the next word, or the run's end).
#[derive(Debug, PartialEq)]
struct Word {
    x: f32,
    width: f32,
    text: String,
}

/// The words of a run. A run whose glyphs all start at one place (a row laid out as a whole, see
/// [`Svg::text_rows`]) is one piece.
fn words(run: &TextRun) -> Vec<Word> {
    let mut out: Vec<Word> = Vec::new();
    let mut after_space = true;
    for (c, &x) in run.text.chars().zip(&run.xs) {
        let starts_word = after_space && !c.is_whitespace();
        match out.last_mut() {
            Some(word) if !starts_word || x <= word.x => word.text.push(c),
            _ => out.push(Word {
                x,
                width: 0.0,
                text: c.to_string(),
            }),
        }
        after_space = c.is_whitespace();
    }
    let ends: Vec<f32> = out.iter().skip(1).map(|w| w.x).chain([run.end]).collect();
    for (word, end) in out.iter_mut().zip(ends) {
        word.width = end - word.x;
    }
    out
}

/// The `textLength` attribute that stretches or squeezes a piece of text to `width` (none for a
/// piece too narrow to matter).
fn text_length(width: f32) -> String {
    if width < 0.5 {
        return String::new();
    }
    format!(
        " textLength=\"{}\" lengthAdjust=\"spacingAndGlyphs\"",
        num(width)
    )
}

/// Glyphs of one font and colour on one baseline: their characters (in the text's order), where
/// each glyph starts, and where the run starts and ends.
struct TextRun {
    xs: Vec<f32>,
    start: f32,
    end: f32,
    y: f32,
    style: (egui::FontId, Color32),
    text: String,
}

/// `M x0 y0 Q|C x1 y1 … [Z]`: a Bézier curve from its first point through its control points.
fn curve(letter: char, points: &[Pos2], closed: bool) -> String {
    let mut d = String::new();
    for (i, p) in points.iter().enumerate() {
        match i {
            0 => d.push('M'),
            1 => d.push(letter),
            _ => d.push(' '),
        }
        let _ = write!(d, "{} {}", num(p.x), num(p.y));
    }
    if closed {
        d.push('Z');
    }
    d
}

/// `M x y L x y … [Z]`.
fn path_data(points: &[Pos2], closed: bool) -> String {
    let mut d = String::with_capacity(points.len() * 12);
    for (i, p) in points.iter().enumerate() {
        d.push(if i == 0 { 'M' } else { 'L' });
        let _ = write!(d, "{} {}", num(p.x), num(p.y));
    }
    if closed {
        d.push('Z');
    }
    d
}

/// ` name="#rrggbb"` and its opacity when not opaque; `none` when fully transparent.
fn colour_attr(name: &str, c: Color32) -> String {
    let [r, g, b, a] = c.to_srgba_unmultiplied();
    if a == 0 {
        return format!(" {name}=\"none\"");
    }
    let mut out = format!(" {name}=\"#{r:02x}{g:02x}{b:02x}\"");
    if a < 255 {
        let _ = write!(out, " {name}-opacity=\"{}\"", num(f32::from(a) / 255.0));
    }
    out
}

/// A number with at most three decimals and no trailing zeros.
fn num(v: f32) -> String {
    if !v.is_finite() {
        return "0".into();
    }
    let text = format!("{v:.3}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    match text {
        "-0" | "" => "0".into(),
        t => t.to_string(),
    }
}

/// Text for XML content and attributes.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Control characters are not allowed in XML 1.0.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

/// An id made of letters, digits, `-` and `_` only.
fn id_safe(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

#[cfg(test)]
mod layer_tests;
mod layers;
#[cfg(test)]
mod tests;
