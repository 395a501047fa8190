//! PySM: the one definition of the instruction set.
//!
//! The opcode table ([`table`]), the encoding and text form ([`instr`],
//! [`asm`]), value tags ([`value`]), the memory map ([`mem`]), I/O ports and
//! pins ([`io`], [`pins`]) and the image format ([`image`]). Everything else
//! in the workspace reads them from here.

pub mod asm;
pub mod doc;
pub mod image;
pub mod instr;
pub mod io;
pub mod mem;
pub mod pins;
pub mod table;
pub mod value;

pub use image::{CompInfo, DebugInfo, FuncInfo, Image, ImageError, LineEntry};
pub use instr::{disassemble_word, Instr};
pub use table::{BinOp, CmpOp, Effect, Fault, Op, Operand, UnOp};
