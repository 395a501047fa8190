//! The language on the emulator: every `tests/lang/*.py` runs with `pysm run`
//! and with `python3`; stdout must be byte for byte the same, and so must the
//! exit status and, when CPython raises, the whole traceback on stderr
//! (frames, source lines, caret lines and the exception), but for the count
//! of a recursion's folded frames (the depths differ). A program with a
//! `NAME.in` file next to it gets it as stdin on both (`pysm run` sends it
//! on the UART's receive line).
//!
//! The CPU runs them too: `testbench/tests/verilator.rs` runs every one in
//! lockstep with the emulator.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

mod common;
use common::*;

fn run(cmd: &mut Command) -> Output {
    cmd.output().expect("cannot run the command")
}

/// A traceback with the count of folded recursive frames left out.
fn traceback(err: &str) -> String {
    err.lines()
        .map(|l| match l.strip_prefix("  [Previous line repeated ") {
            Some(_) => "  [Previous line repeated N more times]",
            None => l,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The Python programs of `dir`, sorted.
fn py_files(dir: &std::path::Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    files.sort();
    files
}

#[test]
fn language_programs_match_cpython() {
    let dir = root().join("tests/lang");
    let files = py_files(&dir);
    assert!(files.len() >= 8, "too few programs in {}", dir.display());
    let mut failures = Vec::new();
    for f in &files {
        let stdin = || match std::fs::File::open(f.with_extension("in")) {
            Ok(file) => Stdio::from(file),
            Err(_) => Stdio::null(),
        };
        let py = run(Command::new("python3").arg(f).stdin(stdin()));
        let us = run(Command::new(env!("CARGO_BIN_EXE_pysm"))
            .arg("run")
            .arg(f)
            .stdin(stdin()));
        let name = f.file_name().unwrap().to_string_lossy().into_owned();
        let (pe, ue) = (text(&py.stderr), text(&us.stderr));
        if py.stdout != us.stdout {
            failures.push(format!(
                "{name}: stdout differs\n--- python3\n{}--- pysm\n{}{ue}",
                text(&py.stdout),
                text(&us.stdout)
            ));
        } else if py.status.code() != us.status.code() {
            failures.push(format!(
                "{name}: exit {:?} (python3) vs {:?} (pysm)\n{ue}",
                py.status.code(),
                us.status.code()
            ));
        } else if !py.status.success() && traceback(&pe) != traceback(&ue) {
            failures.push(format!(
                "{name}: traceback differs\n--- python3\n{pe}--- pysm\n{ue}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    eprintln!("{} programs", files.len());
}

/// Allocation far beyond the heap with little live data runs; live data
/// beyond the heap raises MemoryError, with a traceback, exit 1.
#[test]
fn heap_exhaustion_is_memory_error() {
    let p = tmp_dir("lang").join("grow.py");
    std::fs::write(&p, "s = \"ab\"\nwhile True:\n    s = s + s\n").unwrap();
    let o = pysm(&[Path::new("run"), &p]);
    let err = text(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains("line 3, in <module>"), "{err}");
    assert!(
        err.trim_end()
            .ends_with("MemoryError: memory allocation failed, heap is full"),
        "{err}"
    );
}

/// Run a program that CPython cannot (MicroPython modules, exhausting the
/// heap) and return its stdout, asserting exit 0.
fn run_ok(name: &str, source: &str) -> String {
    let p = tmp_dir("lang").join(name);
    std::fs::write(&p, source).unwrap();
    let o = pysm(&[Path::new("run"), &p]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    text(&o.stdout)
}

/// MemoryError can be caught; after it the program goes on allocating.
#[test]
fn memory_error_is_catchable() {
    let out = run_ok(
        "catch_oom.py",
        "keep = []\ntry:\n    while True:\n        keep.append([0] * 100)\nexcept MemoryError as e:\n    \
         n = len(keep)\n    keep = None\n    print('caught', type(e).__name__, n > 20)\n\
         print(sum([len(str(i)) for i in range(500)]))\n",
    );
    assert_eq!(out, "caught MemoryError True\n1390\n");
}

/// The MicroPython modules: `micropython.const`, `gc.collect`,
/// `gc.mem_free` and `gc.mem_alloc` (free memory grows after a collection).
#[test]
fn micropython_modules() {
    let out = run_ok(
        "mpy.py",
        "import gc\nimport micropython\nfrom micropython import const\nN = const(5)\n\
         M = micropython.const(7)\nx = [list(range(20)) for i in range(50)]\nbefore = gc.mem_free()\n\
         x = None\ngc.collect()\nafter = gc.mem_free()\nprint(N + M, after > before, gc.mem_alloc() < 2000)\n\
         gc.enable()\ngc.disable()\n",
    );
    assert_eq!(out, "12 True True\n");
}

/// MicroPython's other `micropython` functions: the ones a program calls
/// for the port's sake do nothing; `mem_info` prints MicroPython's two
/// summary lines, with the heap's figures of `gc`; the rest are compile
/// errors.
#[test]
fn micropython_functions() {
    let out = run_ok(
        "mpfn.py",
        "import gc\nimport micropython\nfrom micropython import alloc_emergency_exception_buf, mem_info\n\
         print(alloc_emergency_exception_buf(100), micropython.kbd_intr(-1), micropython.opt_level())\n\
         print(micropython.stack_use() > 0)\nx = [0] * 100\nmem_info()\n\
         print(gc.mem_alloc() * 4, gc.mem_free() * 4)\n",
    );
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(&lines[..2], ["None None 0", "True"], "{out}");
    assert!(
        lines[2].starts_with("stack: ") && lines[2].ends_with(" out of 4096"),
        "{out}"
    );
    // The figures of mem_info and of gc agree: the same total (mem_info's
    // own strings are allocated between them).
    let nums = |l: &str| -> Vec<i64> {
        l.split(|c: char| !c.is_ascii_digit())
            .filter_map(|w| w.parse().ok())
            .collect()
    };
    let (info, gc) = (nums(lines[3]), nums(lines[4]));
    assert!(lines[3].starts_with("GC: total: "), "{out}");
    assert_eq!(info[0], info[1] + info[2], "{out}");
    assert_eq!(info[0], gc[0] + gc[1], "{out}");
    assert!(info[1] <= gc[0], "{out}");
    let p = tmp_dir("lang").join("heap_lock.py");
    std::fs::write(&p, "import micropython\nmicropython.heap_lock()\n").unwrap();
    let o = pysm(&[Path::new("run"), &p]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        text(&o.stderr).contains(":2:1: error: micropython.heap_lock is not supported"),
        "{}",
        text(&o.stderr)
    );
}

/// `@micropython.native` and `@micropython.viper` leave the function as it
/// is (PySM compiles every function the same way).
#[test]
fn micropython_decorators() {
    let out = run_ok(
        "mpy_deco.py",
        &[
            "import micropython",
            "@micropython.native",
            "def f(n):",
            "    return n * 2",
            "class A:",
            "    @micropython.viper",
            "    def g(self, n):",
            "        return n + 1",
            "    @micropython.native",
            "    @staticmethod",
            "    def s():",
            "        return 'static'",
            "print(f(4), A().g(1), A.s(), f.__name__)",
            "",
        ]
        .join("\n"),
    );
    assert_eq!(out, "8 2 static f\n");
}

/// The `cycles=` figure of a `--stats` report.
fn stat_cycles(err: &str) -> u64 {
    err.split_whitespace()
        .find_map(|w| w.strip_prefix("cycles="))
        .and_then(|c| c.parse().ok())
        .unwrap_or(0)
}

/// The soak program: over 100 M cycles of allocation and collection; the
/// heap ends where it started (the program checks it with `gc.mem_free`).
#[test]
fn soak_program_on_the_emulator() {
    let p = root().join("tests/soak/soak.py");
    let o = pysm(&[Path::new("run"), Path::new("--stats"), &p]);
    let want = std::fs::read_to_string(root().join("tests/soak/soak.expected")).unwrap();
    assert_eq!(text(&o.stdout), want);
    let err = text(&o.stderr);
    assert!(stat_cycles(&err) > 100_000_000, "{err}");
}

/// The soak program on the CPU's generated Verilog (Verilator, about 90 s):
/// the same output as python3 (`soak.expected`) and the emulator's cycle
/// count exactly. `make soak` runs it; `make test-verilog` too.
#[test]
fn soak_program_on_verilator() {
    let p = root().join("tests/soak/soak.py");
    let want = std::fs::read_to_string(root().join("tests/soak/soak.expected")).unwrap();
    let emu = pysm(&[Path::new("run"), Path::new("--stats"), &p]);
    let cpu = pysm(&[
        Path::new("sim"),
        Path::new("--verilator"),
        Path::new("--stats"),
        &p,
    ]);
    let err = text(&cpu.stderr);
    assert!(cpu.status.success(), "{err}");
    assert_eq!(text(&cpu.stdout), want);
    let cycles = stat_cycles(&err);
    assert!(cycles > 100_000_000, "{err}");
    assert_eq!(cycles, stat_cycles(&text(&emu.stderr)), "{err}");
}

/// Run `pysm` with a file as stdin.
fn pysm_stdin(args: &[&str], file: &Path) -> Output {
    run(Command::new(env!("CARGO_BIN_EXE_pysm"))
        .args(args)
        .stdin(std::fs::File::open(file).unwrap()))
}

/// The `machine.UART` programs (`tests/uart`), which CPython cannot run:
/// each states its stdout in its header (`# | line`) and has a `NAME.in`
/// stdin, which the host model sends on the receive line; what a read
/// finds depends on when it runs, which the model makes exact.
#[test]
fn uart_programs() {
    let dir = root().join("tests/uart");
    let files = py_files(&dir);
    assert!(files.len() >= 2);
    for f in &files {
        let src = std::fs::read_to_string(f).unwrap();
        let want: String = src
            .lines()
            .filter_map(|l| l.strip_prefix("# | "))
            .map(|l| format!("{l}\n"))
            .collect();
        let o = pysm_stdin(&["run", f.to_str().unwrap()], &f.with_extension("in"));
        assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
        assert_eq!(text(&o.stdout), want, "{}", f.display());
    }
}

/// A program that reads stdin gives python3's stdout on `pysm run`, `pysm
/// sim` and `pysm sim --verilator`, in the same number of cycles (the
/// host model is the same on the three).
#[test]
fn input_on_run_sim_and_verilator() {
    let f = root().join("tests/lang/input_lines.py");
    let input = f.with_extension("in");
    let py = run(Command::new("python3")
        .arg(&f)
        .stdin(std::fs::File::open(&input).unwrap()));
    let mut cycles = Vec::new();
    for args in [
        &["run", "--stats"][..],
        &["sim", "--stats"],
        &["sim", "--verilator", "--stats"],
    ] {
        let mut a = args.to_vec();
        a.push(f.to_str().unwrap());
        let o = pysm_stdin(&a, &input);
        let err = text(&o.stderr);
        assert!(o.status.success(), "{args:?}: {err}");
        assert_eq!(text(&o.stdout), text(&py.stdout), "{args:?}");
        cycles.push(stat_cycles(&err));
    }
    assert!(cycles[0] > 10_000, "{cycles:?}");
    assert_eq!(cycles[0], cycles[1], "run vs sim");
    assert_eq!(cycles[0], cycles[2], "run vs sim --verilator");
}
