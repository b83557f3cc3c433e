//! The render stage: turns computed results into the files of the site (SPEC §5).

pub mod ics;
pub mod results;
