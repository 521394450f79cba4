//! `arglens schema`: the JSON Schema of the pack's files, for editors.

use std::process::ExitCode;

use crate::content::schema::{self, FileKind};

#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    /// article, section, passages or timeline.
    #[arg(value_name = "KIND")]
    pub kind: Option<FileKind>,
}

pub fn run(args: &Args) -> ExitCode {
    let value = match args.kind {
        Some(kind) => schema::schema(kind),
        None => schema::pack_schema(),
    };
    super::output::print(&schema::to_text(&value))
}
