//! `pysm-icebreaker`: build an iCEBreaker bitstream from a PySM program image.

use anyhow::{bail, Context, Result};
use pysm_icebreaker::flow::{self, FlowOptions};
use pysm_icebreaker::netsim;
use pysm_icebreaker::{ClockPlan, StandinTop};
use std::path::PathBuf;

const USAGE: &str = "\
usage:
  pysm-icebreaker bitstream IMAGE.pysm [--out DIR] [--mhz F] [--seed N] [--placements N]
      build DIR/top.bin for the processor running IMAGE; a program too
      large for the code block RAM goes to DIR/program.bin, for the SPI
      flash at 1 MiB (iceprog -o 1M), and the processor runs it from SPRAM
  pysm-icebreaker base [--out DIR] [--mhz F] [--seed N] [--placements N]
      build DIR/top.asc with random placeholder memories, for `swap`
  pysm-icebreaker flash-base [--out DIR] [--mhz F] [--seed N] [--placements N]
      build DIR/top.bin, the design of programs in the SPI flash, which
      does not depend on the program, for `swap --flash-base`
  pysm-icebreaker swap IMAGE.pysm --base DIR [--flash-base DIR] [--out DIR]
      write IMAGE into the base's block RAMs with icebram: DIR/top.bin in
      seconds, without synthesis; a program too large for the base goes to
      DIR/program.bin beside a copy of the flash base's bitstream (exit
      status 4 when that has not been built)
  pysm-icebreaker standin [--out DIR] [--mhz F] [--seed N] [--placements N]
      build DIR/top.bin for the stand-in design (no processor)
  pysm-icebreaker verilog (IMAGE.pysm | --standin) [--out DIR] [--mhz F]
      only write DIR/top.v and DIR/top.pcf
  pysm-icebreaker report [--out DIR] [--mhz F]
      nextpnr's Fmax and icetime's timing of the last build in DIR, then the
      summary line; fails when either is below the design clock
  pysm-icebreaker netlist-sim [--out DIR] [--mhz F] [--loopback OUT=IN]... [--pnr-only]
      simulate the build in DIR as RTL, as yosys' netlist and as the placed
      and routed design (icebox_vlog); check they agree with the emulator
      (--pnr-only: only the placed design, e.g. after a swap)

  --out DIR   output directory (default build/icebreaker)
  --mhz F     design clock and nextpnr's target (default 24): the PLL from
              16 MHz up, else 12 MHz / n (12, 6, 4, 3 ...)
  --seed N    nextpnr placement seed
  --placements N
              placements to try (seed, seed + 1 ...) before a missed clock fails
              the build (default 1)

The last line of a build is the summary:
  icebreaker: logic_cells=N/5280 ebr=N/30 spram=N/4 fmax_mhz=F target_mhz=T bitstream=PATH
Tools: $YOSYS, $NEXTPNR, $ICEPACK, $ICETIME (default: yosys, nextpnr-ice40, icepack,\nicetime); icebox_vlog, iverilog and vvp from the PATH.
Exit status: 2 for an unreadable, corrupt, truncated or mismatched image, 4 for a
missing flash base, 1 for other errors.";

struct Args {
    command: String,
    image: Option<PathBuf>,
    standin: bool,
    out: PathBuf,
    mhz: f64,
    seed: Option<u64>,
    placements: u32,
    loopbacks: Vec<String>,
    base: Option<PathBuf>,
    flash_base: Option<PathBuf>,
    pnr_only: bool,
}

fn parse_args() -> Result<Args> {
    let mut it = std::env::args().skip(1);
    let command = match it.next() {
        Some(c) if c == "-h" || c == "--help" => {
            println!("{USAGE}");
            std::process::exit(0);
        }
        Some(c) => c,
        None => bail!("no command given\n{USAGE}"),
    };
    let mut a = Args {
        command,
        image: None,
        standin: false,
        out: PathBuf::from("build/icebreaker"),
        mhz: 24.0,
        seed: None,
        placements: 1,
        loopbacks: Vec::new(),
        base: None,
        flash_base: None,
        pnr_only: false,
    };
    while let Some(x) = it.next() {
        let mut value = |name: &str| it.next().with_context(|| format!("{name} needs a value"));
        match x.as_str() {
            "--out" | "-o" => a.out = value("--out")?.into(),
            "--mhz" => {
                a.mhz = value("--mhz")?
                    .parse()
                    .context("--mhz takes a number (MHz)")?
            }
            "--seed" => a.seed = Some(value("--seed")?.parse().context("--seed takes a number")?),
            "--placements" => {
                a.placements = value("--placements")?
                    .parse()
                    .context("--placements takes a number")?
            }
            "--standin" => a.standin = true,
            "--base" => a.base = Some(value("--base")?.into()),
            "--flash-base" => a.flash_base = Some(value("--flash-base")?.into()),
            "--pnr-only" => a.pnr_only = true,
            "--loopback" => a.loopbacks.push(value("--loopback")?),
            "-h" | "--help" => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            s if s.starts_with('-') => bail!("unknown option {s}\n{USAGE}"),
            s if a.image.is_none() => a.image = Some(s.into()),
            s => bail!("unexpected argument {s}\n{USAGE}"),
        }
    }
    Ok(a)
}

/// An unreadable or invalid program image: exit code 2, as `pysm` uses.
#[derive(Debug)]
struct BadImage(String);

impl std::fmt::Display for BadImage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for BadImage {}

fn load_image(path: &Option<PathBuf>) -> Result<pysm_isa::Image> {
    let path = path.as_ref().context("no program image given")?;
    let name = path.display();
    let bytes = std::fs::read(path).map_err(|e| BadImage(format!("{name}: {e}")))?;
    Ok(pysm_isa::Image::from_bytes(&bytes).map_err(|e| BadImage(format!("{name}: {e}")))?)
}

#[cfg(feature = "soc")]
fn soc_top(image: &pysm_isa::Image, pll: ClockPlan) -> Result<pysm_icebreaker::Top> {
    pysm_icebreaker::check_image(image).map_err(BadImage)?;
    pysm_icebreaker::Top::new(pysm_cpu::Soc::with_clock(image, pll.hz()), pll)
}

/// The swappable base: placeholder memories, entry 0, fixed stack base.
#[cfg(feature = "soc")]
fn base_top(pll: ClockPlan) -> Result<pysm_icebreaker::LoaderTop> {
    use pysm_icebreaker::swap;
    let mut soc = pysm_cpu::Soc::with_clock(&swap::placeholder(), pll.hz());
    soc.core = pysm_cpu::Core::new(0, swap::SWAP_STACK_BASE);
    pysm_icebreaker::LoaderTop::with_loader(soc, pll)
}

#[cfg(not(feature = "soc"))]
fn base_top(_pll: ClockPlan) -> Result<StandinTop> {
    bail!("pysm-icebreaker was built without the processor (cargo feature `soc`)")
}

#[cfg(not(feature = "soc"))]
fn soc_top(_image: &pysm_isa::Image, _pll: ClockPlan) -> Result<StandinTop> {
    bail!("pysm-icebreaker was built without the processor (cargo feature `soc`)")
}

use pysm_icebreaker::swap::FLASH_STREAM;

/// Write the flash stream of a program too large for the code block RAM
/// (or with static heap objects), and say so.
fn write_flash_stream(image: &pysm_isa::Image, path: &std::path::Path, mhz: f64) -> Result<()> {
    use pysm_icebreaker::flash_boot;
    let bytes = flash_boot::stream(image).map_err(BadImage)?;
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(path, &bytes).with_context(|| format!("writing {}", path.display()))?;
    println!(
        "icebreaker: {} instructions and {} static heap words: the program runs from the \
         code SPRAM, loaded at power-up from the SPI flash at {:#x}: {} ({} bytes, \
         {:.1} ms to load); `make prog` writes it with the bitstream",
        image.code.len(),
        image.heap.len().saturating_sub(1),
        flash_boot::FLASH_OFFSET,
        path.display(),
        bytes.len(),
        flash_boot::boot_cycles(bytes.len()) as f64 / (mhz * 1e3)
    );
    Ok(())
}

#[cfg(feature = "soc")]
fn flash_top(pll: ClockPlan) -> Result<pysm_icebreaker::FlashTop> {
    pysm_icebreaker::FlashTop::flash(pll)
}

#[cfg(not(feature = "soc"))]
fn flash_top(_pll: ClockPlan) -> Result<StandinTop> {
    bail!("pysm-icebreaker was built without the processor (cargo feature `soc`)")
}

fn standin_top(pll: ClockPlan) -> Result<StandinTop> {
    StandinTop::new(pysm_icebreaker::standin::Standin::new(23), pll)
}

fn main_() -> Result<()> {
    let a = parse_args()?;
    let pll = ClockPlan::for_mhz(a.mhz)?;
    if (pll.mhz() - a.mhz).abs() > 1e-6 {
        eprintln!(
            "icebreaker: the PLL makes {:.3} MHz, not {} MHz; the target is {:.3} MHz",
            pll.mhz(),
            a.mhz,
            pll.mhz()
        );
    }
    let mut opts = FlowOptions::new(&a.out, pll.mhz());
    opts.seed = a.seed;
    opts.placements = a.placements;
    let summary = match a.command.as_str() {
        "bitstream" => {
            let image = load_image(&a.image)?;
            let stream = a.out.join(FLASH_STREAM);
            if pysm_icebreaker::check_image(&image).is_ok() {
                // A stale stream would be flashed beside the wrong bitstream.
                let _ = std::fs::remove_file(&stream);
                flow::build(&mut soc_top(&image, pll)?, &opts)?
            } else {
                write_flash_stream(&image, &stream, pll.mhz())?;
                flow::build(&mut flash_top(pll)?, &opts)?
            }
        }
        "standin" => flow::build(&mut standin_top(pll)?, &opts)?,
        "flash-base" => {
            let _ = std::fs::remove_file(a.out.join(FLASH_STREAM));
            flow::build(&mut flash_top(pll)?, &opts)?
        }
        "base" => {
            pysm_icebreaker::swap::write_placeholders(&a.out)?;
            flow::build(&mut base_top(pll)?, &opts)?
        }
        "swap" => {
            let image = load_image(&a.image)?;
            let base = a.base.as_ref().context("swap needs --base DIR")?;
            let start = std::time::Instant::now();
            let too_big = pysm_icebreaker::swap::for_swap(&image).is_err()
                && pysm_icebreaker::flash_boot::stream(&image).is_ok();
            if let (true, Some(fb)) = (too_big, &a.flash_base) {
                let n = pysm_icebreaker::swap::swap_flash(&image, fb, &a.out)?;
                println!(
                    "icebreaker: {} has {} instructions, too many for the base's code block \
                     RAM: its flash stream {} ({n} bytes) and the flash base's bitstream {} in \
                     {:.2} s, without synthesis; `make prog` writes both (`iceprog -o 1M {}` \
                     alone swaps the program)",
                    a.image.as_ref().unwrap().display(),
                    image.code.len(),
                    a.out.join(FLASH_STREAM).display(),
                    a.out.join("top.bin").display(),
                    start.elapsed().as_secs_f64(),
                    a.out.join(FLASH_STREAM).display(),
                );
            } else {
                pysm_icebreaker::swap::swap(&image, base, &a.out)?;
                println!(
                    "icebreaker: swapped {} into {} in {:.2} s: {}",
                    a.image.as_ref().unwrap().display(),
                    base.join("top.asc").display(),
                    start.elapsed().as_secs_f64(),
                    a.out.join("top.bin").display()
                );
            }
            flow::read_summary(&a.out, opts.target_mhz)?
        }
        "verilog" => {
            let (v, p) = if a.standin {
                flow::write_sources(&mut standin_top(pll)?, &a.out)?
            } else {
                let image = load_image(&a.image)?;
                if pysm_icebreaker::check_image(&image).is_ok() {
                    let _ = std::fs::remove_file(a.out.join(FLASH_STREAM));
                    flow::write_sources(&mut soc_top(&image, pll)?, &a.out)?
                } else {
                    write_flash_stream(&image, &a.out.join(FLASH_STREAM), pll.mhz())?;
                    flow::write_sources(&mut flash_top(pll)?, &a.out)?
                }
            };
            println!("icebreaker: wrote {} and {}", v.display(), p.display());
            return Ok(());
        }
        "netlist-sim" => {
            let clock_hz = (pll.mhz() * 1e6).round() as u64;
            let baud = pysm_icebreaker::uart_tx::BAUD;
            let levels: &[netsim::Level] = if a.pnr_only {
                &[netsim::Level::Pnr]
            } else {
                &netsim::Level::ALL
            };
            let p = netsim::check(&a.out, &a.loopbacks, clock_hz, baud, levels)?;
            let r = &p.runs[0];
            println!(
                "netlist-sim: output {:?} identical from the emulator and {}",
                String::from_utf8_lossy(&r.output),
                levels
                    .iter()
                    .map(|l| l.name())
                    .collect::<Vec<_>>()
                    .join(", ")
            );
            println!(
                "netlist-sim: {} pad/UART events identical over {} cycles; emulator cycles={}; \
                 board cycle = emulator cycle + {} for every GPIO change; first UART start bit at board cycle {}",
                r.events.len(),
                p.cycles,
                p.reference.cycles,
                p.gpio_offset,
                r.byte_cycles.first().copied().unwrap_or(0)
            );
            let times: Vec<String> = p
                .runs
                .iter()
                .map(|r| format!("{} {:.1} s", r.level.name(), r.seconds))
                .collect();
            println!("netlist-sim: PASS ({})", times.join(", "));
            return Ok(());
        }
        "report" => {
            let s = flow::read_summary(&a.out, opts.target_mhz)?;
            println!(
                "icebreaker: nextpnr: {} reaches {:.2} MHz (target {:.3} MHz, log {})",
                s.clock_name,
                s.fmax_mhz,
                opts.target_mhz,
                a.out.join("nextpnr.log").display()
            );
            let icetime = flow::icetime(&a.out, opts.target_mhz)?;
            println!(
                "icebreaker: icetime: critical path {:.2} MHz (report {})",
                icetime,
                a.out.join("icetime.rpt").display()
            );
            println!("{}", s.line());
            let mut failed = Vec::new();
            if !s.timing_met() {
                failed.push(format!("nextpnr {:.2} MHz", s.fmax_mhz));
            }
            if icetime < opts.target_mhz {
                failed.push(format!("icetime {icetime:.2} MHz"));
            }
            if !failed.is_empty() {
                bail!(
                    "TIMING NOT MET at {:.3} MHz: {}",
                    opts.target_mhz,
                    failed.join(", ")
                );
            }
            return Ok(());
        }
        c => bail!("unknown command {c}\n{USAGE}"),
    };
    println!("{}", summary.line());
    Ok(())
}

fn main() {
    if let Err(e) = main_() {
        eprintln!("pysm-icebreaker: error: {e:#}");
        let code = if e.is::<BadImage>() {
            2
        } else if e.is::<pysm_icebreaker::swap::NoFlashBase>() {
            4
        } else {
            1
        };
        std::process::exit(code);
    }
}
