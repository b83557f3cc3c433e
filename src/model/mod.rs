//! The domain model: plain values that the loaders build and the compute stage reads.
//!
//! Nothing here does I/O. Every identifier has already been checked by the loader that made
//! the value (SPEC §3: lowercase ASCII, digits and `-`, unique in its kind) and every
//! reference resolved, so the compute stage can trust what it is given.

pub mod campaign;
pub mod collate;
pub mod conference;
pub mod date;
pub mod decisions;
pub mod document;
pub mod honoree;
pub mod page;
pub mod points;
pub mod rubric;
pub mod scores;
pub mod timezone;
pub mod unit;

pub use campaign::{
    AwardRule, Campaign, Cluster, Inspection, Quota, RankRange, Rounding, Scope, Share, Stage,
    TeamMember,
};
pub use date::Date;
pub use points::Points;
pub use rubric::{Band, Criterion, Participants, Rubric, TieBreaker};
pub use scores::{CellKey, CellMap, StageScores, UnitStageScores};
pub use unit::Unit;
