//! Fluent bundles per locale (`locales/<lang>/*.ftl`, layered over the embedded defaults), shared
//! across threads, with Unicode isolation marks off and fallback to the default locale.
//!
//! A family may reword any message for its own pages: `<family-id>-<id>` (say
//! `smtp-heading-when`) is used instead of `<id>` on that family's pages and views. The order is
//! the scoped id in the page's locale, the scoped id in the default locale, then the plain id in
//! the page's locale and in the default locale: a family's own wording beats a generic
//! translation.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

use crate::config::Config;
use crate::error::{Diagnostic, LoadResult, Loaded, warnings_only};
use crate::snapshot::Snapshot;
use crate::sources::{Origin, SourceFile};

type Bundle = FluentBundle<FluentResource>;

/// One locale's messages.
struct LocaleBundle {
    bundle: Bundle,
    ids: BTreeSet<String>,
}

/// A map keyed by locale or message id, with a hasher faster than std's SipHash on such short
/// keys (pages look messages up tens of times each).
pub type MessageMap<V> = crate::hash::StrMap<V>;

/// Every configured locale's messages.
pub struct Locales {
    default: String,
    order: Vec<String>,
    bundles: BTreeMap<String, LocaleBundle>,
    /// A hash of every .ftl file used.
    fingerprint: u64,
    /// Messages without arguments, formatted once: lang → id → text.
    fixed: MessageMap<MessageMap<String>>,
    /// Messages made only of text and `{ $var }`: lang → id → parts, filled by substitution
    /// (what Fluent would produce for them, without its machinery on every page).
    simple: MessageMap<MessageMap<Vec<Part>>>,
    /// Family id → the messages that family rewords (see [`FamilyScope`]).
    scopes: MessageMap<FamilyScope>,
}

/// The messages one family rewords: plain id → the ids to try for it, in order: the family's
/// own, then those of the family it takes its wording from (`heading-when` →
/// `smtp-enhanced-heading-when`, `smtp-heading-when`).
pub type FamilyScope = MessageMap<Vec<String>>;

/// A piece of a simple message.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Part {
    Text(String),
    Var(String),
}

/// The parts of a pattern made only of single-line text and variable references.
fn simple_parts(pattern: &ast::Pattern<&str>) -> Option<Vec<Part>> {
    pattern
        .elements
        .iter()
        .map(|element| match element {
            ast::PatternElement::TextElement { value } if !value.contains('\n') => {
                Some(Part::Text((*value).to_string()))
            }
            ast::PatternElement::Placeable {
                expression: ast::Expression::Inline(inline),
            } => match inline {
                ast::InlineExpression::VariableReference { id } => {
                    Some(Part::Var(id.name.to_string()))
                }
                ast::InlineExpression::StringLiteral { value } if !value.contains('\\') => {
                    Some(Part::Text((*value).to_string()))
                }
                _ => None,
            },
            _ => None,
        })
        .collect()
}

impl std::fmt::Debug for Locales {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Locales")
            .field("order", &self.order)
            .finish()
    }
}

/// The byte offset of the `n`-th (1-based) definition of `id` at the start of a line.
fn nth_definition(source: &str, id: &str, n: usize) -> Option<usize> {
    let mut offset = 0;
    let mut found = 0;
    for line in source.split_inclusive('\n') {
        let rest = line.strip_prefix(id).map(str::trim_start);
        if rest.is_some_and(|r| r.starts_with('=')) {
            found += 1;
            if found == n {
                return Some(offset);
            }
        }
        offset += line.len();
    }
    None
}

/// The language identifier of a configured locale.
fn language(lang: &str) -> Result<LanguageIdentifier, Diagnostic> {
    lang.parse().map_err(|_| {
        Diagnostic::error(
            crate::config::CONFIG_FILE,
            format!("`{lang}` is not a language tag"),
        )
        .hint("use a BCP 47 tag such as `en`, `vi` or `pt-BR`")
    })
}

/// The `.ftl` files of `lang`, embedded ones first (a site's own message overrides a built-in
/// one of the same id, as a theme's); a locale without any is an error.
fn locale_files<'f>(
    files: &'f [SourceFile],
    lang: &str,
) -> Result<Vec<&'f SourceFile>, Diagnostic> {
    let prefix = format!("{lang}/");
    let mut mine: Vec<&SourceFile> = files
        .iter()
        .filter(|f| f.rel.starts_with(&prefix) && f.rel.ends_with(".ftl"))
        .collect();
    if mine.is_empty() {
        return Err(Diagnostic::error(
            format!("locales/{lang}"),
            format!("locale `{lang}` has no .ftl files"),
        )
        .hint(format!(
            "create locales/{lang}/main.ftl (copy the English one and translate it)"
        )));
    }
    mine.sort_by_key(|f| (f.origin != Origin::Embedded, f.rel.clone()));
    Ok(mine)
}

/// One locale's bundle made of `files` (in order). Two definitions of a message among the
/// site's files, or among the built-in ones, are an error; a site's file may override a
/// built-in message.
fn locale_bundle(
    root: &Path,
    lang: &str,
    langid: LanguageIdentifier,
    files: Vec<&SourceFile>,
    problems: &mut Vec<Diagnostic>,
) -> LocaleBundle {
    let mut bundle = Bundle::new_concurrent(vec![langid]);
    bundle.set_use_isolating(false);
    let mut ids = BTreeSet::new();
    let mut first_definition: BTreeMap<String, (String, bool)> = BTreeMap::new();
    for file in files {
        let shown = file.display_path(root, "locales");
        let Some(resource) = resource(file, &shown, problems) else {
            continue;
        };
        let embedded = file.origin == Origin::Embedded;
        let mut seen_in_file: BTreeMap<String, usize> = BTreeMap::new();
        for id in entry_ids(&resource) {
            let seen_here = seen_in_file.entry(id.clone()).or_insert(0);
            *seen_here += 1;
            let earlier = first_definition
                .get(&id)
                .filter(|(_, was_embedded)| *was_embedded == embedded);
            if let Some((other, _)) = earlier {
                let offset = nth_definition(resource.source(), &id, *seen_here).unwrap_or(0);
                problems.push(
                    Diagnostic::error(
                        &shown,
                        format!("message `{id}` is defined twice in locale `{lang}`"),
                    )
                    .at_offset(resource.source(), offset)
                    .hint(format!("it is also defined in {other}; keep one")),
                );
            } else {
                first_definition.insert(id.clone(), (shown.display().to_string(), embedded));
            }
            if !id.starts_with('-') {
                ids.insert(id);
            }
        }
        bundle.add_resource_overriding(resource);
    }
    LocaleBundle { bundle, ids }
}

/// A `.ftl` file parsed; syntax errors are reported (the entries that parsed are kept), a file
/// that is not UTF-8 gives nothing.
fn resource(
    file: &SourceFile,
    shown: &Path,
    problems: &mut Vec<Diagnostic>,
) -> Option<FluentResource> {
    let text = match crate::text::decode(&file.bytes) {
        Ok(t) => t.to_string(),
        Err(err) => {
            problems.push(Diagnostic::error(
                shown,
                format!("file is not valid UTF-8: {err}"),
            ));
            return None;
        }
    };
    match FluentResource::try_new(text) {
        Ok(r) => Some(r),
        Err((r, errors)) => {
            for err in errors {
                problems.push(
                    Diagnostic::error(shown, format!("Fluent syntax error: {err}"))
                        .at_offset(r.source(), err.pos.start)
                        .hint("see https://projectfluent.org/fluent/guide/ for the syntax; a message is `id = text`"),
                );
            }
            Some(r)
        }
    }
}

/// The ids a resource defines, in order: messages as `id`, terms as `-id`.
fn entry_ids(resource: &FluentResource) -> Vec<String> {
    resource
        .entries()
        .filter_map(|entry| match entry {
            ast::Entry::Message(m) => Some(m.id.name.to_string()),
            ast::Entry::Term(t) => Some(format!("-{}", t.id.name)),
            _ => None,
        })
        .collect()
}

impl Locales {
    /// Loads the `.ftl` files of every configured locale. Parse errors and duplicate messages are
    /// reported with file and line:column; a configured locale without files is an error.
    pub fn load(snapshot: &Snapshot, config: &Config) -> LoadResult<Locales> {
        // Every built-in file and every site file: a site's message overrides the built-in one of
        // the same id, whichever file holds it.
        let (files, mut problems) = snapshot.stacked("locales");
        let fingerprint =
            crate::hash::of(files.iter().map(|f| (&f.rel, &f.bytes)).collect::<Vec<_>>());
        let mut bundles = BTreeMap::new();
        for lang in &config.locales {
            let loaded = language(lang).and_then(|langid| {
                let mine = locale_files(&files, lang)?;
                Ok(locale_bundle(
                    snapshot.root(),
                    lang,
                    langid,
                    mine,
                    &mut problems,
                ))
            });
            match loaded {
                Ok(bundle) => {
                    bundles.insert(lang.clone(), bundle);
                }
                Err(d) => problems.push(d),
            }
        }
        let warnings = warnings_only(problems)?;
        let mut locales = Locales {
            default: config.default_locale.clone(),
            order: config.locales.clone(),
            bundles,
            fingerprint,
            fixed: MessageMap::default(),
            simple: MessageMap::default(),
            scopes: MessageMap::default(),
        };
        locales.fixed = locales.fixed_texts();
        locales.simple = locales.simple_patterns();
        locales.scopes = locales.family_scopes();
        Ok(Loaded {
            value: locales,
            warnings,
        })
    }

    /// Every `<prefix>-<id>` message (in any locale), by prefix: the messages a family of that
    /// id has for `<id>`, which it uses instead of `<id>` (a plain `<id>` need not exist: a
    /// family's actors or retry advice have only its own). A prefix that is no family's id is
    /// never asked for.
    fn family_scopes(&self) -> MessageMap<FamilyScope> {
        let mut scopes: MessageMap<FamilyScope> = MessageMap::default();
        for id in self.bundles.values().flat_map(|b| &b.ids) {
            for (at, _) in id.match_indices('-') {
                let (family, rest) = (&id[..at], &id[at + 1..]);
                let ids = scopes.entry(family.to_string()).or_default();
                let candidates = ids.entry(rest.to_string()).or_default();
                if !candidates.contains(id) {
                    candidates.push(id.clone());
                }
            }
        }
        scopes
    }

    /// Makes family `family` use the wording of family `from` where it has none of its own
    /// (`smtp-enhanced` speaks of mail as `smtp` does): `<family>-<id>`, then `<from>-<id>`,
    /// then `<id>`.
    pub fn inherit_wording(&mut self, family: &str, from: &str) {
        let Some(parent) = self.scopes.get(from).cloned() else {
            return;
        };
        let own = self.scopes.entry(family.to_string()).or_default();
        for (id, scoped) in parent {
            own.entry(id).or_default().extend(scoped);
        }
    }

    /// The messages family `family` rewords, if it rewords any.
    pub fn scope(&self, family: &str) -> Option<&FamilyScope> {
        self.scopes.get(family)
    }

    /// The families (by id) that reword messages.
    pub fn scoped_families(&self) -> impl Iterator<Item = &str> {
        self.scopes.keys().map(String::as_str)
    }

    /// The id to format for `id` in `lang` on a page of the family whose scope is `scope`: the
    /// family's own id when `lang` or the default locale defines it, else `id` itself.
    pub fn resolve<'s>(
        &'s self,
        scope: Option<&'s FamilyScope>,
        lang: &str,
        id: &'s str,
    ) -> &'s str {
        let candidates = scope.and_then(|s| s.get(id)).into_iter().flatten();
        candidates
            .map(String::as_str)
            .find(|scoped| self.has(lang, scoped))
            .unwrap_or(id)
    }

    /// What templates read as `msg["id"]` on the pages of family `family`: the messages of
    /// `lang` without arguments, those the family rewords replaced by its own (dropped when its
    /// own takes arguments, as `t()` would then need them).
    pub fn fixed_for_family(&self, lang: &str, family: &str) -> MessageMap<String> {
        let mut texts = self.fixed(lang).cloned().unwrap_or_default();
        let Some(scope) = self.scope(family) else {
            return texts;
        };
        for id in scope.keys() {
            let chosen = self.resolve(Some(scope), lang, id);
            if chosen == id {
                continue;
            }
            match self.format_uncached(lang, chosen, None) {
                Ok(text) => texts.insert(id.clone(), text),
                Err(_) => texts.remove(id),
            };
        }
        texts
    }

    /// The simple patterns of every locale, with fallback to the default locale.
    fn simple_patterns(&self) -> MessageMap<MessageMap<Vec<Part>>> {
        let mut all = MessageMap::default();
        for lang in &self.order {
            let mut patterns = MessageMap::default();
            for id in self.ids() {
                let chosen = [lang.as_str(), self.default.as_str()]
                    .into_iter()
                    .filter_map(|l| self.bundles.get(l))
                    .find(|b| b.ids.contains(id));
                let pattern = chosen
                    .and_then(|b| b.bundle.get_message(id))
                    .and_then(|m| m.value());
                if let Some(parts) = pattern.and_then(simple_parts) {
                    patterns.insert(id.to_string(), parts);
                }
            }
            all.insert(lang.clone(), patterns);
        }
        all
    }

    /// Formats `id` with string arguments: by substitution for simple messages, through Fluent
    /// for the others (selectors, functions, numbers). Same errors as [`Locales::format`].
    pub fn format_str(
        &self,
        lang: &str,
        id: &str,
        args: &[(&str, &str)],
    ) -> Result<String, String> {
        if let Some(parts) = self.simple.get(lang).and_then(|p| p.get(id)) {
            let mut out = String::new();
            let mut complete = true;
            for part in parts {
                match part {
                    Part::Text(text) => out.push_str(text),
                    Part::Var(name) => match args.iter().find(|(k, _)| k == name) {
                        Some((_, value)) => out.push_str(value),
                        None => complete = false,
                    },
                }
            }
            if complete {
                return Ok(out);
            }
        }
        let mut fluent_args = FluentArgs::new();
        for (k, v) in args {
            fluent_args.set(*k, *v);
        }
        self.format(lang, id, Some(&fluent_args))
    }

    /// Every message that needs no argument, formatted once per locale (with fallback): most
    /// template strings are such, and pages ask for them thousands of times.
    fn fixed_texts(&self) -> MessageMap<MessageMap<String>> {
        let mut fixed = MessageMap::default();
        for lang in &self.order {
            let mut texts = MessageMap::default();
            for id in self.ids() {
                if let Ok(text) = self.format_uncached(lang, id, None) {
                    texts.insert(id.to_string(), text);
                }
            }
            fixed.insert(lang.clone(), texts);
        }
        fixed
    }

    /// The messages of `lang` that take no argument, formatted (with fallback to the default
    /// locale): what templates read as `msg["id"]`.
    pub fn fixed(&self, lang: &str) -> Option<&MessageMap<String>> {
        self.fixed.get(lang)
    }

    /// A hash of every .ftl file used.
    pub fn fingerprint(&self) -> u64 {
        self.fingerprint
    }

    /// The default locale.
    pub fn default_locale(&self) -> &str {
        &self.default
    }

    /// Every locale, the default first.
    pub fn order(&self) -> &[String] {
        &self.order
    }

    /// Whether `lang` itself (not its fallback) defines message `id`.
    pub fn defines(&self, lang: &str, id: &str) -> bool {
        self.bundles.get(lang).is_some_and(|b| b.ids.contains(id))
    }

    /// Whether `id` exists in `lang` or its fallback.
    pub fn has(&self, lang: &str, id: &str) -> bool {
        self.defines(lang, id) || self.defines(&self.default, id)
    }

    /// Message ids of the default locale that `lang` lacks (they fall back).
    pub fn missing(&self, lang: &str) -> Vec<String> {
        let Some(default) = self.bundles.get(&self.default) else {
            return Vec::new();
        };
        default
            .ids
            .iter()
            .filter(|id| !self.defines(lang, id))
            .cloned()
            .collect()
    }

    /// Every message id of the default locale.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.bundles
            .get(&self.default)
            .into_iter()
            .flat_map(|b| b.ids.iter().map(String::as_str))
    }

    /// Formats message `id` in `lang`, falling back to the default locale. Errors (unknown id, a
    /// variable the caller did not give) are returned, never printed into the page.
    pub fn format(
        &self,
        lang: &str,
        id: &str,
        args: Option<&FluentArgs>,
    ) -> Result<String, String> {
        if args.is_none_or(|a| a.iter().next().is_none())
            && let Some(text) = self.fixed.get(lang).and_then(|t| t.get(id))
        {
            return Ok(text.clone());
        }
        self.format_uncached(lang, id, args)
    }

    fn format_uncached(
        &self,
        lang: &str,
        id: &str,
        args: Option<&FluentArgs>,
    ) -> Result<String, String> {
        let chosen = [lang, self.default.as_str()]
            .into_iter()
            .filter_map(|l| self.bundles.get(l))
            .find(|b| b.ids.contains(id));
        let Some(b) = chosen else {
            return Err(if lang == self.default {
                format!("no message `{id}` in locale `{lang}`")
            } else {
                format!("no message `{id}` in locale `{lang}` or `{}`", self.default)
            });
        };
        let pattern = b
            .bundle
            .get_message(id)
            .and_then(|m| m.value())
            .ok_or_else(|| format!("message `{id}` has no value"))?;
        let mut errors = Vec::new();
        let text = b.bundle.format_pattern(pattern, args, &mut errors);
        if let Some(err) = errors.first() {
            return Err(format!("message `{id}` in `{lang}`: {err}"));
        }
        Ok(text.into_owned())
    }

    /// Formats `id` when it exists, `None` otherwise (for optional texts such as command names).
    pub fn format_optional(
        &self,
        lang: &str,
        id: &str,
        args: Option<&FluentArgs>,
    ) -> Option<String> {
        if self.has(lang, id) {
            self.format(lang, id, args).ok()
        } else {
            None
        }
    }
}

/// The messages of one view or one page in one language. A message that cannot be formatted
/// (missing, or missing an argument) shows as its id, and the problem is kept, to be handed back
/// as a value with what was made (the build then fails naming it).
pub struct Messages<'a> {
    locales: &'a Locales,
    lang: &'a str,
    /// The messages the page's family rewords (none off family pages).
    scope: Option<&'a FamilyScope>,
    problems: RefCell<BTreeSet<String>>,
}

impl<'a> Messages<'a> {
    /// The messages of `lang`.
    pub fn new(locales: &'a Locales, lang: &'a str) -> Messages<'a> {
        Messages {
            locales,
            lang,
            scope: None,
            problems: RefCell::new(BTreeSet::new()),
        }
    }

    /// The messages of `lang` on a page or view of family `family`: `<family>-<id>` is used for
    /// `<id>` where it exists (see the module documentation for the order).
    pub fn for_family(locales: &'a Locales, lang: &'a str, family: &str) -> Messages<'a> {
        Messages {
            scope: locales.scope(family),
            ..Messages::new(locales, lang)
        }
    }

    /// The language.
    pub fn lang(&self) -> &'a str {
        self.lang
    }

    /// Joins items as a list in the language: "A", "A or B", "A, B or C" (`kind` is `and` or
    /// `or`, naming the messages `list-and` and `list-or`).
    pub fn join(&self, items: &[String], kind: &str) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [init @ .., last] => {
                let sep = self.get("list-separator", &[]);
                let init = init.join(&sep);
                self.get(&format!("list-{kind}"), &[("init", &init), ("last", last)])
            }
        }
    }

    /// Formats message `id` with `args`.
    pub fn get(&self, id: &str, args: &[(&str, &str)]) -> String {
        self.get_in(self.lang, id, args)
    }

    /// Formats message `id` with `args` in another language (a language switcher names each
    /// language in its own).
    pub fn get_in(&self, lang: &str, id: &str, args: &[(&str, &str)]) -> String {
        let id = self.locales.resolve(self.scope, lang, id);
        self.locales
            .format_str(lang, id, args)
            .unwrap_or_else(|err| {
                self.problems.borrow_mut().insert(err);
                id.to_string()
            })
    }

    /// Whether message `id` exists for this page (the family's own or the plain one, in the
    /// page's language or the default locale).
    pub fn has(&self, id: &str) -> bool {
        let id = self.locales.resolve(self.scope, self.lang, id);
        self.locales.has(self.lang, id)
    }

    /// Formats `id` when it exists, `None` otherwise (for optional texts such as command names).
    pub fn get_optional(&self, id: &str) -> Option<String> {
        let id = self.locales.resolve(self.scope, self.lang, id);
        self.locales.format_optional(self.lang, id, None)
    }

    /// Takes over the problems `other` met (messages of another family, used on this page).
    pub fn absorb(&self, other: Messages) {
        self.problems.borrow_mut().extend(other.into_problems());
    }

    /// The problems met.
    pub fn into_problems(self) -> BTreeSet<String> {
        self.problems.into_inner()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::BaseUrl;

    fn config(locales: &[&str]) -> Config {
        Config {
            base_url: BaseUrl {
                origin: String::new(),
                path: "/".into(),
            },
            default_locale: "en".into(),
            locales: locales.iter().map(|s| s.to_string()).collect(),
            cname: None,
        }
    }

    fn write(root: &Path, rel: &str, text: &str) {
        let path = root.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    #[test]
    fn substitution_gives_what_fluent_gives_for_every_built_in_message() {
        let dir = tempfile::tempdir().unwrap();
        let l = Locales::load(&Snapshot::read(dir.path()), &config(&["en", "vi"]))
            .unwrap()
            .value;
        let mut checked = 0;
        for lang in ["en", "vi"] {
            for (id, parts) in &l.simple[lang] {
                let names: Vec<String> = parts
                    .iter()
                    .filter_map(|p| match p {
                        Part::Var(n) => Some(n.clone()),
                        Part::Text(_) => None,
                    })
                    .collect();
                let values: Vec<String> = names.iter().map(|n| format!("<{n}>")).collect();
                let args: Vec<(&str, &str)> = names
                    .iter()
                    .map(String::as_str)
                    .zip(values.iter().map(String::as_str))
                    .collect();
                let mut fluent = FluentArgs::new();
                for (k, v) in &args {
                    fluent.set(*k, *v);
                }
                assert_eq!(
                    l.format_str(lang, id, &args).unwrap(),
                    l.format_uncached(lang, id, Some(&fluent)).unwrap(),
                    "{lang} {id}"
                );
                checked += 1;
            }
        }
        assert!(checked > 100, "{checked}");
    }

    #[test]
    fn no_isolation_marks_and_fallback_to_english() {
        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            "locales/en/test.ftl",
            "only-en = Hello { $name }\n",
        );
        let l = Locales::load(&Snapshot::read(dir.path()), &config(&["en", "vi"]))
            .unwrap()
            .value;
        let mut args = FluentArgs::new();
        args.set("name", "SMTP");
        assert_eq!(
            l.format("vi", "only-en", Some(&args)).unwrap(),
            "Hello SMTP"
        );
        assert!(l.missing("vi").contains(&"only-en".to_string()));
        let vi = l.format("vi", "heading-description", None).unwrap();
        assert_eq!(vi, "Mô tả");
        assert!(!vi.contains('\u{2068}'));
    }

    #[test]
    fn a_family_rewords_messages_by_prefix_and_inherits_wording() {
        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            "locales/en/test.ftl",
            "zz-heading-when = ZZ when\nzz-own-only = only ZZ has it\n\
             zz-y-heading-when = Y when\n",
        );
        write(
            dir.path(),
            "locales/vi/test.ftl",
            "zz-heading-fix = ZZ sửa\nzz-y-heading-description = Y mô tả\n",
        );
        write(
            dir.path(),
            "locales/en/zz.ftl",
            "zz-heading-description = ZZ description\n",
        );
        let mut l = Locales::load(&Snapshot::read(dir.path()), &config(&["en", "vi"]))
            .unwrap()
            .value;
        let scope = l.scope("zz").unwrap();
        assert_eq!(scope["heading-when"], ["zz-heading-when"]);
        assert_eq!(scope["own-only"], ["zz-own-only"]);
        assert!(l.scope("no-such-family").is_none());
        assert_eq!(
            l.scope("zz-y").unwrap()["heading-when"],
            ["zz-y-heading-when"]
        );
        let (en, vi) = (
            Messages::for_family(&l, "en", "zz"),
            Messages::for_family(&l, "vi", "zz"),
        );
        // Scoped in the page's locale, then scoped in the default, then plain.
        assert_eq!(en.get("heading-when", &[]), "ZZ when");
        assert_eq!(vi.get("heading-when", &[]), "ZZ when");
        assert_eq!(vi.get("heading-fix", &[]), "ZZ sửa");
        assert_eq!(en.get("heading-fix", &[]), "How to fix it");
        // A family's own message needs no plain one.
        assert!(en.has("own-only") && !Messages::new(&l, "en").has("own-only"));
        assert_eq!(en.get("own-only", &[]), "only ZZ has it");
        assert_eq!(
            Messages::new(&l, "en").get("heading-when", &[]),
            "When you see this code"
        );
        assert_eq!(l.fixed_for_family("vi", "zz")["heading-fix"], "ZZ sửa");
        assert_eq!(
            l.fixed_for_family("en", "http")["heading-when"],
            "When you see this code"
        );
        // `wording-from`: its own first, then the other family's, then plain.
        l.inherit_wording("zz-y", "zz");
        let y = Messages::for_family(&l, "vi", "zz-y");
        assert_eq!(y.get("heading-when", &[]), "Y when");
        assert_eq!(y.get("heading-fix", &[]), "ZZ sửa");
        assert_eq!(y.get("heading-description", &[]), "Y mô tả");
        // Its own message only in Vietnamese: English pages take the other family's.
        let y_en = Messages::for_family(&l, "en", "zz-y");
        assert_eq!(y_en.get("heading-description", &[]), "ZZ description");
        assert_eq!(y_en.get("heading-when", &[]), "Y when");
        assert_eq!(y_en.get("heading-retry", &[]), "Should the client retry?");
    }

    #[test]
    fn a_missing_variable_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            "locales/en/test.ftl",
            "greet = Hello { $name }\n",
        );
        let l = Locales::load(&Snapshot::read(dir.path()), &config(&["en"]))
            .unwrap()
            .value;
        assert!(l.format("en", "greet", None).is_err());
        assert!(l.format("en", "no-such-id", None).is_err());
    }

    #[test]
    fn syntax_errors_point_at_the_line() {
        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            "locales/en/broken.ftl",
            "ok = fine\nbad = { $x ]\nlast = y\n",
        );
        let errs = Locales::load(&Snapshot::read(dir.path()), &config(&["en"])).unwrap_err();
        let e = errs
            .0
            .iter()
            .find(|d| d.path.ends_with("broken.ftl"))
            .unwrap();
        assert_eq!(e.line, 2, "{e}");
    }
}
