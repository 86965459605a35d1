//! Issue 16's layers in the SVG: the control areas as a group of one path a controller, and the
//! dated points as a group of circles (a point) and bins, read from the document and rendered back
//! by resvg against the PNG of the same figure.

use super::tests::rasterize;
use crate::control_layer::area_colour;
use crate::export::{render_figure, render_figure_svg, FigureRenderer};
use crate::points_layer::{category_colour, DENSE_POINTS};
use atlas_core::model::control_areas::{ControlArea, ControlAreas, Snapshot};
use atlas_core::model::points::{DatedPoint, PointLayer};
use atlas_core::session::LoadedData;
use chrono::NaiveDate;
use egui::{Color32, Pos2};
use geo::{LineString, MultiPolygon, Polygon};
use image::RgbaImage;
use std::sync::Arc;

const SIZE: (u32, u32) = (1000, 625);

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2016, 12, 10).expect("a day")
}

/// Where places of the exported image (pixels, one a point) are in longitude and latitude: every
/// export of the same districts frames its map the same way, whatever is drawn over it.
fn lon_lat_of(data: &LoadedData) -> impl Fn(Pos2) -> (f64, f64) {
    let mut renderer = FigureRenderer::new(data, SIZE.0, SIZE.1).expect("a renderer");
    renderer.render(day());
    let projector = renderer.map.projector().expect("the map was drawn");
    let frame = renderer.map.shapes().frame;
    move |p| frame.to_lon_lat(projector.to_map(p))
}

/// The mean colour of the square of side `2 half + 1` around `at`.
fn mean(image: &RgbaImage, at: (u32, u32), half: u32) -> [f64; 3] {
    let mut sum = [0.0; 3];
    let mut n = 0.0;
    for y in at.1 - half..=at.1 + half {
        for x in at.0 - half..=at.0 + half {
            let p = image.get_pixel(x, y).0;
            for i in 0..3 {
                sum[i] += f64::from(p[i]);
            }
            n += 1.0;
        }
    }
    sum.map(|s| s / n)
}

/// The largest difference of a channel.
fn diff(a: [f64; 3], b: [f64; 3]) -> f64 {
    (0..3).map(|i| (a[i] - b[i]).abs()).fold(0.0, f64::max)
}

fn rgb(c: Color32) -> [f64; 3] {
    let [r, g, b, _] = c.to_srgba_unmultiplied();
    [r, g, b].map(f64::from)
}

/// A place within `reach` of `around` (searched every 2 pixels, nearest first) where `image` is one
/// colour over the square of side `2 half + 1`, and that colour passes `wanted`.
fn flat_spot(
    image: &RgbaImage,
    around: (u32, u32),
    reach: i64,
    half: u32,
    wanted: impl Fn([f64; 3]) -> bool,
) -> Option<(u32, u32)> {
    let mut offsets: Vec<(i64, i64)> = (-reach..=reach)
        .step_by(2)
        .flat_map(|dy| (-reach..=reach).step_by(2).map(move |dx| (dx, dy)))
        .collect();
    offsets.sort_by_key(|(dx, dy)| dx * dx + dy * dy);
    offsets.into_iter().find_map(|(dx, dy)| {
        let x = u32::try_from(i64::from(around.0) + dx).ok()?;
        let y = u32::try_from(i64::from(around.1) + dy).ok()?;
        let first = image.get_pixel(x, y);
        let flat = (y - half..=y + half)
            .all(|v| (x - half..=x + half).all(|u| image.get_pixel(u, v) == first));
        let [r, g, b, _] = first.0;
        (flat && wanted([r, g, b].map(f64::from))).then_some((x, y))
    })
}

/// The opening tags of the elements that start with `start`.
fn elements<'a>(svg: &'a str, start: &str) -> Vec<&'a str> {
    svg.match_indices(start)
        .filter_map(|(i, _)| svg[i..].split('>').next())
        .collect()
}

/// An attribute's value in an opening tag.
fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    tag[start..].split('"').next()
}

fn number(tag: &str, name: &str) -> f32 {
    attr(tag, name)
        .and_then(|v| v.parse().ok())
        .unwrap_or(f32::NAN)
}

fn hex(c: Color32) -> String {
    let [r, g, b, _] = c.to_srgba_unmultiplied();
    format!("#{r:02x}{g:02x}{b:02x}")
}

#[test]
fn control_areas_are_one_path_a_controller_in_the_raster_s_colours() {
    let mut data = LoadedData::builtin().expect("built-in data");
    let lon_lat = lon_lat_of(&data);
    let (w, h) = (SIZE.0 as f32, SIZE.1 as f32);
    let ring = |x0: f32, y0: f32, x1: f32, y1: f32| -> LineString<f64> {
        [(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)]
            .iter()
            .map(|&(x, y)| lon_lat(Pos2::new(x * w, y * h)))
            .collect::<Vec<_>>()
            .into()
    };
    // A controller the data knows, its area with a hole, and one of the areas' own beside it.
    let known = data.dataset.controllers.controllers[0].id.clone();
    let own = "occupied".to_string();
    let holed = Polygon::new(
        ring(0.45, 0.25, 0.75, 0.75),
        vec![ring(0.55, 0.40, 0.65, 0.60)],
    );
    let plain = Polygon::new(ring(0.78, 0.35, 0.95, 0.65), vec![]);
    let mut areas = vec![
        ControlArea {
            controller: known.clone(),
            geometry: MultiPolygon(vec![holed]),
            area_km2: 1.0,
        },
        ControlArea {
            controller: own.clone(),
            geometry: MultiPolygon(vec![plain]),
            area_km2: 1.0,
        },
    ];
    areas.sort_by(|a, b| a.controller.cmp(&b.controller));
    let base = render_figure(&data, day(), SIZE.0, SIZE.1).expect("png");
    let snapshot = Snapshot {
        day: day() - chrono::Days::new(3),
        file: "areas_20161207.geojson".into(),
        areas,
    };
    let control = ControlAreas {
        path: "areas".into(),
        snapshots: vec![snapshot],
        ..ControlAreas::default()
    };
    let controllers = control.controllers();
    data.control_areas = Some(Arc::new(control));
    let png = render_figure(&data, day(), SIZE.0, SIZE.1).expect("png");
    let svg = render_figure_svg(&data, day(), SIZE.0, SIZE.1, &Default::default()).expect("svg");

    assert_eq!(svg.matches("<g id=\"control-areas\"").count(), 1);
    let paths = elements(&svg, "<path class=\"control-area\"");
    assert_eq!(paths.len(), 2, "one path a controller");
    assert_eq!(svg.matches("class=\"control-area-edge\"").count(), 2);
    for (name, rings) in [(&known, 2), (&own, 1)] {
        let path = paths
            .iter()
            .find(|p| attr(p, "data-controller") == Some(name))
            .unwrap_or_else(|| panic!("no path of {name}"));
        assert_eq!(attr(path, "d").map(|d| d.matches('M').count()), Some(rings));
        assert!(
            svg.contains(&format!("<title>{name}</title>")),
            "{name} titled"
        );
        let colour = area_colour(&data.dataset, &controllers, name);
        assert_eq!(attr(path, "fill"), Some(hex(colour).as_str()), "{name}");
        assert!((number(path, "fill-opacity") - 96.0 / 255.0).abs() < 0.001);
    }

    // Rendered back, each area is tinted as in the PNG, and its hole is not tinted in either.
    let back = rasterize(&svg);
    let tint = |name: &str| rgb(area_colour(&data.dataset, &controllers, name));
    let cases = [
        ("inside the known area", (500, 210), 36, Some(tint(&known))),
        ("inside its hole", (600, 312), 30, None),
        ("inside the other area", (865, 312), 40, Some(tint(&own))),
    ];
    for (what, around, reach, colour) in cases {
        // Where the district under the area differs from the area's colour, so its tint shows.
        let differs = |c: [f64; 3]| colour.is_none_or(|t| diff(c, t) > 60.0);
        let spot = flat_spot(&base, around, reach, 1, differs).expect("a flat spot");
        let (b, p, s) = (
            mean(&base, spot, 1),
            mean(&png, spot, 1),
            mean(&back, spot, 1),
        );
        if colour.is_some() {
            assert!(diff(p, b) > 20.0, "{what}: the PNG is not tinted");
        } else {
            assert!(diff(p, b) < 1.0, "{what}: the PNG is tinted");
        }
        assert!(diff(s, p) <= 3.0, "{what}: SVG {s:?}, PNG {p:?}");
    }
}

/// A layer of points; each of `places` holds `n` points of the category given with it, dated
/// `on`; categories are named "class 0"…
fn points_layer(places: &[((f64, f64), u16, usize, NaiveDate)]) -> Arc<PointLayer> {
    let points = places
        .iter()
        .flat_map(|&((lon, lat), category, n, on)| {
            (0..n).map(move |_| DatedPoint::on_day(lon, lat, on, category))
        })
        .collect();
    let categories = (0..3).map(|c| format!("class {c}")).collect();
    Arc::new(PointLayer::from_points(
        std::path::Path::new("points"),
        points,
        categories,
    ))
}

#[test]
fn points_are_circles_in_a_group_with_their_category() {
    let mut data = LoadedData::builtin().expect("built-in data");
    let lon_lat = lon_lat_of(&data);
    let base = render_figure(&data, day(), SIZE.0, SIZE.1).expect("png");
    let spots: Vec<(u32, u32)> = (0..9u32)
        .filter_map(|i| {
            // Clear of the legend (top left), the title and the caption.
            let around = (520 + (i % 3) * 170, 290 + (i / 3) * 100);
            flat_spot(&base, around, 30, 1, |_| true)
        })
        .collect();
    assert_eq!(spots.len(), 9);
    let at = |(x, y): (u32, u32)| lon_lat(Pos2::new(x as f32, y as f32));
    let mut places: Vec<_> = spots
        .iter()
        .enumerate()
        .map(|(i, &spot)| (at(spot), (i % 3) as u16, 1, day()))
        .collect();
    // Neither a point dated after the day nor one far outside the view is drawn.
    places.push((at(spots[0]), 1, 1, day() + chrono::Days::new(1)));
    let (lon, lat) = at(spots[0]);
    places.push(((lon + 2.0, lat), 1, 1, day()));
    data.points = Some(points_layer(&places));
    let png = render_figure(&data, day(), SIZE.0, SIZE.1).expect("png");
    let svg = render_figure_svg(&data, day(), SIZE.0, SIZE.1, &Default::default()).expect("svg");

    assert_eq!(svg.matches("<g id=\"points\"").count(), 1);
    assert!(!svg.contains("<g>\n"), "no mesh of triangles");
    let circles = elements(&svg, "<circle class=\"point\"");
    assert_eq!(circles.len(), 9, "one circle a point shown");
    for category in 0..3u16 {
        let name = format!("class {category}");
        let of = circles
            .iter()
            .filter(|c| attr(c, "data-category") == Some(name.as_str()));
        assert_eq!(of.count(), 3, "{name}");
    }
    let back = rasterize(&svg);
    for (i, &spot) in spots.iter().enumerate() {
        let circle = circles
            .iter()
            .find(|c| {
                (number(c, "cx") - spot.0 as f32).abs() < 0.05
                    && (number(c, "cy") - spot.1 as f32).abs() < 0.05
            })
            .unwrap_or_else(|| panic!("no circle at {spot:?}"));
        let colour = category_colour((i % 3) as u16);
        assert_eq!(attr(circle, "fill"), Some(hex(colour).as_str()));
        assert_eq!(attr(circle, "fill-opacity"), None, "a point is opaque");
        // The dot's middle, drawn in its colour in both.
        let (p, s) = (mean(&png, spot, 1), mean(&back, spot, 1));
        assert!(diff(p, rgb(colour)) <= 1.0, "PNG {p:?} at {spot:?}");
        assert!(diff(s, p) <= 2.0, "SVG {s:?}, PNG {p:?} at {spot:?}");
    }
}

/// A pile of points at one place: where (pixels), its most common category, and a place inside
/// its bin to look at.
#[derive(Clone, Copy)]
struct Pile {
    centre: (u32, u32),
    category: u16,
    look: (u32, u32),
}

#[test]
fn bins_are_groups_with_their_count_and_the_districts_show_through() {
    let mut data = LoadedData::builtin().expect("built-in data");
    let lon_lat = lon_lat_of(&data);
    let base = render_figure(&data, day(), SIZE.0, SIZE.1).expect("png");
    // Six piles of points, each on the middle of a cell of the bins' grid (28 pixels), so each pile
    // is one bin; each with a place to look at inside its disc, above its count, where the map is
    // of one colour far from the pile's category.
    let per_pile = DENSE_POINTS / 5;
    let piles: Vec<Pile> = (0..6u32)
        .filter_map(|i| {
            let category = (i % 3) as u16;
            let around = (28 * (19 + (i % 3) * 5) + 14, 28 * (11 + (i / 3) * 6) + 14);
            let far = |c: [f64; 3]| diff(c, rgb(category_colour(category))) > 80.0;
            let cells = (-2i64..=2).flat_map(|dy| (-2i64..=2).map(move |dx| (dx, dy)));
            cells
                .filter_map(|(dx, dy)| {
                    let x = u32::try_from(i64::from(around.0) + 28 * dx).ok()?;
                    let y = u32::try_from(i64::from(around.1) + 28 * dy).ok()?;
                    let look = flat_spot(&base, (x, y - 8), 2, 1, far)?;
                    Some(Pile {
                        centre: (x, y),
                        category,
                        look,
                    })
                })
                .next()
        })
        .collect();
    assert_eq!(piles.len(), 6, "a place for each pile");
    let places: Vec<_> = piles
        .iter()
        .flat_map(|pile| {
            let at = lon_lat(Pos2::new(pile.centre.0 as f32, pile.centre.1 as f32));
            // Most of a pile is its category, a quarter the next one.
            [
                (at, pile.category, per_pile * 3 / 4, day()),
                (at, (pile.category + 1) % 3, per_pile / 4, day()),
            ]
        })
        .collect();
    let total: usize = places.iter().map(|p| p.2).sum();
    assert!(total > DENSE_POINTS);
    data.points = Some(points_layer(&places));
    let png = render_figure(&data, day(), SIZE.0, SIZE.1).expect("png");
    let svg = render_figure_svg(&data, day(), SIZE.0, SIZE.1, &Default::default()).expect("svg");

    assert_eq!(svg.matches("<g id=\"points\"").count(), 1);
    assert!(!svg.contains("<g>\n"), "no mesh of triangles");
    assert_eq!(svg.matches("<circle class=\"point\"").count(), 0);
    let bins = elements(&svg, "<g class=\"points-bin\"");
    assert_eq!(bins.len(), 6, "one group a bin");
    let counted: f32 = bins.iter().map(|b| number(b, "data-count")).sum();
    assert_eq!(counted as usize, total, "the bins hold every point");
    let back = rasterize(&svg);
    let groups: Vec<&str> = svg
        .match_indices("<g class=\"points-bin\"")
        .filter_map(|(i, _)| Some(&svg[i..i + svg[i..].find("</g>")?]))
        .collect();
    for pile in &piles {
        let ((x, y), category, look) = (pile.centre, pile.category, pile.look);
        let at = |g: &&str| {
            let circle = elements(g, "<circle").first().copied().unwrap_or("");
            (number(circle, "cx") - x as f32).abs() < 0.05
                && (number(circle, "cy") - y as f32).abs() < 0.05
        };
        let group = *groups.iter().find(|g| at(g)).expect("a bin at the pile");
        let circle = elements(group, "<circle")[0];
        assert_eq!(
            attr(group, "data-category"),
            Some(format!("class {category}").as_str())
        );
        assert_eq!(
            attr(group, "data-count"),
            Some(per_pile.to_string().as_str())
        );
        assert!(group.contains("<text "), "the count written on the bin");
        // Above the count, inside the disc: the same colour in both, and the district shows
        // through: of what is drawn there, the bin's colour is at most half, and at least a fifth.
        let (dx, dy) = (look.0 as f32 - x as f32, look.1 as f32 - y as f32);
        assert!(
            dx.hypot(dy) + 1.5 < number(circle, "r") - 0.5,
            "{look:?} inside the disc"
        );
        let spot = look;
        let (b, p, s) = (
            mean(&base, spot, 1),
            mean(&png, spot, 1),
            mean(&back, spot, 1),
        );
        assert!(diff(s, p) <= 4.0, "SVG {s:?}, PNG {p:?} at {spot:?}");
        let c = rgb(category_colour(category));
        let channel = (0..3)
            .max_by(|&i, &j| (c[i] - b[i]).abs().total_cmp(&(c[j] - b[j]).abs()))
            .unwrap_or(0);
        let share = (p[channel] - b[channel]) / (c[channel] - b[channel]);
        assert!(
            (0.2..=0.5).contains(&share),
            "the bin's colour is {share:.2} of what shows at {spot:?}"
        );
    }
}
