//! A baked program (no boot loader) that faults: the board top reports the
//! fault on the UART with its code and pc, as the emulator has them, and
//! lights the red LED; in rust-hdl's simulation and in the Verilog it
//! generates (iverilog with the iCE40 cell models).

#![cfg(feature = "soc")]

mod common;

use pysm_emu::{GpioEnv, Outcome};
use pysm_icebreaker::{flow::write_sources, ClockPlan, Top};
use pysm_isa::Image;
use rust_hdl::prelude::*;
use std::path::PathBuf;

const HZ: u64 = 12_000_000;
/// Enough for the program's byte and the 31-byte report at 104 cycles a bit.
const CYCLES: usize = 40_000;

/// Prints byte 5, then `1 + None`: a fault, not an exception (no runtime).
fn faulting() -> Image {
    let code = pysm_isa::asm::assemble(
        "PUSH_INT 5\nIO_WRITE 0\nPUSH_INT 1\nPUSH_IMM 0\nBINARY add\nHALT\n",
    )
    .unwrap();
    Image {
        entry: 0,
        code,
        data: vec![0; 32],
        heap: vec![],
        debug: Default::default(),
    }
}

/// What the board must send: the emulator's output, then the report.
fn expected(image: &Image) -> String {
    let mut out = Vec::new();
    let (m, o) = pysm_emu::run(
        image,
        &mut GpioEnv::new(),
        &mut out,
        Some(1000),
        &mut |_| {},
    );
    let Outcome::Faulted(fault) = o else {
        panic!("{o:?}")
    };
    format!(
        "{}\npysm: fault 0x{:02x} at pc 0x{:04x}\n\x04",
        String::from_utf8(out).unwrap(),
        fault as u32,
        m.pc
    )
}

fn top(image: &Image) -> Top {
    Top::new(pysm_cpu::Soc::with_clock(image, HZ), ClockPlan::Direct).unwrap()
}

#[test]
fn a_baked_program_reports_its_fault_in_rust_hdl() {
    let image = faulting();
    let mut top = Box::new(top(&image));
    top.connect_all();
    check_all(&*top).unwrap();
    top.uart_rx.next = true;
    let mut wave = Vec::with_capacity(CYCLES);
    for _ in 0..CYCLES {
        top.clk12.next = true.into();
        assert!(simulate(&mut *top, 1000));
        top.clk12.next = false.into();
        assert!(simulate(&mut *top, 1000));
        wave.push(top.uart_tx.val());
    }
    let text = common::decode(&wave, HZ, pysm_icebreaker::uart_tx::BAUD);
    assert_eq!(String::from_utf8_lossy(&text), expected(&image));
    let out = top.gpio.gpio_out.val().to_u64();
    let dir = top.gpio.gpio_dir.val().to_u64();
    assert!(dir & 1 == 1 && out & 1 == 0, "the red LED is not lit");
}

#[test]
fn a_baked_program_reports_its_fault_in_verilog() {
    let image = faulting();
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("icebreaker-tests/fault-sim");
    std::fs::create_dir_all(&dir).unwrap();
    write_sources(&mut top(&image), &dir).unwrap();
    let tb = format!(
        r#"`timescale 1ns/1ps
module tb;
  reg clk12 = 0;
  wire [26:0] pads;
  wire uart_tx;
  top dut(.clk12(clk12), .pads(pads), .uart_tx(uart_tx), .uart_rx(1'b1));
  integer cycle, f;
  initial begin
    f = $fopen("wave.txt", "w");
    for (cycle = 0; cycle < {CYCLES}; cycle = cycle + 1) begin
      #41 clk12 = 1;
      #1 $fwrite(f, "%0d", uart_tx);
      #41 clk12 = 0;
    end
    $fclose(f);
    if (pads[0] !== 1'b0) $display("ERROR: LEDR_N is not lit: %b", pads[0]);
    $finish;
  end
endmodule
"#
    );
    let text = common::board_uart_text(&dir, &tb, HZ);
    assert_eq!(text, expected(&image));
}
