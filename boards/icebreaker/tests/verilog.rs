//! The board top's Verilog passes yosys' hierarchy check with the iCE40 cell
//! models, and its PCF places every pin.

mod common;

use pysm_icebreaker::flow::write_sources;
use pysm_icebreaker::standin::Standin;
use pysm_icebreaker::{ClockPlan, PllConfig, StandinTop};
use std::path::{Path, PathBuf};
use std::process::Command;

fn out_dir(name: &str) -> PathBuf {
    let d = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("icebreaker-tests")
        .join(name);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// `read_verilog top.v; read_verilog -lib +/ice40/cells_sim.v; hierarchy -check -top top; proc`
fn yosys_check(dir: &Path) {
    let out = Command::new(std::env::var("YOSYS").unwrap_or_else(|_| "yosys".into()))
        .current_dir(dir)
        .args([
            "-q",
            "-l",
            "check.log",
            "-p",
            "read_verilog top.v; read_verilog -lib +/ice40/cells_sim.v; \
             hierarchy -check -top top; proc; check -assert",
        ])
        .output()
        .expect("cannot run yosys");
    assert!(
        out.status.success(),
        "yosys rejected {}/top.v:\n{}{}",
        dir.display(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The PCF places the clock, the UART, every GPIO pad and `more` pins.
fn check_pcf(dir: &Path, more: &[(&str, &str)]) {
    let pcf = std::fs::read_to_string(dir.join("top.pcf")).unwrap();
    let set_io: Vec<&str> = pcf.lines().filter(|l| l.starts_with("set_io")).collect();
    assert!(set_io.contains(&"set_io clk12 35"), "{pcf}");
    assert!(set_io.contains(&"set_io uart_tx 9"), "{pcf}");
    assert!(set_io.contains(&"set_io uart_rx 6"), "{pcf}");
    for p in pysm_isa::pins::PINS {
        let line = format!("set_io pads[{}] {}", p.id, p.package_pin);
        assert!(set_io.contains(&line.as_str()), "missing {line}:\n{pcf}");
    }
    for (signal, pin) in more {
        let line = format!("set_io {signal} {pin}");
        assert!(set_io.contains(&line.as_str()), "missing {line}:\n{pcf}");
    }
    assert_eq!(set_io.len(), pysm_isa::pins::PINS.len() + 3 + more.len());
}

#[test]
fn standin_top_passes_yosys() {
    let dir = out_dir("standin");
    let mut top = StandinTop::new(Standin::new(23), ClockPlan::for_mhz(24.0).unwrap()).unwrap();
    write_sources(&mut top, &dir).unwrap();
    let v = std::fs::read_to_string(dir.join("top.v")).unwrap();
    assert!(v.contains("SB_PLL40_PAD"));
    assert!(v.contains(".DIVF(7'd63)"));
    assert_eq!(v.matches("SB_IO #").count(), pysm_isa::pins::PINS.len());
    // BTN_N has the pull-up and its input registered in the pad (the first
    // synchroniser stage); LEDG_N (pin 37, next to the PLL pad) has no
    // input path.
    assert!(v.contains("SB_IO #(.PIN_TYPE(6'b1010_00), .PULLUP(1'b1)) io_2"));
    assert!(v.contains(".INPUT_CLK(clock), .D_IN_0(gpio_in[2])"));
    assert!(v.contains("// LEDG_N (pin 37): output only"));
    yosys_check(&dir);
    check_pcf(&dir, &[]);
}

#[cfg(feature = "soc")]
#[test]
fn soc_top_passes_yosys() {
    let dir = out_dir("soc");
    let image = pysm_isa::Image::default();
    let mut top = pysm_icebreaker::Top::new(
        pysm_cpu::Soc::<{ pysm_icebreaker::CODE_BITS }>::new(&image),
        ClockPlan::for_mhz(24.0).unwrap(),
    )
    .unwrap();
    write_sources(&mut top, &dir).unwrap();
    yosys_check(&dir);
    check_pcf(&dir, &[]);
}

/// The top of a program in the SPI flash: the flash's pins too.
#[cfg(feature = "soc")]
#[test]
fn flash_top_passes_yosys() {
    let dir = out_dir("flash");
    let mut top = pysm_icebreaker::FlashTop::flash(ClockPlan::for_mhz(24.0).unwrap()).unwrap();
    write_sources(&mut top, &dir).unwrap();
    yosys_check(&dir);
    check_pcf(
        &dir,
        &[
            ("flash_sck", "15"),
            ("flash_cs_n", "16"),
            ("flash_mosi", "14"),
            ("flash_miso", "17"),
            ("flash_wp_n", "12"),
            ("flash_hold_n", "13"),
        ],
    );
}

/// Our PLL settings are the ones `icepll` prints.
#[test]
fn pll_settings_match_icepll() {
    for f in [16.0, 20.0, 24.0, 27.0, 30.0, 33.0, 36.0, 40.0, 48.0, 60.0] {
        let Ok(out) = Command::new("icepll")
            .args([
                "-i",
                "12",
                "-o",
                &format!("{f}"),
                "-q",
                "-m",
                "-f",
                "/dev/stdout",
            ])
            .output()
        else {
            panic!("icepll is missing: run `make tools`");
        };
        let text = String::from_utf8_lossy(&out.stdout);
        let field = |name: &str| -> u32 {
            let l = text
                .lines()
                .find(|l| l.trim_start().starts_with(&format!(".{name}(")))
                .unwrap_or_else(|| panic!("no {name} in icepll output:\n{text}"));
            let v = l.split('(').nth(1).unwrap().split(')').next().unwrap();
            let (_, digits) = v.split_once('b').unwrap();
            u32::from_str_radix(digits, 2).unwrap()
        };
        let c = PllConfig::for_mhz(f).unwrap();
        assert_eq!(
            (c.divr, c.divf, c.divq, c.filter_range),
            (
                field("DIVR"),
                field("DIVF"),
                field("DIVQ"),
                field("FILTER_RANGE")
            ),
            "{f} MHz"
        );
    }
}

/// The whole stand-in board top (12 MHz, no PLL) in iverilog with the iCE40
/// cell models: its UART line decodes to the stand-in's message, and LEDR_N
/// follows BTN_N through the SB_IOs.
#[test]
fn standin_board_runs_in_iverilog() {
    assert!(
        Command::new("iverilog").arg("-V").output().is_ok(),
        "iverilog is missing: run `make tools`"
    );
    let dir = out_dir("standin-sim");
    let mut top = StandinTop::new(Standin::new(12), ClockPlan::Direct).unwrap();
    write_sources(&mut top, &dir).unwrap();
    let cycles = 40_000;
    let tb = format!(
        r#"`timescale 1ns/1ps
module tb;
  reg clk12 = 0;
  reg btn = 1;
  wire [26:0] pads;
  wire uart_tx;
  assign pads[2] = btn;
  top dut(.clk12(clk12), .pads(pads), .uart_tx(uart_tx), .uart_rx(1'b1));
  integer cycle, f, led_ok;
  initial begin
    f = $fopen("wave.txt", "w");
    led_ok = 1;
    for (cycle = 0; cycle < {cycles}; cycle = cycle + 1) begin
      #41 clk12 = 1;
      #1 $fwrite(f, "%0d", uart_tx);
      #41 clk12 = 0;
      if (cycle == 1000) btn = 0;
      if (cycle == 1010 && pads[0] !== 1'b0) led_ok = 0;
      if (cycle == 2000) btn = 1;
      if (cycle == 2010 && pads[0] !== 1'b1) led_ok = 0;
    end
    $fclose(f);
    if (!led_ok) $display("ERROR: LEDR_N does not follow BTN_N");
    $finish;
  end
endmodule
"#
    );
    let text = common::board_uart_text(&dir, &tb, 12_000_000);
    assert!(
        text.starts_with("PySM stand-in 0\nPySM stand-in 1\n"),
        "{text:?}"
    );
}

/// A clock the stand-in cannot meet: the flow places it again with the next
/// seed, keeps the first placement's log, and then fails, naming the Fmax.
#[test]
fn a_missed_clock_is_placed_again_then_fails() {
    let dir = out_dir("placements");
    let _ = std::fs::remove_file(dir.join("nextpnr-try1.log"));
    let mut top = StandinTop::new(Standin::new(23), ClockPlan::for_mhz(100.0).unwrap()).unwrap();
    let mut opts = pysm_icebreaker::FlowOptions::new(&dir, 100.0);
    opts.placements = 2;
    let err = pysm_icebreaker::flow::build(&mut top, &opts)
        .unwrap_err()
        .to_string();
    assert!(
        err.starts_with("timing not met: clock 'clock' reaches "),
        "{err}"
    );
    assert!(dir.join("nextpnr-try1.log").exists());
    assert!(!dir.join("nextpnr-try2.log").exists());
}
