//! The host end of the console UART's receive line in simulation: what
//! `pysm run` and `pysm sim` feed from stdin. One deterministic model, used
//! by the emulator (which asks which byte a read of port 10 finds) and by
//! the RTL drivers (which ask the line level of every cycle); the Verilator
//! harness has a copy in C++ (`testbench/verilator/main.cpp`), held to this
//! one by the lockstep tests.
//!
//! The host sends its bytes 8N1 at `pysm_isa::io::BAUD`, each bit exactly
//! [`clocks_per_bit`] cycles: byte 0's start bit begins at [`FIRST_START`],
//! each next one right after the previous stop bit, so a frame is
//! [`frame_cycles`] long. It never overruns the receiver's 16-byte FIFO:
//! like a host with flow control, it starts byte `k >= RX_FIFO` no earlier
//! than the cycle after the program took byte `k - RX_FIFO` (a read of port
//! 10, counted at the cycle its `IO_READ` starts). Byte `k`, started at
//! `s`, is readable from cycle `s + rx_write_delay + RX_VISIBLE` on.

use pysm_isa::io::{clocks_per_bit, rx_write_delay, PORT_RX, RX_FIFO};
use pysm_isa::{Instr, Op};

/// The cycle at which the host starts the first start bit.
pub const FIRST_START: u64 = 1;
/// Cycles from the FIFO write of a byte to the first read that finds it.
pub const RX_VISIBLE: u64 = 3;
/// Cycles from a take (the `IO_READ`'s start) to the earliest start bit it
/// lets the host send: the RTL drivers learn of the take from the
/// retirement port, one cycle later.
pub const TAKE_TO_START: u64 = 1;
/// What the host sends after the last byte of stdin: EOT (Ctrl-D), a
/// terminal's end of input, which `input()` takes as end of file.
pub const EOT: u8 = 0x04;

/// The instruction word of `IO_READ PORT_RX`, and what it pushes when no
/// byte waits: the RTL drivers see takes on the retirement port. (A read
/// in the cycle right after a take finds no byte: `Machine::rx_taken_at`.)
pub fn rx_read_word() -> u32 {
    Instr::new(Op::IoRead, PORT_RX as i32)
        .encode()
        .expect("IO_READ 10 encodes")
}
pub const RX_NONE: u32 = 0xFFFF_FFFF;

/// Whether a program reads the receiver (then `pysm run` feeds it stdin).
pub fn reads_uart(code: &[u32]) -> bool {
    let w = rx_read_word();
    code.contains(&w)
}

/// Cycles of one 8N1 frame (start bit, 8 data bits, stop bit).
pub fn frame_cycles(clock_hz: u64) -> u64 {
    10 * clocks_per_bit(clock_hz)
}

#[derive(Clone, Debug)]
pub struct UartHost {
    bytes: Vec<u8>,
    div: u64,
    delay: u64,
    /// Start cycles of the bytes scheduled so far.
    starts: Vec<u64>,
    /// Cycles of the program's takes (the `IO_READ`s that got a byte).
    takes: Vec<u64>,
}

impl UartHost {
    /// A host that sends `bytes` as they are (no EOT added).
    pub fn new(bytes: Vec<u8>, clock_hz: u64) -> UartHost {
        UartHost {
            bytes,
            div: clocks_per_bit(clock_hz),
            delay: rx_write_delay(clock_hz),
            starts: Vec::new(),
            takes: Vec::new(),
        }
    }

    /// A host that sends stdin, then [`EOT`].
    pub fn stdin(mut bytes: Vec<u8>, clock_hz: u64) -> UartHost {
        bytes.push(EOT);
        UartHost::new(bytes, clock_hz)
    }

    /// Cycles per bit.
    pub fn div(&self) -> u64 {
        self.div
    }

    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// Bytes the program has taken.
    pub fn taken(&self) -> usize {
        self.takes.len()
    }

    /// The start cycle of byte `k`, if the host has decided it (the take it
    /// waits for has happened).
    pub fn start(&mut self, k: usize) -> Option<u64> {
        while self.starts.len() <= k {
            let j = self.starts.len();
            if j >= self.bytes.len() {
                return None;
            }
            let mut s = match j {
                0 => FIRST_START,
                _ => self.starts[j - 1] + 10 * self.div,
            };
            if j >= RX_FIFO {
                s = s.max(*self.takes.get(j - RX_FIFO)? + TAKE_TO_START);
            }
            self.starts.push(s);
        }
        Some(self.starts[k])
    }

    /// The byte a read of port 10 starting at `cycle` finds (the oldest
    /// not taken), if it is in the FIFO by then.
    pub fn peek(&mut self, cycle: u64) -> Option<u8> {
        let k = self.takes.len();
        let s = self.start(k)?;
        (s + self.delay + RX_VISIBLE <= cycle).then(|| self.bytes[k])
    }

    /// The program took the oldest byte with a read starting at `cycle`.
    pub fn take(&mut self, cycle: u64) {
        debug_assert!(self.takes.len() < self.bytes.len());
        self.takes.push(cycle);
    }

    /// The line level at `cycle` (high: idle or a 1 bit). Takes up to
    /// `cycle - TAKE_TO_START` must have been reported.
    pub fn level(&mut self, cycle: u64) -> bool {
        // The byte whose frame covers the cycle: the last one started by
        // then (frames never overlap). Searched from the newest, which is
        // where a simulation's cycles are.
        let mut k = self.starts.len();
        while self.start(k).is_some_and(|s| s <= cycle) {
            k += 1;
        }
        while k > 0 {
            k -= 1;
            let s = self.starts[k];
            if s > cycle {
                continue;
            }
            let bit = (cycle - s) / self.div;
            return match bit {
                0 => false,
                1..=8 => self.bytes[k] >> (bit - 1) & 1 == 1,
                _ => true,
            };
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pysm_isa::io::DEFAULT_CLOCK_HZ;

    const HZ: u64 = DEFAULT_CLOCK_HZ;

    #[test]
    fn a_frame_is_start_data_lsb_first_stop() {
        let div = clocks_per_bit(HZ);
        let mut h = UartHost::new(vec![0b1010_0011], HZ);
        assert!(h.level(0));
        let bits: Vec<bool> = (0..11).map(|b| h.level(FIRST_START + b * div)).collect();
        let want = [
            false, true, true, false, false, false, true, false, true, true, true,
        ];
        assert_eq!(bits, want);
        // Each bit holds for the whole bit time.
        assert!(!h.level(FIRST_START + div - 1));
        assert!(h.level(FIRST_START + div));
        assert!(h.level(FIRST_START + 1_000_000));
    }

    #[test]
    fn a_byte_is_readable_rx_write_delay_and_three_cycles_after_its_start() {
        let mut h = UartHost::new(b"ab".to_vec(), HZ);
        let first = FIRST_START + rx_write_delay(HZ) + 3;
        assert_eq!(first, 1 + 3 + (146 / 2 - 1) + 9 * 146 + 3);
        assert_eq!(h.peek(first - 1), None);
        assert_eq!(h.peek(first), Some(b'a'));
        h.take(first);
        // The next byte follows one frame later, not before.
        let second = first + frame_cycles(HZ);
        assert_eq!(h.peek(second - 1), None);
        assert_eq!(h.peek(second), Some(b'b'));
        h.take(second + 10);
        assert_eq!(h.peek(u64::MAX / 2), None);
        assert_eq!(h.taken(), 2);
    }

    #[test]
    fn bytes_wait_in_the_fifo_for_a_late_reader() {
        let mut h = UartHost::new(b"xyz".to_vec(), HZ);
        let late = 100_000;
        for &b in b"xyz" {
            assert_eq!(h.peek(late), Some(b));
            h.take(late);
        }
        assert_eq!(h.peek(late), None);
    }

    #[test]
    fn the_host_waits_while_the_fifo_is_full() {
        let bytes: Vec<u8> = (0..40).collect();
        let mut h = UartHost::new(bytes, HZ);
        let frame = frame_cycles(HZ);
        // Nothing taken: 16 bytes go out back to back, the 17th waits.
        for k in 0..RX_FIFO {
            assert_eq!(h.start(k), Some(FIRST_START + k as u64 * frame));
        }
        assert_eq!(h.start(RX_FIFO), None);
        let end = FIRST_START + 16 * frame;
        assert!((end..end + 5 * frame).all(|c| h.level(c)));
        // The first take at cycle t lets byte 16 start at t + 1.
        let t = end + 5 * frame;
        assert_eq!(h.peek(t), Some(0));
        h.take(t);
        assert_eq!(h.start(RX_FIFO), Some(t + TAKE_TO_START));
        assert!(!h.level(t + 1));
        // Never more than 16 bytes sent and not taken when one is written.
        let mut got = vec![0u8];
        let mut c = t + 7;
        while got.len() < 40 {
            if let Some(b) = h.peek(c) {
                got.push(b);
                h.take(c);
            }
            c += 997;
        }
        assert_eq!(got, (0..40).collect::<Vec<u8>>());
        for k in RX_FIFO..40 {
            let s = h.start(k).unwrap();
            assert!(h.takes[k - RX_FIFO] < s);
        }
    }

    #[test]
    fn stdin_ends_with_eot() {
        let h = UartHost::stdin(b"5\n".to_vec(), HZ);
        assert_eq!(h.bytes(), b"5\n\x04");
    }
}
