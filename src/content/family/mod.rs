//! A code family (`content/<family>/_family.yaml`): how its codes are written, parsed, ordered and
//! classified. Rust knows no family: SMTP's "first digit is the class" lives in its family file.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use regex::Regex;
use serde::{Deserialize, Serialize};

use super::outcome::{Outcome, RawOutcome};
use crate::error::Diagnostic;
use check::FamilyCheck;
pub use decode::{Decode, DecodeField};

mod check;
mod decode;

/// The actor every family has: nobody needs to act.
pub const NOBODY: &str = "nobody";

/// The family file's name inside `content/<family>/`.
pub const FAMILY_FILE: &str = "_family.yaml";

/// How comparison pages are made for a family.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum CompareMode {
    /// Every unordered pair of codes.
    #[default]
    All,
    /// Only pairs where one code names the other as related or counterpart.
    Related,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFamily {
    name: String,
    code: RawCodeFormat,
    #[serde(default)]
    class: Option<RawClassifier>,
    #[serde(default)]
    category: Option<RawClassifier>,
    #[serde(default)]
    aliases: Option<RawAliases>,
    #[serde(default)]
    compare: CompareMode,
    #[serde(default)]
    actors: Vec<String>,
    #[serde(default)]
    retry: BTreeMap<String, RetryKind>,
    #[serde(default)]
    requests: Option<Requests>,
    #[serde(default)]
    counterpart: Option<CounterpartRule>,
    #[serde(default)]
    outcomes: Option<Vec<RawOutcome>>,
    #[serde(default, rename = "wording-from")]
    wording_from: Option<String>,
    #[serde(default)]
    facts: Option<Vec<String>>,
    #[serde(default)]
    rules: Option<Vec<String>>,
    #[serde(default)]
    properties: Vec<Property>,
    #[serde(default)]
    decode: Option<decode::RawDecode>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAliases {
    group: String,
    form: String,
    label: String,
    values: BTreeMap<String, RawClassValue>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCodeFormat {
    pattern: String,
    #[serde(default)]
    order: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawClassifier {
    group: String,
    label: String,
    values: BTreeMap<String, RawClassValue>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum RawClassValue {
    Key(String),
    Full {
        key: String,
        /// Checked against the known outcomes by `FamilyCheck::class_value`, so that a wrong one
        /// is reported by name with the allowed values (an untagged enum would only say that
        /// nothing matched).
        #[serde(default)]
        outcome: Option<String>,
        #[serde(default)]
        retry: Option<String>,
    },
}

/// One value of a classifier, e.g. SMTP class `5`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClassValue {
    /// The Fluent id suffix naming it (`permanent-negative` → `smtp-class-permanent-negative`).
    pub key: String,
    /// What it means for the client, where the classifier says.
    pub outcome: Option<Outcome>,
    /// The retry advice of its codes, unless a code says otherwise (a key of the family's
    /// retry kinds).
    pub retry: Option<String>,
}

/// What a family's codes answer: its requests (SMTP commands, HTTP methods, FTP commands) and
/// stages (a new connection, the end of the message data), as code files write them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Requests {
    /// Every token a code file may list under `commands`.
    pub tokens: Vec<String>,
    /// The token meaning "any request" (comparisons say nothing of it alone).
    #[serde(default)]
    pub wildcard: Option<String>,
}

/// What a code's `counterpart` pairs in a family. Without it, the family has no counterparts.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CounterpartRule {
    /// The two outcomes a pair has, one each, in the order sentences name them (SMTP:
    /// transient, permanent); without them, any two codes that name each other pair.
    #[serde(default)]
    pub outcomes: Option<Vec<String>>,
}

/// A kind of retry advice a family declares (`later`, `after-change` …).
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RetryKind {
    /// Comparisons point it out: a failure that clients should sometimes treat as temporary.
    #[serde(default)]
    pub exception: bool,
}

/// A fact of each code beyond the built-in ones (HTTP: the header fields that go with a code;
/// whether it is cacheable by default), named in the locales as `property-<name>`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Property {
    /// Its key (`headers`).
    pub name: String,
    /// Values are shown as written (header names), not by a message each.
    #[serde(default)]
    pub literal: bool,
    /// The allowed values, each named `property-<name>-<value>` (when not `literal`).
    #[serde(default)]
    pub values: Vec<String>,
}

/// Derives a class or category from a named group of the code pattern.
#[derive(Debug, Clone)]
pub struct Classifier {
    /// The named capture group of the code pattern that holds the value.
    pub group: String,
    /// How the value is shown, `{}` standing for the value (`{}xx` → `5xx`).
    pub label: String,
    /// The known values.
    pub values: BTreeMap<String, ClassValue>,
}

/// A family's class or category of one code, resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Classification {
    /// The raw value (`5`).
    pub value: String,
    /// The label (`5xx`).
    pub label: String,
    /// The Fluent id suffix.
    pub key: String,
    /// What it means for the client.
    pub outcome: Option<Outcome>,
    /// The default retry advice of its codes.
    pub retry: Option<String>,
}

/// How concrete codes are written from a page's code (enhanced `5.2.2` from `X.2.2`): each value
/// a code file lists in `classes` makes an alias that redirects to the code's page.
#[derive(Debug, Clone)]
pub struct AliasRule {
    /// The placeholder in `form` that the class value fills (`class`).
    pub group: String,
    /// How an alias is written: `{class}.{subject}.{detail}`, other placeholders being groups of
    /// the code pattern.
    pub form: String,
    /// How a class is shown (`{}.XXX.XXX`).
    pub label: String,
    /// The allowed class values.
    pub values: BTreeMap<String, ClassValue>,
}

/// A validated family.
#[derive(Debug, Clone)]
pub struct Family {
    /// The folder name, used in URLs (`smtp`).
    pub id: String,
    /// The short name used in titles (`SMTP`).
    pub name: String,
    /// The pattern every code of the family matches, with named groups.
    pub pattern: Regex,
    /// The groups compared, in order, to sort codes (numerically when both are numbers).
    pub order: Vec<String>,
    /// Class derivation, if the family has classes.
    pub class: Option<Classifier>,
    /// Category derivation, if the family has categories.
    pub category: Option<Classifier>,
    /// How concrete codes alias a page, if the family has aliases.
    pub aliases: Option<AliasRule>,
    /// Which comparison pages to make.
    pub compare: CompareMode,
    /// Who may have to act on its codes (keys; each named in the locales as `actor-<key>`),
    /// besides `nobody`, which every family has.
    pub actors: Vec<String>,
    /// The kinds of retry advice its codes may give (each named in the locales as
    /// `retry-<key>`).
    pub retry: BTreeMap<String, RetryKind>,
    /// What its codes answer, if it says.
    pub requests: Option<Requests>,
    /// What a counterpart pairs, if the family has counterparts.
    pub counterpart: Option<CounterpartRule>,
    /// What its classes may mean for the client, lowest rank first (the built-in set unless
    /// the family declares its own).
    pub outcomes: Vec<Outcome>,
    /// The family whose wording its pages use where it has none of its own (`smtp` for
    /// `smtp-enhanced`): messages are looked up as `<id>-…`, then `<wording_from>-…`, then plain.
    pub wording_from: Option<String>,
    /// The rows of its fact tables, in order (see [`FACT_ROWS`]).
    pub facts: Vec<String>,
    /// The comparison rules that apply to its pairs (see [`RULE_NAMES`]).
    pub rules: Vec<String>,
    /// Its own facts of each code, in the order the fact tables show them.
    pub properties: Vec<Property>,
    /// How the decode page finds its codes in pasted text, if it says.
    pub decode: Option<Decode>,
    /// The family file as shown in messages.
    pub source: PathBuf,
    /// The family file's text, kept to point at lines in later checks.
    pub text: String,
}

/// Every row a fact table can show, in the default order.
pub const FACT_ROWS: [&str; 11] = [
    "class",
    "category",
    "outcome",
    "forms",
    "retry",
    "requests",
    "actors",
    "counterpart",
    "linked",
    "properties",
    "defined-in",
];

/// Every comparison rule, by name, in the order they speak (the rules themselves are in
/// `compare::rules`, whose tests check that both lists agree).
pub const RULE_NAMES: [&str; 10] = [
    "counterpart",
    "class",
    "outcome",
    "retry-exception",
    "requests",
    "forms",
    "category",
    "linked",
    "actors",
    "properties",
];

/// One component of a code's sort key.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum SortPart {
    /// A numeric group (sorted as a number).
    Number(u64),
    /// Any other text.
    Text(String),
}

impl Family {
    /// Parses and validates a family file.
    pub fn parse(id: &str, shown: &Path, source: &str) -> Result<Family, Vec<Diagnostic>> {
        let raw: RawFamily = crate::yaml::parse(shown, source).map_err(|d| vec![d])?;
        let mut problems = Vec::new();
        let mut check = FamilyCheck {
            shown,
            source,
            groups: None,
            outcomes: Vec::new(),
        };
        let pattern = check.pattern(&raw.code.pattern, &mut problems);
        for group in &raw.code.order {
            check.group("order", group, &mut problems);
        }
        let outcomes = check.outcomes(raw.outcomes, &mut problems);
        check.outcomes = outcomes.clone();
        let aliases = raw.aliases.map(|a| check.alias_rule(a, &mut problems));
        let class = check.classifier("class", raw.class, &mut problems);
        let category = check.classifier("category", raw.category, &mut problems);
        check.actors(&raw.actors, &mut problems);
        let valued = (class.iter().flat_map(|c| c.values.values()))
            .chain(aliases.iter().flat_map(|a| a.values.values()));
        check.class_retry(valued, &raw.retry, &mut problems);
        check.requests(raw.requests.as_ref(), &mut problems);
        check.counterpart(raw.counterpart.as_ref(), &mut problems);
        let facts = check.names("facts", raw.facts, &FACT_ROWS, &mut problems);
        let rules = check.names("rules", raw.rules, &RULE_NAMES, &mut problems);
        check.wording_from(id, raw.wording_from.as_deref(), &mut problems);
        check.properties(&raw.properties, &mut problems);
        let decode = check.decode(raw.decode, &mut problems);
        if let Err(msg) = crate::slug::check_segment(id) {
            problems.push(Diagnostic::error(
                shown,
                format!("invalid family folder name `{id}`: {msg}"),
            ));
        } else if id == crate::slug::DECODE_SEGMENT {
            problems.push(
                Diagnostic::error(
                    shown,
                    format!("the family folder name `{id}` is the address of the decode page"),
                )
                .hint("rename the folder, e.g. `content/decode-codes/`"),
            );
        }
        match pattern {
            Some(pattern) if problems.is_empty() => Ok(Family {
                id: id.to_string(),
                name: raw.name,
                pattern,
                order: raw.code.order,
                class,
                category,
                aliases,
                compare: raw.compare,
                actors: raw.actors,
                retry: raw.retry,
                requests: raw.requests,
                counterpart: raw.counterpart,
                outcomes,
                wording_from: raw.wording_from,
                facts,
                rules,
                properties: raw.properties,
                decode,
                source: shown.to_path_buf(),
                text: source.to_string(),
            }),
            _ => Err(problems),
        }
    }

    /// The sort key of a code that matches the pattern (`None` if it does not).
    pub fn sort_key(&self, code: &str) -> Option<Vec<SortPart>> {
        let caps = self.pattern.captures(code)?;
        let mut key: Vec<SortPart> = self
            .order
            .iter()
            .map(|g| {
                let text = caps.name(g).map_or("", |m| m.as_str());
                text.parse::<u64>().map_or_else(
                    |_| SortPart::Text(text.to_ascii_lowercase()),
                    SortPart::Number,
                )
            })
            .collect();
        key.push(SortPart::Text(code.to_ascii_lowercase()));
        Some(key)
    }

    /// The alias of `code` for class `value` (`X.2.2`, `5` → `5.2.2`), per the alias form.
    pub fn alias(&self, code: &str, value: &str) -> Option<String> {
        let rule = self.aliases.as_ref()?;
        let caps = self.pattern.captures(code)?;
        let mut out = rule.form.replace(&format!("{{{}}}", rule.group), value);
        for name in self.pattern.capture_names().flatten() {
            let text = caps.name(name).map_or("", |m| m.as_str());
            out = out.replace(&format!("{{{name}}}"), text);
        }
        Some(out)
    }

    /// The property named `name`, if the family declares it.
    pub fn property(&self, name: &str) -> Option<&Property> {
        self.properties.iter().find(|p| p.name == name)
    }

    /// The code's class and category, per the family's classifiers.
    pub fn classify(&self, code: &str) -> (Option<Classification>, Option<Classification>) {
        let Some(caps) = self.pattern.captures(code) else {
            return (None, None);
        };
        let resolve = |c: &Option<Classifier>| {
            let c = c.as_ref()?;
            let value = caps.name(&c.group)?.as_str();
            let known = c.values.get(value)?;
            Some(Classification {
                value: value.to_string(),
                label: c.label.replace("{}", value),
                key: known.key.clone(),
                outcome: known.outcome.clone(),
                retry: known.retry.clone(),
            })
        };
        (resolve(&self.class), resolve(&self.category))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMTP: &str = r#"
name: SMTP
code:
  pattern: '(?P<class>[1-5])(?P<category>[0-5])(?P<detail>[0-9])'
  order: [class, category, detail]
class:
  group: class
  label: '{}xx'
  values:
    '2': { key: positive-completion, outcome: success }
    '4': { key: transient-negative, outcome: transient }
    '5': { key: permanent-negative, outcome: permanent }
category:
  group: category
  label: 'x{}z'
  values:
    '0': syntax
    '5': mail-system
"#;

    fn smtp() -> Family {
        Family::parse("smtp", Path::new("f.yaml"), SMTP).unwrap()
    }

    #[test]
    fn class_and_category_come_from_the_digits() {
        let (class, category) = smtp().classify("552");
        let class = class.unwrap();
        assert_eq!(class.label, "5xx");
        assert_eq!(class.key, "permanent-negative");
        assert_eq!(class.outcome.map(|o| o.key).as_deref(), Some("permanent"));
        let category = category.unwrap();
        assert_eq!(category.label, "x5z");
        assert_eq!(category.key, "mail-system");
        let (class, _) = smtp().classify("452");
        assert_eq!(
            class.unwrap().outcome.map(|o| o.key).as_deref(),
            Some("transient")
        );
    }

    #[test]
    fn codes_outside_the_pattern_are_rejected() {
        assert!(smtp().sort_key("5521").is_none());
        assert!(smtp().sort_key("652").is_none());
        assert!(smtp().sort_key("x52").is_none());
    }

    #[test]
    fn sort_is_numeric_per_group() {
        let f = Family::parse(
            "e",
            Path::new("f.yaml"),
            "name: E\ncode:\n  pattern: 'X\\.(?P<s>[0-9]+)\\.(?P<d>[0-9]+)'\n  order: [s, d]\n",
        )
        .unwrap();
        assert!(f.sort_key("X.7.10").unwrap() > f.sort_key("X.7.9").unwrap());
    }

    #[test]
    fn properties_are_literal_or_have_values() {
        let ok = format!(
            "{SMTP}properties:\n  - {{ name: headers, literal: true }}\n  - {{ name: cacheable, values: [yes, no] }}\n"
        );
        let f = Family::parse("smtp", Path::new("f.yaml"), &ok).unwrap();
        assert_eq!(f.properties.len(), 2);
        assert!(f.property("headers").unwrap().literal);
        assert_eq!(f.property("cacheable").unwrap().values, ["yes", "no"]);
        for (bad, says) in [
            ("  - { name: headers }\n", "either `literal: true`"),
            ("  - { name: h, literal: true, values: [a] }\n", "not both"),
            ("  - { name: Headers, literal: true }\n", "is not a key"),
            ("  - { name: c, values: [Yes] }\n", "value `Yes`"),
            (
                "  - { name: h, literal: true }\n  - { name: h, literal: true }\n",
                "twice",
            ),
        ] {
            let src = format!("{SMTP}properties:\n{bad}");
            let errs = Family::parse("smtp", Path::new("f.yaml"), &src).unwrap_err();
            assert!(errs[0].message.contains(says), "{bad}: {errs:?}");
            assert!(
                errs[0].line >= SMTP.lines().count(),
                "{bad}: at its line: {errs:?}"
            );
        }
    }

    #[test]
    fn unknown_group_is_an_error_with_a_line() {
        let src = SMTP.replace("group: category", "group: kategory");
        let errs = Family::parse("smtp", Path::new("f.yaml"), &src).unwrap_err();
        assert!(errs[0].message.contains("kategory"), "{errs:?}");
        assert!(errs[0].line > 0);
    }
}
