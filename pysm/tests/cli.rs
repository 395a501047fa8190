//! The command-line contract of `pysm run`, `pysm sim`, `pysm compile` and
//! `pysm disasm`: output, exit codes, `--stats`, `--max-cycles`, GPIO files.

use std::path::PathBuf;
use std::process::Command;

mod common;
use common::*;

fn tmp(name: &str) -> PathBuf {
    tmp_dir("cli").join(name)
}

fn write(name: &str, text: &str) -> PathBuf {
    let p = tmp(name);
    std::fs::write(&p, text).unwrap();
    p
}

const BACKENDS: [&str; 2] = ["run", "sim"];

#[test]
fn prints_like_cpython_and_exits_zero() {
    let p = write(
        "hello.py",
        "x = 6\nprint(x * 7, -x // 4, None, x > 5)\nprint()\n",
    );
    for b in BACKENDS {
        let o = pysm(&[b, p.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(0), "{b}: {}", text(&o.stderr));
        assert_eq!(text(&o.stdout), "42 -2 None True\n\n", "{b}");
        assert!(o.stderr.is_empty(), "{b}: {}", text(&o.stderr));
    }
}

#[test]
fn stats_report_the_same_cycles_on_both_backends() {
    let p = write(
        "loop.py",
        "s = 0\nfor i in range(10):\n    s += i\nprint(s)\n",
    );
    let mut lines = Vec::new();
    for b in BACKENDS {
        let o = pysm(&[b, "--stats", p.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(0));
        assert_eq!(text(&o.stdout), "45\n");
        let err = text(&o.stderr);
        let line = err.lines().last().unwrap().to_string();
        assert!(
            line.starts_with("cycles=") && line.contains(" instructions="),
            "{line}"
        );
        lines.push(line);
    }
    assert_eq!(lines[0], lines[1], "emulator and RTL disagree on cycles");
}

#[test]
fn profile_attributes_every_cycle() {
    let p = write(
        "prof.py",
        "def f(n):\n    return n * 3\n\ns = 0\nfor i in range(50):\n    s += f(i)\nprint(s)\n",
    );
    let o = pysm(&["run", "--stats", "--profile", p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    assert_eq!(text(&o.stdout), "3675\n");
    let err = text(&o.stderr);
    let stats = err.lines().next().unwrap();
    let cycles: u64 = stats["cycles=".len()..]
        .split(' ')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    // Every cycle but the boot cycle belongs to an instruction.
    assert!(
        err.contains(&format!("profile: {} cycles", cycles - 1)) && err.contains(", 1 at boot"),
        "{err}"
    );
    let cycles = cycles - 1;
    // Each table adds up to the whole: functions, lines, opcodes.
    let tables: Vec<u64> = err
        .split("\n\n")
        .skip(1)
        .map(|t| {
            t.lines()
                .skip(1)
                .map(|l| l.split_whitespace().next().unwrap().parse::<u64>().unwrap())
                .sum()
        })
        .collect();
    assert_eq!(tables.len(), 3, "{err}");
    assert_eq!(tables[0], cycles, "{err}");
    assert_eq!(tables[2], cycles, "{err}");
    // The user's lines are named; the multiply shows its 34 cycles.
    assert!(err.contains("return n * 3"), "{err}");
    assert!(err.contains("BINARY mul"), "{err}");
    assert!(err.lines().any(|l| l.ends_with("  f")), "{err}");
    let o = pysm(&["sim", "--profile", p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn uncaught_exception_prints_traceback_and_exits_one() {
    let p = write(
        "boom.py",
        "def f(a):\n    return a // 0\n\nprint(1)\nf(3)\n",
    );
    for b in BACKENDS {
        let o = pysm(&[b, p.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(1), "{b}");
        assert_eq!(text(&o.stdout), "1\n");
        let err = text(&o.stderr);
        let want = format!(
            "Traceback (most recent call last):\n  File \"{f}\", line 5, in <module>\n    f(3)\n  \
             File \"{f}\", line 2, in f\n    return a // 0\n           ~~^^~~\nZeroDivisionError: integer division or modulo by zero\n",
            f = p.display()
        );
        assert_eq!(err, want, "{b}");
    }
}

#[test]
fn compile_error_names_file_line_and_column() {
    let p = write("bad.py", "x = 1\ny = 1j\n");
    for b in BACKENDS {
        let o = pysm(&[b, p.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(2), "{b}");
        let err = text(&o.stderr);
        assert!(
            err.starts_with(&format!("{}:2:5: error: ", p.display())),
            "{err}"
        );
    }
    let p = write("syntax.py", "x = (1 +\n");
    let o = pysm(&["run", p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o.stderr).starts_with(&format!("{}:", p.display())));
    let p = tmp("latin1.py");
    std::fs::write(&p, b"x = 1\n# caf\xe9\n").unwrap();
    let o = pysm(&["run", p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        text(&o.stderr).trim(),
        format!("{}:2:6: error: the file is not valid UTF-8", p.display())
    );
    let o = pysm(&["run", "/nonexistent/x.py"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o.stderr).starts_with("/nonexistent/x.py:1:1: error: cannot read file"));
}

#[test]
fn max_cycles_stops_a_runaway_program() {
    let p = write("forever.py", "while True:\n    pass\n");
    for b in BACKENDS {
        let o = pysm(&[b, "--max-cycles", "1000", "--stats", p.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(3), "{b}");
        let err = text(&o.stderr);
        assert!(err.contains("--max-cycles"), "{err}");
        let cycles: u64 = err
            .lines()
            .find_map(|l| l.strip_prefix("cycles="))
            .and_then(|l| l.split(' ').next())
            .unwrap()
            .parse()
            .unwrap();
        assert!((1000..1010).contains(&cycles), "{cycles}");
    }
}

#[test]
fn gpio_loopback_trace_and_input_files() {
    let prog = "from machine import Pin\nimport time\n\
                out = Pin('P1A1', Pin.OUT)\ninp = Pin('P1A2', Pin.IN)\nbtn = Pin('BTN1', Pin.IN)\n\
                out.on()\nwhile inp.value() == 0:\n    pass\nout.off()\n\
                while btn.value() == 0:\n    pass\nprint(btn.value())\n";
    let p = write("gpio.py", prog);
    let input = write("gpio_in.csv", "cycle,pin,value\n500,BTN1,1\n");
    let mut traces = Vec::new();
    for b in BACKENDS {
        let trace = tmp(&format!("trace_{b}.csv"));
        let o = pysm(&[
            b,
            "--loopback",
            "P1A1=P1A2",
            "--gpio-in",
            input.to_str().unwrap(),
            "--gpio-trace",
            trace.to_str().unwrap(),
            "--max-cycles",
            "100000",
            p.to_str().unwrap(),
        ]);
        assert_eq!(o.status.code(), Some(0), "{b}: {}", text(&o.stderr));
        assert_eq!(text(&o.stdout), "1\n");
        let t = std::fs::read_to_string(&trace).unwrap();
        let rows: Vec<&str> = t.lines().collect();
        assert_eq!(rows[0], "cycle,pin,value");
        assert!(rows[1].ends_with(",P1A1,0"), "{t}");
        assert!(rows[2].ends_with(",P1A1,1"), "{t}");
        assert!(rows[3].ends_with(",P1A1,0"), "{t}");
        traces.push(t);
    }
    assert_eq!(traces[0], traces[1], "emulator and RTL pin timing differ");
}

#[test]
fn compile_listing_and_disasm() {
    let p = write(
        "fn.py",
        "def add(a, b):\n    return a + b\nprint(add(2, 3))\n",
    );
    let img = tmp("fn.pysm");
    let o = pysm(&[
        "compile",
        p.to_str().unwrap(),
        "-o",
        img.to_str().unwrap(),
        "--listing",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let listing = text(&o.stdout);
    assert!(
        listing.contains("return a + b") && listing.contains("BINARY add"),
        "{listing}"
    );
    let o = pysm(&["disasm", img.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0));
    let d = text(&o.stdout);
    assert!(
        d.contains("add:") && d.contains("RETURN") && d.contains("HALT"),
        "{d}"
    );
    // The image runs like the source.
    let o = pysm(&["run", img.to_str().unwrap()]);
    assert_eq!(text(&o.stdout), "5\n");
    // A damaged image is refused with a clear error.
    let mut bytes = std::fs::read(&img).unwrap();
    let n = bytes.len();
    bytes[n - 1] ^= 0x55;
    let bad = tmp("bad.pysm");
    std::fs::write(&bad, &bytes).unwrap();
    for args in [
        vec!["disasm", bad.to_str().unwrap()],
        vec!["run", bad.to_str().unwrap()],
    ] {
        let o = pysm(&args);
        assert_eq!(o.status.code(), Some(2));
        assert!(text(&o.stderr).contains("checksum"), "{}", text(&o.stderr));
    }
}

fn example(name: &str) -> String {
    format!("{}/../examples/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn examples_behave() {
    // fib on the emulator prints what python3 prints (the RTL runs it in the testbench).
    let fib = example("fib.py");
    let want = Command::new("python3").arg(&fib).output().unwrap();
    let o = pysm(&["run", &fib]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(o.stdout, want.stdout);
    // The round trip needs its jumper, and measures the same on both machines.
    let rt = example("gpio_roundtrip.py");
    let mut outs = Vec::new();
    for b in BACKENDS {
        let o = pysm(&[b, "--loopback", "P1A1=P1A2", "--stats", &rt]);
        assert_eq!(o.status.code(), Some(0), "{b}: {}", text(&o.stderr));
        let cycles: u64 = text(&o.stdout).trim().parse().unwrap();
        assert!(cycles > 0);
        outs.push((text(&o.stdout), text(&o.stderr)));
    }
    assert_eq!(outs[0], outs[1]);
    // Without the jumper it waits forever: --max-cycles ends it.
    let o = pysm(&["run", "--max-cycles", "5000", &rt]);
    assert_eq!(o.status.code(), Some(3));
}

/// `pysm sim --verilator` (the generated Verilog under Verilator) behaves
/// byte for byte as `pysm sim` (the rust-hdl simulation): stdout, stderr
/// (tracebacks, `--stats`, `--trace`, the `--max-cycles` message), exit
/// codes and the `--gpio-trace` file.
#[test]
fn verilator_backend_matches_rust_hdl() {
    let hello = write("v_hello.py", "x = 6\nprint(x * 7, -x // 4, None, x > 5)\n");
    let exc = write(
        "v_exc.py",
        "def f(a):\n    return a // 0\n\nprint(1)\nf(3)\n",
    );
    let bad = write("v_bad.py", "x = = 1\n");
    let spin = write("v_spin.py", "while True:\n    pass\n");
    let gpio = write(
        "v_gpio.py",
        "from machine import Pin\nout = Pin('P1A1', Pin.OUT)\ninp = Pin('P1A2', Pin.IN)\n\
         btn = Pin('BTN1', Pin.IN)\nout.on()\nwhile inp.value() == 0:\n    pass\nout.off()\n\
         while btn.value() == 0:\n    pass\nout.toggle()\nprint(btn.value())\n",
    );
    let input = write("v_gpio_in.csv", "cycle,pin,value\n300,BTN1,1\n");
    let (hello, exc, bad, spin, gpio, input) = (
        hello.to_str().unwrap(),
        exc.to_str().unwrap(),
        bad.to_str().unwrap(),
        spin.to_str().unwrap(),
        gpio.to_str().unwrap(),
        input.to_str().unwrap(),
    );
    let cases: Vec<Vec<&str>> = vec![
        vec!["--stats", hello],
        vec!["--trace", hello],
        vec!["--stats", exc],
        vec![bad],
        vec!["--max-cycles", "2000", "--stats", spin],
        vec![
            "--loopback",
            "P1A1=P1A2",
            "--gpio-in",
            input,
            "--stats",
            "--gpio-trace",
            "TRACE",
            gpio,
        ],
    ];
    for case in cases {
        let mut seen = Vec::new();
        for backend in [&[][..], &["--verilator"][..]] {
            let trace = tmp(&format!("v_trace{}.csv", backend.len()));
            let _ = std::fs::remove_file(&trace);
            let mut args = vec!["sim"];
            args.extend_from_slice(backend);
            args.extend(case.iter().map(|a| {
                if *a == "TRACE" {
                    trace.to_str().unwrap()
                } else {
                    a
                }
            }));
            let o = pysm(&args);
            let t = std::fs::read_to_string(&trace).unwrap_or_default();
            seen.push((o.status.code(), text(&o.stdout), text(&o.stderr), t));
        }
        assert!(
            !seen[0].1.is_empty() || !seen[0].2.is_empty(),
            "{case:?}: no output"
        );
        assert_eq!(seen[0], seen[1], "{case:?}: rust-hdl vs verilator");
    }
}

/// `pysm sim --vcd` writes a waveform in which the program's instructions
/// appear as text, with increasing timestamps, and changes nothing else;
/// `pysm sim --trace` prints every retired instruction with its source line.
#[test]
fn sim_vcd_and_trace() {
    let p = write("vcd.py", "a = 3\nb = a * 5\nprint(b - 1)\n");
    let vcd = tmp("vcd.vcd");
    let _ = std::fs::remove_file(&vcd);
    let o = pysm(&[
        "sim",
        "--stats",
        "--vcd",
        vcd.to_str().unwrap(),
        p.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let plain = pysm(&["sim", "--stats", p.to_str().unwrap()]);
    assert_eq!((o.stdout, o.stderr), (plain.stdout, plain.stderr.clone()));
    let w = std::fs::read_to_string(&vcd).unwrap();
    assert!(w.contains("$var string 1 m mnemonic $end"), "{w:.500}");
    let mut last = None;
    let mut mnemonics = std::collections::BTreeSet::new();
    for l in w.lines() {
        if let Some(t) = l.strip_prefix('#') {
            let t: u64 = t.parse().unwrap();
            assert!(last.is_none_or(|x| x < t), "time goes back at #{t}");
            last = Some(t);
        } else if let Some(v) = l.strip_prefix('s').and_then(|l| l.strip_suffix(" m")) {
            mnemonics.insert(v.split('_').next().unwrap_or(v).to_string());
            mnemonics.insert(v.to_string());
        }
    }
    for m in [
        "PUSH_INT_3",
        "STORE_GLOBAL",
        "BINARY_mul",
        "IO_WRITE_0",
        "HALT",
    ] {
        assert!(
            mnemonics.iter().any(|x| x.starts_with(m)),
            "{m} missing: {mnemonics:?}"
        );
    }
    let cycles: u64 = text(&plain.stderr)
        .trim()
        .strip_prefix("cycles=")
        .and_then(|s| s.split(' ').next())
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(
        last,
        Some(cycles * 10),
        "the waveform ends at the last cycle"
    );
    // --trace: one line per retired instruction, with the line it came from.
    let o = pysm(&["sim", "--trace", "--stats", p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0));
    let err = text(&o.stderr);
    let instret: usize = err
        .lines()
        .last()
        .and_then(|l| l.split("instructions=").nth(1))
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(err.lines().count(), instret + 1, "{err}");
    assert!(err.contains("|    2: b = a * 5"), "{err}");
}

/// `pysm bench` checks every program against python3, prints a table and
/// writes JSON; a wrong result fails it.
#[test]
fn bench_checks_and_reports() {
    let dir = tmp("bench");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("a.py"), "print(sum(range(100)))\n").unwrap();
    let json = dir.join("out.json");
    let o = pysm(&[
        "bench",
        dir.to_str().unwrap(),
        "--json",
        json.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let table = text(&o.stdout);
    assert!(
        table
            .lines()
            .any(|l| l.starts_with("a ") && l.contains(" ok ")),
        "{table}"
    );
    let j = std::fs::read_to_string(&json).unwrap();
    assert!(j.contains("\"program\": \"a\", \"ok\": true"), "{j}");
    // A program whose output differs from python3's fails the run.
    // (Recursion deeper than PySM's stacks hold: CPython runs it.)
    std::fs::write(
        dir.join("b.py"),
        "def f(n):\n    return 0 if n == 0 else f(n - 1)\nprint(f(600))\n",
    )
    .unwrap();
    let o = pysm(&[
        "bench",
        dir.to_str().unwrap(),
        "--json",
        json.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
}

/// A reader that stops early (`pysm disasm x.pysm | head`) ends the output
/// quietly: no panic message, exit 0.
#[test]
fn closed_stdout_is_not_a_panic() {
    use std::io::Read;
    use std::process::Stdio;
    let p = write("pipe.py", "for i in range(3):\n    print(i)\n");
    let img = tmp("pipe.pysm");
    let o = pysm(&["compile", p.to_str().unwrap(), "-o", img.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    for args in [
        vec!["disasm", img.to_str().unwrap()],
        vec!["compile", "--listing", p.to_str().unwrap()],
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_pysm"))
            .args(&args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let mut err = String::new();
        child
            .stderr
            .take()
            .unwrap()
            .read_to_string(&mut err)
            .unwrap();
        let status = child.wait().unwrap();
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        assert_eq!(status.code(), Some(0), "{args:?}: {err}");
    }
}
