//! `arglens export`: handouts and machine-readable copies of a pack.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::{PackArgs, fail, load_or_fail};
use crate::export::{ExportFormat, export};

#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub pack: PackArgs,
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    /// Write here instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

pub fn run(args: &Args) -> ExitCode {
    let pack = match load_or_fail(&args.pack) {
        Ok(pack) => pack,
        Err(code) => return code,
    };
    let text = export(&pack, args.format);
    let Some(path) = args.out.as_deref() else {
        return super::output::print(&text);
    };
    match write_output(path, &text) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => fail(&message),
    }
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
