//! The 128 KiB of SPRAM as one 32K x 32 memory, for the heap.
//!
//! The UP5K has four `SB_SPRAM256KA` (16K x 16 each, single port, registered
//! read, nibble write mask, not initialisable from the bitstream). Two side
//! by side make 32-bit words; two such pairs make 32K words. A read returns
//! its word one cycle later, like the block RAMs; the output is undefined in
//! the cycle after a write (the SPRAM's behaviour), so the model keeps it
//! unchanged. The board's processor keeps its heap in it.

use rust_hdl::prelude::*;

/// Words of 32 bits.
pub const SPRAM_WORDS: usize = 1 << 15;

/// One `SB_SPRAM256KA`: 16K x 16.
#[derive(LogicBlock)]
pub struct SpRam16k {
    pub clock: Signal<In, Clock>,
    pub address: Signal<In, Bits<14>>,
    pub data_in: Signal<In, Bits<16>>,
    /// Bit i enables the write of nibble i.
    pub mask_we: Signal<In, Bits<4>>,
    pub write_enable: Signal<In, Bit>,
    pub data_out: Signal<Out, Bits<16>>,
    _mem: Vec<u16>,
}

impl Default for SpRam16k {
    fn default() -> Self {
        SpRam16k {
            clock: Default::default(),
            address: Default::default(),
            data_in: Default::default(),
            mask_we: Default::default(),
            write_enable: Default::default(),
            data_out: Default::default(),
            _mem: vec![0; 1 << 14],
        }
    }
}

impl Logic for SpRam16k {
    fn update(&mut self) {
        if self.clock.pos_edge() {
            let a = self.address.val().index();
            if self.write_enable.val() {
                let mut w = self._mem[a];
                let d = self.data_in.val().to_u64() as u16;
                let m = self.mask_we.val().to_u64();
                for n in 0..4 {
                    if m >> n & 1 == 1 {
                        let k = 0xFu16 << (4 * n);
                        w = (w & !k) | (d & k);
                    }
                }
                self._mem[a] = w;
            } else {
                self.data_out.next = (self._mem[a] as u64).to_bits();
            }
        }
    }

    fn connect(&mut self) {
        self.data_out.connect();
    }

    fn hdl(&self) -> Verilog {
        Verilog::Wrapper(Wrapper {
            code: "SB_SPRAM256KA spram_i (.ADDRESS(address), .DATAIN(data_in), \
                   .MASKWREN(mask_we), .WREN(write_enable), .CHIPSELECT(1'b1), \
                   .CLOCK(clock), .STANDBY(1'b0), .SLEEP(1'b0), .POWEROFF(1'b1), \
                   .DATAOUT(data_out));"
                .into(),
            cores: String::new(),
        })
    }
}

/// The four SPRAMs as 32K x 32 with a byte write mask.
#[derive(LogicBlock, Default)]
pub struct Spram {
    pub clock: Signal<In, Clock>,
    pub address: Signal<In, Bits<15>>,
    pub data_in: Signal<In, Bits<32>>,
    /// Bit i enables the write of byte i.
    pub byte_we: Signal<In, Bits<4>>,
    pub write_enable: Signal<In, Bit>,
    /// The word addressed in the previous cycle (if it was a read).
    pub data_out: Signal<Out, Bits<32>>,
    /// Banks 0/1: addresses 0..16K (low/high half-word); 2/3: 16K..32K.
    lo0: SpRam16k,
    hi0: SpRam16k,
    lo1: SpRam16k,
    hi1: SpRam16k,
    /// The bank of the last read, for the output mux.
    bank: DFF<Bit>,
    mask_lo: Signal<Local, Bits<4>>,
    mask_hi: Signal<Local, Bits<4>>,
}

impl Logic for Spram {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, bank);
        clock!(self, clock, lo0, hi0, lo1, hi1);
        // Byte enables to nibble enables.
        self.mask_lo.next = 0.into();
        self.mask_hi.next = 0.into();
        if self.byte_we.val().get_bit(0) {
            self.mask_lo.next = self.mask_lo.val() | 3;
        }
        if self.byte_we.val().get_bit(1) {
            self.mask_lo.next = self.mask_lo.val() | 12;
        }
        if self.byte_we.val().get_bit(2) {
            self.mask_hi.next = self.mask_hi.val() | 3;
        }
        if self.byte_we.val().get_bit(3) {
            self.mask_hi.next = self.mask_hi.val() | 12;
        }
        self.lo0.address.next = self.address.val().get_bits::<14>(0);
        self.hi0.address.next = self.address.val().get_bits::<14>(0);
        self.lo1.address.next = self.address.val().get_bits::<14>(0);
        self.hi1.address.next = self.address.val().get_bits::<14>(0);
        self.lo0.data_in.next = self.data_in.val().get_bits::<16>(0);
        self.lo1.data_in.next = self.data_in.val().get_bits::<16>(0);
        self.hi0.data_in.next = self.data_in.val().get_bits::<16>(16);
        self.hi1.data_in.next = self.data_in.val().get_bits::<16>(16);
        self.lo0.mask_we.next = self.mask_lo.val();
        self.lo1.mask_we.next = self.mask_lo.val();
        self.hi0.mask_we.next = self.mask_hi.val();
        self.hi1.mask_we.next = self.mask_hi.val();
        self.lo0.write_enable.next = self.write_enable.val() & !self.address.val().get_bit(14);
        self.hi0.write_enable.next = self.write_enable.val() & !self.address.val().get_bit(14);
        self.lo1.write_enable.next = self.write_enable.val() & self.address.val().get_bit(14);
        self.hi1.write_enable.next = self.write_enable.val() & self.address.val().get_bit(14);
        self.bank.d.next = self.address.val().get_bit(14);
        if self.bank.q.val() {
            self.data_out.next = (bit_cast::<32, 16>(self.hi1.data_out.val()) << 16)
                | bit_cast::<32, 16>(self.lo1.data_out.val());
        } else {
            self.data_out.next = (bit_cast::<32, 16>(self.hi0.data_out.val()) << 16)
                | bit_cast::<32, 16>(self.lo0.data_out.val());
        }
    }
}

/// Two SPRAMs side by side: 16K x 32, whole-word writes (the code memory of
/// a program in the SPI flash: the heap has the other two).
#[derive(LogicBlock, Default)]
pub struct SpramHalf {
    pub clock: Signal<In, Clock>,
    pub address: Signal<In, Bits<14>>,
    pub data_in: Signal<In, Bits<32>>,
    pub write_enable: Signal<In, Bit>,
    /// The word addressed in the previous cycle (if it was a read).
    pub data_out: Signal<Out, Bits<32>>,
    lo: SpRam16k,
    hi: SpRam16k,
}

impl Logic for SpramHalf {
    #[hdl_gen]
    fn update(&mut self) {
        clock!(self, clock, lo, hi);
        self.lo.address.next = self.address.val();
        self.hi.address.next = self.address.val();
        self.lo.data_in.next = self.data_in.val().get_bits::<16>(0);
        self.hi.data_in.next = self.data_in.val().get_bits::<16>(16);
        self.lo.mask_we.next = 15.into();
        self.hi.mask_we.next = 15.into();
        self.lo.write_enable.next = self.write_enable.val();
        self.hi.write_enable.next = self.write_enable.val();
        self.data_out.next = (bit_cast::<32, 16>(self.hi.data_out.val()) << 16)
            | bit_cast::<32, 16>(self.lo.data_out.val());
    }
}
