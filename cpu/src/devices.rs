//! The devices behind I/O ports 8..15 (`pysm_isa::io`): the microsecond and
//! millisecond timers, the console UART's receiver with its receive word,
//! the code-memory write port and the board's boot ports.
//!
//! The timers count the core's cycles (`tick`) through a fractional
//! prescaler (`pysm_isa::io::us_ratio`): every cycle adds `num` to `acc`,
//! and a microsecond passes when `acc` reaches `den`. After `c` cycles the
//! microsecond timer holds `floor(c * num / den)` mod 2**30 exactly, which
//! is what the emulator computes. `clear` (boot) zeroes them, like the
//! cycle counter, and empties the receiver.
//!
//! The receive word holds the last four bytes taken from port 10; port 11
//! reads it raw and `IO_WRITE 12` writes it to the code memory, which is
//! how a boot loader in software builds and stores whole 32-bit words.

use crate::uart_rx::UartRx;
use pysm_isa::io::us_ratio;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct Devices {
    pub clock: Signal<In, Clock>,
    /// The core's cycle counter advances in this cycle.
    pub tick: Signal<In, Bit>,
    /// Boot: timers to zero, received bytes dropped.
    pub clear: Signal<In, Bit>,
    /// Port - 8, and the word read (small ints tagged here).
    pub port: Signal<In, Bits<3>>,
    pub rdata: Signal<Out, Bits<32>>,
    /// An `IO_READ` / `IO_WRITE` of `port` commits in this cycle, writing
    /// the payload `wdata`.
    pub read: Signal<In, Bit>,
    pub write: Signal<In, Bit>,
    pub wdata: Signal<In, Bits<16>>,
    /// The UART receive pin (idles high).
    pub rx: Signal<In, Bit>,
    /// What port 14 reads (the board's boot controller).
    pub boot_info: Signal<In, Bits<30>>,
    /// The code memory is open (the board's boot loader runs; always in
    /// simulation): port 11 reads the receive word, else 0, so a board
    /// design without a loader has no receive word.
    pub unlocked: Signal<In, Bit>,
    /// Write `word` to code address `wdata` (port 12).
    pub code_we: Signal<Out, Bit>,
    pub word: Signal<Out, Bits<32>>,
    /// Port 13 written: the board restarts the processor (stack base `wdata`).
    pub start: Signal<Out, Bit>,
    /// Every received byte, FIFO or not (the board's magic detector).
    pub rx_frame: Signal<Out, Bit>,
    pub rx_data: Signal<Out, Bits<8>>,
    pub uart: UartRx,
    num: Constant<Bits<26>>,
    den: Constant<Bits<26>>,
    minus_one: Constant<Bits<32>>,
    acc: DFF<Bits<26>>,
    us: DFF<Bits<30>>,
    ms_sub: DFF<Bits<10>>,
    ms: DFF<Bits<30>>,
    rword: DFF<Bits<32>>,
    sum: Signal<Local, Bits<26>>,
    over: Signal<Local, Bits<27>>,
    rd: Signal<Local, Bits<32>>,
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
            read: Default::default(),
            write: Default::default(),
            wdata: Default::default(),
            rx: Default::default(),
            boot_info: Default::default(),
            unlocked: Default::default(),
            code_we: Default::default(),
            word: Default::default(),
            start: Default::default(),
            rx_frame: Default::default(),
            rx_data: Default::default(),
            uart: UartRx::new(clock_hz),
            num: Constant::new(num.to_bits()),
            den: Constant::new(den.to_bits()),
            minus_one: Constant::new(pysm_isa::value::int(-1).to_bits()),
            acc: Default::default(),
            us: Default::default(),
            ms_sub: Default::default(),
            ms: Default::default(),
            rword: Default::default(),
            sum: Default::default(),
            over: Default::default(),
            rd: Default::default(),
        }
    }
}

impl Logic for Devices {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, acc, us, ms_sub, ms, rword);
        clock!(self, clock, uart);
        self.sum.next = self.acc.q.val() + self.num.val();
        // `sum - den` with a borrow bit: the borrow is `sum < den` (one
        // carry chain instead of two).
        self.over.next = bit_cast::<27, 26>(self.sum.val()) - bit_cast::<27, 26>(self.den.val());
        if self.tick.val() {
            self.acc.d.next = self.sum.val();
            if !self.over.val().get_bit(26) {
                self.acc.d.next = self.over.val().get_bits::<26>(0);
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
        // UART receiver: a read of port 10 takes the oldest byte into the
        // receive word.
        self.uart.rx.next = self.rx.val();
        self.uart.clear.next = self.clear.val();
        // Only a read that got a byte takes one (the take is registered: a
        // read of an empty FIFO must not take the byte arriving next).
        self.uart.read.next = self.read.val() & (self.port.val() == 2) & self.uart.valid.val();
        if self.read.val() & (self.port.val() == 2) & self.uart.valid.val() {
            self.rword.d.next =
                (self.rword.q.val() >> 8) | (bit_cast::<32, 8>(self.uart.data.val()) << 24);
        }
        self.rx_frame.next = self.uart.frame.val();
        self.rx_data.next = self.uart.frame_data.val();
        self.word.next = self.rword.q.val();
        self.code_we.next = self.write.val() & (self.port.val() == 4);
        self.start.next = self.write.val() & (self.port.val() == 5);
        // The read bus (an output is assigned once: docs/rust-hdl-bugs.md).
        self.rd.next = 0.into();
        match self.port.val().index() {
            0 => self.rd.next = (bit_cast::<32, 30>(self.us.q.val()) << 1) | 1,
            1 => self.rd.next = (bit_cast::<32, 30>(self.ms.q.val()) << 1) | 1,
            2 => {
                // -1 when no byte waits.
                self.rd.next = self.minus_one.val();
                if self.uart.valid.val() {
                    self.rd.next = (bit_cast::<32, 8>(self.uart.data.val()) << 1) | 1;
                }
            }
            3 => {
                if self.unlocked.val() {
                    self.rd.next = self.rword.q.val();
                }
            }
            6 => self.rd.next = (bit_cast::<32, 30>(self.boot_info.val()) << 1) | 1,
            _ => self.rd.next = 1.into(),
        }
        self.rdata.next = self.rd.val();
    }
}
