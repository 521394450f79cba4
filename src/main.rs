//! The `arglens` binary: parse the arguments and run the command they name.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    arglens::cmd::run(arglens::cmd::Cli::parse())
}
