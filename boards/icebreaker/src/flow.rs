//! The bitstream flow: Verilog and PCF from a rust-hdl top, then yosys,
//! nextpnr-ice40 and icepack, each tool's output saved as a log in the
//! output directory, and a summary read back from nextpnr's log.

use anyhow::{bail, Context, Result};
use rust_hdl::prelude::*;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

/// Device totals of the iCE40UP5K.
pub const LOGIC_CELLS: u32 = 5280;
pub const EBRS: u32 = 30;
pub const SPRAMS: u32 = 4;

#[derive(Clone, Debug)]
pub struct FlowOptions {
    pub out_dir: PathBuf,
    /// The frequency nextpnr must meet (MHz), normally the PLL output.
    pub target_mhz: f64,
    pub seed: Option<u64>,
    /// Placements to try in all: when one misses the target, nextpnr runs
    /// again with the next seed (`seed + 1`, `seed + 2` ...; seed 1 when
    /// none is given). A design near the chip's edge can miss or meet
    /// timing by the seed alone.
    pub placements: u32,
    pub yosys: String,
    pub nextpnr: String,
    pub icepack: String,
}

impl FlowOptions {
    /// Tools from `$YOSYS`, `$NEXTPNR`, `$ICEPACK`, or the `PATH`.
    pub fn new(out_dir: impl Into<PathBuf>, target_mhz: f64) -> FlowOptions {
        let tool = |var: &str, default: &str| std::env::var(var).unwrap_or_else(|_| default.into());
        FlowOptions {
            out_dir: out_dir.into(),
            target_mhz,
            seed: None,
            placements: 1,
            yosys: tool("YOSYS", "yosys"),
            nextpnr: tool("NEXTPNR", "nextpnr-ice40"),
            icepack: tool("ICEPACK", "icepack"),
        }
    }
}

/// What nextpnr reported.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub logic_cells: u32,
    pub ebr: u32,
    pub spram: u32,
    /// Fmax of the design clock after routing.
    pub fmax_mhz: f64,
    pub clock_name: String,
    pub target_mhz: f64,
    pub bitstream: PathBuf,
}

impl Summary {
    /// The one-line summary printed at the end of a build.
    pub fn line(&self) -> String {
        format!(
            "icebreaker: logic_cells={}/{} ebr={}/{} spram={}/{} fmax_mhz={:.2} target_mhz={} bitstream={}",
            self.logic_cells,
            LOGIC_CELLS,
            self.ebr,
            EBRS,
            self.spram,
            SPRAMS,
            self.fmax_mhz,
            fmt_mhz(self.target_mhz),
            self.bitstream.display()
        )
    }

    pub fn timing_met(&self) -> bool {
        self.fmax_mhz >= self.target_mhz
    }
}

fn fmt_mhz(f: f64) -> String {
    if f.fract() == 0.0 {
        format!("{}", f as u64)
    } else {
        format!("{f:.3}")
    }
}

/// The fastest clock a [`crate::ClockPlan`] can make at or below `fmax_mhz`:
/// whole MHz from the PLL (16 MHz and up), else 12 MHz / n.
pub fn suggest_mhz(fmax_mhz: f64) -> f64 {
    if fmax_mhz >= 16.0 {
        fmax_mhz.floor()
    } else {
        let n = (crate::pll::OSC_MHZ / fmax_mhz).ceil().max(1.0);
        crate::pll::OSC_MHZ / n
    }
}

/// Write `top.v` and `top.pcf` for a board top into the output directory.
pub fn write_sources<B: Block>(top: &mut B, out_dir: &Path) -> Result<(PathBuf, PathBuf)> {
    std::fs::create_dir_all(out_dir)
        .with_context(|| format!("cannot create {}", out_dir.display()))?;
    top.connect_all();
    let verilog = generate_verilog(top);
    let v = out_dir.join("top.v");
    let p = out_dir.join("top.pcf");
    std::fs::write(&v, verilog).with_context(|| format!("cannot write {}", v.display()))?;
    std::fs::write(&p, crate::pins::pcf(top))
        .with_context(|| format!("cannot write {}", p.display()))?;
    Ok((v, p))
}

/// Run one tool in `dir`, its stdout and stderr saved to `dir/log`.
fn run(dir: &Path, log: &str, program: &str, args: &[&str]) -> Result<()> {
    let log_path = dir.join(log);
    let start = Instant::now();
    eprintln!(
        "icebreaker: running {program} (log: {})",
        log_path.display()
    );
    let out = Command::new(program)
        .args(args)
        .current_dir(dir)
        .output()
        .with_context(|| {
            format!("cannot run {program}: is it installed? (`make tools` installs the FPGA tools)")
        })?;
    let mut text = out.stdout.clone();
    text.extend_from_slice(&out.stderr);
    std::fs::write(&log_path, &text)
        .with_context(|| format!("cannot write {}", log_path.display()))?;
    if !out.status.success() {
        let text = String::from_utf8_lossy(&text);
        let lines: Vec<&str> = text.lines().collect();
        let tail = lines[lines.len().saturating_sub(25)..].join("\n");
        if let Some(over) = over_capacity(&text) {
            bail!(
                "{program} failed: {over}; see {}:\n{tail}",
                log_path.display()
            );
        }
        bail!(
            "{program} failed ({}); last lines of {}:\n{tail}",
            out.status,
            log_path.display()
        );
    }
    eprintln!(
        "icebreaker: {program} done in {:.1} s",
        start.elapsed().as_secs_f64()
    );
    Ok(())
}

/// What a design needs beyond the chip, from nextpnr's utilisation lines
/// (`ICESTORM_LC:  5564/ 5280   105%`): "the design needs 5564 of the 5280
/// logic cells".
pub fn over_capacity(log: &str) -> Option<String> {
    let over: Vec<String> = log
        .lines()
        .filter_map(|l| {
            let (kind, rest) = l.trim_start_matches("Info:").trim().split_once(':')?;
            let (used, avail) = rest.split_once('/')?;
            let used: u64 = used.trim().parse().ok()?;
            let avail: u64 = avail.split_whitespace().next()?.parse().ok()?;
            let name = match kind.trim() {
                "ICESTORM_LC" => "logic cells",
                "ICESTORM_RAM" => "block RAMs",
                "ICESTORM_SPRAM" => "SPRAMs",
                "ICESTORM_DSP" => "DSPs",
                "SB_IO" => "I/O pads",
                _ => return None,
            };
            (used > avail).then(|| format!("the design needs {used} of the {avail} {name}"))
        })
        .collect();
    (!over.is_empty()).then(|| over.join(", "))
}

/// Build `top.bin` from a board top. Fails when a tool fails or when the
/// design clock does not meet `target_mhz` (the artefacts stay in place).
pub fn build<B: Block>(top: &mut B, opts: &FlowOptions) -> Result<Summary> {
    let dir = &opts.out_dir;
    write_sources(top, dir)?;
    run(
        dir,
        "yosys.log",
        &opts.yosys,
        &[
            "-p",
            "synth_ice40 -dsp -abc9 -device u -top top -json top.json",
            "top.v",
        ],
    )?;
    let freq = format!("{}", opts.target_mhz);
    let tries = opts.placements.max(1);
    let mut summary = None;
    for attempt in 0..tries {
        let seed = match (attempt, opts.seed) {
            (0, s) => s,
            (a, s) => Some(s.unwrap_or(1) + u64::from(a)),
        };
        let seed_arg = seed.map(|s| s.to_string());
        let mut args = vec![
            "--up5k",
            "--package",
            "sg48",
            "--json",
            "top.json",
            "--pcf",
            "top.pcf",
            "--asc",
            "top.asc",
            "--freq",
            &freq,
            // We check timing ourselves, after the log is saved.
            "--timing-allow-fail",
        ];
        if let Some(s) = &seed_arg {
            args.extend(["--seed", s]);
        }
        run(dir, "nextpnr.log", &opts.nextpnr, &args)?;
        let s = read_summary(dir, opts.target_mhz)?;
        if !s.timing_met() && attempt + 1 < tries {
            let next = seed.unwrap_or(1) + 1;
            let kept = dir.join(format!("nextpnr-try{}.log", attempt + 1));
            std::fs::copy(dir.join("nextpnr.log"), &kept)?;
            eprintln!(
                "icebreaker: placement {} of {tries} ({}) reaches {:.2} MHz, below {} MHz \
                 (log: {}); placing again with seed {next}",
                attempt + 1,
                seed.map_or("nextpnr's default seed".to_string(), |s| format!(
                    "seed {s}"
                )),
                s.fmax_mhz,
                fmt_mhz(opts.target_mhz),
                kept.display()
            );
            continue;
        }
        summary = Some(s);
        break;
    }
    let summary = summary.expect("at least one placement");
    run(dir, "icepack.log", &opts.icepack, &["top.asc", "top.bin"])?;
    std::fs::write(dir.join("summary.txt"), summary.line() + "\n")?;
    if !summary.timing_met() {
        bail!(
            "timing not met: clock '{}' reaches {:.2} MHz, the target is {} MHz \
             (see {}; lower the frequency, e.g. FREQ_MHZ={})",
            summary.clock_name,
            summary.fmax_mhz,
            fmt_mhz(opts.target_mhz),
            dir.join("nextpnr.log").display(),
            fmt_mhz(suggest_mhz(summary.fmax_mhz))
        );
    }
    Ok(summary)
}

/// icetime's own timing analysis of the placed and routed design
/// (`dir/top.asc`): the critical path's delay gives its Fmax (MHz). The
/// report goes to `dir/icetime.rpt`, the tool's output to `dir/icetime.log`.
pub fn icetime(dir: &Path, target_mhz: f64) -> Result<f64> {
    let tool = std::env::var("ICETIME").unwrap_or_else(|_| "icetime".into());
    let freq = format!("{target_mhz}");
    run(
        dir,
        "icetime.log",
        &tool,
        &[
            "-d",
            "up5k",
            "-P",
            "sg48",
            "-p",
            "top.pcf",
            "-c",
            &freq,
            "-mtr",
            "icetime.rpt",
            "top.asc",
        ],
    )
    .or_else(|e| {
        // icetime exits with an error when the clock constraint fails; the
        // estimate in its log says by how much.
        if std::fs::read_to_string(dir.join("icetime.log"))
            .is_ok_and(|l| l.contains("Timing estimate"))
        {
            Ok(())
        } else {
            Err(e)
        }
    })?;
    let log = std::fs::read_to_string(dir.join("icetime.log"))?;
    parse_icetime_log(&log).with_context(|| {
        format!(
            "no timing estimate in {}",
            dir.join("icetime.log").display()
        )
    })
}

/// The MHz of `// Timing estimate: 46.31 ns (21.59 MHz)`.
pub fn parse_icetime_log(log: &str) -> Option<f64> {
    let l = log.lines().find(|l| l.contains("Timing estimate:"))?;
    let mhz = l.split('(').nth(1)?.split_whitespace().next()?;
    mhz.parse().ok()
}

/// Read the summary of a finished build from `dir/nextpnr.log`.
pub fn read_summary(dir: &Path, target_mhz: f64) -> Result<Summary> {
    let log_path = dir.join("nextpnr.log");
    let log = std::fs::read_to_string(&log_path)
        .with_context(|| format!("cannot read {}", log_path.display()))?;
    let mut s = parse_nextpnr_log(&log)
        .with_context(|| format!("cannot read the results in {}", log_path.display()))?;
    s.target_mhz = target_mhz;
    s.bitstream = dir.join("top.bin");
    Ok(s)
}

/// Utilisation and the design clock's Fmax from a nextpnr-ice40 log.
///
/// nextpnr prints `Max frequency for clock 'X': F MHz (PASS at T MHz)` after
/// placement and again after routing; the last value per clock counts. The
/// design clock is the slowest clock other than the 12 MHz pad's.
pub fn parse_nextpnr_log(log: &str) -> Result<Summary> {
    let util = |cell: &str| -> Result<u32> {
        let key = format!("{cell}:");
        log.lines()
            .rev()
            .filter_map(|l| {
                let l = l.trim_start_matches("Info:").trim();
                let rest = l.strip_prefix(&key)?;
                rest.trim().split('/').next()?.trim().parse::<u32>().ok()
            })
            .next()
            .ok_or_else(|| anyhow::anyhow!("no {cell} line in the utilisation report"))
    };
    let logic_cells = util("ICESTORM_LC")?;
    let ebr = util("ICESTORM_RAM")?;
    let spram = util("ICESTORM_SPRAM")?;
    let mut clocks: Vec<(String, f64)> = Vec::new();
    for l in log.lines() {
        // The name is padded: `Max frequency for clock       'clock': ...`.
        let Some(i) = l.find("Max frequency for clock") else {
            continue;
        };
        let Some(q) = l[i..].find('\'') else { continue };
        let rest = &l[i + q + 1..];
        let Some(end) = rest.find("':") else { continue };
        let name = rest[..end].to_string();
        let f: Option<f64> = rest[end + 2..]
            .split_whitespace()
            .next()
            .and_then(|x| x.parse().ok());
        if let Some(f) = f {
            match clocks.iter_mut().find(|(n, _)| *n == name) {
                Some(c) => c.1 = f,
                None => clocks.push((name, f)),
            }
        }
    }
    let design = clocks
        .iter()
        .filter(|(n, _)| !n.contains("clk12"))
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .or_else(|| clocks.iter().min_by(|a, b| a.1.total_cmp(&b.1)))
        .ok_or_else(|| anyhow::anyhow!("no 'Max frequency for clock' line"))?;
    Ok(Summary {
        logic_cells,
        ebr,
        spram,
        fmax_mhz: design.1,
        clock_name: design.0.clone(),
        target_mhz: 0.0,
        bitstream: PathBuf::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_what_does_not_fit() {
        let log = "Info: Device utilisation:\n\
                   Info: \t         ICESTORM_LC:  5564/ 5280   105%\n\
                   Info: \t        ICESTORM_RAM:    12/   30    40%\n\
                   Info: \t      ICESTORM_SPRAM:     4/    4   100%\n\
                   ERROR: Failed to expand region (0, 0) |_> (25, 31) of 5563 ICESTORM_LCs\n";
        assert_eq!(
            over_capacity(log).as_deref(),
            Some("the design needs 5564 of the 5280 logic cells")
        );
        assert_eq!(
            over_capacity("Info: \t ICESTORM_LC:  5000/ 5280    94%\n"),
            None
        );
    }

    #[test]
    fn parses_a_nextpnr_log() {
        let log = "\
Info: Device utilisation:
Info: \t         ICESTORM_LC:   243/ 5280     4%
Info: \t        ICESTORM_RAM:     2/   30     6%
Info: \t               SB_IO:     2/   96     2%
Info: \t      ICESTORM_SPRAM:     1/    4    25%
Info: Max frequency for clock 'pll.clock_out': 40.10 MHz (PASS at 24.00 MHz)
Info: Max frequency for clock 'pll.clock_out': 44.35 MHz (PASS at 24.00 MHz)
";
        let s = parse_nextpnr_log(log).unwrap();
        assert_eq!((s.logic_cells, s.ebr, s.spram), (243, 2, 1));
        assert_eq!(s.fmax_mhz, 44.35);
        assert_eq!(s.clock_name, "pll.clock_out");
    }

    #[test]
    fn parses_an_icetime_log() {
        let log = "// Reading 5k chipdb file..\n// Timing estimate: 46.31 ns (21.59 MHz)\n\
                   // Checking 50.31 ns (19.88 MHz) clock constraint: PASSED.\n";
        assert_eq!(parse_icetime_log(log), Some(21.59));
        assert_eq!(parse_icetime_log("nothing"), None);
    }

    #[test]
    fn suggests_a_reachable_clock() {
        assert_eq!(suggest_mhz(44.2), 44.0);
        assert_eq!(suggest_mhz(10.66), 6.0);
        assert_eq!(suggest_mhz(12.5), 12.0);
        assert_eq!(suggest_mhz(5.0), 4.0);
    }

    #[test]
    fn picks_the_design_clock_not_the_oscillator() {
        let log = "\
Info: \t         ICESTORM_LC:   254/ 5280     4%
Info: \t        ICESTORM_RAM:     1/   30     3%
Info: \t      ICESTORM_SPRAM:     0/    4     0%
Info: Max frequency for clock                   'clock': 45.14 MHz (PASS at 6.00 MHz)
Info: Max frequency for clock 'clk12$SB_IO_IN_$glb_clk': 99.35 MHz (PASS at 6.00 MHz)
Info: Max frequency for clock                   'clock': 44.79 MHz (PASS at 6.00 MHz)
Info: Max frequency for clock 'clk12$SB_IO_IN_$glb_clk': 99.06 MHz (PASS at 6.00 MHz)
";
        let s = parse_nextpnr_log(log).unwrap();
        assert_eq!((s.clock_name.as_str(), s.fmax_mhz), ("clock", 44.79));
        let direct = "\
Info: \t         ICESTORM_LC:   237/ 5280     4%
Info: \t        ICESTORM_RAM:     1/   30     3%
Info: \t      ICESTORM_SPRAM:     0/    4     0%
Info: Max frequency for clock 'clk12$SB_IO_IN_$glb_clk': 46.14 MHz (PASS at 12.00 MHz)
";
        assert_eq!(parse_nextpnr_log(direct).unwrap().fmax_mhz, 46.14);
    }
}
