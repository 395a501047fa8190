//! The boot port: a Soc built with one program, running, gets another one
//! through the port and then runs it exactly as the emulator does (every
//! retired instruction, the cycle count, console and GPIO), in the rust-hdl
//! simulation and in the generated Verilog under iverilog.

use pysm_emu::Outcome;
use pysm_isa::Image;
use pysm_testbench::verilog::{iverilog_boot_events, sim_events};
use pysm_testbench::{lockstep_on, run_sim, RtlSim};
use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn compile(path: &str) -> Image {
    let src = std::fs::read_to_string(root().join(path)).unwrap();
    pysm_compiler::compile(&src, path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The GPIO toggle loop runs (pins driven, the cycle counter going) when
/// the boot starts: none of it may leak into the loaded program.
const WARMUP: u64 = 700;

fn boot_lockstep(a: &Image, b: &Image, max: u64) -> pysm_testbench::SideResult {
    lockstep_on(b, &|_| {}, Some(max), &|img, env, con, max, obs| {
        run_sim(RtlSim::booted(a, WARMUP, img), img, env, con, max, obs)
    })
    .unwrap_or_else(|m| panic!("{m}"))
}

#[test]
fn boot_loads_and_runs_another_program() {
    let a = compile("examples/gpio_toggle.py");
    let b = compile("tests/programs/13_calls.py");
    let r = boot_lockstep(&a, &b, 2_000_000);
    assert_eq!(r.outcome, Outcome::Halted);
    assert!(r.instret > 100);
    // A fault after a boot gives the emulator's traceback state (lockstep
    // compares the registers), and GPIO from a booted program.
    let f = compile("tests/faults/recursion.py");
    let r = boot_lockstep(&a, &f, 2_000_000);
    assert!(matches!(r.outcome, Outcome::Faulted(_)), "{:?}", r.outcome);
    let g = compile("examples/gpio_toggle.py");
    let r = boot_lockstep(&b, &g, 3_000);
    assert!(r.gpio_trace.lines().count() > 100, "{}", r.gpio_trace);
}

#[test]
fn boot_in_iverilog_matches_rust_hdl() {
    let a = compile("examples/gpio_toggle.py");
    let b = compile("tests/programs/12_print.py");
    let dir = root().join("target/cosim/boot");
    let max = 200_000;
    let rtl = sim_events(RtlSim::booted(&a, WARMUP, &b), max);
    let ver = iverilog_boot_events(&a, WARMUP, Some(&b), max, &dir).unwrap();
    // The first instruction retired is the new program's entry.
    let first_pc = rtl.lines().next().and_then(|l| l.split(' ').nth(2));
    assert_eq!(
        first_pc,
        Some(format!("{:04x}", b.entry).as_str()),
        "{rtl:.200}"
    );
    assert!(rtl.contains("\nH "), "the program did not halt");
    if rtl != ver {
        let (i, (x, y)) = rtl
            .lines()
            .zip(ver.lines())
            .enumerate()
            .find(|(_, (x, y))| x != y)
            .unwrap_or((0, ("(length)", "(length)")));
        panic!("rust-hdl and Verilog differ at line {i}:\n  rtl:     {x}\n  verilog: {y}");
    }
}
