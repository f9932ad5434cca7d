//! The site config (`site.yaml` at the site root): base URL, locales, default locale, custom
//! domain. A missing file means the defaults; `--base-url` overrides the file.

use std::path::Path;

use serde::Deserialize;

use crate::error::{Diagnostic, Diagnostics, LoadResult, Loaded};
pub use crate::snapshot::CONFIG_FILE;
use crate::snapshot::Snapshot;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    #[serde(default)]
    base_url: Option<String>,
    #[serde(default)]
    default_locale: Option<String>,
    #[serde(default)]
    locales: Option<Vec<String>>,
    #[serde(default)]
    cname: Option<String>,
}

/// The validated site configuration.
#[derive(Debug, Clone)]
pub struct Config {
    /// Where the site is published.
    pub base_url: BaseUrl,
    /// The locale served at the root (`en`).
    pub default_locale: String,
    /// Every locale built, the default first.
    pub locales: Vec<String>,
    /// A custom domain for GitHub Pages (written to `CNAME`).
    pub cname: Option<String>,
}

/// The published address, split into origin (`https://example.github.io`) and path (`/atlas/`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BaseUrl {
    /// Scheme and host, without a trailing slash; empty for a path-only base.
    pub origin: String,
    /// The path the site lives under, starting and ending with `/`.
    pub path: String,
}

impl BaseUrl {
    /// Parses `https://host/path`, `http://…` or a bare path such as `/atlas/`. A missing trailing
    /// slash is added (GitHub's configure-pages gives the base without one).
    pub fn parse(input: &str) -> Result<BaseUrl, String> {
        let input = input.trim();
        if input
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || "\"'<>`\\".contains(c))
        {
            return Err(format!("`{input}` contains a character a URL cannot hold"));
        }
        let (origin, path) = if let Some(rest) = input
            .strip_prefix("https://")
            .or_else(|| input.strip_prefix("http://"))
        {
            let scheme_len = input.len() - rest.len();
            let host_end = rest.find('/').unwrap_or(rest.len());
            if host_end == 0 {
                return Err(format!("`{input}` has no host name"));
            }
            (
                input[..scheme_len + host_end].to_string(),
                rest[host_end..].to_string(),
            )
        } else if input.starts_with('/') {
            (String::new(), input.to_string())
        } else {
            return Err(format!(
                "`{input}` is neither an http(s) URL nor a path starting with `/`"
            ));
        };
        if path.contains(['?', '#']) {
            return Err(format!("`{input}` must not have a query or a fragment"));
        }
        let mut path = if path.is_empty() {
            "/".to_string()
        } else {
            path
        };
        if !path.ends_with('/') {
            path.push('/');
        }
        if path.split('/').any(|seg| seg == ".." || seg == ".") {
            return Err(format!("`{input}` must not contain `.` or `..` segments"));
        }
        Ok(BaseUrl { origin, path })
    }

    /// The absolute address of a site path such as `smtp/552/` (origin + base path + path).
    pub fn absolute(&self, site_path: &str) -> String {
        let path = site_path.trim_start_matches('/');
        crate::slug::concat(&[&self.origin, &self.path, path])
    }

    /// The root-relative address of a site path (`/atlas/smtp/552/`).
    pub fn root_relative(&self, site_path: &str) -> String {
        crate::slug::concat(&[&self.path, site_path.trim_start_matches('/')])
    }
}

impl Config {
    /// Takes the snapshot's `site.yaml` (optional) and applies `--base-url`.
    pub fn load(snapshot: &Snapshot, base_url_override: Option<&str>) -> LoadResult<Config> {
        let (raw, source) = read_raw(snapshot)?;
        let at = KeyAt { source: &source };
        let mut problems = Vec::new();
        let base_url = base_url(&at, base_url_override, raw.base_url, &mut problems);
        let default_locale = raw.default_locale.unwrap_or_else(|| "en".to_string());
        let locales = locales(&at, raw.locales, &default_locale, &mut problems);
        let cname = raw.cname.filter(|c| !c.trim().is_empty());
        if let Some(cname) = &cname {
            let valid = cname
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
                && cname.contains('.');
            if !valid {
                problems.push(
                    at.key(
                        "cname",
                        Diagnostic::error(CONFIG_FILE, format!("`{cname}` is not a domain name"))
                            .hint("write the bare domain, e.g. codes.example.org"),
                    ),
                );
            }
        }
        if problems.is_empty() {
            Ok(Loaded::clean(Config {
                base_url,
                default_locale,
                locales,
                cname,
            }))
        } else {
            Err(Diagnostics(problems))
        }
    }
}

/// `site.yaml` parsed, with its text (empty, and every setting absent, without the file).
fn read_raw(snapshot: &Snapshot) -> Result<(RawConfig, String), Diagnostics> {
    let shown = Path::new(CONFIG_FILE);
    let Some(read) = snapshot.config_file() else {
        let raw = RawConfig {
            base_url: None,
            default_locale: None,
            locales: None,
            cname: None,
        };
        return Ok((raw, String::new()));
    };
    let one = |d: Diagnostic| Diagnostics(vec![d]);
    let bytes = read.map_err(|err| {
        one(Diagnostic::error(
            shown,
            format!("cannot read the site config: {err}"),
        ))
    })?;
    let source = crate::yaml::text(shown, bytes).map_err(one)?.to_string();
    let raw = crate::yaml::parse::<RawConfig>(shown, &source).map_err(one)?;
    Ok((raw, source))
}

/// The text of `site.yaml`, to place problems at a key.
struct KeyAt<'a> {
    source: &'a str,
}

impl KeyAt<'_> {
    /// `d` placed at the first line whose key is `key`.
    fn key(&self, key: &str, d: Diagnostic) -> Diagnostic {
        crate::yaml::at_key(self.source, key, d)
    }
}

/// The base URL: `--base-url`, else the file's, else `/`.
fn base_url(
    at: &KeyAt,
    base_url_override: Option<&str>,
    written: Option<String>,
    problems: &mut Vec<Diagnostic>,
) -> BaseUrl {
    let base_input = base_url_override
        .map(str::to_string)
        .or(written)
        .unwrap_or_else(|| "/".to_string());
    match BaseUrl::parse(&base_input) {
        Ok(url) => url,
        Err(msg) => {
            let d = Diagnostic::error(CONFIG_FILE, format!("invalid base URL: {msg}")).hint(
                "use the address the site is published at, e.g. https://user.github.io/repo/",
            );
            problems.push(if base_url_override.is_some() {
                d
            } else {
                at.key("base_url", d)
            });
            BaseUrl::parse("/").unwrap_or(BaseUrl {
                origin: String::new(),
                path: "/".into(),
            })
        }
    }
}

/// The locales built: each a valid URL segment, the default among them; returned with the
/// default first, the others in the order given, without duplicates.
fn locales(
    at: &KeyAt,
    written: Option<Vec<String>>,
    default_locale: &str,
    problems: &mut Vec<Diagnostic>,
) -> Vec<String> {
    let mut locales = written.unwrap_or_else(|| vec![default_locale.to_string()]);
    for locale in &locales {
        if let Err(msg) = crate::slug::check_segment(locale) {
            problems.push(
                at.key(
                    "locales",
                    Diagnostic::error(
                        CONFIG_FILE,
                        format!("invalid locale name `{locale}`: {msg}"),
                    )
                    .hint("use a language tag such as `en` or `vi`"),
                ),
            );
        }
    }
    if !locales.iter().any(|l| l == default_locale) {
        problems.push(
            at.key(
                "default_locale",
                Diagnostic::error(
                    CONFIG_FILE,
                    format!("default locale `{default_locale}` is not in `locales`"),
                )
                .hint("add it to the `locales` list"),
            ),
        );
    }
    locales.retain(|l| l != default_locale);
    locales.insert(0, default_locale.to_string());
    locales.dedup();
    locales
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_url_with_path_gets_a_trailing_slash() {
        let url = BaseUrl::parse("https://example.github.io/atlas").unwrap();
        assert_eq!(url.origin, "https://example.github.io");
        assert_eq!(url.path, "/atlas/");
        assert_eq!(
            url.absolute("smtp/552/"),
            "https://example.github.io/atlas/smtp/552/"
        );
        assert_eq!(url.root_relative("/smtp/"), "/atlas/smtp/");
    }

    #[test]
    fn base_url_forms() {
        assert_eq!(BaseUrl::parse("https://a.org").unwrap().path, "/");
        assert_eq!(BaseUrl::parse("/").unwrap().origin, "");
        assert!(BaseUrl::parse("ftp://a.org/").is_err());
        assert!(BaseUrl::parse("https:///x").is_err());
        assert!(BaseUrl::parse("https://a.org/\"><script>").is_err());
        assert!(BaseUrl::parse("https://a.org/../x").is_err());
    }
}
