//! The PySM reference emulator: the golden model of the processor.
//!
//! [`Machine`] executes one instruction per [`Machine::step`] and reports a
//! [`Retire`] record, the same record the CPU's retirement port gives, so the
//! two can be compared instruction by instruction. Its cycle model is the
//! current CPU's (see `docs/cpu.md`).

pub mod gpio;
pub mod machine;
pub mod traceback;
pub mod uart;

pub use gpio::GpioEnv;
pub use machine::{Console, Machine, Retire, Step};
pub use uart::UartHost;

use pysm_isa::{Fault, Image};

/// How a run ended.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    Halted,
    Faulted(Fault),
    /// `--max-cycles` was reached.
    OutOfCycles,
}

/// Run a program to completion on the emulator. `on_retire` sees every
/// retired instruction.
pub fn run(
    image: &Image,
    env: &mut GpioEnv,
    console: &mut dyn Console,
    max_cycles: Option<u64>,
    on_retire: &mut dyn FnMut(&Retire),
) -> (Machine, Outcome) {
    let mut m = Machine::new(image);
    let outcome = loop {
        if max_cycles.is_some_and(|max| m.cycle >= max) {
            break Outcome::OutOfCycles;
        }
        match m.step(env, console) {
            Step::Retired(r) => on_retire(&r),
            Step::Halted(r) => {
                on_retire(&r);
                break Outcome::Halted;
            }
            Step::Faulted(f) => break Outcome::Faulted(f),
        }
    };
    env.flush();
    (m, outcome)
}
