//! The SoC: the core, its code/data/return-stack block RAMs initialised from
//! an image, the GPIO input synchroniser, the console port, the retirement
//! trace port, the devices of I/O ports 8..15 (the timers: `devices.rs`),
//! and a boot port that loads another program into the running
//! SoC. [`Soc`] has `2**C` code words and leaves the heap memory to its
//! user (`heap_*`: SPRAM on a board); [`SimSoc`] is the simulated processor,
//! with the architecture's code and heap memories.
//!
//! Boot: while `boot` is high the core is held in its power-up state (pc at
//! `boot_pc`, sp = fp = `boot_sp + 1`, rsp 0, tos NULL, cycle counter 0, no
//! halt or fault, GPIO released, no retirement) and `load_we` writes
//! `load_data` to word `load_addr` of the code (`load_code`) or data memory.
//! When `boot` falls the program starts as after power-up, so cycle counts
//! are the emulator's. The memories keep their contents across a boot.

use crate::bram::Bram;
use crate::core::Core;
use crate::devices::Devices;
use pysm_isa::io::DEFAULT_CLOCK_HZ;
use pysm_isa::mem::{CODE_WORDS, DATA_WORDS, HEAP_WORDS, RSTACK_WORDS};
use pysm_isa::Image;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct Soc<const C: usize> {
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
    /// Raw pad levels (synchronised here by two flip-flops), or, with
    /// `pads_registered`, levels already registered once (a board's input
    /// registers in its I/O cells), synchronised by one flip-flop more.
    pub gpio_in: Signal<In, Bits<32>>,
    pub pads_registered: Signal<In, Bit>,
    pub gpio_out: Signal<Out, Bits<32>>,
    /// 1 = output.
    pub gpio_dir: Signal<Out, Bits<32>>,
    pub console_data: Signal<Out, Bits<8>>,
    /// One-cycle strobe per byte written to port 0.
    pub console_valid: Signal<Out, Bit>,
    /// The CPU waits in `IO_WRITE` to port 0 while this is low.
    pub console_ready: Signal<In, Bit>,
    /// The console UART's receive line (idles high).
    pub uart_rx: Signal<In, Bit>,
    /// What `IO_READ 14` reads (`pysm_isa::io::BOOT_*`, from the board).
    pub boot_info: Signal<In, Bits<30>>,
    /// `IO_WRITE 12` writes the code memory and `IO_READ 11` reads the
    /// receive word only while this is high (the board: while its boot
    /// loader runs, so a program cannot overwrite it); port 11 reads 0
    /// otherwise.
    pub code_unlock: Signal<In, Bit>,
    /// One-cycle strobe: the program wrote `start_sp` to port 13 (the
    /// board restarts it).
    pub start: Signal<Out, Bit>,
    pub start_sp: Signal<Out, Bits<16>>,
    /// One-cycle strobe per byte received on `uart_rx` (`rx_data`), whether
    /// or not the FIFO had room: for the board's magic detector.
    pub rx_frame: Signal<Out, Bit>,
    pub rx_data: Signal<Out, Bits<8>>,
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
    /// The heap write of the instruction.
    pub retire_hwe: Signal<Out, Bit>,
    pub retire_haddr: Signal<Out, Bits<16>>,
    pub retire_hdata: Signal<Out, Bits<32>>,
    pub retire_rwe: Signal<Out, Bit>,
    pub retire_rwa: Signal<Out, Bits<16>>,
    pub retire_rdata: Signal<Out, Bits<32>>,
    /// The heap memory: a registered read of `heap_addr`, seen in the next
    /// cycle, or a write (one port).
    pub heap_addr: Signal<Out, Bits<14>>,
    pub heap_rdata: Signal<In, Bits<32>>,
    pub heap_we: Signal<Out, Bit>,
    pub heap_wdata: Signal<Out, Bits<32>>,
    /// Code from outside (a board with its code in SPRAM): while
    /// `code_ext` is high the core reads `code_xdata`, the word at
    /// `code_xaddr` of the previous cycle, instead of the code block RAM.
    pub code_ext: Signal<In, Bit>,
    pub code_xaddr: Signal<Out, Bits<15>>,
    pub code_xdata: Signal<In, Bits<32>>,
    // Architectural state (for a traceback after a fault).
    pub state_pc: Signal<Out, Bits<16>>,
    pub state_sp: Signal<Out, Bits<16>>,
    pub state_fp: Signal<Out, Bits<16>>,
    pub state_rsp: Signal<Out, Bits<16>>,
    pub state_tos: Signal<Out, Bits<32>>,
    /// The number of the current cycle, mod 2**30 (what `TICKS` reads).
    pub cycle: Signal<Out, Bits<30>>,

    pub core: Core,
    pub code: Bram<32, C>,
    pub data: Bram<32, 10>,
    pub rstack: Bram<32, 8>,
    /// The devices of I/O ports 8..15 (the timers).
    pub dev: Devices,
    sync1: DFF<Bits<32>>,
    sync2: DFF<Bits<32>>,
    d_we: Signal<Local, Bit>,
    d_waddr: Signal<Local, Bits<10>>,
    d_wdata: Signal<Local, Bits<32>>,
    c_we: Signal<Local, Bit>,
    c_waddr: Signal<Local, Bits<16>>,
    c_wdata: Signal<Local, Bits<32>>,
    instr_w: Signal<Local, Bits<32>>,
}

impl<const C: usize> Soc<C> {
    /// Code words.
    pub const CODE_WORDS: usize = 1 << C;

    /// A SoC whose memories hold the image (its code cut to the memory),
    /// at the simulators' clock (the timers count its cycles).
    pub fn new(image: &Image) -> Soc<C> {
        Soc::with_clock(image, DEFAULT_CLOCK_HZ)
    }

    /// A SoC whose memories hold the image, for a clock of `clock_hz`.
    pub fn with_clock(image: &Image, clock_hz: u64) -> Soc<C> {
        let mut code = image.code.clone();
        code.resize(1 << C, 0);
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
            pads_registered: Default::default(),
            gpio_out: Default::default(),
            gpio_dir: Default::default(),
            console_data: Default::default(),
            console_valid: Default::default(),
            console_ready: Default::default(),
            uart_rx: Default::default(),
            boot_info: Default::default(),
            code_unlock: Default::default(),
            start: Default::default(),
            start_sp: Default::default(),
            rx_frame: Default::default(),
            rx_data: Default::default(),
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
            retire_hwe: Default::default(),
            retire_haddr: Default::default(),
            retire_hdata: Default::default(),
            retire_rwe: Default::default(),
            retire_rwa: Default::default(),
            retire_rdata: Default::default(),
            heap_addr: Default::default(),
            heap_rdata: Default::default(),
            heap_we: Default::default(),
            heap_wdata: Default::default(),
            code_ext: Default::default(),
            code_xaddr: Default::default(),
            code_xdata: Default::default(),
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
            dev: Devices::new(clock_hz),
            sync1: Default::default(),
            sync2: Default::default(),
            d_we: Default::default(),
            d_waddr: Default::default(),
            d_wdata: Default::default(),
            c_we: Default::default(),
            c_waddr: Default::default(),
            c_wdata: Default::default(),
            instr_w: Default::default(),
        }
    }
}

impl<const C: usize> Logic for Soc<C> {
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
        if self.pads_registered.val() {
            self.core.pads.next = self.sync1.q.val();
        }
        self.core.console_ready.next = self.console_ready.val();
        self.dev.clock.next = self.clock.val();
        self.dev.tick.next = self.core.tick.val();
        self.dev.clear.next = self.boot.val();
        self.dev.port.next = self.core.io_port.val();
        self.core.io_rdata.next = self.dev.rdata.val();
        self.dev.read.next = self.core.io_read.val();
        self.dev.write.next = self.core.io_write.val();
        self.dev.wdata.next = self.core.io_wdata.val();
        self.dev.rx.next = self.uart_rx.val();
        self.dev.boot_info.next = self.boot_info.val();
        self.start.next = self.dev.start.val();
        self.start_sp.next = self.core.io_wdata.val();
        self.rx_frame.next = self.dev.rx_frame.val();
        self.rx_data.next = self.dev.rx_data.val();

        self.code.read_clock.next = self.clock.val();
        self.code.write_clock.next = self.clock.val();
        self.code.read_address.next = self.core.code_addr.val().get_bits::<C>(0);
        // The code memory's write port: the loader's during boot, else
        // `IO_WRITE 12` (the receive word).
        self.c_we.next = self.dev.code_we.val() & self.code_unlock.val();
        self.dev.unlocked.next = self.code_unlock.val();
        self.c_waddr.next = self.core.io_wdata.val();
        self.c_wdata.next = self.dev.word.val();
        if self.boot.val() {
            self.c_we.next = self.load_we.val() & self.load_code.val();
            self.c_waddr.next = self.load_addr.val();
            self.c_wdata.next = self.load_data.val();
        }
        self.code.write_address.next = self.c_waddr.val().get_bits::<C>(0);
        self.code.write_data.next = self.c_wdata.val();
        self.code.write_enable.next = self.c_we.val();
        // Into a local first: the core's input is assigned once (see
        // docs/rust-hdl-bugs.md, 2).
        self.instr_w.next = self.code.read_data.val();
        if self.code_ext.val() {
            self.instr_w.next = self.code_xdata.val();
        }
        self.core.instr.next = self.instr_w.val();
        self.code_xaddr.next = self.core.code_addr.val();

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

        self.heap_addr.next = self.core.heap_addr.val();
        self.heap_we.next = self.core.heap_we.val();
        self.heap_wdata.next = self.core.heap_wdata.val();
        self.core.heap_rdata.next = self.heap_rdata.val();

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
        self.retire_hwe.next = self.core.retire_hwe.val();
        self.retire_haddr.next = self.core.retire_haddr.val();
        self.retire_hdata.next = self.core.retire_hdata.val();
        self.retire_rwe.next = self.core.retire_rwe.val();
        self.retire_rwa.next = self.core.retire_rwa.val();
        self.retire_rdata.next = self.core.retire_rdata.val();
        self.state_pc.next = self.core.state_pc.val();
        self.state_sp.next = self.core.state_sp.val();
        self.state_fp.next = self.core.state_fp.val();
        self.state_rsp.next = self.core.state_rsp.val();
        self.state_tos.next = self.core.state_tos.val();
        self.cycle.next = self.core.cycle.val();
    }
}

/// Code address bits of [`SimSoc`]: the architecture's code memory.
pub const SIM_CODE_BITS: usize = 15;

/// The simulated processor: a [`Soc`] with the architecture's code memory
/// (`pysm_isa::mem::CODE_WORDS`) and a heap memory of `HEAP_WORDS` words
/// (block RAM here: SPRAM on a board) initialised from the image's heap
/// section. Its ports are the Soc's, the heap's replaced by `load_heap`:
/// during boot, `load_we` with `load_heap` writes the heap memory.
#[derive(LogicBlock)]
pub struct SimSoc {
    pub clock: Signal<In, Clock>,
    pub enable: Signal<In, Bit>,
    pub boot: Signal<In, Bit>,
    pub boot_pc: Signal<In, Bits<16>>,
    pub boot_sp: Signal<In, Bits<16>>,
    pub load_we: Signal<In, Bit>,
    pub load_code: Signal<In, Bit>,
    pub load_addr: Signal<In, Bits<16>>,
    pub load_data: Signal<In, Bits<32>>,
    pub gpio_in: Signal<In, Bits<32>>,
    pub console_ready: Signal<In, Bit>,
    /// During boot: `load_we` writes the heap memory (not code or data).
    pub load_heap: Signal<In, Bit>,
    /// The console UART's receive line (idles high).
    pub uart_rx: Signal<In, Bit>,
    pub gpio_out: Signal<Out, Bits<32>>,
    pub gpio_dir: Signal<Out, Bits<32>>,
    pub console_data: Signal<Out, Bits<8>>,
    pub console_valid: Signal<Out, Bit>,
    pub halted: Signal<Out, Bit>,
    pub fault: Signal<Out, Bits<8>>,
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
    pub retire_hwe: Signal<Out, Bit>,
    pub retire_haddr: Signal<Out, Bits<16>>,
    pub retire_hdata: Signal<Out, Bits<32>>,
    pub retire_rwe: Signal<Out, Bit>,
    pub retire_rwa: Signal<Out, Bits<16>>,
    pub retire_rdata: Signal<Out, Bits<32>>,
    pub state_pc: Signal<Out, Bits<16>>,
    pub state_sp: Signal<Out, Bits<16>>,
    pub state_fp: Signal<Out, Bits<16>>,
    pub state_rsp: Signal<Out, Bits<16>>,
    pub state_tos: Signal<Out, Bits<32>>,
    pub cycle: Signal<Out, Bits<30>>,
    pub soc: Soc<SIM_CODE_BITS>,
    pub heap: RAM<Bits<32>, 14>,
    h_we: Signal<Local, Bit>,
    h_addr: Signal<Local, Bits<14>>,
    h_wdata: Signal<Local, Bits<32>>,
}

impl SimSoc {
    /// A SimSoc whose memories hold the image.
    pub fn new(image: &Image) -> SimSoc {
        debug_assert_eq!(1 << SIM_CODE_BITS, CODE_WORDS);
        // Only the image's words are initialised (the others read as 0 in
        // rust-hdl's simulation; a loader writes them all): 32768 lines of
        // `initial` would slow yosys and the simulators for nothing.
        fn sparse<const N: usize>(words: &[u32], n: usize) -> Bram<32, N> {
            words[..words.len().min(n)]
                .iter()
                .map(|w| bits::<32>(*w as u64))
                .into()
        }
        let mut soc = Soc::new(image);
        soc.code = sparse::<SIM_CODE_BITS>(&image.code, CODE_WORDS);
        SimSoc {
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
            console_ready: Default::default(),
            load_heap: Default::default(),
            uart_rx: Default::default(),
            gpio_out: Default::default(),
            gpio_dir: Default::default(),
            console_data: Default::default(),
            console_valid: Default::default(),
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
            retire_hwe: Default::default(),
            retire_haddr: Default::default(),
            retire_hdata: Default::default(),
            retire_rwe: Default::default(),
            retire_rwa: Default::default(),
            retire_rdata: Default::default(),
            state_pc: Default::default(),
            state_sp: Default::default(),
            state_fp: Default::default(),
            state_rsp: Default::default(),
            state_tos: Default::default(),
            cycle: Default::default(),
            soc,
            // The heap stays rust-hdl's `RAM`: a model of the board's
            // single-port SPRAM, not a block RAM.
            heap: image.heap[..image.heap.len().min(HEAP_WORDS)]
                .iter()
                .map(|w| bits::<32>(*w as u64))
                .into(),
            h_we: Default::default(),
            h_addr: Default::default(),
            h_wdata: Default::default(),
        }
    }
}

impl Logic for SimSoc {
    #[hdl_gen]
    fn update(&mut self) {
        self.soc.clock.next = self.clock.val();
        self.soc.enable.next = self.enable.val();
        self.soc.boot.next = self.boot.val();
        self.soc.boot_pc.next = self.boot_pc.val();
        self.soc.boot_sp.next = self.boot_sp.val();
        self.soc.load_we.next = self.load_we.val() & !self.load_heap.val();
        self.soc.load_code.next = self.load_code.val();
        self.soc.load_addr.next = self.load_addr.val();
        self.soc.load_data.next = self.load_data.val();
        self.soc.gpio_in.next = self.gpio_in.val();
        self.soc.pads_registered.next = false;
        self.soc.console_ready.next = self.console_ready.val();
        self.soc.uart_rx.next = self.uart_rx.val();
        // No boot controller here: port 14 reads 0.
        self.soc.boot_info.next = 0.into();
        self.soc.code_unlock.next = true;
        self.soc.code_ext.next = false;
        self.soc.code_xdata.next = 0.into();
        self.gpio_out.next = self.soc.gpio_out.val();
        self.gpio_dir.next = self.soc.gpio_dir.val();
        self.console_data.next = self.soc.console_data.val();
        self.console_valid.next = self.soc.console_valid.val();
        self.halted.next = self.soc.halted.val();
        self.fault.next = self.soc.fault.val();
        self.retire_valid.next = self.soc.retire_valid.val();
        self.retire_pc.next = self.soc.retire_pc.val();
        self.retire_instr.next = self.soc.retire_instr.val();
        self.retire_tos.next = self.soc.retire_tos.val();
        self.retire_sp.next = self.soc.retire_sp.val();
        self.retire_fp.next = self.soc.retire_fp.val();
        self.retire_rsp.next = self.soc.retire_rsp.val();
        self.retire_we.next = self.soc.retire_we.val();
        self.retire_waddr.next = self.soc.retire_waddr.val();
        self.retire_wdata.next = self.soc.retire_wdata.val();
        self.retire_hwe.next = self.soc.retire_hwe.val();
        self.retire_haddr.next = self.soc.retire_haddr.val();
        self.retire_hdata.next = self.soc.retire_hdata.val();
        self.retire_rwe.next = self.soc.retire_rwe.val();
        self.retire_rwa.next = self.soc.retire_rwa.val();
        self.retire_rdata.next = self.soc.retire_rdata.val();
        self.state_pc.next = self.soc.state_pc.val();
        self.state_sp.next = self.soc.state_sp.val();
        self.state_fp.next = self.soc.state_fp.val();
        self.state_rsp.next = self.soc.state_rsp.val();
        self.state_tos.next = self.soc.state_tos.val();
        self.cycle.next = self.soc.cycle.val();
        // The heap's one port: the core's, or the loader's during boot.
        self.h_we.next = self.soc.heap_we.val();
        self.h_addr.next = self.soc.heap_addr.val();
        self.h_wdata.next = self.soc.heap_wdata.val();
        if self.boot.val() {
            self.h_we.next = self.load_we.val() & self.load_heap.val();
            self.h_addr.next = self.load_addr.val().get_bits::<14>(0);
            self.h_wdata.next = self.load_data.val();
        }
        self.heap.read_clock.next = self.clock.val();
        self.heap.write_clock.next = self.clock.val();
        self.heap.read_address.next = self.soc.heap_addr.val();
        self.heap.write_address.next = self.h_addr.val();
        self.heap.write_data.next = self.h_wdata.val();
        self.heap.write_enable.next = self.h_we.val();
        self.soc.heap_rdata.next = self.heap.read_data.val();
    }
}
