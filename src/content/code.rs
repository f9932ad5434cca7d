//! One code file (`content/<family>/<code>.yaml`): structured facts and per-locale texts, parsed
//! with unknown fields refused, then checked against its family.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::family::{Classification, Family, NOBODY, SortPart};
use super::outcome::Outcome;
use super::scalar::Scalar;
use crate::error::Diagnostic;
use crate::markdown::Destination;
use crate::memo::Memo;

/// What a client should do about retrying after the reply: one of the retry kinds its family
/// declares (named in the locales as `retry-<key>`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Retry {
    /// The kind's key (`later`).
    pub key: String,
    /// Whether comparisons point it out as an exception to the class (a failure clients should
    /// sometimes treat as temporary).
    pub exception: bool,
}

/// A code file as written. Serializable so that `memo` can keep it between builds: its JSON
/// reads back into the same value.
#[derive(Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct RawCode {
    code: Scalar,
    #[serde(default)]
    classes: Vec<Scalar>,
    #[serde(default)]
    outcome: Option<String>,
    #[serde(default)]
    retry: Option<String>,
    #[serde(default)]
    commands: Vec<String>,
    #[serde(default)]
    actors: Vec<String>,
    #[serde(default)]
    counterpart: Option<Scalar>,
    #[serde(default)]
    related: Vec<Scalar>,
    #[serde(default)]
    linked: BTreeMap<String, Vec<Scalar>>,
    #[serde(default)]
    references: Vec<RawReference>,
    #[serde(default)]
    properties: BTreeMap<String, Vec<String>>,
    texts: BTreeMap<String, Texts>,
}

#[derive(Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct RawReference {
    #[serde(default)]
    rfc: Option<u32>,
    #[serde(default)]
    section: Option<Scalar>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    title: Option<String>,
}

/// The texts of a code in one locale. Plain fields are escaped; Markdown fields are rendered.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Texts {
    /// Short title, e.g. "Mailbox full" (plain text).
    pub title: Option<String>,
    /// One sentence saying what the code means (plain text).
    pub summary: Option<String>,
    /// What the server is saying, with the RFC's meaning (Markdown).
    pub description: Option<String>,
    /// When you see it: commands and real-world situations (Markdown).
    pub when: Option<String>,
    /// How to fix it, for the sender or user (Markdown).
    pub fix: Option<String>,
    /// How to fix it, for the server administrator, where that differs (Markdown).
    pub fix_admin: Option<String>,
    /// Whether and when a client should retry (Markdown).
    pub retry: Option<String>,
    /// How real servers use the code where that differs from the RFC (Markdown).
    pub practice: Option<String>,
    /// One sentence: what whoever must act does (plain text), used on comparison pages.
    pub action: Option<String>,
    /// What decides between this code and another of its family (Markdown), by the other's
    /// code; shown on their comparison page. Only the lower code of a pair may have it.
    #[serde(default)]
    pub versus: BTreeMap<String, String>,
}

/// The fields every code must have in the default locale.
pub const REQUIRED_TEXTS: [&str; 6] = ["title", "summary", "description", "when", "fix", "action"];

impl Texts {
    /// A field by name (the names used in the YAML file).
    pub fn get(&self, field: &str) -> Option<&str> {
        let value = match field {
            "title" => &self.title,
            "summary" => &self.summary,
            "description" => &self.description,
            "when" => &self.when,
            "fix" => &self.fix,
            "fix_admin" => &self.fix_admin,
            "retry" => &self.retry,
            "practice" => &self.practice,
            "action" => &self.action,
            _ => &None,
        };
        value.as_deref().filter(|v| !v.trim().is_empty())
    }

    /// The Markdown fields, in page order (the others are plain text).
    pub const MARKDOWN: [&'static str; 6] = [
        "description",
        "when",
        "fix",
        "fix_admin",
        "retry",
        "practice",
    ];

    /// Every field name, in page order.
    pub const FIELDS: [&'static str; 9] = [
        "title",
        "summary",
        "description",
        "when",
        "fix",
        "fix_admin",
        "retry",
        "practice",
        "action",
    ];
}

/// The link and image destinations of a code's Markdown texts (see
/// `crate::markdown::destinations`), by locale and field (`versus/<other code>` for a `versus`
/// text), found once per file content (they are kept in the parse cache). Texts without any are
/// left out.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextLinks(BTreeMap<String, BTreeMap<String, Vec<Destination>>>);

impl TextLinks {
    fn of(texts: &BTreeMap<String, Texts>) -> TextLinks {
        let mut all = BTreeMap::new();
        for (lang, t) in texts {
            let fields = (Texts::MARKDOWN.iter())
                .filter_map(|&field| Some((field.to_string(), t.get(field)?)))
                .chain((t.versus.iter()).map(|(other, text)| (versus_key(other), text.as_str())));
            let found: BTreeMap<String, Vec<Destination>> = fields
                .map(|(field, text)| (field, crate::markdown::destinations(text)))
                .filter(|(_, dests)| !dests.is_empty())
                .collect();
            if !found.is_empty() {
                all.insert(lang.clone(), found);
            }
        }
        TextLinks(all)
    }

    /// The destinations of Markdown field `field` in `lang`.
    pub fn of_field(&self, lang: &str, field: &str) -> &[Destination] {
        (self.0.get(lang).and_then(|f| f.get(field))).map_or(&[], Vec::as_slice)
    }

    /// The destinations of the `versus` text on `other` in `lang`.
    pub fn of_versus(&self, lang: &str, other: &str) -> &[Destination] {
        self.of_field(lang, &versus_key(other))
    }
}

/// The key of the `versus` text on `other` among a locale's fields in [`TextLinks`].
fn versus_key(other: &str) -> String {
    format!("versus/{other}")
}

/// A reference: an RFC section or another document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reference {
    /// An RFC, optionally a section of it.
    Rfc {
        /// The RFC number.
        number: u32,
        /// The section (`4.2.3`) or appendix (`A`).
        section: Option<String>,
    },
    /// Any other document.
    Link {
        /// An http(s) address.
        url: String,
        /// What it is.
        title: String,
    },
}

/// A concrete form of a code (enhanced `5.2.2` of `X.2.2`), which redirects to its page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alias {
    /// As written (`5.2.2`).
    pub id: String,
    /// URL segment.
    pub slug: String,
    /// The class value it stands for (`5`).
    pub value: String,
}

/// A validated code (cross-references to other codes are checked by the family loader).
#[derive(Debug, Clone)]
pub struct Code {
    /// The code as written (`552`, `X.2.2`).
    pub id: String,
    /// Its URL segment (`552`, `x.2.2`).
    pub slug: String,
    /// Sort key derived from the family pattern.
    pub sort_key: Vec<SortPart>,
    /// Class per the family (e.g. `5xx`).
    pub class: Option<Classification>,
    /// Category per the family (e.g. `x5z`).
    pub category: Option<Classification>,
    /// What the reply means for the client.
    pub outcome: Option<Outcome>,
    /// Concrete forms that redirect to this code's page.
    pub aliases: Vec<Alias>,
    /// Retry advice.
    pub retry: Option<Retry>,
    /// Commands (or stages such as `connection`) that return it.
    pub commands: Vec<String>,
    /// Who must act: keys of the family's actors (or `nobody`).
    pub actors: Vec<String>,
    /// The transient/permanent counterpart (slug, same family).
    pub counterpart: Option<String>,
    /// Related codes (slugs, same family).
    pub related: Vec<String>,
    /// Codes of other families this one travels with: family id → codes as written there.
    pub linked: Vec<(String, Vec<String>)>,
    /// Where the code is defined and discussed.
    pub references: Vec<Reference>,
    /// Its values of the family's properties (property name → values).
    pub properties: BTreeMap<String, Vec<String>>,
    /// Texts per locale.
    pub texts: BTreeMap<String, Texts>,
    /// The link and image destinations of its Markdown texts.
    pub links: TextLinks,
    /// The file as shown in messages.
    pub source: PathBuf,
    /// The file's text, kept to point at lines in later checks.
    pub text: String,
}

impl Code {
    /// Parses one code file and checks it against its family and the configured locales.
    pub fn parse(
        family: &Family,
        stem: &str,
        shown: &Path,
        source: &str,
        locales: &[String],
    ) -> Result<Code, Vec<Diagnostic>> {
        Code::parse_with(&Memo::off(), family, stem, shown, source, locales)
    }

    /// [`Code::parse`], with the YAML parse taken from `memo` when this build of codeatlas
    /// parsed the same bytes before (the checks against the family and the locales run always).
    pub fn parse_with(
        memo: &Memo,
        family: &Family,
        stem: &str,
        shown: &Path,
        source: &str,
        locales: &[String],
    ) -> Result<Code, Vec<Diagnostic>> {
        let (raw, links) = parsed(memo, shown, source).map_err(|d| vec![d])?;
        let at = Spot { shown, source };
        let mut problems = Vec::new();
        let references = family_free_checks(&at, &raw, locales, &mut problems);
        let id = raw.code.0.clone();
        let slug = id.to_ascii_lowercase();
        let sort_key = family.sort_key(&id);
        check_id(&at, family, stem, &id, sort_key.is_some(), &mut problems);
        let (class, category) = family.classify(&id);
        let outcome = match raw.outcome {
            Some(key) => code_outcome(&at, family, &key, &mut problems),
            None => class.as_ref().and_then(|c| c.outcome.clone()),
        };
        if sort_key.is_some() && family.class.is_some() && class.is_none() {
            problems.push(
                at.key(
                    "code",
                    Diagnostic::error(
                        shown,
                        format!("the class of `{id}` is not listed in the family file"),
                    )
                    .hint(format!(
                        "add it under `class.values` in {}",
                        family.source.display()
                    )),
                ),
            );
        }
        let retry = retry(&at, family, raw.retry, class.as_ref(), &mut problems);
        let aliases = aliases(&at, family, &raw.code.0, &raw.classes, &mut problems);
        check_commands(&at, family, &raw.commands, &mut problems);
        check_actors(&at, family, &raw.actors, &mut problems);
        check_properties(&at, family, &raw.properties, &mut problems);
        let slug_of = |s: &Scalar| s.0.to_ascii_lowercase();
        let counterpart = raw.counterpart.as_ref().map(slug_of);
        let related: Vec<String> = raw.related.iter().map(slug_of).collect();
        let linked = raw
            .linked
            .into_iter()
            .map(|(fam, codes)| (fam, codes.into_iter().map(|c| c.0).collect()))
            .collect();
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(Code {
            id,
            slug,
            sort_key: sort_key.unwrap_or_default(),
            class,
            category,
            outcome,
            aliases,
            retry,
            commands: raw.commands,
            actors: raw.actors,
            counterpart,
            related,
            linked,
            references,
            properties: raw.properties,
            texts: raw.texts,
            links,
            source: shown.to_path_buf(),
            text: source.to_string(),
        })
    }

    /// Checks a code file whose family did not load (its family file is missing or has errors),
    /// as far as that is possible without the family: YAML syntax, unknown fields, types and
    /// required fields, that the code names its file and makes a URL segment, references and
    /// texts. What only the family can say (the pattern, class, retry kinds, `classes`,
    /// requests, actors) is left out, so that the family file's errors cause none here. Returns
    /// the references read (for the checks across files) with every problem found.
    pub fn check_alone(
        stem: &str,
        shown: &Path,
        source: &str,
        locales: &[String],
    ) -> (Vec<Reference>, Vec<Diagnostic>) {
        let raw: RawCode = match crate::yaml::parse(shown, source) {
            Ok(raw) => raw,
            Err(d) => return (Vec::new(), vec![d]),
        };
        let at = Spot { shown, source };
        let mut problems = Vec::new();
        check_name(&at, stem, &raw.code.0, &mut problems);
        let references = family_free_checks(&at, &raw, locales, &mut problems);
        (references, problems)
    }

    /// The text of `field` in `locale`, falling back to the default locale. The flag says
    /// whether the fallback was used (the page then marks that text as English).
    pub fn text<'a>(&'a self, locale: &str, default: &str, field: &str) -> Option<(&'a str, bool)> {
        if let Some(t) = self.texts.get(locale).and_then(|t| t.get(field)) {
            return Some((t, false));
        }
        self.texts
            .get(default)
            .and_then(|t| t.get(field))
            .map(|t| (t, locale != default))
    }
}

/// The code file `source` (shown as `shown`) as written, and the links of its Markdown texts,
/// from `memo` when this build of codeatlas read the same bytes before.
fn parsed(memo: &Memo, shown: &Path, source: &str) -> Result<(RawCode, TextLinks), Diagnostic> {
    let raw: RawCode = memo.get_or_compute("code", source.as_bytes(), || {
        crate::yaml::parse(shown, source)
    })?;
    let links = memo
        .get_or_compute("links", source.as_bytes(), || {
            Ok::<_, std::convert::Infallible>(TextLinks::of(&raw.texts))
        })
        .unwrap_or_else(|never| match never {});
    Ok((raw, links))
}

/// A code's own `outcome:`, one of its family's.
fn code_outcome(
    at: &Spot,
    family: &Family,
    key: &str,
    problems: &mut Vec<Diagnostic>,
) -> Option<Outcome> {
    let found = family.outcomes.iter().find(|o| o.key == key).cloned();
    if found.is_none() {
        let known: Vec<&str> = family.outcomes.iter().map(|o| o.key.as_str()).collect();
        problems.push(
            at.value(
                "outcome",
                key,
                Diagnostic::error(
                    at.shown,
                    format!(
                        "unknown outcome `{key}`; the outcomes of {} are: {}",
                        family.name,
                        known.join(", ")
                    ),
                )
                .hint("use one of them, or leave `outcome` out to take the class's"),
            ),
        );
    }
    found
}

/// A code file being checked: its path as shown and its text, to place problems at a key or a
/// value.
struct Spot<'a> {
    shown: &'a Path,
    source: &'a str,
}

impl Spot<'_> {
    /// `d` placed at the first line whose key is `key` (unplaced when there is none).
    fn key(&self, key: &str, d: Diagnostic) -> Diagnostic {
        crate::yaml::at_key(self.source, key, d)
    }

    /// `d` placed at `value` written after `key`.
    fn value(&self, key: &str, value: &str, d: Diagnostic) -> Diagnostic {
        crate::yaml::at_value(self.source, key, value, d)
    }

    /// `d` placed at `field` of the texts of `lang` (at `lang:` itself when the field is absent).
    fn field(&self, lang: &str, field: &str, d: Diagnostic) -> Diagnostic {
        let Some((lang_line, lang_col)) = crate::yaml::locate_key(self.source, lang, 1) else {
            return d;
        };
        // The field's line, if it stands in this locale's block (indented deeper than `lang:`).
        let in_block =
            crate::yaml::locate_key(self.source, field, lang_line + 1).filter(|&(line, _)| {
                self.source
                    .lines()
                    .skip(lang_line)
                    .take(line - lang_line - 1)
                    .all(|l| {
                        let indent = l.chars().count() - l.trim_start().chars().count() + 1;
                        l.trim().is_empty() || indent > lang_col
                    })
            });
        let (line, col) = in_block.unwrap_or((lang_line, lang_col));
        d.at(self.source, line, col)
    }

    /// An error on this file.
    fn error(&self, message: impl Into<String>) -> Diagnostic {
        Diagnostic::error(self.shown, message)
    }
}

/// The checks of a code file that need no family: its references and its texts.
fn family_free_checks(
    at: &Spot,
    raw: &RawCode,
    locales: &[String],
    problems: &mut Vec<Diagnostic>,
) -> Vec<Reference> {
    let references = references(at, &raw.references, problems);
    check_texts(at, &raw.texts, locales, problems);
    references
}

/// The code must match the family's pattern, make a URL segment, and be the file's name.
fn check_id(
    at: &Spot,
    family: &Family,
    stem: &str,
    id: &str,
    valid: bool,
    problems: &mut Vec<Diagnostic>,
) {
    if valid {
        check_name(at, stem, id, problems);
    } else {
        problems.push(
            at.key(
                "code",
                at.error(format!("`{id}` is not a valid {} code", family.name))
                    .hint(format!(
                        "a {} code matches the pattern `{}` of {}",
                        family.name,
                        family.pattern.as_str(),
                        family.source.display()
                    )),
            ),
        );
    }
}

/// The code must make a URL segment and be the file's name (checks that need no family).
fn check_name(at: &Spot, stem: &str, id: &str, problems: &mut Vec<Diagnostic>) {
    let slug = id.to_ascii_lowercase();
    if let Err(msg) = crate::slug::check_segment(&slug) {
        problems.push(at.key(
            "code",
            at.error(format!("`{id}` cannot be used in a URL: {msg}")),
        ));
    } else if slug != stem.to_ascii_lowercase() {
        problems.push(
            at.key(
                "code",
                at.error(format!("file `{stem}.yaml` describes code `{id}`"))
                    .hint(format!("rename the file to `{slug}.yaml` or fix the code")),
            ),
        );
    }
}

/// The concrete forms `classes` asks for (`5.2.2` for class 5 of X.2.2), each checked against
/// the family's alias rule.
fn aliases(
    at: &Spot,
    family: &Family,
    code: &str,
    classes: &[Scalar],
    problems: &mut Vec<Diagnostic>,
) -> Vec<Alias> {
    let mut aliases = Vec::new();
    for class in classes {
        let d = |msg: String| at.value("classes", &class.0, at.error(msg));
        match &family.aliases {
            None => problems.push(
                d(format!(
                    "family {} has no aliases, so `classes` means nothing here",
                    family.id
                ))
                .hint("remove `classes`"),
            ),
            Some(rule) if !rule.values.contains_key(&class.0) => problems.push(
                d(format!(
                    "class `{}` is not one of {}",
                    class.0,
                    rule.values.keys().cloned().collect::<Vec<_>>().join(", ")
                ))
                .hint(format!(
                    "the allowed classes are listed under `aliases.values` in {}",
                    family.source.display()
                )),
            ),
            Some(_) => {
                if let Some(id) = family.alias(code, &class.0) {
                    let slug = id.to_ascii_lowercase();
                    match crate::slug::check_segment(&slug) {
                        Ok(()) => aliases.push(Alias {
                            id,
                            slug,
                            value: class.0.clone(),
                        }),
                        Err(msg) => {
                            problems.push(d(format!("alias `{id}` cannot be used in a URL: {msg}")))
                        }
                    }
                }
            }
        }
    }
    aliases
}

/// Every request a code answers must be a token its family declares; each unknown one is
/// reported with the tokens it could be.
fn check_commands(at: &Spot, family: &Family, commands: &[String], problems: &mut Vec<Diagnostic>) {
    let tokens = family
        .requests
        .as_ref()
        .map_or(&[][..], |r| r.tokens.as_slice());
    for command in commands.iter().filter(|c| !tokens.contains(c)) {
        let d = if tokens.is_empty() {
            at.error(format!(
                "`{command}`: {} declares no requests, so its codes cannot list commands",
                family.name
            ))
            .hint(format!(
                "declare them in {} under `requests: {{ tokens: [...] }}`",
                family.source.display()
            ))
        } else {
            at.error(format!(
                "unknown request `{command}`; the requests of {} are: {}",
                family.name,
                tokens.join(", ")
            ))
            .hint(format!(
                "use one of them (as written there), or add it to `requests.tokens` in {}",
                family.source.display()
            ))
        };
        problems.push(at.value("commands", command, d));
    }
}

/// The code's retry advice (its own, or its class's default), which must be a kind the family
/// declares.
fn retry(
    at: &Spot,
    family: &Family,
    own: Option<String>,
    class: Option<&Classification>,
    problems: &mut Vec<Diagnostic>,
) -> Option<Retry> {
    let key = own
        .clone()
        .or_else(|| class.and_then(|c| c.retry.clone()))?;
    match family.retry.get(&key) {
        Some(kind) => Some(Retry {
            key,
            exception: kind.exception,
        }),
        // A class default the family does not declare is reported once, in the family file.
        None if own.is_none() => None,
        None => {
            let known: Vec<&str> = family.retry.keys().map(String::as_str).collect();
            let d = at.error(format!(
                "unknown retry advice `{key}`; the retry kinds of {} are: {}",
                family.name,
                if known.is_empty() { "(none declared)".to_string() } else { known.join(", ") }
            ))
            .hint(format!(
                "use one of them, or declare `{key}` under `retry:` in {} and name it in every locale as `{}-retry-{key}`",
                family.source.display(), family.id
            ));
            problems.push(at.value("retry", &key, d));
            None
        }
    }
}

/// Every actor must be one the family declares (or `nobody`); each unknown one is reported.
fn check_actors(at: &Spot, family: &Family, actors: &[String], problems: &mut Vec<Diagnostic>) {
    for actor in actors {
        if actor != NOBODY && !family.actors.contains(actor) {
            let known: Vec<&str> = std::iter::once(NOBODY)
                .chain(family.actors.iter().map(String::as_str))
                .collect();
            problems.push(at.value(
                "actors",
                actor,
                at.error(format!(
                    "unknown actor `{actor}`; the actors of {} are: {}",
                    family.name,
                    known.join(", ")
                ))
                .hint(format!(
                    "use one of them, or declare `{actor}` under `actors:` in {} and name it in every locale as `{}-actor-{actor}`",
                    family.source.display(), family.id
                )),
            ));
        }
    }
}

/// Every property must be one the family declares, with values it allows (any text for a
/// literal property), each listed once.
fn check_properties(
    at: &Spot,
    family: &Family,
    properties: &BTreeMap<String, Vec<String>>,
    problems: &mut Vec<Diagnostic>,
) {
    for (name, values) in properties {
        let Some(declared) = family.property(name) else {
            let known: Vec<&str> = family.properties.iter().map(|p| p.name.as_str()).collect();
            problems.push(
                at.key(
                    name,
                    at.error(format!(
                        "unknown property `{name}`; the properties of {} are: {}",
                        family.name,
                        if known.is_empty() {
                            "none".to_string()
                        } else {
                            known.join(", ")
                        }
                    ))
                    .hint(format!(
                        "use one of them, or declare it under `properties:` in {}",
                        family.source.display()
                    )),
                ),
            );
            continue;
        };
        for (i, value) in values.iter().enumerate() {
            let problem = if values[..i].contains(value) {
                Some(format!("`{value}` is listed twice under `{name}`"))
            } else if value.trim().is_empty() {
                Some(format!("an empty value under `{name}`"))
            } else if !declared.literal && !declared.values.contains(value) {
                Some(format!(
                    "unknown value `{value}` of property `{name}`; its values are: {}",
                    declared.values.join(", ")
                ))
            } else {
                None
            };
            if let Some(message) = problem {
                problems.push(at.value(
                    name,
                    value,
                    at.error(message).hint("list each allowed value once"),
                ));
            }
        }
    }
}

/// `rfc: 0` and `section: '0.0'` are the placeholders of a skeleton (`codeatlas new`), not a
/// reference: each is reported, with the other fields still to fill, in the same run.
fn check_placeholders(at: &Spot, rfc: u32, section: Option<&str>, problems: &mut Vec<Diagnostic>) {
    if rfc == 0 {
        problems.push(
            at.value(
                "rfc",
                "0",
                at.error("`rfc: 0` is a placeholder, not an RFC number")
                    .hint("write the number of the RFC that defines the code, e.g. `rfc: 5321`"),
            ),
        );
    }
    if section == Some("0.0") {
        problems.push(at.value(
            "section",
            "0.0",
            at.error("`section: '0.0'` is a placeholder, not a section")
                .hint("write the section that defines the code, e.g. `section: '4.2.2'`, or remove the line"),
        ));
    }
}

/// The references: an RFC (with an optional section) or an http(s) link with a title.
fn references(at: &Spot, raw: &[RawReference], problems: &mut Vec<Diagnostic>) -> Vec<Reference> {
    let mut references = Vec::new();
    for (i, r) in raw.iter().enumerate() {
        match (r.rfc, r.url.clone(), r.title.clone()) {
            (Some(number), None, None) => {
                let section = r.section.as_ref().map(|s| s.0.clone());
                check_placeholders(at, number, section.as_deref(), problems);
                references.push(Reference::Rfc { number, section });
            }
            (None, Some(url), Some(title)) if r.section.is_none() => {
                if !(url.starts_with("https://") || url.starts_with("http://")) {
                    problems.push(at.value(
                        "url",
                        &url,
                        at.error(format!("reference URL `{url}` is not http(s)")),
                    ));
                }
                references.push(Reference::Link { url, title });
            }
            _ => {
                let d = at.error(format!(
                    "references[{i}] needs either `rfc` (and optionally `section`) or both `url` and `title`"
                ));
                problems.push(match crate::yaml::locate_item(at.source, "references", i) {
                    Some((line, col)) => d.at(at.source, line, col),
                    None => at.key("references", d),
                });
            }
        }
    }
    references
}

/// The default locale has every required text, and no texts are for a locale the site does not
/// build.
fn check_texts(
    at: &Spot,
    texts: &BTreeMap<String, Texts>,
    locales: &[String],
    problems: &mut Vec<Diagnostic>,
) {
    if let Some(default) = locales.first() {
        match texts.get(default) {
            None => problems.push(
                at.key(
                    "texts",
                    at.error(format!("no texts for the default locale `{default}`"))
                        .hint(format!(
                            "add `texts.{default}` with {}",
                            REQUIRED_TEXTS.join(", ")
                        )),
                ),
            ),
            Some(texts) => {
                for field in REQUIRED_TEXTS {
                    if texts.get(field).is_none() {
                        problems.push(at.field(
                            default,
                            field,
                            at.error(format!("`texts.{default}.{field}` is missing or empty"))
                                .hint("the default locale's texts are the fallback of every other locale, so each is required"),
                        ));
                    }
                }
            }
        }
    }
    for locale in texts.keys() {
        if !locales.contains(locale) {
            problems.push(
                at.key(
                    locale,
                    at.error(format!(
                        "texts for locale `{locale}`, which the site does not build"
                    ))
                    .hint(format!(
                        "use one of {} or add it to `locales` in site.yaml",
                        locales.join(", ")
                    )),
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `memo` keeps of a code file reads back into the same value.
    fn round_trips(shown: &Path, source: &str) {
        let raw: RawCode = crate::yaml::parse(shown, source).unwrap_or_else(|d| panic!("{d}"));
        let json = serde_json::to_vec(&raw).unwrap_or_else(|e| panic!("{e}"));
        let back: RawCode = serde_json::from_slice(&json).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(back, raw, "{}", shown.display());
    }

    #[test]
    fn every_field_survives_the_parse_cache() {
        let source = "code: ' 4.2.2 '\nclasses: [4, '5']\noutcome: transient\nretry: later\n\
                      commands: [RCPT]\nactors: [sender]\ncounterpart: 552\nrelated: [x.2.2]\n\
                      linked: { smtp: [452, '552'] }\n\
                      references: [{ rfc: 5321, section: '4.2.2' }, { url: 'https://a.example/', title: \"A \\\"quoted\\\" title\\n\" }]\n\
                      properties: { headers: [Retry-After] }\n\
                      texts:\n  en:\n    title: Mailbox full <&>\n    description: |\n      Tab\tand é, 🙂\n\n      and `code`.\n    versus: { '552': Line one }\n  vi: {}\n";
        round_trips(Path::new("x.yaml"), source);
    }

    #[test]
    fn every_shipped_code_file_survives_the_parse_cache() {
        let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
        let mut seen = 0;
        for entry in walkdir::WalkDir::new(&content).min_depth(2).max_depth(2) {
            let path = entry.unwrap_or_else(|e| panic!("{e}")).into_path();
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
            if name.is_some_and(|n| n.ends_with(".yaml") && !n.starts_with('_')) {
                let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{e}"));
                let text = String::from_utf8(bytes).unwrap_or_else(|e| panic!("{e}"));
                round_trips(&path, &text);
                seen += 1;
            }
        }
        assert!(seen > 100, "{seen} code files");
    }
}
