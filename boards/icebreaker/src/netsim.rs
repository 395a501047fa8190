//! Proof that a bitstream works, without a board: the same testbench runs the
//! board top at three levels and the runs must agree cycle for cycle.
//!
//! - `rtl`: the Verilog rust-hdl generated (`top.v`), as yosys reads it;
//! - `synth`: yosys' netlist after `synth_ice40` (`top.json` -> `synth.v`);
//! - `pnr`: the placed and routed design turned back into Verilog from the
//!   bitstream's `.asc` by `icebox_vlog` (`pnr.v`).
//!
//! All three are simulated in iverilog with yosys' iCE40 cell models. The
//! PLL is a black box in those models, so it is replaced by a pass-through
//! (the testbench clocks `clk12` at the design clock, as rust-hdl's own PLL
//! model does); the PLL's settings are checked against `icepll` elsewhere.
//! Jumpers (`--loopback OUT=IN`) are modelled as in the emulator: the input
//! pad follows the output pad `LOOPBACK_DELAY` cycles later. The testbench
//! records every change of the pads and of the UART TX line with its cycle;
//! the UART line is decoded at the design's baud rate.

use anyhow::{bail, Context, Result};
use pysm_emu::{Console, GpioEnv, Outcome};
use pysm_isa::io::LOOPBACK_DELAY;
use pysm_isa::pins::{self, PINS};
use pysm_isa::Image;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

/// A Verilog level of the design.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Level {
    Rtl,
    Synth,
    Pnr,
}

impl Level {
    pub const ALL: [Level; 3] = [Level::Rtl, Level::Synth, Level::Pnr];

    pub fn name(self) -> &'static str {
        match self {
            Level::Rtl => "rtl",
            Level::Synth => "synth",
            Level::Pnr => "pnr",
        }
    }
}

/// One simulation of the board top.
#[derive(Clone, Debug)]
pub struct Run {
    pub level: Level,
    /// (cycle, uart_tx and pads as `%b` text) at every change.
    pub events: Vec<(u64, String)>,
    /// The bytes decoded from the UART TX line.
    pub output: Vec<u8>,
    /// Cycles at which each byte's start bit began.
    pub byte_cycles: Vec<u64>,
    pub seconds: f64,
}

impl Run {
    /// The first cycle at which pad `pin` reads `level`.
    pub fn first_level(&self, pin: u32, level: bool) -> Option<u64> {
        let want = if level { '1' } else { '0' };
        self.events.iter().find_map(|(c, s)| {
            // s = uart_tx then pads MSB first.
            let pads = &s[1..];
            let ch = pads.chars().nth(pads.len() - 1 - pin as usize)?;
            (ch == want).then_some(*c)
        })
    }
}

/// What the emulator says the same program does.
#[derive(Clone, Debug)]
pub struct Reference {
    pub output: Vec<u8>,
    pub byte_cycles: Vec<u64>,
    /// Output pin changes: (cycle, pin id, level).
    pub gpio: Vec<(u64, u32, bool)>,
    pub cycles: u64,
}

struct Bytes(Vec<(u64, u8)>);

impl Console for Bytes {
    fn byte(&mut self, cycle: u64, b: u8) {
        self.0.push((cycle, b));
    }
}

/// Run `image` on the emulator with the same jumpers.
pub fn reference(image: &Image, loopbacks: &[String], dir: &Path) -> Result<Reference> {
    let mut env = GpioEnv::new();
    for l in loopbacks {
        env.add_loopback(l).map_err(|e| anyhow::anyhow!("{e}"))?;
    }
    let trace_path = dir.join("emu_gpio.csv");
    let f = std::fs::File::create(&trace_path)?;
    env.set_trace(Box::new(std::io::BufWriter::new(f)))?;
    let mut con = Bytes(Vec::new());
    let (m, outcome) = pysm_emu::run(image, &mut env, &mut con, Some(10_000_000), &mut |_| {});
    drop(env);
    if outcome != Outcome::Halted {
        bail!("the program does not end normally on the emulator: {outcome:?}");
    }
    let mut gpio = Vec::new();
    for l in std::fs::read_to_string(&trace_path)?.lines().skip(1) {
        let f: Vec<&str> = l.split(',').collect();
        let pin = pins::lookup(f[1]).context("pin in the trace")?.id;
        gpio.push((f[0].parse()?, pin, f[2] == "1"));
    }
    Ok(Reference {
        output: con.0.iter().map(|x| x.1).collect(),
        byte_cycles: con.0.iter().map(|x| x.0).collect(),
        gpio,
        cycles: m.cycle,
    })
}

/// Where yosys keeps its data (`yosys-config --datdir`).
fn yosys_datdir() -> PathBuf {
    if let Ok(o) = Command::new("yosys-config").arg("--datdir").output() {
        let s = String::from_utf8_lossy(&o.stdout).trim().to_string();
        if o.status.success() && !s.is_empty() {
            return s.into();
        }
    }
    PathBuf::from("/usr/share/yosys")
}

/// yosys' iCE40 cell models with the PLL black box replaced by a pass-through.
pub fn cell_models() -> Result<String> {
    let path = yosys_datdir().join("ice40/cells_sim.v");
    let text = std::fs::read_to_string(&path)
        .with_context(|| format!("cannot read {} (run `make tools`)", path.display()))?;
    let start = text
        .find("module SB_PLL40_PAD (")
        .context("no SB_PLL40_PAD in the cell models")?;
    let end = start + text[start..].find("endmodule").context("SB_PLL40_PAD")? + "endmodule".len();
    let model = "\
module SB_PLL40_PAD (
	input PACKAGEPIN, output PLLOUTCORE, output PLLOUTGLOBAL, input EXTFEEDBACK,
	input [7:0] DYNAMICDELAY, output LOCK, input BYPASS, input RESETB,
	input LATCHINPUTVALUE, output SDO, input SDI, input SCLK
);
	parameter FEEDBACK_PATH = \"SIMPLE\";
	parameter DELAY_ADJUSTMENT_MODE_FEEDBACK = \"FIXED\";
	parameter DELAY_ADJUSTMENT_MODE_RELATIVE = \"FIXED\";
	parameter SHIFTREG_DIV_MODE = 1'b0;
	parameter FDA_FEEDBACK = 4'b0000;
	parameter FDA_RELATIVE = 4'b0000;
	parameter PLLOUT_SELECT = \"GENCLK\";
	parameter DIVR = 4'b0000;
	parameter DIVF = 7'b0000000;
	parameter DIVQ = 3'b000;
	parameter FILTER_RANGE = 3'b000;
	parameter ENABLE_ICEGATE = 1'b0;
	parameter TEST_MODE = 1'b0;
	parameter EXTERNAL_DIVIDE_FACTOR = 1;
	// Simulation stand-in: the testbench clocks the pad at the PLL's output rate.
	assign PLLOUTCORE = PACKAGEPIN;
	assign PLLOUTGLOBAL = PACKAGEPIN;
	assign LOCK = 1'b1;
	assign SDO = 1'b0;
endmodule";
    Ok(format!("{}{}{}", &text[..start], model, &text[end..]))
}

/// The testbench around `top` (rtl, synth) or `chip` (pnr).
fn testbench(level: Level, loopbacks: &[(u32, u32)], cycles: u64) -> String {
    let n = PINS.len();
    let mut tb = String::from("`timescale 1ns/1ps\nmodule tb;\n  reg clk12 = 0;\n");
    tb.push_str(&format!(
        "  wire [{m}:0] pads;\n  wire uart_tx;\n  reg [{m}:0] d [0:{last}];\n",
        m = n - 1,
        last = LOOPBACK_DELAY - 1
    ));
    // Undriven pads float to their idle level (the board's pull-ups).
    for p in PINS {
        if !loopbacks.iter().any(|&(_, i)| i == p.id) {
            let pull = if p.idle_level { "pullup" } else { "pulldown" };
            tb.push_str(&format!("  {pull}(pads[{}]);\n", p.id));
        }
    }
    for &(o, i) in loopbacks {
        tb.push_str(&format!(
            "  assign pads[{i}] = d[{}][{o}]; // jumper {} -> {}\n",
            LOOPBACK_DELAY - 1,
            PINS[o as usize].name,
            PINS[i as usize].name
        ));
    }
    match level {
        Level::Rtl | Level::Synth => {
            tb.push_str("  top dut(.clk12(clk12), .pads(pads), .uart_tx(uart_tx));\n")
        }
        Level::Pnr => {
            tb.push_str("  chip dut(.clk12(clk12), .uart_tx(uart_tx)");
            for p in PINS {
                tb.push_str(&format!(", .\\pads[{0}] (pads[{0}])", p.id));
            }
            tb.push_str(");\n");
        }
    }
    tb.push_str(&format!(
        r#"  integer cycle, f, k;
  reg [{m}:0] last;
  reg last_tx;
  initial begin
    for (k = 0; k < {delay}; k = k + 1) d[k] = 0;
    f = $fopen("events.txt", "w");
    last = {{{n}{{1'bx}}}};
    last_tx = 1'bx;
    for (cycle = 0; cycle < {cycles}; cycle = cycle + 1) begin
      #10 clk12 = 1;
      #10 clk12 = 0;
      if (pads !== last || uart_tx !== last_tx) begin
        $fwrite(f, "%0d %b%b\n", cycle, uart_tx, pads);
        last = pads;
        last_tx = uart_tx;
      end
    end
    $fclose(f);
    $finish;
  end
  // The jumpers' delay line, one stage per cycle.
  always @(posedge clk12) begin
    d[0] <= pads;
    for (k = 1; k < {delay}; k = k + 1) d[k] <= d[k - 1];
  end
endmodule
"#,
        m = n - 1,
        delay = LOOPBACK_DELAY,
    ));
    tb
}

/// Run one tool in `dir`, its output saved to `dir/log`; fail loudly.
fn tool(dir: &Path, log: &str, program: &str, args: &[&str]) -> Result<Vec<u8>> {
    let out = Command::new(program)
        .args(args)
        .current_dir(dir)
        .output()
        .with_context(|| format!("cannot run {program} (run `make tools`)"))?;
    let mut text = out.stdout.clone();
    text.extend_from_slice(&out.stderr);
    std::fs::write(dir.join(log), &text)?;
    if !out.status.success() {
        let t = String::from_utf8_lossy(&text);
        let lines: Vec<&str> = t.lines().collect();
        bail!(
            "{program} failed ({}); end of {}:\n{}",
            out.status,
            dir.join(log).display(),
            lines[lines.len().saturating_sub(20)..].join("\n")
        );
    }
    Ok(out.stdout)
}

/// Write `synth.v` (from `top.json`) and `pnr.v` (from `top.asc`) in `dir`.
pub fn write_netlists(dir: &Path, levels: &[Level]) -> Result<()> {
    if levels.contains(&Level::Synth) {
        let yosys = std::env::var("YOSYS").unwrap_or_else(|_| "yosys".into());
        tool(
            dir,
            "synth_v.log",
            &yosys,
            &["-p", "read_json top.json; write_verilog -noattr synth.v"],
        )?;
    }
    let v = tool(
        dir,
        "icebox_vlog.log",
        "icebox_vlog",
        &["-d", "sg48", "-p", "top.pcf", "top.asc"],
    )?;
    std::fs::write(
        dir.join("pnr.v"),
        connect_pll_pad(&String::from_utf8_lossy(&v))?,
    )?;
    Ok(())
}

/// icebox_vlog leaves the PLL's pad input unconnected (it reports
/// "unmatched port 'clk12'"): on the chip pin 35 feeds the PLL directly.
fn connect_pll_pad(v: &str) -> Result<String> {
    let key = ".PACKAGEPIN(";
    let i = v.find(key).context("no PLL in the placed design")? + key.len();
    let j = i + v[i..].find(')').context("PACKAGEPIN")?;
    Ok(format!("{}clk12{}", &v[..i], &v[j..]))
}

/// Simulate one level of the design in `dir/LEVEL/`.
pub fn simulate(
    dir: &Path,
    level: Level,
    loopbacks: &[(u32, u32)],
    cycles: u64,
    clock_hz: u64,
    baud: u64,
) -> Result<Run> {
    let start = Instant::now();
    let sub = dir.join(level.name());
    std::fs::create_dir_all(&sub)?;
    std::fs::write(sub.join("tb.v"), testbench(level, loopbacks, cycles))?;
    std::fs::write(sub.join("cells_sim.v"), cell_models()?)?;
    let design = match level {
        Level::Rtl => "../top.v",
        Level::Synth => "../synth.v",
        Level::Pnr => "../pnr.v",
    };
    tool(
        &sub,
        "iverilog.log",
        "iverilog",
        &[
            "-g2012",
            "-DNO_ICE40_DEFAULT_ASSIGNMENTS",
            "-o",
            "tb.vvp",
            "tb.v",
            design,
            "cells_sim.v",
        ],
    )?;
    tool(&sub, "vvp.log", "vvp", &["-n", "tb.vvp"])?;
    let text = std::fs::read_to_string(sub.join("events.txt"))?;
    let mut events = Vec::new();
    for l in text.lines() {
        let (c, v) = l.split_once(' ').context("bad events.txt line")?;
        events.push((c.parse()?, v.to_string()));
    }
    let (output, byte_cycles) = decode_events(&events, cycles, clock_hz, baud)?;
    Ok(Run {
        level,
        events,
        output,
        byte_cycles,
        seconds: start.elapsed().as_secs_f64(),
    })
}

/// The UART TX line (first character of each event) as one level per cycle.
fn tx_wave(events: &[(u64, String)], cycles: u64) -> Vec<bool> {
    let mut wave = Vec::with_capacity(cycles as usize);
    let mut level = true;
    let mut it = events.iter().peekable();
    for c in 0..cycles {
        while let Some((ec, s)) = it.peek() {
            if *ec > c {
                break;
            }
            level = !s.starts_with('0');
            it.next();
        }
        wave.push(level);
    }
    wave
}

/// Decode 8N1 bytes from the TX line: (bytes, start cycles).
pub fn decode_events(
    events: &[(u64, String)],
    cycles: u64,
    clock_hz: u64,
    baud: u64,
) -> Result<(Vec<u8>, Vec<u64>)> {
    let wave = tx_wave(events, cycles);
    let bit = clock_hz as f64 / baud as f64;
    let at = |t: f64| wave.get(t.round() as usize).copied();
    let (mut out, mut starts) = (Vec::new(), Vec::new());
    let mut i = 1;
    while i < wave.len() {
        if wave[i - 1] && !wave[i] {
            let s = i as f64;
            if at(s + bit / 2.0) != Some(false) {
                bail!("glitch on uart_tx at cycle {i}");
            }
            let mut byte = 0u8;
            for b in 0..8 {
                match at(s + bit * (1.5 + b as f64)) {
                    Some(true) => byte |= 1 << b,
                    Some(false) => {}
                    None => bail!("the run ends inside the byte starting at cycle {i}"),
                }
            }
            if at(s + bit * 9.5) != Some(true) {
                bail!("framing error in the byte starting at cycle {i}");
            }
            out.push(byte);
            starts.push(i as u64);
            i = (s + bit * 9.5) as usize;
        } else {
            i += 1;
        }
    }
    Ok((out, starts))
}

/// The result of [`check`]: every level's run and the emulator's.
pub struct Proof {
    pub runs: Vec<Run>,
    pub reference: Reference,
    /// Board cycle minus emulator cycle for GPIO output changes.
    pub gpio_offset: u64,
    pub cycles: u64,
}

/// Simulate the built design in `dir` (top.v, top.json, top.asc, top.pcf,
/// program.pysm) at every level and check that all agree with each other
/// and with the emulator. `loopbacks` are `OUT=IN` specs.
pub fn check(
    dir: &Path,
    loopbacks: &[String],
    clock_hz: u64,
    baud: u64,
    levels: &[Level],
) -> Result<Proof> {
    let image_path = dir.join("program.pysm");
    let bytes = std::fs::read(&image_path)
        .with_context(|| format!("cannot read {}", image_path.display()))?;
    let image = Image::from_bytes(&bytes).with_context(|| format!("{}", image_path.display()))?;
    let reference = reference(&image, loopbacks, dir)?;
    let mut pairs = Vec::new();
    for l in loopbacks {
        let (o, i) = l.split_once('=').context("loopback OUT=IN")?;
        let id = |s: &str| {
            pins::lookup(s.trim())
                .map(|p| p.id)
                .with_context(|| format!("unknown pin '{s}'"))
        };
        pairs.push((id(o)?, id(i)?));
    }
    // Long enough for the program and its output, with room to spare.
    let per_byte = 10 * clock_hz.div_ceil(baud);
    let cycles = reference.cycles + 200 + per_byte * (reference.output.len() as u64 + 1);
    write_netlists(dir, levels)?;
    let mut runs = Vec::new();
    for &level in levels {
        eprintln!("netlist-sim: {} ({cycles} cycles) ...", level.name());
        let r = simulate(dir, level, &pairs, cycles, clock_hz, baud)?;
        eprintln!(
            "netlist-sim: {}: {:?} in {:.1} s",
            level.name(),
            String::from_utf8_lossy(&r.output),
            r.seconds
        );
        runs.push(r);
    }
    for r in &runs[1..] {
        if r.events != runs[0].events {
            let diff = r
                .events
                .iter()
                .zip(&runs[0].events)
                .find(|(a, b)| a != b)
                .map(|(a, b)| format!("{a:?} against {b:?}"))
                .unwrap_or_else(|| "one run has more events".into());
            bail!(
                "the {} netlist differs from the RTL: {diff}",
                r.level.name()
            );
        }
    }
    let rtl = &runs[0];
    // A design with the boot loader ends the program's output with EOT.
    let printed = rtl.output.strip_suffix(&[4]).unwrap_or(&rtl.output);
    if printed != reference.output.as_slice() {
        bail!(
            "the board prints {:?}, the emulator {:?}",
            String::from_utf8_lossy(printed),
            String::from_utf8_lossy(&reference.output)
        );
    }
    // Every output change the emulator makes shows on the pads a fixed
    // number of cycles later (the board's start-up delay).
    let mut gpio_offset = None;
    for &(c, pin, level) in &reference.gpio {
        if !level {
            continue;
        }
        let Some(b) = rtl.events.iter().find_map(|(bc, s)| {
            let pads = &s[1..];
            let ch = pads.chars().nth(pads.len() - 1 - pin as usize)?;
            (*bc >= c && ch == '1').then_some(*bc)
        }) else {
            bail!(
                "pin {} never goes high on the board",
                PINS[pin as usize].name
            );
        };
        match gpio_offset {
            None => gpio_offset = Some(b - c),
            Some(o) if o == b - c => {}
            Some(o) => bail!(
                "pin {} rises at board cycle {b}, emulator cycle {c}: offset {} instead of {o}",
                PINS[pin as usize].name,
                b - c
            ),
        }
    }
    Ok(Proof {
        gpio_offset: gpio_offset.unwrap_or(0),
        runs,
        reference,
        cycles,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Events of a line sending `bytes` at `bit` cycles per bit from cycle 5.
    fn line(bytes: &[u8], bit: u64) -> Vec<(u64, String)> {
        let mut ev = vec![(0, "1".to_string())];
        let mut t = 5;
        for &b in bytes {
            let frame = (b as u32) << 1 | 0x200;
            for i in 0..10 {
                let lvl = if frame >> i & 1 == 1 { "1" } else { "0" };
                ev.push((t, lvl.to_string()));
                t += bit;
            }
        }
        ev
    }

    #[test]
    fn decodes_the_uart_line() {
        let ev = line(b"24\n", 16);
        let (out, starts) = decode_events(&ev, 600, 16 * 115_200, 115_200).unwrap();
        assert_eq!(out, b"24\n");
        assert_eq!(starts, vec![5, 165, 325]);
        // Cut short: the last byte is incomplete.
        assert!(decode_events(&ev, 400, 16 * 115_200, 115_200).is_err());
    }

    #[test]
    fn connects_the_pll_pad() {
        let v = "SB_PLL40_PAD #() PLL_12_31 (\n  .PACKAGEPIN(n3430),\n  .LOCK(n3));";
        let p = connect_pll_pad(v).unwrap();
        assert!(
            p.contains(".PACKAGEPIN(clk12),") && p.contains(".LOCK(n3)"),
            "{p}"
        );
    }

    #[test]
    fn the_pll_model_replaces_the_black_box() {
        let m = cell_models().unwrap();
        assert_eq!(m.matches("module SB_PLL40_PAD").count(), 1);
        assert!(m.contains("assign PLLOUTGLOBAL = PACKAGEPIN;"));
        assert!(m.contains("module SB_PLL40_2_PAD"));
    }
}
