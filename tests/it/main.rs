//! The app's and the command line's integration tests, one binary (each binary that links eframe costs
//! tens of seconds to link): the app driven headless with egui_kittest, its pixels, the exports, the
//! subcommands and their messages on broken files, the desktop launcher.

mod app_basemap;
mod app_control_areas;
mod app_data;
mod app_hover;
mod app_map;
mod app_pixels;
mod app_points;
mod app_review;
mod app_ui;
mod check_fixtures;
mod cli_control_areas;
mod cli_extract;
mod cli_json;
mod cli_points;
mod desktop;
mod export;
mod export_basemap;
mod formats;
mod hostile;
mod support;
