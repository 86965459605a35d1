//! The basemap in the app (issue 15): a tile file opened like any data file draws its tiles under
//! the districts with its credit, is remembered, and a broken one leaves the map as it was; online
//! tiles come from a tile server on 127.0.0.1 with the program's User-Agent, and only once the user
//! has turned the online basemap on.

use crate::support::{app_at, scratch};
use aleppo_atlas::app::basemap_view::BasemapAction;
use std::io::{BufRead, BufReader, Write};

/// Writes an MBTiles file whose tiles cover Aleppo at zooms 10 to 14 in one colour.
pub fn write_city_mbtiles(path: &std::path::Path, colour: [u8; 4]) {
    let db = rusqlite::Connection::open(path).expect("create");
    db.execute_batch(
        "CREATE TABLE metadata (name TEXT, value TEXT);
         CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB);
         INSERT INTO metadata VALUES ('format', 'png'), ('minzoom', '10'), ('maxzoom', '14'),
           ('attribution', '© Test tiles');",
    )
    .expect("tables");
    let mut png = Vec::new();
    image::RgbaImage::from_pixel(256, 256, image::Rgba(colour))
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .expect("png");
    for z in 10u8..=14 {
        let (x0, y0) = atlas_tiles::tile::tile_xy(37.0, 36.35, z);
        let (x1, y1) = atlas_tiles::tile::tile_xy(37.35, 36.08, z);
        for x in x0 as u32..=x1 as u32 {
            for y in y0 as u32..=y1 as u32 {
                let row = (1i64 << z) - 1 - i64::from(y);
                db.execute(
                    "INSERT INTO tiles VALUES (?1, ?2, ?3, ?4)",
                    rusqlite::params![i64::from(z), i64::from(x), row, png],
                )
                .expect("tile");
            }
        }
    }
}

#[test]
fn a_tile_file_opened_like_data_becomes_the_basemap_and_is_remembered() {
    let dir = scratch();
    let file = dir.path().join("aleppo.mbtiles");
    write_city_mbtiles(&file, [200, 30, 200, 255]);
    let before = std::fs::read(&file).expect("bytes");
    let mut harness = app_at("2016-11-28");
    assert_eq!(
        harness.state().basemap_status(),
        None,
        "no basemap at first"
    );
    harness.state_mut().open_paths(std::slice::from_ref(&file));
    harness.run();
    harness.state_mut().finish_jobs();
    harness.run();
    let (name, credit, tiles) = harness.state().basemap_status().expect("a basemap");
    assert_eq!(
        (name.as_str(), credit.as_str()),
        ("aleppo.mbtiles", "© Test tiles")
    );
    assert!(tiles > 0, "tiles on hand");
    // The data did not change; the file is remembered, not written.
    assert_eq!(harness.state().data_description(), "built-in data");
    let settings = harness.state().settings();
    assert!(settings.basemap.shown && settings.basemap.from_file);
    assert_eq!(settings.basemap.file.as_deref(), Some(file.as_path()));
    assert_eq!(std::fs::read(&file).expect("bytes"), before);
}

#[test]
fn a_broken_tile_file_keeps_the_map_as_it_was_and_says_what_is_wrong() {
    let dir = scratch();
    let good = dir.path().join("good.mbtiles");
    write_city_mbtiles(&good, [0, 0, 255, 255]);
    let broken = dir.path().join("broken.mbtiles");
    let mut bytes = b"SQLite format 3\0".to_vec();
    bytes.extend([0xee; 4096]);
    std::fs::write(&broken, &bytes).expect("write");
    let mut harness = app_at("2016-11-28");
    harness.state_mut().open_paths(std::slice::from_ref(&good));
    harness
        .state_mut()
        .open_paths(std::slice::from_ref(&broken));
    harness.run();
    let app = harness.state();
    let (name, _, _) = app.basemap_status().expect("the good one stays");
    assert_eq!(name, "good.mbtiles");
    let error = app
        .notices()
        .last()
        .map(|n| n.text.clone())
        .unwrap_or_default();
    assert!(
        error.contains("broken.mbtiles") && error.contains("damaged"),
        "{error}"
    );
    assert_eq!(std::fs::read(&broken).expect("bytes"), bytes, "not written");
}

/// Answers `count` tile requests with a PNG, keeping each request's head; then ends.
fn tile_server(count: usize) -> (String, std::thread::JoinHandle<Vec<String>>) {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("addr"));
    let mut png = Vec::new();
    image::RgbaImage::from_pixel(256, 256, image::Rgba([240, 240, 200, 255]))
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .expect("png");
    let handle = std::thread::spawn(move || {
        let mut seen = Vec::new();
        for _ in 0..count {
            let Ok((stream, _)) = listener.accept() else {
                break;
            };
            let mut reader = BufReader::new(stream.try_clone().expect("clone"));
            let mut head = String::new();
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                    break;
                }
                head.push_str(&line);
            }
            seen.push(head);
            let mut out = stream;
            let _ = write!(
                out,
                "HTTP/1.1 200 OK\r\ncontent-length: {}\r\ncache-control: max-age=3600\r\nconnection: close\r\n\r\n",
                png.len()
            );
            let _ = out.write_all(&png);
        }
        seen
    });
    (base, handle)
}

#[test]
fn online_tiles_come_only_after_the_user_turns_them_on() {
    let cache = scratch();
    // The tiles are kept under the XDG cache folder; only this test fetches online tiles.
    std::env::set_var("XDG_CACHE_HOME", cache.path());
    let mut harness = app_at("2016-11-28");
    let address_only = harness.state().settings().basemap;
    assert!(!address_only.online_agreed && !address_only.shown);
    // Choosing an address while the basemap is off fetches nothing and agrees to nothing.
    let (base, server) = tile_server(4);
    let template = format!("{base}/{{z}}/{{x}}/{{y}}.png");
    harness
        .state_mut()
        .change_basemap(BasemapAction::UseAddress(template.clone()));
    harness.run();
    assert_eq!(harness.state().basemap_status(), None);
    assert!(!harness.state().settings().basemap.online_agreed);
    // Turned on: the view's tiles are asked for; four are served, then the server stops and the
    // rest fail quietly (the map draws on, no message).
    harness
        .state_mut()
        .change_basemap(BasemapAction::Show(true));
    harness.run();
    harness.state_mut().finish_jobs();
    harness.run();
    let seen = server.join().expect("server");
    assert_eq!(seen.len(), 4);
    for head in &seen {
        assert!(head.starts_with("GET /1"), "{head}");
        assert!(
            head.to_ascii_lowercase()
                .contains("user-agent: aleppoatlas/"),
            "{head}"
        );
    }
    let (_, credit, tiles) = harness.state().basemap_status().expect("online basemap");
    assert!(tiles >= 4, "{tiles}");
    assert_eq!(
        credit,
        "Tiles: 127.0.0.1:".to_string() + base.rsplit(':').next().unwrap_or("")
    );
    assert!(harness.state().notices().iter().all(|n| !n.is_error));
    assert!(harness.state().settings().basemap.online_agreed);
    // The fetched tiles are in the cache folder.
    let kept = walk(cache.path())
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "tile"))
        .count();
    assert_eq!(kept, 4);
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}
