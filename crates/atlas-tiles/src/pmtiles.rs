//! PMTiles (version 3): a single-file tile archive read by byte ranges. A 127-byte header, a root
//! directory, leaf directories and the tiles, each directory a list of (tile id on a Hilbert curve,
//! run length, offset, length) entries as varints, possibly gzip-compressed.
//!
//! Bounded against broken or hostile files: directories of at most [`MAX_DIRECTORY_BYTES`] (before and
//! after decompression), at most [`MAX_DEPTH`] levels of leaves, tiles of at most
//! [`MAX_TILE_BYTES`], every offset checked against the file's length; only regular files, read-only.

use crate::decode::MAX_TILE_BYTES;
use crate::{TileError, TileId};
use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};

pub const MAGIC: &[u8; 7] = b"PMTiles";
const HEADER_BYTES: usize = 127;
/// The largest directory read.
pub const MAX_DIRECTORY_BYTES: u64 = 16 * 1024 * 1024;
/// The deepest chain of leaf directories followed.
pub const MAX_DEPTH: usize = 4;

/// How the directories or tiles are compressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Compression {
    None,
    Gzip,
}

/// The header's fields this reader uses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PmTilesInfo {
    root: (u64, u64),
    metadata: (u64, u64),
    leaves: (u64, u64),
    data: (u64, u64),
    internal: Compression,
    tiles: Compression,
    pub min_zoom: u8,
    pub max_zoom: u8,
    /// From the JSON metadata's "attribution", if any.
    pub attribution: Option<String>,
}

/// A PMTiles file, checked.
#[derive(Debug, Clone)]
pub struct PmTiles {
    path: PathBuf,
    length: u64,
    pub info: PmTilesInfo,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Entry {
    tile_id: u64,
    offset: u64,
    length: u64,
    run_length: u64,
}

impl PmTiles {
    /// Checks that `path` is a PMTiles v3 file of raster tiles and reads its header and metadata.
    pub fn open(path: &Path) -> Result<Self, TileError> {
        let mut file = open(path)?;
        let length = file
            .metadata()
            .map_err(|e| TileError::file(path, e.to_string()))?
            .len();
        let mut header = [0u8; HEADER_BYTES];
        file.read_exact(&mut header).map_err(|_| {
            TileError::file(
                path,
                "not a PMTiles file: shorter than a PMTiles header (127 bytes)",
            )
        })?;
        if &header[..7] != MAGIC {
            return Err(TileError::file(
                path,
                "not a PMTiles file: it does not start with 'PMTiles'",
            ));
        }
        if header[7] != 3 {
            return Err(TileError::file(
                path,
                format!(
                    "PMTiles version {} (this reader reads version 3)",
                    header[7]
                ),
            ));
        }
        let u64_at = |at: usize| {
            let mut b = [0u8; 8];
            b.copy_from_slice(&header[at..at + 8]);
            u64::from_le_bytes(b)
        };
        let compression = |byte: u8, what: &str| {
            match byte {
            0 | 1 => Ok(Compression::None),
            2 => Ok(Compression::Gzip),
            3 => Err(TileError::file(path, format!("its {what} are compressed with brotli, which this reader does not read (gzip or none)"))),
            4 => Err(TileError::file(path, format!("its {what} are compressed with zstd, which this reader does not read (gzip or none)"))),
            other => Err(TileError::file(path, format!("unknown compression {other} of its {what}"))),
        }
        };
        let tile_type = header[99];
        if tile_type == 1 {
            return Err(TileError::file(
                path,
                "its tiles are vector tiles (MVT); the basemap draws raster tiles (png, jpeg, webp)",
            ));
        }
        let mut info = PmTilesInfo {
            root: (u64_at(8), u64_at(16)),
            metadata: (u64_at(24), u64_at(32)),
            leaves: (u64_at(40), u64_at(48)),
            data: (u64_at(56), u64_at(64)),
            internal: compression(header[97], "directories")?,
            tiles: compression(header[98], "tiles")?,
            min_zoom: header[100].min(crate::tile::MAX_ZOOM),
            max_zoom: header[101].min(crate::tile::MAX_ZOOM),
            attribution: None,
        };
        for (what, (offset, len)) in [("root directory", info.root), ("tile data", info.data)] {
            if offset.checked_add(len).is_none_or(|end| end > length) {
                return Err(TileError::file(
                    path,
                    format!("damaged: its {what} lies beyond the end of the file"),
                ));
            }
        }
        let me = Self {
            path: path.to_path_buf(),
            length,
            info: info.clone(),
        };
        // The metadata is JSON; only its attribution is used, and a broken one is ignored.
        if info.metadata.1 > 0 && info.metadata.1 <= MAX_DIRECTORY_BYTES {
            if let Ok(bytes) = me.read_section(&mut file, info.metadata, info.internal) {
                info.attribution = attribution_of(&bytes);
            }
        }
        Ok(Self { info, ..me })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The bytes of a tile, decompressed (None: the archive has no such tile).
    pub fn read(&self, id: TileId) -> Result<Option<Vec<u8>>, TileError> {
        if !id.is_valid() {
            return Ok(None);
        }
        let mut file = open(&self.path)?;
        let target = tile_id(id);
        let mut dir = self.info.root;
        for _ in 0..=MAX_DEPTH {
            let bytes = self.read_section(&mut file, dir, self.info.internal)?;
            let entries = parse_directory(&bytes).ok_or_else(|| {
                TileError::file(&self.path, "damaged: a directory could not be read")
            })?;
            let Some(entry) = find(&entries, target) else {
                return Ok(None);
            };
            if entry.run_length > 0 {
                let at = (self.info.data.0.saturating_add(entry.offset), entry.length);
                if entry.length > MAX_TILE_BYTES as u64 {
                    return Err(TileError::file(
                        &self.path,
                        format!(
                            "tile {}/{}/{} is {} bytes, more than a tile can be",
                            id.z, id.x, id.y, entry.length
                        ),
                    ));
                }
                return self.read_section(&mut file, at, self.info.tiles).map(Some);
            }
            dir = (
                self.info.leaves.0.saturating_add(entry.offset),
                entry.length,
            );
        }
        Err(TileError::file(
            &self.path,
            format!("damaged: leaf directories nest deeper than {MAX_DEPTH} levels"),
        ))
    }

    /// Reads `len` bytes at `offset`, bounded and checked against the file's length, decompressed.
    fn read_section(
        &self,
        file: &mut File,
        (offset, len): (u64, u64),
        compression: Compression,
    ) -> Result<Vec<u8>, TileError> {
        let damaged = |what: &str| TileError::file(&self.path, format!("damaged: {what}"));
        if len > MAX_DIRECTORY_BYTES || offset.checked_add(len).is_none_or(|end| end > self.length)
        {
            return Err(damaged(
                "a section lies beyond the end of the file or is too large",
            ));
        }
        file.seek(SeekFrom::Start(offset))
            .map_err(|e| TileError::file(&self.path, e.to_string()))?;
        let mut raw = vec![0u8; len as usize];
        file.read_exact(&mut raw)
            .map_err(|e| TileError::file(&self.path, e.to_string()))?;
        match compression {
            Compression::None => Ok(raw),
            Compression::Gzip => {
                let mut out = Vec::new();
                flate2::read::GzDecoder::new(raw.as_slice())
                    .take(MAX_DIRECTORY_BYTES + 1)
                    .read_to_end(&mut out)
                    .map_err(|_| damaged("a gzip section does not decompress"))?;
                if out.len() as u64 > MAX_DIRECTORY_BYTES {
                    return Err(damaged("a section decompresses to more than 16 MB"));
                }
                Ok(out)
            }
        }
    }
}

fn open(path: &Path) -> Result<File, TileError> {
    atlas_core::model::read_file::open_regular(path)
        .map_err(|e| TileError::file(path, e.to_string()))
}

/// The "attribution" of the JSON metadata, as plain text.
fn attribution_of(json: &[u8]) -> Option<String> {
    let text = std::str::from_utf8(json).ok()?;
    // A small scan rather than a JSON parser: "attribution": "…" with escaped quotes.
    let at = text.find("\"attribution\"")?;
    let rest = text[at + 13..]
        .trim_start()
        .strip_prefix(':')?
        .trim_start()
        .strip_prefix('"')?;
    let mut value = String::new();
    let mut chars = rest.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => return Some(crate::source::plain_text(&value)),
            '\\' => value.extend(chars.next()),
            c => value.push(c),
        }
    }
    None
}

/// The Hilbert tile id of PMTiles: the tiles of all lower zooms, then the position on the curve.
pub fn tile_id(id: TileId) -> u64 {
    let z = u32::from(id.z);
    let base: u64 = (0..z).map(|i| 1u64 << (2 * i)).sum();
    let n = 1u64 << z;
    let (mut x, mut y) = (u64::from(id.x), u64::from(id.y));
    let mut d = 0u64;
    let mut s = n / 2;
    while s > 0 {
        let rx = u64::from(x & s > 0);
        let ry = u64::from(y & s > 0);
        d += s * s * ((3 * rx) ^ ry);
        if ry == 0 {
            if rx == 1 {
                x = n - 1 - x;
                y = n - 1 - y;
            }
            std::mem::swap(&mut x, &mut y);
        }
        s /= 2;
    }
    base + d
}

fn varint(bytes: &[u8], at: &mut usize) -> Option<u64> {
    let mut value = 0u64;
    for shift in (0..64).step_by(7) {
        let b = *bytes.get(*at)?;
        *at += 1;
        value |= u64::from(b & 0x7f) << shift;
        if b & 0x80 == 0 {
            return Some(value);
        }
    }
    None
}

/// A directory's entries (None: damaged).
fn parse_directory(bytes: &[u8]) -> Option<Vec<Entry>> {
    let mut at = 0;
    let n = varint(bytes, &mut at)?;
    // Each entry takes at least 4 bytes: a count beyond that is damage, not an allocation to make.
    if n > (bytes.len() as u64) / 4 + 1 {
        return None;
    }
    let n = n as usize;
    let mut entries = vec![
        Entry {
            tile_id: 0,
            offset: 0,
            length: 0,
            run_length: 0
        };
        n
    ];
    let mut last = 0u64;
    for e in entries.iter_mut() {
        last = last.checked_add(varint(bytes, &mut at)?)?;
        e.tile_id = last;
    }
    for e in entries.iter_mut() {
        e.run_length = varint(bytes, &mut at)?;
    }
    for e in entries.iter_mut() {
        e.length = varint(bytes, &mut at)?;
    }
    for i in 0..n {
        let v = varint(bytes, &mut at)?;
        entries[i].offset = if v == 0 && i > 0 {
            entries[i - 1].offset.checked_add(entries[i - 1].length)?
        } else {
            v.checked_sub(1)?
        };
    }
    Some(entries)
}

/// The entry holding `target`: a tile run containing it, or the leaf directory that may.
fn find(entries: &[Entry], target: u64) -> Option<Entry> {
    let i = entries
        .partition_point(|e| e.tile_id <= target)
        .checked_sub(1)?;
    let e = entries[i];
    if e.run_length == 0 || target < e.tile_id.saturating_add(e.run_length) {
        Some(e)
    } else {
        None
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    fn put_varint(out: &mut Vec<u8>, mut v: u64) {
        while v >= 0x80 {
            out.push((v as u8 & 0x7f) | 0x80);
            v >>= 7;
        }
        out.push(v as u8);
    }

    /// Writes a PMTiles v3 file with one PNG tile per id (ids sorted by tile id), a gzip root
    /// directory and JSON metadata with an attribution.
    pub(crate) fn write_pmtiles(path: &Path, tiles: &[(TileId, [u8; 4])], attribution: &str) {
        let mut sorted: Vec<_> = tiles.to_vec();
        sorted.sort_by_key(|(id, _)| tile_id(*id));
        let mut data = Vec::new();
        let mut entries = Vec::new();
        for (id, colour) in &sorted {
            let mut png = Vec::new();
            image::RgbaImage::from_pixel(256, 256, image::Rgba(*colour))
                .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
                .expect("png");
            entries.push((tile_id(*id), data.len() as u64, png.len() as u64));
            data.extend(png);
        }
        let mut dir = Vec::new();
        put_varint(&mut dir, entries.len() as u64);
        let mut last = 0;
        for (t, _, _) in &entries {
            put_varint(&mut dir, t - last);
            last = *t;
        }
        for _ in &entries {
            put_varint(&mut dir, 1);
        }
        for (_, _, len) in &entries {
            put_varint(&mut dir, *len);
        }
        for (_, offset, _) in &entries {
            put_varint(&mut dir, offset + 1);
        }
        let gz = |bytes: &[u8]| {
            let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
            std::io::Write::write_all(&mut e, bytes).expect("gzip");
            e.finish().expect("gzip")
        };
        let dir = gz(&dir);
        let meta =
            gz(format!("{{\"name\":\"test\",\"attribution\":\"{attribution}\"}}").as_bytes());
        let mut header = vec![0u8; HEADER_BYTES];
        header[..7].copy_from_slice(MAGIC);
        header[7] = 3;
        let root_at = HEADER_BYTES as u64;
        let meta_at = root_at + dir.len() as u64;
        let data_at = meta_at + meta.len() as u64;
        for (at, v) in [
            (8, root_at),
            (16, dir.len() as u64),
            (24, meta_at),
            (32, meta.len() as u64),
            (40, data_at),
            (48, 0),
            (56, data_at),
            (64, data.len() as u64),
        ] {
            header[at..at + 8].copy_from_slice(&v.to_le_bytes());
        }
        header[97] = 2; // gzip directories
        header[98] = 1; // tiles not compressed
        header[99] = 2; // png
        header[100] = 0;
        header[101] = 16;
        let file = [header, dir, meta, data].concat();
        std::fs::write(path, file).expect("write");
    }

    #[test]
    fn tile_ids_follow_the_pmtiles_hilbert_curve() {
        // The values of the PMTiles specification's reference implementations.
        let id = |z, x, y| tile_id(TileId { z, x, y });
        assert_eq!(id(0, 0, 0), 0);
        assert_eq!(id(1, 0, 0), 1);
        assert_eq!(id(1, 0, 1), 2);
        assert_eq!(id(1, 1, 1), 3);
        assert_eq!(id(1, 1, 0), 4);
        assert_eq!(id(2, 1, 3), 11);
        assert_eq!(id(3, 3, 0), 26);
        assert_eq!(id(12, 3423, 1763), 19_078_479);
    }

    #[test]
    fn a_tile_is_found_through_the_gzip_directory() {
        let dir = tempfile::tempdir().expect("temp");
        let path = dir.path().join("city.pmtiles");
        let a = TileId {
            z: 14,
            x: 9883,
            y: 6422,
        };
        let b = TileId {
            z: 14,
            x: 9884,
            y: 6422,
        };
        write_pmtiles(
            &path,
            &[(a, [1, 2, 3, 255]), (b, [9, 9, 9, 255])],
            "© OpenStreetMap contributors",
        );
        let tiles = PmTiles::open(&path).expect("opens");
        assert_eq!(
            tiles.info.attribution.as_deref(),
            Some("© OpenStreetMap contributors")
        );
        for (id, colour) in [(a, [1, 2, 3, 255]), (b, [9, 9, 9, 255])] {
            let bytes = tiles.read(id).expect("read").expect("present");
            let image = crate::decode::decode(id, &bytes).expect("png");
            assert_eq!(image.get_pixel(0, 0).0, colour, "tile {id:?}");
        }
        assert_eq!(
            tiles.read(TileId { z: 14, x: 1, y: 1 }).expect("read"),
            None
        );
    }

    #[test]
    fn broken_archives_are_named_with_what_is_wrong() {
        let dir = tempfile::tempdir().expect("temp");
        let good = dir.path().join("good.pmtiles");
        write_pmtiles(&good, &[(TileId { z: 1, x: 0, y: 0 }, [0, 0, 0, 255])], "x");
        let bytes = std::fs::read(&good).expect("read");
        let mut v2 = bytes.clone();
        v2[7] = 2;
        let mut vector = bytes.clone();
        vector[99] = 1;
        let mut beyond = bytes.clone();
        beyond[16..24].copy_from_slice(&u64::MAX.to_le_bytes());
        let cases: Vec<(&str, Vec<u8>, &str)> = vec![
            (
                "short.pmtiles",
                b"PMTiles".to_vec(),
                "shorter than a PMTiles header",
            ),
            (
                "zip.pmtiles",
                b"PK\x03\x04".repeat(40),
                "does not start with 'PMTiles'",
            ),
            ("v2.pmtiles", v2, "version 2"),
            ("vector.pmtiles", vector, "vector tiles"),
            ("beyond.pmtiles", beyond, "beyond the end"),
        ];
        for (name, bytes, expected) in cases {
            let path = dir.path().join(name);
            std::fs::write(&path, &bytes).expect("write");
            let err = PmTiles::open(&path).expect_err(name).to_string();
            assert!(
                err.contains(name) && err.contains(expected),
                "{name}: {err}"
            );
        }
        // A directory whose gzip is garbage: the header opens, the tile read says it is damaged.
        let mut garbage = bytes.clone();
        let root_at = 127;
        garbage[root_at + 10] ^= 0xff;
        garbage[root_at + 11] ^= 0xff;
        let path = dir.path().join("garbage.pmtiles");
        std::fs::write(&path, &garbage).expect("write");
        if let Ok(tiles) = PmTiles::open(&path) {
            let err = tiles
                .read(TileId { z: 1, x: 0, y: 0 })
                .expect_err("damaged")
                .to_string();
            assert!(err.contains("damaged"), "{err}");
        }
    }

    #[test]
    fn a_directory_claiming_more_entries_than_bytes_is_damage() {
        let mut bytes = Vec::new();
        put_varint(&mut bytes, u64::MAX >> 2);
        assert_eq!(parse_directory(&bytes), None);
    }
}
