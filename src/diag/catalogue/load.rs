//! Messages of the other loaders (`src/load/`): settings, pages and front matter, honorees,
//! conferences, the theme, limits and links.

phrases! {}
