//! MBTiles: the SQLite tile packages QGIS, TileMill and many tools write. Table
//! `tiles(zoom_level, tile_column, tile_row, tile_data)` with rows counted from the south (TMS:
//! row = 2^z − 1 − y), and `metadata(name, value)` (format, minzoom, maxzoom, attribution…).
//!
//! A file a user opens may be broken or hostile: it is opened read-only (SQLite's own read-only mode
//! and `query_only`, so nothing is ever written to it, not even a journal), only if it is a regular
//! file that starts as SQLite files do; a tile larger than [`MAX_TILE_BYTES`] is refused before it is
//! read; every failure names the file and what is wrong.

use crate::decode::MAX_TILE_BYTES;
use crate::{TileError, TileId};
use rusqlite::{Connection, OpenFlags, OptionalExtension};
use std::io::Read;
use std::path::{Path, PathBuf};

/// The first 16 bytes of every SQLite database.
pub const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// What the file says of itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MbTilesInfo {
    pub name: Option<String>,
    /// "png", "jpg", "webp" (None: not said; the tiles are judged by their bytes).
    pub format: Option<String>,
    pub min_zoom: u8,
    pub max_zoom: u8,
    pub attribution: Option<String>,
}

/// An MBTiles file, checked; each thread opens its own connection with [`MbTiles::connect`].
#[derive(Debug, Clone)]
pub struct MbTiles {
    path: PathBuf,
    pub info: MbTilesInfo,
}

/// One connection to an MBTiles file, for one thread.
pub struct MbTilesReader {
    path: PathBuf,
    connection: Connection,
}

impl MbTiles {
    /// Checks that `path` is a readable MBTiles file of raster tiles and reads its metadata.
    pub fn open(path: &Path) -> Result<Self, TileError> {
        let mut head = [0u8; 16];
        let mut file = atlas_core::model::read_file::open_regular(path)
            .map_err(|e| TileError::file(path, e.to_string()))?;
        let n =
            read_head(&mut file, &mut head).map_err(|e| TileError::file(path, e.to_string()))?;
        if n < 16 || &head != SQLITE_MAGIC {
            return Err(TileError::file(
                path,
                "not an MBTiles file: it does not start as an SQLite database does",
            ));
        }
        let reader = MbTilesReader::connect(path)?;
        let info = reader.info()?;
        if let Some(format) = info.format.as_deref() {
            if matches!(format, "pbf" | "mvt") {
                return Err(TileError::file(
                    path,
                    "its tiles are vector tiles (format pbf); the basemap draws raster tiles (png, jpg, webp)",
                ));
            }
        }
        Ok(Self {
            path: path.to_path_buf(),
            info,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// A connection of its own for the calling thread.
    pub fn connect(&self) -> Result<MbTilesReader, TileError> {
        MbTilesReader::connect(&self.path)
    }
}

fn read_head(file: &mut std::fs::File, head: &mut [u8]) -> std::io::Result<usize> {
    let mut n = 0;
    while n < head.len() {
        match file.read(&mut head[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(n)
}

impl MbTilesReader {
    fn connect(path: &Path) -> Result<Self, TileError> {
        let sql = |e: rusqlite::Error| TileError::file(path, sqlite_problem(&e));
        let connection = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(sql)?;
        connection
            .execute_batch("PRAGMA query_only = 1;")
            .map_err(sql)?;
        Ok(Self {
            path: path.to_path_buf(),
            connection,
        })
    }

    fn info(&self) -> Result<MbTilesInfo, TileError> {
        let sql = |e: rusqlite::Error| TileError::file(&self.path, sqlite_problem(&e));
        let has_tiles: bool = self
            .connection
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE name = 'tiles' AND type IN ('table', 'view')",
                [],
                |r| r.get::<_, i64>(0),
            )
            .map_err(sql)?
            > 0;
        if !has_tiles {
            return Err(TileError::file(
                &self.path,
                "an SQLite database without a 'tiles' table: not an MBTiles file",
            ));
        }
        let get = |name: &str| -> Result<Option<String>, TileError> {
            let has_metadata: i64 = self
                .connection
                .query_row(
                    "SELECT count(*) FROM sqlite_master WHERE name = 'metadata'",
                    [],
                    |r| r.get(0),
                )
                .map_err(sql)?;
            if has_metadata == 0 {
                return Ok(None);
            }
            self.connection
                .query_row(
                    "SELECT CAST(value AS TEXT) FROM metadata WHERE name = ?1 AND length(value) < 4096",
                    [name],
                    |r| r.get::<_, Option<String>>(0),
                )
                .optional()
                .map(Option::flatten)
                .map_err(sql)
        };
        let zoom = |name: &str, default: u8| -> Result<u8, TileError> {
            Ok(get(name)?
                .and_then(|v| v.trim().parse::<u8>().ok())
                .map_or(default, |z| z.min(crate::tile::MAX_ZOOM)))
        };
        let (min_zoom, max_zoom) = (zoom("minzoom", 0)?, zoom("maxzoom", crate::tile::MAX_ZOOM)?);
        Ok(MbTilesInfo {
            name: get("name")?,
            format: get("format")?.map(|f| f.trim().to_lowercase()),
            min_zoom: min_zoom.min(max_zoom),
            max_zoom: max_zoom.max(min_zoom),
            attribution: get("attribution")?.map(|a| crate::source::plain_text(&a)),
        })
    }

    /// The bytes of a tile (None: the file has no such tile).
    pub fn read(&self, id: TileId) -> Result<Option<Vec<u8>>, TileError> {
        let sql = |e: rusqlite::Error| TileError::file(&self.path, sqlite_problem(&e));
        let row = (1i64 << id.z) - 1 - i64::from(id.y);
        let args = rusqlite::params![i64::from(id.z), i64::from(id.x), row];
        let size: Option<i64> = self
            .connection
            .query_row(
                "SELECT length(tile_data) FROM tiles WHERE zoom_level = ?1 AND tile_column = ?2 AND tile_row = ?3",
                args,
                |r| r.get(0),
            )
            .optional()
            .map_err(sql)?
            .flatten();
        let Some(size) = size else {
            return Ok(None);
        };
        if size > MAX_TILE_BYTES as i64 {
            return Err(TileError::file(
                &self.path,
                format!(
                    "tile {}/{}/{} is {size} bytes, more than a tile can be ({MAX_TILE_BYTES})",
                    id.z, id.x, id.y
                ),
            ));
        }
        self.connection
            .query_row(
                "SELECT tile_data FROM tiles WHERE zoom_level = ?1 AND tile_column = ?2 AND tile_row = ?3",
                args,
                |r| r.get::<_, Vec<u8>>(0),
            )
            .optional()
            .map_err(sql)
    }
}

/// SQLite's message, in words for the user.
fn sqlite_problem(e: &rusqlite::Error) -> String {
    match e {
        rusqlite::Error::SqliteFailure(code, _)
            if code.code == rusqlite::ErrorCode::NotADatabase =>
        {
            "damaged: SQLite cannot read it as a database".to_string()
        }
        rusqlite::Error::SqliteFailure(code, _)
            if code.code == rusqlite::ErrorCode::DatabaseCorrupt =>
        {
            "damaged: its SQLite database is corrupt".to_string()
        }
        other => format!("could not be read as an MBTiles file ({other})"),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Writes an MBTiles file at `path` with one PNG tile per given id (TMS rows, as the format
    /// wants), of the given colour, and the given metadata.
    pub(crate) fn write_mbtiles(
        path: &Path,
        tiles: &[(TileId, [u8; 4])],
        metadata: &[(&str, &str)],
    ) {
        let db = Connection::open(path).expect("create");
        db.execute_batch(
            "CREATE TABLE metadata (name TEXT, value TEXT);
             CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB);",
        )
        .expect("tables");
        for (name, value) in metadata {
            db.execute("INSERT INTO metadata VALUES (?1, ?2)", [name, value])
                .expect("metadata");
        }
        for (id, colour) in tiles {
            let mut png = Vec::new();
            image::RgbaImage::from_pixel(256, 256, image::Rgba(*colour))
                .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
                .expect("png");
            let row = (1i64 << id.z) - 1 - i64::from(id.y);
            db.execute(
                "INSERT INTO tiles VALUES (?1, ?2, ?3, ?4)",
                rusqlite::params![i64::from(id.z), i64::from(id.x), row, png],
            )
            .expect("tile");
        }
    }

    #[test]
    fn a_tile_is_read_at_its_xyz_place_from_the_tms_row() {
        let dir = tempfile::tempdir().expect("temp");
        let path = dir.path().join("city.mbtiles");
        let id = TileId {
            z: 14,
            x: 9883,
            y: 6422,
        };
        write_mbtiles(
            &path,
            &[(id, [200, 10, 10, 255])],
            &[
                ("format", "png"),
                ("minzoom", "10"),
                ("maxzoom", "14"),
                (
                    "attribution",
                    "<a href=\"x\">© OpenStreetMap</a> contributors",
                ),
            ],
        );
        let before = std::fs::read(&path).expect("bytes");
        let tiles = MbTiles::open(&path).expect("opens");
        assert_eq!((tiles.info.min_zoom, tiles.info.max_zoom), (10, 14));
        assert_eq!(
            tiles.info.attribution.as_deref(),
            Some("© OpenStreetMap contributors")
        );
        let reader = tiles.connect().expect("connects");
        let bytes = reader.read(id).expect("read").expect("present");
        let image = crate::decode::decode(id, &bytes).expect("png");
        assert_eq!(image.get_pixel(5, 5).0, [200, 10, 10, 255]);
        // The XYZ row counted from the north is not the TMS row: the tile one row down is absent.
        assert_eq!(reader.read(TileId { y: 6423, ..id }).expect("read"), None);
        drop(reader);
        assert_eq!(
            std::fs::read(&path).expect("bytes"),
            before,
            "never written"
        );
    }

    #[test]
    fn broken_and_hostile_files_are_named_with_what_is_wrong() {
        let dir = tempfile::tempdir().expect("temp");
        let cases: Vec<(&str, Vec<u8>, &str)> = vec![
            (
                "empty.mbtiles",
                Vec::new(),
                "does not start as an SQLite database",
            ),
            (
                "text.mbtiles",
                b"hello, not a database".to_vec(),
                "does not start as an SQLite",
            ),
            (
                "damaged.mbtiles",
                [SQLITE_MAGIC.as_slice(), &[0xff; 2000]].concat(),
                "damaged",
            ),
        ];
        for (name, bytes, expected) in cases {
            let path = dir.path().join(name);
            std::fs::write(&path, &bytes).expect("write");
            let err = MbTiles::open(&path).expect_err(name).to_string();
            assert!(
                err.contains(name) && err.contains(expected),
                "{name}: {err}"
            );
            assert_eq!(
                std::fs::read(&path).expect("bytes"),
                bytes,
                "{name} unchanged"
            );
        }
        // A database without the tiles table, and one of vector tiles.
        let other = dir.path().join("other.mbtiles");
        Connection::open(&other)
            .expect("create")
            .execute_batch("CREATE TABLE t (a);")
            .expect("table");
        let err = MbTiles::open(&other).expect_err("no tiles").to_string();
        assert!(err.contains("without a 'tiles' table"), "{err}");
        let vector = dir.path().join("vector.mbtiles");
        write_mbtiles(&vector, &[], &[("format", "pbf")]);
        let err = MbTiles::open(&vector).expect_err("vector").to_string();
        assert!(err.contains("vector tiles"), "{err}");
        // A folder is not a file.
        let err = MbTiles::open(dir.path()).expect_err("folder").to_string();
        assert!(err.contains("folder") || err.contains("directory"), "{err}");
    }
}
