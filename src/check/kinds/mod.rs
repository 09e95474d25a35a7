//! Rule kinds: one module each, with docs and fixture tests.
