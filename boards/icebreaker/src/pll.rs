//! The iCE40 PLL on the clock pad: 12 MHz from pin 35 in, the design clock out.
//!
//! The iCEBreaker's oscillator sits on pin 35, a PLL pad, so the PLL must be an
//! `SB_PLL40_PAD` (rust-hdl's `ICE40PLLBlock` uses `SB_PLL40_CORE`, which
//! nextpnr cannot place there).

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

/// `SB_PLL40_PAD` in SIMPLE feedback mode. In the Rust simulation the clock
/// passes straight through and `locked` is high.
#[derive(LogicBlock)]
pub struct Pll {
    /// The oscillator pad (pin 35); a top-level port.
    pub pin: Signal<In, Clock>,
    /// The design clock, on a global buffer.
    pub clock_out: Signal<Out, Clock>,
    /// High once the PLL has locked (asynchronous to `clock_out`).
    pub locked: Signal<Out, Bit>,
    _config: PllConfig,
}

impl Pll {
    pub fn new(config: PllConfig) -> Pll {
        Pll {
            pin: Default::default(),
            clock_out: Default::default(),
            locked: Default::default(),
            _config: config,
        }
    }

    pub fn config(&self) -> PllConfig {
        self._config
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
        let c = self._config;
        Verilog::Wrapper(Wrapper {
            code: format!(
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
    }
}
