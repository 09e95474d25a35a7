//! Stage 5, report: one printer per output format, behind one trait.
