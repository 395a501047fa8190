//! Differential testing: each generated program runs on python3, on
//! `pysm run` (the emulator) and on `pysm sim` (the RTL simulation).
//! stdout must be equal byte for byte, the exit status equal, and when
//! the program raises, the last traceback line (the exception's type and
//! message) equal. `run` and `sim` must agree on everything, traceback and
//! cycle count included.

use crate::gen::{self, Options};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

pub struct Config {
    /// The `pysm` binary.
    pub pysm: PathBuf,
    pub python: String,
    pub seed: u64,
    pub n: u64,
    /// Run `pysm sim` on every program number divisible by this (0: never) ...
    pub sim_every: u64,
    /// ... that takes at most this many cycles on the emulator.
    pub sim_max_cycles: u64,
    /// `--max-cycles` for `pysm run`: more is a runaway program.
    pub max_cycles: u64,
    /// Scratch files, and failing programs under `diff/`.
    pub out: PathBuf,
    pub gen: Options,
}

/// What one command did.
#[derive(Clone, Debug, Default)]
pub struct Run {
    pub code: Option<i32>,
    pub stdout: Vec<u8>,
    /// stderr without the `--stats` line.
    pub stderr: String,
    pub cycles: Option<u64>,
    pub timed_out: bool,
}

impl Run {
    /// The last traceback line (`Type: message`), when it raised.
    pub fn exception(&self) -> Option<String> {
        if self.code != Some(1) {
            return None;
        }
        let last = self.stderr.lines().rev().find(|l| !l.trim().is_empty())?;
        Some(last.trim().to_string())
    }
}

fn run_cmd(cmd: &mut Command, limit: Duration) -> Run {
    let mut child = match cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(c) => c,
        Err(e) => {
            return Run {
                stderr: format!("cannot start: {e}"),
                ..Run::default()
            }
        }
    };
    // Read both pipes on threads so that a chatty program cannot block.
    let mut out = child.stdout.take().expect("piped");
    let mut err = child.stderr.take().expect("piped");
    let t_out = std::thread::spawn(move || {
        let mut b = Vec::new();
        let _ = out.read_to_end(&mut b);
        b
    });
    let t_err = std::thread::spawn(move || {
        let mut b = Vec::new();
        let _ = err.read_to_end(&mut b);
        b
    });
    let start = Instant::now();
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(s)) => break Some(s),
            Ok(None) if start.elapsed() > limit => {
                let _ = child.kill();
                timed_out = true;
                break child.wait().ok();
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(2)),
            Err(_) => break None,
        }
    };
    let stdout = t_out.join().unwrap_or_default();
    let stderr = String::from_utf8_lossy(&t_err.join().unwrap_or_default()).into_owned();
    let mut cycles = None;
    let mut rest = String::new();
    for l in stderr.lines() {
        match l
            .strip_prefix("cycles=")
            .and_then(|c| c.split(' ').next()?.parse().ok())
        {
            Some(c) if l.contains(" instructions=") => cycles = Some(c),
            _ => {
                rest.push_str(l);
                rest.push('\n');
            }
        }
    }
    Run {
        code: status.and_then(|s| s.code()),
        stdout,
        stderr: rest,
        cycles,
        timed_out,
    }
}

pub fn python(cfg: &Config, file: &Path) -> Run {
    run_cmd(Command::new(&cfg.python).arg(file), Duration::from_secs(30))
}

pub fn pysm(cfg: &Config, backend: &str, file: &Path, max_cycles: u64) -> Run {
    run_cmd(
        Command::new(&cfg.pysm)
            .arg(backend)
            .arg("--stats")
            .arg("--max-cycles")
            .arg(max_cycles.to_string())
            .arg(file),
        Duration::from_secs(600),
    )
}

/// How one program came out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Same output, both finished normally.
    Same,
    /// Same output, both raised this exception (the last traceback line).
    Raised(String),
    /// The emulator hit `--max-cycles`: the program was too long to judge.
    TooLong,
    /// The program does not fit in code memory (1024 words): a documented
    /// limit of the machine, and the generator's to avoid.
    TooBig,
    Differ(String),
}

fn show(r: &Run) -> String {
    format!(
        "exit {:?}{}\nstdout:\n{}stderr:\n{}",
        r.code,
        if r.timed_out { " (timed out)" } else { "" },
        String::from_utf8_lossy(&r.stdout),
        r.stderr
    )
}

/// Compare CPython with the emulator.
pub fn judge(py: &Run, emu: &Run) -> Verdict {
    if emu.code == Some(3) {
        return Verdict::TooLong;
    }
    if emu.code == Some(2) && emu.stderr.contains("error: program too big") {
        return Verdict::TooBig;
    }
    // PySM's ints grow as CPython's: an OverflowError where CPython has
    // none is a difference like any other.
    let (pe, ee) = (py.exception(), emu.exception());
    if py.code != emu.code || py.stdout != emu.stdout || pe != ee || py.timed_out {
        return Verdict::Differ(format!(
            "python3 and pysm run differ\n--- python3: {}\n--- pysm run: {}",
            show(py),
            show(emu)
        ));
    }
    match ee {
        Some(e) => Verdict::Raised(e),
        None if emu.code == Some(0) => Verdict::Same,
        None => Verdict::Differ(format!("both failed\n--- pysm run: {}", show(emu))),
    }
}

/// Compare the emulator with the RTL simulation: everything must agree.
pub fn judge_sim(emu: &Run, sim: &Run) -> Option<String> {
    (emu.code != sim.code
        || emu.stdout != sim.stdout
        || emu.stderr != sim.stderr
        || emu.cycles != sim.cycles)
        .then(|| {
            format!(
                "pysm run and pysm sim differ (cycles {:?} and {:?})\n--- run: {}\n--- sim: {}",
                emu.cycles,
                sim.cycles,
                show(emu),
                show(sim)
            )
        })
}

#[derive(Default, Debug)]
pub struct Report {
    pub programs: u64,
    pub same: u64,
    pub raised: u64,
    pub too_long: u64,
    pub too_big: u64,
    pub sim_runs: u64,
    pub emu_cycles: u64,
    pub sim_cycles: u64,
    pub source_lines: u64,
    /// (seed, saved program, what differs)
    pub differences: Vec<(u64, PathBuf, String)>,
    pub elapsed: Duration,
}

impl Report {
    pub fn summary(&self) -> String {
        format!(
            "fuzz-diff: programs={} same={} raised={} too_long={} too_big={} \
             differences={} sim_runs={} lines={} emu_cycles={} sim_cycles={} seconds={:.0}",
            self.programs,
            self.same,
            self.raised,
            self.too_long,
            self.too_big,
            self.differences.len(),
            self.sim_runs,
            self.source_lines,
            self.emu_cycles,
            self.sim_cycles,
            self.elapsed.as_secs_f64()
        )
    }
}

/// Generate, run and compare `cfg.n` programs, seeds `cfg.seed ..`.
/// `progress` sees each seed and its verdict.
pub fn run(cfg: &Config, progress: &mut dyn FnMut(u64, &Verdict)) -> Report {
    let start = Instant::now();
    let mut rep = Report::default();
    let failed = cfg.out.join("diff");
    let _ = std::fs::create_dir_all(&cfg.out);
    for k in 0..cfg.n {
        let seed = cfg.seed.wrapping_add(k);
        let src = gen::program(seed, &cfg.gen);
        let file = cfg.out.join(format!("prog{seed}.py"));
        if let Err(e) = std::fs::write(&file, &src) {
            rep.differences
                .push((seed, file.clone(), format!("cannot write: {e}")));
            continue;
        }
        rep.programs += 1;
        rep.source_lines += src.lines().count() as u64;
        let py = python(cfg, &file);
        let emu = pysm(cfg, "run", &file, cfg.max_cycles);
        let cycles = emu.cycles.unwrap_or(0);
        rep.emu_cycles += cycles;
        let mut v = judge(&py, &emu);
        let sim_wanted = cfg.sim_every > 0 && k % cfg.sim_every == 0;
        if sim_wanted
            && cycles <= cfg.sim_max_cycles
            && !matches!(v, Verdict::TooLong | Verdict::TooBig)
        {
            let sim = pysm(cfg, "sim", &file, cfg.max_cycles);
            rep.sim_runs += 1;
            rep.sim_cycles += sim.cycles.unwrap_or(0);
            if let Some(d) = judge_sim(&emu, &sim) {
                v = Verdict::Differ(d);
            }
        }
        match &v {
            Verdict::Same => rep.same += 1,
            Verdict::Raised(_) => rep.raised += 1,
            Verdict::TooLong => rep.too_long += 1,
            Verdict::TooBig => rep.too_big += 1,
            Verdict::Differ(d) => {
                let _ = std::fs::create_dir_all(&failed);
                let keep = failed.join(format!("seed{seed}.py"));
                let _ = std::fs::write(&keep, &src);
                let _ = std::fs::write(failed.join(format!("seed{seed}.txt")), d);
                rep.differences.push((seed, keep, d.clone()));
            }
        }
        progress(seed, &v);
        let _ = std::fs::remove_file(&file);
    }
    rep.elapsed = start.elapsed();
    rep
}
