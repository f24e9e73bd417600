//! Ctrl-C while a command runs belongs to the command: selfheal keeps going, so that it reads
//! the command's last output and can put back a fix it had not judged yet. At a terminal the
//! command gets the interrupt itself (it is in the foreground process group); when only selfheal
//! got it (`kill -INT`), the runner passes it on. With no command running, an interrupt ends
//! selfheal at once, as usual (exit code 130).

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Once;

/// How many interrupts arrived since the process started.
static INTERRUPTS: AtomicUsize = AtomicUsize::new(0);
/// How many commands are running with interrupts forwarded to them.
static COMMANDS_RUNNING: AtomicUsize = AtomicUsize::new(0);

/// The interrupts counted so far (compare two readings to see whether one arrived between).
pub fn count() -> usize {
    INTERRUPTS.load(Ordering::Acquire)
}

/// While alive, an interrupt is counted instead of ending selfheal.
pub struct CommandRunning(());

impl CommandRunning {
    pub fn start() -> CommandRunning {
        install();
        COMMANDS_RUNNING.fetch_add(1, Ordering::AcqRel);
        CommandRunning(())
    }
}

impl Drop for CommandRunning {
    fn drop(&mut self) {
        COMMANDS_RUNNING.fetch_sub(1, Ordering::AcqRel);
    }
}

fn install() {
    static INSTALLED: Once = Once::new();
    INSTALLED.call_once(|| {
        #[cfg(unix)]
        // SAFETY: the action only touches atomics and calls `_exit`, both async-signal-safe.
        let _ = unsafe {
            signal_hook_registry::register(libc::SIGINT, || {
                if COMMANDS_RUNNING.load(Ordering::Acquire) == 0 {
                    libc::_exit(130);
                }
                INTERRUPTS.fetch_add(1, Ordering::AcqRel);
            })
        };
    });
}

/// Sends the command an interrupt of its own (it did not get the terminal's).
pub fn forward_to(pid: u32) {
    #[cfg(unix)]
    if pid > 1 {
        let _ = std::process::Command::new("kill")
            .args(["-s", "INT", "--"])
            .arg(pid.to_string())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status();
    }
    #[cfg(not(unix))]
    let _ = pid;
}
