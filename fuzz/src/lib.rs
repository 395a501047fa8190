//! `pysm-fuzz`: the reliability tools. [`compile_fuzz`] feeds the compiler
//! generated and mutated source text; [`gen`] writes random valid programs
//! and [`diff`] runs them on python3, `pysm run` and `pysm sim`.

pub mod compile_fuzz;
pub mod diff;
pub mod gen;
pub mod rng;

use std::path::PathBuf;

/// The workspace root (this crate's parent directory).
pub fn workspace() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .to_path_buf()
}
