//! The import dialog for a district layer: which feature property holds each district's id and which its
//! name. It opens by itself when a layer's properties cannot be guessed, and from Data ▸ "Layer id and
//! name properties…" to change the guess. It shows every property with how many features have it and a
//! few sample values, and warns when the chosen id property is missing from some features. The layer's
//! properties are read by a background [`PropertiesScan`] (a large layer is parsed whole), with progress
//! and Cancel, and the dialog opens when it ends; the same scan reads a points file's properties for
//! [`super::points_date_view`].

use super::load_job::LoadRequest;
use atlas_core::job::{Job, JobError, JobProgress};
use atlas_core::model::district::FEATURE_ID;
use atlas_core::model::{LoadError, PropertyKey, PropertyNames};
use atlas_core::session::{LayerProperties, PointsProperties};
use egui::{Context, Ui};

/// Why a layer's properties could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ScanFailed {
    #[error("{0}")]
    Read(#[from] LoadError),
    #[error("{0}")]
    Job(#[from] JobError),
}

/// Which file's properties a scan reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScanWhat {
    /// The district layer's, to choose its id and name properties.
    Layer,
    /// A GeoJSON of points', to choose its date property.
    PointsDate,
}

/// The properties a scan found, of the layer or of the points file.
#[derive(Debug)]
pub enum Scanned {
    Layer(LayerProperties),
    PointsDate(PointsProperties),
}

/// What a scan found (None: the data has no such file to choose them in).
pub type ScanOutcome = Result<Option<Scanned>, ScanFailed>;

/// Reading a file's properties on a thread of its own; the load to run once they are chosen.
pub struct PropertiesScan {
    pub request: LoadRequest,
    job: Job<ScanOutcome>,
}

impl PropertiesScan {
    /// Reads the properties of the file `request` loads (its layer or its points, as `what` says);
    /// `notify` (a repaint) is called when done.
    pub fn start(
        notify: impl FnOnce() + Send + 'static,
        request: LoadRequest,
        what: ScanWhat,
    ) -> Result<Self, ScanFailed> {
        let paths = request.paths.clone();
        let job = Job::spawn("properties", notify, move |progress: &JobProgress| {
            progress.report("Reading the file's properties", 0.0);
            Ok(match what {
                ScanWhat::Layer => LayerProperties::of(&paths)?.map(Scanned::Layer),
                ScanWhat::PointsDate => PointsProperties::of(&paths)?.map(Scanned::PointsDate),
            })
        })?;
        Ok(Self { request, job })
    }

    /// The outcome, once the thread has one.
    pub fn poll(&self) -> Option<ScanOutcome> {
        self.job.poll_result()
    }

    /// Blocks until the scan ends (tests).
    pub fn wait(&self) -> ScanOutcome {
        self.job.wait_result()
    }

    /// Asks the scan to stop being waited for (it cannot stop mid-parse; its answer is dropped).
    pub fn cancel(&self) {
        self.job.cancel();
    }

    pub fn progress(&self) -> &JobProgress {
        self.job.progress()
    }
}

/// What the user answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PropertiesAction {
    /// Load the layer with these properties.
    Use(PropertyNames),
    Cancel,
}

/// The open dialog, if any.
#[derive(Debug, Default)]
pub struct LayerPropertiesWindow {
    open: Option<OpenDialog>,
}

#[derive(Debug)]
struct OpenDialog {
    properties: LayerProperties,
    id: String,
    name: String,
}

impl LayerPropertiesWindow {
    /// Opens the dialog on a layer's properties, starting from the suggested choice (else the first
    /// property for both).
    pub fn open(&mut self, properties: LayerProperties) {
        let (id, name) = match &properties.suggested {
            Some(s) => (s.id.clone(), s.name.clone()),
            None => guess(&properties.keys),
        };
        self.open = Some(OpenDialog {
            properties,
            id,
            name,
        });
    }

    pub fn is_open(&self) -> bool {
        self.open.is_some()
    }

    /// The layer the dialog is about.
    pub fn layer(&self) -> Option<&std::path::Path> {
        self.open.as_ref().map(|d| d.properties.layer.as_path())
    }

    /// Draws the dialog; returns the user's answer once given (the dialog then closes).
    pub fn show(&mut self, ctx: &Context) -> Option<PropertiesAction> {
        let dialog = self.open.as_mut()?;
        let mut action = None;
        let modal = egui::Modal::new(egui::Id::unique("layer properties")).show(ctx, |ui| {
            ui.set_max_width(640.0);
            action = dialog.ui(ui);
        });
        if action.is_none() && modal.should_close() {
            action = Some(PropertiesAction::Cancel);
        }
        if action.is_some() {
            self.open = None;
        }
        action
    }
}

impl OpenDialog {
    fn ui(&mut self, ui: &mut Ui) -> Option<PropertiesAction> {
        let file = self.properties.layer.file_name().map_or_else(
            || self.properties.layer.display().to_string(),
            |n| n.to_string_lossy().into(),
        );
        ui.heading(format!("Which properties name the districts of {file}?"));
        if let Some(reason) = &self.properties.reason {
            ui.label(
                "No property of this layer looks like a district id or name, so the layer could not \
                 be read as it is. Choose them below.",
            );
            ui.collapsing("What the loader said", |ui| {
                ui.label(egui::RichText::new(reason).small());
            });
        } else {
            ui.label("Choose the property that holds each district's id and the one that holds its name.");
        }
        ui.add_space(6.0);
        let keys = &self.properties.keys;
        key_picker(ui, "Id property (unique per district)", keys, &mut self.id);
        key_picker(
            ui,
            "Name property (shown and matched)",
            keys,
            &mut self.name,
        );
        ui.add_space(6.0);
        ui.label(egui::RichText::new("The layer's properties").strong());
        properties_grid(ui, keys);
        let problem = self.problem();
        if let Some(text) = problem.clone().or_else(|| self.warning()) {
            ui.colored_label(ui.visuals().warn_fg_color, text);
        }
        let mut action = None;
        ui.horizontal(|ui| {
            let open = ui.add_enabled(problem.is_none(), egui::Button::new("Open the layer"));
            if open.clicked() {
                action = Some(PropertiesAction::Use(PropertyNames {
                    id: self.id.clone(),
                    name: self.name.clone(),
                }));
            }
            if ui.button("Cancel").clicked() {
                action = Some(PropertiesAction::Cancel);
            }
        });
        action
    }

    /// Why the choice cannot be used yet (a property no feature has).
    fn problem(&self) -> Option<String> {
        [("id", &self.id), ("name", &self.name)]
            .into_iter()
            .find(|(_, chosen)| !self.properties.keys.iter().any(|k| &k.key == *chosen))
            .map(|(what, _)| format!("Choose a property for the {what}."))
    }

    /// A choice that can be used but will leave districts out (features without the id property).
    fn warning(&self) -> Option<String> {
        let n = self
            .properties
            .keys
            .iter()
            .find(|k| k.key == self.id)?
            .features;
        let total = self.properties.keys.iter().map(|k| k.features).max()?;
        (n < total).then(|| {
            format!(
                "Only {n} of {total} features have \"{}\": the others will be reported as problems.",
                self.id
            )
        })
    }
}

/// A starting choice when nothing was detected: for names, the first property every feature has whose
/// samples are words (Latin script first, as the sources mostly are); for ids, the first one whose
/// samples are whole numbers, else the names.
fn guess(keys: &[PropertyKey]) -> (String, String) {
    let most = keys.iter().map(|k| k.features).max().unwrap_or(0);
    let complete = || keys.iter().filter(move |k| k.features == most);
    let is_number = |s: &String| s.trim().parse::<f64>().is_ok();
    let words = |k: &&PropertyKey| !k.samples.is_empty() && !k.samples.iter().any(is_number);
    let latin = |k: &&PropertyKey| {
        k.samples
            .iter()
            .all(|s| s.chars().any(|c| c.is_ascii_alphabetic()))
    };
    let name = complete()
        .filter(words)
        .find(latin)
        .or_else(|| complete().find(words))
        .or_else(|| keys.first())
        .map(|k| k.key.clone())
        .unwrap_or_default();
    let whole = |k: &&PropertyKey| {
        !k.samples.is_empty() && k.samples.iter().all(|s| s.trim().parse::<i64>().is_ok())
    };
    let id = complete()
        .find(whole)
        .map_or_else(|| name.clone(), |k| k.key.clone());
    (id, name)
}

/// "the feature's own id" for [`FEATURE_ID`], else the key itself.
fn key_label(key: &str) -> String {
    if key == FEATURE_ID {
        "(the feature's own id)".into()
    } else {
        key.to_string()
    }
}

/// Every property with how many features have it and a few of its values, scrolled.
pub(super) fn properties_grid(ui: &mut Ui, keys: &[PropertyKey]) {
    egui::ScrollArea::vertical()
        .max_height(240.0)
        .show(ui, |ui| {
            egui::Grid::new("property keys")
                .num_columns(3)
                .striped(true)
                .show(ui, |ui| {
                    ui.strong("Property");
                    ui.strong("Features");
                    ui.strong("Sample values");
                    ui.end_row();
                    for key in keys {
                        ui.label(key_label(&key.key));
                        ui.label(key.features.to_string());
                        ui.label(key.samples.join(" · "));
                        ui.end_row();
                    }
                });
        });
}

/// A drop-down of the properties (each with a sample value) choosing `chosen`.
pub(super) fn key_picker(ui: &mut Ui, name: &str, keys: &[PropertyKey], chosen: &mut String) {
    egui::ComboBox::from_label(name)
        .selected_text(key_label(chosen))
        .width(240.0)
        .show_ui(ui, |ui| {
            for key in keys {
                let sample = key
                    .samples
                    .first()
                    .map_or(String::new(), |s| format!(" — e.g. {s}"));
                ui.selectable_value(
                    chosen,
                    key.key.clone(),
                    format!("{}{sample}", key_label(&key.key)),
                );
            }
        });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(name: &str, features: usize, samples: &[&str]) -> PropertyKey {
        PropertyKey {
            key: name.into(),
            features,
            samples: samples.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn the_first_guess_takes_words_for_names_and_whole_numbers_for_ids() {
        let keys = [
            key("AREA_HA", 4, &["0.0", "12.5"]),
            key("NUM", 4, &["100", "101"]),
            key("QRT_AR", 4, &["حي 0", "حي 1"]),
            key("QRT_LAT", 4, &["Al-Jamiliyeh", "Bab al-Nasr"]),
            key("NOTE", 1, &["see map"]),
        ];
        assert_eq!(guess(&keys), ("NUM".into(), "QRT_LAT".into()));
        // Without numbers, the names serve as ids.
        assert_eq!(guess(&keys[2..4]), ("QRT_LAT".into(), "QRT_LAT".into()));
    }
}
