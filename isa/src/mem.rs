//! The memory map. PySM is a Harvard machine with word-addressed memories.
//!
//! | space | words | what |
//! |---|---|---|
//! | code | `0 .. CODE_WORDS` | instructions (block RAM, read-only to the program) |
//! | data | `0 .. DATA_WORDS` | the trap vectors (`0 .. VECTOR_WORDS`), globals and constants, then the data stack up to the end (block RAM) |
//! | return stack | `0 .. RSTACK_WORDS` | one word per active call: `return pc << 15 | caller fp` |
//! | heap | `0 .. HEAP_WORDS` | heap objects: word 0 is never used (a pointer to it is NULL), the image's static objects from 1, then the collector's two semispaces (SPRAM on a board) |
//! | I/O | ports, see [`crate::io`] | console, timers; GPIO has its own instructions |

/// Code memory: 32768 instructions (128 KiB). A processor may have less:
/// see `pysm_cpu::CODE_WORDS`.
pub const CODE_WORDS: usize = 32768;
/// Data memory: 1024 words (8 block RAMs).
pub const DATA_WORDS: usize = 1024;
/// Return stack: 256 entries (2 block RAMs): the deepest call nesting.
pub const RSTACK_WORDS: usize = 256;
/// Heap memory: 16384 words (64 KiB: two SPRAMs side by side on the iCE40UP5K).
pub const HEAP_WORDS: usize = 16384;
/// The most words of static objects (constants) an image may have: the
/// rest of the heap, in two semispaces of at least 2048 words, is the
/// collector's. Each string takes a word per character, and the runtime
/// library's error messages are most of a large program's constants.
pub const STATIC_HEAP_MAX: usize = HEAP_WORDS - 2 * 2048;
/// Data words 0 .. VECTOR_WORDS hold the trap vectors (see [`Vector`]).
pub const VECTOR_WORDS: u32 = 32;

/// Trap vectors: where a fast path that fails goes. Data word `v` holds a
/// function immediate (the runtime library's handler) or NULL. With NULL the
/// instruction faults as a processor without a runtime handler does. A
/// handler is called with the instruction's operands as its arguments, and
/// its result replaces them.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Vector {
    /// `BINARY op` on operands that are not both small ints, or whose
    /// result is not a small int: vector `op` (0..=9; 31 for `iadd`), arity 2.
    Binary(u32),
    /// `COMPARE op` (`<` .. `>=`) with a pointer operand, or an ordering of
    /// operands that are not ints: vector `10 + op`, arity 2.
    Compare(u32),
    /// `UNARY op` (`-`, `+`, `~`, `not`) on an operand the hardware does not
    /// handle: vector `16 + op`, arity 1.
    Unary(u32),
    /// A conditional branch on a pointer: vector 20, arity 1. The handler
    /// returns the truth value as a bool and the branch is executed again.
    Truth,
    /// `ALLOC` with the heap full: vector 21, arity 1 (the header); the
    /// handler collects and returns the new object.
    Alloc,
    /// `CALL n` (n = 0..=7) of a value that is not a plain function:
    /// vector `22 + n`, arity `n + 1` (the callee, then the arguments).
    Call(u32),
    /// Any other fault of an instruction (not `FAULT`, and not a fatal one,
    /// see `Fault::is_fatal`): vector 30, arity 1. The handler is called
    /// with `code | operand << 5` (the fault code and the instruction's
    /// 24-bit operand field) pushed on the stack as it was before the
    /// instruction; it raises the exception and never returns.
    Fault,
}

impl Vector {
    pub const CALL_MAX_ARGS: u32 = 7;

    /// The data address of the vector.
    pub fn addr(self) -> u32 {
        match self {
            Vector::Binary(10) => 31,
            Vector::Binary(op) => op,
            Vector::Compare(op) => 10 + op,
            Vector::Unary(op) => 16 + op,
            Vector::Truth => 20,
            Vector::Alloc => 21,
            Vector::Call(n) => 22 + n,
            Vector::Fault => 30,
        }
    }
    /// The handler's number of parameters.
    pub fn arity(self) -> u32 {
        match self {
            Vector::Binary(_) | Vector::Compare(_) => 2,
            Vector::Unary(_) | Vector::Truth | Vector::Alloc | Vector::Fault => 1,
            Vector::Call(n) => n + 1,
        }
    }
}

/// Bit of a return-stack entry that marks a trap frame: its `RETURN`
/// leaves the result in place of the trapped instruction's operands.
pub const RSTACK_TRAP: u32 = 1 << 31;
/// Bit of a trap frame's entry: the return address is the trapping
/// instruction itself, which executes again (a branch on a truth value).
pub const RSTACK_RETRY: u32 = 1 << 30;
/// Flag bits of a handler entry (`SETUP_TRY`): RETRY without TRAP. The
/// entry holds the handler's address where a call entry holds the return
/// address, and the stack pointer where a call entry holds the caller's fp.
pub const RSTACK_HANDLER: u32 = RSTACK_RETRY;
/// Return-stack entries kept free for the runtime library when the stack
/// guard is on (port `PORT_STACK_GUARD`): `CALL` raises RecursionError
/// beyond `RSTACK_WORDS - RSTACK_RESERVE` entries...
pub const RSTACK_RESERVE: u32 = 32;
/// ...or with the stack pointer beyond `DATA_WORDS - DATA_RESERVE`.
pub const DATA_RESERVE: u32 = 128;
/// Bits of a code address in the processor.
pub const PC_BITS: u32 = 15;
/// Bits of a data address in the processor.
pub const DATA_ADDR_BITS: u32 = 16;

/// Pack a return-stack entry.
pub fn rstack_entry(return_pc: u32, caller_fp: u32) -> u32 {
    (return_pc << 15) | (caller_fp & 0x7FFF)
}
pub fn rstack_return_pc(entry: u32) -> u32 {
    (entry & !(RSTACK_TRAP | RSTACK_RETRY)) >> 15
}
/// The address of the instruction that made this return-stack entry.
pub fn rstack_caller_pc(entry: u32) -> u32 {
    if entry & (RSTACK_TRAP | RSTACK_RETRY) == (RSTACK_TRAP | RSTACK_RETRY) {
        rstack_return_pc(entry)
    } else {
        rstack_return_pc(entry).wrapping_sub(1)
    }
}
pub fn rstack_is_trap(entry: u32) -> bool {
    entry & RSTACK_TRAP != 0
}
pub fn rstack_is_handler(entry: u32) -> bool {
    entry & (RSTACK_TRAP | RSTACK_RETRY) == RSTACK_HANDLER
}
pub fn rstack_caller_fp(entry: u32) -> u32 {
    entry & 0x7FFF
}
