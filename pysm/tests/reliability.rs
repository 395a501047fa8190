//! Reliability: inputs that once broke the compiler are clean compile
//! errors; a short differential run of generated programs on python3,
//! `pysm run` and `pysm sim` (the long one is `make fuzz-diff`).

use std::path::PathBuf;

mod common;
use common::*;

/// `stderr` is exactly one `FILE:LINE:COL: error: message` line that
/// points into `src`.
fn assert_compile_error(file: &str, src: &str, stderr: &str) {
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 1, "{file}: not one line: {stderr:?}");
    let rest = lines[0]
        .strip_prefix(&format!("{file}:"))
        .unwrap_or_else(|| panic!("{file}: {stderr}"));
    let mut parts = rest.splitn(3, ':');
    let line: usize = parts.next().and_then(|l| l.parse().ok()).expect("line");
    let col: usize = parts.next().and_then(|c| c.parse().ok()).expect("column");
    assert!(parts.next().unwrap().starts_with(" error: "), "{stderr}");
    let src_lines: Vec<&str> = src.split('\n').collect();
    assert!((1..=src_lines.len()).contains(&line), "{stderr}");
    assert!(
        (1..=src_lines[line - 1].chars().count() + 1).contains(&col),
        "{stderr}"
    );
}

#[test]
fn fuzz_regressions_are_clean_compile_errors() {
    let dir = root().join("tests/fuzz-regressions");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    files.sort();
    assert!(!files.is_empty());
    for f in &files {
        let src = std::fs::read_to_string(f).unwrap();
        let name = f.display().to_string();
        for b in ["run", "sim"] {
            let o = pysm(&[b, &name]);
            assert_eq!(o.status.code(), Some(2), "{b} {name}: {}", text(&o.stderr));
            assert!(o.stdout.is_empty());
            assert_compile_error(&name, &src, &text(&o.stderr));
        }
    }
}

#[test]
fn quick_differential_run() {
    let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("fuzz-diff");
    let cfg = pysm_fuzz::diff::Config {
        pysm: env!("CARGO_BIN_EXE_pysm").into(),
        python: "python3".into(),
        seed: 7_000,
        n: 20,
        sim_every: 1,
        sim_max_cycles: 100_000,
        max_cycles: 20_000_000,
        out,
        gen: Default::default(),
    };
    let rep = pysm_fuzz::diff::run(&cfg, &mut |_, _| {});
    eprintln!("{}", rep.summary());
    let diffs: Vec<String> = rep
        .differences
        .iter()
        .map(|(seed, _, what)| format!("seed {seed}: {what}"))
        .collect();
    assert!(diffs.is_empty(), "{}", diffs.join("\n\n"));
    assert_eq!(rep.programs, 20);
    assert!(rep.same >= 12, "{}", rep.summary());
    assert!(rep.sim_runs >= 10, "{}", rep.summary());
}

/// `run`, `sim` and `disasm` refuse a damaged image with one line naming
/// the file and exit 2; never a panic.
#[test]
fn damaged_images_are_refused() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("images");
    std::fs::create_dir_all(&dir).unwrap();
    let src = dir.join("ok.py");
    std::fs::write(&src, "def f(a):\n    return a + 1\nprint(f(41))\n").unwrap();
    let img = dir.join("ok.pysm");
    let o = pysm(&[
        "compile",
        src.to_str().unwrap(),
        "-o",
        img.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let good = std::fs::read(&img).unwrap();
    let flip = |at: usize| {
        let mut b = good.clone();
        b[at] ^= 0x10;
        b
    };
    let mut version = good.clone();
    version[4..6].copy_from_slice(&1u16.to_le_bytes());
    let n = good.len();
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("magic", flip(0), "bad magic"),
        ("version", version, "version 1 is not supported"),
        ("code", flip(32), "checksum"),
        ("data", flip(n / 2), "checksum"),
        ("debug", flip(n - 2), "checksum"),
        ("crc", flip(30), "checksum"),
        ("length", flip(16), "truncated"),
        ("truncated", good[..n - 1].to_vec(), "truncated"),
        ("half", good[..n / 2].to_vec(), "truncated"),
        ("header", good[..20].to_vec(), "truncated"),
        ("empty", vec![], "bad magic"),
        ("trailing", [&good[..], b"\n"].concat(), "past its end"),
    ];
    for (name, bytes, want) in cases {
        let path = dir.join(format!("{name}.pysm"));
        std::fs::write(&path, &bytes).unwrap();
        let p = path.to_str().unwrap();
        for cmd in ["run", "sim", "disasm"] {
            let o = pysm(&[cmd, p]);
            let err = text(&o.stderr);
            assert_eq!(o.status.code(), Some(2), "{cmd} {name}: {err}");
            assert!(o.stdout.is_empty(), "{cmd} {name}");
            assert_eq!(err.lines().count(), 1, "{cmd} {name}: {err}");
            assert!(
                err.starts_with(&format!("{p}: error: ")) && err.contains(want),
                "{cmd} {name}: {err}"
            );
        }
    }
    // The undamaged image still runs.
    let o = pysm(&["run", img.to_str().unwrap()]);
    assert_eq!(text(&o.stdout), "42\n");
}
