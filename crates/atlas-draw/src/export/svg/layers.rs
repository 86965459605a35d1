//! Issue 16's layers in the SVG, each a group whose elements carry the name a user picks them by in an
//! editor (Inkscape's XML editor shows the `data-*` attributes, its Object Properties the `<title>`):
//! - `control-areas` (fill-rule even-odd): a group a controller (`id="control-area-…"`,
//!   `data-controller`, its name as `<title>`) holding its area, one path with every ring (holes by
//!   even-odd), filled in the controller's colour at the layer's opacity and stroked with the dark
//!   halo, then its edge in the controller's colour: the raster's order and colours;
//! - `points`: a `<circle class="point">` a dated point, a `<g class="points-bin">` a bin (its circle
//!   and, on the larger ones, its count as text), each with its category in `data-category` and its
//!   `<title>`, a bin with its count in `data-count`.

use super::{colour_attr, escape, id_safe, num, path_data, Svg};
use crate::map_vector::{VectorControlArea, VectorMarker};
use egui::{Color32, Stroke};
use std::fmt::Write as _;

impl Svg {
    /// The control areas of the day, one group a controller (nothing when none is in view).
    pub(super) fn control_areas(&mut self, areas: &[VectorControlArea]) {
        if areas.is_empty() {
            return;
        }
        let id = self.group_id("control-areas");
        let _ = writeln!(
            self.body,
            "<g id=\"{id}\" fill-rule=\"evenodd\" stroke-linejoin=\"round\">"
        );
        for area in areas {
            self.control_area(area);
        }
        self.body.push_str("</g>\n");
    }

    fn control_area(&mut self, area: &VectorControlArea) {
        let d: String = area.rings.iter().map(|r| path_data(r, true)).collect();
        let id = self.group_id(&format!("control-area-{}", id_safe(&area.controller)));
        let name = escape(&area.controller);
        let _ = writeln!(
            self.body,
            "<g id=\"{id}\" data-controller=\"{name}\"><title>{name}</title>\n\
             <path class=\"control-area\" data-controller=\"{name}\" d=\"{d}\"{}{}/>\n\
             <path class=\"control-area-edge\" d=\"{d}\" fill=\"none\"{}/>\n</g>",
            fill_attrs(area.colour, area.fill_opacity),
            stroke_attrs(area.halo),
            stroke_attrs(area.edge),
        );
    }

    /// The dated points or their bins, in drawing order (nothing when none is shown).
    pub(super) fn points(&mut self, markers: &[VectorMarker]) {
        if markers.is_empty() {
            return;
        }
        let id = self.group_id("points");
        let _ = writeln!(self.body, "<g id=\"{id}\">");
        for marker in markers {
            match marker.count {
                None => self.point(marker),
                Some(count) => self.bin(marker, count),
            }
        }
        self.body.push_str("</g>\n");
    }

    fn point(&mut self, marker: &VectorMarker) {
        let category = escape(&marker.category);
        let _ = write!(
            self.body,
            "<circle class=\"point\" data-category=\"{category}\"{}>",
            circle_attrs(marker)
        );
        if !category.is_empty() {
            let _ = write!(self.body, "<title>{category}</title>");
        }
        self.body.push_str("</circle>\n");
    }

    fn bin(&mut self, marker: &VectorMarker, count: u32) {
        let category = escape(&marker.category);
        let title = match category.as_str() {
            "" => format!("{count} points"),
            c => format!("{count} points, most of them {c}"),
        };
        let _ = writeln!(
            self.body,
            "<g class=\"points-bin\" data-category=\"{category}\" data-count=\"{count}\">\
             <title>{title}</title>\n<circle{}/>",
            circle_attrs(marker)
        );
        if let Some(label) = &marker.label {
            self.text(label);
        }
        self.body.push_str("</g>\n");
    }
}

/// ` cx=… cy=… r=… fill=… stroke=…` of a marker.
fn circle_attrs(marker: &VectorMarker) -> String {
    format!(
        " cx=\"{}\" cy=\"{}\" r=\"{}\"{}{}",
        num(marker.centre.x),
        num(marker.centre.y),
        num(marker.radius),
        fill_attrs(marker.fill, marker.fill_opacity),
        stroke_attrs(marker.ring)
    )
}

/// ` fill="#rrggbb"` of an opaque colour and its `fill-opacity` (when under 1): the colour as the
/// palette has it, not as it comes back from egui's premultiplied form.
fn fill_attrs(colour: Color32, opacity: f32) -> String {
    let opacity = if opacity.is_finite() {
        opacity.clamp(0.0, 1.0)
    } else {
        1.0
    };
    let [r, g, b, _] = colour.to_srgba_unmultiplied();
    let mut out = format!(" fill=\"#{r:02x}{g:02x}{b:02x}\"");
    if opacity < 1.0 {
        let _ = write!(out, " fill-opacity=\"{}\"", num(opacity));
    }
    out
}

/// ` stroke=… stroke-width=…` (nothing for a stroke that draws nothing).
fn stroke_attrs(stroke: Stroke) -> String {
    if stroke.width <= 0.0 || stroke.color.a() == 0 {
        return String::new();
    }
    format!(
        "{} stroke-width=\"{}\"",
        colour_attr("stroke", stroke.color),
        num(stroke.width)
    )
}
