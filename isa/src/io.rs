//! I/O ports (`IO_READ`/`IO_WRITE`) and the GPIO timing contract.

/// Write: send the low byte of the value to the console (UART TX on a board).
pub const PORT_CONSOLE: u32 = 0;
/// Read: the cycle counter modulo 2**30 (the same as `TICKS`).
pub const PORT_CYCLES: u32 = 2;

/// Read/write: the heap allocation pointer (a heap word address).
pub const PORT_HEAP_PTR: u32 = 4;
/// Read/write: the end of the allocation space: `ALLOC` traps beyond it.
pub const PORT_HEAP_LIMIT: u32 = 5;
/// Read: the data stack pointer (the address above the top of the stack).
pub const PORT_SP: u32 = 6;

/// Read: the return-stack depth.
pub const PORT_RSP: u32 = 7;
/// Read/write: 1 turns on the stack guard (see `mem::RSTACK_RESERVE`), 0
/// turns it off; off after reset.
pub const PORT_STACK_GUARD: u32 = 16;

/// `time.ticks_cpu()` wraps at this period, as MicroPython's ticks do.
pub const TICKS_PERIOD: u32 = 1 << 30;

/// A `PIN_ON`/`PIN_OFF`/`PIN_TOGGLE`/`PIN_WRITE` starting at cycle `c` changes
/// the pad from cycle `c + OUT_LATENCY` on.
pub const OUT_LATENCY: u64 = 1;
/// A `PIN_READ` starting at cycle `c` sees the pad level of cycle `c - IN_LATENCY`
/// (a two-flop synchroniser).
pub const IN_LATENCY: u64 = 2;
/// Cycles of a simulated jumper wire (`--loopback OUT=IN`).
pub const LOOPBACK_DELAY: u64 = 2;

/// `Pin.IN`, as in MicroPython.
pub const PIN_MODE_IN: i64 = 0;
/// `Pin.OUT`, as in MicroPython.
pub const PIN_MODE_OUT: i64 = 1;
