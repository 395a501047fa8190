//! The board top: clk (pin 35) -> PLL (or 12 MHz / n) -> core; GPIO pads; UART TX on pin 9.
//!
//! The core is the processor's `Soc` ([`Top`]), whose heap memory is the
//! SPRAM, or the [`Standin`] ([`StandinTop`]); both have the same ports
//! (but the heap's). The PLL's lock, synchronised to the design clock, is
//! the core's `enable`. The LEDs belong to the program.

use crate::gpio::{Gpio, NPADS, OUTPUT_ONLY_WITH_PLL};
use crate::pins;
use crate::pll::{ClockPlan, Pll};
#[cfg(feature = "soc")]
use crate::spram::Spram;
use crate::standin::Standin;
use crate::uart_tx::{ConsoleUart, BAUD};
use rust_hdl::prelude::*;

macro_rules! board_top {
    ($(#[$meta:meta])* $name:ident, $core:ty $(, $heap:ident)?) => {
        $(#[$meta])*
        #[derive(LogicBlock)]
        pub struct $name {
            /// 12 MHz oscillator, pin 35.
            pub clk12: Signal<In, Clock>,
            /// GPIO pads, bit i = pin id i.
            pub pads: Signal<InOut, Bits<NPADS>>,
            /// UART to the host, pin 9.
            pub uart_tx: Signal<Out, Bit>,
            pub pll: Pll,
            pub gpio: Gpio,
            pub uart: ConsoleUart,
            pub soc: $core,
            $(pub $heap: Spram,)?
            lock_meta: DFF<Bit>,
            lock_sync: DFF<Bit>,
            clock: Signal<Local, Clock>,
        }

        impl $name {
            /// The board top around `soc`, clocked as `clock` says.
            pub fn new(soc: $core, clock: ClockPlan) -> anyhow::Result<$name> {
                let clock_hz = (clock.mhz() * 1e6).round() as u64;
                let output_only: &[&str] = if clock.uses_pll() { OUTPUT_ONLY_WITH_PLL } else { &[] };
                Ok($name {
                    clk12: pins::clock(),
                    pads: pins::gpio_pads(),
                    uart_tx: pins::uart_tx(),
                    pll: Pll::new(clock),
                    gpio: Gpio::new(output_only),
                    uart: ConsoleUart::new(clock_hz, BAUD)?,
                    soc,
                    $($heap: Spram::default(),)?
                    lock_meta: Default::default(),
                    lock_sync: Default::default(),
                    clock: Default::default(),
                })
            }
        }

        impl Logic for $name {
            #[hdl_gen]
            fn update(&mut self) {
                self.pll.pin.next = self.clk12.val();
                self.clock.next = self.pll.clock_out.val();
                dff_setup!(self, clock, lock_meta, lock_sync);
                clock!(self, clock, uart, soc);
                // Hold the core until the PLL has locked.
                self.lock_meta.d.next = self.pll.locked.val();
                self.lock_sync.d.next = self.lock_meta.q.val();
                self.soc.enable.next = self.lock_sync.q.val();
                // The boot port (program loader): not used yet.
                self.soc.boot.next = false;
                self.soc.boot_pc.next = 0.into();
                self.soc.boot_sp.next = 0.into();
                self.soc.load_we.next = false;
                self.soc.load_code.next = false;
                self.soc.load_addr.next = 0.into();
                self.soc.load_data.next = 0.into();
                // GPIO.
                Signal::<InOut, Bits<NPADS>>::link(&mut self.pads, &mut self.gpio.pads);
                self.gpio.gpio_out.next = self.soc.gpio_out.val();
                self.gpio.gpio_dir.next = self.soc.gpio_dir.val();
                self.soc.gpio_in.next = self.gpio.gpio_in.val();
                // Console.
                self.uart.data.next = self.soc.console_data.val();
                self.uart.valid.next = self.soc.console_valid.val();
                self.soc.console_ready.next = self.uart.ready.val();
                self.uart_tx.next = self.uart.tx.val();
                // The heap: the low 16K words of the SPRAM, whole words.
                $(
                self.$heap.clock.next = self.clock.val();
                self.$heap.address.next = bit_cast::<15, 14>(self.soc.heap_addr.val());
                self.$heap.data_in.next = self.soc.heap_wdata.val();
                self.$heap.byte_we.next = 15.into();
                self.$heap.write_enable.next = self.soc.heap_we.val();
                self.soc.heap_rdata.next = self.$heap.data_out.val();
                )?
            }
        }
    };
}

#[cfg(feature = "soc")]
board_top!(
    /// The iCEBreaker top around the processor.
    Top,
    pysm_cpu::Soc<{ crate::CODE_BITS }>,
    heap
);

board_top!(
    /// The iCEBreaker top around the stand-in design (flow bring-up).
    StandinTop,
    Standin
);
