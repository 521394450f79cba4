//! Two pieces of loading work done side by side when they are big enough to pay for a
//! second thread, one after the other otherwise. Loading and validating a large pack both
//! split their work this way; a small pack (the shipped one) never starts a thread. A large
//! pack's whole loading also runs apart from the thread that asked for it (see `apart`).

/// Runs `aside` and `here` and returns both results: `aside` on a second thread when
/// `split`, else on this one. A panic on the second thread goes on on this one.
pub fn both<A: Send, B>(
    split: bool,
    aside: impl FnOnce() -> A + Send,
    here: impl FnOnce() -> B,
) -> (A, B) {
    if !split {
        let b = here();
        return (aside(), b);
    }
    std::thread::scope(|scope| {
        let aside = scope.spawn(aside);
        let b = here();
        match aside.join() {
            Ok(a) => (a, b),
            Err(panic) => std::panic::resume_unwind(panic),
        }
    })
}

/// Runs `work` on a thread of its own when `split`, else on this one, and returns what it
/// returns. A panic on that thread goes on on this one.
pub fn apart<T: Send>(split: bool, work: impl FnOnce() -> T + Send) -> T {
    both(split, work, || ()).0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_ways_give_both_results() {
        for split in [false, true] {
            let mut here = 0;
            let (a, b) = both(
                split,
                || 2 + 2,
                || {
                    here += 1;
                    "here"
                },
            );
            assert_eq!((a, b, here), (4, "here", 1));
        }
    }

    #[test]
    fn a_panic_aside_reaches_the_caller() {
        let caught = std::panic::catch_unwind(|| both(true, || panic!("aside"), || ()));
        assert!(caught.is_err());
    }

    #[test]
    fn work_apart_runs_on_its_own_thread_only_when_split() {
        let here = std::thread::current().id();
        assert_eq!(apart(false, || std::thread::current().id()), here);
        assert_ne!(apart(true, || std::thread::current().id()), here);
        assert_eq!(apart(true, || 6 * 7), 42);
        let caught = std::panic::catch_unwind(|| apart(true, || panic!("apart")));
        assert!(caught.is_err());
    }
}
