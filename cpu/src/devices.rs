//! The devices behind I/O ports 8..15 (`pysm_isa::io`): the microsecond and
//! millisecond timers.
//!
//! The timers count the core's cycles (`tick`) through a fractional
//! prescaler (`pysm_isa::io::us_ratio`): every cycle adds `num` to `acc`,
//! and a microsecond passes when `acc` reaches `den`. After `c` cycles the
//! microsecond timer holds `floor(c * num / den)` mod 2**30 exactly, which
//! is what the emulator computes. `clear` (boot) zeroes them, like the
//! cycle counter.

use pysm_isa::io::us_ratio;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct Devices {
    pub clock: Signal<In, Clock>,
    /// The core's cycle counter advances in this cycle.
    pub tick: Signal<In, Bit>,
    /// Boot: timers to zero.
    pub clear: Signal<In, Bit>,
    /// Port - 8, and the value read (a 31-bit signed payload).
    pub port: Signal<In, Bits<3>>,
    pub rdata: Signal<Out, Bits<31>>,
    num: Constant<Bits<26>>,
    den: Constant<Bits<26>>,
    acc: DFF<Bits<26>>,
    us: DFF<Bits<30>>,
    ms_sub: DFF<Bits<10>>,
    ms: DFF<Bits<30>>,
    sum: Signal<Local, Bits<26>>,
    over: Signal<Local, Bits<26>>,
    rd: Signal<Local, Bits<31>>,
}

impl Devices {
    pub fn new(clock_hz: u64) -> Devices {
        let (num, den) = us_ratio(clock_hz);
        assert!(den < 1 << 25, "timer: clock {clock_hz} Hz");
        Devices {
            clock: Default::default(),
            tick: Default::default(),
            clear: Default::default(),
            port: Default::default(),
            rdata: Default::default(),
            num: Constant::new(num.to_bits()),
            den: Constant::new(den.to_bits()),
            acc: Default::default(),
            us: Default::default(),
            ms_sub: Default::default(),
            ms: Default::default(),
            sum: Default::default(),
            over: Default::default(),
            rd: Default::default(),
        }
    }
}

impl Logic for Devices {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, acc, us, ms_sub, ms);
        self.sum.next = self.acc.q.val() + self.num.val();
        self.over.next = self.sum.val() - self.den.val();
        if self.tick.val() {
            self.acc.d.next = self.sum.val();
            if self.sum.val() >= self.den.val() {
                self.acc.d.next = self.over.val();
                self.us.d.next = self.us.q.val() + 1;
                self.ms_sub.d.next = self.ms_sub.q.val() + 1;
                if self.ms_sub.q.val() == 999 {
                    self.ms_sub.d.next = 0.into();
                    self.ms.d.next = self.ms.q.val() + 1;
                }
            }
        }
        if self.clear.val() {
            self.acc.d.next = 0.into();
            self.us.d.next = 0.into();
            self.ms_sub.d.next = 0.into();
            self.ms.d.next = 0.into();
        }
        // The read bus (an output is assigned once: docs/rust-hdl-bugs.md).
        self.rd.next = 0.into();
        match self.port.val().index() {
            0 => self.rd.next = bit_cast::<31, 30>(self.us.q.val()),
            1 => self.rd.next = bit_cast::<31, 30>(self.ms.q.val()),
            _ => {}
        }
        self.rdata.next = self.rd.val();
    }
}
