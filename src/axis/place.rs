//! Placing labels so none covers another: in rows of cells beside a horizontal axis, or one a
//! row down a vertical one.

/// The cells used in one row, as sorted, disjoint `[start, end)` stretches.
#[derive(Debug, Clone, Default)]
struct Row {
    used: Vec<(i32, i32)>,
}

impl Row {
    /// Whether cells `a` to `last` are free, with a free cell either side.
    fn free(&self, a: i32, last: i32) -> bool {
        self.used.iter().all(|&(s, e)| e < a || s > last + 1)
    }

    /// How many cells are free from `a` on, up to `limit`, leaving a cell before the next
    /// stretch used; zero if `a` itself (or the cell before it) is used.
    fn room_from(&self, a: i32, limit: i32) -> i32 {
        if !self.free(a, a) {
            return 0;
        }
        let next = self
            .used
            .iter()
            .filter(|&&(s, _)| s > a)
            .map(|&(s, _)| s - 1)
            .min()
            .unwrap_or(limit);
        next.min(limit) - a
    }

    fn take(&mut self, a: i32, b: i32) {
        let at = self.used.partition_point(|&(s, _)| s < a);
        self.used.insert(at, (a, b));
    }
}

/// Where a label went: its row, first cell and width.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Placed {
    pub row: usize,
    pub x: i32,
    pub width: i32,
}

/// Rows of cells `width` wide that labels are placed in, first come first served.
#[derive(Debug, Clone)]
pub struct Rows {
    rows: Vec<Row>,
    width: i32,
}

impl Rows {
    pub fn new(rows: usize, width: i32) -> Self {
        Self {
            rows: vec![Row::default(); rows],
            width,
        }
    }

    /// Marks `[a, b)` of a row as used by something else (a tick label, a marker).
    pub fn block(&mut self, row: usize, a: i32, b: i32) {
        if let Some(r) = self.rows.get_mut(row) {
            r.take(a, b);
        }
    }

    /// Places a label `want` cells wide attached to cell `anchor`: starting there, or else
    /// ending there, in the first of `order`'s rows where it fits whole; failing that, starting
    /// there cut to the room there is, if that is `min` cells or more.
    pub fn place(&mut self, anchor: i32, want: i32, min: i32, order: &[usize]) -> Option<Placed> {
        let want = want.min(self.width).max(1);
        let left = anchor.clamp(0, (self.width - want).max(0));
        let right = (anchor - want + 1).clamp(0, (self.width - want).max(0));
        for &row in order {
            let Some(r) = self.rows.get(row) else {
                continue;
            };
            for x in [left, right] {
                if (x == anchor || x + want - 1 == anchor) && r.free(x, x + want - 1) {
                    return Some(self.put(row, x, want));
                }
            }
        }
        for &row in order {
            let Some(r) = self.rows.get(row) else {
                continue;
            };
            let x = anchor.clamp(0, (self.width - 1).max(0));
            let room = r.room_from(x, self.width);
            if room >= min && min > 0 && x == anchor {
                return Some(self.put(row, x, room.min(want)));
            }
        }
        None
    }

    fn put(&mut self, row: usize, x: i32, width: i32) -> Placed {
        if let Some(r) = self.rows.get_mut(row) {
            r.take(x, x + width);
        }
        Placed { row, x, width }
    }
}

/// Rows for labels down a vertical axis, one label a row: `wants` are the rows the labels'
/// moments fall on, in time order, and `keep` says which to keep if not all fit (they are
/// dropped from the lowest `keep` up). Labels stay in time order and move as little as they
/// must from their rows, inside `0..rows`.
pub fn stack(wants: &[i32], keep: &[u8], rows: i32) -> Vec<Option<i32>> {
    let n = wants.len();
    let room = usize::try_from(rows.max(0)).unwrap_or(0);
    let mut kept = vec![true; n];
    if n > room {
        let mut order: Vec<usize> = (0..n).collect();
        order.sort_by_key(|&i| (keep.get(i).copied().unwrap_or(0), std::cmp::Reverse(i)));
        for &i in order.iter().take(n - room) {
            if let Some(k) = kept.get_mut(i) {
                *k = false;
            }
        }
    }
    let chosen: Vec<usize> = (0..n).filter(|&i| kept.get(i) == Some(&true)).collect();
    let mut at: Vec<i32> = chosen
        .iter()
        .map(|&i| {
            wants
                .get(i)
                .copied()
                .unwrap_or(0)
                .clamp(0, (rows - 1).max(0))
        })
        .collect();
    // Push down past the label above, then back up from the bottom.
    for k in 1..at.len() {
        let above = at.get(k - 1).copied().unwrap_or(0);
        if let Some(a) = at.get_mut(k) {
            *a = (*a).max(above + 1);
        }
    }
    let mut limit = rows - 1;
    for a in at.iter_mut().rev() {
        *a = (*a).min(limit);
        limit = *a - 1;
    }
    let mut out = vec![None; n];
    for (&i, &row) in chosen.iter().zip(&at) {
        if let Some(o) = out.get_mut(i) {
            *o = Some(row);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_take_the_first_row_with_room_and_never_overlap() {
        let mut rows = Rows::new(2, 40);
        let a = rows.place(0, 10, 4, &[0, 1]).unwrap();
        let b = rows.place(5, 10, 4, &[0, 1]).unwrap();
        let c = rows.place(12, 10, 4, &[0, 1]).unwrap();
        assert_eq!((a.row, b.row), (0, 1));
        assert_eq!(c.row, 0, "after the first label, with a cell between");
        // Near the right edge a label ends at its anchor.
        let d = rows.place(39, 10, 4, &[1]).unwrap();
        assert_eq!(d.x + d.width - 1, 39);
        // No room anywhere: cut short, or not placed at all.
        let e = rows.place(23, 20, 4, &[0]).unwrap();
        assert!(e.width < 20 && e.x == 23);
        assert!(rows.place(1, 5, 4, &[0]).is_none());
    }

    #[test]
    fn stacked_labels_keep_their_order_and_drop_the_least_wanted() {
        let rows = stack(&[0, 0, 0, 5], &[0, 0, 0, 0], 10);
        assert_eq!(rows, vec![Some(0), Some(1), Some(2), Some(5)]);
        let rows = stack(&[9, 9, 9], &[0, 0, 0], 10);
        assert_eq!(rows, vec![Some(7), Some(8), Some(9)]);
        let rows = stack(&[0, 1, 2, 3], &[0, 9, 0, 0], 2);
        assert_eq!(rows.iter().flatten().count(), 2);
        assert!(rows[1].is_some(), "the wanted one stays");
    }
}
