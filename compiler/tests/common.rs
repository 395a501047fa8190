//! Helpers shared by the compiler's integration tests.
#![allow(dead_code)]

use pysm_emu::{GpioEnv, Machine, Outcome};
use pysm_isa::Image;
use std::path::{Path, PathBuf};
use std::process::Command;

pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .to_path_buf()
}

/// The `.py` files of a directory under `tests/`, sorted.
pub fn programs(dir: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(workspace().join("tests").join(dir))
        .unwrap_or_else(|e| panic!("tests/{dir}: {e}"))
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    v.sort();
    v
}

pub fn name(p: &Path) -> String {
    p.file_name().expect("file name").to_string_lossy().into()
}

pub fn compile(p: &Path) -> (String, Image) {
    let src = std::fs::read_to_string(p).expect("read source");
    let image = pysm_compiler::compile(&src, &name(p))
        .unwrap_or_else(|e| panic!("{}: does not compile: {e}", p.display()));
    (src, image)
}

pub fn run_env(image: &Image, env: &mut GpioEnv) -> (Machine, Outcome, String) {
    let mut out = Vec::<u8>::new();
    let (m, outcome) = pysm_emu::run(image, env, &mut out, Some(50_000_000), &mut |_| {});
    (m, outcome, String::from_utf8_lossy(&out).into_owned())
}

pub fn run(image: &Image) -> (Machine, Outcome, String) {
    run_env(image, &mut GpioEnv::new())
}

/// Run a program with CPython. `time.ticks_cpu`/`ticks_diff` get
/// MicroPython's definitions so that the same source runs on both.
pub fn cpython(p: &Path) -> (String, String, bool) {
    let shim = "import sys, time, runpy\n\
        time.ticks_diff = lambda a, b: ((a - b + (1 << 29)) & ((1 << 30) - 1)) - (1 << 29)\n\
        time.ticks_cpu = lambda: 0\n\
        time.ticks_us = lambda: (time.monotonic_ns() // 1000) & ((1 << 30) - 1)\n\
        time.ticks_ms = lambda: (time.monotonic_ns() // 1000000) & ((1 << 30) - 1)\n\
        time.ticks_add = lambda t, d: (t + d) & ((1 << 30) - 1)\n\
        time.sleep_us = lambda n: time.sleep(max(n, 0) / 1e6)\n\
        time.sleep_ms = lambda n: time.sleep(max(n, 0) / 1e3)\n\
        runpy.run_path(sys.argv[1], run_name='__main__')\n";
    let out = Command::new("python3")
        .arg("-c")
        .arg(shim)
        .arg(p)
        .output()
        .expect("python3 runs");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.success(),
    )
}
