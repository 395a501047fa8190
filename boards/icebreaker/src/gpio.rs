//! The GPIO pads: one `SB_IO` per user pin of [`pysm_isa::pins::PINS`].
//!
//! Every pad is a tristate output whose input is registered in its `SB_IO`
//! (`PIN_INPUT_REGISTERED`): the first stage of the synchroniser, in the
//! I/O tile instead of a logic cell. The Soc adds the second
//! (`pads_registered`). The processor's `gpio_dir` bit is the output enable.
//!
//! Pads whose input path is taken (pin 37, LEDG_N, is the partner of the PLL
//! pad: with the PLL in use its input buffer feeds the PLL) are built
//! output-only: reading such a pin gives the level the FPGA drives, or the
//! pin's idle level while it is an input.

use pysm_isa::pins::{PinInfo, PINS, PIN_COUNT};
use rust_hdl::prelude::*;

/// Number of GPIO pads (top-level port width).
pub const NPADS: usize = PIN_COUNT as usize;

/// Package pins that lose their input path when the PLL is in use.
pub const OUTPUT_ONLY_WITH_PLL: &[&str] = &["37"];

#[derive(LogicBlock)]
pub struct Gpio {
    /// The pads, bit `i` is pin id `i`; a top-level port.
    pub pads: Signal<InOut, Bits<NPADS>>,
    pub gpio_out: Signal<In, Bits<32>>,
    /// 1 = output.
    pub gpio_dir: Signal<In, Bits<32>>,
    /// Pad levels of the previous clock edge (one synchroniser stage).
    pub gpio_in: Signal<Out, Bits<32>>,
    pub clock: Signal<In, Clock>,
    _output_only: Vec<bool>,
    /// The simulation's input register.
    _reg: u64,
}

impl Gpio {
    /// `output_only` lists package pins built without an input path.
    pub fn new(output_only: &[&str]) -> Gpio {
        assert_eq!(PINS.len(), NPADS, "pins table and pad count disagree");
        for (i, p) in PINS.iter().enumerate() {
            assert_eq!(p.id as usize, i, "pin ids must be 0..{NPADS} in order");
        }
        Gpio {
            pads: Default::default(),
            gpio_out: Default::default(),
            gpio_dir: Default::default(),
            gpio_in: Default::default(),
            clock: Default::default(),
            _reg: 0,
            _output_only: PINS
                .iter()
                .map(|p| output_only.contains(&p.package_pin))
                .collect(),
        }
    }

    fn idle_mask() -> u64 {
        pysm_isa::pins::idle_levels() as u64
    }

    fn output_only_mask(&self) -> u64 {
        self._output_only
            .iter()
            .enumerate()
            .filter(|(_, &o)| o)
            .fold(0, |m, (i, _)| m | (1 << i))
    }

    fn sb_io(p: &PinInfo, output_only: bool) -> String {
        let i = p.id;
        let pullup = if p.idle_level { "1'b1" } else { "1'b0" };
        if output_only {
            format!(
                "// {name} (pin {pkg}): output only, its input path feeds the PLL\n\
                 SB_IO #(.PIN_TYPE(6'b1010_01), .PULLUP({pullup})) io_{i} (\n    \
                 .PACKAGE_PIN(pads[{i}]), .OUTPUT_ENABLE(gpio_dir[{i}]), .D_OUT_0(gpio_out[{i}]));\n\
                 reg in_{i} = 1'b0;\n\
                 always @(posedge clock) in_{i} <= gpio_dir[{i}] ? gpio_out[{i}] : 1'b{idle};\n\
                 assign gpio_in[{i}] = in_{i};\n",
                name = p.name,
                pkg = p.package_pin,
                idle = p.idle_level as u8,
            )
        } else {
            format!(
                "// {name} (pin {pkg})\n\
                 SB_IO #(.PIN_TYPE(6'b1010_00), .PULLUP({pullup})) io_{i} (\n    \
                 .PACKAGE_PIN(pads[{i}]), .OUTPUT_ENABLE(gpio_dir[{i}]), .D_OUT_0(gpio_out[{i}]),\n    \
                 .INPUT_CLK(clock), .D_IN_0(gpio_in[{i}]));\n",
                name = p.name,
                pkg = p.package_pin,
            )
        }
    }
}

impl Logic for Gpio {
    // Simulation model: a driven pad reads back what it drives; an undriven
    // pad reads what the outside puts on `pads`, or its idle level when
    // nothing does. Output-only pads read their idle level as inputs. The
    // level is registered at the clock's rising edge.
    fn update(&mut self) {
        let mask = (1u64 << NPADS) - 1;
        let dir = self.gpio_dir.val().to_u64() & mask;
        let out = self.gpio_out.val().to_u64() & mask;
        self.pads.next = (out & dir).into();
        self.pads.set_tristate_is_output(dir != 0);
        let outside = if self.pads.is_driving_tristate() && dir == mask {
            0
        } else {
            self.pads.val().to_u64()
        };
        let oo = self.output_only_mask();
        let ins = (outside & !dir & !oo) | (Self::idle_mask() & !dir & oo);
        if self.clock.pos_edge() {
            self._reg = (out & dir) | ins;
        }
        self.gpio_in.next = self._reg.into();
    }

    fn connect(&mut self) {
        self.pads.connect();
        self.gpio_in.connect();
    }

    fn hdl(&self) -> Verilog {
        let mut code = String::new();
        for (p, &oo) in PINS.iter().zip(self._output_only.iter()) {
            code.push_str(&Self::sb_io(p, oo));
        }
        code.push_str(&format!("assign gpio_in[31:{NPADS}] = 0;\n"));
        Verilog::Wrapper(Wrapper {
            code,
            cores: String::new(),
        })
    }
}
