//! Verilog co-simulation: generate the Soc's Verilog with rust-hdl's
//! `generate_verilog`, run it under iverilog with a small testbench, and
//! produce the same event log as [`rtl_events`] does from the rust-hdl
//! simulation, so that the two can be compared line by line.
//!
//! The log has one line per event, with the cycle number:
//! `R cycle pc instr tos sp fp rsp we waddr wdata hwe haddr hdata` (retirement),
//! `C cycle byte` (console), `G cycle dir out` (GPIO outputs changed),
//! and a last line `H cycle` (halted), `F cycle code` (fault) or
//! `M cycle` (cycle limit). The pads read back the driven outputs and
//! rest at their idle levels elsewhere.

use crate::RtlSim;
use pysm_cpu::SimSoc;
use pysm_isa::pins;
use pysm_isa::Image;
use rust_hdl::prelude::*;
use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;

/// The Soc's Verilog (top module `top`).
pub fn soc_verilog(image: &Image) -> String {
    let mut soc = SimSoc::new(image);
    soc.connect_all();
    generate_verilog(&soc)
}

fn pads(dir: u32, out: u32) -> u32 {
    (dir & out) | (!dir & pins::idle_levels())
}

/// The event log of the rust-hdl simulation, for at most `max_cycles` cycles.
pub fn rtl_events(image: &Image, max_cycles: u64) -> String {
    sim_events(RtlSim::new(image), max_cycles)
}

/// The event log of `sim` from its cycle 0.
pub fn sim_events(mut sim: RtlSim, max_cycles: u64) -> String {
    let mut log = String::new();
    let mut last = (0u32, 0u32);
    loop {
        let s = &sim.soc;
        let c = sim.cycle;
        if s.retire_valid.val() {
            let _ = writeln!(
                log,
                "R {c} {:04x} {:08x} {:08x} {:04x} {:04x} {:04x} {} {:04x} {:08x} {} {:04x} {:08x} {} {:04x} {:08x}",
                s.retire_pc.val().to_u32(),
                s.retire_instr.val().to_u32(),
                s.retire_tos.val().to_u32(),
                s.retire_sp.val().to_u32(),
                s.retire_fp.val().to_u32(),
                s.retire_rsp.val().to_u32(),
                s.retire_we.val() as u8,
                s.retire_waddr.val().to_u32(),
                s.retire_wdata.val().to_u32(),
                s.retire_hwe.val() as u8,
                s.retire_haddr.val().to_u32(),
                s.retire_hdata.val().to_u32(),
                s.retire_rwe.val() as u8,
                s.retire_rwa.val().to_u32(),
                s.retire_rdata.val().to_u32(),
            );
        }
        if s.console_valid.val() {
            let _ = writeln!(log, "C {c} {:02x}", s.console_data.val().to_u32());
        }
        let g = (s.gpio_dir.val().to_u32(), s.gpio_out.val().to_u32());
        if g != last {
            let _ = writeln!(log, "G {c} {:08x} {:08x}", g.0, g.1);
            last = g;
        }
        if s.halted.val() {
            let _ = writeln!(log, "H {c}");
            break;
        }
        if s.fault.val().to_u32() != 0 {
            let _ = writeln!(log, "F {c} {}", s.fault.val().to_u32());
            break;
        }
        if c >= max_cycles {
            let _ = writeln!(log, "M {c}");
            break;
        }
        sim.step(pads(g.0, g.1));
    }
    log
}

// WARMUP cycles from power-up; then, with BOOT, every word of `boot.hex`
// (code, data, then heap) through the boot port; then the run, from cycle 0.
const TESTBENCH: &str = r#"
module tb;
  reg clock = 0;
  reg boot = 0, load_we = 0, load_code = 0, load_heap = 0;
  reg [15:0] boot_pc = 0, boot_sp = 0, load_addr = 0;
  reg [31:0] load_data = 0;
  reg [31:0] words [0:NCODE+NDATA+NHEAP-1];
  wire [31:0] gpio_out, gpio_dir, retire_instr, retire_tos, retire_wdata, retire_hdata, state_tos;
  wire [31:0] retire_rdata;
  wire [15:0] retire_pc, retire_sp, retire_fp, retire_rsp, retire_waddr, retire_haddr, retire_rwa;
  wire [15:0] state_pc, state_sp, state_fp, state_rsp;
  wire [29:0] cycle;
  wire [7:0] console_data, fault;
  wire console_valid, halted, retire_valid, retire_we, retire_hwe, retire_rwe;
  wire [31:0] gpio_in = boot ? 32'h0 : (gpio_dir & gpio_out) | (~gpio_dir & 32'hIDLE);
  top dut(.clock(clock), .enable(1'b1), .boot(boot), .boot_pc(boot_pc), .boot_sp(boot_sp),
    .load_we(load_we), .load_code(load_code), .load_heap(load_heap), .load_addr(load_addr),
    .load_data(load_data),
    .gpio_in(gpio_in), .gpio_out(gpio_out), .gpio_dir(gpio_dir),
    .console_data(console_data), .console_valid(console_valid), .console_ready(1'b1),
    .uart_rx(1'b1),
    .halted(halted), .fault(fault), .retire_valid(retire_valid), .retire_pc(retire_pc),
    .retire_instr(retire_instr), .retire_tos(retire_tos), .retire_sp(retire_sp),
    .retire_fp(retire_fp), .retire_rsp(retire_rsp), .retire_we(retire_we),
    .retire_waddr(retire_waddr), .retire_wdata(retire_wdata), .retire_hwe(retire_hwe),
    .retire_haddr(retire_haddr), .retire_hdata(retire_hdata), .retire_rwe(retire_rwe),
    .retire_rwa(retire_rwa), .retire_rdata(retire_rdata), .state_pc(state_pc),
    .state_sp(state_sp), .state_fp(state_fp), .state_rsp(state_rsp), .state_tos(state_tos),
    .cycle(cycle));
  integer c = 0, i;
  reg [63:0] lastg = 0;
  initial begin
    #1;
    for (i = 0; i < WARMUP; i = i + 1) begin #5 clock = 1; #5 clock = 0; end
    if (BOOT) begin
      $readmemh("boot.hex", words);
      boot = 1;
      for (i = 0; i < NCODE + NDATA + NHEAP; i = i + 1) begin
        load_we = 1; load_code = i < NCODE; load_heap = i >= NCODE + NDATA;
        load_addr = i < NCODE ? i : i < NCODE + NDATA ? i - NCODE : i - NCODE - NDATA;
        load_data = words[i];
        #5 clock = 1; #5 clock = 0;
      end
      load_we = 0; boot_pc = ENTRY; boot_sp = STACK;
      #5 clock = 1; #5 clock = 0;
      boot = 0;
      #1;
    end
    forever begin
      if (retire_valid)
        $display("R %0d %h %h %h %h %h %h %0d %h %h %0d %h %h %0d %h %h", c, retire_pc,
          retire_instr, retire_tos, retire_sp, retire_fp, retire_rsp, retire_we, retire_waddr,
          retire_wdata, retire_hwe, retire_haddr, retire_hdata, retire_rwe, retire_rwa,
          retire_rdata);
      if (console_valid) $display("C %0d %h", c, console_data);
      if ({gpio_dir, gpio_out} != lastg) begin
        $display("G %0d %h %h", c, gpio_dir, gpio_out);
        lastg = {gpio_dir, gpio_out};
      end
      if (halted) begin $display("H %0d", c); $finish; end
      if (fault != 0) begin $display("F %0d %0d", c, fault); $finish; end
      if (c >= MAXC) begin $display("M %0d", c); $finish; end
      #5 clock = 1;
      #5 clock = 0;
      c = c + 1;
    end
  end
endmodule
"#;

/// Write `dut.v` and `tb.v` into `dir`, validate the design with yosys, run
/// iverilog, and return the event log.
pub fn iverilog_events(image: &Image, max_cycles: u64, dir: &Path) -> Result<String, String> {
    iverilog_boot_events(image, 0, None, max_cycles, dir)
}

/// [`iverilog_events`] for a Soc built with `built_with` that runs `warmup`
/// cycles and then, if given, gets `program` through the boot port (as
/// [`RtlSim::booted`] does).
pub fn iverilog_boot_events(
    built_with: &Image,
    warmup: u64,
    program: Option<&Image>,
    max_cycles: u64,
    dir: &Path,
) -> Result<String, String> {
    std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    let v = soc_verilog(built_with);
    std::fs::write(dir.join("dut.v"), &v).map_err(|e| e.to_string())?;
    let mut hex = String::new();
    if let Some(p) = program {
        for (_, words) in crate::boot_words(p) {
            for w in words {
                let _ = writeln!(hex, "{w:08x}");
            }
        }
    }
    std::fs::write(dir.join("boot.hex"), hex).map_err(|e| e.to_string())?;
    let tb = TESTBENCH
        .replace("NCODE", &pysm_cpu::CODE_WORDS.to_string())
        .replace("NDATA", &pysm_isa::mem::DATA_WORDS.to_string())
        .replace("NHEAP", &pysm_isa::mem::HEAP_WORDS.to_string())
        .replace("IDLE", &format!("{:08x}", pins::idle_levels()))
        .replace("MAXC", &max_cycles.to_string())
        .replace("WARMUP", &warmup.to_string())
        .replace("BOOT", if program.is_some() { "1" } else { "0" })
        .replace("ENTRY", &program.map_or(0, |p| p.entry).to_string())
        .replace("STACK", &program.map_or(0, |p| p.stack_base()).to_string());
    std::fs::write(dir.join("tb.v"), tb).map_err(|e| e.to_string())?;
    let run = |cmd: &mut Command| -> Result<String, String> {
        let out = cmd.current_dir(dir).output().map_err(|e| e.to_string())?;
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        if !out.status.success() {
            return Err(format!(
                "{cmd:?} failed:\n{text}\n{}",
                String::from_utf8_lossy(&out.stderr)
            ));
        }
        Ok(text)
    };
    run(Command::new("iverilog").args(["-g2012", "-o", "sim.vvp", "-s", "tb", "tb.v", "dut.v"]))?;
    let text = run(Command::new("vvp").args(["-n", "sim.vvp"]))?;
    // Keep the event lines only (vvp adds a $finish note).
    Ok(text
        .lines()
        .filter(|l| matches!(l.split(' ').next(), Some("R" | "C" | "G" | "H" | "F" | "M")))
        .map(|l| format!("{l}\n"))
        .collect())
}

/// Check the generated Verilog with yosys (`read; hierarchy -check; proc`):
/// undeclared identifiers, latches, missing modules.
pub fn yosys_check(image: &Image) -> Result<(), String> {
    yosys_validate("pysm_soc", &soc_verilog(image)).map_err(|e| format!("{e:?}"))
}
