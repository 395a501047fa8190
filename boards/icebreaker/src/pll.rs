//! The iCE40 PLL on the clock pad: 12 MHz from pin 35 in, the design clock out.
//!
//! The iCEBreaker's oscillator sits on pin 35, a PLL pad, so the PLL must be an
//! `SB_PLL40_PAD` (rust-hdl's `ICE40PLLBlock` uses `SB_PLL40_CORE`, which
//! nextpnr cannot place there).
//!
//! The PLL's output range is 16..275 MHz. For slower designs the clock is the
//! oscillator itself (12 MHz), or the oscillator divided by an integer in the
//! fabric and put on a global buffer ([`ClockPlan`]).

use rust_hdl::prelude::*;

/// The board's oscillator frequency.
pub const OSC_MHZ: f64 = 12.0;

/// Divider settings of the PLL in SIMPLE feedback mode, as `icepll` prints them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PllConfig {
    pub divr: u32,
    pub divf: u32,
    pub divq: u32,
    pub filter_range: u32,
    /// The output frequency these settings give (MHz).
    pub fout_mhz: f64,
}

impl PllConfig {
    /// The settings closest to `fout_mhz` from the 12 MHz oscillator, chosen
    /// the way `icepll -i 12 -o F` chooses them.
    pub fn for_mhz(fout_mhz: f64) -> anyhow::Result<PllConfig> {
        Self::from_input(OSC_MHZ, fout_mhz)
    }

    pub fn from_input(fin_mhz: f64, fout_mhz: f64) -> anyhow::Result<PllConfig> {
        if !(16.0..=275.0).contains(&fout_mhz) {
            anyhow::bail!("PLL output {fout_mhz} MHz is out of range (16..275 MHz)");
        }
        let mut best: Option<PllConfig> = None;
        for divr in 0..=15u32 {
            let f_pfd = fin_mhz / (divr + 1) as f64;
            if !(10.0..=133.0).contains(&f_pfd) {
                continue;
            }
            for divf in 0..=127u32 {
                let f_vco = f_pfd * (divf + 1) as f64;
                if !(533.0..=1066.0).contains(&f_vco) {
                    continue;
                }
                for divq in 1..=6u32 {
                    let fout = f_vco / (1u32 << divq) as f64;
                    let better = match best {
                        None => true,
                        Some(b) => (fout - fout_mhz).abs() < (b.fout_mhz - fout_mhz).abs(),
                    };
                    if better {
                        let filter_range = if f_pfd < 17.0 {
                            1
                        } else if f_pfd < 26.0 {
                            2
                        } else if f_pfd < 44.0 {
                            3
                        } else if f_pfd < 66.0 {
                            4
                        } else if f_pfd < 101.0 {
                            5
                        } else {
                            6
                        };
                        best = Some(PllConfig {
                            divr,
                            divf,
                            divq,
                            filter_range,
                            fout_mhz: fout,
                        });
                    }
                }
            }
        }
        best.ok_or_else(|| anyhow::anyhow!("no PLL setting gives {fout_mhz} MHz"))
    }
}

/// Where the design clock comes from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ClockPlan {
    /// The PLL (16 MHz and up).
    Pll(PllConfig),
    /// The 12 MHz oscillator as it is.
    Direct,
    /// The oscillator divided by `n` (2..=64) in the fabric, on a global buffer.
    Divide(u32),
}

impl ClockPlan {
    /// The plan for a design clock of `mhz`: the PLL from 16 MHz, else
    /// 12 MHz / n.
    pub fn for_mhz(mhz: f64) -> anyhow::Result<ClockPlan> {
        if mhz >= 16.0 {
            return Ok(ClockPlan::Pll(PllConfig::for_mhz(mhz)?));
        }
        let n = OSC_MHZ / mhz;
        if (n - n.round()).abs() > 1e-6 || !(1.0..=64.0).contains(&n.round()) {
            anyhow::bail!(
                "{mhz} MHz: the PLL starts at 16 MHz; below that the clock is 12 MHz \
                 divided by an integer (12, 6, 4, 3, 2.4, 2, ... MHz)"
            );
        }
        Ok(match n.round() as u32 {
            1 => ClockPlan::Direct,
            n => ClockPlan::Divide(n),
        })
    }

    /// The design clock frequency.
    pub fn mhz(&self) -> f64 {
        match self {
            ClockPlan::Pll(c) => c.fout_mhz,
            ClockPlan::Direct => OSC_MHZ,
            ClockPlan::Divide(n) => OSC_MHZ / *n as f64,
        }
    }

    /// The design clock in Hz, rounded to the Hz (the timers' prescaler).
    pub fn hz(&self) -> u64 {
        (self.mhz() * 1e6).round() as u64
    }

    pub fn uses_pll(&self) -> bool {
        matches!(self, ClockPlan::Pll(_))
    }

    fn verilog(&self) -> String {
        match *self {
            ClockPlan::Pll(c) => format!(
                r#"
// {fout:.3} MHz from 12 MHz (icepll: DIVR={divr} DIVF={divf} DIVQ={divq})
SB_PLL40_PAD #(
    .FEEDBACK_PATH("SIMPLE"),
    .DIVR(4'd{divr}),
    .DIVF(7'd{divf}),
    .DIVQ(3'd{divq}),
    .FILTER_RANGE(3'd{filter})
) pll_i (
    .PACKAGEPIN(pin),
    .PLLOUTGLOBAL(clock_out),
    .LOCK(locked),
    .RESETB(1'b1),
    .BYPASS(1'b0)
);"#,
                fout = c.fout_mhz,
                divr = c.divr,
                divf = c.divf,
                divq = c.divq,
                filter = c.filter_range
            ),
            ClockPlan::Direct => "
// The 12 MHz oscillator, no PLL.
assign clock_out = pin;
assign locked = 1'b1;"
                .into(),
            ClockPlan::Divide(n) => format!(
                "
// 12 MHz / {n} = {mhz:.3} MHz, no PLL: a fabric divider on a global buffer.
reg [5:0] div = 6'd0;
reg slow = 1'b0;
always @(posedge pin) begin
    div <= (div == 6'd{last}) ? 6'd0 : div + 6'd1;
    slow <= (div == 6'd{last}) || (div < 6'd{half_m1});
end
SB_GB gb_i (.USER_SIGNAL_TO_GLOBAL_BUFFER(slow), .GLOBAL_BUFFER_OUTPUT(clock_out));
assign locked = 1'b1;",
                mhz = self.mhz(),
                last = n - 1,
                half_m1 = n / 2 - 1,
            ),
        }
    }
}

/// `SB_PLL40_PAD` in SIMPLE feedback mode (or the clock of a [`ClockPlan`]
/// without the PLL). In the Rust simulation the clock
/// passes straight through and `locked` is high.
#[derive(LogicBlock)]
pub struct Pll {
    /// The oscillator pad (pin 35); a top-level port.
    pub pin: Signal<In, Clock>,
    /// The design clock, on a global buffer.
    pub clock_out: Signal<Out, Clock>,
    /// High once the PLL has locked (asynchronous to `clock_out`).
    pub locked: Signal<Out, Bit>,
    _plan: ClockPlan,
}

impl Pll {
    pub fn new(plan: ClockPlan) -> Pll {
        Pll {
            pin: Default::default(),
            clock_out: Default::default(),
            locked: Default::default(),
            _plan: plan,
        }
    }

    pub fn plan(&self) -> ClockPlan {
        self._plan
    }
}

impl Logic for Pll {
    fn update(&mut self) {
        self.clock_out.next = self.pin.val();
        self.locked.next = true;
    }

    fn connect(&mut self) {
        self.clock_out.connect();
        self.locked.connect();
    }

    fn hdl(&self) -> Verilog {
        Verilog::Wrapper(Wrapper {
            code: self._plan.verilog(),
            cores: String::new(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_settings() {
        let c = PllConfig::for_mhz(24.0).unwrap();
        assert_eq!((c.divr, c.divf, c.divq, c.filter_range), (0, 63, 5, 1));
        let c = PllConfig::for_mhz(30.0).unwrap();
        assert_eq!((c.divr, c.divf, c.divq, c.filter_range), (0, 79, 5, 1));
        let c = PllConfig::for_mhz(48.0).unwrap();
        assert_eq!((c.divr, c.divf, c.divq, c.filter_range), (0, 63, 4, 1));
        assert!(PllConfig::for_mhz(10.0).is_err());
        assert_eq!(ClockPlan::for_mhz(12.0).unwrap(), ClockPlan::Direct);
        assert_eq!(ClockPlan::for_mhz(6.0).unwrap(), ClockPlan::Divide(2));
        assert_eq!(ClockPlan::for_mhz(4.0).unwrap(), ClockPlan::Divide(3));
        assert!(ClockPlan::for_mhz(10.0).is_err());
        assert!(ClockPlan::for_mhz(24.0).unwrap().uses_pll());
    }
}
