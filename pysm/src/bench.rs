//! `pysm bench`: the benchmark programs of `bench/` on the emulator, whose
//! cycle model is the CPU's, each checked against `python3`.

use crate::{exit, load_program, EXIT_COMPILE};
use anyhow::{Context, Result};
use pysm_emu::{GpioEnv, Outcome};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A program that runs longer than this is reported as failed.
const MAX_CYCLES: u64 = 2_000_000_000;

struct Row {
    name: String,
    ok: bool,
    cycles: u64,
    instructions: u64,
}

pub fn bench(dir: &Path, mhz: f64, json: &Path) -> Result<u8> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| exit(EXIT_COMPILE, format!("{}: error: {e}", dir.display())))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    files.sort();
    let mut rows = Vec::new();
    for f in &files {
        let expected = Command::new("python3")
            .arg(f)
            .output()
            .context("cannot run python3 (the reference for every benchmark)")?;
        let program = load_program(f)?;
        let mut out: Vec<u8> = Vec::new();
        let (m, outcome) = pysm_emu::run(
            &program.image,
            &mut GpioEnv::new(),
            &mut out,
            Some(MAX_CYCLES),
            &mut |_| {},
        );
        rows.push(Row {
            name: f
                .file_stem()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned(),
            ok: outcome == Outcome::Halted && expected.status.success() && out == expected.stdout,
            cycles: m.cycle,
            instructions: m.instret,
        });
    }
    let mut table = format!(
        "{:<14} {:>6} {:>12} {:>12} {:>6} {:>10}\n",
        "program", "check", "cycles", "instructions", "CPI", "ms"
    );
    let mut entries = Vec::new();
    for r in &rows {
        let cpi = r.cycles as f64 / r.instructions.max(1) as f64;
        let ms = r.cycles as f64 / (mhz * 1e3);
        let _ = writeln!(
            table,
            "{:<14} {:>6} {:>12} {:>12} {:>6.2} {:>10.2}",
            r.name,
            if r.ok { "ok" } else { "FAIL" },
            r.cycles,
            r.instructions,
            cpi,
            ms
        );
        entries.push(format!(
            "    {{\"program\": \"{}\", \"ok\": {}, \"cycles\": {}, \"instructions\": {}, \"cpi\": {:.3}, \"ms\": {:.3}}}",
            r.name, r.ok, r.cycles, r.instructions, cpi, ms
        ));
    }
    let _ = writeln!(table, "(time at {mhz} MHz)");
    crate::write_stdout(&table);
    if let Some(parent) = json.parent() {
        std::fs::create_dir_all(parent)
            .with_context(|| format!("cannot create {}", parent.display()))?;
    }
    let text = format!(
        "{{\n  \"mhz\": {mhz},\n  \"programs\": [\n{}\n  ]\n}}\n",
        entries.join(",\n")
    );
    std::fs::write(json, text).with_context(|| format!("cannot write {}", json.display()))?;
    Ok(if rows.iter().all(|r| r.ok) { 0 } else { 1 })
}
