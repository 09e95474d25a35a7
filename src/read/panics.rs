//! Panics in third-party parsers caught quietly: the message is kept for the warning, the
//! default hook does not print it. A leaf.

use std::cell::{Cell, RefCell};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Once;

thread_local! {
    static QUIET: Cell<bool> = const { Cell::new(false) };
    static LAST_PANIC: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Run `f`, catching a panic and returning its message instead of printing it. The hook is
/// installed once and stays silent only on threads inside this function, so panics elsewhere
/// in the program are reported as usual.
pub fn quiet_panics<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if QUIET.with(Cell::get) {
                let msg = info
                    .payload()
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| info.payload().downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "panic".into());
                let at = info
                    .location()
                    .map(|l| format!(" at {}:{}", l.file(), l.line()))
                    .unwrap_or_default();
                LAST_PANIC.with(|p| *p.borrow_mut() = format!("{msg}{at}"));
            } else {
                previous(info);
            }
        }));
    });
    let was = QUIET.with(|q| q.replace(true));
    let out = catch_unwind(AssertUnwindSafe(f));
    QUIET.with(|q| q.set(was));
    out.map_err(|_| LAST_PANIC.with(|p| p.borrow().clone()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quiet_panics_returns_the_message() {
        let err = quiet_panics(|| -> u32 { panic!("boom {}", 7) }).expect_err("panicked");
        assert!(err.starts_with("boom 7"), "{err}");
        assert_eq!(quiet_panics(|| 5), Ok(5));
    }
}
