//! Online XYZ tiles, as the OpenStreetMap tile usage policy asks: every request carries a
//! User-Agent naming the program ([`USER_AGENT`]); every tile fetched is kept in a disk cache (under
//! the XDG cache folder, [`default_cache_dir`]) until the expiry the server gave it (Cache-Control
//! max-age, else Expires, else a day), and asked for again after that with its ETag so an unchanged
//! tile costs the server nothing; tiles are fetched one at a time as the view needs them, at most two
//! at once, and never in bulk or ahead of the view. A stale cached tile is shown when the server
//! cannot be reached.

use crate::decode::MAX_TILE_BYTES;
use crate::{TileError, TileId};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The User-Agent of every tile request.
pub const USER_AGENT: &str = concat!(
    "AleppoAtlas/",
    env!("CARGO_PKG_VERSION"),
    " (desktop viewer of who controlled which district of Aleppo; tiles cached on disk)"
);

/// How long a tile is kept when the server says nothing of its expiry.
const DEFAULT_KEEP: Duration = Duration::from_secs(24 * 3600);

/// Tiles from an XYZ address.
#[derive(Debug, Clone)]
pub struct HttpTiles {
    template: String,
    host: String,
    cache: Option<PathBuf>,
    agent: ureq::Agent,
}

/// The folder online tiles are kept in: `$XDG_CACHE_HOME/aleppo-atlas/tiles`, else
/// `~/.cache/aleppo-atlas/tiles` (None: neither is known; tiles are then not kept).
pub fn default_cache_dir() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| {
            std::env::var_os("HOME")
                .map(PathBuf::from)
                .filter(|p| p.is_absolute())
                .map(|h| h.join(".cache"))
        })
        .or_else(|| std::env::var_os("LOCALAPPDATA").map(PathBuf::from))?;
    Some(base.join("aleppo-atlas").join("tiles"))
}

impl HttpTiles {
    /// Tiles from `template` (`https://…/{z}/{x}/{y}.png`), kept under `cache`.
    pub fn new(template: &str, cache: Option<PathBuf>) -> Result<Self, TileError> {
        let template = template.trim();
        let scheme_ok = template.starts_with("https://") || template.starts_with("http://");
        if !scheme_ok || !["{z}", "{x}", "{y}"].iter().all(|p| template.contains(p)) {
            return Err(TileError::Template(template.to_string()));
        }
        let host = template
            .split("://")
            .nth(1)
            .and_then(|rest| rest.split('/').next())
            .unwrap_or_default()
            .to_string();
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .user_agent(USER_AGENT)
            .timeout_connect(Some(Duration::from_secs(8)))
            .timeout_global(Some(Duration::from_secs(30)))
            .http_status_as_error(false)
            .build()
            .into();
        // Each address has a folder of its own in the cache.
        let cache = cache.map(|c| c.join(folder_name(template)));
        Ok(Self {
            template: template.to_string(),
            host,
            cache,
            agent,
        })
    }

    pub fn host(&self) -> &str {
        &self.host
    }

    /// The credit the tiles need: OpenStreetMap's for its servers, the host's otherwise.
    pub fn attribution(&self) -> String {
        if self.host.ends_with("openstreetmap.org") || self.host.ends_with("openstreetmap.fr") {
            crate::source::OSM_ATTRIBUTION.to_string()
        } else {
            format!("Tiles: {}", self.host)
        }
    }

    pub fn url(&self, id: TileId) -> String {
        self.template
            .replace("{z}", &id.z.to_string())
            .replace("{x}", &id.x.to_string())
            .replace("{y}", &id.y.to_string())
    }

    /// A tile: from the cache while it is fresh, else from the server (None: the server has none).
    pub fn fetch(&self, id: TileId) -> Result<Option<Vec<u8>>, TileError> {
        let cached = self.cache.as_deref().map(|c| Cached::path(c, id));
        let kept = cached.as_ref().and_then(Cached::read);
        if let Some(kept) = &kept {
            if kept.expires > now() {
                return Ok(Some(kept.bytes.clone()));
            }
        }
        let url = self.url(id);
        let failed = |problem: String| TileError::Http {
            url: url.clone(),
            problem,
        };
        let mut request = self.agent.get(&url);
        if let Some(etag) = kept.as_ref().and_then(|k| k.etag.as_deref()) {
            request = request.header("If-None-Match", etag);
        }
        let mut response = match request.call() {
            Ok(r) => r,
            // Offline: a stale tile is better than none.
            Err(e) => {
                return kept
                    .map(|k| Some(k.bytes))
                    .ok_or_else(|| failed(e.to_string()))
            }
        };
        let status = response.status().as_u16();
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        let expires = expiry(
            header("cache-control").as_deref(),
            header("expires").as_deref(),
        );
        let etag = header("etag");
        match status {
            200 => {
                let bytes = response
                    .body_mut()
                    .with_config()
                    .limit(MAX_TILE_BYTES as u64)
                    .read_to_vec()
                    .map_err(|e| failed(e.to_string()))?;
                if let (Some(path), Some(expires)) = (&cached, expires) {
                    path.write(&bytes, expires, etag.as_deref());
                }
                Ok(Some(bytes))
            }
            304 => {
                let kept = kept.ok_or_else(|| failed("304 for a tile not kept".to_string()))?;
                if let (Some(path), Some(expires)) = (&cached, expires) {
                    path.write(
                        &kept.bytes,
                        expires,
                        etag.as_deref().or(kept.etag.as_deref()),
                    );
                }
                Ok(Some(kept.bytes))
            }
            404 | 204 => Ok(None),
            other => kept
                .map(|k| Some(k.bytes))
                .ok_or_else(|| failed(format!("the server answered {other}"))),
        }
    }
}

/// A folder name for an address: its characters that are safe in a file name, and a hash.
fn folder_name(template: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in template.bytes() {
        hash = (hash ^ u64::from(b)).wrapping_mul(0x100_0000_01b3);
    }
    let host: String = template
        .split("://")
        .nth(1)
        .unwrap_or(template)
        .chars()
        .take_while(|c| *c != '/')
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-'))
        .take(60)
        .collect();
    format!("{host}-{hash:016x}")
}

fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// When a response expires, in seconds since 1970 (None: it must not be kept, `no-store`).
pub fn expiry(cache_control: Option<&str>, expires: Option<&str>) -> Option<u64> {
    let directives: Vec<String> = cache_control
        .unwrap_or_default()
        .split(',')
        .map(|d| d.trim().to_ascii_lowercase())
        .collect();
    if directives.iter().any(|d| d == "no-store") {
        return None;
    }
    if directives.iter().any(|d| d == "no-cache") {
        return Some(now());
    }
    if let Some(age) = directives.iter().find_map(|d| {
        d.strip_prefix("max-age=")?
            .trim_matches('"')
            .parse::<u64>()
            .ok()
    }) {
        return Some(now().saturating_add(age));
    }
    if let Some(date) = expires.and_then(|e| chrono::DateTime::parse_from_rfc2822(e.trim()).ok()) {
        return Some(date.timestamp().max(0) as u64);
    }
    Some(now() + DEFAULT_KEEP.as_secs())
}

/// A tile kept on disk: `z/x/y.tile` and `z/x/y.meta` ("expires <secs>", "etag <etag>").
struct Cached {
    tile: PathBuf,
    meta: PathBuf,
}

struct Kept {
    bytes: Vec<u8>,
    expires: u64,
    etag: Option<String>,
}

impl Cached {
    fn path(cache: &Path, id: TileId) -> Self {
        let dir = cache.join(id.z.to_string()).join(id.x.to_string());
        Self {
            tile: dir.join(format!("{}.tile", id.y)),
            meta: dir.join(format!("{}.meta", id.y)),
        }
    }

    fn read(&self) -> Option<Kept> {
        let meta = std::fs::read_to_string(&self.meta).ok()?;
        let mut expires = None;
        let mut etag = None;
        for line in meta.lines() {
            if let Some(v) = line.strip_prefix("expires ") {
                expires = v.trim().parse().ok();
            } else if let Some(v) = line.strip_prefix("etag ") {
                etag = Some(v.to_string());
            }
        }
        let file = atlas_core::model::read_file::open_regular(&self.tile).ok()?;
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(
            &mut std::io::Read::take(file, MAX_TILE_BYTES as u64),
            &mut bytes,
        )
        .ok()?;
        Some(Kept {
            bytes,
            expires: expires?,
            etag,
        })
    }

    /// Keeps a tile; a cache that cannot be written is no reason to fail (the tile is shown anyway).
    fn write(&self, bytes: &[u8], expires: u64, etag: Option<&str>) {
        let Some(dir) = self.tile.parent() else {
            return;
        };
        if std::fs::create_dir_all(dir).is_err() {
            return;
        }
        let etag = etag.filter(|e| !e.contains('\n'));
        let meta = match etag {
            Some(e) => format!("expires {expires}\netag {e}\n"),
            None => format!("expires {expires}\n"),
        };
        let _ = atlas_core::write_file::write_atomically(&self.tile, true, |temp| {
            std::fs::write(temp, bytes).map_err(|source| atlas_core::write_file::WriteError::Io {
                path: self.tile.clone(),
                source,
            })
        });
        let _ = std::fs::write(&self.meta, meta);
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use std::io::{BufRead, BufReader, Write};
    use std::net::TcpListener;

    /// A tile server on 127.0.0.1 that answers exactly `answers.len()` requests, in order, each with
    /// (status, extra headers, body), and gives back the requests it saw (request line and headers).
    /// The caller drives it to the end: it serves, then the thread ends, and `join` returns.
    /// A response: status, extra headers, body.
    pub(crate) type Answer = (u16, Vec<(String, String)>, Vec<u8>);

    pub(crate) fn serve(answers: Vec<Answer>) -> (String, std::thread::JoinHandle<Vec<String>>) {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let base = format!("http://{}", listener.local_addr().expect("addr"));
        let handle = std::thread::spawn(move || {
            let mut seen = Vec::new();
            for (status, headers, body) in answers {
                let Ok((stream, _)) = listener.accept() else {
                    break;
                };
                let mut reader = BufReader::new(stream.try_clone().expect("clone"));
                let mut request = String::new();
                loop {
                    let mut line = String::new();
                    if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                        break;
                    }
                    request.push_str(&line);
                }
                seen.push(request);
                let mut out = stream;
                let reason = if status == 200 { "OK" } else { "X" };
                let mut head = format!(
                    "HTTP/1.1 {status} {reason}\r\ncontent-length: {}\r\nconnection: close\r\n",
                    body.len()
                );
                for (k, v) in headers {
                    head.push_str(&format!("{k}: {v}\r\n"));
                }
                head.push_str("\r\n");
                let _ = out.write_all(head.as_bytes());
                let _ = out.write_all(&body);
                let _ = out.flush();
            }
            seen
        });
        (base, handle)
    }

    pub(crate) fn png(colour: [u8; 4]) -> Vec<u8> {
        let mut png = Vec::new();
        image::RgbaImage::from_pixel(256, 256, image::Rgba(colour))
            .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
            .expect("png");
        png
    }

    #[test]
    fn a_tile_is_fetched_once_with_the_user_agent_then_served_from_the_cache() {
        let cache = tempfile::tempdir().expect("temp");
        let body = png([5, 6, 7, 255]);
        let (base, server) = serve(vec![(
            200,
            vec![
                ("cache-control".into(), "max-age=3600".into()),
                ("etag".into(), "\"v1\"".into()),
            ],
            body.clone(),
        )]);
        let tiles = HttpTiles::new(
            &format!("{base}/{{z}}/{{x}}/{{y}}.png"),
            Some(cache.path().into()),
        )
        .expect("template");
        let id = TileId { z: 3, x: 4, y: 2 };
        assert_eq!(tiles.fetch(id).expect("fetched"), Some(body.clone()));
        let seen = server.join().expect("server");
        assert_eq!(seen.len(), 1);
        assert!(seen[0].starts_with("GET /3/4/2.png "), "{}", seen[0]);
        let agent = seen[0]
            .lines()
            .find(|l| l.to_ascii_lowercase().starts_with("user-agent:"))
            .expect("agent");
        assert!(agent.contains("AleppoAtlas/"), "{agent}");
        // The server is gone: the fresh tile comes from the cache, with no request.
        assert_eq!(tiles.fetch(id).expect("cached"), Some(body));
    }

    #[test]
    fn an_expired_tile_is_asked_for_with_its_etag_and_a_304_keeps_it() {
        let cache = tempfile::tempdir().expect("temp");
        let body = png([1, 1, 1, 255]);
        let (base, server) = serve(vec![
            (
                200,
                vec![
                    ("cache-control".into(), "max-age=0".into()),
                    ("etag".into(), "\"abc\"".into()),
                ],
                body.clone(),
            ),
            (
                304,
                vec![("cache-control".into(), "max-age=600".into())],
                Vec::new(),
            ),
        ]);
        let tiles = HttpTiles::new(
            &format!("{base}/{{z}}/{{x}}/{{y}}.png"),
            Some(cache.path().into()),
        )
        .expect("template");
        let id = TileId { z: 1, x: 1, y: 1 };
        assert_eq!(tiles.fetch(id).expect("first"), Some(body.clone()));
        assert_eq!(tiles.fetch(id).expect("revalidated"), Some(body.clone()));
        let seen = server.join().expect("server");
        assert!(
            seen[1]
                .to_ascii_lowercase()
                .contains("if-none-match: \"abc\""),
            "{}",
            seen[1]
        );
        // Fresh now for ten minutes: no third request (the server would not answer it).
        assert_eq!(tiles.fetch(id).expect("cached"), Some(body));
    }

    #[test]
    fn no_server_means_an_error_naming_the_address_and_no_store_is_not_kept() {
        let cache = tempfile::tempdir().expect("temp");
        // A port that was open and is closed again.
        let port = TcpListener::bind("127.0.0.1:0")
            .expect("bind")
            .local_addr()
            .expect("addr")
            .port();
        let tiles = HttpTiles::new(
            &format!("http://127.0.0.1:{port}/{{z}}/{{x}}/{{y}}.png"),
            Some(cache.path().into()),
        )
        .expect("template");
        let err = tiles
            .fetch(TileId { z: 0, x: 0, y: 0 })
            .expect_err("offline")
            .to_string();
        assert!(
            err.contains(&format!("127.0.0.1:{port}/0/0/0.png")),
            "{err}"
        );
        assert_eq!(expiry(Some("no-store"), None), None);
        assert!(expiry(Some("public, max-age=60"), None).is_some_and(|t| t >= now() + 59));
        assert_eq!(
            expiry(None, Some("Thu, 01 Jan 2015 00:00:00 GMT")),
            Some(1_420_070_400)
        );
        assert!(HttpTiles::new("https://example.org/tiles.png", None).is_err());
        assert!(HttpTiles::new("file:///{z}/{x}/{y}", None).is_err());
    }
}
