//! Stripes clipped to a polygon, in screen space so they keep the same spacing at every zoom: each
//! stripe line is cut by the polygon's rings (even-odd), and the inside pieces are returned; and those
//! pieces cut into dashes or dots.

use egui::Pos2;

/// Which way the stripes lean.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lean {
    /// Like `/`.
    Forward,
    /// Like `\`.
    Back,
    /// Like `-`.
    Level,
    /// Like `|`.
    Upright,
}

/// The pieces of the stripes `spacing` points apart that lie inside the rings (screen coordinates).
pub fn stripes(rings: &[Vec<Pos2>], spacing: f32, lean: Lean) -> Vec<[Pos2; 2]> {
    // A stripe is the set of points where `key(p)` is constant; `along` orders points on it.
    let key = |p: Pos2| match lean {
        Lean::Forward => p.x + p.y,
        Lean::Back => p.x - p.y,
        Lean::Level => p.y,
        Lean::Upright => p.x,
    };
    let along = |p: &Pos2| match lean {
        Lean::Upright => p.y,
        _ => p.x,
    };
    let (mut lo, mut hi) = (f32::INFINITY, f32::NEG_INFINITY);
    for p in rings.iter().flatten() {
        lo = lo.min(key(*p));
        hi = hi.max(key(*p));
    }
    if !(lo.is_finite() && hi.is_finite()) || spacing <= 0.0 {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut crossings: Vec<Pos2> = Vec::new();
    // Stripes sit on multiples of the spacing, so neighbouring districts' stripes line up.
    let mut k = (lo / spacing).ceil() * spacing;
    let mut guard = 0;
    while k <= hi && guard < 10_000 {
        guard += 1;
        crossings.clear();
        for ring in rings {
            let n = ring.len();
            for i in 0..n {
                let a = ring[i];
                let b = ring[(i + 1) % n];
                let (fa, fb) = (key(a) - k, key(b) - k);
                if (fa > 0.0) != (fb > 0.0) {
                    let t = fa / (fa - fb);
                    crossings.push(a + (b - a) * t);
                }
            }
        }
        crossings.sort_by(|p, q| along(p).total_cmp(&along(q)));
        for pair in crossings.chunks_exact(2) {
            // A stripe through a vertex can give an empty piece.
            if (pair[1] - pair[0]).length_sq() > 1e-6 {
                out.push([pair[0], pair[1]]);
            }
        }
        k += spacing;
    }
    out
}

/// The pieces cut into dashes `dash` long with `gap` between them (a dash shorter than its width
/// draws as a dot). Dashes start on multiples of `dash + gap` along the screen's x (y for upright
/// pieces), so the dashes of neighbouring pieces line up.
pub fn dashes(pieces: &[[Pos2; 2]], dash: f32, gap: f32) -> Vec<[Pos2; 2]> {
    let period = dash + gap;
    if period <= 0.0 || dash <= 0.0 {
        return pieces.to_vec();
    }
    let mut out = Vec::new();
    for &[a, b] in pieces {
        let upright = (b.x - a.x).abs() < 1e-3;
        let (from, to) = if upright { (a.y, b.y) } else { (a.x, b.x) };
        let (from, to, a, b) = if from <= to {
            (from, to, a, b)
        } else {
            (to, from, b, a)
        };
        let span = to - from;
        if span <= 0.0 {
            continue;
        }
        let at = |u: f32| a + (b - a) * ((u - from) / span);
        let mut start = (from / period).floor() * period;
        let mut guard = 0;
        while start < to && guard < 10_000 {
            guard += 1;
            let (s, e) = (start.max(from), (start + dash).min(to));
            if e > s {
                out.push([at(s), at(e)]);
            }
            start += period;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stripes_stay_inside_a_square() {
        let square = vec![vec![
            Pos2::new(0.0, 0.0),
            Pos2::new(100.0, 0.0),
            Pos2::new(100.0, 100.0),
            Pos2::new(0.0, 100.0),
        ]];
        let pieces = stripes(&square, 10.0, Lean::Forward);
        assert!(pieces.len() >= 18, "{}", pieces.len());
        for [a, b] in pieces {
            for p in [a, b] {
                assert!((-0.01..=100.01).contains(&p.x) && (-0.01..=100.01).contains(&p.y));
            }
        }
    }

    #[test]
    fn a_hole_cuts_the_stripes() {
        let outer = vec![
            Pos2::new(0.0, 0.0),
            Pos2::new(100.0, 0.0),
            Pos2::new(100.0, 100.0),
            Pos2::new(0.0, 100.0),
        ];
        let hole = vec![
            Pos2::new(40.0, 40.0),
            Pos2::new(60.0, 40.0),
            Pos2::new(60.0, 60.0),
            Pos2::new(40.0, 60.0),
        ];
        let pieces = stripes(&[outer, hole], 10.0, Lean::Back);
        let centre = Pos2::new(50.0, 50.0);
        for [a, b] in pieces {
            // No piece passes through the hole's centre.
            let t = ((centre - a).dot(b - a) / (b - a).length_sq()).clamp(0.0, 1.0);
            assert!((a + (b - a) * t - centre).length() > 5.0);
        }
    }

    #[test]
    fn level_and_upright_stripes_run_across_and_down() {
        let square = vec![vec![
            Pos2::new(0.0, 0.0),
            Pos2::new(100.0, 0.0),
            Pos2::new(100.0, 100.0),
            Pos2::new(0.0, 100.0),
        ]];
        let level = stripes(&square, 10.0, Lean::Level);
        assert!(level.len() >= 9 && level.iter().all(|[a, b]| (a.y - b.y).abs() < 1e-3));
        let upright = stripes(&square, 10.0, Lean::Upright);
        assert!(upright.len() >= 9 && upright.iter().all(|[a, b]| (a.x - b.x).abs() < 1e-3));
        assert!(upright.iter().all(|[a, b]| (a.y - b.y).abs() > 99.0));
    }

    #[test]
    fn dashes_cover_their_share_of_each_piece() {
        let pieces = [[Pos2::new(0.0, 5.0), Pos2::new(100.0, 5.0)]];
        let cut = dashes(&pieces, 4.0, 6.0);
        assert_eq!(cut.len(), 10);
        let drawn: f32 = cut.iter().map(|[a, b]| (*b - *a).length()).sum();
        assert!((drawn - 40.0).abs() < 1e-3, "{drawn}");
        let down = dashes(&[[Pos2::new(3.0, 0.0), Pos2::new(3.0, 50.0)]], 5.0, 5.0);
        assert_eq!(down.len(), 5);
    }
}
