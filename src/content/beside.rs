//! Two pieces of loading work done side by side when they are big enough to pay for a
//! second thread, one after the other otherwise. Loading and validating a large pack both
//! split their work this way; a small pack (the shipped one) never starts a thread.

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
}
