//! Writes the shipped pack scaled `N` times into `DIR`, for benchmarks and for trying the
//! explorer on a large pack:
//!
//! ```text
//! cargo run --release --example gen_pack -- 100 /tmp/pack-100x
//! cargo run --release -- --content /tmp/pack-100x/content
//! ```
//!
//! `DIR/content` holds the YAML files and `DIR/assets` the repeated article text. With
//! `--repeat` every list item of every file is repeated `N` times with fresh ids over the one
//! article instead (`content::scale::repeated_files`).

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let repeat = args.iter().any(|a| a == "--repeat");
    args.retain(|a| a != "--repeat");
    let (Some(n), Some(dir)) = (
        args.first().and_then(|a| a.parse::<usize>().ok()),
        args.get(1),
    ) else {
        eprintln!(
            "usage: gen_pack [--repeat] N DIR   (N: how many times the shipped pack, at least 1)"
        );
        return ExitCode::from(2);
    };
    let content = PathBuf::from(dir).join("content");
    let grow = if repeat {
        arglens::content::scale::repeated_files
    } else {
        arglens::content::scale::scaled_files
    };
    let files = match grow(n) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("gen_pack: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut bytes = 0;
    for (relative, data) in &files {
        let path = content.join(relative);
        let written = path
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(&path, data));
        if let Err(e) = written {
            eprintln!("gen_pack: cannot write {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
        bytes += data.len();
    }
    println!(
        "wrote a {n}× pack ({} files, {:.1} MiB) to {}",
        files.len(),
        bytes as f64 / 1048576.0,
        content.display()
    );
    ExitCode::SUCCESS
}
