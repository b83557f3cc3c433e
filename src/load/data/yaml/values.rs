//! Values as they are written in a YAML file.
//!
//! The raw structs of the loaders use these instead of `String`, `f64` or `BTreeMap` so that
//! nothing is lost before validation: an id keeps the exact text written (`1.10` is not the
//! number 1.1), a number is parsed exactly into points later (with a position for its error),
//! and a mapping keeps its keys in order, duplicates included, so that a duplicated unit row can
//! be reported at its line instead of silently replacing the first.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};

/// A single value kept as the text written: `id: 7` is "7", `id: 1.10` is "1.10".
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Text(pub String);

/// A number kept as the text written; [`crate::load::data::numbers::parse_points`] reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Num(pub String);

/// A mapping read as its `key: value` pairs in document order, duplicates kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Pairs<K, V>(pub Vec<(K, V)>);

impl<K, V> Default for Pairs<K, V> {
    fn default() -> Self {
        Pairs(Vec::new())
    }
}

struct ScalarVisitor(&'static str);

impl Visitor<'_> for ScalarVisitor {
    type Value = String;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.0)
    }
    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<String, E> {
        Ok(v.to_string())
    }
    fn visit_string<E: serde::de::Error>(self, v: String) -> Result<String, E> {
        Ok(v)
    }
    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<String, E> {
        Ok(v.to_string())
    }
    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<String, E> {
        Ok(v.to_string())
    }
    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<String, E> {
        Ok(v.to_string())
    }
    fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<String, E> {
        Ok(v.to_string())
    }
}

// The YAML deserializer hands any scalar to `deserialize_str` as the text written in the file,
// which is exactly what ids and numbers need.
impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_str(ScalarVisitor("a single value (text or a number)"))
            .map(Text)
    }
}

impl<'de> Deserialize<'de> for Num {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_str(ScalarVisitor("a number")).map(Num)
    }
}

impl<'de, K: Deserialize<'de>, V: Deserialize<'de>> Deserialize<'de> for Pairs<K, V> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct PairsVisitor<K, V>(PhantomData<(K, V)>);
        impl<'de, K: Deserialize<'de>, V: Deserialize<'de>> Visitor<'de> for PairsVisitor<K, V> {
            type Value = Pairs<K, V>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a mapping")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut out = Vec::new();
                while let Some(pair) = map.next_entry()? {
                    out.push(pair);
                }
                Ok(Pairs(out))
            }
        }
        d.deserialize_map(PairsVisitor(PhantomData))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scalars_keep_their_written_text() {
        let v: Vec<Text> = serde_yaml::from_str("[1.10, 7, abc, \"q\", true]").unwrap();
        let got: Vec<&str> = v.iter().map(|t| t.0.as_str()).collect();
        assert_eq!(got, ["1.10", "7", "abc", "q", "true"]);
        let n: Num = serde_yaml::from_str("9.250").unwrap();
        assert_eq!(n.0, "9.250");
    }

    #[test]
    fn pairs_keep_order_and_duplicates() {
        let p: Pairs<Text, Num> = serde_yaml::from_str("b: 1\na: 2\nb: 3\n").unwrap();
        let keys: Vec<&str> = p.0.iter().map(|(k, _)| k.0.as_str()).collect();
        assert_eq!(keys, ["b", "a", "b"]);
    }

    #[test]
    fn a_list_where_a_number_belongs_is_a_type_error() {
        let e = serde_yaml::from_str::<Num>("[1, 2]").unwrap_err();
        assert!(e.to_string().contains("expected a number"), "{e}");
    }
}
