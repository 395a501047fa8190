//! A program too large for the code block RAM, from the SPI flash: the
//! flash top wakes the flash, copies the stream into its memories at
//! power-up and runs the program, whose output is the emulator's; a
//! refused stream is reported as a fault. In rust-hdl's simulation and in
//! the Verilog it generates (iverilog with the iCE40 cell models and a
//! model of the flash).

#![cfg(feature = "soc")]

mod common;

use pysm_emu::Outcome;
use pysm_icebreaker::flash_boot::{self, SpiFlash, FLASH_OFFSET};
use pysm_icebreaker::{flow::write_sources, ClockPlan, FlashTop};
use pysm_isa::Image;
use rust_hdl::prelude::*;
use std::path::PathBuf;

const HZ: u64 = 12_000_000;
/// Cycles per UART byte at 12 MHz (10 bits of 104 cycles), with margin.
const BYTE_CYCLES: u64 = 1_100;

fn hello() -> Image {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/hello_uart.py");
    let src = std::fs::read_to_string(path).unwrap();
    pysm_compiler::compile(&src, "hello_uart.py").unwrap_or_else(|e| panic!("{e}"))
}

/// Prints the heap's static words 1 and 2 and the data word 32 (small ints
/// of characters): all three sections come from the flash.
fn sections() -> Image {
    let code = pysm_isa::asm::assemble(
        "PUSH_INT 1\nPTR\nLOAD_FIELD 0\nIO_WRITE 0\n\
         PUSH_INT 1\nPTR\nLOAD_FIELD 1\nIO_WRITE 0\n\
         LOAD_GLOBAL 32\nIO_WRITE 0\nHALT\n",
    )
    .unwrap();
    let int = |c: char| (c as u32) << 1 | 1;
    let mut data = vec![0; 33];
    data[32] = int('c');
    Image {
        entry: 0,
        code,
        data,
        heap: vec![0, int('h'), int('i')],
        debug: Default::default(),
    }
}

/// The emulator's output and cycles.
fn emulator(image: &Image) -> (String, u64) {
    let (out, o, m) = common::emulate(image);
    assert!(matches!(o, Outcome::Halted), "{o:?}");
    (out, m.cycle)
}

/// Cycles for the flash boot, the program and its output.
fn budget(stream: &[u8], cycles: u64, output: usize) -> u64 {
    flash_boot::boot_cycles(stream.len()) + cycles + (output as u64 + 2) * BYTE_CYCLES
}

/// The flash top in rust-hdl with the flash holding `stream`: the UART
/// text, whether the red LED is lit, and the flash's protocol check.
fn run(stream: Vec<u8>, cycles: u64) -> (String, bool, Option<String>) {
    let mut top = Box::new(FlashTop::flash(ClockPlan::Direct).unwrap());
    top.connect_all();
    check_all(&*top).unwrap();
    let mut flash = SpiFlash::new(FLASH_OFFSET, stream, HZ);
    top.uart_rx.next = true;
    top.flash_miso.next = true;
    let mut wave = Vec::with_capacity(cycles as usize);
    for _ in 0..cycles {
        top.clk12.next = true.into();
        assert!(simulate(&mut *top, 1000));
        top.clk12.next = false.into();
        assert!(simulate(&mut *top, 1000));
        top.flash_miso.next = flash.step(
            top.flash_cs_n.val(),
            top.flash_sck.val(),
            top.flash_mosi.val(),
        );
        wave.push(top.uart_tx.val());
    }
    let text = common::decode(&wave, HZ, pysm_icebreaker::uart_tx::BAUD);
    let out = top.gpio.gpio_out.val().to_u64();
    let dir = top.gpio.gpio_dir.val().to_u64();
    (
        String::from_utf8_lossy(&text).into_owned(),
        dir & 1 == 1 && out & 1 == 0,
        flash.violation,
    )
}

#[test]
fn a_program_larger_than_the_block_ram_runs_from_flash_in_rust_hdl() {
    let image = hello();
    assert!(image.code.len() > pysm_icebreaker::CODE_WORDS);
    let (want, cycles) = emulator(&image);
    let stream = flash_boot::stream(&image).unwrap();
    let n = budget(&stream, cycles, want.len());
    assert_eq!(run(stream, n), (want, false, None));
}

#[test]
fn code_data_and_heap_come_from_flash() {
    let image = sections();
    let (want, cycles) = emulator(&image);
    assert_eq!(want, "hic");
    let stream = flash_boot::stream(&image).unwrap();
    let n = budget(&stream, cycles, want.len());
    assert_eq!(run(stream, n), (want, false, None));
}

#[test]
fn a_refused_flash_image_is_reported_as_a_fault() {
    let good = flash_boot::stream(&sections()).unwrap();
    let mut corrupt = good.clone();
    corrupt[20] ^= 1;
    let n = flash_boot::boot_cycles(good.len()) + 40 * BYTE_CYCLES;
    let line = |code: u8| format!("\npysm: fault 0x{code:02x} at pc 0x0000\n");
    assert_eq!(
        run(corrupt, n),
        (line(flash_boot::FAULT_IMAGE_CRC), true, None)
    );
    assert_eq!(
        run(vec![0xFF; 64], n),
        (line(flash_boot::FAULT_NO_IMAGE), true, None)
    );
}

#[test]
fn a_program_larger_than_the_block_ram_runs_from_flash_in_verilog() {
    let image = hello();
    let (want, cycles) = emulator(&image);
    let stream = flash_boot::stream(&image).unwrap();
    let n = budget(&stream, cycles, want.len());
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("icebreaker-tests/flash-sim");
    std::fs::create_dir_all(&dir).unwrap();
    write_sources(&mut FlashTop::flash(ClockPlan::Direct).unwrap(), &dir).unwrap();
    let hex: String = stream.iter().map(|b| format!("{b:02x}\n")).collect();
    std::fs::write(dir.join("flash.hex"), hex).unwrap();
    std::fs::write(dir.join("spiflash.v"), flash_boot::SPI_FLASH_VERILOG).unwrap();
    let tb = format!(
        r#"`timescale 1ns/1ps
module tb;
  reg clk12 = 0;
  wire [26:0] pads;
  wire uart_tx, sck, cs_n, mosi, miso;
  top dut(.clk12(clk12), .pads(pads), .uart_tx(uart_tx), .uart_rx(1'b1),
          .flash_sck(sck), .flash_cs_n(cs_n), .flash_mosi(mosi), .flash_miso(miso));
  spiflash #(.SIZE({size})) flash(.cs_n(cs_n), .sck(sck), .mosi(mosi), .miso(miso));
  integer cycle, f;
  initial begin
    f = $fopen("wave.txt", "w");
    for (cycle = 0; cycle < {n}; cycle = cycle + 1) begin
      #41 clk12 = 1;
      #1 $fwrite(f, "%0d", uart_tx);
      #41 clk12 = 0;
    end
    $fclose(f);
    if (pads[0] === 1'b0) $display("ERROR: LEDR_N is lit");
    if (flash.bad) $display("ERROR: a flash command before its wake-up time");
    $finish;
  end
endmodule
"#,
        size = stream.len(),
    );
    let text = common::board_uart_text_with(&dir, &tb, HZ, &["spiflash.v"]);
    assert_eq!(text, want);
}

/// `pysm-icebreaker verilog` (as `bitstream`) writes the flash top and the
/// stream for a program too large for the block RAM, the block RAM top
/// (and no stale stream) for one that fits.
#[test]
fn the_builder_chooses_the_flash_for_a_large_program() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("icebreaker-tests/flash-cli");
    std::fs::create_dir_all(&dir).unwrap();
    let build = |image: &Image| {
        let path = dir.join("program.pysm");
        std::fs::write(&path, image.to_bytes()).unwrap();
        let o = std::process::Command::new(env!("CARGO_BIN_EXE_pysm-icebreaker"))
            .arg("verilog")
            .arg(&path)
            .arg("--out")
            .arg(&dir)
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let v = std::fs::read_to_string(dir.join("top.v")).unwrap();
        (String::from_utf8_lossy(&o.stdout).into_owned(), v)
    };
    let large = hello();
    let (said, v) = build(&large);
    assert!(said.contains("SPI flash at 0x100000"), "{said}");
    assert!(v.contains("flash_sck"));
    assert_eq!(
        std::fs::read(dir.join("program.bin")).unwrap(),
        flash_boot::stream(&large).unwrap()
    );
    let (said, v) = build(&sections());
    // Static heap objects need the flash too.
    assert!(said.contains("SPI flash"), "{said}");
    assert!(v.contains("flash_sck"));
    let mut small = sections();
    small.heap.clear();
    let (said, v) = build(&small);
    assert!(!said.contains("SPI flash"), "{said}");
    assert!(!v.contains("flash_sck"));
    assert!(!dir.join("program.bin").exists());
}

/// `pysm-icebreaker swap --flash-base` puts a program too large for the
/// base beside the flash base's bitstream, and exits with 4 (the Makefile
/// then builds the flash base) when there is none.
#[test]
fn swap_sends_a_large_program_to_the_flash_base() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("icebreaker-tests/flash-swap");
    let _ = std::fs::remove_dir_all(&dir);
    let (fbase, out) = (dir.join("flashbase"), dir.join("out"));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("program.pysm");
    std::fs::write(&path, hello().to_bytes()).unwrap();
    let swap = || {
        std::process::Command::new(env!("CARGO_BIN_EXE_pysm-icebreaker"))
            .arg("swap")
            .arg(&path)
            .args(["--base", "no-base-needed", "--mhz", "17", "--flash-base"])
            .arg(&fbase)
            .arg("--out")
            .arg(&out)
            .output()
            .unwrap()
    };
    let o = swap();
    assert_eq!(o.status.code(), Some(4));
    assert!(String::from_utf8_lossy(&o.stderr).contains("make flash-base"));
    // A flash base as `flash-base` leaves it (the log is nextpnr's).
    std::fs::create_dir_all(&fbase).unwrap();
    for f in ["top.bin", "top.asc", "top.pcf"] {
        std::fs::write(fbase.join(f), f).unwrap();
    }
    std::fs::write(
        fbase.join("nextpnr.log"),
        "Info: \t         ICESTORM_LC:  4971/ 5280    94%\n\
         Info: \t        ICESTORM_RAM:    12/   30    40%\n\
         Info: \t      ICESTORM_SPRAM:     4/    4   100%\n\
         Info: Max frequency for clock 'clock': 17.09 MHz (PASS at 16.88 MHz)\n",
    )
    .unwrap();
    let o = swap();
    let said = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(said.contains("without synthesis"), "{said}");
    assert!(said.contains("logic_cells=4971/5280"), "{said}");
    assert_eq!(
        std::fs::read(out.join("program.bin")).unwrap(),
        flash_boot::stream(&hello()).unwrap()
    );
    assert_eq!(std::fs::read(out.join("top.bin")).unwrap(), b"top.bin");
}
