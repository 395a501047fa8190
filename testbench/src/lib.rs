//! Runs PySM images on the RTL (`pysm_cpu::SimSoc` under rust-hdl's
//! `simulate()`), side by side with the emulator, and on the generated
//! Verilog (see [`verilog`]).
//!
//! Cycle convention (the emulator's): cycle 0 fetches the first instruction,
//! which starts at cycle 1. The Soc's retirement port is registered: an
//! instruction whose last cycle is `c - 1` shows `retire_valid` in cycle `c`,
//! the cycle at which the next instruction starts.

pub mod vcd;
pub mod verilator;
pub mod verilog;

use pysm_cpu::SimSoc;
use pysm_emu::{Console, GpioEnv, Outcome, Retire, Step};
use pysm_isa::mem::{DATA_WORDS, HEAP_WORDS, RSTACK_WORDS};
use pysm_isa::{Fault, Image, Instr, Op};
use rust_hdl::prelude::*;
use std::io::Write;
use std::sync::{Arc, Mutex};

/// The result of [`run_rtl`], mirroring `pysm_emu::run`.
#[derive(Clone, Debug)]
pub struct RtlRun {
    pub outcome: Outcome,
    /// The cycle at which the next instruction would start (the emulator's
    /// `Machine::cycle`).
    pub cycles: u64,
    pub instret: u64,
    /// The machine state after the run, for tracebacks: registers from the
    /// Soc's state outputs, memories from shadow copies kept from the
    /// retirement trace. It is the emulator's state type, so both machines
    /// are read by the same code.
    pub state: pysm_emu::Machine,
    /// Clock cycles actually simulated.
    pub sim_cycles: u64,
    /// The core stopped retiring instructions without halting or faulting
    /// (a CPU bug); the outcome is then `OutOfCycles`.
    pub stuck: bool,
}

/// More cycles than any instruction takes (with the console always ready;
/// `RAISE` unwinding the whole return stack takes 257).
const STUCK_CYCLES: u64 = 400;

/// A cycle-by-cycle driver of the Soc.
pub struct RtlSim {
    pub soc: Box<SimSoc>,
    /// The number of the cycle whose outputs are visible now.
    pub cycle: u64,
}

impl RtlSim {
    pub fn new(image: &Image) -> RtlSim {
        let mut soc = Box::new(SimSoc::new(image));
        soc.connect_all();
        soc.enable.next = true;
        soc.console_ready.next = true;
        soc.uart_rx.next = true;
        soc.gpio_in.next = 0.into();
        soc.boot.next = false;
        soc.boot_pc.next = 0.into();
        soc.boot_sp.next = 0.into();
        soc.load_we.next = false;
        soc.load_code.next = false;
        soc.load_heap.next = false;
        soc.load_addr.next = 0.into();
        soc.load_data.next = 0.into();
        soc.clock.next = false.into();
        assert!(simulate(&mut *soc, 1000), "the Soc does not settle");
        RtlSim { soc, cycle: 0 }
    }

    /// A Soc built with `built_with` in its memories that first runs for
    /// `warmup` cycles, then gets `program` through the boot port: every
    /// code and data word (so nothing of the first program is left).
    /// Cycle 0 is then the first cycle after boot falls.
    pub fn booted(built_with: &Image, warmup: u64, program: &Image) -> RtlSim {
        let mut sim = RtlSim::new(built_with);
        for _ in 0..warmup {
            sim.step(0);
        }
        sim.soc.boot.next = true;
        for (m, words) in boot_words(program) {
            for (a, w) in words.into_iter().enumerate() {
                sim.soc.load_we.next = true;
                sim.soc.load_code.next = m == Mem::Code;
                sim.soc.load_heap.next = m == Mem::Heap;
                sim.soc.load_addr.next = (a as u64).into();
                sim.soc.load_data.next = (w as u64).into();
                sim.step(0);
            }
        }
        sim.soc.load_we.next = false;
        sim.soc.boot_pc.next = (program.entry as u64).into();
        sim.soc.boot_sp.next = (program.stack_base() as u64).into();
        sim.step(0);
        sim.soc.boot.next = false;
        assert!(simulate(&mut *sim.soc, 1000), "the Soc does not settle");
        sim.cycle = 0;
        sim
    }

    /// Set the pad levels of the current cycle and clock into the next one.
    pub fn step(&mut self, pads: u32) {
        self.soc.gpio_in.next = (pads as u64).into();
        self.soc.clock.next = true.into();
        assert!(simulate(&mut *self.soc, 1000), "the Soc does not settle");
        self.soc.clock.next = false.into();
        assert!(simulate(&mut *self.soc, 1000), "the Soc does not settle");
        self.cycle += 1;
    }

    pub fn retire(&self) -> Option<Retire> {
        let s = &self.soc;
        if !s.retire_valid.val() {
            return None;
        }
        Some(Retire {
            pc: s.retire_pc.val().to_u32(),
            instr: s.retire_instr.val().to_u32(),
            tos: s.retire_tos.val().to_u32(),
            sp: s.retire_sp.val().to_u32(),
            fp: s.retire_fp.val().to_u32(),
            rsp: s.retire_rsp.val().to_u32(),
            write: if s.retire_we.val() {
                Some((s.retire_waddr.val().to_u32(), s.retire_wdata.val().to_u32()))
            } else {
                None
            },
            heap_write: if s.retire_hwe.val() {
                Some((s.retire_haddr.val().to_u32(), s.retire_hdata.val().to_u32()))
            } else {
                None
            },
            rstack_write: if s.retire_rwe.val() {
                Some((s.retire_rwa.val().to_u32(), s.retire_rdata.val().to_u32()))
            } else {
                None
            },
        })
    }
}

/// A memory the boot port loads.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Mem {
    Code,
    Data,
    Heap,
}

/// What the boot port loads for an image: every code word, every data word,
/// then every heap word, zero-padded to the memories' sizes.
pub fn boot_words(image: &Image) -> [(Mem, Vec<u32>); 3] {
    let mut code = image.code.clone();
    code.resize(pysm_cpu::CODE_WORDS, 0);
    let mut data = image.data.clone();
    data.resize(DATA_WORDS, 0);
    let mut heap = image.heap.clone();
    heap.resize(HEAP_WORDS, 0);
    [(Mem::Code, code), (Mem::Data, data), (Mem::Heap, heap)]
}

/// Run `sim`, which holds `image` at cycle 0, like `pysm_emu::run`;
/// `observe` returning false stops the run (outcome `OutOfCycles`).
pub fn run_sim(
    sim: RtlSim,
    image: &Image,
    env: &mut GpioEnv,
    console: &mut dyn Console,
    max_cycles: Option<u64>,
    observe: &mut dyn FnMut(&Retire) -> bool,
) -> RtlRun {
    run_sim_sampled(
        sim,
        image,
        env,
        console,
        max_cycles,
        observe,
        &mut |_, _| {},
    )
}

/// [`run_sim`], calling `sample` with the Soc in every cycle (waveforms).
pub fn run_sim_sampled(
    mut sim: RtlSim,
    image: &Image,
    env: &mut GpioEnv,
    console: &mut dyn Console,
    max_cycles: Option<u64>,
    observe: &mut dyn FnMut(&Retire) -> bool,
    sample: &mut dyn FnMut(u64, &SimSoc),
) -> RtlRun {
    let mut data = image.data.clone();
    data.resize(DATA_WORDS, 0);
    let mut heap = image.heap.clone();
    heap.resize(HEAP_WORDS, 0);
    let mut rstack = vec![0u32; RSTACK_WORDS];
    // The cycle at which the current instruction started.
    let mut start: u64 = 1;
    let mut instret = 0u64;
    let mut last_gpio = (0u32, 0u32);
    let mut stuck = false;
    let rx_read = pysm_emu::uart::rx_read_word();
    let outcome = loop {
        let c = sim.cycle;
        let s = &sim.soc;
        sample(c, s);
        let mut halted_now = false;
        let mut instr_start = start;
        if let Some(r) = sim.retire() {
            instr_start = start;
            start = c;
            instret += 1;
            if let Some((a, d)) = r.write {
                data[a as usize % DATA_WORDS] = d;
            }
            if let Some((a, d)) = r.heap_write {
                heap[a as usize % HEAP_WORDS] = d;
            }
            if let Some((a, e)) = r.rstack_write {
                rstack[a as usize % RSTACK_WORDS] = e;
            }
            if let Ok(i) = Instr::decode(r.instr) {
                halted_now = i.op == Op::Halt;
            }
            if r.instr == rx_read && r.tos != pysm_emu::uart::RX_NONE {
                env.uart_take(instr_start);
            }
            if !observe(&r) {
                break Outcome::OutOfCycles;
            }
        }
        if s.console_valid.val() {
            console.byte(instr_start, s.console_data.val().to_u32() as u8);
        }
        let g = (s.gpio_dir.val().to_u32(), s.gpio_out.val().to_u32());
        if g != last_gpio {
            env.drive(c, g.0, g.1);
            last_gpio = g;
        }
        if halted_now || s.halted.val() {
            break Outcome::Halted;
        }
        let f = s.fault.val().to_u32();
        if f != 0 {
            break Outcome::Faulted(Fault::from_u32(f).unwrap_or(Fault::IllegalInstruction));
        }
        if c >= start && max_cycles.is_some_and(|m| start >= m) {
            break Outcome::OutOfCycles;
        }
        if c > start + STUCK_CYCLES {
            stuck = true;
            break Outcome::OutOfCycles;
        }
        let pads = env.pads(c);
        sim.soc.uart_rx.next = env.uart_level(c);
        sim.step(pads);
    };
    env.flush();
    let s = &sim.soc;
    RtlRun {
        outcome,
        cycles: start,
        instret,
        state: pysm_emu::Machine {
            pc: s.state_pc.val().to_u32(),
            sp: s.state_sp.val().to_u32(),
            fp: s.state_fp.val().to_u32(),
            rsp: s.state_rsp.val().to_u32(),
            tos: s.state_tos.val().to_u32(),
            data,
            heap,
            rstack,
            gpio_dir: s.gpio_dir.val().to_u32(),
            gpio_out: s.gpio_out.val().to_u32(),
            cycle: start,
            instret,
            ..pysm_emu::Machine::new(image)
        },
        sim_cycles: sim.cycle,
        stuck,
    }
}

/// Run an image on the RTL simulation, like `pysm_emu::run` on the emulator.
pub fn run_rtl(
    image: &Image,
    env: &mut GpioEnv,
    console: &mut dyn Console,
    max_cycles: Option<u64>,
    on_retire: &mut dyn FnMut(&Retire),
) -> RtlRun {
    run_sim(
        RtlSim::new(image),
        image,
        env,
        console,
        max_cycles,
        &mut |r| {
            on_retire(r);
            true
        },
    )
}

/// Console bytes with the cycle at which their `IO_WRITE` started.
#[derive(Default, Clone, Debug, PartialEq, Eq)]
pub struct TimedConsole(pub Vec<(u64, u8)>);

impl Console for TimedConsole {
    fn byte(&mut self, cycle: u64, b: u8) {
        self.0.push((cycle, b));
    }
}

impl TimedConsole {
    pub fn bytes(&self) -> Vec<u8> {
        self.0.iter().map(|x| x.1).collect()
    }
}

/// A `Write` into a shared buffer (for `GpioEnv::set_trace`).
#[derive(Clone, Default)]
pub struct SharedBuf(pub Arc<Mutex<Vec<u8>>>);

impl Write for SharedBuf {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl SharedBuf {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap()).into_owned()
    }
}

/// What one side of a lockstep run did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SideResult {
    pub outcome: Outcome,
    pub cycles: u64,
    pub instret: u64,
    pub console: Vec<(u64, u8)>,
    /// The `--gpio-trace` text (`cycle,pin,value` lines).
    pub gpio_trace: String,
}

/// The first difference between the emulator and the RTL.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mismatch {
    /// The n-th retired instruction differs (None: that side had no n-th).
    Retire {
        index: u64,
        emu: Option<Box<Retire>>,
        rtl: Option<Box<Retire>>,
    },
    Outcome {
        emu: Outcome,
        rtl: Outcome,
    },
    Cycles {
        emu: u64,
        rtl: u64,
    },
    Console {
        emu: Vec<(u64, u8)>,
        rtl: Vec<(u64, u8)>,
    },
    Gpio {
        emu: String,
        rtl: String,
    },
    /// The core stopped retiring without halting or faulting.
    Stuck {
        cycle: u64,
    },
}

impl std::fmt::Display for Mismatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let show =
            |r: &Option<Box<Retire>>| r.as_ref().map_or("(none)".to_string(), |r| r.to_string());
        match self {
            Mismatch::Retire { index, emu, rtl } => write!(
                f,
                "retired instruction #{index} differs\n  emu: {}\n  rtl: {}",
                show(emu),
                show(rtl)
            ),
            Mismatch::Outcome { emu, rtl } => write!(f, "outcome: emu {emu:?}, rtl {rtl:?}"),
            Mismatch::Cycles { emu, rtl } => write!(f, "cycles: emu {emu}, rtl {rtl}"),
            Mismatch::Console { emu, rtl } => {
                write!(f, "console differs:\n  emu: {emu:?}\n  rtl: {rtl:?}")
            }
            Mismatch::Gpio { emu, rtl } => write!(f, "gpio trace differs:\n{emu}\n---\n{rtl}"),
            Mismatch::Stuck { cycle } => write!(f, "the RTL stopped retiring at cycle {cycle}"),
        }
    }
}

/// Run the emulator and the RTL on the same image and compare every retired
/// instruction, the outcome, the cycle count, the console bytes (with their
/// cycles) and the GPIO output changes (with their cycles). `setup` prepares
/// each side's `GpioEnv` (loopbacks, inputs).
pub fn lockstep(
    image: &Image,
    setup: &dyn Fn(&mut GpioEnv),
    max_cycles: Option<u64>,
) -> Result<SideResult, Mismatch> {
    lockstep_on(image, setup, max_cycles, &|img, env, con, max, obs| {
        run_sim(RtlSim::new(img), img, env, con, max, obs)
    })
}

/// Runs an image on an RTL simulation, like [`run_sim`] (`observe` returning
/// false stops the run).
pub type Runner<'a> = &'a dyn Fn(
    &Image,
    &mut GpioEnv,
    &mut dyn Console,
    Option<u64>,
    &mut dyn FnMut(&Retire) -> bool,
) -> RtlRun;

/// [`lockstep`] with the RTL side run by `runner` (another simulator, or a
/// Soc loaded through its boot port).
pub fn lockstep_on(
    image: &Image,
    setup: &dyn Fn(&mut GpioEnv),
    max_cycles: Option<u64>,
    runner: Runner,
) -> Result<SideResult, Mismatch> {
    // The emulator steps along with the RTL's retirements (no trace kept:
    // long programs retire hundreds of millions of instructions).
    let mut eenv = GpioEnv::new();
    setup(&mut eenv);
    let ebuf = SharedBuf::default();
    eenv.set_trace(Box::new(ebuf.clone())).unwrap();
    let mut econ = TimedConsole::default();
    let mut m = pysm_emu::Machine::new(image);
    let mut eout: Option<Outcome> = None;
    let emu_next = |m: &mut pysm_emu::Machine,
                    eenv: &mut GpioEnv,
                    econ: &mut TimedConsole,
                    eout: &mut Option<Outcome>|
     -> Option<Retire> {
        if eout.is_some() {
            return None;
        }
        if max_cycles.is_some_and(|max| m.cycle >= max) {
            *eout = Some(Outcome::OutOfCycles);
            return None;
        }
        match m.step(eenv, econ) {
            Step::Retired(r) => Some(r),
            Step::Halted(r) => {
                *eout = Some(Outcome::Halted);
                Some(r)
            }
            Step::Faulted(f) => {
                *eout = Some(Outcome::Faulted(f));
                None
            }
        }
    };

    let mut env = GpioEnv::new();
    setup(&mut env);
    let rbuf = SharedBuf::default();
    env.set_trace(Box::new(rbuf.clone())).unwrap();
    let mut rcon = TimedConsole::default();
    let mut n = 0u64;
    let mut first: Option<Mismatch> = None;
    let run = runner(image, &mut env, &mut rcon, max_cycles, &mut |r| {
        let want = emu_next(&mut m, &mut eenv, &mut econ, &mut eout);
        if want != Some(*r) {
            first = Some(Mismatch::Retire {
                index: n,
                emu: want.map(Box::new),
                rtl: Some(Box::new(*r)),
            });
            return false;
        }
        n += 1;
        true
    });
    drop(env);
    if let Some(m) = first {
        return Err(m);
    }
    if run.stuck {
        return Err(Mismatch::Stuck {
            cycle: run.sim_cycles,
        });
    }
    if let Some(r) = emu_next(&mut m, &mut eenv, &mut econ, &mut eout) {
        return Err(Mismatch::Retire {
            index: n,
            emu: Some(Box::new(r)),
            rtl: None,
        });
    }
    eenv.flush();
    drop(eenv);
    let emu = SideResult {
        outcome: eout.expect("the emulator ended"),
        cycles: m.cycle,
        instret: m.instret,
        console: econ.0,
        gpio_trace: ebuf.text(),
    };
    if run.outcome != emu.outcome {
        return Err(Mismatch::Outcome {
            emu: emu.outcome,
            rtl: run.outcome,
        });
    }
    if run.cycles != emu.cycles {
        return Err(Mismatch::Cycles {
            emu: emu.cycles,
            rtl: run.cycles,
        });
    }
    if rcon.0 != emu.console {
        return Err(Mismatch::Console {
            emu: emu.console,
            rtl: rcon.0,
        });
    }
    let rtext = rbuf.text();
    if rtext != emu.gpio_trace {
        return Err(Mismatch::Gpio {
            emu: emu.gpio_trace,
            rtl: rtext,
        });
    }
    // The traceback state after a fault.
    if let Outcome::Faulted(_) = run.outcome {
        let regs = |v: &pysm_emu::Machine| (v.pc, v.sp, v.fp, v.rsp, v.tos);
        if regs(&m) != regs(&run.state) {
            return Err(Mismatch::Retire {
                index: n,
                emu: None,
                rtl: None,
            });
        }
    }
    Ok(emu)
}
