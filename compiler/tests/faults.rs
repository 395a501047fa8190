//! Programs in `tests/faults/` stop with the fault CPython raises: the same
//! exception line and the same traceback lines. A first line
//! `# fault: NAME lines: L1 L2 ...` is for faults CPython does not raise
//! (OverflowError): the fault kind and the traceback lines are given there.

mod common;
use pysm_emu::traceback::{at_trap, exception_message, traceback};
use pysm_emu::Outcome;
use pysm_isa::Fault;
use std::process::Command;

/// The `line N` numbers of a traceback's frames in `file`, outermost first,
/// with repeated frames collapsed.
fn frame_lines(tb: &str, file: &str) -> Vec<u32> {
    let mut v: Vec<u32> = Vec::new();
    for l in tb.lines() {
        let l = l.trim();
        if !l.starts_with("File ") || !l.contains(file) {
            continue;
        }
        if let Some(n) = l
            .split(", line ")
            .nth(1)
            .and_then(|r| r.split(',').next())
            .and_then(|n| n.parse().ok())
        {
            if v.last() != Some(&n) {
                v.push(n);
            }
        }
    }
    v
}

#[test]
fn faults_match_cpython() {
    let progs = common::programs("faults");
    assert!(progs.len() >= 10);
    let mut failures = Vec::new();
    for p in &progs {
        let name = common::name(p);
        let (src, image) = common::compile(p);
        let (m, outcome, _) = common::run(&image);
        let fault = match outcome {
            Outcome::Faulted(f) => f,
            o => {
                failures.push(format!("{name}: expected a fault, got {o:?}"));
                continue;
            }
        };
        let tb = traceback(&m, fault, &image, Some(&src));
        let got_lines = frame_lines(&tb, &name);
        let header = src.lines().next().unwrap_or("");
        let (want_msg, want_lines) = if let Some(spec) = header.strip_prefix("# fault: ") {
            let (kind, lines) = spec.split_once(" lines: ").expect("fault header");
            let want = Fault::from_name(kind.trim()).expect("fault name");
            if fault != want {
                failures.push(format!("{name}: fault {fault:?}, want {want:?}"));
            }
            let lines = lines
                .split_whitespace()
                .map(|n| n.parse().expect("line number"))
                .collect();
            (None, lines)
        } else {
            let out = Command::new("python3").arg(p).output().expect("python3");
            assert!(!out.status.success(), "{name}: CPython did not fail");
            let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
            let last = stderr.lines().last().unwrap_or("").to_string();
            (Some(last), frame_lines(&stderr, &name))
        };
        if let Some(want) = want_msg {
            // A fault inside a trap handler is the trapping instruction's.
            let at = at_trap(&m, &image);
            let got = exception_message(at.as_ref().unwrap_or(&m), fault, &image);
            if got != want {
                failures.push(format!("{name}: message\n  got  {got}\n  want {want}"));
            }
        }
        // Deep recursion: compare the outermost and innermost frames.
        let ends = |v: &[u32]| -> Vec<u32> {
            if v.len() > 4 {
                vec![v[0], v[v.len() - 1]]
            } else {
                v.to_vec()
            }
        };
        if ends(&got_lines) != ends(&want_lines) {
            failures.push(format!(
                "{name}: traceback lines {got_lines:?}, want {want_lines:?}\n{tb}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
