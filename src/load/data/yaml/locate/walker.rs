//! The walk over the text that records where nodes start (see the parent module).

use super::{Entry, Kind, Node};

/// Builds the tree of `text` (see [`super::locate`]).
pub(super) fn walk(text: &str) -> Option<Node> {
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

    /// Moves one byte on, never past the end.
    fn step(&mut self) {
        self.i = (self.i + 1).min(self.b.len());
    }

    fn starts_with(&self, s: &str) -> bool {
        self.s.get(self.i..).is_some_and(|rest| rest.starts_with(s))
    }

    fn line_start(&self, i: usize) -> usize {
        self.b[..i.min(self.b.len())]
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
                while !(self.eof()
                    || self.cur() == b'\n'
                    || (self.cur() == b':' && self.is_blank(self.i + 1)))
                {
                    self.i += 1;
                }
                self.s
                    .get(from..self.i)
                    .unwrap_or("")
                    .trim_end()
                    .to_string()
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
            let ch = self
                .s
                .get(self.i..)
                .and_then(|rest| rest.chars().next())
                .unwrap_or(' ');
            out.push(ch);
            self.i += ch.len_utf8();
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
                        self.step();
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
                    // Step over the comma, or over anything that would stop progress.
                    if self.cur() == b',' || self.i == before {
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
                        self.step();
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
                    if self.cur() == b',' || self.i == key_start {
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
        self.s
            .get(from..self.i)
            .unwrap_or("")
            .trim_end()
            .to_string()
    }
}
