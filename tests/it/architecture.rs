//! The module graph: which module of `src/` names which (`crate::x` outside test code), with no
//! cycle, and leaf modules that depend on nothing but `error`. Run it to see the graph:
//! `cargo test --test it architecture -- --nocapture`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The module a source file belongs to: its top-level module, or `commands::x` for a command.
fn unit_of(rel: &str) -> String {
    let parts: Vec<&str> = rel.trim_end_matches(".rs").split('/').collect();
    match parts.as_slice() {
        ["commands", name] if *name != "mod" => format!("commands::{name}"),
        [first, ..] => (*first).to_string(),
        [] => String::new(),
    }
}

/// Module → the modules it names, from every file below `src/` (test code left out).
fn module_graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for entry in walkdir::WalkDir::new(&src).sort_by_file_name() {
        let entry = entry.expect("walk src");
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let rel = path
            .strip_prefix(&src)
            .expect("below src")
            .to_string_lossy();
        if rel == "main.rs" || rel == "lib.rs" || rel.ends_with("/tests.rs") {
            continue;
        }
        let text = std::fs::read_to_string(path).expect("read source");
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        let unit = unit_of(&rel);
        let targets = graph.entry(unit.clone()).or_default();
        for (at, _) in code.match_indices("crate::") {
            let rest = &code[at + "crate::".len()..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            let target = if name == "commands" {
                let sub: String = rest["commands::".len().min(rest.len())..]
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                format!("commands::{sub}")
            } else {
                name
            };
            assert!(
                !rest.starts_with('{'),
                "{rel}: list imports as `crate::x::…`, one module a line"
            );
            if target != unit {
                targets.insert(target);
            }
        }
    }
    graph
}

/// A cycle through `node`, if the graph has one reachable from it.
fn find_cycle(
    graph: &BTreeMap<String, BTreeSet<String>>,
    node: &str,
    path: &mut Vec<String>,
    done: &mut BTreeSet<String>,
) -> Option<Vec<String>> {
    if let Some(start) = path.iter().position(|n| n == node) {
        let mut cycle = path[start..].to_vec();
        cycle.push(node.to_string());
        return Some(cycle);
    }
    if done.contains(node) {
        return None;
    }
    path.push(node.to_string());
    for next in graph.get(node).into_iter().flatten() {
        if let Some(cycle) = find_cycle(graph, next, path, done) {
            return Some(cycle);
        }
    }
    path.pop();
    done.insert(node.to_string());
    None
}

#[test]
fn modules_form_no_cycle() {
    let graph = module_graph();
    for (module, targets) in &graph {
        println!(
            "{module} -> {}",
            targets.iter().cloned().collect::<Vec<_>>().join(", ")
        );
    }
    let mut done = BTreeSet::new();
    for module in graph.keys() {
        let cycle = find_cycle(&graph, module, &mut Vec::new(), &mut done);
        assert!(
            cycle.is_none(),
            "import cycle: {}",
            cycle.unwrap_or_default().join(" -> ")
        );
    }
}

#[test]
fn leaf_modules_and_stages_depend_only_downwards() {
    let graph = module_graph();
    let uses = |m: &str| graph.get(m).cloned().unwrap_or_default();
    for leaf in [
        "error",
        "hash",
        "slug",
        "text",
        "interrupt",
        "console",
        "markdown",
    ] {
        let extra: Vec<_> = uses(leaf)
            .into_iter()
            .filter(|t| t != "error" && t != "text")
            .collect();
        assert!(
            extra.is_empty(),
            "{leaf} is a leaf module but uses {extra:?}"
        );
    }
    // No pipeline stage calls a command.
    for (module, targets) in &graph {
        if !module.starts_with("commands") && module != "cli" {
            let commands: Vec<_> = targets
                .iter()
                .filter(|t| t.starts_with("commands"))
                .collect();
            assert!(commands.is_empty(), "the stage {module} calls {commands:?}");
        }
    }
    // The test itself sees the graph: a few known edges.
    assert!(uses("commands::build").contains("output"));
    assert!(uses("site").contains("content"));
}
