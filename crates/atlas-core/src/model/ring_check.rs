//! Is a polygon valid? Its rings must be simple (no crossing, touching, spike or repeated vertex), must
//! not cross or overlap one another, and every hole must lie inside the exterior and outside the other
//! holes. Checked in O(n log n) for n vertices, whatever the shape, with one sweep of a vertical line
//! from left to right (Shamos and Hoey's test): segments that meet must be neighbours, in the order of
//! their heights, at some point of the sweep, so only neighbours are ever compared. All predicates are
//! exact (geo's robust orientation), so the answer does not depend on rounding.
//!
//! geo's own `Validation` compares every pair of segments: a 100,000-vertex district took minutes.

use geo::kernels::{Kernel, Orientation};
use geo::{Coord, Polygon};
use std::cmp::Ordering;
use std::collections::{BTreeSet, HashMap};

use std::ops::Bound;

type K = <f64 as geo::GeoNum>::Ker;

/// Why a polygon is invalid, in words, with the place (ring and coordinates) where it shows.
#[derive(Debug, Clone, PartialEq)]
pub enum RingProblem {
    /// Two segments of one ring cross or touch (or the ring doubles back on itself).
    SelfIntersection { ring: usize, at: Coord<f64> },
    /// A vertex comes back later in the same ring (the ring touches itself there).
    RepeatedVertex { ring: usize, at: Coord<f64> },
    /// Two rings cross, or run along each other.
    RingsCross {
        rings: (usize, usize),
        at: Coord<f64>,
    },
    /// A hole lies outside the exterior or inside another hole.
    HoleOutside { ring: usize },
    /// A ring with fewer than three distinct points encloses nothing.
    TooFewPoints { ring: usize },
    /// The check was cancelled before it ended.
    Cancelled,
}

impl std::fmt::Display for RingProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let near = |c: &Coord<f64>| format!("near {:.6}, {:.6}", c.x, c.y);
        match self {
            Self::SelfIntersection { ring, at } => {
                write!(f, "{} intersects itself {}", role(*ring), near(at))
            }
            Self::RepeatedVertex { ring, at } => write!(
                f,
                "{} passes twice through the same point (it intersects itself) {}",
                role(*ring),
                near(at)
            ),
            Self::RingsCross { rings, at } => write!(
                f,
                "{} and {} intersect {}",
                role(rings.0),
                role(rings.1),
                near(at)
            ),
            Self::HoleOutside { ring } => write!(
                f,
                "{} (a hole) is not inside the exterior ring, or lies inside another hole",
                role(*ring)
            ),
            Self::TooFewPoints { ring } => {
                write!(f, "{} has fewer than 3 distinct points", role(*ring))
            }
            Self::Cancelled => write!(f, "the check was cancelled"),
        }
    }
}

fn role(ring: usize) -> String {
    if ring == 0 {
        "ring[0] (the exterior)".into()
    } else {
        format!("ring[{ring}] (hole {ring})")
    }
}

/// How often the sweep asks whether it was cancelled (in events).
const CANCEL_EVERY: usize = 4096;

/// The first problem found in `polygon`, or None when it is valid. `cancelled` is asked now and then;
/// once it says true, the check ends with [`RingProblem::Cancelled`].
pub fn polygon_problem(
    polygon: &Polygon<f64>,
    cancelled: &dyn Fn() -> bool,
) -> Option<RingProblem> {
    let owned: Vec<Vec<Coord<f64>>> = std::iter::once(polygon.exterior())
        .chain(polygon.interiors())
        .map(|r| open_ring(&r.0))
        .collect();
    let rings: Vec<&[Coord<f64>]> = owned.iter().map(Vec::as_slice).collect();
    if let Some(ring) = rings.iter().position(|r| r.len() < 3) {
        return Some(RingProblem::TooFewPoints { ring });
    }
    if let Some(p) = repeated_vertex(&rings) {
        return Some(p);
    }
    let segments = segments_of(&rings);
    Sweep::new(&rings, &segments).run(cancelled)
}

/// A ring's vertices without the closing repeat of the first, nor a point repeated at once (a
/// zero-length edge is tolerated).
fn open_ring(coords: &[Coord<f64>]) -> Vec<Coord<f64>> {
    let mut open: Vec<Coord<f64>> = Vec::with_capacity(coords.len());
    for &c in coords {
        if open.last() != Some(&c) {
            open.push(c);
        }
    }
    if open.len() > 1 && open.first() == open.last() {
        open.pop();
    }
    open
}

/// A vertex that appears twice in one ring (the closing point aside).
fn repeated_vertex(rings: &[&[Coord<f64>]]) -> Option<RingProblem> {
    for (ring, coords) in rings.iter().enumerate() {
        let mut seen: HashMap<(u64, u64), ()> = HashMap::with_capacity(coords.len());
        for c in coords.iter() {
            // -0.0 and 0.0 are the same point.
            let key = ((c.x + 0.0).to_bits(), (c.y + 0.0).to_bits());
            if seen.insert(key, ()).is_some() {
                return Some(RingProblem::RepeatedVertex { ring, at: *c });
            }
        }
    }
    None
}

/// One edge of a ring, from its left end (smaller x, then smaller y) to its right end.
#[derive(Debug, Clone, Copy)]
struct Segment {
    left: Coord<f64>,
    right: Coord<f64>,
    ring: usize,
    /// Its place in the ring (edge `index` runs from vertex `index` to the next).
    index: usize,
    /// Whether the polygon's inside lies just above it.
    inside_above: bool,
}

fn lexi(a: Coord<f64>, b: Coord<f64>) -> Ordering {
    a.x.total_cmp(&b.x).then(a.y.total_cmp(&b.y))
}

fn segments_of(rings: &[&[Coord<f64>]]) -> Vec<Segment> {
    let mut out = Vec::with_capacity(rings.iter().map(|r| r.len()).sum());
    for (ring, coords) in rings.iter().enumerate() {
        let counter_clockwise = signed_area(coords) > 0.0;
        let n = coords.len();
        for index in 0..n {
            let (a, b) = (coords[index], coords[(index + 1) % n]);
            let rightwards = lexi(a, b) == Ordering::Less;
            // A counter-clockwise ring has its inside on the left of each edge: above a rightward one.
            let ring_inside_above = counter_clockwise == rightwards;
            let (left, right) = if rightwards { (a, b) } else { (b, a) };
            out.push(Segment {
                left,
                right,
                ring,
                index,
                inside_above: if ring == 0 {
                    ring_inside_above
                } else {
                    !ring_inside_above
                },
            });
        }
    }
    out
}

fn signed_area(coords: &[Coord<f64>]) -> f64 {
    let n = coords.len();
    (0..n)
        .map(|i| {
            let (a, b) = (coords[i], coords[(i + 1) % n]);
            a.x * b.y - b.x * a.y
        })
        .sum::<f64>()
        / 2.0
}

fn orient(a: Coord<f64>, b: Coord<f64>, c: Coord<f64>) -> Ordering {
    match K::orient2d(a, b, c) {
        Orientation::CounterClockwise => Ordering::Greater,
        Orientation::Clockwise => Ordering::Less,
        Orientation::Collinear => Ordering::Equal,
    }
}

/// Whether `p`, collinear with segment `s`, lies within its extent.
fn on_segment(s: &Segment, p: Coord<f64>) -> bool {
    lexi(s.left, p) != Ordering::Greater && lexi(p, s.right) != Ordering::Greater
}

/// Where two segments meet, if they do (one such point).
fn meeting(a: &Segment, b: &Segment) -> Option<Coord<f64>> {
    let o1 = orient(a.left, a.right, b.left);
    let o2 = orient(a.left, a.right, b.right);
    let o3 = orient(b.left, b.right, a.left);
    let o4 = orient(b.left, b.right, a.right);
    let strict = [o1, o2, o3, o4].iter().all(|o| *o != Ordering::Equal);
    if strict && o1 != o2 && o3 != o4 {
        return Some(crossing_point(a, b));
    }
    [
        (o1, a, b.left),
        (o2, a, b.right),
        (o3, b, a.left),
        (o4, b, a.right),
    ]
    .iter()
    .find(|(o, s, p)| *o == Ordering::Equal && on_segment(s, *p))
    .map(|(_, _, p)| *p)
}

fn crossing_point(a: &Segment, b: &Segment) -> Coord<f64> {
    let (p, r) = (a.left, a.right - a.left);
    let (q, s) = (b.left, b.right - b.left);
    let denominator = r.x * s.y - r.y * s.x;
    if denominator == 0.0 {
        return a.left;
    }
    let t = ((q.x - p.x) * s.y - (q.y - p.y) * s.x) / denominator;
    p + r * t
}

/// Whether two edges of one ring follow each other (they share a vertex by construction).
fn adjacent(a: &Segment, b: &Segment, ring_len: usize) -> bool {
    a.ring == b.ring && {
        let (i, j) = (a.index, b.index);
        (i + 1) % ring_len == j || (j + 1) % ring_len == i
    }
}

/// The problem two neighbouring segments make, if any.
fn conflict(a: &Segment, b: &Segment, rings: &[&[Coord<f64>]]) -> Option<RingProblem> {
    let at = meeting(a, b)?;
    if a.ring != b.ring {
        // Rings may touch at a point; they may not cross or run along each other.
        return crosses(a, b).then_some(RingProblem::RingsCross {
            rings: (a.ring.min(b.ring), a.ring.max(b.ring)),
            at,
        });
    }
    if adjacent(a, b, rings[a.ring].len()) && !doubles_back(a, b) {
        return None;
    }
    Some(RingProblem::SelfIntersection { ring: a.ring, at })
}

/// Two segments (of different rings) that cross properly or overlap along a line.
fn crosses(a: &Segment, b: &Segment) -> bool {
    let o1 = orient(a.left, a.right, b.left);
    let o2 = orient(a.left, a.right, b.right);
    let o3 = orient(b.left, b.right, a.left);
    let o4 = orient(b.left, b.right, a.right);
    let proper = o1 != Ordering::Equal
        && o2 != Ordering::Equal
        && o3 != Ordering::Equal
        && o4 != Ordering::Equal
        && o1 != o2
        && o3 != o4;
    let collinear_overlap = o1 == Ordering::Equal
        && o2 == Ordering::Equal
        && lexi(a.left.max_by_lexi(b.left), a.right.min_by_lexi(b.right)) == Ordering::Less;
    proper || collinear_overlap
}

/// Two consecutive edges that run back along each other (a spike).
fn doubles_back(a: &Segment, b: &Segment) -> bool {
    orient(a.left, a.right, b.left) == Ordering::Equal
        && orient(a.left, a.right, b.right) == Ordering::Equal
        && lexi(a.left.max_by_lexi(b.left), a.right.min_by_lexi(b.right)) == Ordering::Less
}

trait Lexi {
    fn max_by_lexi(self, other: Self) -> Self;
    fn min_by_lexi(self, other: Self) -> Self;
}

impl Lexi for Coord<f64> {
    fn max_by_lexi(self, other: Self) -> Self {
        if lexi(self, other) == Ordering::Less {
            other
        } else {
            self
        }
    }
    fn min_by_lexi(self, other: Self) -> Self {
        if lexi(self, other) == Ordering::Greater {
            other
        } else {
            self
        }
    }
}

/// A segment in the sweep's status, ordered by height where both are present. Segments in the status
/// never cross (the sweep stops at the first that do), so this order holds while both are in it.
#[derive(Clone, Copy)]
struct Active<'s> {
    segment: &'s Segment,
    id: usize,
}

impl Ord for Active<'_> {
    fn cmp(&self, other: &Self) -> Ordering {
        if self.id == other.id {
            return Ordering::Equal;
        }
        let (a, b) = (self.segment, other.segment);
        // Compare at the later of the two left ends: whose left end is above the other segment.
        let height = if lexi(a.left, b.left) != Ordering::Less {
            orient(b.left, b.right, a.left).then_with(|| orient(b.left, b.right, a.right))
        } else {
            orient(a.left, a.right, b.left)
                .then_with(|| orient(a.left, a.right, b.right))
                .reverse()
        };
        // Collinear: the one that starts first, then the one that ends first (so that overlapping
        // collinear segments sit next to each other and are compared).
        height
            .then_with(|| lexi(a.left, b.left))
            .then_with(|| lexi(a.right, b.right))
            .then(self.id.cmp(&other.id))
    }
}

impl PartialOrd for Active<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for Active<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}

impl Eq for Active<'_> {}

struct Sweep<'r> {
    rings: &'r [&'r [Coord<f64>]],
    segments: &'r [Segment],
    /// (point, is a right end, segment), in sweep order.
    events: Vec<(Coord<f64>, bool, usize)>,
}

impl<'r> Sweep<'r> {
    fn new(rings: &'r [&'r [Coord<f64>]], segments: &'r [Segment]) -> Self {
        let mut events = Vec::with_capacity(2 * segments.len());
        for (i, s) in segments.iter().enumerate() {
            events.push((s.left, false, i));
            events.push((s.right, true, i));
        }
        // At one point, the segments that end there leave before those that start there join: a
        // segment never has to be ordered against one it only meets at an end (two rings may touch
        // at a point; one ring passing twice through a point is found by `repeated_vertex`).
        events.sort_by(|a, b| lexi(a.0, b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
        Self {
            rings,
            segments,
            events,
        }
    }

    fn run(&self, cancelled: &dyn Fn() -> bool) -> Option<RingProblem> {
        let mut status: BTreeSet<Active> = BTreeSet::new();
        let mut hole_checked = vec![false; self.rings.len()];
        for (n, &(point, is_right, id)) in self.events.iter().enumerate() {
            if n % CANCEL_EVERY == 0 && cancelled() {
                return Some(RingProblem::Cancelled);
            }
            let active = Active {
                segment: &self.segments[id],
                id,
            };
            if is_right {
                let below = status.range(..active).next_back().copied();
                let above = status
                    .range((Bound::Excluded(active), Bound::Unbounded))
                    .next()
                    .copied();
                status.remove(&active);
                if let (Some(b), Some(a)) = (below, above) {
                    if let Some(p) = conflict(b.segment, a.segment, self.rings) {
                        return Some(p);
                    }
                }
                continue;
            }
            let ring = active.segment.ring;
            if ring > 0 && !hole_checked[ring] {
                // The hole's leftmost point: inside the polygon if what lies just below it has the
                // polygon's inside above it.
                hole_checked[ring] = true;
                if !self.inside(&status, point) {
                    return Some(RingProblem::HoleOutside { ring });
                }
            }
            status.insert(active);
            let below = status.range(..active).next_back().copied();
            let above = status
                .range((Bound::Excluded(active), Bound::Unbounded))
                .next()
                .copied();
            for neighbour in [below, above].into_iter().flatten() {
                if let Some(p) = conflict(active.segment, neighbour.segment, self.rings) {
                    return Some(p);
                }
            }
        }
        None
    }

    /// Whether `point` (not on any active segment of another ring, else it is judged inside: rings
    /// may touch) lies inside the polygon, judged by the nearest active segment below it.
    fn inside(&self, status: &BTreeSet<Active>, point: Coord<f64>) -> bool {
        let probe = Segment {
            left: point,
            right: point,
            ring: usize::MAX,
            index: 0,
            inside_above: false,
        };
        let key = Active {
            segment: &probe,
            id: usize::MAX,
        };
        let below = status
            .range(..key)
            .rev()
            // A vertical segment only touches the point's x; the face right of it is what counts.
            .find(|a| a.segment.left.x != a.segment.right.x);
        match below {
            None => false,
            Some(a) if orient(a.segment.left, a.segment.right, point) == Ordering::Equal => true,
            Some(a) => a.segment.inside_above,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use geo::{coord, LineString};

    fn polygon(exterior: &[(f64, f64)], holes: &[&[(f64, f64)]]) -> Polygon<f64> {
        let ring = |points: &[(f64, f64)]| {
            let mut coords: Vec<Coord<f64>> =
                points.iter().map(|&(x, y)| coord! { x: x, y: y }).collect();
            coords.push(coords[0]);
            LineString::new(coords)
        };
        Polygon::new(ring(exterior), holes.iter().map(|h| ring(h)).collect())
    }

    fn problem(p: &Polygon<f64>) -> Option<RingProblem> {
        polygon_problem(p, &|| false)
    }

    const SQUARE: &[(f64, f64)] = &[(0.0, 0.0), (4.0, 0.0), (4.0, 4.0), (0.0, 4.0)];

    #[test]
    fn simple_shapes_are_valid_either_way_round() {
        assert_eq!(problem(&polygon(SQUARE, &[])), None);
        let clockwise: Vec<(f64, f64)> = SQUARE.iter().rev().copied().collect();
        assert_eq!(problem(&polygon(&clockwise, &[])), None);
        let u_shape = [
            (0.0, 0.0),
            (3.0, 0.0),
            (3.0, 3.0),
            (2.0, 3.0),
            (2.0, 1.0),
            (1.0, 1.0),
            (1.0, 3.0),
            (0.0, 3.0),
        ];
        assert_eq!(problem(&polygon(&u_shape, &[])), None);
    }

    #[test]
    fn a_ring_of_one_or_two_points_encloses_nothing() {
        let flat = [(0.0, 0.0), (1.0, 1.0), (1.0, 1.0)];
        assert_eq!(
            problem(&polygon(&flat, &[])),
            Some(RingProblem::TooFewPoints { ring: 0 })
        );
    }

    #[test]
    fn a_bow_tie_crosses_itself() {
        let bow_tie = [(0.0, 0.0), (2.0, 2.0), (2.0, 0.0), (0.0, 2.0)];
        let found = problem(&polygon(&bow_tie, &[])).expect("invalid");
        assert!(
            matches!(found, RingProblem::SelfIntersection { ring: 0, at } if (at.x - 1.0).abs() < 1e-9 && (at.y - 1.0).abs() < 1e-9),
            "{found:?}"
        );
        assert!(found.to_string().contains("intersects itself"));
    }

    #[test]
    fn a_spike_a_touch_and_a_figure_eight_are_invalid() {
        let spike = [
            (0.0, 0.0),
            (4.0, 0.0),
            (4.0, 4.0),
            (4.0, 6.0),
            (4.0, 4.0),
            (0.0, 4.0),
        ];
        assert!(problem(&polygon(&spike, &[])).is_some(), "spike");
        let vertex_on_edge = [
            (0.0, 0.0),
            (4.0, 0.0),
            (2.0, 2.0),
            (4.0, 4.0),
            (0.0, 4.0),
            (2.0, 0.0),
        ];
        assert!(problem(&polygon(&vertex_on_edge, &[])).is_some(), "touch");
        let figure_eight = [
            (0.0, 0.0),
            (2.0, 1.0),
            (4.0, 0.0),
            (4.0, 2.0),
            (2.0, 1.0),
            (0.0, 2.0),
        ];
        assert!(matches!(
            problem(&polygon(&figure_eight, &[])),
            Some(RingProblem::RepeatedVertex { .. })
        ));
    }

    #[test]
    fn holes_must_be_inside_and_apart() {
        let hole: &[(f64, f64)] = &[(1.0, 1.0), (2.0, 1.0), (2.0, 2.0), (1.0, 2.0)];
        assert_eq!(problem(&polygon(SQUARE, &[hole])), None);
        let reversed: Vec<(f64, f64)> = hole.iter().rev().copied().collect();
        assert_eq!(problem(&polygon(SQUARE, &[&reversed])), None);
        let outside: &[(f64, f64)] = &[(5.0, 1.0), (6.0, 1.0), (6.0, 2.0), (5.0, 2.0)];
        assert_eq!(
            problem(&polygon(SQUARE, &[outside])),
            Some(RingProblem::HoleOutside { ring: 1 })
        );
        let crossing: &[(f64, f64)] = &[(3.0, 1.0), (5.0, 1.0), (5.0, 2.0), (3.0, 2.0)];
        assert!(matches!(
            problem(&polygon(SQUARE, &[crossing])),
            Some(RingProblem::RingsCross { rings: (0, 1), .. })
        ));
        let inner: &[(f64, f64)] = &[(1.2, 1.2), (1.8, 1.2), (1.8, 1.8), (1.2, 1.8)];
        assert!(matches!(
            problem(&polygon(SQUARE, &[hole, inner])),
            Some(RingProblem::HoleOutside { ring: 2 } | RingProblem::RingsCross { .. })
        ));
    }

    /// A regular polygon of `n` vertices (convex, valid).
    fn circle(n: usize) -> Polygon<f64> {
        let points: Vec<(f64, f64)> = (0..n)
            .map(|i| {
                let t = i as f64 / n as f64 * std::f64::consts::TAU;
                (t.cos(), t.sin())
            })
            .collect();
        polygon(&points, &[])
    }

    /// A comb: `n` teeth, each a long thin spike, so every pair of teeth overlaps in x if lying down.
    fn comb(n: usize) -> Polygon<f64> {
        let mut points = vec![(0.0, 0.0)];
        for i in 0..n {
            let y = i as f64 * 2.0 + 1.0;
            points.push((1000.0, y));
            points.push((1000.0, y + 1.0));
            points.push((1.0, y + 1.0));
            points.push((1.0, y + 2.0));
        }
        points.push((0.0, n as f64 * 2.0 + 1.0));
        polygon(&points, &[])
    }

    #[test]
    fn large_valid_shapes_agree_with_geo() {
        use geo::Validation;
        for p in [circle(2_000), comb(500)] {
            assert_eq!(problem(&p), None);
            assert!(p.is_valid());
        }
    }

    #[test]
    fn a_crossing_anywhere_in_a_large_ring_is_found() {
        let mut p = circle(5_000);
        let mut coords = p.exterior().0.clone();
        coords.swap(1200, 3700);
        p = Polygon::new(LineString::new(coords), vec![]);
        assert!(matches!(
            problem(&p),
            Some(RingProblem::SelfIntersection { ring: 0, .. })
        ));
    }

    /// A small deterministic random source: `next(n)` is in 0..n.
    fn xorshift(mut seed: u64) -> impl FnMut(u64) -> u64 {
        move |n| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % n
        }
    }

    /// Judges every polygon `make` gives (None: skipped) by the sweep and by geo's pairwise
    /// validation; they must agree, and enough of each verdict must have been met.
    fn assert_agrees_with_geo(
        tries: usize,
        mut make: impl FnMut() -> Option<Polygon<f64>>,
        (least_invalid, least_valid): (usize, usize),
    ) {
        use geo::Validation;
        let (mut valid, mut invalid, mut disagreements) = (0, 0, Vec::new());
        for p in (0..tries).filter_map(|_| make()) {
            let ours = problem(&p).is_none();
            if ours {
                valid += 1;
            } else {
                invalid += 1;
            }
            if ours != p.is_valid() {
                disagreements.push(p);
            }
        }
        assert!(
            invalid >= least_invalid && valid >= least_valid,
            "{valid} valid, {invalid} not"
        );
        assert!(
            disagreements.is_empty(),
            "{} disagreements, first {:?}",
            disagreements.len(),
            disagreements.first()
        );
    }

    /// Small random rings on a coarse grid (full of touching, collinear and crossing edges).
    #[test]
    fn agrees_with_geo_on_random_degenerate_rings() {
        let mut next = xorshift(0x2545_f491_4f6c_dd1d);
        let make = move || {
            let len = 3 + next(8) as usize;
            let points: Vec<(f64, f64)> =
                (0..len).map(|_| (next(5) as f64, next(5) as f64)).collect();
            let p = polygon(&points, &[]);
            // Zero-length edges and flat rings: geo and the loader judge these apart.
            let degenerate = p.exterior().0.windows(2).any(|w| w[0] == w[1])
                || signed_area(&p.exterior().0) == 0.0;
            (!degenerate).then_some(p)
        };
        assert_agrees_with_geo(3000, make, (500, 100));
    }

    /// Random holes (inside, outside, crossing, touching, nested) in a fixed exterior.
    #[test]
    fn agrees_with_geo_on_random_holes() {
        let mut next = xorshift(0x9e37_79b9_7f4a_7c15);
        let exterior = [(0.0, 0.0), (8.0, 0.0), (8.0, 8.0), (0.0, 8.0)];
        let make = move || {
            let holes: Vec<Vec<(f64, f64)>> = (0..1 + next(2))
                .map(|_| {
                    let (x, y) = (next(9) as f64, next(9) as f64);
                    let (w, h) = (1.0 + next(4) as f64, 1.0 + next(4) as f64);
                    vec![(x, y), (x + w, y), (x + w, y + h), (x, y + h)]
                })
                .collect();
            let refs: Vec<&[(f64, f64)]> = holes.iter().map(Vec::as_slice).collect();
            Some(polygon(&exterior, &refs))
        };
        assert_agrees_with_geo(3000, make, (500, 300));
    }

    #[test]
    fn a_cancel_stops_the_sweep() {
        assert_eq!(
            polygon_problem(&circle(100_000), &|| true),
            Some(RingProblem::Cancelled)
        );
    }
}
