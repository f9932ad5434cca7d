//! Embeds the default `templates/`, `locales/` and `static/` folders into the binary, so that
//! `codeatlas build` works on a site folder that lacks some of them (a site's own file with the
//! same relative path overrides the embedded one, as Zola's themes work).
//!
//! It writes `$OUT_DIR/embedded.rs`: a sorted table of `(relative path, bytes)`. `content/` is
//! never embedded and never watched: editing a code description must not recompile the binary.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

const EMBEDDED_DIRS: [&str; 3] = ["templates", "locales", "static"];

fn main() {
    let manifest =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into()));
    let mut files: Vec<(String, PathBuf)> = Vec::new();
    for dir in EMBEDDED_DIRS {
        let top = manifest.join(dir);
        println!("cargo:rerun-if-changed={}", top.display());
        collect(&top, dir, &mut files);
    }
    files.sort();
    let mut out =
        String::from("/// Default site files embedded at compile time: (relative path, bytes).\n");
    out.push_str("pub static EMBEDDED_FILES: &[(&str, &[u8])] = &[\n");
    for (rel, path) in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let _ = writeln!(
            out,
            "    ({rel:?}, include_bytes!({:?})),",
            path.display().to_string()
        );
    }
    out.push_str("];\n");
    // A fingerprint of the generator's own sources: pages rendered by another build of codeatlas
    // are never taken as up to date (see src/hash.rs).
    let mut sources: Vec<(String, PathBuf)> = Vec::new();
    collect(&manifest.join("src"), "src", &mut sources);
    sources.sort();
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    for (rel, path) in sources.iter().chain(files.iter()) {
        std::hash::Hash::hash(rel, &mut hasher);
        std::hash::Hash::hash(&std::fs::read(path).unwrap_or_default(), &mut hasher);
    }
    std::hash::Hash::hash(
        &std::fs::read(manifest.join("Cargo.lock")).unwrap_or_default(),
        &mut hasher,
    );
    println!("cargo:rerun-if-changed={}", manifest.join("src").display());
    println!(
        "cargo:rerun-if-changed={}",
        manifest.join("Cargo.lock").display()
    );
    println!(
        "cargo:rustc-env=CODEATLAS_BUILD_ID={:016x}",
        std::hash::Hasher::finish(&hasher)
    );
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into()));
    if let Err(err) = std::fs::write(out_dir.join("embedded.rs"), out) {
        panic!("cannot write embedded.rs: {err}");
    }
}

/// Collects every regular file below `dir` (following no symlinks), with its path relative to the
/// crate root written with forward slashes.
fn collect(dir: &Path, rel: &str, files: &mut Vec<(String, PathBuf)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        let child_rel = format!("{rel}/{name}");
        if kind.is_dir() {
            println!("cargo:rerun-if-changed={}", entry.path().display());
            collect(&entry.path(), &child_rel, files);
        } else if kind.is_file() {
            files.push((child_rel, entry.path()));
        }
    }
}
