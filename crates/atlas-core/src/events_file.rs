//! The one writer of the events file format (the project's events JSON, see docs/data-format.md):
//! events back into their file form ([`raw_event`]) and a whole file's text ([`events_json`]). The CLI's
//! `events --json` and the app's File ▸ Save accepted events… both write through it.

use crate::model::event::RawEvent;
use crate::model::{Certainty, Controller, Event, Extent};
use serde::Serialize;

/// An event back in the events-file format.
pub fn raw_event(e: &Event) -> RawEvent {
    let (certainty, claimed_by) = match &e.certainty {
        Certainty::Reported => ("reported", None),
        Certainty::Claimed { by } => ("claimed", Some(by.clone())),
        Certainty::Disputed { by } => ("disputed", by.clone()),
        other => (other.key(), None),
    };
    let imprecise = e.date.precision != crate::model::DatePrecision::Day;
    RawEvent {
        id: e.id.clone(),
        date: e.date.day.to_string(),
        date_precision: e.date.precision,
        date_from: imprecise.then(|| e.date.from.to_string()),
        date_to: imprecise.then(|| e.date.to.to_string()),
        date_text: e.date.text.to_option(),
        date_phrase: e.date.phrase.to_option(),
        date_basis: None,
        districts: e.districts.to_vec(),
        controller: e.controller.clone(),
        extent: e.extent.key().to_string(),
        fraction: match e.extent {
            Extent::Partial { fraction } => fraction,
            _ => None,
        },
        certainty: certainty.to_string(),
        claimed_by,
        count: e.count.map(std::num::NonZeroU32::get),
        kept_km2: e.kept_km2.map(f64::from),
        reading: e.reading.to_option(),
        passages: e.passages.to_vec(),
        disagrees_with: e.disagrees_with.iter().map(|d| d.to_string()).collect(),
        basis: e.basis.to_option(),
        note: e.note.to_option(),
        extractor_finds: e.extractor_finds,
    }
}

#[derive(Serialize)]
struct EventsJson<'a> {
    controllers: &'a [Controller],
    events: Vec<RawEvent>,
}

/// The text of an events file holding `controllers` and `events`, pretty-printed with a final newline.
pub fn events_json<'e>(
    controllers: &[Controller],
    events: impl IntoIterator<Item = &'e Event>,
) -> Result<String, serde_json::Error> {
    let file = EventsJson {
        controllers,
        events: events.into_iter().map(raw_event).collect(),
    };
    let mut text = serde_json::to_string_pretty(&file)?;
    text.push('\n');
    Ok(text)
}
