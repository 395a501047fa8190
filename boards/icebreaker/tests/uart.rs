//! Simulate the UART transmitter (rust-hdl, direct `simulate()` loop) and
//! decode its serial waveform back to bytes at 115200 baud.

mod common;

use common::decode;
use pysm_icebreaker::uart_tx::{UartTx, BAUD};
use rust_hdl::prelude::*;

const CLOCK_HZ: u64 = 24_000_000;

/// Run the transmitter for `cycles`, offering `bytes` whenever it is ready.
/// Returns the line level after every rising edge, and the most cycles
/// `ready` stayed low in a row.
fn run<const N: usize, const NP1: usize>(bytes: &[u8], cycles: usize) -> (Vec<bool>, usize) {
    let mut uut = UartTx::<N, NP1>::new(CLOCK_HZ, BAUD).unwrap();
    uut.clock.connect();
    uut.data.connect();
    uut.valid.connect();
    uut.connect_all();
    check_all(&uut).unwrap();
    let mut wave = Vec::with_capacity(cycles);
    let mut next = 0;
    let (mut stall, mut max_stall) = (0, 0);
    for _ in 0..cycles {
        uut.clock.next = false.into();
        assert!(simulate(&mut uut, 100));
        let offer = next < bytes.len();
        let ready = uut.ready.val();
        uut.valid.next = offer && ready;
        if offer {
            uut.data.next = (bytes[next] as u64).into();
        }
        assert!(simulate(&mut uut, 100));
        uut.clock.next = true.into();
        assert!(simulate(&mut uut, 100));
        if offer && ready {
            next += 1;
        }
        if offer && !ready {
            stall += 1;
            max_stall = max_stall.max(stall);
        } else {
            stall = 0;
        }
        wave.push(uut.tx.val());
    }
    assert_eq!(next, bytes.len(), "not every byte was accepted");
    (wave, max_stall)
}

#[test]
fn line_idles_high() {
    let (wave, _) = run::<4, 5>(&[], 1000);
    assert!(wave.iter().all(|&x| x));
}

#[test]
fn sends_bytes_8n1_at_115200() {
    let msg = b"Hello, PySM!\n\x00\xff\x55\xaa";
    let bit = CLOCK_HZ / BAUD;
    let cycles = (msg.len() as u64 + 2) * 10 * bit;
    let (wave, _) = run::<4, 5>(msg, cycles as usize);
    assert_eq!(decode(&wave, CLOCK_HZ, BAUD), msg.to_vec());
    // Frame timing: 'H' is 0x48, so the line stays low for the start bit and
    // data bits 0-2: four bit times of 208 clocks at 24 MHz.
    let first = wave.iter().position(|&x| !x).unwrap();
    let low = wave[first..].iter().position(|&x| x).unwrap();
    assert_eq!(low as u64, 4 * bit);
}

#[test]
fn fifo_absorbs_a_burst_and_applies_backpressure() {
    // 40 bytes into a 16-byte FIFO: the writer must wait, nothing is lost.
    let msg: Vec<u8> = (0..40u8).map(|i| b'A' + (i % 26)).collect();
    let bit = CLOCK_HZ / BAUD;
    let cycles = (msg.len() as u64 + 2) * 10 * bit;
    let (wave, max_stall) = run::<4, 5>(&msg, cycles as usize);
    assert!(max_stall > 0, "a 16-byte FIFO must fill with 40 bytes");
    assert_eq!(decode(&wave, CLOCK_HZ, BAUD), msg);
}

#[test]
fn console_fifo_takes_a_line_without_stalling() {
    // The board's 512-byte FIFO swallows a long print at once.
    let msg: Vec<u8> = (0..200u8).map(|i| b'0' + (i % 10)).collect();
    let (wave, max_stall) = run::<9, 10>(&msg, 30_000);
    assert_eq!(max_stall, 0);
    let got = decode(&wave, CLOCK_HZ, BAUD);
    assert!(got.len() >= 10 && msg.starts_with(&got), "{got:?}");
}

/// The generated Verilog behaves as the Rust model: run it in iverilog with a
/// testbench that offers bytes whenever `ready` is high, decode the line.
#[test]
fn verilog_sends_the_same_bytes() {
    use std::process::Command;
    assert!(
        Command::new("iverilog").arg("-V").output().is_ok(),
        "iverilog is missing: run `make tools`"
    );
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("icebreaker-uart-cosim");
    std::fs::create_dir_all(&dir).unwrap();
    let msg: Vec<u8> = b"PySM\r\n\x00\xff\x80\x01 burst past a 16-byte FIFO".to_vec();
    let bit = CLOCK_HZ / BAUD;
    let cycles = (msg.len() as u64 + 2) * 10 * bit;
    let mut uut = UartTx::<4, 5>::new(CLOCK_HZ, BAUD).unwrap();
    uut.clock.connect();
    uut.data.connect();
    uut.valid.connect();
    uut.connect_all();
    std::fs::write(dir.join("uart.v"), generate_verilog(&uut)).unwrap();
    let hex: String = msg.iter().map(|b| format!("{b:02x}\n")).collect();
    std::fs::write(dir.join("msg.hex"), hex).unwrap();
    let tb = format!(
        r#"`timescale 1ns/1ps
module tb;
  reg clock = 0; reg [7:0] data = 0; reg valid = 0;
  wire ready; wire tx;
  top dut(.clock(clock), .data(data), .valid(valid), .ready(ready), .tx(tx));
  reg [7:0] msg [0:{last}];
  integer next = 0; integer cycle; integer f;
  initial begin
    $readmemh("msg.hex", msg);
    f = $fopen("wave.txt", "w");
    for (cycle = 0; cycle < {cycles}; cycle = cycle + 1) begin
      #1 valid = (next < {n}) && ready;
      data = (next < {n}) ? msg[next] : 8'h00;
      #1 clock = 1;
      if (valid) next = next + 1;
      #1 $fwrite(f, "%0d", tx);
      #1 clock = 0;
    end
    $fclose(f);
    if (next != {n}) $display("ERROR: only %0d bytes accepted", next);
    $finish;
  end
endmodule
"#,
        last = msg.len() - 1,
        n = msg.len(),
    );
    std::fs::write(dir.join("tb.v"), tb).unwrap();
    let wave = common::iverilog_wave(&dir, &[], &["uart.v"]);
    assert_eq!(wave.len() as u64, cycles);
    assert_eq!(decode(&wave, CLOCK_HZ, BAUD), msg);
    // Cycle for cycle the same line as the Rust model.
    let (rust_wave, _) = run::<4, 5>(&msg, cycles as usize);
    assert_eq!(wave, rust_wave);
}
