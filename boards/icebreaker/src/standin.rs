//! A small stand-in for the processor with the `Soc`'s ports, for developing
//! and checking the board and the flow without the CPU.
//!
//! It blinks LED1..LED5 and LEDG_N from a counter, lights LEDR_N while BTN_N
//! is pressed, and prints `PySM stand-in N` (N = 0..9) over the console about
//! twice a second.

use rust_hdl::prelude::*;

/// The message, padded to 16 bytes; the digit goes at index 14.
const MESSAGE: &[u8; 16] = b"PySM stand-in 0\n";
// The digit is at index 14 (a literal in `update`: hdl_gen emits consts verbatim).

#[derive(LogicBlock)]
pub struct Standin {
    pub clock: Signal<In, Clock>,
    pub enable: Signal<In, Bit>,
    // The Soc's boot port, unused here.
    pub boot: Signal<In, Bit>,
    pub boot_pc: Signal<In, Bits<16>>,
    pub boot_sp: Signal<In, Bits<16>>,
    pub load_we: Signal<In, Bit>,
    pub load_code: Signal<In, Bit>,
    pub load_addr: Signal<In, Bits<16>>,
    pub load_data: Signal<In, Bits<32>>,
    pub gpio_in: Signal<In, Bits<32>>,
    /// `gpio_in` is registered once already (as `Soc::pads_registered`).
    pub pads_registered: Signal<In, Bit>,
    pub gpio_out: Signal<Out, Bits<32>>,
    pub gpio_dir: Signal<Out, Bits<32>>,
    pub console_data: Signal<Out, Bits<8>>,
    pub console_valid: Signal<Out, Bit>,
    pub console_ready: Signal<In, Bit>,
    pub halted: Signal<Out, Bit>,
    pub fault: Signal<Out, Bits<8>>,
    // The processor's boot-loader ports (unused here).
    pub uart_rx: Signal<In, Bit>,
    pub boot_info: Signal<In, Bits<30>>,
    pub code_unlock: Signal<In, Bit>,
    pub start: Signal<Out, Bit>,
    pub start_sp: Signal<Out, Bits<16>>,
    pub rx_frame: Signal<Out, Bit>,
    pub rx_data: Signal<Out, Bits<8>>,
    pub state_pc: Signal<Out, Bits<16>>,
    counter: DFF<Bits<32>>,
    btn_meta: DFF<Bit>,
    btn_sync: DFF<Bit>,
    /// Sending a message.
    busy: DFF<Bit>,
    /// Position in the message.
    pos: DFF<Bits<4>>,
    digit: DFF<Bits<4>>,
    text: ROM<Bits<8>, 4>,
    /// Counter bit that starts a message (its rising edge).
    tick: DFF<Bit>,
    tick_bit: Constant<Bits<6>>,
    dir_mask: Constant<Bits<32>>,
}

impl Standin {
    /// `tick_bit`: a message starts each time this counter bit rises
    /// (23 gives about 1.4 messages a second at 24 MHz).
    pub fn new(tick_bit: u32) -> Standin {
        let pins = |names: &[&str]| {
            names.iter().fold(0u64, |m, n| {
                m | 1 << pysm_isa::pins::lookup(n).expect("pin name").id
            })
        };
        let rom: std::collections::BTreeMap<Bits<4>, Bits<8>> = MESSAGE
            .iter()
            .enumerate()
            .map(|(i, &b)| ((i as u64).to_bits(), (b as u64).to_bits()))
            .collect();
        Standin {
            clock: Default::default(),
            enable: Default::default(),
            boot: Default::default(),
            boot_pc: Default::default(),
            boot_sp: Default::default(),
            load_we: Default::default(),
            load_code: Default::default(),
            load_addr: Default::default(),
            load_data: Default::default(),
            gpio_in: Default::default(),
            pads_registered: Default::default(),
            gpio_out: Default::default(),
            gpio_dir: Default::default(),
            console_data: Default::default(),
            console_valid: Default::default(),
            console_ready: Default::default(),
            halted: Default::default(),
            fault: Default::default(),
            uart_rx: Default::default(),
            boot_info: Default::default(),
            code_unlock: Default::default(),
            start: Default::default(),
            start_sp: Default::default(),
            rx_frame: Default::default(),
            rx_data: Default::default(),
            state_pc: Default::default(),
            counter: Default::default(),
            btn_meta: Default::default(),
            btn_sync: Default::default(),
            busy: Default::default(),
            pos: Default::default(),
            digit: Default::default(),
            text: ROM::new(rom),
            tick: Default::default(),
            tick_bit: Constant::new((tick_bit as u64).to_bits()),
            dir_mask: Constant::new(
                pins(&["LEDR_N", "LEDG_N", "LED1", "LED2", "LED3", "LED4", "LED5"]).to_bits(),
            ),
        }
    }
}

impl Logic for Standin {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, counter, btn_meta, btn_sync, busy, pos, digit, tick);
        // BTN_N (id 2) through a synchroniser.
        self.btn_meta.d.next = self.gpio_in.val().get_bit(2);
        self.btn_sync.d.next = self.btn_meta.q.val();
        if self.pads_registered.val() {
            self.btn_sync.d.next = self.gpio_in.val().get_bit(2);
        }
        // The message, with the digit patched in.
        self.text.address.next = self.pos.q.val();
        self.console_data.next = self.text.data.val();
        if self.pos.q.val().index() == 14 {
            self.console_data.next = bit_cast::<8, 4>(self.digit.q.val()) + 0x30;
        }
        self.console_valid.next = false;
        if self.enable.val() {
            self.counter.d.next = self.counter.q.val() + 1;
            self.tick.d.next = self.counter.q.val().get_bit(self.tick_bit.val().index());
            if self.busy.q.val() {
                if self.console_ready.val() {
                    self.console_valid.next = true;
                    self.pos.d.next = self.pos.q.val() + 1;
                    if self.pos.q.val().index() == 15 {
                        self.busy.d.next = false;
                        if self.digit.q.val().index() == 9 {
                            self.digit.d.next = 0.into();
                        } else {
                            self.digit.d.next = self.digit.q.val() + 1;
                        }
                    }
                }
            } else if self.counter.q.val().get_bit(self.tick_bit.val().index()) & !self.tick.q.val()
            {
                self.busy.d.next = true;
                self.pos.d.next = 0.into();
            }
        }
        // LEDs from the counter (LED2 = bit 19 blinks at clock / 2^23);
        // LEDR_N (bit 0) lights while BTN_N is pressed.
        self.gpio_out.next = (self.counter.q.val() >> 4).replace_bit(0, self.btn_sync.q.val());
        self.gpio_dir.next = self.dir_mask.val();
        self.halted.next = false;
        self.fault.next = 0.into();
        self.start.next = false;
        self.start_sp.next = 0.into();
        self.rx_frame.next = false;
        self.rx_data.next = 0.into();
        self.state_pc.next = 0.into();
    }
}
