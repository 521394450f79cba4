//! The `arglens` binary: parse the arguments and run the command they name.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let code = arglens::cmd::run(arglens::cmd::Cli::parse());
    // A large pack opened for the first time is remembered once it was shown.
    arglens::content::cache::finish_writing();
    code
}
