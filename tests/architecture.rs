#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]
//! The walls ARCHITECTURE.md describes, checked on the source itself: modules of `src/app`
//! import each other without a cycle, the drawing code never calls `update`, the content layer
//! knows nothing of the app or the drawing (nor of anything outside itself, so the build script
//! can compile it alone), only the binary side touches the terminal or the network, and files
//! and functions stay small.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Longest a source file may be, not counting its test module.
const MAX_FILE_LINES: usize = 400;
/// Longest a function may be.
const MAX_FN_LINES: usize = 80;

/// A source file: its module path (`["app", "views", "source"]`) and its text.
struct File {
    path: PathBuf,
    module: Vec<String>,
    text: String,
}

/// Every source file of `src/`, and the build script as the module `build`.
fn files() -> Vec<File> {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let root = manifest.join("src");
    let mut out = Vec::new();
    walk(&root, &root, &mut out);
    let path = manifest.join("build.rs");
    let text = std::fs::read_to_string(&path).unwrap();
    out.push(File {
        path,
        module: vec!["build".to_string()],
        text,
    });
    out
}

fn walk(root: &Path, dir: &Path, out: &mut Vec<File>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            walk(root, &path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let rel = path.strip_prefix(root).unwrap().with_extension("");
            let mut module: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if module.last().is_some_and(|m| m == "mod" || m == "lib") {
                module.pop();
            }
            let text = std::fs::read_to_string(&path).unwrap();
            out.push(File { path, module, text });
        }
    }
}

/// The code of a file without its trailing test module, comment lines blanked.
fn code(text: &str) -> String {
    let body = match text.find("#[cfg(test)]\nmod tests") {
        Some(i) => &text[..i],
        None => text,
    };
    // Comment lines are blanked, not dropped, so line numbers still match the file.
    body.lines()
        .map(|l| {
            if l.trim_start().starts_with("//") {
                ""
            } else {
                l
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every path a file names that starts with `crate::` or `super::`, with `use` groups
/// (`use super::{a, b::c}`) expanded, as absolute module paths; and every path that starts
/// with a name such a path brought in (`use super::source;` then `source::find::first`), so
/// an alias does not hide an import.
fn named_paths(file: &File, modules: &BTreeSet<Vec<String>>) -> Vec<Vec<String>> {
    let code = code(&file.text);
    let bytes: Vec<char> = code.chars().collect();
    let mut out: Vec<Vec<String>> = paths_from(&bytes, &["crate::", "super::"])
        .into_iter()
        .map(|p| absolute(&file.module, &p))
        .collect();
    let aliases: BTreeMap<String, Vec<String>> = out
        .iter()
        .filter(|p| modules.contains(*p))
        .filter_map(|p| Some((p.last()?.clone(), p.clone())))
        .collect();
    for (name, full) in &aliases {
        for p in paths_from(&bytes, &[&format!("{name}::")]) {
            let path: Vec<String> = full
                .iter()
                .chain(p.iter().skip(1).filter(|s| *s != "self"))
                .cloned()
                .collect();
            if !out.contains(&path) {
                out.push(path);
            }
        }
    }
    out
}

/// The paths in `code` that begin, at the start of a word, with one of `heads`.
fn paths_from(code: &[char], heads: &[&str]) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < code.len() {
        let starts_word =
            i == 0 || !(code[i - 1].is_alphanumeric() || code[i - 1] == '_' || code[i - 1] == ':');
        let here = |h: &&str| code[i..].iter().take(h.len()).copied().eq(h.chars());
        if starts_word && heads.iter().any(here) {
            let (paths, end) = parse_path(code, i);
            out.extend(paths);
            i = end;
        } else {
            i += 1;
        }
    }
    out
}

/// Parses `a::b::{c, d::e}` from `start`, giving each full path and where parsing stopped.
fn parse_path(s: &[char], start: usize) -> (Vec<Vec<String>>, usize) {
    let mut prefix = Vec::new();
    let mut i = start;
    loop {
        let begin = i;
        while i < s.len() && (s[i].is_alphanumeric() || s[i] == '_') {
            i += 1;
        }
        let word: String = s[begin..i].iter().collect();
        if !word.is_empty() {
            prefix.push(word);
        }
        if s.get(i) == Some(&':') && s.get(i + 1) == Some(&':') {
            i += 2;
            if s.get(i) == Some(&'{') {
                let (groups, end) = parse_group(s, i + 1);
                let paths = groups
                    .into_iter()
                    .map(|g| prefix.iter().cloned().chain(g).collect())
                    .collect();
                return (paths, end);
            }
            continue;
        }
        return (vec![prefix], i);
    }
}

/// Parses the inside of `{…}` up to its closing brace.
fn parse_group(s: &[char], start: usize) -> (Vec<Vec<String>>, usize) {
    let mut out = Vec::new();
    let mut i = start;
    while i < s.len() {
        match s[i] {
            '}' => return (out, i + 1),
            c if c.is_alphanumeric() || c == '_' => {
                let (paths, end) = parse_path(s, i);
                out.extend(paths);
                i = end;
            }
            _ => i += 1,
        }
    }
    (out, i)
}

/// Resolves `crate::`, `super::` and `self::` against the file's module.
fn absolute(module: &[String], path: &[String]) -> Vec<String> {
    let mut base: Vec<String> = Vec::new();
    let mut rest = path;
    if rest.first().is_some_and(|p| p == "crate") {
        rest = &rest[1..];
    } else {
        base = module.to_vec();
        while rest.first().is_some_and(|p| p == "super") {
            base.pop();
            rest = &rest[1..];
        }
    }
    base.extend(rest.iter().filter(|p| *p != "self").cloned());
    base
}

/// The modules a reader treats as one: a private submodule (`mod doc;`) belongs to its parent.
fn nodes(files: &[File]) -> BTreeMap<Vec<String>, Vec<String>> {
    let modules: BTreeSet<Vec<String>> = files.iter().map(|f| f.module.clone()).collect();
    let mut private = BTreeSet::new();
    for f in files {
        for line in code(&f.text).lines() {
            let line = line.trim();
            if let Some(name) = line.strip_prefix("mod ").and_then(|l| l.strip_suffix(';')) {
                let mut m = f.module.clone();
                m.push(name.to_string());
                private.insert(m);
            }
        }
    }
    modules
        .iter()
        .map(|m| {
            let mut node = m.clone();
            while private.contains(&node) {
                node.pop();
            }
            (m.clone(), node)
        })
        .collect()
}

/// The node a path points into: the longest module prefix of it.
fn target(path: &[String], node_of: &BTreeMap<Vec<String>, Vec<String>>) -> Option<Vec<String>> {
    (1..=path.len())
        .rev()
        .find_map(|n| node_of.get(&path[..n]).cloned())
}

#[test]
fn the_app_modules_import_each_other_without_a_cycle() {
    let files = files();
    let node_of = nodes(&files);
    let modules: BTreeSet<Vec<String>> = files.iter().map(|f| f.module.clone()).collect();
    let mut edges: BTreeMap<Vec<String>, BTreeSet<Vec<String>>> = BTreeMap::new();
    for f in files
        .iter()
        .filter(|f| f.module.first().is_some_and(|m| m == "app"))
    {
        let from = node_of[&f.module].clone();
        for path in named_paths(f, &modules) {
            if let Some(to) = target(&path, &node_of)
                && to != from
                && to.first().is_some_and(|m| m == "app")
                && !to.starts_with(&from)
            {
                edges.entry(from.clone()).or_default().insert(to);
            }
        }
    }
    assert!(edges.len() > 15, "the import graph was read: {edges:?}");
    // A module may use its own submodules (`views` routes to `views::map`); anything else
    // that leads back to where it started is a cycle.
    for start in edges.keys() {
        let mut stack = vec![(start.clone(), vec![start.clone()])];
        let mut seen = BTreeSet::new();
        while let Some((node, trail)) = stack.pop() {
            for next in edges.get(&node).into_iter().flatten() {
                if next == start {
                    let names: Vec<String> = trail.iter().map(|m| m.join("::")).collect();
                    panic!("import cycle: {} → {}", names.join(" → "), start.join("::"));
                }
                if seen.insert(next.clone()) {
                    let mut t = trail.clone();
                    t.push(next.clone());
                    stack.push((next.clone(), t));
                }
            }
        }
    }
    let state = &edges[&vec!["app".to_string(), "state".to_string()]];
    let navigate = &edges[&vec!["app".to_string(), "navigate".to_string()]];
    for deps in [state, navigate] {
        assert!(
            deps.iter().all(|d| d.get(1).is_none_or(|m| m != "views")),
            "the state and the navigation core import no view: {deps:?}"
        );
    }
}

#[test]
fn the_layers_keep_to_their_side_of_the_walls() {
    for f in files() {
        let code = code(&f.text);
        let name = f.path.display();
        match f.module.first().map(String::as_str) {
            Some("ui") => assert!(
                !code.contains("update"),
                "{name}: the drawing code never names update"
            ),
            Some("content") => {
                assert!(
                    !code.contains("crate::app") && !code.contains("crate::ui"),
                    "{name}: content knows nothing of the app or the drawing"
                );
                // build.rs compiles `src/content` on its own to check the built-in pack, so
                // the layer names no other part of the crate.
                let chars: Vec<char> = code.chars().collect();
                for path in paths_from(&chars, &["crate::"]) {
                    assert!(
                        path.get(1).is_some_and(|m| m == "content"),
                        "{name}: content names only itself, not crate::{}",
                        path[1..].join("::")
                    );
                }
            }
            Some("build") => assert!(
                code.matches("mod ").count() == 1
                    && code.contains("#[path = \"src/content/mod.rs\"]\nmod content;"),
                "{name}: the build script compiles the content layer and nothing else of the crate"
            ),
            _ => {}
        }
        let yaml_module = f
            .module
            .starts_with(&["content".to_string(), "yaml".to_string()]);
        assert!(
            yaml_module || !code.contains("serde_yaml"),
            "{name}: only content::yaml calls the YAML library"
        );
        // The binary side: the local terminal (`term`), the class over SSH (`serve`) and the
        // commands that start them.
        let side = f.module.first().map(String::as_str);
        let binary_side = matches!(side, None | Some("term" | "serve" | "cmd"));
        if !binary_side {
            for io in ["crossterm", "tokio", "russh", "std::net", "termwiz"] {
                assert!(!code.contains(io), "{name}: only the binary side uses {io}");
            }
        }
    }
}

#[test]
fn files_and_functions_stay_small() {
    let mut long = Vec::new();
    for f in files() {
        let code = code(&f.text);
        let lines: Vec<&str> = code.lines().collect();
        if lines.len() > MAX_FILE_LINES {
            long.push(format!("{} ({} lines)", f.path.display(), lines.len()));
        }
        for (i, line) in lines.iter().enumerate() {
            let trimmed = line.trim_start();
            let is_fn = [
                "fn ",
                "pub fn ",
                "pub(crate) fn ",
                "pub(super) fn ",
                "const fn ",
            ]
            .iter()
            .any(|p| trimmed.starts_with(p));
            if !is_fn || line.trim_end().ends_with('}') || line.trim_end().ends_with(';') {
                continue;
            }
            let indent = line.len() - trimmed.len();
            let close = format!("{}}}", " ".repeat(indent));
            let end = lines[i..].iter().position(|l| *l == close);
            if let Some(len) = end.filter(|n| *n + 1 > MAX_FN_LINES) {
                long.push(format!(
                    "fn at {}:{} ({} lines)",
                    f.path.display(),
                    i + 1,
                    len + 1
                ));
            }
        }
    }
    assert!(
        long.is_empty(),
        "files over {MAX_FILE_LINES} lines outside their tests, or functions over \
         {MAX_FN_LINES}: {long:#?}"
    );
}

#[test]
fn the_checks_read_paths_the_way_rust_does() {
    let module = vec!["app".to_string(), "views".to_string(), "source".to_string()];
    let f = File {
        path: PathBuf::from("x.rs"),
        module: module.clone(),
        text: "use super::{panes, picklist::{self, Clicked}};\nuse crate::app::doc::Doc;\n\
               fn f() { panes::list::draw(); x::panes::no(); }\n"
            .into(),
    };
    let modules: BTreeSet<Vec<String>> = [
        vec!["app", "views", "panes"],
        vec!["app", "views", "picklist"],
    ]
    .into_iter()
    .map(|m| m.into_iter().map(String::from).collect())
    .collect();
    let paths: Vec<String> = named_paths(&f, &modules)
        .iter()
        .map(|p| p.join("::"))
        .collect();
    assert_eq!(
        paths,
        vec![
            "app::views::panes",
            "app::views::picklist",
            "app::views::picklist::Clicked",
            "app::doc::Doc",
            // Through the alias `panes`, but not `x::panes`.
            "app::views::panes::list::draw",
        ]
    );
}
