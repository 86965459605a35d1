//! The SVG read back: resvg renders it (with egui's own font) and it compares with the PNG of the
//! same day pixel by pixel; it holds what an editor needs (a path and a name a district, text as
//! text, named groups).

use super::*;
use crate::export::{render_figure, render_figure_svg};
use atlas_core::session::LoadedData;
use chrono::NaiveDate;

/// Renders an SVG with resvg, egui's fonts loaded.
pub(super) fn rasterize(svg: &str) -> image::RgbaImage {
    let mut options = resvg::usvg::Options::default();
    for (_, data) in egui::FontDefinitions::default().font_data {
        options
            .fontdb_mut()
            .load_font_data((*data.font).as_ref().to_vec());
    }
    let tree = resvg::usvg::Tree::from_str(svg, &options).expect("the SVG parses");
    let size = tree.size().to_int_size();
    let mut pixmap = resvg::tiny_skia::Pixmap::new(size.width(), size.height()).expect("a pixmap");
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::default(),
        &mut pixmap.as_mut(),
    );
    let mut rgba = pixmap.take();
    // tiny-skia keeps premultiplied alpha.
    for p in rgba.chunks_exact_mut(4) {
        let a = u16::from(p[3]);
        if a > 0 && a < 255 {
            for c in &mut p[..3] {
                *c = ((u16::from(*c) * 255 + a / 2) / a).min(255) as u8;
            }
        }
    }
    image::RgbaImage::from_raw(size.width(), size.height(), rgba).expect("an image")
}

/// Compared over blocks of 2×2 pixels (two ways of anti-aliasing are compared, not where within a
/// pixel each puts an edge's coverage): the share of blocks whose mean colours differ by more than
/// `tolerance` in a channel, and the mean of the largest channel difference.
fn compare(a: &image::RgbaImage, b: &image::RgbaImage, tolerance: f64) -> (f64, f64) {
    let block = |img: &image::RgbaImage, x: u32, y: u32| -> [f64; 3] {
        let mut sum = [0.0; 3];
        for (dx, dy) in [(0, 0), (1, 0), (0, 1), (1, 1)] {
            let p = img.get_pixel(x + dx, y + dy).0;
            for i in 0..3 {
                sum[i] += f64::from(p[i]) / 4.0;
            }
        }
        sum
    };
    let (mut off, mut total, mut n) = (0usize, 0.0, 0usize);
    for y in (0..a.height() - 1).step_by(2) {
        for x in (0..a.width() - 1).step_by(2) {
            let (p, q) = (block(a, x, y), block(b, x, y));
            let d = (0..3).map(|i| (p[i] - q[i]).abs()).fold(0.0, f64::max);
            off += usize::from(d > tolerance);
            total += d;
            n += 1;
        }
    }
    (off as f64 / n.max(1) as f64, total / n.max(1) as f64)
}

/// The text of an SVG document (its tags left out).
fn text_of(svg: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in svg.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

#[test]
fn the_svg_rendered_back_matches_the_png() {
    let data = LoadedData::builtin().expect("built-in data");
    let day = NaiveDate::from_ymd_opt(2016, 11, 28).expect("date");
    let (w, h) = (800, 500);
    let svg = render_figure_svg(&data, day, w, h, &Default::default()).expect("svg");
    let png = render_figure(&data, day, w, h).expect("png");
    let back = rasterize(&svg);
    // ATLAS_SVG_DEBUG=folder keeps the SVG and both images, to look at a failure.
    if let Ok(dir) = std::env::var("ATLAS_SVG_DEBUG") {
        let _ = std::fs::write(format!("{dir}/figure.svg"), &svg);
        let _ = back.save(format!("{dir}/back.png"));
        let _ = png.save(format!("{dir}/png.png"));
    }
    assert_eq!((back.width(), back.height()), (w, h));
    let (share, mean) = compare(&back, &png, 48.0);
    // Edges are anti-aliased differently (egui feathers them, resvg covers them) and glyphs are
    // rasterized by another engine (egui hints them): over 2×2 blocks, the mean difference under
    // 5 levels, and under 2.5% of the blocks more than 48 levels off (measured: 3.8 and 1.2% on this
    // figure, nearly all of it in the text and the thin stripes). A blank or misplaced map, legend
    // or text is far outside either.
    assert!(
        share < 0.025 && mean < 5.0,
        "{:.2}% of blocks off, mean {mean:.2}",
        share * 100.0
    );
}

#[test]
fn the_svg_holds_districts_text_and_named_groups() {
    let data = LoadedData::builtin().expect("built-in data");
    let day = NaiveDate::from_ymd_opt(2016, 11, 28).expect("date");
    let svg = render_figure_svg(&data, day, 1600, 1000, &Default::default()).expect("svg");
    for group in [
        "districts",
        "patterns",
        "outlines",
        "labels",
        "legend",
        "title",
        "caption",
    ] {
        assert!(svg.contains(&format!("<g id=\"{group}\"")), "group {group}");
    }
    let districts = svg.matches("<path id=\"district-").count();
    assert_eq!(districts, data.dataset.layer.districts.len());
    assert!(svg.contains("<title>Hanano</title>"));
    let text = text_of(&svg);
    assert!(text.contains("28 November 2016"), "the title as text");
    assert!(
        text.contains("Syrian government and allies"),
        "the legend as text"
    );
    assert!(
        text.contains("Latest change shown: 28 Nov 2016"),
        "the caption as text"
    );
    assert!(
        !svg.contains("<path d=\"M") || svg.matches("<g>").count() == 0,
        "no mesh fallback"
    );
    // Well formed enough for a parser.
    assert!(resvg::usvg::Tree::from_str(&svg, &resvg::usvg::Options::default()).is_ok());
}

#[test]
fn arabic_labels_are_written_in_their_own_order() {
    let data = LoadedData::builtin().expect("built-in data");
    let day = NaiveDate::from_ymd_opt(2016, 11, 28).expect("date");
    let look = crate::export::ExportLook {
        labels: crate::map_view::LabelScript::Arabic,
        ..Default::default()
    };
    let svg = render_figure_svg(&data, day, 1600, 1000, &look).expect("svg");
    let hanano =
        &data.dataset.layer.districts[data.dataset.layer.index_of("hanano").expect("hanano")];
    let arabic = hanano.name_ar.as_deref().expect("an Arabic name");
    // The name as written (logical order), on a right-to-left run of the Arabic font.
    assert!(text_of(&svg).contains(arabic), "{arabic} in the SVG's text");
    assert!(svg.contains("font-family=\"'Noto Sans Arabic', sans-serif\""));
    assert!(svg.contains("direction=\"rtl\""));
}

#[test]
fn numbers_and_text_are_written_plainly() {
    assert_eq!(num(1.5), "1.5");
    assert_eq!(num(2.0), "2");
    assert_eq!(num(-0.0001), "0");
    assert_eq!(num(f32::NAN), "0");
    assert_eq!(
        escape("a <b> & \"c\"\u{1}"),
        "a &lt;b&gt; &amp; &quot;c&quot;"
    );
    assert_eq!(colour_attr("fill", Color32::TRANSPARENT), " fill=\"none\"");
    assert_eq!(
        colour_attr("fill", Color32::from_rgba_unmultiplied(255, 0, 0, 51)),
        " fill=\"#ff0000\" fill-opacity=\"0.2\""
    );
    assert_eq!(id_safe("sheikh maqsoud/ا"), "sheikh_maqsoud__");
}

/// The widths each `<text>` element asks for: the sum of its pieces' `textLength`s (None for an
/// element without one).
fn asked_widths(svg: &str) -> Vec<Option<f32>> {
    svg.split("<text ")
        .skip(1)
        .map(|element| {
            let element = element.split("</text>").next().unwrap_or("");
            let lengths: Vec<f32> = element
                .split("textLength=\"")
                .skip(1)
                .filter_map(|rest| rest.split('"').next()?.parse().ok())
                .collect();
            (!lengths.is_empty()).then(|| lengths.iter().sum())
        })
        .collect()
}

/// The widths of the text nodes of a parsed SVG, in document order.
fn text_widths(group: &resvg::usvg::Group, out: &mut Vec<f32>) {
    for node in group.children() {
        match node {
            resvg::usvg::Node::Group(g) => text_widths(g, out),
            resvg::usvg::Node::Text(t) => out.push(t.bounding_box().width()),
            _ => {}
        }
    }
}

#[test]
fn text_keeps_its_layout_in_a_font_other_than_egui_s() {
    // A machine without Ubuntu Light draws the text in another font: here Hack, a monospace font
    // far wider than Ubuntu Light. Each piece of text still spans the width egui laid it out in,
    // so words neither overlap nor spread (without `textLength` the legend's lines come out about a
    // fifth wider and its words run into each other).
    let data = LoadedData::builtin().expect("built-in data");
    let day = NaiveDate::from_ymd_opt(2016, 12, 7).expect("date");
    let svg = render_figure_svg(&data, day, 1600, 1000, &Default::default()).expect("svg");
    let mut options = resvg::usvg::Options::default();
    let fonts = egui::FontDefinitions::default();
    let hack = fonts.font_data.get("Hack").expect("egui ships Hack");
    options
        .fontdb_mut()
        .load_font_data((*hack.font).as_ref().to_vec());
    options.fontdb_mut().set_sans_serif_family("Hack");
    options.font_family = "Hack".to_string();
    let tree = resvg::usvg::Tree::from_str(&svg, &options).expect("the SVG parses");
    let mut drawn = Vec::new();
    text_widths(tree.root(), &mut drawn);
    let asked = asked_widths(&svg);
    assert_eq!(drawn.len(), asked.len(), "one text node a <text> element");
    let mut checked = 0;
    for (i, (drawn, asked)) in drawn.iter().zip(&asked).enumerate() {
        let Some(asked) = asked else { continue };
        if *asked < 20.0 {
            continue; // a digit or two: a pixel of ink either way is most of it
        }
        // The ink stops short of a trailing space and of the last glyph's side bearing.
        assert!(
            (drawn - asked).abs() <= asked * 0.08 + 4.0,
            "text {i}: drawn {drawn:.1} px wide, laid out {asked:.1}"
        );
        checked += 1;
    }
    assert!(checked > 100, "only {checked} texts checked");
}
