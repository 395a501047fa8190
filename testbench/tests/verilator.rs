//! The generated Verilog under Verilator, in lockstep with the emulator:
//! every program of the suite (`tests/programs`, `tests/lang`, `tests/faults`,
//! `tests/gpio`, `tests/uart`, `examples`), instruction by instruction (the
//! retirement trace, outcome, cycle count, console bytes with their cycles,
//! GPIO changes), stdout equal to CPython's where CPython runs the program
//! (or to the `# | ` lines of its header), and the same traceback after a
//! fault. A program with a `NAME.in` file gets it on the UART's receive
//! line (and CPython as stdin). `make test-verilog` runs it.

use pysm_emu::traceback::traceback;
use pysm_emu::{GpioEnv, Outcome, UartHost};
use pysm_isa::io::DEFAULT_CLOCK_HZ;
use pysm_isa::Image;
use pysm_testbench::verilator::run_verilator;
use pysm_testbench::{lockstep_on, Mismatch, SideResult};
use std::path::{Path, PathBuf};
use std::process::Command;

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

fn py_files(dir: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join(dir))
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    files.sort();
    files
}

/// `# loopback: OUT=IN` header lines (the examples name theirs in a
/// `--loopback` usage comment).
fn loopbacks(src: &str) -> Vec<String> {
    src.lines()
        .take_while(|l| l.starts_with('#'))
        .filter_map(|l| {
            l.strip_prefix("# loopback:")
                .map(str::trim)
                .or_else(|| {
                    l.split("--loopback ")
                        .nth(1)
                        .and_then(|r| r.split_whitespace().next())
                })
                .map(String::from)
        })
        .collect()
}

/// Run one file on the emulator and the Verilator build in lockstep.
fn check_file(path: &Path, max: u64) -> Result<String, String> {
    let rel = path
        .strip_prefix(root())
        .unwrap_or(path)
        .display()
        .to_string();
    let src = std::fs::read_to_string(path).unwrap();
    let image = pysm_compiler::compile(&src, &rel).map_err(|e| format!("{rel}: {e}"))?;
    let lb = loopbacks(&src);
    let input = std::fs::read(path.with_extension("in")).ok();
    let setup = |env: &mut GpioEnv| {
        for l in &lb {
            env.add_loopback(l).unwrap();
        }
        if let Some(i) = &input {
            env.set_uart(UartHost::stdin(i.clone(), DEFAULT_CLOCK_HZ));
        }
    };
    let r = on_verilator(&image, &setup, Some(max)).map_err(|m| format!("{rel}: {m}"))?;
    let out: Vec<u8> = r.console.iter().map(|x| x.1).collect();
    match r.outcome {
        Outcome::Halted => {
            let want: String = src
                .lines()
                .filter_map(|l| l.strip_prefix("# | "))
                .map(|l| format!("{l}\n"))
                .collect();
            if !want.is_empty() && want.as_bytes() != out {
                return Err(format!("{rel}: stdout differs from its header"));
            }
            let stdin = || match std::fs::File::open(path.with_extension("in")) {
                Ok(f) => std::process::Stdio::from(f),
                Err(_) => std::process::Stdio::null(),
            };
            if let Ok(py) = Command::new("python3").arg(path).stdin(stdin()).output() {
                if py.status.success() && py.stdout != out {
                    return Err(format!("{rel}: stdout differs from python3"));
                }
            }
        }
        Outcome::Faulted(f) => {
            // The traceback from the Verilator state is the emulator's.
            let mut env = GpioEnv::new();
            setup(&mut env);
            let (m, _) = pysm_emu::run(&image, &mut env, &mut Vec::new(), Some(max), &mut |_| {});
            let mut env = GpioEnv::new();
            setup(&mut env);
            let v = run_verilator(
                &image,
                &mut env,
                &mut Vec::new(),
                Some(max),
                false,
                &mut |_| true,
            )?;
            let (a, b) = (
                traceback(&m, f, &image, Some(&src)),
                traceback(&v.state, f, &image, Some(&src)),
            );
            if a != b {
                return Err(format!("{rel}: traceback differs:\n{a}\n---\n{b}"));
            }
        }
        Outcome::OutOfCycles => {}
    }
    Ok(format!(
        "{rel}: {:?}, {} cycles, {} instructions",
        r.outcome, r.cycles, r.instret
    ))
}

fn check_all(files: &[PathBuf], max: u64) {
    let mut failures = Vec::new();
    for f in files {
        match check_file(f, max) {
            Ok(line) => eprintln!("{line}"),
            Err(e) => failures.push(e),
        }
    }
    assert!(!files.is_empty());
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn programs_on_verilator() {
    check_all(&py_files("tests/programs"), 20_000_000);
}

#[test]
fn faults_on_verilator() {
    let files = py_files("tests/faults");
    check_all(&files, 20_000_000);
}

/// The language suite (`tests/lang`): objects, exceptions, generators, the
/// runtime library's traps and fault handler, the collector. In two halves
/// (every other file), which the test harness runs in parallel.
fn lang_half(half: usize) {
    let files: Vec<PathBuf> = py_files("tests/lang")
        .into_iter()
        .enumerate()
        .filter(|(i, _)| i % 2 == half)
        .map(|(_, f)| f)
        .collect();
    check_all(&files, 400_000_000);
}

#[test]
fn lang_programs_on_verilator_1() {
    lang_half(0);
}

#[test]
fn lang_programs_on_verilator_2() {
    lang_half(1);
}

/// `machine.UART` (the programs of `tests/lang` that read stdin run with
/// the language suite).
#[test]
fn uart_programs_on_verilator() {
    check_all(&py_files("tests/uart"), 20_000_000);
}

#[test]
fn gpio_programs_on_verilator() {
    check_all(&py_files("tests/gpio"), 20_000_000);
}

/// The examples; the GPIO toggle loop and the blinker run forever, so for
/// 20,000 cycles (the blinker's first toggle and the start of its wait).
#[test]
fn examples_on_verilator() {
    let files = py_files("examples");
    let (forever, rest): (Vec<PathBuf>, Vec<PathBuf>) = files
        .into_iter()
        .partition(|p| p.ends_with("examples/gpio_toggle.py") || p.ends_with("examples/blink.py"));
    check_all(&rest, 20_000_000);
    assert_eq!(forever.len(), 2);
    check_all(&forever, 20_000);
}

/// Simulated cycles per second of the Verilator build, printed; its run is
/// the emulator's.
#[test]
fn verilator_speed() {
    let src = "i = 0\nwhile i < 3000000:\n    i = i + 1\n";
    let image = pysm_compiler::compile(src, "speed.py").expect("compiles");
    let max = 5_000_000;
    pysm_testbench::verilator::build().unwrap();
    let t = std::time::Instant::now();
    let r = run_verilator(
        &image,
        &mut GpioEnv::new(),
        &mut Vec::new(),
        Some(max),
        false,
        &mut |_| true,
    )
    .unwrap();
    let dt = t.elapsed().as_secs_f64();
    eprintln!(
        "Verilator: {} cycles in {:.2} s = {:.0} cycles/s",
        r.sim_cycles,
        dt,
        r.sim_cycles as f64 / dt
    );
    let (m, o) = pysm_emu::run(
        &image,
        &mut GpioEnv::new(),
        &mut Vec::new(),
        Some(max),
        &mut |_| {},
    );
    assert_eq!((o, m.cycle, m.instret), (r.outcome, r.cycles, r.instret));
    assert_eq!(r.outcome, Outcome::OutOfCycles);
}
