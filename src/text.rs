//! Bytes to text as editors save files: UTF-8, with a leading byte order mark dropped (some
//! Windows editors write one), so that a file builds the same with or without it and line:column
//! positions count from its first real character.

/// The UTF-8 byte order mark.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// `bytes` without a leading UTF-8 byte order mark.
pub fn without_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(BOM).unwrap_or(bytes)
}

/// `bytes` as UTF-8 text, a leading byte order mark dropped.
pub fn decode(bytes: &[u8]) -> Result<&str, std::str::Utf8Error> {
    std::str::from_utf8(without_bom(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_leading_bom_is_dropped_and_nothing_else() {
        assert_eq!(decode(b"\xEF\xBB\xBFa: 1\n"), Ok("a: 1\n"));
        assert_eq!(decode(b"a: 1\n"), Ok("a: 1\n"));
        assert_eq!(decode(b"a\xEF\xBB\xBF"), Ok("a\u{feff}"));
        assert_eq!(without_bom(b"\xEF\xBB"), b"\xEF\xBB");
        assert!(decode(b"\xEF\xBB\xBF\xff").is_err());
    }
}
