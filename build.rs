//! Checks the built-in pack when arglens is built and embeds its checked model.
//!
//! The pack in `content/` (with its source in `assets/`) is loaded by the same loader as any
//! other pack, `src/content` compiled into this script, with every check. A pack with errors
//! fails the build with the loader's messages; its warnings are passed on as build warnings.
//! The checked model is written to `OUT_DIR` in postcard's compact binary form, which
//! `src/built_in.rs` includes, so the binary opens the built-in pack without parsing YAML.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

// The loader, as the library compiles it; this script uses only part of it.
#[allow(dead_code, unused_imports)]
#[path = "src/content/mod.rs"]
mod content;

/// The file in `OUT_DIR` that `src/built_in.rs` includes.
const MODEL_FILE: &str = "built-in-pack.postcard";

fn main() -> ExitCode {
    for input in ["build.rs", "content", "assets", "src/content"] {
        println!("cargo::rerun-if-changed={input}");
    }
    match embed() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

/// Loads and checks the built-in pack and writes its model; `Err` says why the build stops.
fn embed() -> Result<(), String> {
    let root = env_path("CARGO_MANIFEST_DIR")?;
    let checked = content::load_dir(&root.join("content"))
        .map_err(|e| format!("the built-in pack in content/ has errors:\n\n{e}"))?;
    for warning in &checked.warnings {
        // A build warning is one line; a hint goes on a line of its own.
        for line in warning.to_string().lines() {
            println!("cargo::warning=built-in pack: {line}");
        }
    }
    let bytes = content::embedded::encode(&checked.pack)?;
    let out = env_path("OUT_DIR")?.join(MODEL_FILE);
    std::fs::write(&out, bytes).map_err(|e| format!("cannot write {}: {e}", out.display()))
}

/// A path Cargo gives the build script in the environment.
fn env_path(name: &str) -> Result<PathBuf, String> {
    std::env::var_os(name)
        .map(PathBuf::from)
        .filter(|p| p != Path::new(""))
        .ok_or_else(|| format!("Cargo did not set {name}"))
}
