//! The ALU: `BINARY` (except the iterative `*`, `//`, `%`, for which it only
//! checks the operands), `COMPARE` and `UNARY` on tagged words, plus the
//! truth value of the top of the stack. Purely combinational.
//!
//! Every intermediate goes through a correctly sized local (see
//! `docs/rust-hdl-bugs.md`: literal widths differ between the
//! Rust simulation and the generated Verilog).

use rust_hdl::prelude::*;

/// `sel` values.
pub const SEL_BINARY: u64 = 0;
pub const SEL_COMPARE: u64 = 1;
pub const SEL_UNARY: u64 = 2;

/// Fault codes produced here (as in `pysm_isa::Fault`).
pub const F_BINARY_TYPE: u64 = 2;
pub const F_COMPARE_TYPE: u64 = 3;
pub const F_UNARY_TYPE: u64 = 4;
pub const F_ZERO_DIVISION: u64 = 5;
pub const F_OVERFLOW: u64 = 6;
pub const F_NEGATIVE_SHIFT: u64 = 7;

#[derive(LogicBlock, Default)]
pub struct Alu {
    /// Second from the top (`a` in `a op b`).
    pub a: Signal<In, Bits<32>>,
    /// Top of the stack (`b`, and the operand of `UNARY`).
    pub b: Signal<In, Bits<32>>,
    /// 0 = BINARY, 1 = COMPARE, 2 = UNARY.
    pub sel: Signal<In, Bits<2>>,
    /// The operator code of the instruction.
    pub code: Signal<In, Bits<4>>,
    /// The tagged result word.
    pub result: Signal<Out, Bits<32>>,
    /// 0, or the fault code.
    pub fault: Signal<Out, Bits<5>>,
    /// `fault` is not 0.
    pub bad: Signal<Out, Bit>,
    /// Python truth value of `b`.
    pub b_truthy: Signal<Out, Bit>,
    /// `b` is a Pin object.
    pub b_is_pin: Signal<Out, Bit>,
    /// `b` is a function object.
    pub b_is_func: Signal<Out, Bit>,
    /// Both `a` and `b` are ints or bools, and their integer values (only
    /// meaningful for ints and bools).
    pub ints_ok: Signal<Out, Bit>,
    pub x_out: Signal<Out, Bits<32>>,
    pub y_out: Signal<Out, Bits<32>>,

    a_int: Signal<Local, Bit>,
    a_true: Signal<Local, Bit>,
    a_false: Signal<Local, Bit>,
    a_ok: Signal<Local, Bit>,
    b_int: Signal<Local, Bit>,
    b_true: Signal<Local, Bit>,
    b_false: Signal<Local, Bit>,
    b_ok: Signal<Local, Bit>,
    both_ok: Signal<Local, Bit>,
    both_bool: Signal<Local, Bit>,
    a_shr: Signal<Local, Bits<32>>,
    b_shr: Signal<Local, Bits<32>>,
    x: Signal<Local, Bits<32>>,
    y: Signal<Local, Bits<32>>,
    y_neg: Signal<Local, Bit>,
    y_zero: Signal<Local, Bit>,
    x_zero: Signal<Local, Bit>,
    b_kind: Signal<Local, Bits<4>>,
    b_low2: Signal<Local, Bits<2>>,
    b_kindcode: Signal<Local, Bits<3>>,
    truthy: Signal<Local, Bit>,
    // binary
    r: Signal<Local, Bits<32>>,
    r_fits: Signal<Local, Bit>,
    add_a: Signal<Local, Bits<32>>,
    add_b: Signal<Local, Bits<32>>,
    add_cin: Signal<Local, Bit>,
    add_inv: Signal<Local, Bit>,
    add_a33: Signal<Local, Bits<33>>,
    add_b33: Signal<Local, Bits<33>>,
    sum33: Signal<Local, Bits<33>>,
    sum: Signal<Local, Bits<32>>,
    code_lt2: Signal<Local, Bit>,
    code_lt5: Signal<Local, Bit>,
    thermo: Signal<Local, Bits<32>>,
    bin_bad: Signal<Local, Bit>,
    cmp_bad: Signal<Local, Bit>,
    un_bad: Signal<Local, Bit>,
    bad_o: Signal<Local, Bit>,
    r_tagged: Signal<Local, Bits<32>>,
    amt: Signal<Local, Bits<5>>,
    y_ge31: Signal<Local, Bit>,
    shl: Signal<Local, Bits<32>>,
    ones: Signal<Local, Bits<32>>,
    sh_in: Signal<Local, Bits<32>>,
    sh_out: Signal<Local, Bits<32>>,
    fill_mask: Signal<Local, Bits<32>>,
    sign_chg: Signal<Local, Bits<32>>,
    ov_mask: Signal<Local, Bits<32>>,
    shl_ok: Signal<Local, Bit>,
    big_shift: Signal<Local, Bit>,
    shr: Signal<Local, Bits<32>>,
    logic_r: Signal<Local, Bits<32>>,
    logic_nz: Signal<Local, Bit>,
    // compare
    lt: Signal<Local, Bit>,
    eqv: Signal<Local, Bit>,
    is_same: Signal<Local, Bit>,
    cmp: Signal<Local, Bit>,
    res: Signal<Local, Bits<32>>,
    res_k: Signal<Local, Bits<32>>,
    eq_term: Signal<Local, Bit>,
    use_lt: Signal<Local, Bit>,
    use_eq: Signal<Local, Bit>,
    cmp_inv: Signal<Local, Bit>,
    eq_hit: Signal<Local, Bit>,
    code_logic: Signal<Local, Bit>,
    bool_bit: Signal<Local, Bit>,
    is_bool: Signal<Local, Bit>,
    is_arith: Signal<Local, Bit>,
    flt: Signal<Local, Bits<5>>,
}

impl Logic for Alu {
    #[hdl_gen]
    fn update(&mut self) {
        // Operand classes.
        self.a_int.next = self.a.val().get_bit(0);
        self.a_true.next = self.a.val() == 0x46;
        self.a_false.next = self.a.val() == 0x06;
        self.a_ok.next = self.a_int.val() | self.a_true.val() | self.a_false.val();
        self.b_int.next = self.b.val().get_bit(0);
        self.b_true.next = self.b.val() == 0x46;
        self.b_false.next = self.b.val() == 0x06;
        self.b_ok.next = self.b_int.val() | self.b_true.val() | self.b_false.val();
        self.both_ok.next = self.a_ok.val() & self.b_ok.val();
        self.both_bool.next =
            (self.a_true.val() | self.a_false.val()) & (self.b_true.val() | self.b_false.val());
        // Integer values, sign-extended to 32 bits (bools are 0 and 1).
        self.a_shr.next = self.a.val() >> 1;
        if self.a.val().get_bit(31) {
            self.a_shr.next = !((!self.a.val()) >> 1);
        }
        self.b_shr.next = self.b.val() >> 1;
        if self.b.val().get_bit(31) {
            self.b_shr.next = !((!self.b.val()) >> 1);
        }
        // A bool's value is its bit 6 (0x46 / 0x06). For the other kinds x
        // and y are meaningless (every use of them then faults or ignores
        // them), which keeps the 32-bit compares off the adder's inputs.
        self.x.next = 0.into();
        if self.a.val().get_bit(6) {
            self.x.next = 1.into();
        }
        if self.a_int.val() {
            self.x.next = self.a_shr.val();
        }
        self.y.next = 0.into();
        if self.b.val().get_bit(6) {
            self.y.next = 1.into();
        }
        if self.b_int.val() {
            self.y.next = self.b_shr.val();
        }
        self.x_out.next = self.x.val();
        self.y_out.next = self.y.val();
        self.ints_ok.next = self.both_ok.val();
        self.y_neg.next = self.y.val().get_bit(31);
        self.y_zero.next = self.y.val() == 0;
        self.x_zero.next = self.x.val() == 0;

        // Kind and truth value of b.
        self.b_kind.next = self.b.val().get_bits::<4>(2);
        self.b_low2.next = self.b.val().get_bits::<2>(0);
        self.b_is_pin.next = (self.b_low2.val() == 2) & (self.b_kind.val() == 2);
        self.b_is_func.next = (self.b_low2.val() == 2) & (self.b_kind.val() == 3);
        if self.b_int.val() {
            self.b_kindcode.next = 0.into();
            self.truthy.next = !self.y_zero.val();
        } else if self.b_low2.val() == 0 {
            self.b_kindcode.next = 1.into();
            self.truthy.next = self.b.val().any();
        } else if self.b_kind.val() == 0 {
            self.b_kindcode.next = 2.into();
            self.truthy.next = false;
        } else if self.b_kind.val() == 1 {
            self.b_kindcode.next = 3.into();
            self.truthy.next = self.b.val().get_bit(6);
        } else if self.b_kind.val() == 2 {
            self.b_kindcode.next = 4.into();
            self.truthy.next = true;
        } else if self.b_kind.val() == 3 {
            self.b_kindcode.next = 5.into();
            self.truthy.next = true;
        } else {
            self.b_kindcode.next = 6.into();
            self.truthy.next = true;
        }
        self.b_truthy.next = self.truthy.val();

        // Shifts: one right shifter. `<<` shifts the bit-reversed operand
        // right (logically) and reverses the result; `>>` is arithmetic
        // (the vacated bits are filled with the sign, `fill_mask`).
        self.amt.next = self.y.val().get_bits::<5>(0);
        // Amounts of 32 and more: the shifter shifts by the low 5 bits and
        // a mux after it gives the sign (`>>`; `<<` then faults).
        self.big_shift.next = self.y.val().get_bits::<27>(5).any();
        self.y_ge31.next = self.big_shift.val() | self.amt.val().all();
        self.ones.next = self.x.val() | !self.x.val();
        // Ones below bit 32 - amt: the fill of `>>` and the overflow mask
        // of `<<` (one decoder for both).
        self.thermo.next = self.ones.val() >> self.amt.val();
        self.sh_in.next = self.x.val();
        self.fill_mask.next = 0.into();
        if self.code.val() == 5 {
            self.sh_in.next = self
                .x
                .val()
                .replace_bit(0, self.x.val().get_bit(31))
                .replace_bit(1, self.x.val().get_bit(30))
                .replace_bit(2, self.x.val().get_bit(29))
                .replace_bit(3, self.x.val().get_bit(28))
                .replace_bit(4, self.x.val().get_bit(27))
                .replace_bit(5, self.x.val().get_bit(26))
                .replace_bit(6, self.x.val().get_bit(25))
                .replace_bit(7, self.x.val().get_bit(24))
                .replace_bit(8, self.x.val().get_bit(23))
                .replace_bit(9, self.x.val().get_bit(22))
                .replace_bit(10, self.x.val().get_bit(21))
                .replace_bit(11, self.x.val().get_bit(20))
                .replace_bit(12, self.x.val().get_bit(19))
                .replace_bit(13, self.x.val().get_bit(18))
                .replace_bit(14, self.x.val().get_bit(17))
                .replace_bit(15, self.x.val().get_bit(16))
                .replace_bit(16, self.x.val().get_bit(15))
                .replace_bit(17, self.x.val().get_bit(14))
                .replace_bit(18, self.x.val().get_bit(13))
                .replace_bit(19, self.x.val().get_bit(12))
                .replace_bit(20, self.x.val().get_bit(11))
                .replace_bit(21, self.x.val().get_bit(10))
                .replace_bit(22, self.x.val().get_bit(9))
                .replace_bit(23, self.x.val().get_bit(8))
                .replace_bit(24, self.x.val().get_bit(7))
                .replace_bit(25, self.x.val().get_bit(6))
                .replace_bit(26, self.x.val().get_bit(5))
                .replace_bit(27, self.x.val().get_bit(4))
                .replace_bit(28, self.x.val().get_bit(3))
                .replace_bit(29, self.x.val().get_bit(2))
                .replace_bit(30, self.x.val().get_bit(1))
                .replace_bit(31, self.x.val().get_bit(0));
        } else if self.x.val().get_bit(31) {
            self.fill_mask.next = !self.thermo.val();
        }
        self.sh_out.next = (self.sh_in.val() >> self.amt.val()) | self.fill_mask.val();
        self.shr.next = self.sh_out.val();
        if self.big_shift.val() {
            self.shr.next = 0.into();
            if self.x.val().get_bit(31) {
                self.shr.next = self.ones.val();
            }
        }
        self.shl.next = self
            .sh_out
            .val()
            .replace_bit(0, self.sh_out.val().get_bit(31))
            .replace_bit(1, self.sh_out.val().get_bit(30))
            .replace_bit(2, self.sh_out.val().get_bit(29))
            .replace_bit(3, self.sh_out.val().get_bit(28))
            .replace_bit(4, self.sh_out.val().get_bit(27))
            .replace_bit(5, self.sh_out.val().get_bit(26))
            .replace_bit(6, self.sh_out.val().get_bit(25))
            .replace_bit(7, self.sh_out.val().get_bit(24))
            .replace_bit(8, self.sh_out.val().get_bit(23))
            .replace_bit(9, self.sh_out.val().get_bit(22))
            .replace_bit(10, self.sh_out.val().get_bit(21))
            .replace_bit(11, self.sh_out.val().get_bit(20))
            .replace_bit(12, self.sh_out.val().get_bit(19))
            .replace_bit(13, self.sh_out.val().get_bit(18))
            .replace_bit(14, self.sh_out.val().get_bit(17))
            .replace_bit(15, self.sh_out.val().get_bit(16))
            .replace_bit(16, self.sh_out.val().get_bit(15))
            .replace_bit(17, self.sh_out.val().get_bit(14))
            .replace_bit(18, self.sh_out.val().get_bit(13))
            .replace_bit(19, self.sh_out.val().get_bit(12))
            .replace_bit(20, self.sh_out.val().get_bit(11))
            .replace_bit(21, self.sh_out.val().get_bit(10))
            .replace_bit(22, self.sh_out.val().get_bit(9))
            .replace_bit(23, self.sh_out.val().get_bit(8))
            .replace_bit(24, self.sh_out.val().get_bit(7))
            .replace_bit(25, self.sh_out.val().get_bit(6))
            .replace_bit(26, self.sh_out.val().get_bit(5))
            .replace_bit(27, self.sh_out.val().get_bit(4))
            .replace_bit(28, self.sh_out.val().get_bit(3))
            .replace_bit(29, self.sh_out.val().get_bit(2))
            .replace_bit(30, self.sh_out.val().get_bit(1))
            .replace_bit(31, self.sh_out.val().get_bit(0));
        // `x << amt` fits (31-bit signed) iff bits 30-amt..31 of x are equal,
        // i.e. the top amt+1 bits of x ^ (x << 1) are 0 (amt <= 30; larger
        // amounts fault through `y_ge31`).
        self.sign_chg.next = self.x.val() ^ (self.x.val() << 1);
        self.ov_mask.next = !(self.thermo.val() >> 1);
        self.shl_ok.next = !(self.sign_chg.val() & self.ov_mask.val()).any();
        // Bitwise operators.
        self.logic_r.next = self.x.val() & self.y.val();
        match self.code.val().index() {
            8 => self.logic_r.next = self.x.val() | self.y.val(),
            9 => self.logic_r.next = self.x.val() ^ self.y.val(),
            _ => {}
        }
        self.logic_nz.next = self.logic_r.val().any();

        // Comparisons.
        self.is_same.next = self.a.val() == self.b.val();
        self.eqv.next = self.is_same.val();
        if self.both_ok.val() {
            self.eqv.next = self.x.val() == self.y.val();
        }

        // The integer result of the arithmetic operators, before tagging.
        // One adder for x + y, x - y (also COMPARE's), -y, y and !y (= 0 + !y).
        self.code_lt2.next = !self.code.val().get_bits::<3>(1).any();
        self.code_lt5.next = !self.code.val().get_bit(3)
            & !(self.code.val().get_bit(2)
                & (self.code.val().get_bit(1) | self.code.val().get_bit(0)));
        self.add_a.next = self.x.val();
        self.add_inv.next = self.code.val() == 1;
        self.add_cin.next = self.code.val() == 1;
        if self.sel.val() == 1 {
            self.add_inv.next = true;
            self.add_cin.next = true;
        }
        if self.sel.val() == 2 {
            self.add_a.next = 0.into();
            self.add_inv.next = self.code.val() != 1;
            self.add_cin.next = self.code.val() == 0;
        }
        self.add_b.next = self.y.val();
        if self.add_inv.val() {
            self.add_b.next = !self.y.val();
        }
        // The carry in as bit 0 of a 33-bit sum (one carry chain).
        self.add_a33.next = (bit_cast::<33, 32>(self.add_a.val()) << 1) | 1;
        self.add_b33.next = bit_cast::<33, 32>(self.add_b.val()) << 1;
        if self.add_cin.val() {
            self.add_b33.next = (bit_cast::<33, 32>(self.add_b.val()) << 1) | 1;
        }
        self.sum33.next = self.add_a33.val() + self.add_b33.val();
        self.sum.next = self.sum33.val().get_bits::<32>(1);
        // COMPARE: x - y never overflows (x and y are 31-bit values), its
        // sign is `<`.
        self.lt.next = self.sum.val().get_bit(31);
        self.r.next = self.logic_r.val();
        if self.code.val() == 5 {
            self.r.next = self.shl.val();
        }
        if self.code.val() == 6 {
            self.r.next = self.shr.val();
        }
        if (self.sel.val() == 2) | self.code_lt5.val() {
            self.r.next = self.sum.val();
        }
        // Only used where r is the sum.
        self.r_fits.next = self.sum.val().get_bit(31) == self.sum.val().get_bit(30);
        // Whether there is a fault, as a flat condition (shallower than `fault`).
        self.bin_bad.next = !self.both_ok.val()
            | (self.code_lt2.val() & !self.r_fits.val())
            | (((self.code.val() == 3) | (self.code.val() == 4)) & self.y_zero.val())
            | ((self.code.val() == 5)
                & (self.y_neg.val()
                    | (!self.x_zero.val() & (self.y_ge31.val() | !self.shl_ok.val()))))
            | ((self.code.val() == 6) & self.y_neg.val());
        self.cmp_bad.next = (self.code_lt2.val() | (self.code.val() == 4) | (self.code.val() == 5))
            & !self.both_ok.val();
        self.un_bad.next = (self.code.val() != 3)
            & (self.code.val() != 4)
            & (!self.b_ok.val() | !self.r_fits.val());
        self.bad_o.next = self.un_bad.val();
        if self.sel.val() == 0 {
            self.bad_o.next = self.bin_bad.val();
        } else if self.sel.val() == 1 {
            self.bad_o.next = self.cmp_bad.val();
        }
        self.bad.next = self.bad_o.val();
        self.r_tagged.next = (self.r.val() << 1) | 1;

        // The fault code (it only goes to a register; `bad` says whether
        // there is one).
        self.flt.next = 0.into();
        if self.sel.val() == 0 {
            if !self.both_ok.val() {
                self.flt.next = 2.into();
            } else {
                match self.code.val().index() {
                    0 => {
                        if !self.r_fits.val() {
                            self.flt.next = 6.into();
                        }
                    }
                    1 => {
                        if !self.r_fits.val() {
                            self.flt.next = 6.into();
                        }
                    }
                    3 => {
                        if self.y_zero.val() {
                            self.flt.next = 5.into();
                        }
                    }
                    4 => {
                        if self.y_zero.val() {
                            self.flt.next = 5.into();
                        }
                    }
                    5 => {
                        if self.y_neg.val() {
                            self.flt.next = 7.into();
                        } else if !self.x_zero.val() & (self.y_ge31.val() | !self.shl_ok.val()) {
                            self.flt.next = 6.into();
                        }
                    }
                    6 => {
                        if self.y_neg.val() {
                            self.flt.next = 7.into();
                        }
                    }
                    _ => {}
                }
            }
        } else if self.sel.val() == 1 {
            if self.code_lt2.val() | (self.code.val() == 4) | (self.code.val() == 5) {
                if !self.both_ok.val() {
                    self.flt.next = 3.into();
                }
            }
        } else if (self.code.val() != 3) & (self.code.val() != 4) {
            if !self.b_ok.val() {
                self.flt.next = 4.into();
            } else if !self.r_fits.val() {
                self.flt.next = 6.into();
            }
        }

        // The result (meaningless after a fault). The kinds of result are
        // decoded apart from the data, and the arithmetic one, the slowest,
        // goes through the last mux only.
        // 0 <, 1 <=, 2 ==, 3 !=, 4 >, 5 >=, 6 is, 7 is not: one LUT after `lt`.
        self.eq_term.next = self.eqv.val();
        if self.code.val().get_bits::<3>(1) == 3 {
            self.eq_term.next = self.is_same.val();
        }
        self.use_lt.next = (self.code.val() == 0)
            | (self.code.val() == 1)
            | (self.code.val() == 4)
            | (self.code.val() == 5);
        self.use_eq.next = (self.code.val() != 0) & (self.code.val() != 5);
        self.cmp_inv.next = (self.code.val() == 3)
            | (self.code.val() == 4)
            | (self.code.val() == 5)
            | (self.code.val() == 7);
        self.eq_hit.next = self.use_eq.val() & self.eq_term.val();
        self.cmp.next =
            self.cmp_inv.val() ^ ((self.use_lt.val() & self.lt.val()) | self.eq_hit.val());
        self.code_logic.next =
            (self.code.val() == 7) | (self.code.val() == 8) | (self.code.val() == 9);
        self.bool_bit.next = self.cmp.val();
        self.is_bool.next = true;
        self.is_arith.next = false;
        self.res_k.next = (bit_cast::<32, 3>(self.b_kindcode.val()) << 1) | 1;
        if self.sel.val() == 0 {
            self.bool_bit.next = self.logic_nz.val();
            self.is_bool.next = self.code_logic.val() & self.both_bool.val();
            self.is_arith.next =
                !self.is_bool.val() & !((self.code.val() == 5) & self.x_zero.val());
            self.res_k.next = 1.into();
        } else if self.sel.val() != 1 {
            self.bool_bit.next = !self.truthy.val();
            self.is_bool.next = self.code.val() == 3;
            self.is_arith.next = (self.code.val() != 3) & (self.code.val() != 4);
        }
        if self.is_bool.val() {
            self.res_k.next = 0x06.into();
            if self.bool_bit.val() {
                self.res_k.next = 0x46.into();
            }
        }
        self.res.next = self.res_k.val();
        if self.is_arith.val() {
            self.res.next = self.r_tagged.val();
        }
        if self.sel.val() == 1 {
            self.res.next = 0x06.into();
            if self.cmp.val() {
                self.res.next = 0x46.into();
            }
        }
        self.result.next = self.res.val();
        self.fault.next = self.flt.val();
    }
}
