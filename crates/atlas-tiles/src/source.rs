//! Where the basemap's tiles come from: an XYZ address online, or a tile file (MBTiles, PMTiles)
//! judged by its first bytes, never its name. [`OpenedSource`] is a source checked and ready, with
//! its attribution and zoom range; each loader thread reads through a [`Reader`] of its own.

use crate::http::HttpTiles;
use crate::mbtiles::{MbTiles, MbTilesReader, SQLITE_MAGIC};
use crate::pmtiles::PmTiles;
use crate::{TileError, TileId};
use std::io::Read;
use std::path::{Path, PathBuf};

/// OpenStreetMap's standard tiles.
pub const OSM_TEMPLATE: &str = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
/// What OpenStreetMap's tiles must carry, on the map and in every export.
pub const OSM_ATTRIBUTION: &str = "© OpenStreetMap contributors";

/// A basemap as the user chose it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BasemapSource {
    /// Tiles from an XYZ address with `{z}`, `{x}` and `{y}`.
    Online { template: String },
    /// An MBTiles or PMTiles file.
    File(PathBuf),
}

/// What kind of tile file a file is, by its first bytes (None: neither kind, or not a regular file).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TileFileKind {
    MbTiles,
    PmTiles,
}

impl TileFileKind {
    /// Looks at the first 16 bytes of a regular file; never blocks on a FIFO or device.
    pub fn of(path: &Path) -> Option<Self> {
        let file = atlas_core::model::read_file::open_regular(path).ok()?;
        let mut head = Vec::with_capacity(16);
        file.take(16).read_to_end(&mut head).ok()?;
        if head.as_slice() == SQLITE_MAGIC {
            Some(Self::MbTiles)
        } else if head.starts_with(crate::pmtiles::MAGIC) {
            Some(Self::PmTiles)
        } else {
            None
        }
    }
}

/// A source checked and ready to read.
#[derive(Debug, Clone)]
pub enum OpenedSource {
    Http(HttpTiles),
    MbTiles(MbTiles),
    PmTiles(PmTiles),
}

/// One thread's way to read tiles.
pub enum Reader {
    Http(HttpTiles),
    MbTiles(MbTilesReader),
    PmTiles(PmTiles),
}

impl OpenedSource {
    /// Checks the source: an address must have `{z}`, `{x}` and `{y}`; a file must be an MBTiles or
    /// PMTiles file of raster tiles. `cache` is the folder online tiles are kept in (None: not kept).
    pub fn open(source: &BasemapSource, cache: Option<PathBuf>) -> Result<Self, TileError> {
        match source {
            BasemapSource::Online { template } => Ok(Self::Http(HttpTiles::new(template, cache)?)),
            BasemapSource::File(path) => match TileFileKind::of(path) {
                Some(TileFileKind::MbTiles) => Ok(Self::MbTiles(MbTiles::open(path)?)),
                Some(TileFileKind::PmTiles) => Ok(Self::PmTiles(PmTiles::open(path)?)),
                None => {
                    // Say why: not a file at all, or not a tile file.
                    atlas_core::model::read_file::open_regular(path)
                        .map_err(|e| TileError::file(path, e.to_string()))?;
                    Err(TileError::file(
                        path,
                        "not a tile file: expected an MBTiles (SQLite) or PMTiles file",
                    ))
                }
            },
        }
    }

    /// The credit to show on the map and in exports.
    pub fn attribution(&self) -> String {
        let given = match self {
            Self::Http(h) => Some(h.attribution()),
            Self::MbTiles(m) => m.info.attribution.clone(),
            Self::PmTiles(p) => p.info.attribution.clone(),
        };
        given
            .filter(|a| !a.trim().is_empty())
            .unwrap_or_else(|| format!("Basemap: {}", self.describe()))
    }

    /// The file's name or the address's host.
    pub fn describe(&self) -> String {
        let name = |p: &Path| {
            p.file_name().map_or_else(
                || p.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            )
        };
        match self {
            Self::Http(h) => h.host().to_string(),
            Self::MbTiles(m) => name(m.path()),
            Self::PmTiles(p) => name(p.path()),
        }
    }

    /// The zooms the source has tiles for.
    pub fn zoom_range(&self) -> (u8, u8) {
        match self {
            Self::Http(_) => (0, 19),
            Self::MbTiles(m) => (m.info.min_zoom, m.info.max_zoom),
            Self::PmTiles(p) => (p.info.min_zoom, p.info.max_zoom),
        }
    }

    /// How many threads read it at once: two connections for a tile server (the OSM policy's most),
    /// one for a file.
    pub fn threads(&self) -> usize {
        match self {
            Self::Http(_) => 2,
            Self::MbTiles(_) | Self::PmTiles(_) => 1,
        }
    }

    pub fn is_online(&self) -> bool {
        matches!(self, Self::Http(_))
    }

    /// A reader for the calling thread.
    pub fn reader(&self) -> Result<Reader, TileError> {
        Ok(match self {
            Self::Http(h) => Reader::Http(h.clone()),
            Self::MbTiles(m) => Reader::MbTiles(m.connect()?),
            Self::PmTiles(p) => Reader::PmTiles(p.clone()),
        })
    }
}

impl Reader {
    /// The bytes of a tile (None: the source has none there).
    pub fn read(&self, id: TileId) -> Result<Option<Vec<u8>>, TileError> {
        match self {
            Self::Http(h) => h.fetch(id),
            Self::MbTiles(m) => m.read(id),
            Self::PmTiles(p) => p.read(id),
        }
    }
}

/// Text from a file's metadata without its HTML (an MBTiles attribution is often a link), with the
/// usual entities read, control characters dropped, and at most 300 characters.
pub fn plain_text(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if in_tag || c.is_control() => {}
            c => text.push(c),
        }
    }
    let text = text
        .replace("&copy;", "©")
        .replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&nbsp;", " ");
    let words: Vec<&str> = text.split_whitespace().collect();
    words.join(" ").chars().take(300).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attributions_lose_their_html_and_control_characters() {
        assert_eq!(
            plain_text("<a href=\"https://www.openstreetmap.org/copyright\">&copy; OpenStreetMap</a>\u{1b}[31m contributors"),
            "© OpenStreetMap[31m contributors"
        );
    }

    #[test]
    fn files_are_told_apart_by_their_first_bytes() {
        let dir = tempfile::tempdir().expect("temp");
        let mb = dir.path().join("a.pmtiles");
        crate::mbtiles::tests::write_mbtiles(&mb, &[], &[]);
        assert_eq!(
            TileFileKind::of(&mb),
            Some(TileFileKind::MbTiles),
            "by content, not name"
        );
        let pm = dir.path().join("b.mbtiles");
        crate::pmtiles::tests::write_pmtiles(&pm, &[], "x");
        assert_eq!(TileFileKind::of(&pm), Some(TileFileKind::PmTiles));
        let text = dir.path().join("c.geojson");
        std::fs::write(&text, "{}").expect("write");
        assert_eq!(TileFileKind::of(&text), None);
        assert_eq!(TileFileKind::of(dir.path()), None);
        let err = OpenedSource::open(&BasemapSource::File(text.clone()), None).expect_err("no");
        assert!(
            err.to_string().contains("c.geojson: not a tile file"),
            "{err}"
        );
    }
}
