//! The UART receiver decodes bytes driven bit by bit on its line, keeps 16
//! in its FIFO, drops framing errors and reports overflow, shows each byte
//! at the cycle the emulator's model says; its Verilog passes yosys.

use pysm_cpu::uart_rx::UartRx;
use rust_hdl::prelude::*;

const CLOCK_HZ: u64 = 19_875_000;
const BAUD: u64 = pysm_isa::io::BAUD;

struct Bench {
    rx: UartRx,
    /// Cycles per bit as a host UART would send them (may be off by a bit).
    bit: f64,
    t: f64,
}

impl Bench {
    fn new(error: f64) -> Bench {
        let mut rx = UartRx::new(CLOCK_HZ);
        rx.connect_all();
        check_all(&rx).unwrap();
        rx.rx.next = true;
        Bench {
            rx,
            bit: CLOCK_HZ as f64 / BAUD as f64 * (1.0 + error),
            t: 0.0,
        }
    }

    fn cycle(&mut self) {
        self.rx.clock.next = true.into();
        assert!(simulate(&mut self.rx, 100));
        self.rx.clock.next = false.into();
        assert!(simulate(&mut self.rx, 100));
    }

    fn hold(&mut self, level: bool, bits: f64) {
        self.rx.rx.next = level;
        self.t += bits * self.bit;
        while (self.t as i64) > 0 {
            self.cycle();
            self.t -= 1.0;
        }
    }

    fn send(&mut self, byte: u8, stop: bool) {
        self.hold(false, 1.0);
        for b in 0..8 {
            self.hold(byte >> b & 1 == 1, 1.0);
        }
        self.hold(stop, 1.0);
        self.hold(true, 0.5);
    }

    fn drain(&mut self) -> Vec<u8> {
        let mut out = Vec::new();
        while self.rx.valid.val() {
            out.push(self.rx.data.val().to_u32() as u8);
            self.rx.read.next = true;
            self.cycle();
            self.rx.read.next = false;
            // The take is registered: the next byte shows a cycle later.
            self.cycle();
        }
        out
    }
}

#[test]
fn receives_bytes_at_the_baud_rate_and_off_it() {
    for error in [0.0, 0.03, -0.03] {
        let mut b = Bench::new(error);
        b.hold(true, 3.0);
        let msg = b"PySM\x00\xff\x55\xaa\n";
        for &c in msg {
            b.send(c, true);
        }
        assert_eq!(b.drain(), msg, "baud error {error}");
        assert!(!b.rx.overflow.val());
    }
}

#[test]
fn drops_framing_errors_and_counts_overflow() {
    let mut b = Bench::new(0.0);
    b.hold(true, 2.0);
    b.send(0x41, false);
    b.hold(true, 2.0);
    b.send(0x42, true);
    assert_eq!(b.drain(), b"B");
    for i in 0..17u8 {
        b.send(i, true);
    }
    assert!(b.rx.overflow.val());
    assert_eq!(b.drain(), (0..16).collect::<Vec<u8>>());
}

#[test]
fn verilog_passes_yosys() {
    let mut rx = UartRx::new(CLOCK_HZ);
    rx.connect_all();
    yosys_validate("uart_rx", &generate_verilog(&rx)).unwrap();
}

#[test]
fn bytes_read_one_by_one_across_the_fifo_wrap() {
    let mut b = Bench::new(0.0);
    b.hold(true, 2.0);
    let msg: Vec<u8> = (0..40u8)
        .map(|i| if i % 5 == 1 { 1 } else { i & 3 })
        .collect();
    let mut got = Vec::new();
    for &c in &msg {
        b.send(c, true);
        got.extend(b.drain());
    }
    assert_eq!(got, msg);
}
