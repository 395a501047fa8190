//! The board top: clk (pin 35) -> PLL (or 12 MHz / n) -> core; GPIO pads;
//! UART TX on pin 9, RX on pin 6; the boot controller.
//!
//! The core is the processor's `Soc` ([`Top`]), whose heap memory is the
//! SPRAM, or the [`Standin`] ([`StandinTop`]); both have the same ports
//! (but the heap's). The PLL's lock, synchronised to the design clock, is
//! the core's `enable`. The LEDs belong to the program, until it faults:
//! then the red LED lights and the fault is reported on the UART, by the
//! boot loader (`loader.rs`) or, without it, by [`FaultReport`].
//!
//! The boot controller (built `with_loader`; without it the processor only
//! runs the program in its memories) restarts the processor, through the
//! Soc's boot port, into the boot loader (`loader.rs`) at the top of the
//! code memory when the magic `PYSM` arrives on the UART while the program
//! runs (or anything is halted), and when the program stops (halt or fault:
//! its fault code and pc go to port 14); and into the program (entry 0,
//! the stack base written) when the loader writes port 13. The code
//! memory's write port is open only while the loader runs.

#[cfg(feature = "soc")]
use crate::fault_report::FaultReport;
#[cfg(feature = "soc")]
use crate::flash_boot::FlashBoot;
use crate::gpio::{Gpio, NPADS, OUTPUT_ONLY_WITH_PLL};
use crate::pins;
use crate::pll::{ClockPlan, Pll};
#[cfg(feature = "soc")]
use crate::spram::{Spram, SpramHalf};
use crate::standin::Standin;
use crate::uart_tx::{ConsoleUart, BAUD};
use rust_hdl::prelude::*;

macro_rules! board_top {
    ($(#[$meta:meta])* $name:ident, $core:ty $(, heap: $heap:ident)? $(, report: $report:ident)?
     $(, flash: $flash:ident, code: $code:ident)?) => {
        $(#[$meta])*
        #[derive(LogicBlock)]
        pub struct $name {
            /// 12 MHz oscillator, pin 35.
            pub clk12: Signal<In, Clock>,
            /// GPIO pads, bit i = pin id i.
            pub pads: Signal<InOut, Bits<NPADS>>,
            /// UART to the host, pin 9.
            pub uart_tx: Signal<Out, Bit>,
            /// UART from the host, pin 6.
            pub uart_rx: Signal<In, Bit>,
            pub pll: Pll,
            pub gpio: Gpio,
            pub uart: ConsoleUart,
            pub soc: $core,
            $(pub $heap: Spram,)?
            $(
            pub $report: FaultReport,
            /// What the report is told: the program halted, one has come
            /// over the UART, a new one starts (the flash top's, for
            /// `pysm flash`).
            rep_halted: Signal<Local, Bit>,
            rep_loaded: Signal<Local, Bit>,
            rep_clear: Signal<Local, Bit>,
            )?
            $(
            /// The flash boot, and the code memory it fills (the upper
            /// two SPRAMs).
            pub $flash: FlashBoot,
            pub $code: SpramHalf,
            /// The SPI flash: pins 15, 16, 14, 17, and 12, 13 held high.
            pub flash_sck: Signal<Out, Bit>,
            pub flash_wp_n: Signal<Out, Bit>,
            pub flash_hold_n: Signal<Out, Bit>,
            pub flash_cs_n: Signal<Out, Bit>,
            pub flash_mosi: Signal<Out, Bit>,
            pub flash_miso: Signal<In, Bit>,
            code_a: Signal<Local, Bits<14>>,
            )?
            lock_meta: DFF<Bit>,
            lock_sync: DFF<Bit>,
            clock: Signal<Local, Clock>,
            /// The boot controller is built (else its logic is constant).
            loader_on: Constant<Bit>,
            loader_pc: Constant<Bits<16>>,
            loader_sp: Constant<Bits<16>>,
            magic_0: Constant<Bits<8>>,
            magic_1: Constant<Bits<8>>,
            magic_2: Constant<Bits<8>>,
            magic_3: Constant<Bits<8>>,
            /// The loader runs (1) or the program (0).
            mode: DFF<Bit>,
            /// Restart the processor now (one cycle), into the loader or not.
            restart: DFF<Bit>,
            to_loader: DFF<Bit>,
            /// The program's stack base (from port 13).
            prog_sp: DFF<Bits<16>>,
            /// What port 14 reads.
            info: DFF<Bits<30>>,
            /// Characters of the magic matched so far.
            matched: DFF<Bits<2>>,
            want_byte: Signal<Local, Bits<8>>,
        }

        impl $name {
            /// The board top around `soc`, clocked as `clock` says, which
            /// runs the program in its memories.
            pub fn new(soc: $core, clock: ClockPlan) -> anyhow::Result<$name> {
                $name::build(soc, clock, false)
            }

            /// The same with the boot controller: `soc`'s code memory must
            /// hold the boot loader (`loader::install`).
            pub fn with_loader(soc: $core, clock: ClockPlan) -> anyhow::Result<$name> {
                $name::build(soc, clock, true)
            }

            fn build(soc: $core, clock: ClockPlan, loader: bool) -> anyhow::Result<$name> {
                let magic = pysm_isa::image::MAGIC;
                let loader_pc = (crate::CODE_WORDS - crate::loader::LOADER_WORDS) as u64;
                let clock_hz = (clock.mhz() * 1e6).round() as u64;
                let output_only: &[&str] = if clock.uses_pll() { OUTPUT_ONLY_WITH_PLL } else { &[] };
                Ok($name {
                    clk12: pins::clock(),
                    pads: pins::gpio_pads(),
                    uart_tx: pins::uart_tx(),
                    uart_rx: pins::uart_rx(),
                    pll: Pll::new(clock),
                    gpio: Gpio::new(output_only),
                    uart: ConsoleUart::new(clock_hz, BAUD)?,
                    soc,
                    $($heap: Spram::default(),)?
                    $(
                    $report: Default::default(),
                    rep_halted: Default::default(),
                    rep_loaded: Default::default(),
                    rep_clear: Default::default(),
                    )?
                    $(
                    $flash: Default::default(),
                    $code: SpramHalf::default(),
                    flash_sck: pins::output(pins::FLASH_SCK_PIN),
                    flash_wp_n: pins::output(pins::FLASH_WP_PIN),
                    flash_hold_n: pins::output(pins::FLASH_HOLD_PIN),
                    flash_cs_n: pins::output(pins::FLASH_CS_PIN),
                    flash_mosi: pins::output(pins::FLASH_MOSI_PIN),
                    flash_miso: pins::input(pins::FLASH_MISO_PIN),
                    code_a: Default::default(),
                    )?
                    lock_meta: Default::default(),
                    lock_sync: Default::default(),
                    clock: Default::default(),
                    loader_on: Constant::new(loader),
                    loader_pc: Constant::new(loader_pc.to_bits()),
                    loader_sp: Constant::new((crate::loader::STACK_BASE as u64).to_bits()),
                    magic_0: Constant::new((magic[0] as u64).to_bits()),
                    magic_1: Constant::new((magic[1] as u64).to_bits()),
                    magic_2: Constant::new((magic[2] as u64).to_bits()),
                    magic_3: Constant::new((magic[3] as u64).to_bits()),
                    mode: Default::default(),
                    restart: Default::default(),
                    to_loader: Default::default(),
                    prog_sp: Default::default(),
                    info: Default::default(),
                    matched: Default::default(),
                    want_byte: Default::default(),
                })
            }
        }

        impl Logic for $name {
            #[hdl_gen]
            fn update(&mut self) {
                self.pll.pin.next = self.clk12.val();
                self.clock.next = self.pll.clock_out.val();
                dff_setup!(
                    self, clock, lock_meta, lock_sync, mode, restart, to_loader, prog_sp, info,
                    matched
                );
                clock!(self, clock, uart, soc);
                $(
                self.$report.clock.next = self.clock.val();
                self.rep_halted.next = false;
                self.rep_loaded.next = false;
                self.rep_clear.next = false;
                )?
                // Hold the core until the PLL has locked.
                self.lock_meta.d.next = self.pll.locked.val();
                self.lock_sync.d.next = self.lock_meta.q.val();
                self.soc.enable.next = self.lock_sync.q.val();
                // The boot controller. The magic is matched on every byte
                // received; it restarts the processor while the program
                // runs or when the processor has halted.
                self.restart.d.next = false;
                match self.matched.q.val().index() {
                    0 => self.want_byte.next = self.magic_0.val(),
                    1 => self.want_byte.next = self.magic_1.val(),
                    2 => self.want_byte.next = self.magic_2.val(),
                    _ => self.want_byte.next = self.magic_3.val(),
                }
                if self.soc.rx_frame.val() {
                    self.matched.d.next = 0.into();
                    if self.soc.rx_data.val() == self.want_byte.val() {
                        self.matched.d.next = self.matched.q.val() + 1;
                        if self.loader_on.val()
                            & (self.matched.q.val() == 3)
                            & (!self.mode.q.val()
                                | self.soc.halted.val()
                                | self.soc.fault.val().any())
                        {
                            self.restart.d.next = true;
                            self.to_loader.d.next = true;
                            self.mode.d.next = true;
                            self.info.d.next = (1 << 25).into();
                        }
                    } else if self.soc.rx_data.val() == self.magic_0.val() {
                        self.matched.d.next = 1.into();
                    }
                }
                // The program stopped: report it. (Only a top with the
                // loader has the controller: the others start at 0 always.)
                if self.loader_on.val()
                    & !self.mode.q.val()
                    & (self.soc.halted.val() | self.soc.fault.val().any())
                    & !self.restart.q.val()
                {
                    self.restart.d.next = true;
                    self.to_loader.d.next = true;
                    self.mode.d.next = true;
                    self.info.d.next = (bit_cast::<30, 8>(self.soc.fault.val()) << 16)
                        | bit_cast::<30, 16>(self.soc.state_pc.val())
                        | (1 << 24);
                }
                // The loader starts the program.
                if self.mode.q.val() & self.soc.start.val() {
                    self.restart.d.next = true;
                    self.to_loader.d.next = false;
                    self.mode.d.next = false;
                    self.prog_sp.d.next = self.soc.start_sp.val();
                }
                self.soc.boot.next = self.loader_on.val() & self.restart.q.val();
                self.soc.boot_pc.next = 0.into();
                self.soc.boot_sp.next = self.prog_sp.q.val();
                if self.to_loader.q.val() {
                    self.soc.boot_pc.next = self.loader_pc.val();
                    self.soc.boot_sp.next = self.loader_sp.val();
                }
                self.soc.boot_info.next = 0.into();
                if self.loader_on.val() {
                    self.soc.boot_info.next = self.info.q.val();
                }
                self.soc.code_unlock.next = self.loader_on.val() & self.mode.q.val();
                self.soc.uart_rx.next = self.uart_rx.val();
                self.soc.load_we.next = false;
                self.soc.load_code.next = false;
                self.soc.load_addr.next = 0.into();
                self.soc.load_data.next = 0.into();
                // The flash boot holds the processor until the program is in
                // its memories: code in the SPRAM here, data through the boot
                // port, heap below.
                $(
                self.$flash.clock.next = self.clock.val();
                self.$flash.enable.next = self.lock_sync.q.val();
                self.$flash.miso.next = self.flash_miso.val();
                self.flash_sck.next = self.$flash.sck.val();
                self.flash_wp_n.next = true;
                self.flash_hold_n.next = true;
                self.flash_cs_n.next = self.$flash.cs_n.val();
                self.flash_mosi.next = self.$flash.mosi.val();
                // `PYSM` on the UART: the program comes from there now
                // (`pysm flash`), answered as the boot loader answers.
                self.$flash.reload.next = self.soc.rx_frame.val()
                    & (self.soc.rx_data.val() == self.want_byte.val())
                    & (self.matched.q.val() == 3);
                self.$flash.rx_valid.next = self.soc.rx_frame.val();
                self.$flash.rx_byte.next = self.soc.rx_data.val();
                // Not while a new stream comes in: the old program's halt
                // was answered, and `clear` forgets that.
                self.rep_halted.next = self.soc.halted.val() & !self.$flash.busy.val();
                self.rep_loaded.next = self.$flash.loaded.val();
                self.rep_clear.next = self.$flash.reload.val() & !self.$flash.from_uart.val();
                // Held from the stream's end through the answer (`loaded` is the
                // cycle between the two).
                self.soc.boot.next = self.$flash.busy.val()
                    | self.$flash.loaded.val()
                    | self.report.greeting.val();
                self.soc.boot_sp.next = self.$flash.stack.val();
                self.soc.load_we.next =
                    self.$flash.we.val() & (self.$flash.target.val() == 1);
                self.soc.load_addr.next = bit_cast::<16, 15>(self.$flash.addr.val());
                self.soc.load_data.next = self.$flash.data.val();
                self.$code.clock.next = self.clock.val();
                self.code_a.next = self.soc.code_xaddr.val().get_bits::<14>(0);
                if self.$flash.busy.val() {
                    self.code_a.next = self.$flash.addr.val().get_bits::<14>(0);
                }
                self.$code.address.next = self.code_a.val();
                self.$code.data_in.next = self.$flash.data.val();
                self.$code.write_enable.next =
                    self.$flash.we.val() & (self.$flash.target.val() == 0);
                )?
                // GPIO.
                Signal::<InOut, Bits<NPADS>>::link(&mut self.pads, &mut self.gpio.pads);
                self.gpio.gpio_out.next = self.soc.gpio_out.val();
                self.gpio.gpio_dir.next = self.soc.gpio_dir.val();
                $(
                if self.$report.faulted.val() {
                    // The red LED (pin id 0, active low).
                    self.gpio.gpio_out.next = self.soc.gpio_out.val().replace_bit(0, false);
                    self.gpio.gpio_dir.next = self.soc.gpio_dir.val().replace_bit(0, true);
                }
                )?
                self.gpio.clock.next = self.clock.val();
                self.soc.gpio_in.next = self.gpio.gpio_in.val();
                self.soc.pads_registered.next = true;
                // Console.
                self.uart.data.next = self.soc.console_data.val();
                self.uart.valid.next = self.soc.console_valid.val();
                self.soc.console_ready.next = self.uart.ready.val();
                // Without the loader, a fault is reported here.
                $(
                self.$report.fault.next = 0.into();
                if !self.loader_on.val() {
                    self.$report.fault.next = self.soc.fault.val();
                }
                self.$report.pc.next = self.soc.state_pc.val();
                self.$report.ready.next = self.uart.ready.val();
                self.$report.halted.next = self.rep_halted.val();
                self.$report.loaded.next = self.rep_loaded.val();
                self.$report.clear.next = self.rep_clear.val();
                if self.$report.sending.val() {
                    self.uart.data.next = self.$report.data.val();
                    self.uart.valid.next = self.$report.valid.val();
                }
                )?
                self.uart_tx.next = self.uart.tx.val();
                // The heap: the low 16K words of the SPRAM, whole words.
                $(
                self.$heap.clock.next = self.clock.val();
                self.$heap.address.next = bit_cast::<15, 14>(self.soc.heap_addr.val());
                self.$heap.data_in.next = self.soc.heap_wdata.val();
                self.$heap.byte_we.next = 15.into();
                self.$heap.write_enable.next = self.soc.heap_we.val();
                self.soc.heap_rdata.next = self.$heap.data_out.val();
                // The code comes from the Soc's block RAM...
                self.soc.code_ext.next = false;
                self.soc.code_xdata.next = 0.into();
                )?
                $(
                // ...or from the SPRAM.
                self.soc.code_ext.next = true;
                self.soc.code_xdata.next = self.$code.data_out.val();
                if self.$flash.busy.val() {
                    self.heap.address.next =
                        bit_cast::<15, 14>(self.$flash.addr.val().get_bits::<14>(0));
                    self.heap.data_in.next = self.$flash.data.val();
                    self.heap.write_enable.next =
                        self.$flash.we.val() & (self.$flash.target.val() == 2);
                }
                // A refused flash image is reported as a fault.
                if self.$flash.error.val().any() {
                    self.report.fault.next = self.$flash.error.val();
                }
                )?
            }
        }
    };
}

#[cfg(feature = "soc")]
board_top!(
    /// The iCEBreaker top around the processor, for a baked program: a
    /// fault is reported by [`FaultReport`].
    Top,
    pysm_cpu::Soc<{ crate::CODE_BITS }>,
    heap: heap,
    report: report
);

#[cfg(feature = "soc")]
board_top!(
    /// The iCEBreaker top around the processor with the boot controller
    /// (`LoaderTop::with_loader`), for the swappable base: the boot loader
    /// reports faults, so it has no [`FaultReport`]. The base sits at the
    /// edge of the chip, and a block that yosys would remove still moves
    /// its placement (5183 -> 5236 logic cells, 17.9 -> 16.4 MHz).
    LoaderTop,
    pysm_cpu::Soc<{ crate::CODE_BITS }>,
    heap: heap
);

#[cfg(feature = "soc")]
board_top!(
    /// The iCEBreaker top for a program too large for the code block RAM:
    /// the code is in the upper two SPRAMs and the program in the SPI flash
    /// (`flash_boot.rs`), copied at power-up. The design does not depend on
    /// the program.
    FlashTop,
    pysm_cpu::Soc<{ FLASH_SOC_CODE_BITS }>,
    heap: heap,
    report: report,
    flash: flash,
    code: code
);

/// The code block RAM of [`FlashTop`]'s `Soc`: unused (the code is in the
/// SPRAM), so yosys removes it; 16 words keep its Verilog small.
pub const FLASH_SOC_CODE_BITS: usize = 4;

#[cfg(feature = "soc")]
impl FlashTop {
    /// The flash top, for any program: its memories start empty.
    pub fn flash(clock: ClockPlan) -> anyhow::Result<FlashTop> {
        let empty = pysm_isa::Image {
            entry: 0,
            code: vec![],
            data: vec![],
            heap: vec![],
            debug: Default::default(),
        };
        let soc = pysm_cpu::Soc::with_clock(&empty, (clock.mhz() * 1e6).round() as u64);
        FlashTop::new(soc, clock)
    }
}

board_top!(
    /// The iCEBreaker top around the stand-in design (flow bring-up).
    StandinTop,
    Standin
);
