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

/// Instructions in this processor's code memory (block RAM): less than the
/// architecture's `pysm_isa::mem::CODE_WORDS`.
pub const CODE_WORDS: usize = 1024;

/// Whether an image fits this processor's memories.
pub fn check_image(image: &pysm_isa::Image) -> Result<(), String> {
    if image.code.len() > CODE_WORDS {
        return Err(format!(
            "program too big for the processor: {} instructions, its code memory holds {CODE_WORDS}",
            image.code.len()
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    /// The core decodes `FAULT n` as legal up to the last fault code (a
    /// literal in `core.rs`, since `#[hdl_gen]` cannot read the table).
    #[test]
    fn fault_codes_match_the_table() {
        let max = pysm_isa::Fault::ALL.iter().map(|f| *f as u32).max();
        assert_eq!(max, Some(23));
    }
}
