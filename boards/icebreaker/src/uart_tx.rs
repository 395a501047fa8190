//! UART transmitter, 8N1, with a block-RAM FIFO in front so that `print`
//! rarely waits.
//!
//! Protocol on the write side: `ready` is high while the FIFO has room; a
//! byte is taken on every cycle where `valid` and `ready` are both high
//! (`valid` is the Soc's one-cycle `console_valid` strobe). The line idles
//! high; each frame is a start bit (0), 8 data bits LSB first, a stop bit (1).
//!
//! The FIFO is two pointers with a wrap bit around a [`Bram`], which never
//! reads the byte being written: the block RAM's read port always reads the
//! oldest byte, and a frame starts only when that byte was already there in
//! the cycle before (`seen`), so the first byte after an empty FIFO waits a
//! cycle.

use pysm_cpu::bram::Bram;
use rust_hdl::prelude::*;

/// The console's baud rate.
pub const BAUD: u64 = 115_200;

/// Largest relative baud-rate error accepted (the receiver tolerates ~4 %).
const MAX_BAUD_ERROR: f64 = 0.02;

/// Clock cycles per bit for a clock of `clock_hz`, or an error when the
/// rounding error is too large or the divisor does not fit 16 bits.
pub fn clocks_per_bit(clock_hz: u64, baud: u64) -> anyhow::Result<u64> {
    let div = (clock_hz + baud / 2) / baud;
    if !(4..=65535).contains(&div) {
        anyhow::bail!("UART: {clock_hz} Hz cannot make {baud} baud (divisor {div})");
    }
    let err = ((clock_hz as f64 / div as f64) - baud as f64).abs() / baud as f64;
    if err > MAX_BAUD_ERROR {
        anyhow::bail!(
            "UART: {clock_hz} Hz gives {baud} baud with a {:.1} % error",
            err * 100.0
        );
    }
    Ok(div)
}

/// The transmitter with a FIFO of `2^N` bytes (`NP1 = N + 1`).
#[derive(LogicBlock)]
pub struct UartTx<const N: usize, const NP1: usize> {
    pub clock: Signal<In, Clock>,
    pub data: Signal<In, Bits<8>>,
    pub valid: Signal<In, Bit>,
    /// High while the FIFO can take a byte.
    pub ready: Signal<Out, Bit>,
    /// The serial line (idles high).
    pub tx: Signal<Out, Bit>,
    mem: Bram<8, N>,
    /// Write and read pointers, with a wrap bit above the address.
    wr: DFF<Bits<NP1>>,
    rd: DFF<Bits<NP1>>,
    /// The FIFO was not empty in the previous cycle and no frame started
    /// then: the block RAM's output is the oldest byte.
    seen: DFF<Bit>,
    /// `2^N`: the pointers' difference when the FIFO is full.
    size: Constant<Bits<NP1>>,
    empty: Signal<Local, Bit>,
    full: Signal<Local, Bit>,
    take: Signal<Local, Bit>,
    /// Clock cycles per bit, minus one.
    reload: Constant<Bits<16>>,
    baud: DFF<Bits<16>>,
    bits_left: DFF<Bits<4>>,
    shift: DFF<Bits<10>>,
    txd: DFFWithInit<Bit>,
    busy: DFF<Bit>,
    frame: Signal<Local, Bits<10>>,
}

/// The console UART: 512-byte FIFO (one block RAM).
pub type ConsoleUart = UartTx<9, 10>;

impl<const N: usize, const NP1: usize> UartTx<N, NP1> {
    pub fn new(clock_hz: u64, baud: u64) -> anyhow::Result<Self> {
        let div = clocks_per_bit(clock_hz, baud)?;
        Ok(UartTx {
            clock: Default::default(),
            data: Default::default(),
            valid: Default::default(),
            ready: Default::default(),
            tx: Default::default(),
            mem: Default::default(),
            wr: Default::default(),
            rd: Default::default(),
            seen: Default::default(),
            size: Constant::new((1u64 << N).to_bits()),
            empty: Default::default(),
            full: Default::default(),
            take: Default::default(),
            reload: Constant::new((div - 1).to_bits()),
            baud: Default::default(),
            bits_left: Default::default(),
            shift: Default::default(),
            txd: DFFWithInit::new(true),
            busy: Default::default(),
            frame: Default::default(),
        })
    }
}

impl<const N: usize, const NP1: usize> Logic for UartTx<N, NP1> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, baud, bits_left, shift, txd, busy, wr, rd, seen);
        self.mem.read_clock.next = self.clock.val();
        self.mem.write_clock.next = self.clock.val();
        // Write side.
        self.empty.next = self.wr.q.val() == self.rd.q.val();
        self.full.next = (self.wr.q.val() ^ self.rd.q.val()) == self.size.val();
        self.ready.next = !self.full.val();
        self.mem.write_address.next = self.wr.q.val().get_bits::<N>(0);
        self.mem.write_data.next = self.data.val();
        self.mem.write_enable.next = self.valid.val() & !self.full.val();
        if self.valid.val() & !self.full.val() {
            self.wr.d.next = self.wr.q.val() + 1;
        }
        // Read side: a frame is {stop, data, start}, sent LSB first.
        self.mem.read_address.next = self.rd.q.val().get_bits::<N>(0);
        self.take.next = !self.busy.q.val() & self.seen.q.val() & !self.empty.val();
        self.seen.d.next = !self.empty.val() & !self.take.val();
        self.frame.next = bit_cast::<10, 8>(self.mem.read_data.val()) << 1;
        self.frame.next = self.frame.val() | 0x200;
        self.tx.next = self.txd.q.val();
        if self.take.val() {
            self.rd.d.next = self.rd.q.val() + 1;
        }
        if !self.busy.q.val() {
            if self.take.val() {
                self.shift.d.next = self.frame.val();
                self.bits_left.d.next = 10.into();
                self.baud.d.next = 0.into();
                self.busy.d.next = true;
            }
        } else if self.baud.q.val() == 0 {
            self.baud.d.next = self.reload.val();
            if self.bits_left.q.val() == 0 {
                // The stop bit has lasted a full bit time.
                self.busy.d.next = false;
            } else {
                self.txd.d.next = self.shift.q.val().get_bit(0);
                self.shift.d.next = self.shift.q.val() >> 1;
                self.bits_left.d.next = self.bits_left.q.val() - 1;
            }
        } else {
            self.baud.d.next = self.baud.q.val() - 1;
        }
    }
}
