//! The devices of I/O ports 8..15: the microsecond and millisecond timers,
//! on the emulator, the RTL in lockstep (every value read is compared,
//! instruction by instruction) and the generated Verilog under Verilator.

use pysm_emu::Outcome;
use pysm_isa::io::{us_at, us_ratio, DEFAULT_CLOCK_HZ};
use pysm_isa::Image;
use pysm_testbench::verilator::run_verilator;
use pysm_testbench::{lockstep, lockstep_on, SideResult};

fn compile(src: &str) -> Image {
    pysm_compiler::compile(src, "devices.py").unwrap_or_else(|e| panic!("{e}"))
}

/// Emulator vs RTL, then emulator vs Verilator; both must agree and halt.
fn both(image: &Image, max: u64) -> (String, u64) {
    let rtl = lockstep(image, &|_| {}, Some(max)).unwrap_or_else(|m| panic!("rtl: {m}"));
    let ver = lockstep_on(image, &|_| {}, Some(max), &|img, env, con, max, obs| {
        run_verilator(img, env, con, max, true, obs).unwrap_or_else(|e| panic!("{e}"))
    })
    .unwrap_or_else(|m| panic!("verilator: {m}"));
    assert_eq!(rtl, ver);
    assert_eq!(rtl.outcome, Outcome::Halted);
    (text(&rtl), rtl.cycles)
}

fn text(r: &SideResult) -> String {
    String::from_utf8(r.console.iter().map(|x| x.1).collect()).unwrap()
}

#[test]
fn prescaler_is_exact() {
    assert_eq!(us_ratio(16_875_000), (8, 135));
    assert_eq!(us_ratio(12_000_000), (1, 12));
    assert_eq!(us_at(16_875_000, 16_875_000), 1_000_000);
    assert_eq!(us_at(134, 16_875_000), 7);
    assert_eq!(us_at(135, 16_875_000), 8);
}

/// The timers read what the prescaler formula gives at the cycle of the
/// read: a program prints ticks_us and ticks_ms after a wait, and the
/// values follow from the cycle counter read just before.
#[test]
fn timers_agree_everywhere() {
    let src = "from time import ticks_us, ticks_ms, sleep_ms, sleep_us, ticks_cpu\n\
               sleep_ms(3)\n\
               c = ticks_cpu()\n\
               u = ticks_us()\n\
               m = ticks_ms()\n\
               print(c)\nprint(u)\nprint(m)\n\
               sleep_us(1500)\n\
               print(ticks_ms())\n";
    let image = compile(src);
    let (out, _) = both(&image, 1_000_000);
    let v: Vec<u64> = out.lines().map(|l| l.parse().unwrap()).collect();
    // `ticks_us` is a few instructions after `ticks_cpu`: the us count of a
    // cycle just after it.
    let c = v[0];
    assert!(
        (us_at(c, DEFAULT_CLOCK_HZ)..=us_at(c + 8, DEFAULT_CLOCK_HZ)).contains(&v[1]),
        "{out}"
    );
    assert!(v[1] >= 3000 && v[1] < 3100, "{out}");
    assert_eq!(v[2], v[1] / 1000);
    assert_eq!(v[3], 4);
}

/// The sleeps last at least as long as asked and not much longer: the
/// program's cycles bound them from both sides.
#[test]
fn sleeps_last_as_long_as_asked() {
    let image = compile(include_str!("../../tests/programs/17_timers.py"));
    let (out, cycles) = both(&image, 2_000_000);
    assert_eq!(
        out,
        "True\nTrue\nTrue\nTrue\n2 -2\n3 1073741822 1073741823\n"
    );
    let us = us_at(cycles, DEFAULT_CLOCK_HZ);
    assert!((3250..3800).contains(&us), "{us} us");
}
