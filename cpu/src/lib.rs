//! The PySM processor in rust-hdl: the core ([`core::Core`]) with its ALU
//! and multiplier/divider, and the [`soc::Soc`] around it (code, data and
//! return-stack memories, GPIO synchroniser, console port, retirement trace).

//! Rules for the `#[hdl_gen]` code here (see `docs/rust-hdl-bugs.md`):
//! every intermediate goes through a sized
//! `Local`; every output port and child input is assigned exactly once; no
//! match guards and no nested `if` folded into them (guards are silently
//! dropped in Verilog), hence the clippy allowances below.
#![allow(clippy::collapsible_match, clippy::collapsible_if)]

pub mod alu;
pub mod core;
pub mod muldiv;
pub mod soc;

pub use crate::core::Core;
pub use soc::Soc;
