//! Long lists split over several pages, so that no page of a national site weighs more than a
//! phone on a slow connection can open: a scoreboard of thousands of units, an honoree index
//! of thousands of profiles. A list up to [`PART_SIZE`] rows stays one page, as on a small
//! site; a longer one is cut into parts of that many rows, part 1 at the list's own address
//! and the others at [`routes::part`], each with links to every part.

use std::ops::Range;

use serde::Serialize;

use crate::render::parts::LinkView;
use crate::routes::{self, Route};

/// Rows of one part. About 350 KB of scoreboard or honoree cards: well under 1 MB.
pub const PART_SIZE: usize = 500;

/// How many pages a list of `rows` takes (at least one, even when empty).
pub fn part_count(rows: usize) -> usize {
    rows.div_ceil(PART_SIZE).max(1)
}

/// The rows of part `part` (from 0) of a list of `rows`.
pub fn part_rows(rows: usize, part: usize) -> Range<usize> {
    let start = (part * PART_SIZE).min(rows);
    start..(start + PART_SIZE).min(rows)
}

/// The links between the parts of a list: empty for a list of one page.
#[derive(Debug, Serialize)]
pub struct Parts {
    /// One link a part, titled with the numbers of its rows ("501–1000"); the current one is
    /// labelled `current`.
    pub links: Vec<LinkView>,
    /// Part shown, from 1.
    pub current: usize,
}

impl Parts {
    /// The parts of the list at `route` of `rows` rows, on the page of part `part` (from 0).
    pub fn of(route: &Route, rows: usize, part: usize) -> Parts {
        let count = part_count(rows);
        let links = if count < 2 {
            Vec::new()
        } else {
            (0..count)
                .map(|p| {
                    let r = part_rows(rows, p);
                    LinkView {
                        title: format!("{}–{}", r.start + 1, r.end),
                        url: routes::part(route, p + 1).url(),
                        label: if p == part {
                            "current".into()
                        } else {
                            String::new()
                        },
                    }
                })
                .collect()
        };
        Parts {
            links,
            current: part + 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_lists_stay_one_page() {
        assert_eq!(part_count(0), 1);
        assert_eq!(part_count(PART_SIZE), 1);
        assert!(
            Parts::of(&routes::honorees(), PART_SIZE, 0)
                .links
                .is_empty()
        );
    }

    #[test]
    fn long_lists_are_cut_in_parts_that_cover_every_row() {
        let rows = 2 * PART_SIZE + 7;
        assert_eq!(part_count(rows), 3);
        assert_eq!(part_rows(rows, 0), 0..PART_SIZE);
        assert_eq!(part_rows(rows, 2), 2 * PART_SIZE..rows);
        let parts = Parts::of(&routes::honorees(), rows, 1);
        assert_eq!(parts.links.len(), 3);
        assert_eq!(parts.links[0].url, "honorees/index.html");
        assert_eq!(parts.links[1].url, "honorees/trang_2/index.html");
        assert_eq!(parts.links[1].label, "current");
        assert_eq!(
            parts.links[2].title,
            format!("{}–{rows}", 2 * PART_SIZE + 1)
        );
    }
}
