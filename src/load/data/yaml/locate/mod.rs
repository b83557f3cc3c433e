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
    walker::walk(text)
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

#[cfg(test)]
mod tests;
mod walker;
