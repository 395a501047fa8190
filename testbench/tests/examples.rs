//! Every program in `examples/` runs in lockstep on the emulator and the RTL
//! (with the jumpers and button presses it needs), and its figures are
//! printed: the ones in the README's results table.

use pysm_emu::{GpioEnv, Outcome};
use pysm_testbench::{lockstep, SideResult};
use std::path::PathBuf;
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn run(name: &str, setup: &dyn Fn(&mut GpioEnv), max_cycles: u64) -> SideResult {
    let path = root().join("examples").join(name);
    let src = std::fs::read_to_string(&path).unwrap();
    let image = pysm_compiler::compile(&src, &format!("examples/{name}"))
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    lockstep(&image, setup, Some(max_cycles)).unwrap_or_else(|m| panic!("{name}: {m}"))
}

fn python3(name: &str) -> String {
    let o = Command::new("python3")
        .arg(root().join("examples").join(name))
        .output()
        .expect("python3 runs");
    assert!(o.status.success());
    String::from_utf8(o.stdout).unwrap()
}

fn text(r: &SideResult) -> String {
    String::from_utf8(r.console.iter().map(|c| c.1).collect()).unwrap()
}

/// Rising edges of `pin` in a gpio trace.
fn rises(trace: &str, pin: &str) -> Vec<u64> {
    trace
        .lines()
        .filter_map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            (f.len() == 3 && f[1] == pin && f[2] == "1").then(|| f[0].parse().unwrap())
        })
        .collect()
}

/// (min, max) of the periods between successive rising edges.
fn periods(trace: &str, pin: &str) -> (u64, u64) {
    let r = rises(trace, pin);
    assert!(r.len() > 10, "{pin} hardly toggles:\n{trace}");
    let p: Vec<u64> = r.windows(2).skip(1).map(|w| w[1] - w[0]).collect();
    (*p.iter().min().unwrap(), *p.iter().max().unwrap())
}

const EXAMPLES: &[&str] = &[
    "blink.py",
    "button_led.py",
    "fib.py",
    "gpio_roundtrip.py",
    "gpio_toggle.py",
    "hello_uart.py",
    "ring_oscillator.py",
];

#[test]
fn every_example_is_tested_here() {
    let mut found: Vec<String> = std::fs::read_dir(root().join("examples"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".py"))
        .collect();
    found.sort();
    assert_eq!(found, EXAMPLES);
}

#[test]
fn toggle_has_a_fixed_period() {
    let r = run("gpio_toggle.py", &|_| {}, 5_000);
    assert_eq!(r.outcome, Outcome::OutOfCycles);
    let (lo, hi) = periods(&r.gpio_trace, "LED1");
    assert_eq!(lo, hi, "jitter");
    eprintln!("gpio_toggle: {hi} cycles per period");
}

#[test]
fn round_trip_prints_its_cycles() {
    let r = run(
        "gpio_roundtrip.py",
        &|e| e.add_loopback("P1A1=P1A2").unwrap(),
        100_000,
    );
    assert_eq!(r.outcome, Outcome::Halted);
    let cycles: u64 = text(&r).trim().parse().unwrap();
    // At least the pads' latency: output register, jumper, synchroniser.
    let pads = pysm_isa::io::OUT_LATENCY + pysm_isa::io::LOOPBACK_DELAY + pysm_isa::io::IN_LATENCY;
    assert!((pads..=20).contains(&cycles), "{cycles}");
    eprintln!("gpio_roundtrip: {cycles} cycles");
}

#[test]
fn ring_oscillator_oscillates_without_jitter() {
    let r = run(
        "ring_oscillator.py",
        &|e| e.add_loopback("P1A1=P1A2").unwrap(),
        5_000,
    );
    assert_eq!(r.outcome, Outcome::OutOfCycles);
    let (lo, hi) = periods(&r.gpio_trace, "P1A1");
    assert_eq!(lo, hi, "jitter");
    eprintln!("ring_oscillator: {hi} cycles per period");
}

#[test]
fn button_drives_the_led() {
    let presses = "cycle,pin,value\n200,BTN1,1\n400,BTN1,0\n600,BTN_N,0\n800,BTN_N,1\n";
    let r = run(
        "button_led.py",
        &|e| e.load_inputs(presses, "presses").unwrap(),
        1_000,
    );
    let t = &r.gpio_trace;
    let change = |pin: &str, level: &str, after: u64| -> u64 {
        t.lines()
            .filter_map(|l| {
                let f: Vec<&str> = l.split(',').collect();
                (f.len() == 3 && f[1] == pin && f[2] == level).then(|| f[0].parse::<u64>().unwrap())
            })
            .find(|&c| c > after)
            .unwrap_or_else(|| panic!("{pin} never goes to {level} after {after}:\n{t}"))
    };
    let lat = [
        change("LED1", "1", 200) - 200,
        change("LED1", "0", 400) - 400,
        change("LEDR_N", "0", 600) - 600,
        change("LEDR_N", "1", 800) - 800,
    ];
    assert!(lat.iter().all(|&l| l < 40), "{lat:?}");
    eprintln!("button_led: the LEDs follow the buttons after {lat:?} cycles");
}

#[test]
fn hello_uart_prints_what_python_prints() {
    let r = run("hello_uart.py", &|_| {}, 1_000_000);
    assert_eq!(r.outcome, Outcome::Halted);
    assert_eq!(text(&r), python3("hello_uart.py"));
}

/// fib(20) takes 460 k cycles: the emulator only (the RTL runs the same
/// instructions in `tests/programs`).
#[test]
fn fib_prints_what_python_prints() {
    let src = std::fs::read_to_string(root().join("examples/fib.py")).unwrap();
    let image = pysm_compiler::compile(&src, "examples/fib.py").unwrap();
    let mut env = GpioEnv::new();
    let mut out = Vec::new();
    let (_, o) = pysm_emu::run(&image, &mut env, &mut out, None, &mut |_| {});
    assert_eq!(o, Outcome::Halted);
    assert_eq!(String::from_utf8(out).unwrap(), python3("fib.py"));
}

/// `blink.py`: LED1 toggles every 250 ms of the microsecond timer. The
/// emulator runs a few periods (the RTL would take minutes); the RTL agrees
/// with it in lockstep on the first toggle and the start of the wait.
#[test]
fn blink_has_a_half_second_period() {
    use pysm_isa::io::{us_at, DEFAULT_CLOCK_HZ};
    let path = root().join("examples/blink.py");
    let src = std::fs::read_to_string(&path).unwrap();
    let image = pysm_compiler::compile(&src, "examples/blink.py").unwrap();
    let mut env = GpioEnv::new();
    let buf = pysm_testbench::SharedBuf::default();
    env.set_trace(Box::new(buf.clone())).unwrap();
    let max = 2 * DEFAULT_CLOCK_HZ;
    let (_, o) = pysm_emu::run(&image, &mut env, &mut Vec::new(), Some(max), &mut |_| {});
    assert_eq!(o, Outcome::OutOfCycles);
    let r = rises(&buf.text(), "LED1");
    assert_eq!(r.len(), 4, "{}", buf.text());
    for w in r.windows(2) {
        let us = us_at(w[1], DEFAULT_CLOCK_HZ) - us_at(w[0], DEFAULT_CLOCK_HZ);
        assert!((500_000..500_050).contains(&us), "period {us} us");
    }
    eprintln!(
        "blink: LED1 period {} cycles = {} us at {} Hz",
        r[1] - r[0],
        us_at(r[1], DEFAULT_CLOCK_HZ) - us_at(r[0], DEFAULT_CLOCK_HZ),
        DEFAULT_CLOCK_HZ
    );
    let r = run("blink.py", &|_| {}, 100_000);
    assert_eq!(r.outcome, Outcome::OutOfCycles);
    assert_eq!(rises(&r.gpio_trace, "LED1").len(), 1);
}
