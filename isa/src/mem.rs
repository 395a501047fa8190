//! The memory map. PySM is a Harvard machine with word-addressed memories.
//!
//! | space | words | what |
//! |---|---|---|
//! | code | `0 .. CODE_WORDS` | instructions (block RAM, read-only to the program) |
//! | data | `0 .. DATA_WORDS` | globals and constants from 0, then the data stack up to the end (block RAM) |
//! | return stack | `0 .. RSTACK_WORDS` | one word per active call: `return pc << 16 | caller fp` |
//! | heap | `HEAP_BASE ..` | reserved for the 128 KiB of SPRAM (heap objects; not used yet) |
//! | I/O | ports, see [`crate::io`] | console, timers; GPIO has its own instructions |

/// Code memory: 1024 instructions (8 block RAMs on the iCE40UP5K).
pub const CODE_WORDS: usize = 1024;
/// Data memory: 1024 words (8 block RAMs).
pub const DATA_WORDS: usize = 1024;
/// Return stack: 256 entries (2 block RAMs): the deepest call nesting.
pub const RSTACK_WORDS: usize = 256;
/// First word address of the SPRAM heap (reserved).
pub const HEAP_BASE: u32 = 0x8000;
/// Bits of a code address in the processor.
pub const PC_BITS: u32 = 14;
/// Bits of a data address in the processor.
pub const DATA_ADDR_BITS: u32 = 16;

/// Pack a return-stack entry.
pub fn rstack_entry(return_pc: u32, caller_fp: u32) -> u32 {
    (return_pc << 16) | (caller_fp & 0xFFFF)
}
pub fn rstack_return_pc(entry: u32) -> u32 {
    entry >> 16
}
pub fn rstack_caller_fp(entry: u32) -> u32 {
    entry & 0xFFFF
}
