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
    for input in [
        "build.rs",
        "content",
        "assets",
        "src/content",
        "Cargo.lock",
        "Cargo.toml",
    ] {
        println!("cargo::rerun-if-changed={input}");
    }
    match loader_digest() {
        Ok(d) => println!("cargo::rustc-env=ARGLENS_LOADER_DIGEST={d}"),
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::FAILURE;
        }
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

/// A digest of what the model a pack loads to may depend on: the loader's code (every file
/// under `src/content`), `Cargo.lock` and `Cargo.toml` (the dependencies' versions and
/// features), the compiler (its Unicode tables decide lower case), the target and the
/// profile. A pack model remembered between runs (`src/content/cache.rs`) is used only by a
/// build with the same digest.
fn loader_digest() -> Result<String, String> {
    use sha2::Digest as _;
    let root = env_path("CARGO_MANIFEST_DIR")?;
    // A crate built as a dependency has no lock file of its own.
    let mut files: Vec<PathBuf> = [root.join("Cargo.lock"), root.join("Cargo.toml")]
        .into_iter()
        .filter(|p| p.is_file())
        .collect();
    let mut pending = vec![root.join("src/content")];
    while let Some(dir) = pending.pop() {
        let listing =
            std::fs::read_dir(&dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
        for entry in listing.flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else {
                files.push(path);
            }
        }
    }
    files.sort();
    let mut hasher = sha2::Sha256::new();
    let mut add = |name: &str, bytes: &[u8]| {
        hasher.update((name.len() as u64).to_le_bytes());
        hasher.update(name.as_bytes());
        hasher.update((bytes.len() as u64).to_le_bytes());
        hasher.update(bytes);
    };
    for path in files {
        let bytes =
            std::fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        add(
            &path.strip_prefix(&root).unwrap_or(&path).to_string_lossy(),
            &bytes,
        );
    }
    add("rustc -vV", &compiler_version()?);
    for name in ["TARGET", "PROFILE"] {
        add(name, std::env::var(name).unwrap_or_default().as_bytes());
    }
    Ok(hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect())
}

/// What `rustc -vV` says of the compiler Cargo builds with.
fn compiler_version() -> Result<Vec<u8>, String> {
    let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let out = std::process::Command::new(&rustc)
        .arg("-vV")
        .output()
        .map_err(|e| format!("cannot run {}: {e}", rustc.to_string_lossy()))?;
    Ok(out.stdout)
}

/// A path Cargo gives the build script in the environment.
fn env_path(name: &str) -> Result<PathBuf, String> {
    std::env::var_os(name)
        .map(PathBuf::from)
        .filter(|p| p != Path::new(""))
        .ok_or_else(|| format!("Cargo did not set {name}"))
}
