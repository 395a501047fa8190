//! The iterative multiplier/divider for `*`, `//` and `%` on small ints.
//!
//! `start` (with `ce`) loads the operands (32-bit sign-extended ints in the
//! small-int range); then 31 iterations run, one per cycle with `ce`, on the
//! magnitudes (MSB-first shift-and-add for `*`, restoring division for `//`
//! and `%`). `done` is high from the cycle after the last iteration on; the
//! outputs are then valid combinationally:
//! * `product` (32-bit signed) and `overflow` (the product is outside the
//!   small-int range),
//! * `quotient` (floored; `overflow` if it is outside the range) and
//!   `remainder` (with the sign of the divisor), as Python defines them.
//!
//! `product` and `quotient` are one adder's output: the signed result of
//! the operation that `mode_div` selects. While `start` is high that adder
//! makes |y| and the remainder's adder |x|, the magnitudes loaded; an
//! iteration (either operation) is one 34-bit add or subtract.
//!
//! The core spends `E0`, `E1` (which raises `start`) and 32 more cycles, the
//! last of which sees `done`: `2 + MULDIV_EXTRA_CYCLES` cycles in all.

use rust_hdl::prelude::*;

#[derive(LogicBlock, Default)]
pub struct MulDiv {
    pub clock: Signal<In, Clock>,
    pub ce: Signal<In, Bit>,
    pub start: Signal<In, Bit>,
    /// 1 for `//` and `%`, 0 for `*` (held for the whole operation).
    pub mode_div: Signal<In, Bit>,
    /// Dividend or multiplicand.
    pub x: Signal<In, Bits<32>>,
    /// Divisor or multiplier (must not be 0 for a division).
    pub y: Signal<In, Bits<32>>,
    pub done: Signal<Out, Bit>,
    pub product: Signal<Out, Bits<32>>,
    pub quotient: Signal<Out, Bits<32>>,
    pub remainder: Signal<Out, Bits<32>>,
    /// The product (for `*`) does not fit.
    pub mul_overflow: Signal<Out, Bit>,
    /// The quotient (for `//`) does not fit.
    pub div_overflow: Signal<Out, Bit>,

    /// Multiplicand or divisor magnitude.
    mag_y: DFF<Bits<32>>,
    /// Multiplier bits / dividend bits shifting out, quotient bits shifting in.
    shreg: DFF<Bits<32>>,
    /// Product accumulator or partial remainder.
    acc: DFF<Bits<32>>,
    sticky: DFF<Bit>,
    neg_x: DFF<Bit>,
    neg_y: DFF<Bit>,
    count: DFF<Bits<5>>,
    busy: DFF<Bit>,

    top_bit: Signal<Local, Bit>,
    acc2: Signal<Local, Bits<33>>,
    mag33: Signal<Local, Bits<33>>,
    rem2: Signal<Local, Bits<33>>,
    mag34: Signal<Local, Bits<34>>,
    nmag34: Signal<Local, Bits<34>>,
    step_a: Signal<Local, Bits<35>>,
    step_b: Signal<Local, Bits<35>>,
    step: Signal<Local, Bits<35>>,
    step_sum: Signal<Local, Bits<33>>,
    rem_ge: Signal<Local, Bit>,
    count_next: Signal<Local, Bits<5>>,
    signs_differ: Signal<Local, Bit>,
    rem_nz: Signal<Local, Bit>,
    q_mag: Signal<Local, Bits<32>>,
    q_adj: Signal<Local, Bits<32>>,
    low_nz: Signal<Local, Bit>,
    q_low_nz: Signal<Local, Bit>,
    r_a: Signal<Local, Bits<32>>,
    r_b: Signal<Local, Bits<32>>,
    r_cin: Signal<Local, Bit>,
    r_a33: Signal<Local, Bits<33>>,
    r_b33: Signal<Local, Bits<33>>,
    r_sum33: Signal<Local, Bits<33>>,
    p_signed: Signal<Local, Bits<32>>,
    r_signed: Signal<Local, Bits<32>>,
}

impl Logic for MulDiv {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, mag_y, shreg, acc, sticky, neg_x, neg_y, count, busy);
        // One step, on one 34-bit adder (with the carry in as its bit 0):
        //   multiply: acc = 2 * acc + (bit ? y : 0);
        //   divide:   rem = 2 * rem + bit, minus the divisor if it fits
        //             (the subtraction's bit 33 is its borrow).
        self.top_bit.next = self.shreg.q.val().get_bit(30);
        self.mag33.next = bit_cast::<33, 32>(self.mag_y.q.val());
        self.acc2.next = bit_cast::<33, 32>(self.acc.q.val()) << 1;
        self.rem2.next = self.acc2.val();
        if self.mode_div.val() & self.top_bit.val() {
            self.rem2.next = self.acc2.val() | 1;
        }
        self.step_a.next = (bit_cast::<35, 33>(self.rem2.val()) << 1) | 1;
        self.mag34.next = bit_cast::<34, 33>(self.mag33.val());
        self.nmag34.next = !self.mag34.val();
        self.step_b.next = 0.into();
        if self.mode_div.val() {
            self.step_b.next = (bit_cast::<35, 34>(self.nmag34.val()) << 1) | 1;
        } else if self.top_bit.val() {
            self.step_b.next = bit_cast::<35, 33>(self.mag33.val()) << 1;
        }
        self.step.next = self.step_a.val() + self.step_b.val();
        self.step_sum.next = self.step.val().get_bits::<33>(1);
        self.rem_ge.next = !self.step.val().get_bit(34);
        self.count_next.next = self.count.q.val() + 1;

        // The signed results, from the magnitudes (valid when done).
        self.signs_differ.next = self.neg_x.q.val() ^ self.neg_y.q.val();
        self.rem_nz.next = self.acc.q.val().any();
        self.low_nz.next = self.acc.q.val().get_bits::<30>(0).any();
        // Division: shreg holds the quotient magnitude (<= 2**30), acc the
        // remainder.
        // The signed product or quotient, with one adder: +-mag, where the
        // floored quotient of a division with a remainder and signs that
        // differ is -mag - 1 = !mag.
        // With `start` the two output adders make the operands' magnitudes
        // instead (|y| here, |x| below): the results are not used then.
        self.q_mag.next = self.acc.q.val();
        if self.mode_div.val() {
            self.q_mag.next = self.shreg.q.val() & 0x7FFF_FFFF;
        }
        if self.start.val() {
            self.q_mag.next = self.y.val();
        }
        self.q_adj.next = self.q_mag.val();
        self.p_signed.next = 0.into();
        if self.start.val() {
            if self.y.val().get_bit(31) {
                self.q_adj.next = !self.q_mag.val();
                self.p_signed.next = 1.into();
            }
        } else {
            if self.signs_differ.val() {
                self.q_adj.next = !self.q_mag.val();
            }
            if self.signs_differ.val() & !(self.mode_div.val() & self.rem_nz.val()) {
                self.p_signed.next = 1.into();
            }
        }
        self.quotient.next = self.q_adj.val() + self.p_signed.val();
        self.product.next = self.quotient.val();
        // The quotient does not fit (bit 31 != bit 30 of q_adj), without
        // waiting for the negation: -q fits iff q <= 2**30, !q never fits
        // iff bit 30 is set.
        self.q_low_nz.next = self.shreg.q.val().get_bits::<30>(0).any();
        self.div_overflow.next = self.shreg.q.val().get_bit(30);
        if self.signs_differ.val() & !self.rem_nz.val() {
            self.div_overflow.next = self.shreg.q.val().get_bit(30) & self.q_low_nz.val();
        }
        // The remainder, with one adder: r = +-acc (+- mag_y).
        //   signs differ, r != 0:  y < 0: acc - mag_y;  y > 0: mag_y - acc
        //   otherwise:             y < 0: -acc;          y > 0: acc
        self.r_a.next = self.acc.q.val();
        if self.neg_y.q.val() ^ (self.signs_differ.val() & self.rem_nz.val()) {
            self.r_a.next = !self.acc.q.val();
        }
        self.r_b.next = 0.into();
        self.r_cin.next = false;
        if self.signs_differ.val() & self.rem_nz.val() {
            self.r_cin.next = true;
            if self.neg_y.q.val() {
                self.r_b.next = !self.mag_y.q.val();
            } else {
                self.r_b.next = self.mag_y.q.val();
            }
        } else if self.neg_y.q.val() {
            self.r_cin.next = true;
        }
        if self.start.val() {
            self.r_a.next = self.x.val();
            if self.x.val().get_bit(31) {
                self.r_a.next = !self.x.val();
            }
            self.r_b.next = 0.into();
            self.r_cin.next = self.x.val().get_bit(31);
        }
        // One carry chain, the carry in as bit 0.
        self.r_a33.next = (bit_cast::<33, 32>(self.r_a.val()) << 1) | 1;
        self.r_b33.next = bit_cast::<33, 32>(self.r_b.val()) << 1;
        if self.r_cin.val() {
            self.r_b33.next = (bit_cast::<33, 32>(self.r_b.val()) << 1) | 1;
        }
        self.r_sum33.next = self.r_a33.val() + self.r_b33.val();
        self.r_signed.next = self.r_sum33.val().get_bits::<32>(1);
        self.remainder.next = self.r_signed.val();
        // Multiplication: acc holds the product magnitude (< 2**31 unless
        // sticky). -acc fits iff acc <= 2**30; acc fits iff acc < 2**30.
        self.mul_overflow.next = self.sticky.q.val()
            | self.acc.q.val().get_bit(31)
            | (self.acc.q.val().get_bit(30) & (!self.signs_differ.val() | self.low_nz.val()));
        self.done.next = !self.busy.q.val();

        if self.ce.val() {
            if self.start.val() {
                self.mag_y.d.next = self.quotient.val();
                self.shreg.d.next = self.r_signed.val();
                self.acc.d.next = 0.into();
                self.sticky.d.next = false;
                self.neg_x.d.next = self.x.val().get_bit(31);
                self.neg_y.d.next = self.y.val().get_bit(31);
                self.count.d.next = 0.into();
                self.busy.d.next = true;
            } else if self.busy.q.val() {
                self.count.d.next = self.count_next.val();
                if self.count.q.val() == 30 {
                    self.busy.d.next = false;
                }
                if self.mode_div.val() {
                    if self.rem_ge.val() {
                        self.acc.d.next = bit_cast::<32, 33>(self.step_sum.val());
                        self.shreg.d.next = (self.shreg.q.val() << 1) | 1;
                    } else {
                        self.acc.d.next = bit_cast::<32, 33>(self.rem2.val());
                        self.shreg.d.next = self.shreg.q.val() << 1;
                    }
                } else {
                    self.acc.d.next = bit_cast::<32, 33>(self.step_sum.val());
                    self.shreg.d.next = self.shreg.q.val() << 1;
                    if self.step_sum.val().get_bit(32) | self.step_sum.val().get_bit(31) {
                        self.sticky.d.next = true;
                    }
                }
            }
        }
    }
}
