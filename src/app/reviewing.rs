//! The review of extracted events: extracting opened documents as a job, accepting, rejecting and
//! editing candidates (which join the data on screen at once), and asking before unsaved accepted
//! events are dropped.

use super::*;

impl AtlasApp {
    /// Starts the extractor on the documents among `paths` (now in the data) off the UI thread; their
    /// candidates go to the review when it ends. Documents already in the review just open it.
    pub(super) fn review_documents(&mut self, paths: &[PathBuf]) {
        let mut documents: Vec<PathBuf> = Vec::new();
        for path in paths
            .iter()
            .filter(|p| self.data.paths.documents.contains(p))
        {
            match self.data.document_from(path) {
                Some(doc) if self.review.has_document(&doc.meta.id) => self.review.open(),
                Some(_) => documents.push(path.clone()),
                None => {}
            }
        }
        if documents.is_empty() {
            return;
        }
        // A run still going starts again with its documents and these, over the data now on screen.
        if let Some(job) = self.extract_job.take() {
            job.cancel();
            let mut all = job.paths;
            for path in documents {
                if !all.contains(&path) {
                    all.push(path);
                }
            }
            documents = all;
        }
        let data = Arc::clone(&self.data);
        let hold = self.take_hold(HeldJob::Extraction);
        match ExtractJob::start(
            repaint_when_done(&self.ctx),
            data,
            documents,
            self.lexicon.take(),
            hold,
        ) {
            Ok(job) => self.extract_job = Some(job),
            Err(e) => self.notices.push(error_notice(&e.to_string())),
        }
    }

    /// Takes the extractor's outcome, if it has one.
    pub(super) fn receive_extraction(&mut self) {
        if let Some(outcome) = self.extract_job.as_ref().and_then(ExtractJob::poll) {
            self.take_extraction(outcome);
        }
    }

    /// Puts the candidates the extractor found into the review, with a notice for each document.
    pub(super) fn take_extraction(&mut self, outcome: Result<ExtractDone, ExtractFailed>) {
        if self.extract_job.take().is_none() {
            return;
        }
        let done = match outcome {
            Ok(done) => done,
            Err(e) => {
                self.notices.push(error_notice(&e.to_string()));
                return;
            }
        };
        self.lexicon = Some(done.lexicon);
        let data = Arc::clone(&self.data);
        for found in done.documents.into_iter().flatten() {
            // The data on screen may have changed meanwhile: only its documents are reviewed.
            let Some(doc) = data.document_from(&found.path) else {
                continue;
            };
            let name = review_view::file_name(&found.path);
            self.notices.push(Notice {
                text: match found.candidates.len() {
                    0 => format!("No change of control found in {name}."),
                    n => format!(
                        "{n} candidate event(s) found in {name}: accept, edit or reject them in the \
                         review window."
                    ),
                },
                is_error: false,
            });
            self.review.add(doc, found.candidates);
        }
    }

    /// Stops the extractor; nothing goes to the review.
    pub(super) fn cancel_extraction(&mut self) {
        if let Some(job) = self.extract_job.take() {
            job.cancel();
            let names: Vec<String> = job
                .paths
                .iter()
                .map(|p| review_view::file_name(p))
                .collect();
            self.notices.push(Notice {
                text: format!(
                    "Finding events in {} was cancelled; open the document again to review it.",
                    names.join(", ")
                ),
                is_error: false,
            });
        }
    }

    /// Joins `accepted` (all the accepted events) to the data: the map, timeline and chart follow at
    /// once. Returns false (and says why) when the data could not be assembled again.
    pub(super) fn set_accepted(&mut self, accepted: Vec<Event>) -> bool {
        let before = self.data.report.problems.len();
        let data = match self.data.with_accepted(accepted) {
            Ok(d) => d,
            Err(e) => {
                self.notices.push(error_notice(&format!(
                    "The accepted events could not be joined to the data: {e}"
                )));
                return false;
            }
        };
        let new_problems: Vec<String> = data
            .report
            .problems
            .iter()
            .skip(before)
            .map(|p| p.to_string())
            .collect();
        if !new_problems.is_empty() {
            self.notices.push(Notice {
                text: format!(
                    "The accepted event does not join cleanly; what joined is shown.\n{}",
                    new_problems.join("\n")
                ),
                is_error: false,
            });
        }
        let kept = self.time.kept();
        (self.time, self.timeline) = timeline_for(&data);
        self.time.keep(kept);
        self.data = Arc::new(data);
        self.import_report.data_changed();
        self.passages = PassageView::default();
        self.states_day = None;
        self.accepted_saved = false;
        true
    }

    pub(super) fn review_action(&mut self, action: ReviewAction) {
        match action {
            ReviewAction::Accept(event) => {
                let id = event.id.clone();
                let mut accepted = self.data.accepted().to_vec();
                accepted.push(*event);
                if !self.set_accepted(accepted) {
                    self.review.revert(&id);
                }
            }
            ReviewAction::Withdraw(id) => {
                let accepted = self
                    .data
                    .accepted()
                    .iter()
                    .filter(|e| e.id != id)
                    .cloned()
                    .collect();
                self.set_accepted(accepted);
            }
            ReviewAction::ShowOnMap { day, districts } => {
                let layer = &self.data.dataset.layer;
                let districts = districts.iter().filter_map(|d| layer.index_of(d)).collect();
                self.selection
                    .apply(SelectionCommand::SelectDistricts(districts));
                self.time.apply(TimeCommand::SetDay(day));
            }
            ReviewAction::OpenDocument { document, range } => {
                self.document = Some(DocumentWindow::new(document, range));
            }
        }
    }

    /// Asks before "Back to the built-in data" drops accepted events that were never saved.
    pub(super) fn discard_ui(&mut self, ctx: &egui::Context) {
        let n = self.data.accepted().len();
        let mut answer = None;
        let modal = egui::Modal::new(egui::Id::unique("confirm discard")).show(ctx, |ui| {
            ui.set_max_width(460.0);
            ui.heading("Discard the accepted events?");
            ui.label(format!(
                "{n} accepted event(s) have not been saved. Going back to the built-in data drops \
                 them, with the documents opened."
            ));
            ui.horizontal(|ui| {
                if ui.button("Discard them").clicked() {
                    answer = Some(true);
                }
                if ui.button("Save them first…").clicked() {
                    answer = Some(false);
                    self.save_events.open();
                }
                if ui.button("Cancel").clicked() {
                    answer = Some(false);
                }
            });
        });
        if answer.is_none() && modal.should_close() {
            answer = Some(false);
        }
        if let Some(discard) = answer {
            self.confirm_discard = false;
            if discard {
                self.back_to_builtin();
            }
        }
    }
}
