//! The launcher entry and icons: the `.desktop` file passes `desktop-file-validate`, is named after the
//! app id the window uses, opens files, and every icon size the install script copies exists at its size.

use aleppo_atlas::app::APP_ID;
use std::path::Path;
use std::process::Command;

fn assets() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/assets"))
}

#[test]
fn desktop_entry_is_valid_and_matches_the_app_id() {
    let entry = assets().join(format!("{APP_ID}.desktop"));
    let text = std::fs::read_to_string(&entry).expect("the .desktop file is named after APP_ID");
    assert!(text.contains(&format!("Icon={APP_ID}\n")));
    assert!(text.contains(&format!("StartupWMClass={APP_ID}\n")));
    assert!(
        text.contains("Exec=aleppo-atlas %F\n"),
        "files are passed on to the app"
    );
    assert!(text.contains("application/geo+json"));
    match Command::new("desktop-file-validate").arg(&entry).output() {
        Ok(out) => assert!(
            out.status.success() && out.stdout.is_empty(),
            "desktop-file-validate: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
        // CI installs desktop-file-utils (.ci/run); a developer machine without it still checks the rest.
        Err(_) => assert!(
            std::env::var_os("CI").is_none(),
            "desktop-file-validate is missing on CI"
        ),
    }
}

#[test]
fn icons_exist_at_every_size_the_install_script_copies() {
    let script =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/install.sh"))
            .expect("install.sh");
    let sizes_line = script
        .lines()
        .find(|l| l.trim_start().starts_with("for size in"))
        .expect("sizes loop");
    let sizes: Vec<u32> = sizes_line
        .split_whitespace()
        .filter_map(|w| w.trim_end_matches(';').parse().ok())
        .collect();
    assert!(sizes.len() >= 5, "{sizes:?}");
    for size in sizes {
        let path = assets().join(format!("icons/{APP_ID}-{size}.png"));
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(
            bytes.starts_with(b"\x89PNG\r\n\x1a\n"),
            "{} is not a PNG",
            path.display()
        );
        let width = u32::from_be_bytes([bytes[16], bytes[17], bytes[18], bytes[19]]);
        let height = u32::from_be_bytes([bytes[20], bytes[21], bytes[22], bytes[23]]);
        assert_eq!((width, height), (size, size), "{}", path.display());
    }
    assert!(assets().join(format!("icons/{APP_ID}.svg")).exists());
}
