//! The `new` command: writes a code file with every field and every configured locale as a
//! skeleton to fill in, after checking the code against its family. Never overwrites.

use std::path::{Path, PathBuf};

use crate::config::{CONFIG_FILE, Config};
use crate::content::family::{FAMILY_FILE, Family};
use crate::error::Diagnostic;

/// Writes `content/<family>/<code>.yaml` and returns its path.
pub fn new_code(root: &Path, family_id: &str, code: &str) -> Result<PathBuf, Diagnostic> {
    let config = Config::load(&crate::snapshot::Snapshot::read(root), None)
        .map_err(|d| {
            let first = d.0.into_iter().next();
            first.unwrap_or_else(|| Diagnostic::error(CONFIG_FILE, "cannot load the site config"))
        })?
        .value;
    let family_file = root.join("content").join(family_id).join(FAMILY_FILE);
    let shown = PathBuf::from(format!("content/{family_id}/{FAMILY_FILE}"));
    crate::slug::check_segment(family_id).map_err(|msg| {
        Diagnostic::error(&shown, format!("invalid family name `{family_id}`: {msg}"))
    })?;
    let bytes = std::fs::read(&family_file).map_err(|e| {
        Diagnostic::error(&shown, format!("cannot read the family file: {e}"))
            .hint("create the family first: content/<family>/_family.yaml")
    })?;
    let text = crate::yaml::text(&shown, &bytes)?;
    let family = Family::parse(family_id, &shown, text).map_err(|mut d| d.remove(0))?;
    if family.sort_key(code).is_none() {
        return Err(Diagnostic::error(
            &shown,
            format!("`{code}` is not a valid {} code", family.name),
        )
        .hint(format!(
            "codes of this family match `{}`",
            family.pattern.as_str()
        )));
    }
    let slug = code.to_ascii_lowercase();
    crate::slug::check_segment(&slug).map_err(|msg| {
        Diagnostic::error(&shown, format!("`{code}` cannot be a file name: {msg}"))
    })?;
    let path = root
        .join("content")
        .join(family_id)
        .join(format!("{slug}.yaml"));
    let shown_code = PathBuf::from(format!("content/{family_id}/{slug}.yaml"));
    let skeleton = skeleton(&family, code, &config.locales);
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
        .map_err(|e| {
            if e.kind() == std::io::ErrorKind::AlreadyExists {
                Diagnostic::error(&shown_code, "the file already exists; nothing was written")
                    .hint("edit it, or delete it first")
            } else {
                Diagnostic::error(&shown_code, format!("cannot create the file: {e}"))
            }
        })?;
    std::io::Write::write_all(&mut file, skeleton.as_bytes())
        .map_err(|e| Diagnostic::error(&shown_code, format!("cannot write the file: {e}")))?;
    Ok(path)
}

/// The skeleton text: every field, commented where optional.
pub fn skeleton(family: &Family, code: &str, locales: &[String]) -> String {
    let quoted = if code.chars().all(|c| c.is_ascii_digit()) {
        code.to_string()
    } else {
        format!("'{code}'")
    };
    let mut out = format!(
        "# {} {code}. Fields: docs/content-format.md. Delete the lines you do not need.\ncode: {quoted}\n",
        family.name
    );
    if family.aliases.is_some() {
        out.push_str("classes: []                 # class values this code is sent with\n");
    }
    let actors: Vec<&str> = std::iter::once(crate::content::NOBODY)
        .chain(family.actors.iter().map(String::as_str))
        .collect();
    let requests = family
        .requests
        .as_ref()
        .map_or(&[][..], |r| r.tokens.as_slice());
    out.push_str(&format!(
        "commands: []                # {}\n\
         actors: []                  # {}\n",
        if requests.is_empty() {
            "(the family file declares no requests)".to_string()
        } else {
            format!("any of: {}", requests.join(", "))
        },
        actors.join(", ")
    ));
    out.push_str(
        "# counterpart: 000          # as the family file's `counterpart` allows\n\
         related: []\n\
         # linked:                   # codes of another family sent with this one\n\
         #   other-family: []\n\
         references:\n  - rfc: 0\n    section: '0.0'\n",
    );
    out.push_str(&overrides(family));
    out.push_str("texts:\n");
    for lang in locales {
        out.push_str(&format!(
            "  {lang}:\n    title: ''\n    summary: ''\n    description: |\n      \n    when: |\n      \n    fix: |\n      \n    # fix_admin: |\n    # retry: |\n    # practice: |\n    action: ''\n"
        ));
    }
    out
}

/// The commented `retry:` and `outcome:` lines, listing the family's kinds and outcomes (each
/// only to override what the code's class gives).
fn overrides(family: &Family) -> String {
    let kinds: Vec<&str> = family.retry.keys().map(String::as_str).collect();
    let outcomes: Vec<&str> = family.outcomes.iter().map(|o| o.key.as_str()).collect();
    let mut out = String::new();
    if !kinds.is_empty() {
        out.push_str(&format!(
            "# retry: {:<19}# to override the class default; any of: {}\n",
            kinds[0],
            kinds.join(", ")
        ));
    }
    out.push_str(&format!(
        "# outcome: {:<17}# to override the class's; any of: {}\n",
        outcomes.first().copied().unwrap_or_default(),
        outcomes.join(", ")
    ));
    out
}
