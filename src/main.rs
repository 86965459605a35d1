//! `aleppo-atlas`: with no subcommand, the desktop app; otherwise the command line (see `--help`).
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use aleppo_atlas::cli::{self, Cli};
use clap::Parser;

fn main() {
    let started = std::time::Instant::now();
    let args = Cli::parse();
    let result = match args.command {
        Some(command) => cli::run(command),
        None => {
            aleppo_atlas::frame_memory::reuse_frame_memory();
            aleppo_atlas::app::run(args.files, args.date, started, args.timings).map(|()| 0)
        }
    };
    match result {
        Ok(code) => std::process::exit(code),
        Err(e) => {
            cli::terminal::print_err(&format!("error: {}", cli::error_text(&e)));
            std::process::exit(1);
        }
    }
}
