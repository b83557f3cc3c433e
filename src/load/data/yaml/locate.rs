//! Where things are in a YAML file.
//!
//! serde hands us values without positions, yet an error about a value ("unit `p99` does not
//! exist") must name its line and column. This module walks the same text a second time and
//! records where every mapping key, list item and scalar starts. It runs only on text that the
//! YAML parser already accepted, so it follows the structure without validating it; on a
//! construct it does not model (anchors, complex keys) it still returns the positions it found,
//! and [`At`] falls back to the nearest enclosing node.

/// A node of the document and the byte offset where it starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Node {
    /// Byte offset of the node's first character (a list's first `-`, a mapping's first key).
    pub start: usize,
    /// What the node holds.
    pub kind: Kind,
}

/// The shape of a node.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A mapping, entries in document order (duplicates kept).
    Map(Vec<Entry>),
    /// A list.
    Seq(Vec<Node>),
    /// A single value.
    Scalar,
}

/// One `key: value` of a mapping.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Entry {
    /// The key as text (quotes removed).
    pub key: String,
    /// Byte offset of the key.
    pub key_start: usize,
    /// The value.
    pub value: Node,
}

/// Builds the position tree of a YAML document; `None` for an empty document.
pub(crate) fn locate(text: &str) -> Option<Node> {
    let mut p = Walker {
        s: text,
        b: text.as_bytes(),
        i: 0,
    };
    p.skip_space();
    while p.at_line_start() && (p.starts_with("---") || p.starts_with("%")) {
        if p.starts_with("%") {
            p.skip_line();
        } else {
            p.i += 3;
        }
        p.skip_space();
    }
    if p.eof() {
        return None;
    }
    Some(p.block_node(-1))
}

/// A cursor into the tree that always has a position: when the path leads nowhere (a key
/// that is not there, an index past the end) it keeps the position of the last node found.
#[derive(Debug, Clone, Copy)]
pub(crate) struct At<'a> {
    node: Option<&'a Node>,
    offset: usize,
}

impl<'a> At<'a> {
    /// The root of a document (offset 0 when the document is empty).
    pub fn root(tree: Option<&'a Node>) -> Self {
        At {
            node: tree,
            offset: tree.map_or(0, |n| n.start),
        }
    }

    /// Byte offset of the node, or of the nearest enclosing one found.
    pub fn offset(self) -> usize {
        self.offset
    }

    fn to(self, node: Option<&'a Node>) -> Self {
        match node {
            Some(n) => At {
                node: Some(n),
                offset: n.start,
            },
            None => At {
                node: None,
                offset: self.offset,
            },
        }
    }

    fn entries(self) -> &'a [Entry] {
        match self.node.map(|n| &n.kind) {
            Some(Kind::Map(entries)) => entries,
            _ => &[],
        }
    }

    /// The value of `key` (its first occurrence).
    pub fn key(self, key: &str) -> Self {
        self.key_nth(key, 0)
    }

    /// The value of the `n`-th occurrence (0-based) of `key`.
    pub fn key_nth(self, key: &str, n: usize) -> Self {
        let e = self.entries().iter().filter(|e| e.key == key).nth(n);
        self.to(e.map(|e| &e.value))
    }

    /// The position of the key `key` itself (its `n`-th occurrence), for errors about a key.
    pub fn key_name(self, key: &str, n: usize) -> Self {
        let e = self.entries().iter().filter(|e| e.key == key).nth(n);
        At {
            node: None,
            offset: e.map_or(self.offset, |e| e.key_start),
        }
    }

    /// The value of the `i`-th entry of a mapping, in document order.
    pub fn entry(self, i: usize) -> Self {
        self.to(self.entries().get(i).map(|e| &e.value))
    }

    /// The key of the `i`-th entry of a mapping.
    pub fn entry_key(self, i: usize) -> Self {
        let e = self.entries().get(i);
        At {
            node: None,
            offset: e.map_or(self.offset, |e| e.key_start),
        }
    }

    /// The `i`-th item of a list.
    pub fn item(self, i: usize) -> Self {
        let item = match self.node.map(|n| &n.kind) {
            Some(Kind::Seq(items)) => items.get(i),
            _ => None,
        };
        self.to(item)
    }

    /// The mapping that starts at byte `offset`, searched anywhere in the tree (serde reports
    /// some errors, like a duplicated key, at the start of the mapping).
    pub fn map_at(self, offset: usize) -> Self {
        fn find(n: &Node, offset: usize) -> Option<&Node> {
            match &n.kind {
                Kind::Map(_) if n.start == offset => Some(n),
                Kind::Map(entries) => entries.iter().find_map(|e| find(&e.value, offset)),
                Kind::Seq(items) => items.iter().find_map(|i| find(i, offset)),
                Kind::Scalar => None,
            }
        }
        self.to(self.node.and_then(|n| find(n, offset)))
    }
}

struct Walker<'a> {
    s: &'a str,
    b: &'a [u8],
    i: usize,
}

impl Walker<'_> {
    fn eof(&self) -> bool {
        self.i >= self.b.len()
    }

    fn cur(&self) -> u8 {
        self.b.get(self.i).copied().unwrap_or(0)
    }

    fn at(&self, i: usize) -> u8 {
        self.b.get(i).copied().unwrap_or(0)
    }

    fn starts_with(&self, s: &str) -> bool {
        self.b[self.i.min(self.b.len())..].starts_with(s.as_bytes())
    }

    /// The text between two byte positions. The walk steps over bytes it does not understand
    /// one at a time, so a position may fall inside a multi-byte letter: never slice the `str`.
    fn text(&self, from: usize, to: usize) -> String {
        String::from_utf8_lossy(&self.b[from.min(to)..to]).into_owned()
    }

    fn line_start(&self, i: usize) -> usize {
        self.b[..i]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |p| p + 1)
    }

    /// Column in bytes; indentation is ASCII spaces, so bytes compare like characters here.
    fn col(&self, i: usize) -> isize {
        (i - self.line_start(i)) as isize
    }

    fn at_line_start(&self) -> bool {
        self.col(self.i) == 0
    }

    /// True when byte `i` ends a token: space, tab, line end or end of text.
    fn is_blank(&self, i: usize) -> bool {
        matches!(self.at(i), b' ' | b'\t' | b'\r' | b'\n' | 0)
    }

    fn skip_line(&mut self) {
        while !self.eof() && self.cur() != b'\n' {
            self.i += 1;
        }
    }

    /// Skips spaces, line ends and comments.
    fn skip_space(&mut self) {
        loop {
            match self.cur() {
                b' ' | b'\t' | b'\r' | b'\n' => self.i += 1,
                b'#' => self.skip_line(),
                _ => return,
            }
        }
    }

    /// Skips spaces on the current line only; true when the line has nothing more.
    fn skip_inline_space(&mut self) -> bool {
        while matches!(self.cur(), b' ' | b'\t') {
            self.i += 1;
        }
        matches!(self.cur(), b'\r' | b'\n' | b'#' | 0)
    }

    fn is_dash_item(&self) -> bool {
        self.cur() == b'-' && self.is_blank(self.i + 1)
    }

    /// A node in block context; `parent` is the indentation of the enclosing collection.
    fn block_node(&mut self, parent: isize) -> Node {
        self.skip_properties();
        let start = self.i;
        if self.is_dash_item() {
            return self.block_seq();
        }
        match self.cur() {
            b'[' | b'{' => {
                let n = self.flow_node();
                self.skip_line();
                n
            }
            b'|' | b'>' => self.block_scalar(parent),
            _ if self.line_has_key() => self.block_map(),
            _ => {
                self.scalar_in_block(parent);
                Node {
                    start,
                    kind: Kind::Scalar,
                }
            }
        }
    }

    /// Skips an anchor (`&a`) or tag (`!t`) before a node.
    fn skip_properties(&mut self) {
        while matches!(self.cur(), b'&' | b'!') {
            while !self.is_blank(self.i) {
                self.i += 1;
            }
            if self.skip_inline_space() {
                self.skip_space();
            }
        }
    }

    fn block_seq(&mut self) -> Node {
        let start = self.i;
        let col = self.col(start);
        let mut items = Vec::new();
        loop {
            let dash = self.i;
            self.i += 1;
            let item = if self.skip_inline_space() {
                self.skip_space();
                if !self.eof() && self.col(self.i) > col {
                    self.block_node(col)
                } else {
                    Node {
                        start: dash,
                        kind: Kind::Scalar,
                    }
                }
            } else {
                self.block_node(col)
            };
            items.push(item);
            self.skip_space();
            if self.eof() || self.col(self.i) != col || !self.is_dash_item() || self.i == dash {
                break;
            }
        }
        Node {
            start,
            kind: Kind::Seq(items),
        }
    }

    fn block_map(&mut self) -> Node {
        let start = self.i;
        let col = self.col(start);
        let mut entries = Vec::new();
        loop {
            let key_start = self.i;
            let Some(key) = self.block_key() else {
                self.skip_line();
                break;
            };
            let value = if self.skip_inline_space() {
                self.skip_space();
                let nested = !self.eof()
                    && (self.col(self.i) > col || (self.col(self.i) == col && self.is_dash_item()));
                if nested {
                    self.block_node(col)
                } else {
                    Node {
                        start: key_start,
                        kind: Kind::Scalar,
                    }
                }
            } else {
                self.inline_value(col)
            };
            entries.push(Entry {
                key,
                key_start,
                value,
            });
            self.skip_space();
            if self.eof() || self.col(self.i) != col || self.is_dash_item() || self.i == key_start {
                break;
            }
        }
        Node {
            start,
            kind: Kind::Map(entries),
        }
    }

    /// The value after `key:` on the same line.
    fn inline_value(&mut self, parent: isize) -> Node {
        self.skip_properties();
        let start = self.i;
        match self.cur() {
            b'[' | b'{' => {
                let n = self.flow_node();
                self.skip_line();
                n
            }
            b'|' | b'>' => self.block_scalar(parent),
            _ => {
                self.scalar_in_block(parent);
                Node {
                    start,
                    kind: Kind::Scalar,
                }
            }
        }
    }

    /// Reads `key:` in block context and leaves the cursor after the colon.
    fn block_key(&mut self) -> Option<String> {
        let key = match self.cur() {
            b'"' | b'\'' => {
                let k = self.quoted();
                while matches!(self.cur(), b' ' | b'\t') {
                    self.i += 1;
                }
                k
            }
            _ => {
                let from = self.i;
                while !self.eof()
                    && !(self.cur() == b':' && self.is_blank(self.i + 1))
                    && self.cur() != b'\n'
                {
                    self.i += 1;
                }
                self.text(from, self.i).trim_end().to_string()
            }
        };
        if self.cur() != b':' {
            return None;
        }
        self.i += 1;
        Some(key)
    }

    /// True when the current line, from the cursor, is `key: …`.
    fn line_has_key(&self) -> bool {
        let mut i = self.i;
        if matches!(self.at(i), b'"' | b'\'') {
            let q = self.at(i);
            i += 1;
            while i < self.b.len() && self.b[i] != b'\n' {
                if self.b[i] == q {
                    if q == b'\'' && self.at(i + 1) == b'\'' {
                        i += 2;
                        continue;
                    }
                    break;
                }
                if q == b'"' && self.b[i] == b'\\' {
                    i += 1;
                }
                i += 1;
            }
            i += 1;
            while matches!(self.at(i), b' ' | b'\t') {
                i += 1;
            }
            return self.at(i) == b':' && self.is_blank(i + 1);
        }
        while i < self.b.len() && self.b[i] != b'\n' {
            if self.b[i] == b':' && self.is_blank(i + 1) {
                return true;
            }
            if self.b[i] == b'#' && i > self.i && matches!(self.b[i - 1], b' ' | b'\t') {
                return false;
            }
            i += 1;
        }
        false
    }

    /// A plain or quoted scalar in block context, with any continuation lines.
    fn scalar_in_block(&mut self, parent: isize) {
        if matches!(self.cur(), b'"' | b'\'') {
            self.quoted();
        }
        self.skip_line();
        self.skip_more_indented(parent);
    }

    /// `|` or `>`: the text is every following line indented more than the parent.
    fn block_scalar(&mut self, parent: isize) -> Node {
        let start = self.i;
        self.skip_line();
        self.skip_more_indented(parent);
        Node {
            start,
            kind: Kind::Scalar,
        }
    }

    fn skip_more_indented(&mut self, parent: isize) {
        loop {
            let save = self.i;
            // Move to the first character of the next line that has content.
            let mut j = self.i;
            while j < self.b.len() && matches!(self.b[j], b'\n' | b'\r' | b' ' | b'\t') {
                j += 1;
            }
            if j >= self.b.len() || self.col(j) <= parent || j == save {
                self.i = save;
                return;
            }
            if !self.b[save..j].contains(&b'\n') {
                self.i = save;
                return;
            }
            self.i = j;
            self.skip_line();
        }
    }

    /// A quoted scalar; returns its text with the simple escapes undone.
    fn quoted(&mut self) -> String {
        let q = self.cur();
        self.i += 1;
        let mut out = String::new();
        while !self.eof() {
            let c = self.cur();
            if c == q {
                if q == b'\'' && self.at(self.i + 1) == b'\'' {
                    out.push('\'');
                    self.i += 2;
                    continue;
                }
                self.i += 1;
                break;
            }
            if q == b'"' && c == b'\\' && self.i + 1 < self.b.len() {
                // The escaped character may be a multi-byte letter (`"\â"`): step over all of it.
                let e = self
                    .s
                    .get(self.i + 1..)
                    .and_then(|t| t.chars().next())
                    .unwrap_or(' ');
                out.push(match e {
                    'n' => '\n',
                    't' => '\t',
                    other => other,
                });
                self.i += 1 + e.len_utf8();
                continue;
            }
            match self.s.get(self.i..).and_then(|t| t.chars().next()) {
                Some(ch) => {
                    out.push(ch);
                    self.i += ch.len_utf8();
                }
                None => self.i += 1,
            }
        }
        out
    }

    /// A node in flow context (`[…]`, `{…}` or a scalar inside them).
    fn flow_node(&mut self) -> Node {
        self.skip_space();
        self.skip_properties();
        let start = self.i;
        match self.cur() {
            b'[' => {
                self.i += 1;
                let mut items = Vec::new();
                loop {
                    self.skip_space();
                    if self.eof() || self.cur() == b']' {
                        self.i += 1;
                        break;
                    }
                    let before = self.i;
                    items.push(self.flow_node());
                    self.skip_space();
                    if self.cur() == b':' {
                        // A single-pair mapping inside a list: skip its value.
                        self.i += 1;
                        self.flow_node();
                        self.skip_space();
                    }
                    if self.cur() == b',' {
                        self.i += 1;
                    } else if self.i == before {
                        self.i += 1;
                    }
                }
                Node {
                    start,
                    kind: Kind::Seq(items),
                }
            }
            b'{' => {
                self.i += 1;
                let mut entries = Vec::new();
                loop {
                    self.skip_space();
                    if self.eof() || self.cur() == b'}' {
                        self.i += 1;
                        break;
                    }
                    let key_start = self.i;
                    let key = if matches!(self.cur(), b'"' | b'\'') {
                        self.quoted()
                    } else {
                        self.flow_plain()
                    };
                    self.skip_space();
                    let value = if self.cur() == b':' {
                        self.i += 1;
                        self.flow_node()
                    } else {
                        Node {
                            start: key_start,
                            kind: Kind::Scalar,
                        }
                    };
                    entries.push(Entry {
                        key,
                        key_start,
                        value,
                    });
                    self.skip_space();
                    if self.cur() == b',' {
                        self.i += 1;
                    } else if self.i == key_start {
                        self.i += 1;
                    }
                }
                Node {
                    start,
                    kind: Kind::Map(entries),
                }
            }
            b'"' | b'\'' => {
                self.quoted();
                Node {
                    start,
                    kind: Kind::Scalar,
                }
            }
            _ => {
                self.flow_plain();
                Node {
                    start,
                    kind: Kind::Scalar,
                }
            }
        }
    }

    /// A plain scalar inside `[…]` or `{…}`: it ends at `,`, a closing bracket or `: `.
    fn flow_plain(&mut self) -> String {
        let from = self.i;
        while !self.eof() {
            match self.cur() {
                b',' | b']' | b'}' | b'\n' => break,
                b':' if self.is_blank(self.i + 1)
                    || matches!(self.at(self.i + 1), b',' | b']' | b'}') =>
                {
                    break;
                }
                b'#' if self.i > from && matches!(self.at(self.i - 1), b' ' | b'\t') => break,
                _ => self.i += 1,
            }
        }
        self.text(from, self.i).trim_end().to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::{Pos, SourceText};

    fn pos(text: &str, at: At) -> (usize, usize) {
        let p: Pos = SourceText::new("x.yaml", text.to_string()).pos_of(at.offset());
        (p.line, p.column)
    }

    const CAMPAIGN: &str = "\
# a comment
title: \"Tổng kết: năm 2023\"
description: |
  Một đoạn văn
    thụt lề: có dấu hai chấm
year: 2023
clusters:
  - id: cum-1
    name: Cụm 1
    members: [p4, p7,
      p9]
    leader: p4
    inspection: {at: 2020-11-20T08:00, place: \"UBND, 73 Tân Thành\"}
  -   id: cum-2
      members:
      - p1
      - p2   # trailing comment
rubrics: [vhtt]
nominations:
  cum-1: []
";

    #[test]
    fn finds_keys_items_and_scalars_in_block_and_flow_style() {
        let tree = locate(CAMPAIGN);
        let root = At::root(tree.as_ref());
        assert_eq!(pos(CAMPAIGN, root.key("year")), (6, 7));
        let c1 = root.key("clusters").item(0);
        assert_eq!(pos(CAMPAIGN, c1), (8, 5));
        assert_eq!(pos(CAMPAIGN, c1.key("members").item(2)), (11, 7));
        assert_eq!(pos(CAMPAIGN, c1.key("leader")), (12, 13));
        assert_eq!(pos(CAMPAIGN, c1.key("inspection").key("place")), (13, 47));
        let c2 = root.key("clusters").item(1);
        assert_eq!(pos(CAMPAIGN, c2.key("id")), (14, 11));
        assert_eq!(pos(CAMPAIGN, c2.key("members").item(1)), (17, 9));
        assert_eq!(pos(CAMPAIGN, root.key("rubrics").item(0)), (18, 11));
        assert_eq!(
            pos(CAMPAIGN, root.key("nominations").key_name("cum-1", 0)),
            (20, 3)
        );
    }

    #[test]
    fn missing_paths_fall_back_to_the_nearest_node() {
        let tree = locate(CAMPAIGN);
        let root = At::root(tree.as_ref());
        let c1 = root.key("clusters").item(0);
        assert_eq!(pos(CAMPAIGN, c1.key("deputy")), (8, 5));
        assert_eq!(pos(CAMPAIGN, root.key("clusters").item(9).key("x")), (8, 3));
        assert_eq!(pos("", At::root(locate("").as_ref()).key("a")), (1, 1));
    }

    #[test]
    fn keeps_duplicate_keys_and_quoted_keys() {
        let text =
            "p12: {\"1.1\": 9.5, '1.2': 18, bonus: 2}\np12:\n  \"1.1\": 3\n  notes: {\"1.1\": x}\n";
        let tree = locate(text);
        let root = At::root(tree.as_ref());
        assert_eq!(pos(text, root.key_name("p12", 1)), (2, 1));
        assert_eq!(pos(text, root.key("p12").key("1.2")), (1, 26));
        assert_eq!(pos(text, root.key("p12").key("bonus")), (1, 37));
        assert_eq!(
            pos(text, root.key_nth("p12", 1).key("notes").key("1.1")),
            (4, 18)
        );
        assert_eq!(pos(text, root.entry(1).entry_key(0)), (3, 3));
    }

    #[test]
    fn nested_criteria() {
        let text = "criteria:\n  - id: \"1\"\n    items:\n      - {id: \"1.1\", max: 10}\n      - id: \"1.2\"\n        max: 20\n  - {id: \"2\", max: 10}\n";
        let tree = locate(text);
        let c = At::root(tree.as_ref()).key("criteria");
        assert_eq!(
            pos(text, c.item(0).key("items").item(1).key("max")),
            (6, 14)
        );
        assert_eq!(
            pos(text, c.item(0).key("items").item(0).key("max")),
            (4, 26)
        );
        assert_eq!(pos(text, c.item(1)), (7, 5));
    }

    #[test]
    fn finds_a_mapping_by_its_start() {
        let text = "a:\n  b: 1\n  b: 2\n";
        let tree = locate(text);
        let root = At::root(tree.as_ref());
        let inner = root.key("a");
        assert_eq!(
            pos(text, root.map_at(inner.offset()).key_name("b", 1)),
            (3, 3)
        );
    }
}
