//! `content/references.yaml`: the documents code files may cite, by RFC number, with the title of
//! each and, where listed, the headings of its sections; and the check of a code file's
//! `references` against it (the RFC is listed, the section is one of its listed sections).

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use super::code::Reference;
use super::scalar::Scalar;
use crate::error::Diagnostic;

/// The file naming the RFCs that references may cite, at `content/references.yaml`.
pub const REFERENCES_FILE: &str = "references.yaml";

/// One RFC that code files may cite.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct Rfc {
    /// Its title.
    pub title: String,
    /// Section (`4.2.2`, `A`, `A.1`) → heading, where the file lists them; `None` when it gives
    /// the title only (its sections are then not checked).
    pub sections: Option<BTreeMap<String, String>>,
}

impl Rfc {
    /// The heading of `section`, when listed.
    pub fn heading(&self, section: &str) -> Option<&str> {
        self.sections.as_ref()?.get(section).map(String::as_str)
    }
}

/// RFC number → what is known of it.
pub type Rfcs = BTreeMap<u32, Rfc>;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawReferences {
    rfcs: BTreeMap<u32, RawRfc>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum RawRfc {
    Title(String),
    Full(RawFullRfc),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFullRfc {
    title: String,
    #[serde(default)]
    sections: BTreeMap<Scalar, String>,
}

/// Parses `content/references.yaml`: under `rfcs:`, each number maps to its title, or to
/// `{ title, sections: { '4.2.2': heading, … } }`.
pub fn parse(shown: &Path, bytes: &[u8]) -> Result<Rfcs, Diagnostic> {
    let text = crate::yaml::text(shown, bytes)?;
    let raw = crate::yaml::parse::<RawReferences>(shown, text)?;
    Ok(raw
        .rfcs
        .into_iter()
        .map(|(number, rfc)| {
            let rfc = match rfc {
                RawRfc::Title(title) => Rfc {
                    title,
                    sections: None,
                },
                RawRfc::Full(full) => Rfc {
                    title: full.title,
                    sections: Some(full.sections.into_iter().map(|(k, v)| (k.0, v)).collect()),
                },
            };
            (number, rfc)
        })
        .collect())
}

/// What is wrong with the `references` of one code file (`shown`, whose text is `source`): an
/// RFC `rfcs` does not list, or a section that its listed sections do not have, each at its
/// place in the file.
pub fn problems(
    rfcs: &Rfcs,
    shown: &Path,
    source: &str,
    references: &[Reference],
) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    for r in references {
        let Reference::Rfc { number, section } = r else {
            continue;
        };
        let Some(rfc) = rfcs.get(number) else {
            problems.push(crate::yaml::at_value(
                source,
                "rfc",
                &number.to_string(),
                Diagnostic::error(
                    shown,
                    format!("RFC {number} is not listed in content/{REFERENCES_FILE}"),
                )
                .hint(format!(
                    "add `{number}: <the RFC's title>` under `rfcs:` there"
                )),
            ));
            continue;
        };
        if let (Some(section), Some(listed)) = (section, &rfc.sections)
            && !listed.contains_key(section)
        {
            problems.push(crate::yaml::at_value(
                source,
                "section",
                section,
                Diagnostic::error(
                    shown,
                    format!(
                        "RFC {number} has no section {section} among the sections content/{REFERENCES_FILE} lists for it"
                    ),
                )
                .hint(format!(
                    "check the number against the RFC; if it is right, add `'{section}': <its heading>` under `sections:` of RFC {number} there"
                )),
            ));
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_alone_or_a_title_with_sections() {
        let rfcs = parse(
            Path::new("references.yaml"),
            b"rfcs:\n  821: Simple Mail Transfer Protocol\n  5321:\n    title: Simple Mail Transfer Protocol\n    sections:\n      '4.2.2': Reply Codes by Function Groups\n      '4': The SMTP Specifications\n      A: TCP Transport Service\n",
        )
        .unwrap();
        assert_eq!(rfcs[&821].sections, None);
        let smtp = &rfcs[&5321];
        assert_eq!(
            smtp.heading("4.2.2"),
            Some("Reply Codes by Function Groups")
        );
        assert_eq!(smtp.heading("4"), Some("The SMTP Specifications"));
        assert_eq!(smtp.heading("A"), Some("TCP Transport Service"));
        assert_eq!(smtp.heading("4.2.9"), None);
    }

    #[test]
    fn an_unlisted_section_is_an_error_at_its_place() {
        let rfcs = parse(
            Path::new("references.yaml"),
            b"rfcs:\n  821: SMTP\n  5321:\n    title: SMTP\n    sections:\n      '4.2.2': Reply Codes by Function Groups\n",
        )
        .unwrap();
        let source = "code: 552\nreferences:\n  - rfc: 5321\n    section: '4.2.9'\n  - rfc: 5321\n    section: '4.2.2'\n  - rfc: 821\n    section: '9.9'\n";
        let refs = [
            Reference::Rfc {
                number: 5321,
                section: Some("4.2.9".into()),
            },
            Reference::Rfc {
                number: 5321,
                section: Some("4.2.2".into()),
            },
            Reference::Rfc {
                number: 821,
                section: Some("9.9".into()),
            },
        ];
        let found = problems(&rfcs, Path::new("552.yaml"), source, &refs);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].message.contains("RFC 5321 has no section 4.2.9"));
        assert_eq!((found[0].line, found[0].col), (4, 15));
    }
}
