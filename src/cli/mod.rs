//! The command line: `check`, `events`, `state`, `areas`, and no subcommand to start the app.
//! JSON output has stable field names, documented in docs/cli.md.

mod output;

use crate::join::{load_dataset, DataPaths, Dataset, JoinReport};
use crate::timeline::{areas_at, ControlIndex};
use anyhow::{bail, Context, Result};
use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "aleppo-atlas",
    version,
    about = "Who controlled which district of Aleppo, when, and which passage of which source says so.",
    long_about = "Without a subcommand, opens the desktop app on the built-in data, or on the data files given.",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Data files to open in the app (district layer .geojson, events .json, a sources folder).
    pub files: Vec<PathBuf>,
    /// The day the app shows first, YYYY-MM-DD.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_app_date)]
    pub date: Option<NaiveDate>,
}

fn parse_app_date(text: &str) -> std::result::Result<NaiveDate, String> {
    crate::model::date::parse_day(text)
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Load and validate the data; print a summary; exit non-zero on any problem.
    Check(DataArgs),
    /// Print every event with its passages.
    Events {
        #[command(flatten)]
        data: DataArgs,
        /// Print JSON (the events file format).
        #[arg(long)]
        json: bool,
    },
    /// Print the state of every district at the end of a day.
    State {
        #[command(flatten)]
        data: DataArgs,
        /// The day, YYYY-MM-DD.
        #[arg(long)]
        date: String,
        #[arg(long)]
        json: bool,
    },
    /// Print the area each controller held at the end of a day.
    Areas {
        #[command(flatten)]
        data: DataArgs,
        #[arg(long)]
        date: String,
        #[arg(long)]
        json: bool,
    },
}

/// Which data to use instead of the built-in parts.
#[derive(Debug, Clone, Args, Default)]
pub struct DataArgs {
    /// District layer (GeoJSON FeatureCollection) instead of the built-in one.
    #[arg(long, value_name = "FILE")]
    pub districts: Option<PathBuf>,
    /// Events file (JSON) instead of the built-in one.
    #[arg(long, value_name = "FILE")]
    pub events: Option<PathBuf>,
    /// Folder of source documents instead of the built-in ones.
    #[arg(long, value_name = "DIR")]
    pub sources: Option<PathBuf>,
}

impl DataArgs {
    pub fn paths(&self) -> DataPaths {
        DataPaths {
            districts: self.districts.clone(),
            events: self.events.clone(),
            sources: self.sources.clone(),
        }
    }
}

/// Runs a subcommand; returns the process exit code.
pub fn run(command: Command) -> Result<i32> {
    match command {
        Command::Check(data) => check(&data),
        Command::Events { data, json } => {
            let (dataset, _) = load(&data)?;
            print_out(&output::events(&dataset, json))?;
            Ok(0)
        }
        Command::State { data, date, json } => {
            let day = parse_date(&date)?;
            let (dataset, _) = load(&data)?;
            let index = ControlIndex::new(&dataset);
            print_out(&output::state(&dataset, &index, day, json))?;
            Ok(0)
        }
        Command::Areas { data, date, json } => {
            let day = parse_date(&date)?;
            let (dataset, _) = load(&data)?;
            let index = ControlIndex::new(&dataset);
            print_out(&output::areas(
                &dataset,
                &areas_at(&dataset, &index, day),
                json,
            ))?;
            Ok(0)
        }
    }
}

fn print_out(text: &str) -> Result<()> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
        Ok(()) => Ok(()),
        // A closed pipe (`| head`) is not an error worth a message.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(e).context("writing to standard output"),
    }
}

fn parse_date(text: &str) -> Result<NaiveDate> {
    match crate::model::date::parse_day(text) {
        Ok(d) => Ok(d),
        Err(e) => bail!("--date: {e}"),
    }
}

fn load(data: &DataArgs) -> Result<(Dataset, JoinReport)> {
    let (dataset, report) = load_dataset(&data.paths())?;
    for p in &report.problems {
        eprintln!("warning: {p}");
    }
    Ok((dataset, report))
}

fn check(data: &DataArgs) -> Result<i32> {
    let (dataset, report) = load_dataset(&data.paths())?;
    print!("{}", output::summary(&dataset));
    let mut problems: Vec<String> = report.problems.iter().map(|p| p.to_string()).collect();
    for p in &dataset.layer.placements {
        if dataset.layer.index_of(&p.district).is_none() {
            problems.push(format!(
                "placement of \"{}\": district \"{}\" is not in the layer",
                p.name, p.district
            ));
        }
    }
    if problems.is_empty() {
        println!("OK: no problems found.");
        Ok(0)
    } else {
        eprintln!("{} problem(s):", problems.len());
        for p in &problems {
            eprintln!("  - {p}");
        }
        Ok(1)
    }
}
