//! Tera templates (`templates/*.html` layered over the embedded defaults) with the `t()` function
//! for locale strings and `url()` for addresses under the base URL. Template errors become
//! diagnostics pointing at the template's file, line and column.
//!
//! A family's pages may use the family's own templates (`templates/<family>/code.html`, chosen
//! by the page renderer) and see the family's wording: for each family that rewords messages
//! (`<family>-<id>`), each locale has one more Tera whose `msg` map and `t()` give the family's
//! messages first. Other families share the plain Tera, so they cost nothing per page.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use fluent_bundle::{FluentArgs, FluentValue};
use tera::{Context, ErrorKind, Kwargs, State, Tera, TeraResult, Value};

use crate::config::BaseUrl;
use crate::error::{Diagnostic, Diagnostics, LoadResult, Loaded, warnings_only};
use crate::locales::{Locales, MessageMap};
use crate::snapshot::Snapshot;

/// The loaded templates, ready to render from many threads.
pub struct Templates {
    /// The templates, parsed once for every locale and family: `t()` reads the page's language
    /// and family from the context each page is rendered with.
    tera: Tera,
    /// The messages `t()` and `msg` give.
    locales: Arc<Locales>,
    /// [locale] → `msg` of pages that belong to no family, made on first use.
    msgs: Vec<OnceLock<Value>>,
    /// Family id → [locale] → `msg` in that family's words, for the families that reword
    /// messages, made on first use.
    family_msgs: MessageMap<Vec<OnceLock<Value>>>,
    /// Template name → (path shown in messages, source) for diagnostics.
    sources: Sources,
}

/// The context entry holding the page's language, for `t()`.
const PAGE_LANG: &str = "__codeatlas_lang";

/// The context entry holding the id of the family whose words `t()` speaks, if any.
const PAGE_FAMILY: &str = "__codeatlas_family";

impl std::fmt::Debug for Templates {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Templates")
            .field("names", &self.sources.keys())
            .finish()
    }
}

/// Templates every site must have (the embedded defaults provide them).
pub const REQUIRED: [&str; 6] = [
    "base.html",
    "home.html",
    "family.html",
    "code.html",
    "compare.html",
    "redirect.html",
];

/// The templates a family may bring its own of, as `templates/<family-id>/<name>`.
pub const FAMILY_PAGES: [&str; 3] = ["family.html", "code.html", "compare.html"];

impl Templates {
    /// Loads and parses every template; every syntax error is reported, not only the first.
    /// `families` are the ids of the site's families: those that reword messages get Teras of
    /// their own (a message prefix that is no family's id gets none).
    pub fn load(
        snapshot: &Snapshot,
        locales: Arc<Locales>,
        base_url: BaseUrl,
        families: &[&str],
    ) -> LoadResult<Templates> {
        Templates::from_parsed(Templates::parse(snapshot, base_url), &locales, families)
    }

    /// The templates of `parsed` (see [`Templates::parse`]) once the messages are there, with
    /// its warnings.
    pub fn from_parsed(
        parsed: LoadResult<Parsed>,
        locales: &Arc<Locales>,
        families: &[&str],
    ) -> LoadResult<Templates> {
        let parsed = parsed?;
        Ok(Loaded {
            value: parsed.value.with_messages(locales, families),
            warnings: parsed.warnings,
        })
    }

    /// Reads and parses every template, before the messages are known (so that it can run while
    /// they load); [`Templates::from_parsed`] makes the templates of it. Every syntax error is
    /// reported.
    pub fn parse(snapshot: &Snapshot, base_url: BaseUrl) -> LoadResult<Parsed> {
        let (sources, problems) = template_sources(snapshot);
        let warnings = warnings_only(problems)?;
        let mut tera = new_tera(base_url);
        // The messages' `t()` replaces this one once they are loaded (see `with_messages`).
        register_placeholder_t(&mut tera);
        let pairs = sources.iter().map(|(n, (_, t))| (n.as_str(), t.as_str()));
        if let Err(err) = tera.add_raw_templates(pairs) {
            return Err(Diagnostics(parse_errors(&err, &sources)));
        }
        Ok(Loaded {
            value: Parsed { tera, sources },
            warnings,
        })
    }

    /// Every problem of the templates that can be found without the messages: their syntax
    /// (and warnings about their files). For a site whose locales failed to load, so that its
    /// template errors are reported in the same run.
    pub fn syntax_problems(snapshot: &Snapshot, base_url: BaseUrl) -> Vec<Diagnostic> {
        let (sources, mut problems) = template_sources(snapshot);
        let mut tera = new_tera(base_url);
        register_placeholder_t(&mut tera);
        let pairs = sources.iter().map(|(n, (_, t))| (n.as_str(), t.as_str()));
        if let Err(err) = tera.add_raw_templates(pairs) {
            problems.extend(parse_errors(&err, &sources));
        }
        problems
    }

    /// A hash of every template's name and text.
    pub fn fingerprint(&self) -> u64 {
        crate::hash::of(&self.sources)
    }

    /// Whether a template exists.
    pub fn has(&self, name: &str) -> bool {
        self.sources.contains_key(name)
    }

    /// Renders `name` for the locale at index `locale` (its `t()` speaks that locale); errors
    /// point into the template.
    pub fn render(
        &self,
        locale: usize,
        name: &str,
        context: Context,
    ) -> Result<Vec<u8>, Diagnostic> {
        self.render_for_family(locale, None, name, context)
    }

    /// Renders `name` for the locale at index `locale` on a page of `family` (whose own
    /// messages `msg` and `t()` then give first).
    pub fn render_for_family(
        &self,
        locale: usize,
        family: Option<&str>,
        name: &str,
        mut context: Context,
    ) -> Result<Vec<u8>, Diagnostic> {
        let Some(lang) = self.locales.order().get(locale) else {
            return Err(Diagnostic::error(
                format!("templates/{name}"),
                format!("no locale number {locale}"),
            ));
        };
        let scoped = family.and_then(|f| Some((f, self.family_msgs.get(f)?)));
        let msg = match scoped {
            Some((f, msgs)) => msgs[locale]
                .get_or_init(|| Value::from_serializable(&self.locales.fixed_for_family(lang, f))),
            None => self.msgs[locale].get_or_init(|| match self.locales.fixed(lang) {
                Some(fixed) => Value::from_serializable(fixed),
                None => Value::from_serializable(&MessageMap::<String>::default()),
            }),
        };
        context.insert_value("msg", msg.clone());
        context.insert(PAGE_LANG, lang);
        if let Some((f, _)) = scoped {
            context.insert(PAGE_FAMILY, f);
        }
        // Rendered straight into bytes: the output is UTF-8 by construction, and the pages go to
        // files, so no String (and no second UTF-8 check) is needed.
        let mut out = Vec::with_capacity(16 * 1024);
        (self.tera)
            .render_to(name, &context, &mut out)
            .map_err(|err| self.render_error(name, &err))?;
        Ok(out)
    }

    fn render_error(&self, name: &str, err: &tera::Error) -> Diagnostic {
        let file = match err.kind() {
            ErrorKind::RenderingError(report) | ErrorKind::SyntaxError(report) => {
                report.filename().to_string()
            }
            _ => name.to_string(),
        };
        match self.sources.get(&file) {
            Some((shown, text)) => diagnostic(err, shown, text),
            None => Diagnostic::error(PathBuf::from(format!("templates/{name}")), err.to_string()),
        }
    }
}

/// Templates parsed, waiting for the messages.
pub struct Parsed {
    tera: Tera,
    sources: Sources,
}

impl Parsed {
    /// The templates, with a `t()` and `msg` that speak each page's locale (and the words of
    /// its family, for the rewording families of `families`).
    fn with_messages(self, locales: &Arc<Locales>, families: &[&str]) -> Templates {
        let per_locale = || locales.order().iter().map(|_| OnceLock::new()).collect();
        let family_msgs = locales
            .scoped_families()
            .filter(|family| families.contains(family))
            .map(|family| (family.to_string(), per_locale()))
            .collect();
        let mut tera = self.tera;
        register_t(&mut tera, locales.clone());
        Templates {
            tera,
            locales: locales.clone(),
            msgs: per_locale(),
            family_msgs,
            sources: self.sources,
        }
    }
}

/// Templates are parsed against the functions they call: a `t()` that formats nothing stands
/// in for the one the messages give.
fn register_placeholder_t(tera: &mut Tera) {
    tera.register_function("t", |_: Kwargs, _: &State| -> TeraResult<String> {
        Ok(String::new())
    });
}

/// A Tera with the settings and functions of every template but `t()`: autoescaping, `root`
/// and `url()`.
fn new_tera(base_url: BaseUrl) -> Tera {
    let mut tera = Tera::new();
    tera.autoescape_on([".html", ".xml"]);
    // `root`: the site's root-relative base ("/" or "/atlas/"), for `{{ root }}style.css`.
    tera.global_context()
        .insert("root", &base_url.root_relative(""));
    register_url(&mut tera, base_url);
    tera
}

/// Template name → (path shown in messages, text).
type Sources = BTreeMap<String, (PathBuf, String)>;

/// The snapshot's templates over the embedded defaults, as text; files that are not UTF-8 and
/// missing required templates are reported.
fn template_sources(snapshot: &Snapshot) -> (Sources, Vec<Diagnostic>) {
    let (files, mut problems) = snapshot.layered("templates");
    let mut sources = BTreeMap::new();
    for file in files {
        let shown = file.display_path(snapshot.root(), "templates");
        match crate::text::decode(&file.bytes) {
            Ok(text) => {
                sources.insert(file.rel, (shown, text.to_string()));
            }
            Err(err) => problems.push(Diagnostic::error(
                shown,
                format!("template is not valid UTF-8: {err}"),
            )),
        }
    }
    for name in REQUIRED {
        if !sources.contains_key(name) {
            problems.push(Diagnostic::error(
                format!("templates/{name}"),
                "required template is missing",
            ));
        }
    }
    (sources, problems)
}

/// What made the templates fail to load together: every syntax error (each template parsed
/// alone), else the one error Tera gave (such as an unknown template in `{% extends %}`).
fn parse_errors(err: &tera::Error, sources: &Sources) -> Vec<Diagnostic> {
    let mut each = Vec::new();
    for (name, (shown, text)) in sources {
        let mut alone = Tera::new();
        if let Err(err) = alone.add_raw_template(name, text)
            && matches!(err.kind(), ErrorKind::SyntaxError(_))
        {
            each.push(diagnostic(&err, shown, text));
        }
    }
    if !each.is_empty() {
        return each;
    }
    let (shown, text) = sources
        .values()
        .next()
        .map_or((PathBuf::from("templates"), String::new()), |(s, t)| {
            (s.clone(), t.clone())
        });
    let d = match err.kind() {
        ErrorKind::SyntaxError(report) | ErrorKind::RenderingError(report) => {
            let (s, t) = sources
                .get(report.filename())
                .cloned()
                .unwrap_or((shown, text));
            diagnostic(err, &s, &t)
        }
        _ => Diagnostic::error(PathBuf::from("templates"), err.to_string())
            .hint("check the names in {% extends %} and {% include %}"),
    };
    vec![d]
}

/// A Tera error as a diagnostic at the template's line:column.
fn diagnostic(err: &tera::Error, shown: &Path, text: &str) -> Diagnostic {
    match err.kind() {
        ErrorKind::SyntaxError(report) | ErrorKind::RenderingError(report) => {
            let span = report.span();
            let mut message = report.message().to_string();
            let mut source = std::error::Error::source(err);
            while let Some(inner) = source {
                message = format!("{message}: {inner}");
                source = inner.source();
            }
            let kind = if matches!(err.kind(), ErrorKind::SyntaxError(_)) {
                "template syntax error"
            } else {
                "template error"
            };
            let at = text
                .lines()
                .nth(span.start_line.saturating_sub(1))
                .and_then(|line| line.get(span.start_col..))
                .unwrap_or_default();
            Diagnostic::error(shown, format!("{kind}: {message}"))
                .at(text, span.start_line, span.start_col + 1)
                .hint(if message.contains("no message") {
                    "add the message to locales/<lang>/*.ftl or fix the key".to_string()
                } else if at.starts_with("msg[") {
                    "`msg[\"…\"]` holds the messages without arguments: add the message to \
                     locales/<lang>/*.ftl, fix the key, or call t(key=\"…\", …) for a message \
                     that takes arguments"
                        .to_string()
                } else {
                    "see https://keats.github.io/tera/docs/ for the template syntax".to_string()
                })
        }
        _ => Diagnostic::error(shown, err.to_string()),
    }
}

/// `t(key="…", …args)`: the message in the page's locale (or `lang="…"`), with Fluent arguments;
/// on the pages of a family that rewords messages, the family's own message first. The page's
/// locale and family are read from the context the page is rendered with (see
/// [`Templates::render_for_family`]); where a template cannot see it (inside a component),
/// `lang="…"` is needed.
fn register_t(tera: &mut Tera, locales: Arc<Locales>) {
    tera.register_function(
        "t",
        move |kwargs: Kwargs, state: &State| -> TeraResult<String> {
            let key: &str = kwargs.must_get("key")?;
            let lang_arg: Option<&str> = kwargs.get("lang")?;
            let page_lang: Option<String> = state.get(PAGE_LANG)?;
            let Some(lang) = lang_arg.or(page_lang.as_deref()) else {
                return Err(tera::Error::message(format!(
                    "t(key=\"{key}\") cannot tell the page's language here (inside a component?): add lang=…"
                )));
            };
            let mut args = FluentArgs::new();
            for (k, v) in kwargs.iter() {
                let Some(name) = k.as_str() else { continue };
                if name == "key" || name == "lang" {
                    continue;
                }
                let value = match (v.as_i64(), v.as_str()) {
                    (Some(n), _) => FluentValue::from(n),
                    (None, Some(s)) => FluentValue::from(s.to_string()),
                    (None, None) => FluentValue::from(v.to_string()),
                };
                args.set(name.to_string(), value);
            }
            let family: Option<String> = state.get(PAGE_FAMILY)?;
            let scope = family.as_deref().and_then(|f| locales.scope(f));
            let key = locales.resolve(scope, lang, key);
            locales
                .format(lang, key, Some(&args))
                .map_err(tera::Error::message)
        },
    );
}

/// `url(path="…")`: the address of a site path under the base URL.
fn register_url(tera: &mut Tera, base_url: BaseUrl) {
    tera.register_function(
        "url",
        move |kwargs: Kwargs, _: &State| -> TeraResult<String> {
            let path: &str = kwargs.must_get("path")?;
            Ok(base_url.root_relative(path))
        },
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    fn setup(extra: &[(&str, &str)]) -> (tempfile::TempDir, Result<Templates, Diagnostics>) {
        setup_with_families(extra, &[])
    }

    fn setup_with_families(
        extra: &[(&str, &str)],
        families: &[&str],
    ) -> (tempfile::TempDir, Result<Templates, Diagnostics>) {
        let dir = tempfile::tempdir().unwrap();
        for (rel, text) in extra {
            let p = dir.path().join(rel);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, text).unwrap();
        }
        let config = Config {
            base_url: BaseUrl::parse("https://x.org/atlas/").unwrap(),
            default_locale: "en".into(),
            locales: vec!["en".into(), "vi".into()],
            cname: None,
        };
        let snapshot = Snapshot::read(dir.path());
        let locales = Arc::new(Locales::load(&snapshot, &config).unwrap().value);
        let t =
            Templates::load(&snapshot, locales, config.base_url.clone(), families).map(|t| t.value);
        (dir, t)
    }

    #[test]
    fn only_families_of_the_site_have_words_of_their_own() {
        let wording =
            "smtp-heading-when = When SMTP says so\nnews-heading-when = When the news says so\n";
        let page = "{{ msg[\"heading-when\"] }}";
        let (_d, t) = setup_with_families(
            &[
                ("locales/en/extra.ftl", wording),
                ("templates/x.html", page),
            ],
            &["smtp"],
        );
        let t = t.unwrap();
        assert_eq!(t.family_msgs.keys().collect::<Vec<_>>(), ["smtp"]);
        let render = |family| {
            t.render_for_family(0, family, "x.html", Context::new())
                .unwrap()
        };
        assert_eq!(render(Some("smtp")), b"When SMTP says so");
        assert_eq!(
            render(Some("news")),
            render(None),
            "no family `news`: the plain wording"
        );
    }

    #[test]
    fn t_and_msg_speak_the_page_language_and_family_words_in_included_templates_too() {
        let wording = "smtp-heading-when = When SMTP says so\n";
        let vi_wording = "smtp-heading-when = Khi SMTP nói vậy\n";
        let part = "{{ t(key=\"heading-when\") }}|{{ msg[\"heading-when\"] }}|{% for lang in [1] %}{{ t(key=\"heading-when\") }}{% endfor %}";
        let (_d, t) = setup_with_families(
            &[
                ("locales/en/extra.ftl", wording),
                ("locales/vi/extra.ftl", vi_wording),
                ("templates/part.html", part),
                ("templates/x.html", "{% include \"part.html\" %}"),
            ],
            &["smtp"],
        );
        let t = t.unwrap();
        let render = |locale, family| {
            let html = t.render_for_family(locale, family, "x.html", Context::new());
            String::from_utf8(html.unwrap()).unwrap()
        };
        assert_eq!(
            render(1, Some("smtp")),
            "Khi SMTP nói vậy|Khi SMTP nói vậy|Khi SMTP nói vậy"
        );
        assert_eq!(
            render(0, Some("smtp")),
            "When SMTP says so|When SMTP says so|When SMTP says so"
        );
        let plain = render(1, None);
        assert!(!plain.contains("SMTP"), "{plain}");
        assert_eq!(
            plain
                .split('|')
                .collect::<std::collections::BTreeSet<_>>()
                .len(),
            1,
            "{plain}"
        );
    }

    #[test]
    fn t_uses_the_page_language_and_url_the_base_path() {
        let (_d, t) = setup(&[(
            "templates/x.html",
            "{{ t(key=\"heading-description\") }}|{{ url(path=\"style.css\") }}",
        )]);
        let t = t.unwrap();
        assert_eq!(
            t.render(1, "x.html", Context::new()).unwrap(),
            "Mô tả|/atlas/style.css".as_bytes()
        );
        assert_eq!(
            t.render(0, "x.html", Context::new()).unwrap(),
            "Description|/atlas/style.css".as_bytes()
        );
    }

    #[test]
    fn syntax_errors_in_several_templates_are_all_reported() {
        let (_d, t) = setup(&[
            ("templates/a.html", "ok\n{% if %}"),
            ("templates/b.html", "{{ x "),
        ]);
        let errs = t.unwrap_err().0;
        assert_eq!(errs.len(), 2, "{errs:?}");
        assert!(errs.iter().all(|e| e.line > 0));
        assert!(
            errs[0].path.ends_with("a.html") && errs[0].line == 2,
            "{}",
            errs[0]
        );
    }

    #[test]
    fn msg_holds_messages_without_arguments_and_root_the_base_path() {
        let (_d, t) = setup(&[(
            "templates/x.html",
            "{{ msg[\"heading-description\"] }}|{{ root }}\n{{ msg[\"compare-read-page\"] }}",
        )]);
        let t = t.unwrap();
        let err = t.render(1, "x.html", Context::new()).unwrap_err();
        assert_eq!(err.line, 2, "{err}");
        assert!(err.to_string().contains("t(key="), "{err}");
        let (_d, t) = setup(&[(
            "templates/x.html",
            "{{ msg[\"heading-description\"] }}|{{ root }}style.css",
        )]);
        assert_eq!(
            t.unwrap().render(1, "x.html", Context::new()).unwrap(),
            "Mô tả|/atlas/style.css".as_bytes()
        );
    }

    #[test]
    fn unknown_message_key_is_a_render_error_with_position() {
        let (_d, t) = setup(&[("templates/x.html", "line\n{{ t(key=\"no-such-key\") }}")]);
        let err = t.unwrap().render(0, "x.html", Context::new()).unwrap_err();
        assert_eq!(err.line, 2, "{err}");
        assert!(err.message.contains("no-such-key"), "{err}");
    }
}
