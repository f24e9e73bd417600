//! The `selfheal` binary: parses arguments, sets up logging to stderr, and hands over to an edge:
//! `lsp` for `selfheal lsp`, `cli` for everything else.

use clap::Parser;

fn main() {
    let cli = selfheal::cli::Cli::parse();
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("SELFHEAL_LOG")
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn")),
        )
        .init();
    let result = match cli.command {
        selfheal::cli::Command::Lsp => selfheal::lsp::run_stdio(),
        _ => selfheal::cli::run(cli),
    };
    match result {
        Ok(code) => std::process::exit(code),
        Err(error) => {
            eprintln!("selfheal: {error:#}");
            std::process::exit(2);
        }
    }
}
