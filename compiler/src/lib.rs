//! `pysm-compiler`: Python source to a PySM [`Image`].
//!
//! The pipeline: [`frontend`] (parse and lower into [`ast`]), [`symtab`]
//! (scopes), [`codegen`] (one unit of code per function, with symbolic
//! labels, data and function references), the runtime library written in
//! Python (`compiler/runtime/*.py`, compiled by this same compiler), and
//! [`link`] (layout, resolution, debug info). [`listing`] prints an image
//! against its source.

pub mod ast;
pub mod codegen;
pub mod frontend;
pub mod link;
pub mod listing;
pub mod runtime;
pub mod symtab;

use ast::Pos;
pub use listing::listing;
use pysm_isa::Image;

/// A compile error, positioned at the offending construct.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}:{col}: error: {message}")]
pub struct CompileError {
    pub file: String,
    pub line: u32,
    /// 1-based.
    pub col: u32,
    pub message: String,
}

impl CompileError {
    pub fn at(file: &str, pos: Pos, message: impl Into<String>) -> CompileError {
        CompileError {
            file: file.to_string(),
            line: pos.line,
            col: pos.col,
            message: one_line(&message.into()),
        }
    }
}

/// Longest message kept: parser errors quote the offending token, which
/// can be a whole multi-line string.
const MAX_MESSAGE_CHARS: usize = 200;

/// The message on one line: control characters escaped, long ones cut, so
/// that an error is always exactly `FILE:LINE:COL: error: message`.
fn one_line(message: &str) -> String {
    let mut out = String::new();
    for (i, c) in message.chars().enumerate() {
        if i == MAX_MESSAGE_CHARS {
            out.push_str("...");
            break;
        }
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

/// Sources longer than this are refused before parsing: a program that fits
/// in 1024 instructions is far shorter.
const MAX_SOURCE_BYTES: usize = 1 << 20;

/// Stack for the compiler thread: the parser's tree is recursive, and a
/// pathological input must give an error, never a stack overflow.
const COMPILER_STACK_BYTES: usize = 256 << 20;

/// Compile a Python program into a linked image that fits the processor.
pub fn compile(source: &str, file: &str) -> Result<Image, CompileError> {
    if source.len() > MAX_SOURCE_BYTES {
        return Err(CompileError::at(
            file,
            Pos::at(1, 1),
            format!(
                "source file too large ({} bytes, at most {MAX_SOURCE_BYTES})",
                source.len()
            ),
        ));
    }
    let (src, name) = (source.to_string(), file.to_string());
    let worker = std::thread::Builder::new()
        .name("pysm-compiler".into())
        .stack_size(COMPILER_STACK_BYTES)
        .spawn(move || compile_inner(&src, &name));
    match worker {
        Ok(handle) => handle.join().unwrap_or_else(|_| {
            Err(CompileError::at(
                file,
                Pos::at(1, 1),
                "internal compiler error",
            ))
        }),
        Err(_) => compile_inner(source, file),
    }
}

fn compile_inner(source: &str, file: &str) -> Result<Image, CompileError> {
    let body = frontend::parse(source, file)?;
    let program = codegen::compile_program(&body, file)?;
    let runtime = runtime::compile_runtime()?;
    link::link(program, runtime, file)
}
