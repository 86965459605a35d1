//! Tile bytes (PNG, JPEG or WebP) to RGBA pixels, bounded: a tile larger than
//! [`MAX_TILE_SIDE`] pixels a side, or of another format, is refused.

use crate::{TileError, TileId};
use image::RgbaImage;

/// The largest tile side accepted (tiles are 256 or 512 pixels; 1024 for the "@4x" ones).
pub const MAX_TILE_SIDE: u32 = 1024;

/// The largest tile accepted, in bytes, from any source.
pub const MAX_TILE_BYTES: usize = 4 * 1024 * 1024;

/// Decodes a tile's bytes.
pub fn decode(id: TileId, bytes: &[u8]) -> Result<RgbaImage, TileError> {
    let problem = |problem: String| TileError::Decode {
        z: id.z,
        x: id.x,
        y: id.y,
        problem,
    };
    let format = image::guess_format(bytes).map_err(|_| {
        problem("not a PNG, JPEG or WebP image (vector tiles are not drawn)".to_string())
    })?;
    if !matches!(
        format,
        image::ImageFormat::Png | image::ImageFormat::Jpeg | image::ImageFormat::WebP
    ) {
        return Err(problem(format!(
            "a {format:?} image; tiles are drawn from PNG, JPEG or WebP"
        )));
    }
    let mut reader = image::ImageReader::with_format(std::io::Cursor::new(bytes), format);
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(MAX_TILE_SIDE);
    limits.max_image_height = Some(MAX_TILE_SIDE);
    limits.max_alloc = Some(64 * 1024 * 1024);
    reader.limits(limits);
    let image = reader.decode().map_err(|e| problem(e.to_string()))?;
    Ok(image.to_rgba8())
}

#[cfg(test)]
mod tests {
    use super::*;

    const ID: TileId = TileId { z: 1, x: 0, y: 0 };

    #[test]
    fn a_png_tile_decodes_and_garbage_says_what_it_is_not() {
        let mut png = Vec::new();
        let image = RgbaImage::from_pixel(4, 4, image::Rgba([10, 20, 30, 255]));
        image
            .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
            .expect("encode");
        let back = decode(ID, &png).expect("decodes");
        assert_eq!(back.get_pixel(2, 2).0, [10, 20, 30, 255]);
        let err = decode(ID, b"\x1a\x03gzip-or-protobuf").expect_err("refused");
        assert!(err.to_string().contains("vector tiles"), "{err}");
        // A truncated PNG names the tile.
        let err = decode(ID, &png[..png.len() / 2]).expect_err("refused");
        assert!(err.to_string().starts_with("tile 1/0/0"), "{err}");
    }

    #[test]
    fn a_huge_tile_is_refused_before_it_is_decoded() {
        // A PNG header claiming 100000 × 100000 pixels.
        let mut png = Vec::new();
        let image = RgbaImage::new(2000, 1);
        image
            .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
            .expect("encode");
        assert!(decode(ID, &png).is_err());
    }
}
