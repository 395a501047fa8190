//! Reliability: inputs that once broke the compiler are clean compile
//! errors; a short differential run of generated programs on python3,
//! `pysm run` and `pysm sim` (the long one is `make fuzz-diff`).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn pysm(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pysm"))
        .args(args)
        .output()
        .unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

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
