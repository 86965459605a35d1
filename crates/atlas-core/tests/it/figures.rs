//! The sources' own numbers against what the engine computes from the polygons and events.
//!
//! Each figure in data/figures.json (a share of the formerly rebel-held east, of the city, or an area in
//! km²) is recomputed on its day as an interval: districts whose split the sources do not give count as
//! anything from none to all. A figure agrees when that interval meets the stated value widened by a
//! tolerance: 5 percentage points for shares of the east (it is about 45 km²: one large district such
//! as Hanano is 5–8% of it, and the sources round to 5 or 10), 1 point for shares of the whole city
//! (1.3 km², about one district), and 1 km² for areas in km² (the districts of the last pocket are
//! 0.3–1.5 km² each). "Nearly" a value reads as within a fifth under it; a figure said to hold "once"
//! (`when: "any day"`) is compared with the engine's values over its whole span; "the city" of a
//! news story can be its built-up part (`share_of_built_up_city_…`: neighbourhoods only, without the
//! airport, industrial zones and cemeteries). Each figure records whether it is expected to agree;
//! the test fails when the engine and that expectation part, and prints the table the README shows
//! (`cargo test -p atlas-core --test it figures -- --nocapture`).

use atlas_core::join::{load_dataset, DataPaths, Dataset};
use atlas_core::model::DistrictKind;
use atlas_core::timeline::{share_bounds, with_kept_areas, ControlIndex};
use chrono::NaiveDate;
use serde::Deserialize;

const EAST_SHARE_TOLERANCE: f64 = 0.05;
const CITY_SHARE_TOLERANCE: f64 = 0.01;
const KM2_TOLERANCE: f64 = 1.0;
/// The south-western outskirts: a separate front outside the besieged east, still rebel-held in 2020.
const OUTSKIRTS: &[&str] = &["rashidin", "aqrab"];
/// "Nearly" a value: at least this share of it.
const NEARLY: f64 = 0.8;
/// The day before the offensive: the line it starts from.
const LINE_DAY: &str = "2016-11-14";

#[derive(Deserialize)]
struct Figures {
    figures: Vec<Figure>,
}

#[derive(Deserialize)]
struct Figure {
    id: String,
    date: String,
    #[serde(default)]
    date_from: Option<String>,
    measure: String,
    value: f64,
    #[serde(default)]
    value_max: Option<f64>,
    #[serde(default)]
    qualifier: Option<String>,
    #[serde(default)]
    district: Option<String>,
    /// "any day": the figure held on some day between `date_from` and `date` ("rebels once held
    /// nearly half"), so the engine's interval is the hull of its intervals over those days.
    #[serde(default)]
    when: Option<String>,
    expected: String,
    #[serde(default)]
    why: Option<String>,
    passage: Passage,
}

#[derive(Deserialize)]
struct Passage {
    document: String,
    start: usize,
    end: usize,
    quote: String,
}

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("figure date")
}

struct Engine {
    data: Dataset,
    index: ControlIndex,
    rebels: usize,
    government: usize,
}

impl Engine {
    /// (at least, at most) km² that `controller` holds among `districts` at the end of `on`.
    fn held(&self, controller: usize, districts: &[usize], on: NaiveDate) -> (f64, f64) {
        let states = self.index.state_at(on);
        let states = with_kept_areas(&self.data, &states);
        districts.iter().fold((0.0, 0.0), |(lo, hi), &d| {
            let (a, b) = share_bounds(&states[d], controller);
            let area = self.data.layer.districts[d].area_km2;
            (lo + a * area, hi + b * area)
        })
    }

    fn area(&self, districts: &[usize]) -> f64 {
        districts
            .iter()
            .map(|&d| self.data.layer.districts[d].area_km2)
            .sum()
    }

    /// Districts held wholly by the rebels at the end of `on`, outskirts left out.
    fn rebel_held(&self, on: NaiveDate) -> Vec<usize> {
        (0..self.data.layer.len())
            .filter(|&d| !OUTSKIRTS.contains(&self.data.layer.districts[d].id.as_str()))
            .filter(|&d| share_bounds(&self.index.control_at(d, on), self.rebels) == (1.0, 1.0))
            .collect()
    }

    fn city(&self) -> Vec<usize> {
        (0..self.data.layer.len())
            .filter(|&d| !OUTSKIRTS.contains(&self.data.layer.districts[d].id.as_str()))
            .collect()
    }

    /// The built-up city: its neighbourhoods, without the airport, industrial zones, cemeteries,
    /// barracks and parks (the layer's `other-area` districts).
    fn built_up(&self) -> Vec<usize> {
        self.city()
            .into_iter()
            .filter(|&d| self.data.layer.districts[d].kind == DistrictKind::Neighbourhood)
            .collect()
    }

    /// [`Engine::compute_on`] on the figure's day, or for a figure that held on "any day" of its
    /// span, the hull of its values over every day something changed in the span.
    fn compute(&self, f: &Figure) -> (f64, f64) {
        let on = day(&f.date);
        if f.when.as_deref() != Some("any day") {
            return self.compute_on(f, on);
        }
        let from = f.date_from.as_deref().map_or(on, day);
        let mut days: Vec<NaiveDate> = self
            .index
            .change_days()
            .into_iter()
            .filter(|d| (from..=on).contains(d))
            .collect();
        days.push(on);
        days.iter()
            .map(|&d| self.compute_on(f, d))
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), (a, b)| {
                (lo.min(a), hi.max(b))
            })
    }

    /// The engine's value for a figure on a day, as an interval.
    fn compute_on(&self, f: &Figure, on: NaiveDate) -> (f64, f64) {
        let ratio = |(lo, hi): (f64, f64), total: f64| (lo / total, hi / total);
        match f.measure.as_str() {
            "share_of_east_government" => {
                let east = self.rebel_held(day(LINE_DAY));
                ratio(self.held(self.government, &east, on), self.area(&east))
            }
            "share_of_rebel_held_east_taken" => {
                let from = f.date_from.as_deref().map_or(day(LINE_DAY), day);
                let base = self.rebel_held(from.pred_opt().expect("a day before"));
                ratio(self.held(self.government, &base, on), self.area(&base))
            }
            "share_of_remaining_rebel_held_east_taken" => {
                let id = f.district.as_deref().expect("figure names its district");
                let d = self.data.layer.index_of(id).expect("district");
                let before = on.pred_opt().expect("a day before");
                let (lo, hi) = self.held(self.rebels, &self.city(), before);
                let a = self.data.layer.districts[d].area_km2;
                (a / hi, a / lo)
            }
            "share_of_city_rebels" => ratio(
                self.held(self.rebels, &self.city(), on),
                self.area(&self.city()),
            ),
            "share_of_city_government" => {
                // "Complete control": no part of the city left to the rebels.
                let (lo, hi) = ratio(
                    self.held(self.rebels, &self.city(), on),
                    self.area(&self.city()),
                );
                (1.0 - hi, 1.0 - lo)
            }
            "share_of_built_up_city_rebels" => ratio(
                self.held(self.rebels, &self.built_up(), on),
                self.area(&self.built_up()),
            ),
            "rebel_held_area_km2" => self.held(self.rebels, &self.city(), on),
            other => panic!("{}: unknown measure {other}", f.id),
        }
    }
}

fn stated(f: &Figure) -> (f64, f64) {
    let top = if f.measure.ends_with("km2") {
        f64::INFINITY
    } else {
        1.0
    };
    match (f.value_max, f.qualifier.as_deref()) {
        (Some(max), _) => (f.value, max),
        (None, Some("more than" | "over")) => (f.value, top),
        // "Nearly half": under the value, and within a fifth of it.
        (None, Some("nearly")) => (f.value * NEARLY, f.value),
        _ => (f.value, f.value),
    }
}

#[test]
fn the_sources_figures_against_the_engine() {
    let (data, report) = load_dataset(&DataPaths::default()).expect("built-in data");
    assert!(report.is_clean());
    let index = ControlIndex::new(&data);
    let rebels = data.controllers.index_of("rebels").expect("rebels");
    let government = data.controllers.index_of("government").expect("government");
    let engine = Engine {
        data,
        index,
        rebels,
        government,
    };
    let figures: Figures =
        serde_json::from_str(include_str!("../../../../data/figures.json")).expect("figures.json");
    assert!(figures.figures.len() >= 10);
    let mut table =
        String::from("| figure | date | stated | engine | verdict |\n|---|---|---|---|---|\n");
    let mut wrong = Vec::new();
    for f in &figures.figures {
        let doc = engine
            .data
            .corpus
            .get(&f.passage.document)
            .expect("document");
        assert_eq!(
            doc.text.get(f.passage.start..f.passage.end),
            Some(f.passage.quote.as_str()),
            "{}",
            f.id
        );
        let (lo, hi) = engine.compute(f);
        let (slo, shi) = stated(f);
        let tol = if f.measure.ends_with("km2") {
            KM2_TOLERANCE
        } else if f.measure.contains("_city_") {
            CITY_SHARE_TOLERANCE
        } else {
            EAST_SHARE_TOLERANCE
        };
        let agrees = lo <= shi + tol && slo - tol <= hi;
        let verdict = if agrees { "agrees" } else { "disagrees" };
        let fmt = |x: f64| {
            if f.measure.ends_with("km2") {
                format!("{x:.1} km²")
            } else if x.is_finite() {
                format!("{:.0}%", x * 100.0)
            } else {
                "∞".into()
            }
        };
        let range = |a: f64, b: f64| {
            if (a - b).abs() < 1e-9 {
                fmt(a)
            } else {
                format!("{}–{}", fmt(a), fmt(b))
            }
        };
        table.push_str(&format!(
            "| {} ({}) | {} | {} | {} | {}{} |\n",
            f.measure.replace('_', " "),
            f.passage.document,
            f.date,
            range(slo, shi),
            range(lo, hi),
            verdict,
            f.why
                .as_deref()
                .map(|w| format!(": {w}"))
                .unwrap_or_default()
        ));
        if verdict != f.expected {
            wrong.push(format!(
                "{}: engine {lo:.3}–{hi:.3}, stated {slo:.3}–{shi:.3}: {verdict}, expected {}",
                f.id, f.expected
            ));
        }
    }
    println!("{table}");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
