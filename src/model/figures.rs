//! The money figures of a document ([`Terms::candidates`](super::Terms)), scanned on first
//! use. The reconciliation needs them only when no principal was read or the one read fits no
//! schedule of the stated figures, so most documents never pay for the scan (a tenth of an
//! audit's extraction time when it ran on every document).

use std::fmt;
use std::ops::Deref;
use std::panic::UnwindSafe;
use std::sync::{Arc, LazyLock};

use super::Figure;

/// The scan that lists a document's figures (it owns what it reads).
type Scan = Box<dyn FnOnce() -> Vec<Figure> + Send + UnwindSafe>;

/// A document's figures, in text order: read as a slice (`terms.candidates.iter()`), which
/// runs the scan once; clones share its result.
#[derive(Clone)]
pub struct Figures(Arc<LazyLock<Vec<Figure>, Scan>>);

impl Figures {
    /// Figures listed by `scan` when first read.
    pub fn lazy(scan: impl FnOnce() -> Vec<Figure> + Send + UnwindSafe + 'static) -> Figures {
        Figures(Arc::new(LazyLock::new(Box::new(scan))))
    }
}

impl From<Vec<Figure>> for Figures {
    fn from(figures: Vec<Figure>) -> Figures {
        Figures::lazy(move || figures)
    }
}

impl Default for Figures {
    fn default() -> Figures {
        Figures::from(Vec::new())
    }
}

impl Deref for Figures {
    type Target = [Figure];

    fn deref(&self) -> &[Figure] {
        &self.0
    }
}

impl<'a> IntoIterator for &'a Figures {
    type Item = &'a Figure;
    type IntoIter = std::slice::Iter<'a, Figure>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

/// Equal when the figures are (as the list they replace compared).
impl PartialEq for Figures {
    fn eq(&self, other: &Figures) -> bool {
        **self == **other
    }
}

/// Shown as the list of figures.
impl fmt::Debug for Figures {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Amount, Evidence};
    use std::sync::atomic::{AtomicUsize, Ordering};

    fn figure(start: usize) -> Figure {
        Figure {
            amount: Amount {
                amount: rust_decimal::Decimal::ONE,
                currency: "CNY".into(),
                evidence: Evidence::default(),
                derived: false,
            },
            start,
            end: start + 1,
        }
    }

    #[test]
    fn the_scan_runs_once_on_first_read_and_clones_share_it() {
        static RUNS: AtomicUsize = AtomicUsize::new(0);
        let figures = Figures::lazy(|| {
            RUNS.fetch_add(1, Ordering::SeqCst);
            vec![figure(3), figure(9)]
        });
        let copy = figures.clone();
        assert_eq!(RUNS.load(Ordering::SeqCst), 0, "not scanned until read");
        assert_eq!(copy.iter().map(|f| f.start).collect::<Vec<_>>(), [3, 9]);
        assert_eq!(figures.len(), 2);
        assert_eq!(RUNS.load(Ordering::SeqCst), 1, "scanned once for both");
        assert_eq!(figures, Figures::from(vec![figure(3), figure(9)]));
        assert_ne!(figures, Figures::default());
        assert_eq!(
            format!("{figures:?}"),
            format!("{:?}", vec![figure(3), figure(9)])
        );
    }
}
