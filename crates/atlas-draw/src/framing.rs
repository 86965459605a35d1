//! Where the map looks first: the city where control changed, not every outlier of the layer.
//!
//! A layer of a city's districts often reaches far out (an industrial city, an airport, outlying
//! villages); fitting all of it leaves the built-up city, where the fighting was, in a corner. The
//! first view and "Fit" frame [`city_bounds`]: the districts whose controller changed at least once
//! in the record ([`changed_districts`]), without those lying far from the rest (farther from their
//! median point than [`OUTLIER_FACTOR`] times their median distance from it). A layer where fewer
//! than [`FEWEST_CHANGED`] districts change hands (a few events opened) is framed on its
//! neighbourhoods, the built-up core (without the other areas, and without outliers), then on
//! everything.
//! "Whole layer" fits every district.

use crate::map_shapes::MapShapes;
use atlas_core::model::DistrictKind;
use atlas_core::timeline::ControlIndex;
use egui::{Pos2, Rect};

/// Fewer districts changed than this, and the built-up core is framed instead.
pub const FEWEST_CHANGED: usize = 8;

/// A district is an outlier when it lies farther from the median point than this many times the
/// median distance.
pub const OUTLIER_FACTOR: f32 = 2.5;

/// The districts held by more than one side in the record (a mark without a change of hands does
/// not count, nor a first statement of who held a district nobody had spoken of).
pub fn changed_districts(index: &ControlIndex) -> Vec<usize> {
    (0..index.district_count())
        .filter(|&d| {
            let mut sides = index
                .history(d)
                .into_iter()
                .filter_map(|s| s.state.controller);
            let first = sides.next();
            sides.any(|s| Some(s) != first)
        })
        .collect()
}

/// The map rectangle the first view and "Fit" show (see the module documentation); None for a layer
/// without districts.
pub fn city_bounds(shapes: &MapShapes, changed: &[usize]) -> Option<Rect> {
    let all: Vec<usize> = (0..shapes.districts.len()).collect();
    let neighbourhoods: Vec<usize> = all
        .iter()
        .copied()
        .filter(|&d| shapes.districts[d].kind == DistrictKind::Neighbourhood)
        .collect();
    let known = |set: &[usize]| set.iter().filter(|&&d| d < shapes.districts.len()).count();
    // A handful of changes (a few events opened) frames the built-up core, not those alone.
    let which = [changed, &neighbourhoods, &all]
        .into_iter()
        .find(|set| known(set) >= FEWEST_CHANGED.min(shapes.districts.len()).max(1))
        .or(Some(&all))?;
    let kept = without_outliers(shapes, which);
    kept.iter()
        .filter_map(|&d| shapes.districts.get(d))
        .map(|d| d.bounds)
        .reduce(|a, b| a.union(b))
}

/// The districts of `which` that are not far from the rest, judged by their anchors.
fn without_outliers(shapes: &MapShapes, which: &[usize]) -> Vec<usize> {
    let anchors: Vec<(usize, Pos2)> = which
        .iter()
        .filter_map(|&d| Some((d, shapes.districts.get(d)?.anchor)))
        .collect();
    if anchors.len() < 4 {
        return anchors.into_iter().map(|(d, _)| d).collect();
    }
    let centre = Pos2::new(
        median(anchors.iter().map(|(_, p)| p.x).collect()),
        median(anchors.iter().map(|(_, p)| p.y).collect()),
    );
    let typical = median(anchors.iter().map(|(_, p)| p.distance(centre)).collect());
    anchors
        .into_iter()
        .filter(|(_, p)| p.distance(centre) <= typical * OUTLIER_FACTOR)
        .map(|(d, _)| d)
        .collect()
}

fn median(mut values: Vec<f32>) -> f32 {
    values.sort_by(f32::total_cmp);
    values.get(values.len() / 2).copied().unwrap_or(0.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use atlas_core::session::LoadedData;

    #[test]
    fn the_city_first_leaves_out_the_far_industrial_city() {
        let data = LoadedData::builtin().expect("built-in data");
        let layer = &data.dataset.layer;
        let shapes = MapShapes::build(layer, &data.landmarks);
        let changed = changed_districts(&data.index);
        let id = |i: &str| layer.index_of(i).expect("known district");
        // Neither the airport nor the Sheikh Najjar industrial city changed hands in the data.
        for far in ["sheikh-najjar", "aleppo-international-airport"] {
            assert!(!changed.contains(&id(far)), "{far}");
        }
        assert!(changed.contains(&id("hanano")));
        let city = city_bounds(&shapes, &changed).expect("a city");
        let inside = |i: &str| city.contains(shapes.districts[id(i)].anchor);
        for place in [
            "hanano",
            "sheikh-maqsoud",
            "aleppo-citadel",
            "sheikh-saeed",
            "sukkari",
        ] {
            assert!(inside(place), "{place} is framed");
        }
        assert!(!inside("sheikh-najjar"), "the industrial city is left out");
        // The airport lies among districts that changed hands (an-Nayrab, Jibreen): its middle is
        // framed, not all of it.
        let airport = shapes.districts[id("aleppo-international-airport")].bounds;
        assert!(!city.contains_rect(airport));
        // Markedly smaller than the whole layer.
        let whole = shapes.bounds;
        assert!(city.area() < whole.area() * 0.6, "{city:?} of {whole:?}");
    }

    #[test]
    fn a_layer_where_nothing_changed_is_framed_on_its_neighbourhoods() {
        let data = LoadedData::builtin().expect("built-in data");
        let shapes = MapShapes::build(&data.dataset.layer, &data.landmarks);
        let city = city_bounds(&shapes, &[]).expect("a city");
        let far = data
            .dataset
            .layer
            .index_of("sheikh-najjar")
            .expect("known district");
        assert!(!city.contains(shapes.districts[far].anchor));
        assert!(city.area() < shapes.bounds.area());
    }
}
