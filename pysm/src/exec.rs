//! `pysm run` and `pysm sim`: one contract, two machines.

use crate::profile::Profile;
use crate::{exit, load_program, RunArgs, EXIT_EXCEPTION, EXIT_ILLEGAL, EXIT_MAX_CYCLES};
use anyhow::{Context, Result};
use pysm_emu::traceback::traceback;
use pysm_emu::{Console, GpioEnv, Outcome, Retire, Step};
use pysm_isa::{Fault, Image};
use std::io::Write;

#[derive(Copy, Clone, PartialEq, Eq)]
pub enum Backend {
    Emulator,
    Rtl,
    Verilator,
}

/// Program output goes straight to stdout, byte for byte.
struct Stdout(std::io::BufWriter<std::io::Stdout>);

impl Console for Stdout {
    fn byte(&mut self, _cycle: u64, b: u8) {
        let _ = self.0.write_all(&[b]);
        if b == b'\n' {
            let _ = self.0.flush();
        }
    }
}

fn gpio_env(args: &RunArgs) -> Result<GpioEnv> {
    let mut env = GpioEnv::new();
    for l in &args.loopback {
        env.add_loopback(l)
            .map_err(|e| exit(crate::EXIT_COMPILE, format!("pysm: error: --loopback: {e}")))?;
    }
    if let Some(p) = &args.gpio_in {
        let text = std::fs::read_to_string(p)
            .map_err(|e| exit(crate::EXIT_COMPILE, format!("{}: error: {e}", p.display())))?;
        env.load_inputs(&text, &p.display().to_string())
            .map_err(|e| exit(crate::EXIT_COMPILE, format!("pysm: error: {e}")))?;
    }
    if let Some(p) = &args.gpio_trace {
        let f =
            std::fs::File::create(p).with_context(|| format!("cannot write {}", p.display()))?;
        env.set_trace(Box::new(std::io::BufWriter::new(f)))?;
    }
    Ok(env)
}

/// One line per retired instruction, with the source line it came from.
fn trace_line(image: &Image, lines: &[&str], r: &Retire) -> String {
    let src = image
        .debug
        .line_of(r.pc)
        .and_then(|e| {
            lines
                .get(e.line as usize - 1)
                .map(|l| format!("  | {:>4}: {}", e.line, l.trim()))
        })
        .unwrap_or_default();
    format!("{r}{src}\n")
}

pub fn run(args: &RunArgs, backend: Backend) -> Result<u8> {
    if args.vcd.is_some() && backend != Backend::Rtl {
        return Err(exit(
            crate::EXIT_COMPILE,
            "pysm: error: --vcd records the rust-hdl simulation: use `pysm sim` without --verilator".into(),
        ));
    }
    if args.profile && backend != Backend::Emulator {
        return Err(exit(
            crate::EXIT_COMPILE,
            "pysm: error: --profile is an option of `pysm run` (the cycle counts are the same)"
                .into(),
        ));
    }
    if args.verilator && backend == Backend::Emulator {
        return Err(exit(
            crate::EXIT_COMPILE,
            "pysm: error: --verilator is an option of `pysm sim`".into(),
        ));
    }
    let program = load_program(&args.file)?;
    let image = &program.image;
    let mut env = gpio_env(args)?;
    // A program that reads the UART gets stdin on its receive line, sent
    // by the host model (`pysm_emu::uart`), then EOT; read to its end first
    // so that the run is the same whatever the pipe's timing.
    if pysm_emu::uart::reads_uart(&image.code) {
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes)
            .context("cannot read stdin")?;
        env.set_uart(pysm_emu::UartHost::stdin(
            bytes,
            pysm_isa::io::DEFAULT_CLOCK_HZ,
        ));
    }
    let mut console = Stdout(std::io::BufWriter::new(std::io::stdout()));
    let lines: Vec<&str> = program
        .source
        .as_deref()
        .map(|s| s.lines().collect())
        .unwrap_or_default();
    let mut err = std::io::BufWriter::new(std::io::stderr());
    let trace = args.trace;
    let mut report = None;
    let mut on_retire = |r: &Retire| {
        if trace {
            let _ = err.write_all(trace_line(image, &lines, r).as_bytes());
        }
    };
    let (outcome, cycles, instret, state): (Outcome, u64, u64, pysm_emu::Machine) = match backend {
        Backend::Emulator if args.profile => {
            let mut prof = Profile::new(image.code.len());
            let mut m = pysm_emu::Machine::new(image);
            let o = loop {
                if args.max_cycles.is_some_and(|max| m.cycle >= max) {
                    break Outcome::OutOfCycles;
                }
                let before = m.cycle;
                match m.step(&mut env, &mut console) {
                    Step::Retired(r) => {
                        prof.add(r.pc, m.cycle - before);
                        on_retire(&r);
                    }
                    Step::Halted(r) => {
                        prof.add(r.pc, m.cycle - before);
                        on_retire(&r);
                        break Outcome::Halted;
                    }
                    Step::Faulted(f) => break Outcome::Faulted(f),
                }
            };
            report = Some(prof.report(image, program.source.as_deref(), m.cycle, 20));
            (o, m.cycle, m.instret, m)
        }
        Backend::Emulator => {
            let (m, o) = pysm_emu::run(
                image,
                &mut env,
                &mut console,
                args.max_cycles,
                &mut on_retire,
            );
            (o, m.cycle, m.instret, m)
        }
        Backend::Rtl => {
            if let Err(e) = pysm_cpu::check_image(image) {
                return Err(exit(
                    crate::EXIT_COMPILE,
                    format!("{}: error: {e}", args.file.display()),
                ));
            }
            let mut vcd = match &args.vcd {
                Some(p) => {
                    let f = std::fs::File::create(p)
                        .with_context(|| format!("cannot write {}", p.display()))?;
                    Some(pysm_testbench::vcd::Vcd::new(std::io::BufWriter::new(f))?)
                }
                None => None,
            };
            let mut vcd_err = None;
            let r = pysm_testbench::run_sim_sampled(
                pysm_testbench::RtlSim::new(image),
                image,
                &mut env,
                &mut console,
                args.max_cycles,
                &mut |r| {
                    on_retire(r);
                    true
                },
                &mut |c, soc| {
                    if let Some(v) = vcd.as_mut() {
                        if let Err(e) = v.sample(c, soc) {
                            vcd_err.get_or_insert(e);
                        }
                    }
                },
            );
            if let Some(e) = vcd_err {
                return Err(e).context("cannot write the VCD file");
            }
            if let Some(v) = vcd {
                v.finish().context("cannot write the VCD file")?;
            }
            (r.outcome, r.cycles, r.instret, r.state)
        }
        Backend::Verilator => {
            let r = pysm_testbench::verilator::run_verilator(
                image,
                &mut env,
                &mut console,
                args.max_cycles,
                trace,
                &mut |r| {
                    on_retire(r);
                    true
                },
            )
            .map_err(|e| anyhow::anyhow!("{e}"))?;
            (r.outcome, r.cycles, r.instret, r.state)
        }
    };
    let _ = err.flush();
    let _ = console.0.flush();
    env.flush();
    if args.stats {
        eprintln!("cycles={cycles} instructions={instret}");
    }
    if let Some(r) = report {
        eprint!("{r}");
    }
    Ok(match outcome {
        Outcome::Halted => 0,
        Outcome::OutOfCycles => {
            eprintln!(
                "pysm: stopped after {} cycles: the --max-cycles limit was reached",
                args.max_cycles.unwrap_or(cycles)
            );
            EXIT_MAX_CYCLES
        }
        Outcome::Faulted(f) => {
            eprint!("{}", traceback(&state, f, image, program.source.as_deref()));
            if f == Fault::IllegalInstruction {
                EXIT_ILLEGAL
            } else {
                EXIT_EXCEPTION
            }
        }
    })
}
