//! The checks of a family file's parts (pattern, groups, classifiers, aliases, outcomes, actors,
//! retry kinds, requests, counterparts, fact rows, rules), each problem placed at its line.

use std::collections::BTreeMap;
use std::path::Path;

use regex::Regex;

use super::{
    AliasRule, ClassValue, Classifier, CounterpartRule, Property, RawAliases, RawClassValue,
    RawClassifier, Requests, RetryKind,
};
use crate::content::outcome::{self, Outcome, RawOutcome};
use crate::error::Diagnostic;

/// A family file being checked: its path as shown, its text, and the named groups of its code
/// pattern once compiled (`None` when the pattern is invalid: groups are then not checked).
pub(super) struct FamilyCheck<'a> {
    pub(super) shown: &'a Path,
    pub(super) source: &'a str,
    pub(super) groups: Option<Vec<String>>,
    /// The family's outcomes, once checked.
    pub(super) outcomes: Vec<Outcome>,
}

impl FamilyCheck<'_> {
    /// `d` placed at `part` of the first line where `written` appears (class values are written
    /// in flow style, `{ key: …, outcome: … }`, where no key starts a line).
    fn at_written(&self, written: &str, part: &str, d: Diagnostic) -> Diagnostic {
        let found = self.source.lines().enumerate().find_map(|(i, line)| {
            let at = line.find(written)? + written.find(part)?;
            Some((i + 1, line[..at].chars().count() + 1))
        });
        match found {
            Some((line, col)) => d.at(self.source, line, col),
            None => d,
        }
    }

    /// A class value, its outcome (if any) one of the known outcomes.
    fn class_value(&self, raw: RawClassValue, problems: &mut Vec<Diagnostic>) -> ClassValue {
        let (key, outcome, retry) = match raw {
            RawClassValue::Key(key) => (key, None, None),
            RawClassValue::Full {
                key,
                outcome,
                retry,
            } => (key, outcome, retry),
        };
        let outcome = outcome.and_then(|name| {
            let known = self.outcomes.iter().find(|o| o.key == name).cloned();
            if known.is_none() {
                let d = Diagnostic::error(
                    self.shown,
                    format!(
                        "unknown outcome `{name}` for class value `{key}`; the outcomes are: {}",
                        self.outcome_keys()
                    ),
                )
                .hint("use one of them, declare it under `outcomes:`, or leave `outcome` out (its codes then have no outcome)");
                problems.push(self.at_written(&format!("outcome: {name}"), &name, d));
            }
            known
        });
        ClassValue {
            key,
            outcome,
            retry,
        }
    }

    /// A counterpart pairs two different outcomes of the family, when it names them.
    pub(super) fn counterpart(
        &self,
        rule: Option<&CounterpartRule>,
        problems: &mut Vec<Diagnostic>,
    ) {
        let Some(outcomes) = rule.and_then(|r| r.outcomes.as_ref()) else {
            return;
        };
        if outcomes.len() != 2 || outcomes[0] == outcomes[1] {
            problems.push(self.at(
                "outcomes",
                Diagnostic::error(
                    self.shown,
                    "a counterpart pairs two different outcomes",
                )
                .hint("write them in the order sentences name them, e.g. `outcomes: [transient, permanent]`"),
            ));
        }
        for name in outcomes
            .iter()
            .filter(|n| !self.outcomes.iter().any(|o| &o.key == *n))
        {
            problems.push(crate::yaml::at_value(
                self.source,
                "outcomes",
                name,
                Diagnostic::error(
                    self.shown,
                    format!(
                        "the counterpart names unknown outcome `{name}`; the outcomes are: {}",
                        self.outcome_keys()
                    ),
                )
                .hint("name two of the family's outcomes"),
            ));
        }
    }

    /// The family's outcome keys, for messages.
    fn outcome_keys(&self) -> String {
        let keys: Vec<&str> = self.outcomes.iter().map(|o| o.key.as_str()).collect();
        keys.join(", ")
    }

    /// The declared outcomes (keys well formed, each once), or the built-in set.
    pub(super) fn outcomes(
        &self,
        raw: Option<Vec<RawOutcome>>,
        problems: &mut Vec<Diagnostic>,
    ) -> Vec<Outcome> {
        let Some(raw) = raw else {
            return outcome::built_in();
        };
        for (i, o) in raw.iter().enumerate() {
            let problem = if !outcome::is_key(&o.key) {
                "is not a key: use lowercase letters, digits and `-`"
            } else if raw[..i].iter().any(|p| p.key == o.key) {
                "is declared twice"
            } else {
                continue;
            };
            problems.push(crate::yaml::at_value(
                self.source,
                "key",
                &o.key,
                Diagnostic::error(self.shown, format!("outcome `{}` {problem}", o.key)).hint(
                    "declare each outcome once, e.g. `- { key: client-error, failure: true }`",
                ),
            ));
        }
        if raw.is_empty() {
            problems.push(self.at(
                "outcomes",
                Diagnostic::error(self.shown, "`outcomes:` declares no outcome").hint(
                    "list the family's outcomes, or leave `outcomes:` out to use the built-in ones",
                ),
            ));
        }
        outcome::declared(raw)
    }

    /// A list of names under `key` (fact rows, rules), each one of `known` and listed once; all
    /// of `known` when the family does not say.
    pub(super) fn names(
        &self,
        key: &str,
        listed: Option<Vec<String>>,
        known: &[&str],
        problems: &mut Vec<Diagnostic>,
    ) -> Vec<String> {
        let Some(listed) = listed else {
            return known.iter().map(|s| s.to_string()).collect();
        };
        for (i, name) in listed.iter().enumerate() {
            if known.contains(&name.as_str()) && !listed[..i].contains(name) {
                continue;
            }
            problems.push(crate::yaml::at_value(
                self.source,
                key,
                name,
                Diagnostic::error(
                    self.shown,
                    format!(
                        "`{name}` under `{key}:` is unknown or listed twice; the {key} are: {}",
                        known.join(", ")
                    ),
                )
                .hint(format!(
                    "list each once, or leave `{key}:` out for all of them"
                )),
            ));
        }
        listed
    }

    /// The family whose wording this one falls back to: another family, written as its folder
    /// name (checked to exist once every family is loaded).
    pub(super) fn wording_from(
        &self,
        id: &str,
        from: Option<&str>,
        problems: &mut Vec<Diagnostic>,
    ) {
        let Some(from) = from else { return };
        if from == id || crate::slug::check_segment(from).is_err() {
            problems.push(crate::yaml::at_value(
                self.source,
                "wording-from",
                from,
                Diagnostic::error(self.shown, format!("`wording-from: {from}` must name another family's folder"))
                    .hint("write the folder name of the family whose messages this one shares, e.g. `wording-from: smtp`"),
            ));
        }
    }

    /// The wildcard must be one of the tokens, each token listed once.
    pub(super) fn requests(&self, requests: Option<&Requests>, problems: &mut Vec<Diagnostic>) {
        let Some(requests) = requests else { return };
        let mut seen = std::collections::BTreeSet::new();
        for token in &requests.tokens {
            if token.trim().is_empty() || token.chars().any(char::is_control) || !seen.insert(token)
            {
                problems.push(crate::yaml::at_value(
                    self.source,
                    "tokens",
                    token,
                    Diagnostic::error(self.shown, format!("request token `{token}` is empty, has control characters or is listed twice"))
                        .hint("list each request once, as code files write it"),
                ));
            }
        }
        if let Some(wildcard) = requests.wildcard.as_ref().filter(|w| !seen.contains(w)) {
            problems.push(crate::yaml::at_value(
                self.source,
                "wildcard",
                wildcard,
                Diagnostic::error(
                    self.shown,
                    format!("the wildcard `{wildcard}` is not one of the request tokens"),
                )
                .hint("add it to `tokens`"),
            ));
        }
    }

    /// The retry advice a class value gives its codes (or an alias value its concrete forms)
    /// must be a declared kind.
    pub(super) fn class_retry<'v>(
        &self,
        values: impl Iterator<Item = &'v ClassValue>,
        kinds: &BTreeMap<String, RetryKind>,
        problems: &mut Vec<Diagnostic>,
    ) {
        for retry in values.filter_map(|v| v.retry.as_ref()) {
            if !kinds.contains_key(retry) {
                let known: Vec<&str> = kinds.keys().map(String::as_str).collect();
                problems.push(crate::yaml::at_value(
                    self.source,
                    "retry",
                    retry,
                    Diagnostic::error(
                        self.shown,
                        format!(
                            "retry advice `{retry}` is not declared under `retry:` (declared: {})",
                            if known.is_empty() { "none".to_string() } else { known.join(", ") }
                        ),
                    )
                    .hint(format!("add `{retry}: {{}}` under `retry:` and name it in every locale as `<family>-retry-{retry}` (or `retry-{retry}` for every family)")),
                ));
            }
        }
    }

    /// Actor keys make message ids (`actor-<key>`): lowercase letters, digits and `-`, each once.
    pub(super) fn actors(&self, actors: &[String], problems: &mut Vec<Diagnostic>) {
        for (i, actor) in actors.iter().enumerate() {
            let well_formed = !actor.is_empty()
                && actor
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            let problem = if !well_formed {
                Some(format!(
                    "actor `{actor}` is not a key: use lowercase letters, digits and `-`"
                ))
            } else if actors[..i].contains(actor) || actor == super::NOBODY {
                Some(format!(
                    "actor `{actor}` is listed twice (`nobody` is always there)"
                ))
            } else {
                None
            };
            if let Some(message) = problem {
                problems.push(crate::yaml::at_value(
                    self.source,
                    "actors",
                    actor,
                    Diagnostic::error(self.shown, message)
                        .hint("list each actor once, e.g. `actors: [end-user, server-operator]`"),
                ));
            }
        }
    }

    /// Each property has a key-shaped name, used once, and either `literal: true` or a list of
    /// key-shaped values (not both).
    pub(super) fn properties(&self, properties: &[Property], problems: &mut Vec<Diagnostic>) {
        let is_key = |s: &str| {
            !s.is_empty()
                && (s.chars()).all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        };
        for (i, p) in properties.iter().enumerate() {
            let problem = if !is_key(&p.name) {
                Some(format!(
                    "property `{}` is not a key: use lowercase letters, digits and `-`",
                    p.name
                ))
            } else if properties[..i].iter().any(|q| q.name == p.name) {
                Some(format!("property `{}` is declared twice", p.name))
            } else if p.literal != p.values.is_empty() {
                Some(format!(
                    "property `{}` needs either `literal: true` (values shown as written) or a list of `values`, not both",
                    p.name
                ))
            } else {
                (p.values.iter().find(|v| !is_key(v))).map(|v| {
                    format!(
                        "value `{v}` of property `{}` is not a key: use lowercase letters, digits and `-`",
                        p.name
                    )
                })
            };
            if let Some(message) = problem {
                let d = Diagnostic::error(self.shown, message).hint(
                    "e.g. `properties: [{ name: headers, literal: true }, { name: cacheable, values: [yes, no] }]`",
                );
                problems.push(self.at_written(&format!("name: {}", p.name), &p.name, d));
            }
        }
    }

    /// `d` placed at the first line whose key is `key`.
    fn at(&self, key: &str, d: Diagnostic) -> Diagnostic {
        crate::yaml::at_key(self.source, key, d)
    }

    /// The code pattern, anchored at both ends, and its named groups.
    pub(super) fn pattern(
        &mut self,
        pattern: &str,
        problems: &mut Vec<Diagnostic>,
    ) -> Option<Regex> {
        match Regex::new(&format!("^(?:{pattern})$")) {
            Ok(re) => {
                self.groups = Some(re.capture_names().flatten().map(str::to_string).collect());
                Some(re)
            }
            Err(err) => {
                problems.push(self.at(
                    "pattern",
                    Diagnostic::error(self.shown, format!("invalid code pattern: {err}"))
                        .hint("write a regular expression with named groups, e.g. '(?P<class>[2-5])[0-9]{2}'"),
                ));
                None
            }
        }
    }

    /// `group`, named at `key`, must be a group of the code pattern.
    pub(super) fn group(&self, key: &str, group: &str, problems: &mut Vec<Diagnostic>) {
        let Some(groups) = &self.groups else { return };
        if !groups.iter().any(|g| g == group) {
            problems.push(
                self.at(
                    key,
                    Diagnostic::error(
                        self.shown,
                        format!("the code pattern has no group named `{group}`"),
                    )
                    .hint(format!(
                        "name a group of the pattern: {}",
                        groups.join(", ")
                    )),
                ),
            );
        }
    }

    /// The class or category (`key`): its group exists and its label shows the value.
    pub(super) fn classifier(
        &self,
        key: &str,
        raw: Option<RawClassifier>,
        problems: &mut Vec<Diagnostic>,
    ) -> Option<Classifier> {
        let raw = raw?;
        self.group(key, &raw.group, problems);
        if !raw.label.contains("{}") {
            problems.push(
                self.at(
                    "label",
                    Diagnostic::error(
                        self.shown,
                        format!("the {key} label `{}` has no `{{}}`", raw.label),
                    )
                    .hint("write where the value goes, e.g. '{}xx'"),
                ),
            );
        }
        let values = raw
            .values
            .into_iter()
            .map(|(value, v)| {
                let v = self.class_value(v, problems);
                (value, v)
            })
            .collect();
        Some(Classifier {
            group: raw.group,
            label: raw.label,
            values,
        })
    }

    /// The alias rule: every placeholder of its form is a group, the class value's among them.
    pub(super) fn alias_rule(&self, a: RawAliases, problems: &mut Vec<Diagnostic>) -> AliasRule {
        let placeholders: Vec<&str> = a
            .form
            .split('{')
            .skip(1)
            .filter_map(|s| s.split_once('}').map(|(name, _)| name))
            .collect();
        for name in &placeholders {
            if *name != a.group {
                self.group("form", name, problems);
            }
        }
        if !placeholders.contains(&a.group.as_str()) {
            problems.push(
                self.at(
                    "form",
                    Diagnostic::error(
                        self.shown,
                        format!("the alias form `{}` has no `{{{}}}`", a.form, a.group),
                    )
                    .hint("write where the class value goes, e.g. '{class}.{subject}.{detail}'"),
                ),
            );
        }
        AliasRule {
            group: a.group,
            form: a.form,
            label: a.label,
            values: a
                .values
                .into_iter()
                .map(|(value, v)| {
                    let v = self.class_value(v, problems);
                    (value, v)
                })
                .collect(),
        }
    }
}
