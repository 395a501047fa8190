//! UART receiver, 8N1, with a 16-byte FIFO: the console's receiving half
//! (ports 10 and 11); `frame`/`frame_data` also give every byte, FIFO or
//! not, to the board's boot loader.
//!
//! The line passes a two-flop synchroniser; a falling edge starts a frame,
//! each bit is sampled in its middle, and a byte whose stop bit is high
//! enters the FIFO (a low stop bit, a framing error, drops it). A byte that
//! arrives with the FIFO full is dropped and sets `overflow` until `clear`.
//! Timing (`pysm_isa::io::rx_write_delay`, modelled by the emulator): the
//! byte whose start bit reaches `rx` in cycle `s` is written in cycle
//! `s + rx_write_delay` and shows in `count`/`valid`/`data` three cycles later.

use crate::bram::Bram;
use pysm_isa::io::clocks_per_bit;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct UartRx {
    pub clock: Signal<In, Clock>,
    /// The serial line (idles high).
    pub rx: Signal<In, Bit>,
    /// The oldest byte, valid while `valid` is high.
    pub data: Signal<Out, Bits<8>>,
    pub valid: Signal<Out, Bit>,
    /// The number of bytes waiting (0..=16).
    pub count: Signal<Out, Bits<5>>,
    /// Take the oldest byte (only while `valid`). The take is registered (it comes late in the
    /// processor's cycle): the byte leaves the FIFO, and `count`/`data`
    /// change, two cycles after `read`; `valid` is low in the cycle
    /// between, so the byte is never offered twice.
    pub read: Signal<In, Bit>,
    /// Empty the FIFO and forget an overflow.
    pub clear: Signal<In, Bit>,
    /// A byte was lost to a full FIFO.
    pub overflow: Signal<Out, Bit>,
    /// One-cycle strobe: a byte was received (`frame_data`), even if the
    /// FIFO had no room for it.
    pub frame: Signal<Out, Bit>,
    pub frame_data: Signal<Out, Bits<8>>,
    mem: Bram<8, 4>,
    reload: Constant<Bits<16>>,
    half: Constant<Bits<16>>,
    meta: DFFWithInit<Bit>,
    line: DFFWithInit<Bit>,
    busy: DFF<Bit>,
    baud: DFF<Bits<16>>,
    index: DFF<Bits<4>>,
    shift: DFF<Bits<8>>,
    lost: DFF<Bit>,
    /// Write and read pointers (one bit more than the address), and the
    /// write pointer two cycles late: what the reader may see (the memory
    /// read in the cycle of the write returns the old word, so a byte is
    /// shown from the second cycle after its write).
    wr: DFF<Bits<5>>,
    wr_late: DFF<Bits<5>>,
    wr_seen: DFF<Bits<5>>,
    rd: DFF<Bits<5>>,
    take: DFF<Bit>,
    filled: Signal<Local, Bits<5>>,
    seen: Signal<Local, Bits<5>>,
    rd_next: Signal<Local, Bits<5>>,
    put: Signal<Local, Bit>,
}

impl UartRx {
    /// A receiver for `clock_hz` at `pysm_isa::io::BAUD`.
    pub fn new(clock_hz: u64) -> UartRx {
        let div = clocks_per_bit(clock_hz);
        assert!((4..=65535).contains(&div), "UART: bad divisor {div}");
        UartRx {
            clock: Default::default(),
            rx: Default::default(),
            data: Default::default(),
            valid: Default::default(),
            count: Default::default(),
            read: Default::default(),
            clear: Default::default(),
            overflow: Default::default(),
            frame: Default::default(),
            frame_data: Default::default(),
            mem: Bram::default(),
            reload: Constant::new((div - 1).to_bits()),
            half: Constant::new((div / 2 - 1).to_bits()),
            meta: DFFWithInit::new(true),
            line: DFFWithInit::new(true),
            busy: Default::default(),
            baud: Default::default(),
            index: Default::default(),
            shift: Default::default(),
            lost: Default::default(),
            wr: Default::default(),
            wr_late: Default::default(),
            wr_seen: Default::default(),
            rd: Default::default(),
            take: Default::default(),
            filled: Default::default(),
            seen: Default::default(),
            rd_next: Default::default(),
            put: Default::default(),
        }
    }
}

impl Logic for UartRx {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, meta, line, busy, baud, index, shift, lost, wr, wr_late, wr_seen, rd, take
        );
        self.mem.read_clock.next = self.clock.val();
        self.mem.write_clock.next = self.clock.val();
        self.meta.d.next = self.rx.val();
        self.line.d.next = self.meta.q.val();
        // FIFO.
        self.filled.next = self.wr.q.val() - self.rd.q.val();
        self.seen.next = self.wr_seen.q.val() - self.rd.q.val();
        self.wr_late.d.next = self.wr.q.val();
        self.wr_seen.d.next = self.wr_late.q.val();
        // In the cycle after a read the byte is still shown (the take is
        // registered): it is not offered twice.
        self.valid.next = self.seen.val().any() & !self.take.q.val();
        self.count.next = self.seen.val();
        self.data.next = self.mem.read_data.val();
        self.overflow.next = self.lost.q.val();
        self.rd_next.next = self.rd.q.val();
        self.take.d.next = self.read.val();
        if self.take.q.val() & self.seen.val().any() {
            self.rd_next.next = self.rd.q.val() + 1;
        }
        // Read the entry `rd` will point at, so `data` follows `rd`.
        self.mem.read_address.next = self.rd_next.val().get_bits::<4>(0);
        self.mem.write_address.next = self.wr.q.val().get_bits::<4>(0);
        self.mem.write_data.next = self.shift.q.val();
        self.put.next = false;
        self.frame.next = false;
        self.frame_data.next = self.shift.q.val();
        // Receiver.
        if !self.busy.q.val() {
            if !self.line.q.val() {
                // A start bit: sample it again half a bit later.
                self.busy.d.next = true;
                self.baud.d.next = self.half.val();
                self.index.d.next = 0.into();
            }
        } else if self.baud.q.val() == 0 {
            self.baud.d.next = self.reload.val();
            self.index.d.next = self.index.q.val() + 1;
            if self.index.q.val() == 0 {
                if self.line.q.val() {
                    // A glitch, not a start bit.
                    self.busy.d.next = false;
                }
            } else if self.index.q.val() == 9 {
                self.busy.d.next = false;
                if self.line.q.val() {
                    self.frame.next = true;
                    if self.filled.val().get_bit(4) {
                        self.lost.d.next = true;
                    } else {
                        self.put.next = true;
                    }
                }
            } else if self.line.q.val() {
                self.shift.d.next = (self.shift.q.val() >> 1) | 0x80;
            } else {
                self.shift.d.next = self.shift.q.val() >> 1;
            }
        } else {
            self.baud.d.next = self.baud.q.val() - 1;
        }
        self.mem.write_enable.next = self.put.val();
        if self.put.val() {
            self.wr.d.next = self.wr.q.val() + 1;
        }
        self.rd.d.next = self.rd_next.val();
        if self.clear.val() {
            self.wr.d.next = 0.into();
            self.wr_late.d.next = 0.into();
            self.wr_seen.d.next = 0.into();
            self.rd.d.next = 0.into();
            self.take.d.next = false;
            self.lost.d.next = false;
            self.mem.read_address.next = 0.into();
        }
    }
}
