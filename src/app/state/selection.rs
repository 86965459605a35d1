//! What the user has picked and what the pointer is on, shared by every panel: the selected districts
//! and event, and the hovered district and event. Panels read it (through their scenes) and report
//! clicks and hovers; the app applies them here as [`SelectionCommand`]s, so a district hovered on the
//! map lights up in the history strip and the passages, and the other way round.

/// A change to the selection or the hover.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SelectionCommand {
    /// Select these districts (and no event).
    SelectDistricts(Vec<usize>),
    /// Select an event and its districts.
    SelectEvent {
        event: usize,
        districts: Vec<usize>,
    },
    Clear,
    /// What the pointer is on this frame (nothing, when neither is given).
    Hover {
        district: Option<usize>,
        event: Option<usize>,
    },
}

/// The selected and hovered districts and events.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selection {
    districts: Vec<usize>,
    event: Option<usize>,
    hovered_district: Option<usize>,
    hovered_event: Option<usize>,
}

impl Selection {
    pub fn districts(&self) -> &[usize] {
        &self.districts
    }

    pub fn event(&self) -> Option<usize> {
        self.event
    }

    pub fn hovered_district(&self) -> Option<usize> {
        self.hovered_district
    }

    pub fn hovered_event(&self) -> Option<usize> {
        self.hovered_event
    }

    /// Applies a command; returns true when the hover changed (the panels are drawn again to show it).
    pub fn apply(&mut self, command: SelectionCommand) -> bool {
        match command {
            SelectionCommand::SelectDistricts(districts) => {
                self.districts = deduplicated(districts);
                self.event = None;
            }
            SelectionCommand::SelectEvent { event, districts } => {
                self.districts = deduplicated(districts);
                self.event = Some(event);
            }
            SelectionCommand::Clear => {
                self.districts.clear();
                self.event = None;
            }
            SelectionCommand::Hover { district, event } => {
                let changed = (district, event) != (self.hovered_district, self.hovered_event);
                self.hovered_district = district;
                self.hovered_event = event;
                return changed;
            }
        }
        false
    }

    /// Forgets everything (new data: the indices no longer mean the same districts and events).
    pub fn reset(&mut self) {
        *self = Self::default();
    }
}

/// The districts in the order given, each once.
fn deduplicated(districts: Vec<usize>) -> Vec<usize> {
    let mut seen = Vec::with_capacity(districts.len());
    for d in districts {
        if !seen.contains(&d) {
            seen.push(d);
        }
    }
    seen
}

/// What the pointer was on in one frame, gathered from the panels: the first panel that saw something
/// under the pointer wins (only one can have it).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct HoverReport {
    pub district: Option<usize>,
    pub event: Option<usize>,
}

impl HoverReport {
    /// Takes a panel's report unless an earlier panel already saw something.
    pub fn add(&mut self, district: Option<usize>, event: Option<usize>) {
        if self.district.is_none() && self.event.is_none() {
            self.district = district;
            self.event = event;
        }
    }

    pub fn command(self) -> SelectionCommand {
        SelectionCommand::Hover {
            district: self.district,
            event: self.event,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selecting_districts_drops_the_event_and_repeats() {
        let mut s = Selection::default();
        s.apply(SelectionCommand::SelectEvent {
            event: 4,
            districts: vec![2, 7, 2],
        });
        assert_eq!((s.districts(), s.event()), (&[2, 7][..], Some(4)));
        s.apply(SelectionCommand::SelectDistricts(vec![3]));
        assert_eq!((s.districts(), s.event()), (&[3][..], None));
        s.apply(SelectionCommand::Clear);
        assert!(s.districts().is_empty());
    }

    #[test]
    fn hover_is_apart_from_the_selection() {
        let mut s = Selection::default();
        s.apply(SelectionCommand::SelectDistricts(vec![1]));
        assert!(s.apply(SelectionCommand::Hover {
            district: Some(5),
            event: None
        }));
        assert_eq!(s.hovered_district(), Some(5));
        assert_eq!(s.districts(), &[1]);
        // The same hover again is no change; clearing the selection leaves the hover.
        assert!(!s.apply(SelectionCommand::Hover {
            district: Some(5),
            event: None
        }));
        s.apply(SelectionCommand::Clear);
        assert_eq!(s.hovered_district(), Some(5));
        assert!(s.apply(SelectionCommand::Hover {
            district: None,
            event: Some(9)
        }));
        assert_eq!((s.hovered_district(), s.hovered_event()), (None, Some(9)));
        s.reset();
        assert_eq!(s, Selection::default());
    }

    #[test]
    fn the_first_panel_with_something_under_the_pointer_wins() {
        let mut report = HoverReport::default();
        report.add(None, None);
        report.add(Some(3), None);
        report.add(Some(8), Some(1));
        assert_eq!(
            report.command(),
            SelectionCommand::Hover {
                district: Some(3),
                event: None
            }
        );
    }
}
