//! The world outside the GPIO pins, shared by the emulator and the RTL
//! simulation so that both see the same pads: `--gpio-in` stimulus,
//! `--loopback` jumpers, and the `--gpio-trace` record of output changes;
//! and the host at the other end of the console UART's receive line.

use crate::uart::UartHost;
use pysm_isa::io::LOOPBACK_DELAY;
use pysm_isa::pins::{self, PIN_COUNT};
use std::collections::VecDeque;
use std::io::Write;

/// How far back pad levels are remembered (reads look a few cycles back).
const HISTORY: u64 = 64;

pub struct GpioEnv {
    /// (output pin, input pin): the input pad follows the output pad.
    loopbacks: Vec<(u32, u32)>,
    /// `--gpio-in` events (cycle, pin, level), sorted by cycle.
    inputs: Vec<(u64, u32, bool)>,
    /// Driven state changes (from cycle, dir, out); the front is the oldest still needed.
    driven: VecDeque<(u64, u32, u32)>,
    trace: Option<Box<dyn Write>>,
    /// Per pin: the level last written to the trace (None: not an output yet).
    traced: Vec<Option<bool>>,
    /// The host sending on the UART's receive line (None: an idle line).
    uart: Option<UartHost>,
}

#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct GpioError(pub String);

impl Default for GpioEnv {
    fn default() -> Self {
        GpioEnv::new()
    }
}

fn parse_pin(s: &str) -> Result<u32, GpioError> {
    pins::lookup(s.trim())
        .map(|p| p.id)
        .ok_or_else(|| GpioError(format!("unknown pin '{}'", s.trim())))
}

impl GpioEnv {
    pub fn new() -> GpioEnv {
        GpioEnv {
            loopbacks: Vec::new(),
            inputs: Vec::new(),
            driven: VecDeque::from([(0, 0, 0)]),
            trace: None,
            traced: vec![None; PIN_COUNT as usize],
            uart: None,
        }
    }

    /// A host sends these bytes on the UART's receive line
    /// ([`UartHost`]).
    pub fn set_uart(&mut self, host: UartHost) {
        self.uart = Some(host);
    }

    pub fn uart(&self) -> Option<&UartHost> {
        self.uart.as_ref()
    }

    /// The byte a read of port 10 starting at `cycle` finds.
    pub fn uart_peek(&mut self, cycle: u64) -> Option<u8> {
        self.uart.as_mut().and_then(|h| h.peek(cycle))
    }

    /// A read of port 10 starting at `cycle` took the oldest byte.
    pub fn uart_take(&mut self, cycle: u64) {
        if let Some(h) = self.uart.as_mut() {
            h.take(cycle);
        }
    }

    /// The receive line's level at `cycle`.
    pub fn uart_level(&mut self, cycle: u64) -> bool {
        self.uart.as_mut().is_none_or(|h| h.level(cycle))
    }

    /// Add a jumper `OUT=IN` (pin names or ids).
    pub fn add_loopback(&mut self, spec: &str) -> Result<(), GpioError> {
        let (o, i) = spec
            .split_once('=')
            .ok_or_else(|| GpioError(format!("bad loopback '{spec}': expected OUT=IN")))?;
        self.loopbacks.push((parse_pin(o)?, parse_pin(i)?));
        Ok(())
    }

    /// Load `cycle,pin,value` lines (blank lines and `#` comments allowed).
    pub fn load_inputs(&mut self, text: &str, file: &str) -> Result<(), GpioError> {
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let bad = |m: &str| GpioError(format!("{file}:{}: {m}", n + 1));
            let f: Vec<&str> = line.split(',').map(str::trim).collect();
            if f.len() != 3 {
                if n == 0 && f.first() == Some(&"cycle") {
                    continue; // a header line
                }
                return Err(bad("expected cycle,pin,value"));
            }
            if n == 0 && f[0] == "cycle" {
                continue;
            }
            let cycle = f[0].parse::<u64>().map_err(|_| bad("bad cycle"))?;
            let pin = parse_pin(f[1]).map_err(|e| bad(&e.0))?;
            let level = match f[2] {
                "0" => false,
                "1" => true,
                _ => return Err(bad("value must be 0 or 1")),
            };
            self.inputs.push((cycle, pin, level));
        }
        self.inputs.sort_by_key(|e| e.0);
        Ok(())
    }

    /// The jumpers, as (output pin, input pin) ids.
    pub fn loopbacks(&self) -> &[(u32, u32)] {
        &self.loopbacks
    }

    /// The `--gpio-in` events (cycle, pin id, level), sorted by cycle.
    pub fn inputs(&self) -> &[(u64, u32, bool)] {
        &self.inputs
    }

    /// Write output changes as `cycle,pin,value` lines.
    pub fn set_trace(&mut self, w: Box<dyn Write>) -> std::io::Result<()> {
        let mut w = w;
        writeln!(w, "cycle,pin,value")?;
        self.trace = Some(w);
        Ok(())
    }

    /// The processor's GPIO registers take these values from `cycle` on.
    pub fn drive(&mut self, cycle: u64, dir: u32, out: u32) {
        if let Some(&(_, d, o)) = self.driven.back() {
            if d == dir && o == out {
                return;
            }
        }
        self.driven.push_back((cycle, dir, out));
        while self.driven.len() > 2 && self.driven[1].0 + HISTORY < cycle {
            self.driven.pop_front();
        }
        if let Some(w) = self.trace.as_mut() {
            for p in 0..PIN_COUNT {
                let level = if dir >> p & 1 == 1 {
                    Some(out >> p & 1 == 1)
                } else {
                    None
                };
                if let Some(l) = level.filter(|_| level != self.traced[p as usize]) {
                    let _ = writeln!(w, "{cycle},{},{}", pins::PINS[p as usize].name, l as u8);
                }
                self.traced[p as usize] = level;
            }
        }
    }

    fn driven_at(&self, t: u64) -> (u32, u32) {
        let mut cur = (0, 0);
        for &(c, d, o) in &self.driven {
            if c <= t {
                cur = (d, o);
            } else {
                break;
            }
        }
        cur
    }

    /// The level of every pad at cycle `t`, as a bit mask.
    pub fn pads(&self, t: u64) -> u32 {
        let (dir, out) = self.driven_at(t);
        let mut ext = pins::idle_levels();
        for &(c, p, l) in &self.inputs {
            if c > t {
                break;
            }
            ext = (ext & !(1 << p)) | ((l as u32) << p);
        }
        for &(o, i) in &self.loopbacks {
            if t >= LOOPBACK_DELAY {
                let (d, v) = self.driven_at(t - LOOPBACK_DELAY);
                if d >> o & 1 == 1 {
                    ext = (ext & !(1 << i)) | ((v >> o & 1) << i);
                }
            }
        }
        (dir & out) | (!dir & ext)
    }

    pub fn flush(&mut self) {
        if let Some(w) = self.trace.as_mut() {
            let _ = w.flush();
        }
    }
}
