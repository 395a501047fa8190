//! The runtime library: Python source in `compiler/runtime/`, compiled by
//! this compiler with intrinsics (`__io_write`, `__kind`, `__fault`) that
//! user code cannot use. The linker keeps only the functions a program
//! reaches.

use crate::codegen::{self, Unit};
use crate::CompileError;

/// The runtime library's source files. Each is self-contained.
pub const SOURCES: &[(&str, &str)] = &[
    ("runtime/print.py", include_str!("../runtime/print.py")),
    ("runtime/pow.py", include_str!("../runtime/pow.py")),
    ("runtime/time.py", include_str!("../runtime/time.py")),
];

/// Compile every runtime function; their units are named `$name`.
pub fn compile_runtime() -> Result<Vec<Unit>, CompileError> {
    let mut units = Vec::new();
    for (file, source) in SOURCES {
        let body = crate::frontend::parse(source, file)?;
        units.extend(codegen::compile_runtime(&body, file)?);
    }
    Ok(units)
}
