//! The fault report of a board without the boot loader: when the processor
//! faults, this block sends `\npysm: fault 0xFF at pc 0xPPPP\n` and EOT to
//! the UART (what the boot loader sends, lowercase hex) and holds `faulted`
//! high, which lights the red LED. A baked program has no loader to report
//! for it, and a halted processor cannot print; the text is 32 bytes and
//! two hex nibble muxes, a few dozen logic cells. Built with the loader,
//! the top ties `fault` to zero and yosys removes the block.
//!
//! For `pysm flash` to the flash top it also sends the loader's other
//! answers: `pysm-boot: ok\n` when a program has come over the UART
//! (`loaded`), and EOT when the program halts (`halted`); `clear` (a new
//! program) starts over.

use rust_hdl::prelude::*;

/// Bytes in the report line, with its EOT.
pub const REPORT_LEN: usize = 32;
// The block's text: the fault line at 0, its EOT at 31 (alone: a halt),
// `pysm-boot: ok\n` at 32..45 (literals in `update`: `#[hdl_gen]` does
// not read constants).

#[derive(LogicBlock, Default)]
pub struct FaultReport {
    pub clock: Signal<In, Clock>,
    /// The processor's fault code (0: none); it holds while halted.
    pub fault: Signal<In, Bits<8>>,
    /// The faulting instruction's address.
    pub pc: Signal<In, Bits<16>>,
    /// The UART takes `data` at the end of this cycle when `valid`.
    pub ready: Signal<In, Bit>,
    pub data: Signal<Out, Bits<8>>,
    pub valid: Signal<Out, Bit>,
    /// The program halted: send EOT (0: never).
    pub halted: Signal<In, Bit>,
    /// A program has been loaded over the UART: send the boot loader's
    /// `pysm-boot: ok` (one cycle).
    pub loaded: Signal<In, Bit>,
    /// A new program: forget the last report.
    pub clear: Signal<In, Bit>,
    /// A fault happened: the red LED.
    pub faulted: Signal<Out, Bit>,
    /// The report owns the UART.
    pub sending: Signal<Out, Bit>,
    /// It is sending `pysm-boot: ok` (the top holds the processor).
    pub greeting: Signal<Out, Bit>,
    index: DFF<Bits<6>>,
    busy: DFF<Bit>,
    done: DFF<Bit>,
    lit: DFF<Bit>,
    nibble: Signal<Local, Bits<4>>,
    hex: Signal<Local, Bits<8>>,
}

impl Logic for FaultReport {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, index, busy, done, lit);
        self.faulted.next = self.lit.q.val();
        self.sending.next = self.busy.q.val();
        self.greeting.next = self.busy.q.val() & self.index.q.val().get_bit(5);
        self.valid.next = self.busy.q.val();
        if !self.busy.q.val() & !self.done.q.val() {
            if self.fault.val().any() {
                self.busy.d.next = true;
                self.lit.d.next = true;
                self.index.d.next = 0.into();
            } else if self.halted.val() {
                self.busy.d.next = true;
                self.index.d.next = 31.into();
            }
        }
        if self.loaded.val() {
            self.busy.d.next = true;
            self.index.d.next = 32.into();
        }
        if self.busy.q.val() & self.ready.val() {
            self.index.d.next = self.index.q.val() + 1;
            if self.index.q.val() == 31 {
                self.busy.d.next = false;
                self.done.d.next = true;
            }
            if self.index.q.val() == 45 {
                self.busy.d.next = false;
            }
        }
        match self.index.q.val().index() {
            15 => self.nibble.next = self.fault.val().get_bits::<4>(4),
            16 => self.nibble.next = self.fault.val().get_bits::<4>(0),
            26 => self.nibble.next = self.pc.val().get_bits::<4>(12),
            27 => self.nibble.next = self.pc.val().get_bits::<4>(8),
            28 => self.nibble.next = self.pc.val().get_bits::<4>(4),
            _ => self.nibble.next = self.pc.val().get_bits::<4>(0),
        }
        if self.nibble.val().index() < 10 {
            self.hex.next = bit_cast::<8, 4>(self.nibble.val()) + 0x30;
        } else {
            self.hex.next = bit_cast::<8, 4>(self.nibble.val()) + 0x57;
        }
        // "\npysm: fault 0x" FF " at pc 0x" PPPP "\n"
        match self.index.q.val().index() {
            0 => self.data.next = 0x0a.into(),
            1 => self.data.next = 0x70.into(),
            2 => self.data.next = 0x79.into(),
            3 => self.data.next = 0x73.into(),
            4 => self.data.next = 0x6d.into(),
            5 => self.data.next = 0x3a.into(),
            6 => self.data.next = 0x20.into(),
            7 => self.data.next = 0x66.into(),
            8 => self.data.next = 0x61.into(),
            9 => self.data.next = 0x75.into(),
            10 => self.data.next = 0x6c.into(),
            11 => self.data.next = 0x74.into(),
            12 => self.data.next = 0x20.into(),
            13 => self.data.next = 0x30.into(),
            14 => self.data.next = 0x78.into(),
            17 => self.data.next = 0x20.into(),
            18 => self.data.next = 0x61.into(),
            19 => self.data.next = 0x74.into(),
            20 => self.data.next = 0x20.into(),
            21 => self.data.next = 0x70.into(),
            22 => self.data.next = 0x63.into(),
            23 => self.data.next = 0x20.into(),
            24 => self.data.next = 0x30.into(),
            25 => self.data.next = 0x78.into(),
            30 => self.data.next = 0x0a.into(),
            31 => self.data.next = 0x04.into(),
            // "pysm-boot: ok\n"
            32 => self.data.next = 0x70.into(),
            33 => self.data.next = 0x79.into(),
            34 => self.data.next = 0x73.into(),
            35 => self.data.next = 0x6d.into(),
            36 => self.data.next = 0x2d.into(),
            37 => self.data.next = 0x62.into(),
            38 => self.data.next = 0x6f.into(),
            39 => self.data.next = 0x6f.into(),
            40 => self.data.next = 0x74.into(),
            41 => self.data.next = 0x3a.into(),
            42 => self.data.next = 0x20.into(),
            43 => self.data.next = 0x6f.into(),
            44 => self.data.next = 0x6b.into(),
            45 => self.data.next = 0x0a.into(),
            _ => self.data.next = self.hex.val(),
        }
        if self.clear.val() {
            self.busy.d.next = false;
            self.done.d.next = false;
            self.lit.d.next = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Clock the block alone with a UART that is always ready.
    fn report(fault: u64, pc: u64) -> (String, bool) {
        let mut uut = FaultReport::default();
        uut.clock.connect();
        uut.fault.connect();
        uut.pc.connect();
        uut.ready.connect();
        uut.halted.connect();
        uut.loaded.connect();
        uut.clear.connect();
        uut.connect_all();
        check_all(&uut).unwrap();
        let mut out = Vec::new();
        for cycle in 0..100 {
            uut.fault.next = (if cycle >= 3 { fault } else { 0 }).into();
            uut.pc.next = pc.into();
            uut.ready.next = cycle % 3 != 1;
            uut.clock.next = false.into();
            assert!(simulate(&mut uut, 100));
            if uut.valid.val() && uut.ready.val() {
                out.push(uut.data.val().index() as u8);
            }
            uut.clock.next = true.into();
            assert!(simulate(&mut uut, 100));
        }
        (String::from_utf8(out).unwrap(), uut.faulted.val())
    }

    #[test]
    fn reports_once_in_lowercase_hex() {
        let (text, faulted) = report(0x17, 0x3af);
        assert_eq!(text, "\npysm: fault 0x17 at pc 0x03af\n\x04");
        assert_eq!(text.len(), REPORT_LEN);
        assert!(faulted);
        assert_eq!(report(0, 0x3af), (String::new(), false));
    }
}
