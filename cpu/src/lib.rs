//! The PySM processor in rust-hdl: the core ([`core::Core`]) with its ALU
//! and multiplier/divider, and the [`soc::Soc`] around it (code, data and
//! return-stack memories, GPIO synchroniser, console port, retirement trace).

pub mod alu;
pub mod core;
pub mod muldiv;
pub mod soc;

pub use crate::core::Core;
pub use soc::Soc;
