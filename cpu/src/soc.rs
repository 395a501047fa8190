//! The SoC: the core, its code/data/return-stack block RAMs initialised from
//! an image, the GPIO input synchroniser, the console port, the retirement
//! trace port, and a boot port that loads another program into the running
//! SoC.
//!
//! Boot: while `boot` is high the core is held in its power-up state (pc at
//! `boot_pc`, sp = fp = `boot_sp + 1`, rsp 0, tos NULL, cycle counter 0, no
//! halt or fault, GPIO released, no retirement) and `load_we` writes
//! `load_data` to word `load_addr` of the code (`load_code`) or data memory.
//! When `boot` falls the program starts as after power-up, so cycle counts
//! are the emulator's. The memories keep their contents across a boot.

use crate::core::Core;
use crate::CODE_WORDS;
use pysm_isa::mem::{DATA_WORDS, RSTACK_WORDS};
use pysm_isa::Image;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct Soc {
    pub clock: Signal<In, Clock>,
    /// When low the SoC holds still (board: until the PLL locks).
    pub enable: Signal<In, Bit>,
    /// Hold the core in reset and accept `load_*` writes.
    pub boot: Signal<In, Bit>,
    /// The program's entry point.
    pub boot_pc: Signal<In, Bits<16>>,
    /// The program's stack base (`Image::stack_base`).
    pub boot_sp: Signal<In, Bits<16>>,
    /// Write `load_data` to `load_addr` (only while `boot` is high).
    pub load_we: Signal<In, Bit>,
    /// 1 = code memory, 0 = data memory.
    pub load_code: Signal<In, Bit>,
    pub load_addr: Signal<In, Bits<16>>,
    pub load_data: Signal<In, Bits<32>>,
    /// Raw pad levels (synchronised here by two flip-flops).
    pub gpio_in: Signal<In, Bits<32>>,
    pub gpio_out: Signal<Out, Bits<32>>,
    /// 1 = output.
    pub gpio_dir: Signal<Out, Bits<32>>,
    pub console_data: Signal<Out, Bits<8>>,
    /// One-cycle strobe per byte written to port 0.
    pub console_valid: Signal<Out, Bit>,
    /// The CPU waits in `IO_WRITE` to port 0 while this is low.
    pub console_ready: Signal<In, Bit>,
    pub halted: Signal<Out, Bit>,
    /// 0 = none, else the `pysm_isa::Fault` code.
    pub fault: Signal<Out, Bits<8>>,
    // Retirement trace: valid for one cycle per retired instruction (the
    // cycle after its last one), values after the instruction.
    pub retire_valid: Signal<Out, Bit>,
    pub retire_pc: Signal<Out, Bits<16>>,
    pub retire_instr: Signal<Out, Bits<32>>,
    pub retire_tos: Signal<Out, Bits<32>>,
    pub retire_sp: Signal<Out, Bits<16>>,
    pub retire_fp: Signal<Out, Bits<16>>,
    pub retire_rsp: Signal<Out, Bits<16>>,
    pub retire_we: Signal<Out, Bit>,
    pub retire_waddr: Signal<Out, Bits<16>>,
    pub retire_wdata: Signal<Out, Bits<32>>,
    // Architectural state (for a traceback after a fault).
    pub state_pc: Signal<Out, Bits<16>>,
    pub state_sp: Signal<Out, Bits<16>>,
    pub state_fp: Signal<Out, Bits<16>>,
    pub state_rsp: Signal<Out, Bits<16>>,
    pub state_tos: Signal<Out, Bits<32>>,
    /// The number of the current cycle, mod 2**30 (what `TICKS` reads).
    pub cycle: Signal<Out, Bits<30>>,

    pub core: Core,
    pub code: RAM<Bits<32>, 10>,
    pub data: RAM<Bits<32>, 10>,
    pub rstack: RAM<Bits<32>, 8>,
    sync1: DFF<Bits<32>>,
    sync2: DFF<Bits<32>>,
    d_we: Signal<Local, Bit>,
    d_waddr: Signal<Local, Bits<10>>,
    d_wdata: Signal<Local, Bits<32>>,
}

impl Soc {
    /// A SoC whose memories hold the image.
    pub fn new(image: &Image) -> Soc {
        let mut code = image.code.clone();
        code.resize(CODE_WORDS, 0);
        let mut data = image.data.clone();
        data.resize(DATA_WORDS, 0);
        let rstack = vec![0u32; RSTACK_WORDS];
        Soc {
            clock: Default::default(),
            enable: Default::default(),
            boot: Default::default(),
            boot_pc: Default::default(),
            boot_sp: Default::default(),
            load_we: Default::default(),
            load_code: Default::default(),
            load_addr: Default::default(),
            load_data: Default::default(),
            gpio_in: Default::default(),
            gpio_out: Default::default(),
            gpio_dir: Default::default(),
            console_data: Default::default(),
            console_valid: Default::default(),
            console_ready: Default::default(),
            halted: Default::default(),
            fault: Default::default(),
            retire_valid: Default::default(),
            retire_pc: Default::default(),
            retire_instr: Default::default(),
            retire_tos: Default::default(),
            retire_sp: Default::default(),
            retire_fp: Default::default(),
            retire_rsp: Default::default(),
            retire_we: Default::default(),
            retire_waddr: Default::default(),
            retire_wdata: Default::default(),
            state_pc: Default::default(),
            state_sp: Default::default(),
            state_fp: Default::default(),
            state_rsp: Default::default(),
            state_tos: Default::default(),
            cycle: Default::default(),
            core: Core::new(image.entry, image.stack_base()),
            code: code.into_iter().map(|w| bits::<32>(w as u64)).into(),
            data: data.into_iter().map(|w| bits::<32>(w as u64)).into(),
            rstack: rstack.into_iter().map(|w| bits::<32>(w as u64)).into(),
            sync1: Default::default(),
            sync2: Default::default(),
            d_we: Default::default(),
            d_waddr: Default::default(),
            d_wdata: Default::default(),
        }
    }
}

impl Logic for Soc {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, sync1, sync2);
        // Cleared during boot, as at power-up.
        self.sync1.d.next = self.gpio_in.val();
        self.sync2.d.next = self.sync1.q.val();
        if self.boot.val() {
            self.sync1.d.next = 0.into();
            self.sync2.d.next = 0.into();
        }

        self.core.clock.next = self.clock.val();
        self.core.enable.next = self.enable.val();
        self.core.boot.next = self.boot.val();
        self.core.boot_pc.next = self.boot_pc.val();
        self.core.boot_sp.next = self.boot_sp.val();
        self.core.pads.next = self.sync2.q.val();
        self.core.console_ready.next = self.console_ready.val();

        self.code.read_clock.next = self.clock.val();
        self.code.write_clock.next = self.clock.val();
        self.code.read_address.next = self.core.code_addr.val();
        self.code.write_address.next = self.load_addr.val().get_bits::<10>(0);
        self.code.write_data.next = self.load_data.val();
        self.code.write_enable.next = self.boot.val() & self.load_we.val() & self.load_code.val();
        self.core.instr.next = self.code.read_data.val();

        // The data memory's one write port: the core's, or the loader's
        // during boot (the core does not write then).
        self.d_we.next = self.core.dmem_we.val();
        self.d_waddr.next = self.core.dmem_waddr.val();
        self.d_wdata.next = self.core.dmem_wdata.val();
        if self.boot.val() {
            self.d_we.next = self.load_we.val() & !self.load_code.val();
            self.d_waddr.next = self.load_addr.val().get_bits::<10>(0);
            self.d_wdata.next = self.load_data.val();
        }
        self.data.read_clock.next = self.clock.val();
        self.data.write_clock.next = self.clock.val();
        self.data.read_address.next = self.core.dmem_raddr.val();
        self.data.write_address.next = self.d_waddr.val();
        self.data.write_data.next = self.d_wdata.val();
        self.data.write_enable.next = self.d_we.val();
        self.core.dmem_rdata.next = self.data.read_data.val();

        self.rstack.read_clock.next = self.clock.val();
        self.rstack.write_clock.next = self.clock.val();
        self.rstack.read_address.next = self.core.rs_raddr.val();
        self.rstack.write_address.next = self.core.rs_waddr.val();
        self.rstack.write_data.next = self.core.rs_wdata.val();
        self.rstack.write_enable.next = self.core.rs_we.val();
        self.core.rs_rdata.next = self.rstack.read_data.val();

        self.gpio_out.next = self.core.gpio_out.val();
        self.gpio_dir.next = self.core.gpio_dir.val();
        self.console_data.next = self.core.console_data.val();
        self.console_valid.next = self.core.console_valid.val();
        self.halted.next = self.core.halted.val();
        self.fault.next = self.core.fault.val();
        self.retire_valid.next = self.core.retire_valid.val();
        self.retire_pc.next = self.core.retire_pc.val();
        self.retire_instr.next = self.core.retire_instr.val();
        self.retire_tos.next = self.core.retire_tos.val();
        self.retire_sp.next = self.core.retire_sp.val();
        self.retire_fp.next = self.core.retire_fp.val();
        self.retire_rsp.next = self.core.retire_rsp.val();
        self.retire_we.next = self.core.retire_we.val();
        self.retire_waddr.next = self.core.retire_waddr.val();
        self.retire_wdata.next = self.core.retire_wdata.val();
        self.state_pc.next = self.core.state_pc.val();
        self.state_sp.next = self.core.state_sp.val();
        self.state_fp.next = self.core.state_fp.val();
        self.state_rsp.next = self.core.state_rsp.val();
        self.state_tos.next = self.core.state_tos.val();
        self.cycle.next = self.core.cycle.val();
    }
}
