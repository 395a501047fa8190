//! The PySM processor in rust-hdl: the core ([`core::Core`]) with its ALU
//! and multiplier/divider, and the [`soc::Soc`] around it (code, data and
//! return-stack memories, GPIO synchroniser, console port, retirement trace,
//! a heap memory port); [`soc::SimSoc`] is the simulated processor, with its
//! heap memory.

//! Rules for the `#[hdl_gen]` code here (see `docs/rust-hdl-bugs.md`):
//! every intermediate goes through a sized
//! `Local`; every output port and child input is assigned exactly once; no
//! match guards and no nested `if` folded into them (guards are silently
//! dropped in Verilog), hence the clippy allowances below.
#![allow(clippy::collapsible_match, clippy::collapsible_if)]

pub mod alu;
pub mod bram;
pub mod core;
pub mod devices;
pub mod muldiv;
pub mod soc;
pub mod uart_rx;

pub use crate::core::Core;
pub use soc::{SimSoc, Soc};

/// Instructions in the simulated processor's code memory ([`SimSoc`]): the
/// architecture's. A board's [`Soc`] may have less.
pub const CODE_WORDS: usize = 1 << soc::SIM_CODE_BITS;

/// Whether an image fits the memories of a processor with `code_words`.
pub fn check_image_for(image: &pysm_isa::Image, code_words: usize) -> Result<(), String> {
    if image.code.len() > code_words {
        return Err(format!(
            "program too big for the processor: {} instructions, its code memory holds {code_words}",
            image.code.len()
        ));
    }
    if image.heap.len() > pysm_isa::mem::HEAP_WORDS {
        return Err(format!(
            "program too big for the processor: {} heap words, its heap holds {}",
            image.heap.len(),
            pysm_isa::mem::HEAP_WORDS
        ));
    }
    Ok(())
}

/// Whether an image fits the simulated processor's memories.
pub fn check_image(image: &pysm_isa::Image) -> Result<(), String> {
    check_image_for(image, CODE_WORDS)
}

#[cfg(test)]
mod tests {
    /// The core decodes `FAULT n` as legal up to the last fault code (a
    /// literal in `core.rs`, since `#[hdl_gen]` cannot read the table).
    #[test]
    fn fault_codes_match_the_table() {
        let max = pysm_isa::Fault::ALL.iter().map(|f| *f as u32).max();
        assert_eq!(max, Some(24));
    }
}
