//! `content/` → typed model: every family folder with its family file and code files, parsed in
//! parallel, checked across files (duplicates, related codes, counterparts, references), sorted.

pub mod code;
pub mod family;
pub mod outcome;
pub mod references;
pub mod scalar;

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::Path;

use rayon::prelude::*;

pub use code::{Code, Reference, Retry, Texts};
pub use family::{CompareMode, Family, NOBODY};
pub use outcome::Outcome;

use crate::error::{Diagnostic, LoadResult, Loaded, display_path, warnings_only};
use crate::memo::Memo;
use crate::snapshot::Snapshot;
use crate::sources::SourceFile;

pub use references::{REFERENCES_FILE, Rfc, Rfcs};

/// A family with its codes, sorted by the family's order.
#[derive(Debug, Clone)]
pub struct FamilyContent {
    /// The family definition.
    pub family: Family,
    /// Its codes in order.
    pub codes: Vec<Code>,
    /// Slug → index into `codes`.
    pub index: HashMap<String, usize>,
    /// Alias slug (`5.2.2`) → index into `codes`.
    pub aliases: HashMap<String, usize>,
    /// Per code: the codes of other families that name it in `linked` (family, code).
    pub linked_from: Vec<Vec<(usize, usize)>>,
    /// File stems of code files that failed to load: references to them are not reported as
    /// unknown codes too (the file's own error says what is wrong).
    pub unparsed: HashSet<String>,
}

impl FamilyContent {
    /// Sorts `codes` and indexes them by slug and alias; codes or aliases described twice are
    /// returned as diagnostics (the first description is kept).
    pub fn new(
        family: Family,
        mut codes: Vec<Code>,
        unparsed: HashSet<String>,
    ) -> (FamilyContent, Vec<Diagnostic>) {
        let mut problems = Vec::new();
        codes.sort_by(|a, b| a.sort_key.cmp(&b.sort_key));
        let mut index = HashMap::new();
        let mut aliases = HashMap::new();
        for (i, code) in codes.iter().enumerate() {
            for alias in &code.aliases {
                aliases.insert(alias.slug.clone(), i);
            }
            if let Some(&first) = index.get(&code.slug) {
                let first: &Code = &codes[first];
                problems.push(
                    Diagnostic::error(
                        &code.source,
                        format!("code `{}` is described twice", code.id),
                    )
                    .hint(format!(
                        "it is also described in {}; keep one file",
                        first.source.display()
                    )),
                );
            } else {
                index.insert(code.slug.clone(), i);
            }
        }
        let mut clashes: Vec<(&String, &usize)> = aliases
            .iter()
            .filter(|(slug, _)| index.contains_key(*slug))
            .collect();
        clashes.sort();
        for (slug, &i) in clashes {
            let j = index[slug];
            problems.push(Diagnostic::error(
                &codes[i].source,
                format!(
                    "alias `{slug}` is also the code of {}",
                    codes[j].source.display()
                ),
            ));
        }
        let linked_from = vec![Vec::new(); codes.len()];
        (
            FamilyContent {
                family,
                codes,
                index,
                aliases,
                linked_from,
                unparsed,
            },
            problems,
        )
    }

    /// The code with this slug.
    pub fn get(&self, slug: &str) -> Option<&Code> {
        self.index.get(slug).map(|&i| &self.codes[i])
    }

    /// The index of the code a user-written code or alias names (`552`, `X.2.2`, `5.2.2`).
    pub fn resolve(&self, written: &str) -> Option<usize> {
        let slug = written.to_ascii_lowercase();
        self.index
            .get(&slug)
            .or_else(|| self.aliases.get(&slug))
            .copied()
    }
}

/// Everything under `content/`.
#[derive(Debug, Clone, Default)]
pub struct Content {
    /// Families sorted by id.
    pub families: Vec<FamilyContent>,
    /// RFC number → its title and listed sections.
    pub rfcs: Rfcs,
    /// Ids of the family folders that did not load (their family file is missing or has
    /// errors): references to them are not reported too (the family's own error says what is
    /// wrong). Always empty in content that loaded without errors.
    pub unloaded: BTreeSet<String>,
}

impl Content {
    /// Sorts the families and records the links between them both ways.
    pub fn new(mut families: Vec<FamilyContent>, rfcs: Rfcs) -> Content {
        families.sort_by(|a, b| a.family.id.cmp(&b.family.id));
        let mut content = Content {
            families,
            rfcs,
            unloaded: BTreeSet::new(),
        };
        link_back(&mut content);
        content
    }

    /// The family with this id.
    pub fn family(&self, id: &str) -> Option<&FamilyContent> {
        self.families.iter().find(|f| f.family.id == id)
    }
}

/// Loads and checks every file of the snapshot's `content/`. Warnings come back beside the content;
/// any error makes the whole load fail with every problem found.
pub fn load(snapshot: &Snapshot, locales: &[String]) -> LoadResult<Content> {
    let (content, problems) = load_partial(snapshot, locales);
    let warnings = warnings_only(problems)?;
    Ok(Loaded {
        value: content,
        warnings,
    })
}

/// Loads and checks every file of the snapshot's `content/`, and returns the content as far as
/// it loaded with every problem found (errors and warnings). A family whose family file is
/// missing or has errors is left out (and named in `Content::unloaded`), its code files checked
/// as far as they can be without it; a code file with errors is left out (and named in its
/// family's `unparsed`). The content is whole only when no problem is an error.
pub fn load_partial(snapshot: &Snapshot, locales: &[String]) -> (Content, Vec<Diagnostic>) {
    load_partial_with(snapshot, locales, &Memo::off())
}

/// [`load_partial`], with the code files parsed before by this build of codeatlas taken from
/// `memo` (the result is the same).
pub fn load_partial_with(
    snapshot: &Snapshot,
    locales: &[String],
    memo: &Memo,
) -> (Content, Vec<Diagnostic>) {
    let root = snapshot.root();
    let folder = snapshot.folder("content");
    if !folder.exists {
        let dir = root.join("content");
        let missing = Diagnostic::error(display_path(root, &dir), "the content folder is missing")
            .hint("create content/<family>/ with a _family.yaml and one YAML file per code");
        return (Content::default(), vec![missing]);
    }
    let mut problems = folder.problems.clone();
    let mut sorted = sort_files(root, &folder.files, &mut problems);
    let mut families = Vec::new();
    let mut unloaded = BTreeSet::new();
    for (id, file) in sorted.family_files {
        let code_files = sorted.code_files.remove(&id).unwrap_or_default();
        let shown = file.display_path(root, "content");
        let parsed = crate::yaml::text(&shown, &file.bytes)
            .map_err(|d| vec![d])
            .and_then(|text| Family::parse(&id, &shown, text));
        match parsed {
            Ok(family) => {
                let at = Codes {
                    root,
                    locales,
                    memo,
                };
                let fc = at.load(family, &code_files, &mut problems);
                families.push(fc);
            }
            Err(errs) => {
                problems.extend(errs);
                problems.extend(check_codes_alone(root, &code_files, locales, &sorted.rfcs));
                unloaded.insert(id);
            }
        }
    }
    for (id, files) in sorted.code_files {
        if let Some(file) = files.first() {
            let shown = file.display_path(root, "content");
            problems.push(
                Diagnostic::error(
                    shown,
                    format!("folder content/{id}/ has no {}", family::FAMILY_FILE),
                )
                .hint("add a family file saying how the family's codes are written and classified"),
            );
        }
        problems.extend(check_codes_alone(root, &files, locales, &sorted.rfcs));
        unloaded.insert(id);
    }
    let mut content = Content::new(families, sorted.rfcs);
    content.unloaded = unloaded;
    problems.extend(cross_check(&content));
    (content, problems)
}

/// The files of `content/` by kind.
struct ContentFiles<'a> {
    /// The RFCs of `references.yaml`.
    rfcs: Rfcs,
    /// (family id, its family file), in path order.
    family_files: Vec<(String, &'a SourceFile)>,
    /// Family id → its code files.
    code_files: BTreeMap<String, Vec<&'a SourceFile>>,
}

/// Sorts the files of `content/` into references, family files and code files; anything else
/// is skipped with a warning.
fn sort_files<'a>(
    root: &Path,
    files: &'a [SourceFile],
    problems: &mut Vec<Diagnostic>,
) -> ContentFiles<'a> {
    let mut sorted = ContentFiles {
        rfcs: BTreeMap::new(),
        family_files: Vec::new(),
        code_files: BTreeMap::new(),
    };
    for file in files {
        let shown = file.display_path(root, "content");
        let parts: Vec<&str> = file.rel.split('/').collect();
        let is_yaml = file.rel.ends_with(".yaml") || file.rel.ends_with(".yml");
        match parts.as_slice() {
            [REFERENCES_FILE] => match references::parse(&shown, &file.bytes) {
                Ok(r) => sorted.rfcs = r,
                Err(d) => problems.push(d),
            },
            [family, family::FAMILY_FILE] => sorted.family_files.push((family.to_string(), file)),
            [family, name] if is_yaml && !name.starts_with('_') => {
                let codes = sorted.code_files.entry(family.to_string()).or_default();
                codes.push(file);
            }
            _ => problems.push(
                Diagnostic::warning(&shown, "not a code file: skipped").hint(
                    "content/ holds content/<family>/_family.yaml and content/<family>/<code>.yaml",
                ),
            ),
        }
    }
    sorted
}

/// What loading the code files of a family needs besides the family.
struct Codes<'a> {
    root: &'a Path,
    locales: &'a [String],
    memo: &'a Memo,
}

impl Codes<'_> {
    /// Parses the code files of one family in parallel; the stems of those that fail are kept
    /// so that references to them are not reported as unknown codes too.
    fn load(
        &self,
        family: Family,
        files: &[&SourceFile],
        problems: &mut Vec<Diagnostic>,
    ) -> FamilyContent {
        let results: Vec<Result<Code, Vec<Diagnostic>>> = files
            .par_iter()
            .map(|file| {
                let shown = file.display_path(self.root, "content");
                let text = crate::yaml::text(&shown, &file.bytes).map_err(|d| vec![d])?;
                Code::parse_with(self.memo, &family, &stem(file), &shown, text, self.locales)
            })
            .collect();
        keep_codes(family, files, results, problems)
    }
}

/// The family's codes that parsed; the problems of the others, whose stems are kept in
/// `unparsed`.
fn keep_codes(
    family: Family,
    files: &[&SourceFile],
    results: Vec<Result<Code, Vec<Diagnostic>>>,
    problems: &mut Vec<Diagnostic>,
) -> FamilyContent {
    let mut codes = Vec::new();
    let mut unparsed = HashSet::new();
    for (file, r) in files.iter().zip(results) {
        match r {
            Ok(code) => codes.push(code),
            Err(errs) => {
                problems.extend(errs);
                unparsed.insert(stem(file).to_ascii_lowercase());
            }
        }
    }
    let (fc, duplicates) = FamilyContent::new(family, codes, unparsed);
    problems.extend(duplicates);
    fc
}

/// The code a code file's name says it describes (`552` of `content/smtp/552.yaml`).
fn stem(file: &SourceFile) -> String {
    let name = file.rel.rsplit('/').next().unwrap_or("");
    name.trim_end_matches(".yaml")
        .trim_end_matches(".yml")
        .to_string()
}

/// Checks, in parallel, the code files of a family that did not load, as far as they can be
/// checked without it (see `Code::check_alone`), their cited RFCs included.
fn check_codes_alone(
    root: &Path,
    files: &[&SourceFile],
    locales: &[String],
    rfcs: &Rfcs,
) -> Vec<Diagnostic> {
    let per_file: Vec<Vec<Diagnostic>> = files
        .par_iter()
        .map(|file| {
            let shown = file.display_path(root, "content");
            let text = match crate::yaml::text(&shown, &file.bytes) {
                Ok(text) => text,
                Err(d) => return vec![d],
            };
            let (references, problems) = Code::check_alone(&stem(file), &shown, text, locales);
            // As for a code of a family that loaded: cited RFCs are looked up only in a file
            // without errors of its own (`rfc: 0` is reported as a placeholder, not as unlisted).
            if problems.is_empty() {
                references::problems(rfcs, &shown, text, &references)
            } else {
                problems
            }
        })
        .collect();
    per_file.into_iter().flatten().collect()
}

/// Records, for every code, the codes of other families whose `linked` list names it, so that
/// links show both ways (552 → 5.2.2 makes X.2.2 → 552).
fn link_back(content: &mut Content) {
    let mut back: Vec<(usize, usize, usize, usize)> = Vec::new();
    for (f, fc) in content.families.iter().enumerate() {
        for (c, code) in fc.codes.iter().enumerate() {
            for (fam, codes) in &code.linked {
                let Some(tf) = content.families.iter().position(|x| &x.family.id == fam) else {
                    continue;
                };
                for written in codes {
                    if let Some(tc) = content.families[tf].resolve(written) {
                        back.push((tf, tc, f, c));
                    }
                }
            }
        }
    }
    for (tf, tc, f, c) in back {
        let list = &mut content.families[tf].linked_from[tc];
        if !list.contains(&(f, c)) {
            list.push((f, c));
        }
    }
}

/// Checks what one file cannot check alone: related codes and counterparts exist, counterparts
/// are of opposite outcome and name each other, linked codes exist, cited RFCs are known.
fn cross_check(content: &Content) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    for fc in &content.families {
        check_wording_from(content, &fc.family, &mut problems);
        for code in &fc.codes {
            check_related(fc, code, &mut problems);
            check_versus(fc, code, &mut problems);
            check_counterpart(fc, code, &mut problems);
            check_linked(content, code, &mut problems);
            check_rfcs(content, code, &mut problems);
        }
    }
    problems
}

/// The family a family takes its wording from exists.
fn check_wording_from(content: &Content, family: &Family, problems: &mut Vec<Diagnostic>) {
    let Some(from) = &family.wording_from else {
        return;
    };
    if content.families.iter().all(|f| &f.family.id != from) {
        let ids: Vec<&str> = (content.families.iter())
            .map(|f| f.family.id.as_str())
            .collect();
        problems.push(crate::yaml::at_value(
            &family.text,
            "wording-from",
            from,
            Diagnostic::error(
                &family.source,
                format!("`wording-from` names `{from}`, which is no family of this site"),
            )
            .hint(format!("name one of: {}", ids.join(", "))),
        ));
    }
}

/// `d` placed at `value` written after `key` in the code's file.
fn at_value(code: &Code, key: &str, value: &str, d: Diagnostic) -> Diagnostic {
    crate::yaml::at_value(&code.text, key, value, d)
}

/// Related codes exist in the family, and are not the code itself.
fn check_related(fc: &FamilyContent, code: &Code, problems: &mut Vec<Diagnostic>) {
    for rel in &code.related {
        if rel == &code.slug {
            problems.push(at_value(
                code,
                "related",
                rel,
                Diagnostic::error(
                    &code.source,
                    format!("`{}` lists itself as related", code.id),
                ),
            ));
        } else if fc.get(rel).is_none() && !fc.unparsed.contains(rel) {
            problems.push(at_value(
                code,
                "related",
                rel,
                Diagnostic::error(
                    &code.source,
                    format!("related code `{rel}` does not exist in {}", fc.family.id),
                )
                .hint(format!(
                    "write content/{}/{rel}.yaml (if someone else is writing it, keep this entry: the error goes once the file exists), or remove it from `related`",
                    fc.family.id
                )),
            ));
        }
    }
}

/// Each `versus` text names another existing code of the family that sorts after this one (the
/// text of a pair lives in the file of its lower code, so that it is written once).
fn check_versus(fc: &FamilyContent, code: &Code, problems: &mut Vec<Diagnostic>) {
    for (lang, texts) in &code.texts {
        for written in texts.versus.keys() {
            let slug = written.to_ascii_lowercase();
            let problem = match fc.get(&slug) {
                _ if slug == code.slug => {
                    Some(format!("`{}` has a `versus` text for itself", code.id))
                }
                None if fc.unparsed.contains(&slug) => None,
                None => Some(format!(
                    "`versus` names `{written}`, which does not exist in {}",
                    fc.family.id
                )),
                Some(other) if other.sort_key < code.sort_key => Some(format!(
                    "the `versus` text of {} and {} belongs in {}'s file, the lower code of the pair",
                    other.id, code.id, other.id
                )),
                Some(_) => None,
            };
            if let Some(message) = problem {
                let quoted = format!("'{written}'");
                let at = crate::yaml::locate_key(&code.text, &quoted, 1)
                    .or_else(|| crate::yaml::locate_key(&code.text, written, 1));
                let d = Diagnostic::error(&code.source, format!("{message} ({lang})")).hint(
                    "key each `versus` text by a higher code of the same family, e.g. `versus: { '403': … }` in 401.yaml",
                );
                problems.push(match at {
                    Some((line, col)) => d.at(&code.text, line, col),
                    None => d,
                });
            }
        }
    }
}

/// What is wrong with `code` and `other` as counterparts under the family's rule: they must
/// have the two outcomes it names, one each.
fn pairing_problem(family: &Family, code: &Code, other: &Code) -> Option<Diagnostic> {
    let outcomes = family.counterpart.as_ref()?.outcomes.as_ref()?;
    let (first, second) = (outcomes.first()?.as_str(), outcomes.get(1)?.as_str());
    let key = |c: &Code| c.outcome.as_ref().map(|o| o.key.clone());
    let paired = matches!(
        (key(code), key(other)),
        (Some(x), Some(y)) if (x.as_str(), y.as_str()) == (first, second) || (x.as_str(), y.as_str()) == (second, first)
    );
    (!paired).then(|| {
        Diagnostic::error(
            &code.source,
            format!(
                "counterpart `{}` is not the {first}/{second} opposite of `{}`",
                other.id, code.id
            ),
        )
        .hint(format!(
            "in {}, a counterpart pairs a {first} code with a {second} one",
            family.name
        ))
    })
}

/// The counterpart exists, pairs with this code under the family's rule, and names it back.
fn check_counterpart(fc: &FamilyContent, code: &Code, problems: &mut Vec<Diagnostic>) {
    let Some(cp) = &code.counterpart else { return };
    let at = |d: Diagnostic| at_value(code, "counterpart", cp, d);
    if fc.family.counterpart.is_none() {
        problems.push(at(Diagnostic::error(
            &code.source,
            format!("{} declares no counterparts", fc.family.name),
        )
        .hint(format!(
            "remove `counterpart`, or declare what a counterpart pairs in {} (`counterpart: {{}}`, or `counterpart: {{ outcomes: [transient, permanent] }}`)",
            fc.family.source.display()
        ))));
        return;
    }
    let other = match fc.get(cp) {
        None if fc.unparsed.contains(cp) => return,
        None => {
            problems.push(at(Diagnostic::error(
                &code.source,
                format!("counterpart `{cp}` does not exist in {}", fc.family.id),
            )
            .hint(format!(
                "write content/{}/{cp}.yaml (if someone else is writing it, keep this entry: the error goes once the file exists), or remove `counterpart`",
                fc.family.id
            ))));
            return;
        }
        Some(other) => other,
    };
    if let Some(problem) = pairing_problem(&fc.family, code, other) {
        problems.push(at(problem));
    }
    if other.counterpart.as_deref() != Some(code.slug.as_str()) {
        problems.push(at(Diagnostic::warning(
            &code.source,
            format!("`{cp}` does not name `{}` as its counterpart", code.id),
        )
        .hint(format!(
            "add `counterpart: {}` to {}",
            code.id,
            other.source.display()
        ))));
    }
}

/// Linked families are in content/ (a warning otherwise) and the linked codes exist in them.
/// A family that did not load is not looked into (its own error says what is wrong).
fn check_linked(content: &Content, code: &Code, problems: &mut Vec<Diagnostic>) {
    for (fam, codes) in &code.linked {
        if content.unloaded.contains(fam) {
            continue;
        }
        let Some(target) = content.family(fam) else {
            problems.push(at_value(
                code,
                "linked",
                fam,
                Diagnostic::warning(
                    &code.source,
                    format!("linked family `{fam}` is not in content/: shown without links"),
                ),
            ));
            continue;
        };
        for c in codes {
            if target.resolve(c).is_none() && !target.unparsed.contains(&c.to_ascii_lowercase()) {
                problems.push(at_value(
                    code,
                    "linked",
                    c,
                    Diagnostic::error(
                        &code.source,
                        format!("linked code `{c}` does not exist in {fam}"),
                    )
                    .hint(format!(
                        "write its file in content/{fam}/ (if someone else is writing it, keep this entry: the error goes once the file exists), or remove it"
                    )),
                ));
            }
        }
    }
}

/// Every cited RFC is listed in `content/references.yaml`.
fn check_rfcs(content: &Content, code: &Code, problems: &mut Vec<Diagnostic>) {
    problems.extend(references::problems(
        &content.rfcs,
        &code.source,
        &code.text,
        &code.references,
    ));
}
