//! Messages of the data files (`src/load/data/`): units, campaigns, rubrics, scores, and the
//! YAML and CSV they are written in.

phrases! {}
