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

/// Ports 8..15 are the board's devices, read through the core's external
/// I/O read bus (`IO_READ` of a port in 8..15 is one cycle, like the others).
pub const PORT_DEVICE_FIRST: u32 = 8;
pub const PORT_DEVICE_LAST: u32 = 15;
/// Read: microseconds since the program started, mod 2**30 (`ticks_us`).
pub const PORT_TICKS_US: u32 = 8;
/// Read: milliseconds since the program started, mod 2**30 (`ticks_ms`).
pub const PORT_TICKS_MS: u32 = 9;
/// Read: the oldest byte received on the console UART (0..255), taken from
/// its FIFO, or -1 when none is waiting. Each byte taken also shifts into
/// the receive word (port 11).
pub const PORT_RX: u32 = 10;
/// Read: the receive word, the last four bytes taken from port 10
/// (little-endian: the last one in bits 31..24). Raw: the 32 bits are
/// pushed as they are, not as a small int, so a loader can store any word.
/// On the board only while its boot loader runs (0 otherwise).
pub const PORT_RX_WORD: u32 = 11;
/// Write: code word at the address written (a small int) := the receive word.
pub const PORT_CODE_WRITE: u32 = 12;
/// Write (board): restart the processor at code address 0 with the stack
/// base written, as after power-up: the boot loader's hand-over to the
/// program it loaded. No effect in simulation.
pub const PORT_BOOT_START: u32 = 13;
/// Read (board): why the processor started (`BOOT_*`); 0 in simulation.
pub const PORT_BOOT_INFO: u32 = 14;

/// `PORT_BOOT_INFO` bit: the magic `PYSM` arrived on the UART (load an image).
pub const BOOT_MAGIC: u32 = 1 << 25;
/// `PORT_BOOT_INFO` bit: the program stopped; bits 23..16 hold its fault
/// code (0: it ended normally) and bits 15..0 the pc of the fault.
pub const BOOT_STOPPED: u32 = 1 << 24;

/// The console UART's rate, both directions (8N1).
pub const BAUD: u64 = 115_200;
/// Bytes the UART receiver holds; one more arriving is dropped.
pub const RX_FIFO: usize = 16;

/// Clock cycles per UART bit (the nearest integer).
pub fn clocks_per_bit(clock_hz: u64) -> u64 {
    (clock_hz + BAUD / 2) / BAUD
}

/// A byte whose start bit reaches the receiver's pin at cycle `s` enters its
/// FIFO at cycle `s + rx_write_delay(..)` and can be read from three cycles
/// later (a two-flop synchroniser, then sampling in the middle of each bit).
pub fn rx_write_delay(clock_hz: u64) -> u64 {
    let div = clocks_per_bit(clock_hz);
    3 + (div / 2 - 1) + 9 * div
}

/// The boot loader answers an image with one line: this, or [`BOOT_ERROR`]
/// and the reason (`docs/icebreaker.md`, "Boot protocol").
pub const BOOT_OK: &str = "pysm-boot: ok\n";
pub const BOOT_ERROR: &str = "pysm-boot: error: ";
/// After a program stops the board sends, for a fault, `\n` FAULT_LINE
/// `FF at pc 0xPPPP\n` (fault code and pc in hex), then [`EOT`].
pub const FAULT_LINE: &str = "pysm: fault 0x";
/// The board sends this byte when the program has ended (halt or fault).
pub const EOT: u8 = 0x04;

/// The design clock the simulators assume: what the iCEBreaker's PLL makes
/// for the Makefile's default `FREQ_MHZ=17`.
pub const DEFAULT_CLOCK_HZ: u64 = 16_875_000;

/// The microsecond timer's prescaler for a clock: every cycle adds `num` to
/// an accumulator and a microsecond passes each time it reaches `den`, so
/// after `c` cycles the timer reads `floor(c * num / den)` exactly.
pub fn us_ratio(clock_hz: u64) -> (u64, u64) {
    fn gcd(a: u64, b: u64) -> u64 {
        if b == 0 {
            a
        } else {
            gcd(b, a % b)
        }
    }
    let g = gcd(1_000_000, clock_hz);
    (1_000_000 / g, clock_hz / g)
}

/// Microseconds after `cycle` cycles (not wrapped).
pub fn us_at(cycle: u64, clock_hz: u64) -> u64 {
    let (num, den) = us_ratio(clock_hz);
    (cycle as u128 * num as u128 / den as u128) as u64
}

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
