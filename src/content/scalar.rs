//! A YAML scalar written as a string or a whole number (`code: 552` and `code: "552"` alike).
//! Decimal numbers are refused: `4.10` would silently become `4.1`.

use std::fmt;

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize};

/// A scalar kept as the text the user meant (serialized as that text).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Scalar(pub String);

impl fmt::Display for Scalar {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Scalar {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ScalarVisitor;
        impl Visitor<'_> for ScalarVisitor {
            type Value = Scalar;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string or a whole number")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Scalar, E> {
                Ok(Scalar(v.trim().to_string()))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Scalar, E> {
                Ok(Scalar(v.to_string()))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Scalar, E> {
                Ok(Scalar(v.to_string()))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Scalar, E> {
                Err(E::custom(format!(
                    "{v} was read as a decimal number; put the value in quotes (e.g. '4.10') so that no digit is lost"
                )))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Scalar, E> {
                Err(E::custom(format!(
                    "expected a string or a whole number, found `{v}`"
                )))
            }
        }
        deserializer.deserialize_any(ScalarVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_strings_become_text() {
        let v: Vec<Scalar> = serde_yaml::from_str("[552, '4.2.2', x.2.2]").unwrap();
        assert_eq!(
            v,
            vec![
                Scalar("552".into()),
                Scalar("4.2.2".into()),
                Scalar("x.2.2".into())
            ]
        );
        assert!(serde_yaml::from_str::<Scalar>("4.10").is_err());
        assert!(serde_yaml::from_str::<Scalar>("true").is_err());
    }
}
