//! Bundle manifests: parsing and the checks that keep every path inside the bundle.
#![no_main]
use atlas_core::model::Bundle;
use libfuzzer_sys::fuzz_target;
use std::path::PathBuf;
use std::sync::OnceLock;

fn manifest_path() -> &'static PathBuf {
    static PATH: OnceLock<PathBuf> = OnceLock::new();
    PATH.get_or_init(|| {
        let dir = std::env::temp_dir().join("aleppo-atlas-fuzz-bundle");
        let _ = std::fs::create_dir_all(dir.join("sources"));
        let _ = std::fs::write(dir.join("events.json"), "{}");
        dir.join("bundle.json")
    })
}

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(bundle) = Bundle::from_manifest_text(manifest_path(), text) {
            let root = bundle.root.canonicalize().unwrap_or_default();
            for part in [&bundle.districts, &bundle.events, &bundle.sources]
                .into_iter()
                .flatten()
            {
                let real = part.canonicalize().unwrap_or_default();
                assert!(real.starts_with(&root), "{part:?} is outside {root:?}");
            }
        }
    }
});
