//! `pysm-icebreaker`: build an iCEBreaker bitstream from a PySM program image.

use anyhow::{bail, Context, Result};
use pysm_icebreaker::flow::{self, FlowOptions};
use pysm_icebreaker::{ClockPlan, StandinTop};
use std::path::PathBuf;

const USAGE: &str = "\
usage:
  pysm-icebreaker bitstream IMAGE.pysm [--out DIR] [--mhz F] [--seed N]
      build DIR/top.bin for the processor running IMAGE
  pysm-icebreaker standin [--out DIR] [--mhz F] [--seed N]
      build DIR/top.bin for the stand-in design (no processor)
  pysm-icebreaker verilog (IMAGE.pysm | --standin) [--out DIR] [--mhz F]
      only write DIR/top.v and DIR/top.pcf
  pysm-icebreaker report [--out DIR] [--mhz F]
      print the summary line of the last build in DIR

  --out DIR   output directory (default build/icebreaker)
  --mhz F     design clock and nextpnr's target (default 24): the PLL from
              16 MHz up, else 12 MHz / n (12, 6, 4, 3 ...)
  --seed N    nextpnr placement seed

The last line of a build is the summary:
  icebreaker: logic_cells=N/5280 ebr=N/30 spram=N/4 fmax_mhz=F target_mhz=T bitstream=PATH
Tools: $YOSYS, $NEXTPNR, $ICEPACK (default: yosys, nextpnr-ice40, icepack).
Exit status: 2 for an unreadable, corrupt, truncated or mismatched image, 1 for other errors.";

struct Args {
    command: String,
    image: Option<PathBuf>,
    standin: bool,
    out: PathBuf,
    mhz: f64,
    seed: Option<u64>,
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
            "--standin" => a.standin = true,
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
    pysm_icebreaker::Top::new(pysm_cpu::Soc::new(image), pll)
}

#[cfg(not(feature = "soc"))]
fn soc_top(_image: &pysm_isa::Image, _pll: ClockPlan) -> Result<StandinTop> {
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
    let summary = match a.command.as_str() {
        "bitstream" => {
            let image = load_image(&a.image)?;
            flow::build(&mut soc_top(&image, pll)?, &opts)?
        }
        "standin" => flow::build(&mut standin_top(pll)?, &opts)?,
        "verilog" => {
            let (v, p) = if a.standin {
                flow::write_sources(&mut standin_top(pll)?, &a.out)?
            } else {
                let image = load_image(&a.image)?;
                flow::write_sources(&mut soc_top(&image, pll)?, &a.out)?
            };
            println!("icebreaker: wrote {} and {}", v.display(), p.display());
            return Ok(());
        }
        "report" => {
            let s = flow::read_summary(&a.out, opts.target_mhz)?;
            if !s.timing_met() {
                eprintln!("icebreaker: timing NOT met");
            }
            s
        }
        c => bail!("unknown command {c}\n{USAGE}"),
    };
    println!("{}", summary.line());
    Ok(())
}

fn main() {
    if let Err(e) = main_() {
        eprintln!("pysm-icebreaker: error: {e:#}");
        std::process::exit(if e.is::<BadImage>() { 2 } else { 1 });
    }
}
