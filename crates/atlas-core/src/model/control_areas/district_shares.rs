//! Control areas joined to a district layer: each district's share under each controller, snapshot
//! after snapshot, becomes full or partial changes whose source is the snapshot file — so a district
//! layer animates from control polygons as it does from text.
//!
//! A district counts as held by the controller with the largest share of it: fully from
//! [`FULL_SHARE`] up, partly (with that fraction) from [`LEAST_SHARE`]; under [`LEAST_SHARE`] for
//! every controller, no snapshot speaks of it. An event is made only when the holder or full/partial
//! changes from the district's previous snapshot. Each event quotes a line of a document generated
//! for its snapshot (as the ACLED reader makes one of its notes), found byte for byte by the join.

use super::{ControlAreas, Snapshot};
use crate::model::controller::Controller;
use crate::model::{
    Certainty, CompactString, DistrictLayer, Event, EventDate, Extent, Passage, RareText,
    SourceDocument, SourceMeta,
};
use geo::{BooleanOps, BoundingRect, GeodesicArea, Intersects, MultiPolygon, Rect};
use rayon::prelude::*;
use std::fmt::Write;

/// From this share up a district is held in full.
pub const FULL_SHARE: f64 = 0.99;
/// Under this share a controller is not said to hold any of a district.
pub const LEAST_SHARE: f64 = 0.01;

/// What the control areas say of the districts: the events, their documents, and the controllers
/// the data did not know.
#[derive(Debug, Clone, Default)]
pub struct DistrictShares {
    pub events: Vec<Event>,
    pub documents: Vec<SourceDocument>,
    pub controllers: Vec<Controller>,
}

/// Who holds a district in one snapshot: the controller and its share.
#[derive(Debug, Clone, PartialEq)]
struct Holding {
    controller: String,
    share: f64,
}

impl Holding {
    fn is_full(&self) -> bool {
        self.share >= FULL_SHARE
    }
}

/// The events the control areas make for the districts of `layer`; `known` maps a controller name
/// to the id the data already has for it (by id or label, without case), else the name is its id.
pub fn district_shares(
    areas: &ControlAreas,
    layer: &DistrictLayer,
    known: &dyn Fn(&str) -> Option<String>,
) -> DistrictShares {
    district_shares_cancellable(areas, layer, known, &|| false).unwrap_or_default()
}

/// [`district_shares`], asking `cancelled` before each snapshot is measured: None once it answers
/// true (the measure of a large folder takes seconds).
pub fn district_shares_cancellable(
    areas: &ControlAreas,
    layer: &DistrictLayer,
    known: &dyn Fn(&str) -> Option<String>,
    cancelled: &(dyn Fn() -> bool + Sync),
) -> Option<DistrictShares> {
    let Some(bounds) = layer.bounds() else {
        return Some(DistrictShares::default());
    };
    // Each snapshot's areas cut to the layer's bounds once: the districts meet only that part.
    let holdings: Vec<Vec<Option<Holding>>> = areas
        .snapshots
        .par_iter()
        .map(|snapshot| (!cancelled()).then(|| holdings_of(snapshot, layer, bounds)))
        .collect::<Option<_>>()?;
    let mut shares = DistrictShares::default();
    let mut last: Vec<Option<Holding>> = vec![None; layer.districts.len()];
    for (snapshot, holding) in areas.snapshots.iter().zip(holdings) {
        let mut document = SnapshotDocument::new(snapshot);
        for (d, now) in holding.into_iter().enumerate() {
            let Some(now) = now else { continue };
            let changed = last[d].as_ref().is_none_or(|before| {
                before.controller != now.controller || before.is_full() != now.is_full()
            });
            if changed {
                let id = known(&now.controller).unwrap_or_else(|| now.controller.clone());
                shares.events.push(document.event(layer, d, &now, &id));
            }
            last[d] = Some(now);
        }
        if let Some(doc) = document.finish() {
            shares.documents.push(doc);
        }
    }
    for name in areas.controllers() {
        if known(&name).is_none() {
            shares.controllers.push(Controller {
                id: name.clone(),
                label: name,
                colour: "#CC79A7".into(),
            });
        }
    }
    Some(shares)
}

/// Each district's holding in one snapshot (None where no controller holds [`LEAST_SHARE`]).
fn holdings_of(
    snapshot: &Snapshot,
    layer: &DistrictLayer,
    bounds: Rect<f64>,
) -> Vec<Option<Holding>> {
    let window = MultiPolygon::new(vec![bounds.to_polygon()]);
    let cut: Vec<(&str, MultiPolygon<f64>)> = snapshot
        .areas
        .iter()
        .filter(|a| a.geometry.intersects(&bounds))
        .map(|a| (a.controller.as_str(), a.geometry.intersection(&window)))
        .collect();
    layer
        .districts
        .iter()
        .map(|district| {
            let district_bounds = district.geometry.bounding_rect()?;
            let whole = district.geometry.geodesic_area_unsigned();
            if whole <= 0.0 {
                return None;
            }
            cut.iter()
                .filter_map(|(controller, area)| {
                    // Only the area's polygons whose bounds meet the district's: an area made of
                    // many parts is not overlaid whole for each district.
                    let near: Vec<geo::Polygon<f64>> = area
                        .0
                        .iter()
                        .filter(|p| {
                            p.bounding_rect()
                                .is_some_and(|b| b.intersects(&district_bounds))
                        })
                        .cloned()
                        .collect();
                    (!near.is_empty()).then(|| (controller, MultiPolygon::new(near)))
                })
                .map(|(controller, near)| {
                    let held = near
                        .intersection(&district.geometry)
                        .geodesic_area_unsigned();
                    Holding {
                        controller: controller.to_string(),
                        share: (held / whole).min(1.0),
                    }
                })
                .filter(|h| h.share >= LEAST_SHARE)
                .max_by(|a, b| a.share.total_cmp(&b.share))
        })
        .collect()
}

/// The document of one snapshot: a line per change it makes, which its event quotes.
struct SnapshotDocument<'s> {
    snapshot: &'s Snapshot,
    id: String,
    text: String,
}

impl<'s> SnapshotDocument<'s> {
    fn new(snapshot: &'s Snapshot) -> Self {
        let stem = snapshot
            .file
            .file_stem()
            .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
        Self {
            snapshot,
            id: format!("control-areas-{stem}-{}", snapshot.day),
            text: String::new(),
        }
    }

    /// The event of district `d` now held as `holding` (by controller id `controller`).
    fn event(
        &mut self,
        layer: &DistrictLayer,
        d: usize,
        holding: &Holding,
        controller: &str,
    ) -> Event {
        let district = &layer.districts[d];
        let start = self.text.len();
        let _ = write!(
            self.text,
            "{}: {:.0}% of {} under {} on {}",
            file_name(self.snapshot),
            holding.share * 100.0,
            district.name,
            holding.controller,
            self.snapshot.day
        );
        let end = self.text.len();
        self.text.push('\n');
        let extent = if holding.is_full() {
            Extent::Full
        } else {
            Extent::Partial {
                fraction: Some((holding.share * 100.0).round() / 100.0),
            }
        };
        Event {
            id: CompactString::from(format!("{}-{}", self.id, district.id)),
            date: EventDate::on(self.snapshot.day),
            districts: std::iter::once(CompactString::from(district.id.as_str())).collect(),
            controller: CompactString::from(controller),
            extent,
            certainty: Certainty::Reported,
            passages: std::iter::once(Passage {
                document: CompactString::from(self.id.as_str()),
                start,
                end,
                quote: self.text[start..end].to_string(),
            })
            .collect(),
            disagrees_with: Default::default(),
            count: None,
            kept_km2: None,
            reading: RareText::NONE,
            basis: RareText::NONE,
            note: RareText::NONE,
            extractor_finds: None,
        }
    }

    fn finish(self) -> Option<SourceDocument> {
        if self.text.is_empty() {
            return None;
        }
        let file = file_name(self.snapshot);
        Some(SourceDocument {
            meta: SourceMeta {
                id: self.id,
                file: file.clone(),
                title: format!("Control areas of {} ({file})", self.snapshot.day),
                kind: "district shares measured on control-area polygons".into(),
                published: self.snapshot.day.to_string(),
                ..SourceMeta::default()
            },
            text: self.text,
            repaired_from: None,
            front_matter: None,
            non_prose: Vec::new(),
            warnings: Vec::new(),
        })
    }
}

fn file_name(snapshot: &Snapshot) -> String {
    snapshot
        .file
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
}
