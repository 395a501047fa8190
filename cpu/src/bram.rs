//! A block RAM with one read and one write port whose read of the word
//! being written in the same cycle is undefined.
//!
//! rust-hdl's `RAM` promises the old word on such a collision, and yosys
//! keeps that promise on the iCE40 with a copy of the write port (data and
//! address flip-flops, a comparator and a 32-bit mux): 130 to 190 logic
//! cells for the data memory, the return stack and the UART FIFOs, none of
//! which uses a word read in the cycle it is written. [`Bram`] marks its memory
//! `no_rw_check`, so yosys does not. The simulations make sure the promise
//! is not needed: on a collision rust-hdl's model and the Verilog outside
//! synthesis (Verilator, iverilog) read the old word inverted, so a design
//! that used it would fail its lockstep tests.

use rust_hdl::core::timing::TimingInfo;
use rust_hdl::prelude::*;
use std::collections::BTreeMap;

#[derive(LogicBlock, Default)]
pub struct Bram<const W: usize, const N: usize> {
    pub read_address: Signal<In, Bits<N>>,
    pub read_clock: Signal<In, Clock>,
    pub read_data: Signal<Out, Bits<W>>,
    pub write_address: Signal<In, Bits<N>>,
    pub write_clock: Signal<In, Clock>,
    pub write_data: Signal<In, Bits<W>>,
    pub write_enable: Signal<In, Bit>,
    _sim: BTreeMap<Bits<N>, Bits<W>>,
}

impl<const W: usize, const N: usize, I: Iterator<Item = Bits<W>>> From<I> for Bram<W, N> {
    fn from(v: I) -> Self {
        Self {
            _sim: v
                .enumerate()
                .map(|(a, d)| (Bits::<N>::from(a as u64), d))
                .collect(),
            ..Default::default()
        }
    }
}

impl<const W: usize, const N: usize> Logic for Bram<W, N> {
    fn update(&mut self) {
        if self.read_clock.pos_edge() {
            let old = *self
                ._sim
                .get(&self.read_address.val())
                .unwrap_or(&Bits::default());
            let collides = self.write_clock.pos_edge()
                && self.write_enable.val()
                && self.write_address.val() == self.read_address.val();
            self.read_data.next = if collides { !old } else { old };
        }
        if self.write_clock.pos_edge() && self.write_enable.val() {
            self._sim
                .insert(self.write_address.val(), self.write_data.val());
        }
    }

    fn connect(&mut self) {
        self.read_data.connect();
    }

    fn hdl(&self) -> Verilog {
        let init = if self._sim.is_empty() {
            String::new()
        } else {
            let lines: Vec<String> = self
                ._sim
                .iter()
                .map(|(a, d)| format!("mem[{}] = {}", a.verilog(), d.verilog()))
                .collect();
            format!("initial begin\n{};\nend\n", lines.join(";\n"))
        };
        Verilog::Custom(format!(
            "\
(* no_rw_check *)
reg[{D}:0] mem[{A}:0];

{init}

always @(posedge read_clock) begin
`ifdef SYNTHESIS
   read_data <= mem[read_address];
`else
   // Undefined in the synthesised design (no_rw_check): made visible.
   if (write_enable && write_address == read_address)
      read_data <= ~mem[read_address];
   else
      read_data <= mem[read_address];
`endif
end

always @(posedge write_clock) begin
   if (write_enable) begin
      mem[write_address] <= write_data;
   end
end
",
            D = W - 1,
            A = (1usize << N) - 1,
        ))
    }

    fn timing(&self) -> Vec<TimingInfo> {
        vec![
            TimingInfo {
                name: "ram_read".into(),
                clock: "read_clock".into(),
                inputs: vec!["read_address".into()],
                outputs: vec!["read_data".into()],
            },
            TimingInfo {
                name: "ram_write".into(),
                clock: "write_clock".into(),
                inputs: vec![
                    "write_address".into(),
                    "write_data".into(),
                    "write_enable".into(),
                ],
                outputs: vec![],
            },
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One clock cycle: the inputs are set, then the rising edge.
    fn cycle(ram: &mut Bram<8, 4>, raddr: u64, write: Option<(u64, u64)>) -> u64 {
        ram.read_address.next = raddr.to_bits();
        ram.write_enable.next = write.is_some();
        let (waddr, wdata) = write.unwrap_or((0, 0));
        ram.write_address.next = waddr.to_bits();
        ram.write_data.next = wdata.to_bits();
        ram.read_clock.next = false.into();
        ram.write_clock.next = false.into();
        assert!(simulate(ram, 10));
        ram.read_clock.next = true.into();
        ram.write_clock.next = true.into();
        assert!(simulate(ram, 10));
        ram.read_data.val().to_u64()
    }

    #[test]
    fn reads_written_words_and_poisons_collisions() {
        let mut ram: Bram<8, 4> = [1u64, 2, 3].iter().map(|&v| v.to_bits()).into();
        ram.connect_all();
        assert_eq!(cycle(&mut ram, 2, None), 3);
        assert_eq!(cycle(&mut ram, 9, Some((5, 0x5a))), 0);
        assert_eq!(cycle(&mut ram, 5, None), 0x5a);
        // Reading the word written in the same cycle: the old word, inverted.
        assert_eq!(cycle(&mut ram, 5, Some((5, 0x11))), 0xa5);
        assert_eq!(cycle(&mut ram, 5, Some((6, 0x22))), 0x11);
    }

    #[test]
    fn verilog_lets_yosys_drop_the_collision_logic() {
        let ram: Bram<32, 10> = Default::default();
        let Verilog::Custom(v) = ram.hdl() else {
            panic!("custom Verilog expected");
        };
        assert!(v.contains("(* no_rw_check *)\nreg[31:0] mem[1023:0];"));
        // Outside synthesis a collision reads the old word inverted.
        assert!(v.contains("`ifdef SYNTHESIS"));
        assert!(v.contains("read_data <= ~mem[read_address];"));
    }
}
