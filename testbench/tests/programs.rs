//! Every `tests/programs/*.py`, compiled, in lockstep on the emulator and the
//! RTL, with stdout equal to CPython's; and `examples/gpio_toggle.py` for a
//! bounded number of cycles.

use pysm_emu::traceback::traceback;
use pysm_emu::Outcome;
use pysm_testbench::lockstep;
use std::path::PathBuf;
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

#[test]
fn programs_match_emulator_and_cpython() {
    let dir = root().join("tests/programs");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "py"));
    files.sort();
    let mut failures = Vec::new();
    for path in &files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let src = std::fs::read_to_string(path).unwrap();
        let image = match pysm_compiler::compile(&src, &format!("tests/programs/{name}")) {
            Ok(i) => i,
            Err(e) => {
                failures.push(format!("{name}: does not compile: {e}"));
                continue;
            }
        };
        let r = match lockstep(&image, &|_| {}, Some(20_000_000)) {
            Ok(r) => r,
            Err(m) => {
                failures.push(format!("{name}: {m}"));
                continue;
            }
        };
        if r.outcome != Outcome::Halted {
            failures.push(format!("{name}: ended with {:?}", r.outcome));
            continue;
        }
        let out: Vec<u8> = r.console.iter().map(|x| x.1).collect();
        // Programs that use MicroPython-only modules (time.ticks_diff, machine)
        // do not run on CPython: their stdout is checked by lockstep only.
        if let Ok(py) = Command::new("python3").arg(path).output() {
            if py.status.success() && py.stdout != out {
                failures.push(format!(
                    "{name}: stdout differs from python3:\n--- python3\n{}\n--- pysm\n{}",
                    String::from_utf8_lossy(&py.stdout),
                    String::from_utf8_lossy(&out)
                ));
                continue;
            }
        }
        eprintln!(
            "{name}: ok, {} cycles, {} instructions",
            r.cycles, r.instret
        );
    }
    eprintln!("{} programs", files.len());
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn gpio_toggle_example() {
    let path = root().join("examples/gpio_toggle.py");
    let src = std::fs::read_to_string(&path).unwrap();
    let image = pysm_compiler::compile(&src, "examples/gpio_toggle.py")
        .unwrap_or_else(|e| panic!("gpio_toggle.py: {e}"));
    let r = lockstep(&image, &|_| {}, Some(20_000)).unwrap_or_else(|m| panic!("gpio_toggle: {m}"));
    assert_eq!(r.outcome, Outcome::OutOfCycles);
    assert!(r.gpio_trace.lines().count() > 100, "{}", r.gpio_trace);
}

/// Simulated cycles per second of the RTL (`simulate()` loop), printed.
#[test]
fn rtl_speed() {
    let src = "i = 0\nwhile i < 30000:\n    i = i + 1\n";
    let image = pysm_compiler::compile(src, "speed.py").expect("compiles");
    let mut env = pysm_emu::GpioEnv::new();
    let mut con = Vec::new();
    let t = std::time::Instant::now();
    let r = pysm_testbench::run_rtl(&image, &mut env, &mut con, Some(300_000), &mut |_| {});
    let dt = t.elapsed().as_secs_f64();
    eprintln!(
        "RTL simulation: {} cycles in {:.2} s = {:.0} cycles/s",
        r.sim_cycles,
        dt,
        r.sim_cycles as f64 / dt
    );
    // The loop outlasts the limit: the simulation ran all the cycles asked for.
    assert_eq!(r.outcome, pysm_emu::Outcome::OutOfCycles);
    let (m, o) = pysm_emu::run(
        &image,
        &mut pysm_emu::GpioEnv::new(),
        &mut Vec::new(),
        Some(300_000),
        &mut |_| {},
    );
    assert_eq!((o, m.cycle), (r.outcome, r.cycles));
}

/// `tests/lang/*.py` (strings, objects, the collector, runtime errors) in
/// lockstep on the emulator and the RTL, stdout equal to CPython's and the
/// same traceback after an uncaught error. `gc_churn.py` runs for 94 M
/// cycles: Verilator runs it whole (`tests/verilator.rs`), here it runs
/// for its first 2 M cycles.
#[test]
fn lang_programs_match_emulator_and_cpython() {
    let dir = root().join("tests/lang");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "py"));
    files.sort();
    assert!(files.len() >= 8, "{} programs", files.len());
    let mut failures = Vec::new();
    for path in &files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let src = std::fs::read_to_string(path).unwrap();
        let rel = format!("tests/lang/{name}");
        let image = pysm_compiler::compile(&src, &rel).unwrap_or_else(|e| panic!("{name}: {e}"));
        let long = name == "gc_churn.py";
        let max = if long { 2_000_000 } else { 20_000_000 };
        let r = match lockstep(&image, &|_| {}, Some(max)) {
            Ok(r) => r,
            Err(m) => {
                failures.push(format!("{name}: {m}"));
                continue;
            }
        };
        let out: Vec<u8> = r.console.iter().map(|x| x.1).collect();
        let py = Command::new("python3").arg(path).output().expect("python3");
        match r.outcome {
            Outcome::OutOfCycles if long => {
                if !py.stdout.starts_with(&out) {
                    failures.push(format!("{name}: stdout is not a prefix of python3's"));
                }
            }
            Outcome::Halted | Outcome::Faulted(_) => {
                if py.stdout != out {
                    failures.push(format!(
                        "{name}: stdout differs from python3:\n--- python3\n{}\n--- pysm\n{}",
                        String::from_utf8_lossy(&py.stdout),
                        String::from_utf8_lossy(&out)
                    ));
                }
                if py.status.success() != (r.outcome == Outcome::Halted) {
                    failures.push(format!("{name}: ended with {:?}", r.outcome));
                }
                // The traceback from the RTL's state (the shadows of its
                // memories, return stack with trap frames) is the emulator's.
                if let Outcome::Faulted(f) = r.outcome {
                    let mut env = pysm_emu::GpioEnv::new();
                    let (m, _) =
                        pysm_emu::run(&image, &mut env, &mut Vec::new(), Some(max), &mut |_| {});
                    let rtl = pysm_testbench::run_rtl(
                        &image,
                        &mut pysm_emu::GpioEnv::new(),
                        &mut Vec::new(),
                        Some(max),
                        &mut |_| {},
                    );
                    let tb = |m: &pysm_emu::Machine| traceback(m, f, &image, Some(&src));
                    if tb(&m) != tb(&rtl.state) {
                        failures.push(format!(
                            "{name}: traceback differs:\n{}\n---\n{}",
                            tb(&m),
                            tb(&rtl.state)
                        ));
                    }
                }
            }
            o => failures.push(format!("{name}: ended with {o:?}")),
        }
        eprintln!(
            "{name}: ok, {} cycles, {} instructions",
            r.cycles, r.instret
        );
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
