//! The board top with its boot controller and boot loader, simulated in
//! rust-hdl and driven through its UART pins the way `pysm flash` drives
//! the board: the loader takes an image from the receive line, answers on
//! the transmit line and starts the program, whose output follows with EOT;
//! it loads code, data and static heap words; it refuses corrupt,
//! truncated, mismatched and oversized images with a message and both
//! LEDs; a fault is reported with its code and pc, and the red LED.
//!
//! The clock is 64 cycles per bit at 115200 baud (7.3728 MHz) so that the
//! simulation stays short; the loader needs about 500 cycles per byte.

mod common;

use pysm_emu::Outcome;
use pysm_icebreaker::loader::{self, ERR_CRC, ERR_SIZE, ERR_TRUNCATED, ERR_VERSION};
use pysm_icebreaker::{ClockPlan, LoaderTop, PllConfig};
use pysm_isa::io::{clocks_per_bit, BOOT_ERROR, BOOT_OK};
use pysm_isa::Image;
use rust_hdl::prelude::*;
use std::collections::VecDeque;

const HZ: u64 = 115_200 * 64;
/// Cycles without a byte before an image counts as truncated: 8 bytes' time.
const TIMEOUT: u64 = 8 * 10 * 64;

fn compile(src: &str) -> Image {
    pysm_compiler::compile(src, "boot.py").unwrap_or_else(|e| panic!("{e}"))
}

/// What `pysm flash` sends: the image without its debug section.
fn wire(image: &Image) -> Vec<u8> {
    let mut bare = image.clone();
    bare.debug = Default::default();
    bare.to_bytes()
}

struct Board {
    top: Box<LoaderTop>,
    /// The receive line, one level per cycle still to come.
    host: VecDeque<bool>,
    /// The transmit line's decoder: cycles since the start bit, bits.
    rx_at: Option<u64>,
    rx_byte: u8,
    got: Vec<u8>,
    seen: usize,
    div: u64,
}

impl Board {
    fn new(baked: &Image) -> Board {
        let plan = ClockPlan::Pll(PllConfig {
            divr: 0,
            divf: 0,
            divq: 0,
            filter_range: 0,
            fout_mhz: HZ as f64 / 1e6,
        });
        let image = loader::install(baked, TIMEOUT).unwrap();
        let soc = pysm_cpu::Soc::with_clock(&image, HZ);
        let mut top = Box::new(LoaderTop::with_loader(soc, plan).unwrap());
        top.connect_all();
        check_all(&*top).unwrap();
        top.uart_rx.next = true;
        top.clk12.next = false.into();
        assert!(simulate(&mut *top, 1000));
        Board {
            top,
            host: VecDeque::new(),
            rx_at: None,
            rx_byte: 0,
            got: Vec::new(),
            seen: 0,
            div: clocks_per_bit(HZ),
        }
    }

    fn send(&mut self, bytes: &[u8]) {
        for &b in bytes {
            let bits = std::iter::once(false)
                .chain((0..8).map(|i| b >> i & 1 == 1))
                .chain(std::iter::once(true));
            for level in bits {
                self.host
                    .extend(std::iter::repeat_n(level, self.div as usize));
            }
        }
    }

    fn run(&mut self, cycles: u64) {
        for _ in 0..cycles {
            self.top.uart_rx.next = self.host.pop_front().unwrap_or(true);
            self.top.clk12.next = true.into();
            assert!(simulate(&mut *self.top, 1000));
            self.top.clk12.next = false.into();
            assert!(simulate(&mut *self.top, 1000));
            // Decode the transmit line, sampling each bit in its middle.
            let tx = self.top.uart_tx.val();
            match self.rx_at {
                None if !tx => self.rx_at = Some(0),
                None => {}
                Some(t) => {
                    let t = t + 1;
                    self.rx_at = Some(t);
                    if t % self.div == self.div / 2 {
                        let bit = t / self.div;
                        if (1..=8).contains(&bit) && tx {
                            self.rx_byte |= 1 << (bit - 1);
                        }
                        if bit == 9 {
                            assert!(tx, "framing error on the transmit line");
                            self.got.push(self.rx_byte);
                            self.rx_byte = 0;
                            self.rx_at = None;
                        }
                    }
                }
            }
        }
    }

    /// Run until the transmit line has said `want` (from where the last
    /// call stopped), or fail after `max` cycles.
    fn expect(&mut self, want: &str, max: u64) {
        let mut spent = 0;
        loop {
            let got = String::from_utf8_lossy(&self.got[self.seen..]).into_owned();
            if got.len() >= want.len() {
                assert_eq!(got[..want.len()], *want, "transmitted");
                self.seen += want.len();
                return;
            }
            assert!(
                spent < max,
                "after {spent} cycles only {got:?}, want {want:?}"
            );
            self.run(1000);
            spent += 1000;
        }
    }

    /// Red and green LEDs lit (pin ids 0 and 1, active low).
    fn leds(&self) -> (bool, bool) {
        let p = self.top.gpio.gpio_out.val().to_u64();
        let d = self.top.gpio.gpio_dir.val().to_u64();
        (d & 1 == 1 && p & 1 == 0, d & 2 == 2 && p & 2 == 0)
    }
}

fn emulator(image: &Image) -> (String, Outcome, u32) {
    let (out, o, m) = common::emulate(image);
    (out, o, m.pc)
}

fn refusal(why: &str) -> String {
    format!("{BOOT_ERROR}{why}\n")
}

/// A hand-written program that prints data word 40 (a small int) and
/// heap word 2 (a character), so the test sees both sections loaded.
fn sections_image() -> Image {
    let code = pysm_isa::asm::assemble(
        "LOAD_GLOBAL 40\nIO_WRITE 0\nPUSH_INT 1\nPTR\nPUSH_INT 1\nLOAD_ITEM\nIO_WRITE 0\nHALT\n",
    )
    .unwrap();
    let mut data = vec![0u32; 41];
    data[40] = pysm_isa::value::int(b'D' as i64);
    Image {
        entry: 0,
        code,
        data,
        heap: vec![
            0,
            0x1234_5678,
            pysm_isa::value::int(b'H' as i64),
            0xFFFF_FFFF,
        ],
        debug: Default::default(),
    }
}

#[test]
fn loads_runs_and_refuses_images() {
    let baked = compile("print(7)\n");
    let mut b = Board::new(&baked);
    // The baked program runs at power-up and ends with EOT.
    b.expect("7\n\u{4}", 100_000);
    assert_eq!(b.leds(), (false, false));

    // A good image: the answer, then the program's output and EOT.
    let prog = compile("print(12)\nprint(345)\n");
    let (want, _, _) = emulator(&prog);
    b.send(&wire(&prog));
    b.expect(BOOT_OK, 2_000_000);
    b.expect(&format!("{want}\u{4}"), 100_000);

    // Data and heap words.
    b.send(&wire(&sections_image()));
    b.expect(BOOT_OK, 200_000);
    b.expect("DH\u{4}", 10_000);

    // A corrupt body: refused, both LEDs on.
    let mut bad = wire(&prog);
    let n = bad.len();
    bad[n - 3] ^= 0x20;
    b.send(&bad);
    b.expect(&refusal(ERR_CRC), 2_000_000);
    b.run(2 * TIMEOUT);
    assert_eq!(b.leds(), (true, true));
    assert!(b.top.soc.halted.val());

    // A good image after a refusal loads.
    b.send(&wire(&prog));
    b.expect(BOOT_OK, 2_000_000);
    b.expect(&format!("{want}\u{4}"), 100_000);

    // Another format version.
    let mut v3 = wire(&prog);
    v3[4] = 3;
    b.send(&v3[..32]);
    b.expect(&refusal(ERR_VERSION), 100_000);
    b.run(2 * TIMEOUT);

    // Code too big for the code memory under the loader.
    let mut big = wire(&prog);
    big[12..16].copy_from_slice(&((pysm_icebreaker::CODE_WORDS as u32) - 100).to_le_bytes());
    b.send(&big[..32]);
    b.expect(&refusal(ERR_SIZE), 100_000);
    b.run(2 * TIMEOUT);

    // Truncated: half the image, then silence.
    let half = wire(&prog);
    b.send(&half[..half.len() / 2]);
    b.expect(&refusal(ERR_TRUNCATED), 2_000_000);
}

#[test]
fn a_fault_is_reported_with_its_pc() {
    // `1 + None` with no runtime library: a fault, not an exception.
    let code = pysm_isa::asm::assemble(
        "PUSH_INT 5\nIO_WRITE 0\nPUSH_INT 1\nPUSH_IMM 0\nBINARY add\nHALT\n",
    )
    .unwrap();
    let image = Image {
        entry: 0,
        code,
        data: vec![0; 32],
        heap: vec![],
        debug: Default::default(),
    };
    let (want, outcome, pc) = emulator(&image);
    let Outcome::Faulted(fault) = outcome else {
        panic!("{outcome:?}")
    };
    let mut b = Board::new(&image);
    b.expect(
        &format!(
            "{want}\npysm: fault 0x{:02x} at pc 0x{pc:04x}\n\u{4}",
            fault as u32
        ),
        200_000,
    );
    b.run(10);
    assert_eq!(b.leds(), (true, false));
    // The loader is awake after a fault: an image loads.
    let prog = compile("print(9)\n");
    b.send(&wire(&prog));
    b.expect(BOOT_OK, 2_000_000);
    b.expect("9\n\u{4}", 100_000);
    assert_eq!(b.leds(), (false, false));
}
