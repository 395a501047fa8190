//! UART receiver, 8N1, with a 16-byte FIFO: the receiving half of the
//! console, for a future I/O port (`read` of one byte or -1) and the boot
//! loader. Not yet connected to the processor, whose `IO_READ` has no port
//! for it yet.
//!
//! The line passes a two-flop synchroniser; a falling edge starts a frame,
//! each bit is sampled in its middle, and a byte whose stop bit is high
//! enters the FIFO (a low stop bit, a framing error, drops it). A byte that
//! arrives with the FIFO full is dropped and sets `overflow` until reset.

use crate::uart_tx::clocks_per_bit;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct UartRx {
    pub clock: Signal<In, Clock>,
    /// The serial line (idles high).
    pub rx: Signal<In, Bit>,
    /// The oldest byte, valid while `valid` is high.
    pub data: Signal<Out, Bits<8>>,
    pub valid: Signal<Out, Bit>,
    /// Take the oldest byte (when `valid`); `data` and `valid` show the next
    /// one two cycles later (the FIFO's block RAM read).
    pub read: Signal<In, Bit>,
    /// A byte was lost to a full FIFO.
    pub overflow: Signal<Out, Bit>,
    fifo: SynchronousFIFO<Bits<8>, 4, 5, 1>,
    reload: Constant<Bits<16>>,
    half: Constant<Bits<16>>,
    meta: DFFWithInit<Bit>,
    line: DFFWithInit<Bit>,
    busy: DFF<Bit>,
    baud: DFF<Bits<16>>,
    index: DFF<Bits<4>>,
    shift: DFF<Bits<8>>,
    lost: DFF<Bit>,
}

impl UartRx {
    pub fn new(clock_hz: u64, baud: u64) -> anyhow::Result<UartRx> {
        let div = clocks_per_bit(clock_hz, baud)?;
        Ok(UartRx {
            clock: Default::default(),
            rx: Default::default(),
            data: Default::default(),
            valid: Default::default(),
            read: Default::default(),
            overflow: Default::default(),
            fifo: Default::default(),
            reload: Constant::new((div - 1).to_bits()),
            half: Constant::new((div / 2 - 1).to_bits()),
            meta: DFFWithInit::new(true),
            line: DFFWithInit::new(true),
            busy: Default::default(),
            baud: Default::default(),
            index: Default::default(),
            shift: Default::default(),
            lost: Default::default(),
        })
    }
}

impl Logic for UartRx {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, meta, line, busy, baud, index, shift, lost);
        clock!(self, clock, fifo);
        self.meta.d.next = self.rx.val();
        self.line.d.next = self.meta.q.val();
        // Read side.
        self.data.next = self.fifo.data_out.val();
        self.valid.next = !self.fifo.empty.val();
        self.fifo.read.next = self.read.val() & !self.fifo.empty.val();
        self.overflow.next = self.lost.q.val();
        // Receiver.
        self.fifo.data_in.next = self.shift.q.val();
        self.fifo.write.next = false;
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
                    if self.fifo.full.val() {
                        self.lost.d.next = true;
                    } else {
                        self.fifo.write.next = true;
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
    }
}
