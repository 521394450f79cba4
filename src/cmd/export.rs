//! `arglens export`: handouts and machine-readable copies of a pack.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::{PackArgs, fail, load_or_fail};
use crate::export::{Edition, ExportFormat, export_edition};

#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub pack: PackArgs,
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    /// Who a handout (markdown or html) is for: `student` (the default) has the discussion
    /// questions and no teacher's notes; `teacher` adds the notes and each slide's steps.
    #[arg(long, value_enum)]
    pub edition: Option<Edition>,
    /// Write here instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

pub fn run(args: &Args) -> ExitCode {
    let edition = match edition(args) {
        Ok(edition) => edition,
        Err(message) => return fail(&message),
    };
    let pack = match load_or_fail(&args.pack) {
        Ok(pack) => pack,
        Err(code) => return code,
    };
    let text = export_edition(&pack, args.format, edition);
    let Some(path) = args.out.as_deref() else {
        return super::output::print(&text);
    };
    match write_output(path, &text) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => fail(&message),
    }
}

/// The edition asked for, the student's when none is; an edition only for a handout.
fn edition(args: &Args) -> Result<Edition, String> {
    match args.edition {
        Some(e) if !args.format.has_editions() => {
            let (format, edition) = (name(&args.format), name(&e));
            let form = if args.format == ExportFormat::Json {
                "the whole pack, teacher's notes included"
            } else {
                "the argument's structure, with no notes"
            };
            Err(format!(
                "--edition {edition} applies to the handouts only, --format markdown or html; \
                 {format} is always {form}"
            ))
        }
        e => Ok(e.unwrap_or_default()),
    }
}

/// A value as the command line spells it: `json`, `teacher`.
fn name<T: clap::ValueEnum>(value: &T) -> String {
    value
        .to_possible_value()
        .map_or_else(String::new, |v| v.get_name().to_string())
}

/// Writes `text` to `path` through a temporary file beside it, so an interrupted export
/// never leaves half a file where a good one was.
fn write_output(path: &Path, text: &str) -> Result<(), String> {
    let name = path.display();
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".arglens-tmp");
    let tmp = PathBuf::from(tmp);
    std::fs::write(&tmp, text).map_err(|e| format!("cannot write {name}: {e}"))?;
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        format!("cannot write {name}: {e}")
    })
}
