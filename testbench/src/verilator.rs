//! The Soc's generated Verilog under Verilator: built once (cached by the
//! hash of the Verilog and the harness), loaded with any image through the
//! boot port, run by `testbench/verilator/main.cpp`, which follows
//! [`run_sim`](crate::run_sim)'s loop and GPIO environment. [`run_verilator`]
//! returns the same [`RtlRun`] as [`run_rtl`](crate::run_rtl).
//!
//! The build goes to `target/verilator/<hash>/` (or `$PYSM_VERILATOR_DIR`);
//! `$VERILATOR` names the tool.

use crate::RtlRun;
use pysm_cpu::CODE_WORDS;
use pysm_emu::{uart, Console, GpioEnv, Machine, Outcome, Retire};
use pysm_isa::io::LOOPBACK_DELAY;
use pysm_isa::mem::{DATA_WORDS, HEAP_WORDS};
use pysm_isa::{pins, Fault, Image};
use std::fmt::Write as _;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;

const HARNESS: &str = include_str!("../verilator/main.cpp");

fn verilator() -> String {
    std::env::var("VERILATOR").unwrap_or_else(|_| "verilator".into())
}

fn cache_root() -> PathBuf {
    if let Some(d) = std::env::var_os("PYSM_VERILATOR_DIR") {
        return PathBuf::from(d);
    }
    // The workspace's target directory, or a temporary one for a binary
    // used away from its source tree.
    let target = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target");
    if target.is_dir() {
        target.join("verilator")
    } else {
        std::env::temp_dir().join("pysm-verilator")
    }
}

/// FNV-1a, enough to tell builds apart.
fn hash(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for p in parts {
        for b in p.bytes().chain([0u8]) {
            h = (h ^ b as u64).wrapping_mul(0x100_0000_01b3);
        }
    }
    h
}

const FLAGS: &[&str] = &[
    "--cc",
    "--exe",
    "--build",
    "-O3",
    "--top-module",
    "top",
    "-Wno-fatal",
    "-Wno-lint",
    "-Wno-style",
    "-Wno-UNOPTFLAT",
    "-CFLAGS",
    "-O2",
];

/// The harness executable, built if the Soc's Verilog or the harness changed.
pub fn build() -> Result<PathBuf, String> {
    static LOCK: Mutex<()> = Mutex::new(());
    let _guard = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    // The memories' contents do not matter: the boot port loads them.
    let verilog = crate::verilog::soc_verilog(&Image::default());
    let key = hash(&[&verilog, HARNESS, &FLAGS.join(" ")]);
    let dir = cache_root().join(format!("{key:016x}"));
    let exe = dir.join("obj/pysm_vsim");
    if exe.exists() {
        return Ok(exe);
    }
    // Build aside and rename, so that a concurrent build never sees half.
    let tmp = cache_root().join(format!("{key:016x}.{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    std::fs::create_dir_all(&tmp).map_err(|e| format!("{}: {e}", tmp.display()))?;
    std::fs::write(tmp.join("dut.v"), &verilog).map_err(|e| e.to_string())?;
    std::fs::write(tmp.join("main.cpp"), HARNESS).map_err(|e| e.to_string())?;
    let out = Command::new(verilator())
        .args(FLAGS)
        .args([
            "-j",
            "2",
            "--Mdir",
            "obj",
            "-o",
            "pysm_vsim",
            "dut.v",
            "main.cpp",
        ])
        .current_dir(&tmp)
        .output()
        .map_err(|e| format!("cannot run {} (make tools installs it): {e}", verilator()))?;
    if !out.status.success() {
        return Err(format!(
            "verilator failed (log in {}):\n{}{}",
            tmp.display(),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    if std::fs::rename(&tmp, &dir).is_err() {
        // Another process finished first: use its build.
        let _ = std::fs::remove_dir_all(&tmp);
    }
    if exe.exists() {
        Ok(exe)
    } else {
        Err(format!("verilator did not produce {}", exe.display()))
    }
}

/// The run file for the harness (see `main.cpp`).
fn run_file(image: &Image, env: &GpioEnv, max_cycles: Option<u64>, trace: bool) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "idle {:x}", pins::idle_levels());
    let _ = writeln!(s, "delay {LOOPBACK_DELAY}");
    let _ = writeln!(s, "max {}", max_cycles.map_or(-1, |m| m as i64));
    let _ = writeln!(s, "trace {}", trace as u8);
    let _ = writeln!(s, "entry {}", image.entry);
    let _ = writeln!(s, "stack {}", image.stack_base());
    for (o, i) in env.loopbacks() {
        let _ = writeln!(s, "loopback {o} {i}");
    }
    for (c, p, l) in env.inputs() {
        let _ = writeln!(s, "input {c} {p} {}", *l as u8);
    }
    if let Some(h) = env.uart() {
        let _ = write!(
            s,
            "uart {} {} {} {} {:x} {:x} {}",
            h.div(),
            uart::FIRST_START,
            uart::TAKE_TO_START,
            pysm_isa::io::RX_FIFO,
            uart::rx_read_word(),
            uart::RX_NONE,
            h.bytes().len()
        );
        for b in h.bytes() {
            let _ = write!(s, " {b:x}");
        }
        s.push('\n');
    }
    for (name, words, size) in [
        ("code", &image.code, CODE_WORDS),
        ("data", &image.data, DATA_WORDS),
        ("heap", &image.heap, HEAP_WORDS),
    ] {
        let words = &words[..words.len().min(size)];
        let _ = write!(s, "{name} {}", words.len());
        for w in words {
            let _ = write!(s, " {w:x}");
        }
        s.push('\n');
    }
    s.push_str("end\n");
    s
}

fn hex(s: Option<&str>) -> Result<u32, String> {
    let s = s.ok_or("short line")?;
    u32::from_str_radix(s, 16).map_err(|e| format!("{s}: {e}"))
}

fn dec(s: Option<&str>) -> Result<u64, String> {
    let s = s.ok_or("short line")?;
    s.parse().map_err(|e| format!("{s}: {e}"))
}

/// Run an image on the Verilator build, like [`run_sim`](crate::run_sim):
/// `observe` sees every retired instruction (if `trace`; returning false
/// stops the run), `console` the bytes, `env` the GPIO changes (its inputs
/// and jumpers drive the pads). `dir` keeps the run file.
pub fn run_verilator(
    image: &Image,
    env: &mut GpioEnv,
    console: &mut dyn Console,
    max_cycles: Option<u64>,
    trace: bool,
    observe: &mut dyn FnMut(&Retire) -> bool,
) -> Result<RtlRun, String> {
    let exe = build()?;
    let dir = exe.parent().unwrap().parent().unwrap().join("runs");
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let file = dir.join(format!(
        "run-{}-{:?}.txt",
        std::process::id(),
        std::thread::current().id()
    ));
    std::fs::write(&file, run_file(image, env, max_cycles, trace)).map_err(|e| e.to_string())?;
    let r = run_file_on(&exe, &file, image, env, console, observe);
    let _ = std::fs::remove_file(&file);
    r
}

fn run_file_on(
    exe: &Path,
    file: &Path,
    image: &Image,
    env: &mut GpioEnv,
    console: &mut dyn Console,
    observe: &mut dyn FnMut(&Retire) -> bool,
) -> Result<RtlRun, String> {
    let mut child = Command::new(exe)
        .arg(file)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("{}: {e}", exe.display()))?;
    let stdout = child.stdout.take().unwrap();
    // The harness reports registers, data and return stack; the rest is
    // the image as loaded.
    let mut state = Machine::new(image);
    let mut end: Option<(Outcome, bool, u64)> = None;
    let mut stopped = false;
    for line in BufReader::new(stdout).lines() {
        let line = line.map_err(|e| e.to_string())?;
        let mut f = line.split(' ');
        let bad = |e: String| format!("pysm_vsim: bad line '{line}': {e}");
        match f.next() {
            Some("R") => {
                let _cycle = dec(f.next()).map_err(bad)?;
                let mut v = [0u32; 15];
                for x in v.iter_mut() {
                    *x = hex(f.next()).map_err(bad)?;
                }
                let r = Retire {
                    pc: v[0],
                    instr: v[1],
                    tos: v[2],
                    sp: v[3],
                    fp: v[4],
                    rsp: v[5],
                    write: (v[6] != 0).then_some((v[7], v[8])),
                    heap_write: (v[9] != 0).then_some((v[10], v[11])),
                    rstack_write: (v[12] != 0).then_some((v[13], v[14])),
                };
                if !observe(&r) {
                    stopped = true;
                    let _ = child.kill();
                    break;
                }
            }
            Some("C") => {
                let c = dec(f.next()).map_err(bad)?;
                console.byte(c, hex(f.next()).map_err(bad)? as u8);
            }
            Some("G") => {
                let c = dec(f.next()).map_err(bad)?;
                let dir = hex(f.next()).map_err(bad)?;
                env.drive(c, dir, hex(f.next()).map_err(bad)?);
            }
            Some("E") => {
                let kind = f.next().unwrap_or("");
                let code = dec(f.next()).map_err(bad)? as u32;
                state.cycle = dec(f.next()).map_err(bad)?;
                state.instret = dec(f.next()).map_err(bad)?;
                let sim_cycles = dec(f.next()).map_err(bad)?;
                state.pc = hex(f.next()).map_err(bad)?;
                state.sp = hex(f.next()).map_err(bad)?;
                state.fp = hex(f.next()).map_err(bad)?;
                state.rsp = hex(f.next()).map_err(bad)?;
                state.tos = hex(f.next()).map_err(bad)?;
                state.gpio_dir = hex(f.next()).map_err(bad)?;
                state.gpio_out = hex(f.next()).map_err(bad)?;
                let outcome = match kind {
                    "H" => Outcome::Halted,
                    "F" => {
                        Outcome::Faulted(Fault::from_u32(code).unwrap_or(Fault::IllegalInstruction))
                    }
                    _ => Outcome::OutOfCycles,
                };
                end = Some((outcome, kind == "S", sim_cycles));
            }
            Some(m @ ("D" | "S" | "P")) => {
                let words = f
                    .map(|w| hex(Some(w)))
                    .collect::<Result<Vec<u32>, _>>()
                    .map_err(bad)?;
                match m {
                    "D" => state.data = words,
                    "P" => state.heap = words,
                    _ => state.rstack = words,
                }
            }
            _ => return Err(bad("unknown event".into())),
        }
    }
    let out = child.wait_with_output().map_err(|e| e.to_string())?;
    if stopped {
        return Ok(RtlRun {
            outcome: Outcome::OutOfCycles,
            cycles: state.cycle,
            instret: state.instret,
            state,
            sim_cycles: 0,
            stuck: false,
        });
    }
    let Some((outcome, stuck, sim_cycles)) = end else {
        return Err(format!(
            "pysm_vsim ended without a result ({}): {}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        ));
    };
    env.flush();
    Ok(RtlRun {
        outcome,
        cycles: state.cycle,
        instret: state.instret,
        state,
        sim_cycles,
        stuck,
    })
}
