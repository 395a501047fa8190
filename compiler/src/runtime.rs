//! The runtime library: Python source in `compiler/runtime/`, compiled by
//! this compiler with intrinsics (`__io_write`, `__kind`, `__fault`) that
//! user code cannot use. The linker keeps only the functions a program
//! reaches.

use crate::codegen::{self, Unit};
use crate::CompileError;

/// The runtime library's source files. A function may call the functions of
/// every file.
pub const SOURCES: &[(&str, &str)] = &[
    ("runtime/print.py", include_str!("../runtime/print.py")),
    ("runtime/pow.py", include_str!("../runtime/pow.py")),
    ("runtime/time.py", include_str!("../runtime/time.py")),
    ("runtime/heap.py", include_str!("../runtime/heap.py")),
    ("runtime/str.py", include_str!("../runtime/str.py")),
    ("runtime/ops.py", include_str!("../runtime/ops.py")),
    ("runtime/obj.py", include_str!("../runtime/obj.py")),
    ("runtime/exc.py", include_str!("../runtime/exc.py")),
    ("runtime/seq.py", include_str!("../runtime/seq.py")),
    ("runtime/dict.py", include_str!("../runtime/dict.py")),
    ("runtime/repr.py", include_str!("../runtime/repr.py")),
    (
        "runtime/builtins.py",
        include_str!("../runtime/builtins.py"),
    ),
    ("runtime/str2.py", include_str!("../runtime/str2.py")),
    ("runtime/fmt.py", include_str!("../runtime/fmt.py")),
    ("runtime/bigint.py", include_str!("../runtime/bigint.py")),
    ("runtime/int.py", include_str!("../runtime/int.py")),
    ("runtime/bytes.py", include_str!("../runtime/bytes.py")),
    ("runtime/float.py", include_str!("../runtime/float.py")),
    ("runtime/kwargs.py", include_str!("../runtime/kwargs.py")),
    ("runtime/uart.py", include_str!("../runtime/uart.py")),
];

/// Compile every runtime function; their units are named `$name`.
pub fn compile_runtime() -> Result<Vec<Unit>, CompileError> {
    let mut bodies = Vec::new();
    let mut names = Vec::new();
    for (file, source) in SOURCES {
        let body = crate::frontend::parse(source, file)?;
        for s in &body {
            if let crate::ast::StmtKind::Def(f) = &s.kind {
                names.push(f.name.clone());
            }
        }
        bodies.push((file, body));
    }
    let mut units = Vec::new();
    for (file, body) in bodies {
        units.extend(codegen::compile_runtime(&body, file, &names)?);
    }
    Ok(units)
}
