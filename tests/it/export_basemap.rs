//! Exports with the map in its place (issue 15): `snapshot --basemap FILE.mbtiles` draws the file's
//! tiles under the districts (translucent over them) with the credit in the caption; a broken tile
//! file stops the export with its name and writes nothing; a comparison exports like any view.

use crate::app_basemap::write_city_mbtiles;
use crate::support::{run, scratch};

const TILE: [u8; 3] = [200, 30, 200];

/// The share of pixels of `colour` (give or take 4 in each channel: the tiles are sampled).
fn share_of(image: &image::RgbaImage, colour: [u8; 3]) -> f64 {
    let n = image
        .pixels()
        .filter(|p| (0..3).all(|i| p.0[i].abs_diff(colour[i]) <= 4))
        .count();
    n as f64 / f64::from(image.width() * image.height())
}

/// The share of pixels that differ from `plain` at the same place and are not the bare tile colour:
/// the districts' fills with the tile showing through.
fn mixed_share(with: &image::RgbaImage, plain: &image::RgbaImage) -> f64 {
    let n = with
        .pixels()
        .zip(plain.pixels())
        .filter(|(w, p)| {
            let differs = (0..3).any(|i| w.0[i].abs_diff(p.0[i]) > 12);
            let bare = (0..3).all(|i| w.0[i].abs_diff(TILE[i]) <= 4);
            let plain_background = p.0[..3] == [248, 248, 248];
            differs && !bare && !plain_background
        })
        .count();
    n as f64 / f64::from(with.width() * with.height())
}

#[test]
fn snapshot_with_a_basemap_file_draws_its_tiles_under_the_districts() {
    let dir = scratch();
    let tiles = dir.path().join("city.mbtiles");
    write_city_mbtiles(&tiles, [TILE[0], TILE[1], TILE[2], 255]);
    let plain = dir.path().join("plain.png");
    let with = dir.path().join("with.png");
    let plain_s = plain.to_string_lossy().into_owned();
    let with_s = with.to_string_lossy().into_owned();
    let tiles_s = tiles.to_string_lossy().into_owned();
    let (code, _, err) = run(&[
        "snapshot",
        "--date",
        "2016-11-28",
        "--out",
        &plain_s,
        "--size",
        "800x500",
    ]);
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = run(&[
        "snapshot",
        "--date",
        "2016-11-28",
        "--out",
        &with_s,
        "--size",
        "800x500",
        "--basemap",
        &tiles_s,
    ]);
    assert_eq!(code, 0, "{err}");
    let plain = image::open(&plain).expect("png").to_rgba8();
    let with = image::open(&with).expect("png").to_rgba8();
    // Without: no tile colour. With: the tiles fill the map around the districts…
    assert!(share_of(&plain, TILE) < 0.001);
    assert!(share_of(&with, TILE) > 0.05, "{}", share_of(&with, TILE));
    // …and show through the districts' fills.
    assert!(
        mixed_share(&with, &plain) > 0.1,
        "{}",
        mixed_share(&with, &plain)
    );
}

#[test]
fn a_broken_basemap_stops_the_export_with_its_name_and_writes_nothing() {
    let dir = scratch();
    let broken = dir.path().join("broken.mbtiles");
    let mut bytes = b"SQLite format 3\0".to_vec();
    bytes.extend([0x5a; 3000]);
    std::fs::write(&broken, &bytes).expect("write");
    let out = dir.path().join("out.png");
    let (code, _, err) = run(&[
        "snapshot",
        "--date",
        "2016-11-28",
        "--out",
        &out.to_string_lossy(),
        "--basemap",
        &broken.to_string_lossy(),
    ]);
    assert_eq!(code, 1);
    assert!(
        err.contains("broken.mbtiles") && err.contains("damaged"),
        "{err}"
    );
    assert!(!out.exists());
    assert_eq!(std::fs::read(&broken).expect("bytes"), bytes);
    // The tile file is an input: the output may not replace it, even with --force.
    let tiles = dir.path().join("t.mbtiles");
    write_city_mbtiles(&tiles, [1, 2, 3, 255]);
    let t = tiles.to_string_lossy().into_owned();
    let (code, _, err) = run(&[
        "snapshot",
        "--date",
        "2016-11-28",
        "--out",
        &t,
        "--force",
        "--basemap",
        &t,
    ]);
    assert_eq!(code, 1, "{err}");
}

#[test]
fn a_comparison_exports_like_any_view() {
    let dir = scratch();
    let out = dir.path().join("compare.png");
    let (code, _, err) = run(&[
        "snapshot",
        "--date",
        "2016-11-28",
        "--compare-from",
        "2016-11-19",
        "--out",
        &out.to_string_lossy(),
        "--size",
        "800x500",
    ]);
    assert_eq!(code, 0, "{err}");
    let compared = image::open(&out).expect("png").to_rgba8();
    let plain_path = dir.path().join("plain.png");
    let (code, _, _) = run(&[
        "snapshot",
        "--date",
        "2016-11-28",
        "--out",
        &plain_path.to_string_lossy(),
        "--size",
        "800x500",
    ]);
    assert_eq!(code, 0);
    let plain = image::open(&plain_path).expect("png").to_rgba8();
    // Unchanged districts step back: the fill of a district that did not change (New Aleppo,
    // government-held throughout) is far rarer in the comparison.
    let data = atlas_core::session::LoadedData::builtin().expect("built-in data");
    let palette = atlas_draw::palette::Palette::for_visuals(&egui::Visuals::light());
    let day = crate::support::day("2016-11-28");
    let d = data.dataset.layer.index_of("new-aleppo").expect("known");
    let c = palette.fill(&data.dataset, &data.index.control_at(d, day), day);
    let fill = [c.r(), c.g(), c.b()];
    let (c, p) = (share_of(&compared, fill), share_of(&plain, fill));
    assert!(p > 0.05 && c < p * 0.5, "{fill:?}: compared {c}, plain {p}");
}
