//! Reading a CSV file the way spreadsheets write it.
//!
//! The `csv` crate splits records and undoes quoting. Two things it does not tell us, which
//! the rules need: where each field starts (errors name the column) and whether it was quoted
//! (a quoted cell may use the decimal comma, SPEC §3.4). Both come from a scan of the record's
//! raw bytes, which follows the same rules as the crate (a quote opens a field only as its first
//! byte; `""` inside quotes is one quote). The delimiter is chosen from the header line: the
//! one of `,`, `;` and tab that splits it into the most names the caller recognises. An Excel
//! `sep=;` first line is honoured. Everything is streamed: one pass, buffers reused.

use csv::{ByteRecord, Reader, ReaderBuilder};

use crate::diag::catalogue::data::DATA_CSV_TOO_MANY_FIELDS;
use crate::diag::{SourceText, Text};
use crate::t;

/// The delimiters tried, in order of preference when they split the header equally well.
const DELIMITERS: [u8; 3] = [b',', b';', b'\t'];

/// More columns than any real data file has: a header this wide is garbage, and is refused
/// before its names are examined one by one.
pub(crate) const MAX_COLUMNS: usize = 2000;

/// One cell of a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Cell<'r> {
    /// The value, quotes undone, surrounding spaces trimmed.
    pub text: &'r str,
    /// Byte offset of the field in the file.
    pub offset: usize,
    /// True when the field was written in quotes.
    pub quoted: bool,
}

/// A header cell, owned so that it outlives the reading of the rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct HeaderCell {
    /// The name, trimmed.
    pub text: String,
    /// Byte offset of the field in the file.
    pub offset: usize,
}

/// A CSV file being read, row by row.
pub(crate) struct Table<'a> {
    /// The delimiter in use.
    pub delimiter: u8,
    text: &'a str,
    base: usize,
    reader: Reader<&'a [u8]>,
    record: ByteRecord,
    starts: Vec<(usize, bool)>,
}

/// One row of a [`Table`], borrowed until the next row is read.
pub(crate) struct Row<'t> {
    record: &'t ByteRecord,
    starts: &'t [(usize, bool)],
    text: &'t str,
    /// Byte offset of the row's first field.
    pub offset: usize,
}

impl<'a> Table<'a> {
    /// Opens the text of `src`; `recognise` says whether a header name is one the caller knows,
    /// which decides the delimiter.
    pub fn open(src: &'a SourceText, recognise: impl Fn(&str) -> bool) -> Table<'a> {
        let text = src.text.as_str();
        let (base, forced) = excel_separator_line(text);
        let header = first_content_line(&text[base..]);
        let delimiter = forced.unwrap_or_else(|| detect_delimiter(header, &recognise));
        let reader = ReaderBuilder::new()
            .delimiter(delimiter)
            .has_headers(false)
            .flexible(true)
            .from_reader(&text.as_bytes()[base..]);
        Table {
            delimiter,
            text,
            base,
            reader,
            record: ByteRecord::new(),
            starts: Vec::new(),
        }
    }

    /// The next row that has at least one non-empty cell (spreadsheets leave blank rows and
    /// rows of bare delimiters); `None` at the end.
    pub fn next_row(&mut self) -> Option<Row<'_>> {
        loop {
            match self.reader.read_byte_record(&mut self.record) {
                Ok(true) => {}
                // The input is valid UTF-8 from memory and records may differ in length, so
                // the reader has no error left to give; stop rather than loop if it does.
                Ok(false) | Err(_) => return None,
            }
            if self.record.iter().all(|f| f.trim_ascii().is_empty()) {
                continue;
            }
            let bytes = self.text.as_bytes();
            // The reported position is where the reader started looking, which may be before
            // skipped blank lines or on the `\n` of a `\r\n`.
            let mut start = self.base + self.record.position().map_or(0, |p| p.byte() as usize);
            while matches!(bytes.get(start), Some(b'\r' | b'\n')) {
                start += 1;
            }
            scan_fields(bytes, start, self.delimiter, &mut self.starts);
            return Some(Row {
                record: &self.record,
                starts: &self.starts,
                text: self.text,
                offset: start,
            });
        }
    }
}

impl<'t> Row<'t> {
    /// Number of fields.
    pub fn len(&self) -> usize {
        self.record.len()
    }

    /// The `i`-th cell, or `None` past the end.
    pub fn get(&self, i: usize) -> Option<Cell<'t>> {
        let raw = self.record.get(i)?;
        let (offset, quoted) = self
            .starts
            .get(i)
            .or(self.starts.last())
            .copied()
            .unwrap_or((self.offset, false));
        // Fields are cut at ASCII delimiters in valid UTF-8, so they are valid UTF-8 too.
        let text = std::str::from_utf8(raw).unwrap_or("").trim();
        let lead = if quoted {
            0
        } else {
            self.leading_spaces(offset)
        };
        Some(Cell {
            text,
            offset: offset + lead,
            quoted,
        })
    }

    /// Every cell in order.
    pub fn cells(&self) -> impl Iterator<Item = Cell<'t>> + '_ {
        (0..self.len()).filter_map(|i| self.get(i))
    }

    /// Byte offset just after the last field, for errors about a missing field.
    pub fn end(&self) -> usize {
        let bytes = self.text.as_bytes();
        let mut i = self.starts.last().map_or(self.offset, |s| s.0);
        while i < bytes.len() && !matches!(bytes[i], b'\r' | b'\n') {
            i += 1;
        }
        i
    }

    fn leading_spaces(&self, offset: usize) -> usize {
        self.text.as_bytes()[offset.min(self.text.len())..]
            .iter()
            .take_while(|b| matches!(b, b' ' | b'\t'))
            .count()
    }

    /// The header cells as owned values; an error (to report at the row) when there are more
    /// than [`MAX_COLUMNS`].
    pub fn to_header(&self) -> Result<Vec<HeaderCell>, Text> {
        if self.len() > MAX_COLUMNS {
            return Err(t!(DATA_CSV_TOO_MANY_FIELDS, n = self.len()));
        }
        Ok(self.to_header_unchecked())
    }

    fn to_header_unchecked(&self) -> Vec<HeaderCell> {
        self.cells()
            .map(|c| HeaderCell {
                text: c.text.to_string(),
                offset: c.offset,
            })
            .collect()
    }
}

/// The byte offset after an Excel `sep=X` line, and X; (0, None) when there is none.
fn excel_separator_line(text: &str) -> (usize, Option<u8>) {
    let line = text.lines().next().unwrap_or("");
    match line.trim_end().strip_prefix("sep=").map(str::as_bytes) {
        Some([d]) if DELIMITERS.contains(d) => {
            (text.find('\n').map_or(text.len(), |i| i + 1), Some(*d))
        }
        _ => (0, None),
    }
}

fn first_content_line(text: &str) -> &str {
    text.lines().find(|l| !l.trim().is_empty()).unwrap_or("")
}

/// The delimiter that splits the header into the most recognised names (`,` on a tie).
fn detect_delimiter(header: &str, recognise: &impl Fn(&str) -> bool) -> u8 {
    let score = |d: u8| {
        header
            .split(d as char)
            .take(MAX_COLUMNS)
            .filter(|name| name.len() < 200 && recognise(name.trim().trim_matches('"').trim()))
            .count()
    };
    let mut best = (0, DELIMITERS[0]);
    for d in DELIMITERS {
        let s = score(d);
        if s > best.0 {
            best = (s, d);
        }
    }
    best.1
}

/// Finds where each field of the record starting at `start` begins, and whether it is quoted.
fn scan_fields(b: &[u8], start: usize, delimiter: u8, out: &mut Vec<(usize, bool)>) {
    out.clear();
    let mut i = start;
    loop {
        let field = i;
        let quoted = b.get(i) == Some(&b'"');
        if quoted {
            i += 1;
            while i < b.len() {
                if b[i] == b'"' {
                    if b.get(i + 1) == Some(&b'"') {
                        i += 2;
                        continue;
                    }
                    i += 1;
                    break;
                }
                i += 1;
            }
        }
        while i < b.len() && b[i] != delimiter && b[i] != b'\n' && b[i] != b'\r' {
            i += 1;
        }
        out.push((field, quoted));
        if b.get(i) == Some(&delimiter) {
            i += 1;
        } else {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Pos;

    type Cells = Vec<Vec<(String, Pos, bool)>>;

    fn rows(text: &str) -> (u8, Cells) {
        let src = SourceText::new("s.csv", text.to_string());
        let mut t = Table::open(&src, |n| ["unit", "1.1", "1.2", "note"].contains(&n));
        let mut out = Vec::new();
        while let Some(r) = t.next_row() {
            out.push(
                r.cells()
                    .map(|c| (c.text.to_string(), src.pos_of(c.offset), c.quoted))
                    .collect(),
            );
        }
        (t.delimiter, out)
    }

    #[test]
    fn comma_file_with_quotes_and_positions() {
        let (d, r) = rows("unit,1.1,note\np12,\"9,5\",\"say \"\"hi\"\"\"\n");
        assert_eq!(d, b',');
        assert_eq!(r[1][1], ("9,5".to_string(), Pos::new(2, 5), true));
        assert_eq!(r[1][2], ("say \"hi\"".to_string(), Pos::new(2, 11), true));
    }

    #[test]
    fn semicolon_is_detected_from_the_header() {
        let (d, r) = rows("unit;1.1;1.2\r\np12; 9,5;18\r\n");
        assert_eq!(d, b';');
        assert_eq!(r[1][1], ("9,5".to_string(), Pos::new(2, 6), false));
        assert_eq!(r[1][2].1, Pos::new(2, 10));
    }

    #[test]
    fn blank_rows_are_skipped_and_positions_stay_right() {
        let (_, r) = rows("\n\nunit,1.1\r\n\r\n,\n  \np1,2\n");
        assert_eq!(r.len(), 2);
        assert_eq!(r[0][0].1, Pos::new(3, 1));
        assert_eq!(r[1][1].1, Pos::new(7, 4));
    }

    #[test]
    fn a_quoted_field_may_span_lines() {
        let (_, r) = rows("unit,note\np1,\"a\nb\"\np2,c\n");
        assert_eq!(r[1][1].0, "a\nb");
        assert_eq!(r[2][1].1, Pos::new(4, 4));
    }

    #[test]
    fn excel_separator_line_and_tabs() {
        let (d, r) = rows("sep=;\nunit;1.1\np1;2\n");
        assert_eq!(d, b';');
        assert_eq!(r[1][1].1, Pos::new(3, 4));
        let (d, _) = rows("unit\t1.1\t1.2\n");
        assert_eq!(d, b'\t');
    }
}
