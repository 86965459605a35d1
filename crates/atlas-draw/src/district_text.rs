//! A district in words: its tooltip on the map (name, Arabic name, holder, since when and by which
//! event), its state in one line, and its accessible name.

use crate::map_view::MapScene;
use atlas_core::join::Dataset;
use atlas_core::model::Extent;
use atlas_core::timeline::{DistrictState, Evidence};
use egui::Ui;

/// Name, Arabic name, controller, extent, since when and by which event.
pub(crate) fn district_tooltip(ui: &mut Ui, scene: &MapScene<'_>, d: usize) {
    let data = scene.data;
    let Some(district) = data.layer.districts.get(d) else {
        return;
    };
    ui.strong(&district.name);
    if let Some(ar) = &district.name_ar {
        ui.label(crate::fonts::rich(ar, 14.0));
    }
    let Some(state) = scene.states.get(d) else {
        return;
    };
    ui.label(describe_state(data, state));
    match (state.since, state.event.and_then(|e| data.events.get(e))) {
        (Some(since), Some(event)) => {
            ui.label(format!("Since {}", since.format("%-d %b %Y")));
            let source = event
                .event
                .passages
                .first()
                .and_then(|p| data.corpus.get(&p.document))
                .map(|d| d.meta.title.clone());
            if let Some(title) = source {
                ui.weak(format!("Source: {title}"));
            }
            if let Some(days) = state
                .days_since_report(scene.day)
                .filter(|d| *d > crate::palette::STALE_AFTER_DAYS)
            {
                ui.weak(format!(
                    "No source has spoken of it for {days} days (drawn pale)."
                ));
            }
        }
        _ => {
            let source = district
                .initial_source
                .as_deref()
                .unwrap_or("not in the sources");
            ui.weak(format!(
                "Held since the start of the record ({source}); drawn pale."
            ));
        }
    }
    ui.weak(format!("{:.2} km²", district.area_km2));
    if district.approximate {
        ui.weak("Approximate shape (dashed outline)");
    }
}

/// "Syrian government and allies — partial (75%); the rest: Rebels", then how the sources stand
/// behind it when it is not plain fact ("; probably taken by Rebels, not named").
pub fn describe_state(data: &Dataset, state: &DistrictState) -> String {
    let name = |c: Option<usize>| {
        c.and_then(|c| data.controller(c))
            .map_or_else(|| "unknown".to_string(), |c| c.label.clone())
    };
    let held = held_text(state, &name);
    match state.evidence {
        Evidence::Initial | Evidence::Reported => held,
        Evidence::Probable { by } => {
            format!("{held}; probably taken by {}, not named", name(Some(by)))
        }
        // The claim's own words: who claims it.
        Evidence::Claimed => match state.event.and_then(|e| data.events.get(e)) {
            Some(e) => format!("{held} ({})", e.event.certainty.label()),
            None => format!("{held} ({})", Evidence::Claimed.label()),
        },
        other => format!("{held} ({})", other.label()),
    }
}

fn held_text(state: &DistrictState, name: &dyn Fn(Option<usize>) -> String) -> String {
    match state.extent {
        Extent::Full => name(state.controller),
        Extent::Partial { .. } => format!(
            "{} — {}; the rest: {}",
            name(state.controller),
            state.extent.label(),
            name(state.other)
        ),
        Extent::Contested => format!(
            "Contested: {} against {}",
            name(state.controller),
            name(state.other)
        ),
    }
}

/// The accessible name of a district on the map ("District Hanano").
pub fn district_node_label(name: &str) -> String {
    format!("District {name}")
}
