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
/// What the flash top sends after a program halts, and after a fault line
/// (as the boot loader does, for `pysm flash`).
const EOT: &str = "\x04";
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
    run_with_host(stream, &[], cycles)
}

/// `bytes` as 115200 8N1 levels of the receive line, one per cycle.
fn uart_levels(bytes: &[u8]) -> Vec<bool> {
    let div = pysm_isa::io::clocks_per_bit(HZ) as usize;
    bytes
        .iter()
        .flat_map(|&b| {
            std::iter::once(false)
                .chain((0..8).map(move |i| b >> i & 1 == 1))
                .chain(std::iter::once(true))
        })
        .flat_map(|level| std::iter::repeat_n(level, div))
        .collect()
}

/// As `run`, with the host's receive line `host` (idle after it).
fn run_with_host(stream: Vec<u8>, host: &[bool], cycles: u64) -> (String, bool, Option<String>) {
    let mut top = Box::new(FlashTop::flash(ClockPlan::Direct).unwrap());
    top.connect_all();
    check_all(&*top).unwrap();
    let mut flash = SpiFlash::new(FLASH_OFFSET, stream, HZ);
    top.uart_rx.next = true;
    top.flash_miso.next = true;
    let mut wave = Vec::with_capacity(cycles as usize);
    for cycle in 0..cycles {
        top.uart_rx.next = *host.get(cycle as usize).unwrap_or(&true);
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
    assert_eq!(run(stream, n), (want + EOT, false, None));
}

#[test]
fn code_data_and_heap_come_from_flash() {
    let image = sections();
    let (want, cycles) = emulator(&image);
    assert_eq!(want, "hic");
    let stream = flash_boot::stream(&image).unwrap();
    let n = budget(&stream, cycles, want.len());
    assert_eq!(run(stream, n), (want + EOT, false, None));
}

#[test]
fn a_refused_flash_image_is_reported_as_a_fault() {
    let good = flash_boot::stream(&sections()).unwrap();
    let mut corrupt = good.clone();
    corrupt[20] ^= 1;
    let n = flash_boot::boot_cycles(good.len()) + 40 * BYTE_CYCLES;
    let line = |code: u8| format!("\npysm: fault 0x{code:02x} at pc 0x0000\n{EOT}");
    assert_eq!(
        run(corrupt, n),
        (line(flash_boot::FAULT_IMAGE_CRC), true, None)
    );
    assert_eq!(
        run(vec![0xFF; 64], n),
        (line(flash_boot::FAULT_NO_IMAGE), true, None)
    );
}

/// `pysm flash` to the flash top: `PYSM` and the stream on the UART, after
/// the erased flash was refused. The top answers as the boot loader does,
/// the program runs, EOT follows its output, and the red LED goes out.
#[test]
fn a_program_comes_over_the_uart_in_rust_hdl() {
    let image = sections();
    let (want, cycles) = emulator(&image);
    let stream = flash_boot::stream(&image).unwrap();
    let mut host = vec![true; 5_000];
    host.extend(uart_levels(b"PYSM"));
    host.extend(uart_levels(&stream));
    let n = host.len() as u64 + cycles + 30 * BYTE_CYCLES;
    let refused = format!(
        "\npysm: fault 0x{:02x} at pc 0x0000\n{EOT}",
        flash_boot::FAULT_NO_IMAGE
    );
    assert_eq!(
        run_with_host(vec![0xFF; 64], &host, n),
        (
            format!("{refused}{}{want}{EOT}", pysm_isa::io::BOOT_OK),
            false,
            None
        )
    );
}

#[test]
fn a_program_larger_than_the_block_ram_runs_from_flash_in_verilog() {
    let image = hello();
    let (want, cycles) = emulator(&image);
    let stream = flash_boot::stream(&image).unwrap();
    let n = budget(&stream, cycles, want.len());
    let text = in_verilog("flash-sim", &stream, &[], n);
    assert_eq!(text, want + EOT);
}

/// The same as `a_program_comes_over_the_uart_in_rust_hdl`, in Verilog,
/// twice: the second time after the program has halted (`pysm flash`
/// again). Uninitialised SPRAM reads `x` here, so a start anywhere but 0
/// faults (in rust-hdl it reads 0, `NOP`).
#[test]
fn a_program_comes_over_the_uart_in_verilog() {
    let image = sections();
    let (want, cycles) = emulator(&image);
    let stream = flash_boot::stream(&image).unwrap();
    let load = [b"PYSM".as_slice(), &stream].concat();
    // The line idles (0xFF bytes, which the halted program never reads)
    // while the answer and the output go out.
    let host = [load.as_slice(), &[0xFF; 25], &load].concat();
    let div = pysm_isa::io::clocks_per_bit(HZ);
    let n = RX_START + host.len() as u64 * 10 * div + 2 * cycles + 40 * BYTE_CYCLES;
    let text = in_verilog("flash-uart-sim", &[0xFF; 64], &host, n);
    let refused = format!(
        "\npysm: fault 0x{:02x} at pc 0x0000\n{EOT}",
        flash_boot::FAULT_NO_IMAGE
    );
    let run = format!("{}{want}{EOT}", pysm_isa::io::BOOT_OK);
    assert_eq!(text, format!("{refused}{run}{run}"));
}

/// Cycle at which the host starts sending in `in_verilog`.
const RX_START: u64 = 5_000;

/// The flash top's Verilog under iverilog (iCE40 cell models, the flash
/// model holding `flash`) for `n` cycles, with the host sending `rx` on
/// the UART from `RX_START` on: the UART text. Fails if the red LED is
/// lit at the end or the flash saw a command too early.
fn in_verilog(name: &str, flash: &[u8], rx: &[u8], n: u64) -> String {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("icebreaker-tests")
        .join(name);
    std::fs::create_dir_all(&dir).unwrap();
    write_sources(&mut FlashTop::flash(ClockPlan::Direct).unwrap(), &dir).unwrap();
    let hex = |b: &[u8]| -> String { b.iter().map(|b| format!("{b:02x}\n")).collect() };
    std::fs::write(dir.join("flash.hex"), hex(flash)).unwrap();
    std::fs::write(dir.join("rx.hex"), hex(rx)).unwrap();
    std::fs::write(dir.join("spiflash.v"), flash_boot::SPI_FLASH_VERILOG).unwrap();
    let tb = format!(
        r#"`timescale 1ns/1ps
module tb;
  reg clk12 = 0;
  reg rx = 1;
  wire [26:0] pads;
  wire uart_tx, sck, cs_n, mosi, miso;
  top dut(.clk12(clk12), .pads(pads), .uart_tx(uart_tx), .uart_rx(rx),
          .flash_sck(sck), .flash_cs_n(cs_n), .flash_mosi(mosi), .flash_miso(miso));
  spiflash #(.SIZE({size})) flash(.cs_n(cs_n), .sck(sck), .mosi(mosi), .miso(miso));
  reg [7:0] host [0:{rxmax}];
  integer cycle, f, i, k;
  initial begin
    if ({rxlen} > 0) $readmemh("rx.hex", host);
    repeat ({start}) @(posedge clk12);
    for (i = 0; i < {rxlen}; i = i + 1) begin
      for (k = 0; k < 10; k = k + 1) begin
        rx = (k == 0) ? 1'b0 : (k == 9) ? 1'b1 : host[i][k - 1];
        repeat ({div}) @(posedge clk12);
      end
    end
  end
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
        size = flash.len(),
        rxlen = rx.len(),
        rxmax = rx.len().max(1) - 1,
        start = RX_START,
        div = pysm_isa::io::clocks_per_bit(HZ),
    );
    common::board_uart_text_with(&dir, &tb, HZ, &["spiflash.v"])
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
