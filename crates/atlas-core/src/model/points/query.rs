//! What a points layer shows at a day: every point up to the day ([`Window::Cumulative`], e.g.
//! damage) or those of the last days before it ([`Window::Days`], e.g. a week of events), filtered by
//! category, actor and fatalities; and a grid of bins for dense views. Points are sorted by their first
//! day, so a query is two binary searches and a scan of the points that can be in the window.

use super::{DatedPoint, PointLayer};
use crate::model::fast_hash::FastMap;
use chrono::{Days, NaiveDate};

/// Which days count at a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Window {
    /// Every point dated up to the end of the day.
    #[default]
    Cumulative,
    /// Points dated within the last `n` days up to and including the day (n ≥ 1).
    Days(u32),
}

impl Window {
    /// The first day the window holds at `day` (None: no first day).
    fn first_day(self, day: NaiveDate) -> Option<NaiveDate> {
        match self {
            Self::Cumulative => None,
            Self::Days(n) => Some(
                day.checked_sub_days(Days::new(u64::from(n.max(1)) - 1))
                    .unwrap_or(NaiveDate::MIN),
            ),
        }
    }
}

/// Which points are shown; the default shows all.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PointFilter {
    /// Categories hidden, by number.
    pub hidden: Vec<u16>,
    /// Only points whose actors contain this text (any case); empty: any.
    pub actor: String,
    /// Only points with at least this many fatalities.
    pub min_fatalities: Option<u32>,
}

impl PointFilter {
    /// Whether a point passes the filter (`actor_lower` is the actor text in lower case).
    fn passes(&self, point: &DatedPoint, actor_lower: &str) -> bool {
        if self.hidden.contains(&point.category) {
            return false;
        }
        if let Some(min) = self.min_fatalities {
            if point.fatalities.unwrap_or(0) < min {
                return false;
            }
        }
        actor_lower.is_empty() || point.actors.to_lowercase().contains(actor_lower)
    }
}

/// The numbers of the points shown at `day`: those whose days overlap the window, in order of first day.
pub fn points_at(
    layer: &PointLayer,
    day: NaiveDate,
    window: Window,
    filter: &PointFilter,
) -> Vec<u32> {
    let points = &layer.points;
    let end = points.partition_point(|p| p.from <= day);
    let first_day = window.first_day(day);
    // Points starting before the window may still reach into it by their range.
    let start = match first_day {
        None => 0,
        Some(first) => {
            let reach = first
                .checked_sub_days(Days::new(layer.longest_span_days.max(0).unsigned_abs()))
                .unwrap_or(NaiveDate::MIN);
            points.partition_point(|p| p.from < reach)
        }
    };
    let actor = filter.actor.trim().to_lowercase();
    let no_filter = filter == &PointFilter::default();
    (start..end)
        .filter(|&i| {
            let p = &points[i];
            first_day.is_none_or(|f| p.to >= f) && (no_filter || filter.passes(p, &actor))
        })
        .filter_map(|i| u32::try_from(i).ok())
        .collect()
}

/// A cell of the grid: how many points fell in it, their mean position and their most common category.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bin {
    pub x: f32,
    pub y: f32,
    pub count: u32,
    pub category: u16,
}

/// Bins positions (x, y, category) into square cells of `cell` units; cells in no order. Positions
/// that are not finite are skipped.
pub fn bin_positions(positions: impl Iterator<Item = (f32, f32, u16)>, cell: f32) -> Vec<Bin> {
    let cell = if cell.is_finite() && cell > 0.0 {
        cell
    } else {
        1.0
    };
    let keyed: Vec<(CellKey, (f32, f32, u16))> = positions
        .filter(|(x, y, _)| x.is_finite() && y.is_finite())
        .map(|p| {
            let key = ((p.0 / cell).floor() as i64, (p.1 / cell).floor() as i64);
            (key, p)
        })
        .collect();
    let (Some(min_x), Some(min_y)) = (
        keyed.iter().map(|(k, _)| k.0).min(),
        keyed.iter().map(|(k, _)| k.1).min(),
    ) else {
        return Vec::new();
    };
    let max_x = keyed.iter().map(|(k, _)| k.0).max().unwrap_or(min_x);
    let max_y = keyed.iter().map(|(k, _)| k.1).max().unwrap_or(min_y);
    let columns = max_x - min_x + 1;
    // A screen's worth of cells is a dense grid; a spread the grid could not hold goes by hash.
    let dense = columns
        .checked_mul(max_y - min_y + 1)
        .filter(|&n| n <= 1 << 22);
    let mut cells: Vec<CellSum> = Vec::new();
    let mut slot_of_dense: Vec<u32> = vec![u32::MAX; dense.unwrap_or(0) as usize];
    let mut slot_of_hashed: FastMap<CellKey, u32> = FastMap::default();
    for (key, (x, y, category)) in keyed {
        let slot = match dense {
            Some(_) => &mut slot_of_dense[((key.1 - min_y) * columns + key.0 - min_x) as usize],
            None => slot_of_hashed.entry(key).or_insert(u32::MAX),
        };
        if *slot == u32::MAX {
            *slot = cells.len() as u32;
            cells.push(CellSum::default());
        }
        cells[*slot as usize].add(x, y, category);
    }
    cells.into_iter().map(CellSum::bin).collect()
}

/// A cell's column and row.
type CellKey = (i64, i64);

/// The points of one cell so far.
#[derive(Default)]
struct CellSum {
    sum: (f64, f64),
    count: u32,
    categories: smallvec::SmallVec<[(u16, u32); 4]>,
}

impl CellSum {
    fn add(&mut self, x: f32, y: f32, category: u16) {
        self.sum.0 += f64::from(x);
        self.sum.1 += f64::from(y);
        self.count += 1;
        match self.categories.iter_mut().find(|(k, _)| *k == category) {
            Some((_, n)) => *n += 1,
            None => self.categories.push((category, 1)),
        }
    }

    fn bin(self) -> Bin {
        Bin {
            x: (self.sum.0 / f64::from(self.count)) as f32,
            y: (self.sum.1 / f64::from(self.count)) as f32,
            count: self.count,
            category: self
                .categories
                .iter()
                .max_by_key(|(k, n)| (*n, std::cmp::Reverse(*k)))
                .map_or(0, |(k, _)| *k),
        }
    }
}
