//! The PySM core: a multi-cycle implementation of every instruction of
//! `isa/src/table.rs`, with the emulator's semantics and cycle costs.
//!
//! Timing: the instruction word is the registered output of the code memory
//! and stays there for the whole instruction (its address is `pc`, except in
//! the last cycle of an instruction, when the address is the next pc). So the
//! first cycle of an instruction (`E0`) decodes it and issues the data read it
//! needs; `E1` sees that read. Every architectural register, the data-memory
//! write and the return-stack write commit at the end of the last cycle of
//! the instruction, and only if it does not fault. A fault stops the core
//! with the state of before the instruction.
//!
//! Phases: `Fetch` (cycle 0), `E0`, `E1`, `E2` (`PIN_WRITE` only), `Md` (the
//! 32 cycles of the multiplier/divider), `Stop` (halted or faulted).

use crate::alu::Alu;
use crate::muldiv::MulDiv;
use rust_hdl::prelude::*;

#[derive(Copy, Clone, Debug, PartialEq, Eq, LogicState)]
pub enum Phase {
    Fetch,
    E0,
    E1,
    E2,
    E3,
    Md,
    /// A trap: the cycle before the vector is read (`Tw`), the cycle that
    /// sees it (`Trap`).
    Tw,
    Trap,
    Stop,
}

#[derive(LogicBlock)]
pub struct Core {
    pub clock: Signal<In, Clock>,
    pub enable: Signal<In, Bit>,
    /// While high the core is held in its power-up state, but starting at
    /// `boot_pc` with the stack at `boot_sp` (see `Soc`).
    pub boot: Signal<In, Bit>,
    pub boot_pc: Signal<In, Bits<16>>,
    pub boot_sp: Signal<In, Bits<16>>,
    /// Code memory: address (registered read) and the word read.
    pub code_addr: Signal<Out, Bits<15>>,
    pub instr: Signal<In, Bits<32>>,
    /// Data memory port.
    pub dmem_raddr: Signal<Out, Bits<10>>,
    pub dmem_rdata: Signal<In, Bits<32>>,
    pub dmem_we: Signal<Out, Bit>,
    pub dmem_waddr: Signal<Out, Bits<10>>,
    pub dmem_wdata: Signal<Out, Bits<32>>,
    /// Return-stack memory port.
    pub rs_raddr: Signal<Out, Bits<8>>,
    pub rs_rdata: Signal<In, Bits<32>>,
    pub rs_we: Signal<Out, Bit>,
    pub rs_waddr: Signal<Out, Bits<8>>,
    pub rs_wdata: Signal<Out, Bits<32>>,
    /// Heap memory port: one address for reads (registered, the word is
    /// seen in the next cycle) and writes, as a single-port SPRAM has.
    pub heap_addr: Signal<Out, Bits<14>>,
    pub heap_rdata: Signal<In, Bits<32>>,
    pub heap_we: Signal<Out, Bit>,
    pub heap_wdata: Signal<Out, Bits<32>>,
    /// Synchronised pad levels.
    pub pads: Signal<In, Bits<32>>,
    pub gpio_out: Signal<Out, Bits<32>>,
    pub gpio_dir: Signal<Out, Bits<32>>,
    pub console_data: Signal<Out, Bits<8>>,
    pub console_valid: Signal<Out, Bit>,
    pub console_ready: Signal<In, Bit>,
    pub halted: Signal<Out, Bit>,
    pub fault: Signal<Out, Bits<8>>,
    pub retire_valid: Signal<Out, Bit>,
    pub retire_pc: Signal<Out, Bits<16>>,
    pub retire_instr: Signal<Out, Bits<32>>,
    pub retire_tos: Signal<Out, Bits<32>>,
    pub retire_sp: Signal<Out, Bits<16>>,
    pub retire_fp: Signal<Out, Bits<16>>,
    pub retire_rsp: Signal<Out, Bits<16>>,
    pub retire_we: Signal<Out, Bit>,
    pub retire_waddr: Signal<Out, Bits<16>>,
    pub retire_wdata: Signal<Out, Bits<32>>,
    pub retire_hwe: Signal<Out, Bit>,
    pub retire_haddr: Signal<Out, Bits<16>>,
    pub retire_hdata: Signal<Out, Bits<32>>,
    /// The return-stack push of the retired instruction: index and entry.
    pub retire_rwe: Signal<Out, Bit>,
    pub retire_rwa: Signal<Out, Bits<16>>,
    pub retire_rdata: Signal<Out, Bits<32>>,
    pub state_pc: Signal<Out, Bits<16>>,
    pub state_sp: Signal<Out, Bits<16>>,
    pub state_fp: Signal<Out, Bits<16>>,
    pub state_rsp: Signal<Out, Bits<16>>,
    pub state_tos: Signal<Out, Bits<32>>,
    /// The cycle counter (mod 2**30): the number of the current cycle.
    pub cycle: Signal<Out, Bits<30>>,
    /// High in every cycle in which the cycle counter advances (the
    /// devices' timers count the same cycles).
    pub tick: Signal<Out, Bit>,
    /// External I/O bus, ports 8..15: `IO_READ` pushes `io_rdata` of port
    /// `8 + io_port` as it is (the devices tag their small ints), read in
    /// its one cycle.
    pub io_port: Signal<Out, Bits<3>>,
    pub io_rdata: Signal<In, Bits<32>>,
    /// One-cycle strobes: an `IO_READ` / `IO_WRITE` of port `8 + io_port`
    /// commits (a read with a side effect, such as taking a received byte,
    /// acts on it); `io_wdata` is the payload written (bits 16..1).
    pub io_read: Signal<Out, Bit>,
    pub io_write: Signal<Out, Bit>,
    pub io_wdata: Signal<Out, Bits<16>>,

    alu: Alu,
    md: MulDiv,

    /// Public for waveforms (`pysm sim --vcd`).
    pub phase: DFF<Phase>,
    pc: DFFWithInit<Bits<15>>,
    sp: DFFWithInit<Bits<16>>,
    fp: DFFWithInit<Bits<16>>,
    rsp: DFF<Bits<9>>,
    tos: DFF<Bits<32>>,
    dir_r: DFF<Bits<32>>,
    out_r: DFF<Bits<32>>,
    halted_r: DFF<Bit>,
    fault_r: DFF<Bits<8>>,
    ctr: DFF<Bits<30>>,
    raddr_q: DFF<Bits<10>>,
    con_data_r: DFF<Bits<8>>,
    con_valid_r: DFF<Bit>,
    rv: DFF<Bit>,
    r_pc: DFF<Bits<15>>,
    r_instr: DFF<Bits<32>>,
    r_tos: DFF<Bits<32>>,
    r_sp: DFF<Bits<16>>,
    r_fp: DFF<Bits<16>>,
    r_rsp: DFF<Bits<9>>,
    r_we: DFF<Bit>,
    r_waddr: DFF<Bits<10>>,
    r_wdata: DFF<Bits<32>>,
    fault_commit: DFF<Bit>,
    prev_pc: DFF<Bits<15>>,
    prev_sp: DFF<Bits<16>>,
    prev_fp: DFF<Bits<16>>,
    prev_rsp: DFF<Bits<9>>,
    prev_tos: DFF<Bits<32>>,
    r_hwe: DFF<Bit>,
    r_haddr: DFF<Bits<14>>,
    r_hdata: DFF<Bits<32>>,
    r_rwe: DFF<Bit>,
    r_rwa: DFF<Bits<9>>,
    r_rdata: DFF<Bits<32>>,
    /// The stack guard (port 16): `CALL` keeps room for the runtime.
    guard: DFF<Bit>,
    /// The trap in `Tw`/`Trap` is the fault vector's (a fault's handler).
    fv: DFF<Bit>,
    /// `RAISE`: the return-stack entry being read and the frame it returns to.
    w_i: DFF<Bits<9>>,
    w_fp: DFF<Bits<16>>,
    /// Heap allocation pointer and limit (ports 4 and 5).
    hp: DFF<Bits<15>>,
    hlim: DFF<Bits<15>>,
    /// Operands kept between cycles of the heap and data instructions.
    haddr_r: DFF<Bits<14>>,
    /// `hbad` and `afull` of the previous cycle: the heap checks end at
    /// these flip-flops (a carry chain and a wide OR, too long to reach
    /// the next phase in the same cycle).
    hbad_r: DFF<Bit>,
    afull_r: DFF<Bit>,
    daddr_r: DFF<Bits<10>>,
    hold: DFF<Bits<32>>,
    /// The trap of the current instruction, set in `E0`: vector address,
    /// handler arity, return-stack entry bits, the pc and pop of the
    /// fallback (vector NULL without a fault), the pending fault and the
    /// fallback's result.
    t_vaddr: DFF<Bits<10>>,
    t_k: DFF<Bits<4>>,
    t_ret: DFF<Bits<17>>,
    t_fallpc: DFF<Bits<15>>,
    t_pop: DFF<Bit>,
    t_flt: DFF<Bits<8>>,
    res_r: DFF<Bits<32>>,
    ok: Signal<Local, Bit>,
    run: Signal<Local, Bit>,
    boot_sp1: Signal<Local, Bits<16>>,
    alu_op: Signal<Local, Bit>,
    alu_bad: Signal<Local, Bit>,
    late_bad: Signal<Local, Bit>,
    md_bad: Signal<Local, Bit>,
    bad_mem: Signal<Local, Bit>,
    pin_id_ok: Signal<Local, Bit>,
    pin_mode_ok: Signal<Local, Bit>,
    bad: Signal<Local, Bit>,
    commit_ok: Signal<Local, Bit>,
    st_pc: Signal<Local, Bits<15>>,
    st_sp: Signal<Local, Bits<16>>,
    st_fp: Signal<Local, Bits<16>>,
    st_rsp: Signal<Local, Bits<9>>,
    st_tos: Signal<Local, Bits<32>>,

    // Decode.
    opcode: Signal<Local, Bits<8>>,
    arg: Signal<Local, Bits<24>>,
    arg10: Signal<Local, Bits<10>>,
    arg_zero: Signal<Local, Bit>,
    arg_small: Signal<Local, Bit>,
    arg_lt4: Signal<Local, Bit>,
    arg_lt8: Signal<Local, Bit>,
    arg_lt16: Signal<Local, Bit>,
    arg_lt32: Signal<Local, Bit>,
    arg_lt27: Signal<Local, Bit>,
    arg5: Signal<Local, Bits<5>>,
    vec5: Signal<Local, Bits<5>>,
    pc1: Signal<Local, Bits<16>>,
    sp_p1: Signal<Local, Bits<16>>,
    sp_m1: Signal<Local, Bits<16>>,
    sp_m2: Signal<Local, Bits<16>>,
    sp_m3: Signal<Local, Bits<16>>,
    legal: Signal<Local, Bit>,
    sp10: Signal<Local, Bits<10>>,
    fp10: Signal<Local, Bits<10>>,
    nos: Signal<Local, Bits<32>>,
    nos_is_pin: Signal<Local, Bit>,
    sp_full: Signal<Local, Bit>,
    int_arg: Signal<Local, Bits<32>>,
    ctr_tagged: Signal<Local, Bits<32>>,
    io_dev: Signal<Local, Bit>,
    pin_bit: Signal<Local, Bits<32>>,
    nos_pin_bit: Signal<Local, Bits<32>>,
    pad_shift: Signal<Local, Bits<32>>,
    /// The pin of a Pin instruction: from the Pin on top, or from the
    /// operand (`PIN_HIGH`, `PIN_LOW`, `PIN_LEVEL`, `JUMP_IF_PIN`).
    pin_sel: Signal<Local, Bits<5>>,
    callee: Signal<Local, Bits<32>>,
    callee_arity: Signal<Local, Bits<12>>,
    arg12: Signal<Local, Bits<12>>,
    ret_pc: Signal<Local, Bits<16>>,
    md_result: Signal<Local, Bits<32>>,
    md_tagged: Signal<Local, Bits<32>>,
    // The work of this cycle.
    raddr: Signal<Local, Bits<10>>,
    last: Signal<Local, Bit>,
    flt: Signal<Local, Bits<8>>,
    do_push: Signal<Local, Bit>,
    do_pop: Signal<Local, Bit>,
    kval: Signal<Local, Bits<32>>,
    tsel: Signal<Local, Bits<3>>,
    n_pc: Signal<Local, Bits<15>>,
    n_sp: Signal<Local, Bits<16>>,
    n_fp: Signal<Local, Bits<16>>,
    n_rsp: Signal<Local, Bits<9>>,
    n_tos: Signal<Local, Bits<32>>,
    we: Signal<Local, Bit>,
    waddr: Signal<Local, Bits<10>>,
    wdata: Signal<Local, Bits<32>>,
    rs_write: Signal<Local, Bit>,
    gpio_write: Signal<Local, Bit>,
    n_dir: Signal<Local, Bits<32>>,
    n_out: Signal<Local, Bits<32>>,
    con_write: Signal<Local, Bit>,
    halt_now: Signal<Local, Bit>,
    next_phase: Signal<Local, Phase>,
    md_start: Signal<Local, Bit>,
    commit: Signal<Local, Bit>,
    init_bit: Signal<Local, Bits<32>>,
    init_pin: Signal<Local, Bits<32>>,
    rs_ra: Signal<Local, Bits<9>>,
    arg_hi: Signal<Local, Bits<32>>,
    alu_sel: Signal<Local, Bits<2>>,
    caddr: Signal<Local, Bits<15>>,
    draddr: Signal<Local, Bits<10>>,
    dir_o: Signal<Local, Bits<32>>,
    out_o: Signal<Local, Bits<32>>,
    // Heap, data and trap.
    tos_ok: Signal<Local, Bit>,
    nos_ok: Signal<Local, Bit>,
    tos_ptr: Signal<Local, Bit>,
    nos_ptr: Signal<Local, Bit>,
    hptr: Signal<Local, Bits<32>>,
    hoff: Signal<Local, Bits<32>>,
    hsum: Signal<Local, Bits<32>>,
    hbad: Signal<Local, Bit>,
    hadr: Signal<Local, Bits<14>>,
    hwe: Signal<Local, Bit>,
    words: Signal<Local, Bits<16>>,
    asum: Signal<Local, Bits<16>>,
    abig: Signal<Local, Bit>,
    afull: Signal<Local, Bit>,
    clampv: Signal<Local, Bits<15>>,
    hp_write: Signal<Local, Bit>,
    hlim_write: Signal<Local, Bit>,
    to_trap: Signal<Local, Bit>,
    v_null: Signal<Local, Bit>,
    v_ok: Signal<Local, Bit>,
    rs_wa: Signal<Local, Bits<9>>,
    rs_wd: Signal<Local, Bits<32>>,
    e0_vaddr: Signal<Local, Bits<10>>,
    e0_k: Signal<Local, Bits<4>>,
    e0_fallpc: Signal<Local, Bits<15>>,
    /// A fault that calls the fault vector instead of stopping the core.
    fatal: Signal<Local, Bit>,
    to_fv: Signal<Local, Bit>,
    stop: Signal<Local, Bit>,
    fv_arg: Signal<Local, Bits<32>>,
    callee_fn: Signal<Local, Bit>,
    guard_full: Signal<Local, Bit>,
    rs_handler: Signal<Local, Bit>,
    /// A cycle of `RAISE` that sees a return-stack entry.
    raise_step: Signal<Local, Bit>,
    rs_ok: Signal<Local, Bit>,
}

impl Core {
    /// `entry`: the first pc; `stack_base`: the first free data word.
    pub fn new(entry: u32, stack_base: u32) -> Core {
        Core {
            clock: Default::default(),
            enable: Default::default(),
            boot: Default::default(),
            boot_pc: Default::default(),
            boot_sp: Default::default(),
            code_addr: Default::default(),
            instr: Default::default(),
            dmem_raddr: Default::default(),
            dmem_rdata: Default::default(),
            dmem_we: Default::default(),
            dmem_waddr: Default::default(),
            dmem_wdata: Default::default(),
            rs_raddr: Default::default(),
            rs_rdata: Default::default(),
            rs_we: Default::default(),
            rs_waddr: Default::default(),
            rs_wdata: Default::default(),
            pads: Default::default(),
            gpio_out: Default::default(),
            gpio_dir: Default::default(),
            console_data: Default::default(),
            console_valid: Default::default(),
            console_ready: Default::default(),
            halted: Default::default(),
            fault: Default::default(),
            retire_valid: Default::default(),
            retire_pc: Default::default(),
            retire_instr: Default::default(),
            retire_tos: Default::default(),
            retire_sp: Default::default(),
            retire_fp: Default::default(),
            retire_rsp: Default::default(),
            retire_we: Default::default(),
            retire_waddr: Default::default(),
            retire_wdata: Default::default(),
            state_pc: Default::default(),
            state_sp: Default::default(),
            state_fp: Default::default(),
            state_rsp: Default::default(),
            state_tos: Default::default(),
            cycle: Default::default(),
            tick: Default::default(),
            io_port: Default::default(),
            io_rdata: Default::default(),
            io_read: Default::default(),
            io_write: Default::default(),
            io_wdata: Default::default(),
            alu: Default::default(),
            md: Default::default(),
            phase: Default::default(),
            pc: DFFWithInit::new(bits::<15>((entry & 0x7FFF) as u64)),
            sp: DFFWithInit::new(bits::<16>(((stack_base + 1) & 0xFFFF) as u64)),
            fp: DFFWithInit::new(bits::<16>(((stack_base + 1) & 0xFFFF) as u64)),
            rsp: Default::default(),
            tos: Default::default(),
            dir_r: Default::default(),
            out_r: Default::default(),
            halted_r: Default::default(),
            fault_r: Default::default(),
            ctr: Default::default(),
            raddr_q: Default::default(),
            con_data_r: Default::default(),
            con_valid_r: Default::default(),
            rv: Default::default(),
            r_pc: Default::default(),
            r_instr: Default::default(),
            r_tos: Default::default(),
            r_sp: Default::default(),
            r_fp: Default::default(),
            r_rsp: Default::default(),
            r_we: Default::default(),
            r_waddr: Default::default(),
            r_wdata: Default::default(),
            fault_commit: Default::default(),
            prev_pc: Default::default(),
            prev_sp: Default::default(),
            prev_fp: Default::default(),
            prev_rsp: Default::default(),
            prev_tos: Default::default(),
            ok: Default::default(),
            run: Default::default(),
            boot_sp1: Default::default(),
            alu_op: Default::default(),
            alu_bad: Default::default(),
            late_bad: Default::default(),
            md_bad: Default::default(),
            bad_mem: Default::default(),
            pin_id_ok: Default::default(),
            pin_mode_ok: Default::default(),
            bad: Default::default(),
            commit_ok: Default::default(),
            st_pc: Default::default(),
            st_sp: Default::default(),
            st_fp: Default::default(),
            st_rsp: Default::default(),
            st_tos: Default::default(),
            opcode: Default::default(),
            arg: Default::default(),
            arg10: Default::default(),
            arg_zero: Default::default(),
            arg_small: Default::default(),
            arg_lt4: Default::default(),
            arg_lt8: Default::default(),
            arg_lt16: Default::default(),
            arg_lt32: Default::default(),
            arg_lt27: Default::default(),
            arg5: Default::default(),
            vec5: Default::default(),
            pc1: Default::default(),
            sp_p1: Default::default(),
            sp_m1: Default::default(),
            sp_m2: Default::default(),
            sp_m3: Default::default(),
            legal: Default::default(),
            sp10: Default::default(),
            fp10: Default::default(),
            nos: Default::default(),
            nos_is_pin: Default::default(),
            sp_full: Default::default(),
            int_arg: Default::default(),
            ctr_tagged: Default::default(),
            io_dev: Default::default(),
            pin_bit: Default::default(),
            nos_pin_bit: Default::default(),
            pad_shift: Default::default(),
            pin_sel: Default::default(),
            callee: Default::default(),
            callee_arity: Default::default(),
            arg12: Default::default(),
            ret_pc: Default::default(),
            md_result: Default::default(),
            md_tagged: Default::default(),
            raddr: Default::default(),
            last: Default::default(),
            flt: Default::default(),
            do_push: Default::default(),
            do_pop: Default::default(),
            kval: Default::default(),
            tsel: Default::default(),
            n_pc: Default::default(),
            n_sp: Default::default(),
            n_fp: Default::default(),
            n_rsp: Default::default(),
            n_tos: Default::default(),
            we: Default::default(),
            waddr: Default::default(),
            wdata: Default::default(),
            rs_write: Default::default(),
            gpio_write: Default::default(),
            n_dir: Default::default(),
            n_out: Default::default(),
            con_write: Default::default(),
            halt_now: Default::default(),
            next_phase: Default::default(),
            md_start: Default::default(),
            commit: Default::default(),
            init_bit: Default::default(),
            init_pin: Default::default(),
            rs_ra: Default::default(),
            arg_hi: Default::default(),
            alu_sel: Default::default(),
            caddr: Default::default(),
            draddr: Default::default(),
            dir_o: Default::default(),
            out_o: Default::default(),
            heap_addr: Default::default(),
            heap_rdata: Default::default(),
            heap_we: Default::default(),
            heap_wdata: Default::default(),
            retire_hwe: Default::default(),
            retire_haddr: Default::default(),
            retire_hdata: Default::default(),
            retire_rwe: Default::default(),
            retire_rwa: Default::default(),
            retire_rdata: Default::default(),
            r_rwe: Default::default(),
            r_rwa: Default::default(),
            r_rdata: Default::default(),
            guard: Default::default(),
            fv: Default::default(),
            w_i: Default::default(),
            w_fp: Default::default(),
            fatal: Default::default(),
            to_fv: Default::default(),
            stop: Default::default(),
            fv_arg: Default::default(),
            callee_fn: Default::default(),
            guard_full: Default::default(),
            rs_handler: Default::default(),
            raise_step: Default::default(),
            rs_ok: Default::default(),
            r_hwe: Default::default(),
            r_haddr: Default::default(),
            r_hdata: Default::default(),
            hp: Default::default(),
            hlim: Default::default(),
            haddr_r: Default::default(),
            hbad_r: Default::default(),
            afull_r: Default::default(),
            daddr_r: Default::default(),
            hold: Default::default(),
            t_vaddr: Default::default(),
            t_k: Default::default(),
            t_ret: Default::default(),
            t_fallpc: Default::default(),
            t_pop: Default::default(),
            t_flt: Default::default(),
            res_r: Default::default(),
            tos_ok: Default::default(),
            nos_ok: Default::default(),
            tos_ptr: Default::default(),
            nos_ptr: Default::default(),
            hptr: Default::default(),
            hoff: Default::default(),
            hsum: Default::default(),
            hbad: Default::default(),
            hadr: Default::default(),
            hwe: Default::default(),
            words: Default::default(),
            abig: Default::default(),
            asum: Default::default(),
            afull: Default::default(),
            clampv: Default::default(),
            hp_write: Default::default(),
            hlim_write: Default::default(),
            to_trap: Default::default(),
            v_null: Default::default(),
            v_ok: Default::default(),
            rs_wa: Default::default(),
            rs_wd: Default::default(),
            e0_vaddr: Default::default(),
            e0_k: Default::default(),
            e0_fallpc: Default::default(),
        }
    }
}

impl Logic for Core {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            phase,
            pc,
            sp,
            fp,
            rsp,
            tos,
            dir_r,
            out_r,
            halted_r,
            fault_r,
            ctr,
            raddr_q,
            con_data_r,
            con_valid_r,
            rv,
            r_pc,
            r_instr,
            r_tos,
            r_sp,
            r_fp,
            r_rsp,
            r_we,
            r_waddr,
            r_wdata,
            fault_commit,
            prev_pc,
            prev_sp,
            prev_fp,
            prev_rsp,
            prev_tos,
            r_hwe,
            r_haddr,
            r_hdata,
            r_rwe,
            r_rwa,
            r_rdata,
            guard,
            fv,
            w_i,
            w_fp,
            hp,
            hlim,
            haddr_r,
            hbad_r,
            afull_r,
            daddr_r,
            hold,
            t_vaddr,
            t_k,
            t_ret,
            t_fallpc,
            t_pop,
            t_flt,
            res_r
        );
        self.md.clock.next = self.clock.val();

        // Boot holds the core like a low `enable`, then resets it below.
        self.run.next = self.enable.val() & !self.boot.val();
        self.boot_sp1.next = self.boot_sp.val() + 1;

        // ---- Decode ----
        self.opcode.next = self.instr.val().get_bits::<8>(24);
        self.arg.next = self.instr.val().get_bits::<24>(0);
        self.arg10.next = self.instr.val().get_bits::<10>(0);
        self.arg12.next = self.instr.val().get_bits::<12>(0);
        self.arg_zero.next = !self.arg.val().any();
        // Comparisons of the operand with constants, as logic: `<` makes
        // a carry chain as wide as the operand.
        self.arg_small.next = !self.arg.val().get_bits::<16>(8).any();
        self.arg_lt4.next = !self.arg.val().get_bits::<22>(2).any();
        self.arg_lt8.next = !self.arg.val().get_bits::<21>(3).any();
        self.arg_lt16.next = !self.arg.val().get_bits::<20>(4).any();
        self.arg_lt32.next = !self.arg.val().get_bits::<19>(5).any();
        // arg < 27 (0b11011).
        self.arg_lt27.next = self.arg_lt32.val()
            & !(self.arg.val().get_bit(4)
                & self.arg.val().get_bit(3)
                & (self.arg.val().get_bit(2)
                    | (self.arg.val().get_bit(1) & self.arg.val().get_bit(0))));
        // `arg == k` for k < 32 is `arg_lt32 & arg5 == k`.
        self.arg5.next = self.arg.val().get_bits::<5>(0);
        // The neighbours of pc and sp, shared by every use.
        self.pc1.next = bit_cast::<16, 15>(self.pc.q.val()) + 1;
        self.sp_p1.next = self.sp.q.val() + 1;
        self.sp_m1.next = self.sp.q.val() - 1;
        self.sp_m2.next = self.sp.q.val() - 2;
        self.sp_m3.next = self.sp.q.val() - 3;
        self.sp10.next = self.sp.q.val().get_bits::<10>(0);
        self.fp10.next = self.fp.q.val().get_bits::<10>(0);
        self.nos.next = self.dmem_rdata.val();
        self.nos_is_pin.next =
            (self.nos.val().get_bits::<2>(0) == 2) & (self.nos.val().get_bits::<4>(2) == 2);
        self.sp_full.next = self.sp.q.val().get_bits::<6>(10).any();
        // Sign-extend the operand (a 32-bit arithmetic shift: `!` of a
        // narrower value is widened first in Verilog, see docs/rust-hdl-bugs.md).
        self.arg_hi.next = bit_cast::<32, 24>(self.arg.val()) << 8;
        self.int_arg.next = self.arg_hi.val() >> 8;
        if self.arg.val().get_bit(23) {
            self.int_arg.next = !((!self.arg_hi.val()) >> 8);
        }
        self.ctr_tagged.next = (bit_cast::<32, 30>(self.ctr.q.val()) << 1) | 1;
        self.io_dev.next = self.arg.val().get_bits::<21>(3) == 1;
        self.pin_sel.next = self.tos.q.val().get_bits::<5>(6);
        if (self.opcode.val() == 54) | (self.opcode.val() == 55) | (self.opcode.val() == 59) {
            self.pin_sel.next = self.instr.val().get_bits::<5>(0);
        }
        if self.opcode.val() == 37 {
            self.pin_sel.next = self.instr.val().get_bits::<5>(15);
        }
        self.pin_bit.next = bits::<32>(1) << self.pin_sel.val();
        self.nos_pin_bit.next = bits::<32>(1) << self.nos.val().get_bits::<5>(6);
        self.init_bit.next = bits::<32>(1) << self.alu.x_out.val().get_bits::<5>(0);
        self.init_pin.next = (bit_cast::<32, 5>(self.alu.x_out.val().get_bits::<5>(0)) << 6) | 0xA;
        // PIN_INIT's checks `0 <= id < 27` and `mode in (0, 1)` from the
        // tagged words (bools are 0 and 1), without the ALU's integers.
        self.pin_id_ok.next = !self.nos.val().get_bit(0)
            | ((self.nos.val().get_bits::<26>(6) == 0)
                & !(self.nos.val().get_bit(5)
                    & self.nos.val().get_bit(4)
                    & (self.nos.val().get_bit(3)
                        | (self.nos.val().get_bit(2) & self.nos.val().get_bit(1)))));
        self.pin_mode_ok.next =
            !self.tos.q.val().get_bit(0) | (self.tos.q.val().get_bits::<30>(2) == 0);
        self.pad_shift.next = self.pads.val() >> self.pin_sel.val();
        self.callee.next = self.nos.val();
        if self.arg_zero.val() {
            self.callee.next = self.tos.q.val();
        }
        self.callee_arity.next = bit_cast::<12, 11>(self.callee.val().get_bits::<11>(21));
        self.ret_pc.next = self.pc1.val();
        self.callee_fn.next =
            (self.callee.val().get_bits::<2>(0) == 2) & (self.callee.val().get_bits::<4>(2) == 3);
        // With the guard on, `CALL` leaves room for the runtime's handlers.
        self.guard_full.next =
            // rsp >= 224 | sp >= 896
            self.guard.q.val()
                & (self.rsp.q.val().get_bit(8)
                    | self.rsp.q.val().get_bits::<3>(5).all()
                    | self.sp.q.val().get_bits::<6>(10).any()
                    | self.sp.q.val().get_bits::<3>(7).all());
        self.rs_handler.next = self.rs_rdata.val().get_bits::<2>(30) == 1;
        self.raise_step.next = (self.opcode.val() == 44)
            & ((self.phase.q.val() == Phase::E1) | (self.phase.q.val() == Phase::E2));
        self.fv_arg.next = (bit_cast::<32, 24>(self.r_instr.q.val().get_bits::<24>(0)) << 6)
            | (bit_cast::<32, 5>(self.t_flt.q.val().get_bits::<5>(0)) << 1)
            | 1;

        // int_like (ints and the two bools, whose values are the ALU's
        // `y_out`/`x_out`) and pointer tags of the top two words.
        self.tos_ok.next =
            self.tos.q.val().get_bit(0) | (self.tos.q.val() == 0x46) | (self.tos.q.val() == 0x06);
        self.nos_ok.next =
            self.nos.val().get_bit(0) | (self.nos.val() == 0x46) | (self.nos.val() == 0x06);
        self.tos_ptr.next = !self.tos.q.val().get_bits::<2>(0).any();
        // LOAD_RSTACK's index: an int in 0 .. rsp.
        self.rs_ok.next = self.tos_ok.val()
            & !self.alu.y_out.val().get_bits::<23>(9).any()
            & (self.alu.y_out.val().get_bits::<9>(0) < self.rsp.q.val());
        self.nos_ptr.next = !self.nos.val().get_bits::<2>(0).any();
        // The heap address of `pointer + offset` and its check (a non-NULL
        // pointer, a word in 1 .. 16384).
        self.hptr.next = self.nos.val();
        if self.opcode.val() == 0x41 {
            self.hptr.next = self.tos.q.val();
        }
        self.hoff.next = self.int_arg.val();
        if self.opcode.val() == 0x43 {
            self.hoff.next = self.alu.y_out.val();
        }
        if self.opcode.val() == 0x44 {
            self.hoff.next = self.hold.q.val();
        }
        self.hsum.next = (self.hptr.val() >> 2) + self.hoff.val();
        self.hbad.next = !self.hptr.val().any()
            | self.hptr.val().get_bits::<2>(0).any()
            | self.hsum.val().get_bits::<18>(14).any()
            | !self.hsum.val().any();
        // ALLOC: the object's words and whether they fit below the limit.
        // Sizes of 2**15 words and more never fit (the limit is 15 bits),
        // so the sum needs 16 bits only.
        self.abig.next = !self.tos.q.val().get_bit(31) & self.tos.q.val().get_bits::<7>(24).any();
        self.words.next = bit_cast::<16, 15>(self.tos.q.val().get_bits::<15>(9)) + 1;
        if self.tos.q.val().get_bit(31) {
            self.words.next = 1.into();
        }
        self.asum.next = bit_cast::<16, 15>(self.hp.q.val()) + self.words.val();
        self.afull.next = !self.hp.q.val().any()
            | self.abig.val()
            | (self.asum.val() > bit_cast::<16, 15>(self.hlim.q.val()));
        // IO_WRITE to the heap ports: the value clamped to 0 ..= 16384.
        self.clampv.next = bit_cast::<15, 14>(self.alu.y_out.val().get_bits::<14>(0));
        if self.alu.y_out.val().get_bits::<18>(14).any() {
            self.clampv.next = 16384.into();
        }
        if self.alu.y_out.val().get_bit(31) {
            self.clampv.next = 0.into();
        }
        // The trap of the instruction (kept in `t_*` from E0): vector
        // address, arity and the fallback's pc.
        self.e0_vaddr.next = bit_cast::<10, 5>(self.instr.val().get_bits::<5>(0));
        // `BINARY iadd` (10) has vector 31; 10 is COMPARE lt's.
        if (self.opcode.val() == 24) & (self.instr.val().get_bits::<5>(0) == 10) {
            self.e0_vaddr.next = 31.into();
        }
        self.e0_k.next = 2.into();
        self.e0_fallpc.next = self.pc1.val().get_bits::<15>(0);
        self.vec5.next = 0.into();
        match self.opcode.val().index() {
            // The operand is below 8 when the vector is read (larger
            // ones are illegal, or fault before): 5-bit sums.
            25 => {
                self.vec5.next = bit_cast::<5, 3>(self.arg.val().get_bits::<3>(0)) + 10;
                self.e0_vaddr.next = bit_cast::<10, 5>(self.vec5.val());
            }
            26 => {
                self.e0_k.next = 1.into();
                self.e0_vaddr.next = 19.into();
                if self.arg_lt4.val() & !(self.arg.val().get_bit(1) & self.arg.val().get_bit(0)) {
                    self.e0_vaddr.next = bit_cast::<10, 2>(self.arg.val().get_bits::<2>(0)) | 16;
                }
            }
            33 => {
                self.e0_k.next = 1.into();
                self.e0_vaddr.next = 20.into();
                if !self.alu.b_truthy.val() {
                    self.e0_fallpc.next = self.arg.val().get_bits::<15>(0);
                }
            }
            34 => {
                self.e0_k.next = 1.into();
                self.e0_vaddr.next = 20.into();
                if self.alu.b_truthy.val() {
                    self.e0_fallpc.next = self.arg.val().get_bits::<15>(0);
                }
            }
            40 => {
                self.e0_k.next = self.instr.val().get_bits::<4>(0) + 1;
                self.vec5.next = bit_cast::<5, 3>(self.arg.val().get_bits::<3>(0)) + 22;
                self.e0_vaddr.next = bit_cast::<10, 5>(self.vec5.val());
            }
            64 => {
                self.e0_k.next = 1.into();
                self.e0_vaddr.next = 21.into();
            }
            _ => {}
        }

        self.legal.next = false;
        match self.opcode.val().index() {
            0 => self.legal.next = self.arg_zero.val(),
            1 => self.legal.next = self.arg_zero.val(),
            // FAULT 1..=24 (0b11000), the fault codes of the table.
            2 => {
                self.legal.next = (!self.arg_zero.val())
                    & self.arg_lt32.val()
                    & !(self.arg.val().get_bit(4)
                        & self.arg.val().get_bit(3)
                        & (self.arg.val().get_bit(2)
                            | self.arg.val().get_bit(1)
                            | self.arg.val().get_bit(0)))
            }
            8 => self.legal.next = true,
            9 => self.legal.next = true,
            10 => self.legal.next = self.arg_zero.val(),
            11 => self.legal.next = self.arg_zero.val(),
            12 => self.legal.next = self.arg_small.val(),
            13 => self.legal.next = self.arg_small.val(),
            16 => self.legal.next = true,
            17 => self.legal.next = true,
            18 => self.legal.next = true,
            19 => self.legal.next = true,
            24 => {
                self.legal.next = self.arg_lt16.val()
                    & !(self.arg.val().get_bit(3)
                        & (self.arg.val().get_bit(2)
                            | (self.arg.val().get_bit(1) & self.arg.val().get_bit(0))))
            }
            25 => self.legal.next = self.arg_lt8.val(),
            26 => {
                self.legal.next = self.arg_lt8.val()
                    & !(self.arg.val().get_bit(2)
                        & (self.arg.val().get_bit(1) | self.arg.val().get_bit(0)))
            }
            32 => self.legal.next = true,
            33 => self.legal.next = true,
            34 => self.legal.next = true,
            35 => self.legal.next = true,
            36 => self.legal.next = true,
            37 => {
                self.legal.next = !self.instr.val().get_bits::<3>(21).any()
                    & !(self.instr.val().get_bit(19)
                        & self.instr.val().get_bit(18)
                        & (self.instr.val().get_bit(17)
                            | (self.instr.val().get_bit(16) & self.instr.val().get_bit(15))))
            }
            40 => self.legal.next = self.arg_small.val(),
            41 => self.legal.next = self.arg_zero.val(),
            42 => self.legal.next = true,
            43 => self.legal.next = self.arg_zero.val(),
            44 => self.legal.next = self.arg_zero.val(),
            45 => self.legal.next = self.arg_zero.val(),
            48 => self.legal.next = self.arg_zero.val(),
            49 => self.legal.next = self.arg_zero.val(),
            50 => self.legal.next = self.arg_zero.val(),
            51 => self.legal.next = self.arg_zero.val(),
            52 => self.legal.next = self.arg_zero.val(),
            53 => self.legal.next = self.arg_zero.val(),
            54 => self.legal.next = self.arg_lt27.val(),
            55 => self.legal.next = self.arg_lt27.val(),
            56 => self.legal.next = self.arg_zero.val(),
            59 => self.legal.next = self.arg_lt27.val(),
            57 => self.legal.next = true,
            58 => self.legal.next = true,
            64 => self.legal.next = self.arg_zero.val(),
            65 => self.legal.next = true,
            66 => self.legal.next = true,
            67 => self.legal.next = self.arg_zero.val(),
            68 => self.legal.next = self.arg_zero.val(),
            69 => self.legal.next = self.arg_zero.val(),
            70 => self.legal.next = self.arg_zero.val(),
            71 => self.legal.next = self.arg_zero.val(),
            72 => self.legal.next = self.arg_zero.val(),
            _ => self.legal.next = false,
        }

        // ---- ALU and multiplier/divider operands: a = nos, b = tos ----
        self.alu.a.next = self.nos.val();
        self.alu.b.next = self.tos.q.val();
        self.alu.code.next = self.instr.val().get_bits::<4>(0);
        // `BINARY iadd` is `add` on ints (it has its own trap vector).
        if self.instr.val().get_bits::<4>(0) == 10 {
            self.alu.code.next = 0.into();
        }
        self.alu_sel.next = 0.into();
        if self.opcode.val() == 25 {
            self.alu_sel.next = 1.into();
        }
        if self.opcode.val() == 26 {
            self.alu_sel.next = 2.into();
        }
        self.alu.sel.next = self.alu_sel.val();
        self.md.ce.next = self.enable.val();
        self.md.x.next = self.alu.x_out.val();
        self.md.y.next = self.alu.y_out.val();
        self.md.mode_div.next = self.instr.val().get_bits::<4>(0) != 2;
        // `*` and `//` (operators 2 and 3): the product or quotient output.
        self.md_result.next = self.md.remainder.val();
        if self.instr.val().get_bits::<3>(1) == 1 {
            self.md_result.next = self.md.quotient.val();
        }
        self.md_tagged.next = (self.md_result.val() << 1) | 1;

        self.md_bad.next = (self.phase.q.val() == Phase::Md)
            & self.md.done.val()
            & (((self.instr.val().get_bits::<4>(0) == 2) & self.md.mul_overflow.val())
                | ((self.instr.val().get_bits::<4>(0) == 3) & self.md.div_overflow.val()));

        // The ALU's fault, likewise (`bad` has the others).
        self.alu_op.next = false;
        if self.phase.q.val() == Phase::E0 {
            self.alu_op.next = self.opcode.val() == 26;
        } else if self.phase.q.val() == Phase::E1 {
            self.alu_op.next = (self.opcode.val() == 24) | (self.opcode.val() == 25);
        }
        self.alu_bad.next = self.alu_op.val() & self.alu.bad.val();

        // ---- The data read this cycle issues ----
        self.raddr.next = self.sp_m2.val().get_bits::<10>(0);
        match self.opcode.val().index() {
            12 => self.raddr.next = self.sp10.val() - self.arg10.val(),
            13 => self.raddr.next = self.sp10.val() - self.arg10.val(),
            16 => self.raddr.next = self.fp10.val() + self.arg10.val(),
            18 => self.raddr.next = self.arg10.val(),
            40 => self.raddr.next = self.sp10.val() + !self.arg10.val(),
            50 => {
                if self.phase.q.val() == Phase::E1 {
                    self.raddr.next = self.sp_m3.val().get_bits::<10>(0);
                }
            }
            66 => {
                if self.phase.q.val() == Phase::E1 {
                    self.raddr.next = self.sp_m3.val().get_bits::<10>(0);
                }
            }
            68 => {
                if self.phase.q.val() == Phase::E1 {
                    self.raddr.next = self.sp_m3.val().get_bits::<10>(0);
                }
                if self.phase.q.val() == Phase::E2 {
                    self.raddr.next = self.sp10.val() - 4;
                }
            }
            69 => self.raddr.next = self.alu.y_out.val().get_bits::<10>(0),
            70 => {
                if self.phase.q.val() == Phase::E1 {
                    self.raddr.next = self.sp_m3.val().get_bits::<10>(0);
                }
            }
            _ => {}
        }
        // Every trap's vector (the fault vector's too) is read in `Tw`.
        if self.phase.q.val() == Phase::Tw {
            self.raddr.next = self.t_vaddr.q.val();
        }

        // ---- Defaults: nothing happens ----
        self.last.next = false;
        self.flt.next = 0.into();
        self.bad.next = false;
        self.bad_mem.next = false;
        self.do_push.next = false;
        self.do_pop.next = false;
        self.kval.next = 0.into();
        self.n_pc.next = self.pc1.val().get_bits::<15>(0);
        self.n_sp.next = self.sp.q.val();
        self.n_fp.next = self.fp.q.val();
        self.n_rsp.next = self.rsp.q.val();
        self.we.next = false;
        self.waddr.next = self.sp_m1.val().get_bits::<10>(0);
        self.wdata.next = self.tos.q.val();
        self.rs_write.next = false;
        self.gpio_write.next = false;
        self.n_dir.next = self.dir_r.q.val();
        self.n_out.next = self.out_r.q.val();
        self.con_write.next = false;
        self.halt_now.next = false;
        self.next_phase.next = self.phase.q.val();
        self.md_start.next = false;
        self.hwe.next = false;
        self.hp_write.next = false;
        self.hlim_write.next = false;
        self.to_trap.next = false;
        self.v_null.next = !self.nos.val().any();
        self.v_ok.next = (self.nos.val().get_bits::<2>(0) == 2)
            & (self.nos.val().get_bits::<4>(2) == 3)
            & (bit_cast::<12, 11>(self.nos.val().get_bits::<11>(21))
                == bit_cast::<12, 4>(self.t_k.q.val()));
        self.rs_wa.next = self.rsp.q.val();
        self.rs_wd.next = (bit_cast::<32, 16>(self.ret_pc.val()) << 15)
            | bit_cast::<32, 15>(self.fp.q.val().get_bits::<15>(0));

        match self.phase.q.val() {
            Phase::Fetch => {
                self.next_phase.next = Phase::E0;
            }
            Phase::E0 => {
                // One-cycle instructions execute here; the others go on to E1.
                self.next_phase.next = Phase::E1;
                match self.opcode.val().index() {
                    0 => self.last.next = true,
                    1 => {
                        self.last.next = true;
                        self.halt_now.next = true;
                    }
                    2 => {
                        self.flt.next = bit_cast::<8, 24>(self.arg.val());
                        self.bad.next = true;
                        self.bad_mem.next = true;
                        self.bad.next = true;
                        self.bad_mem.next = true;
                    }
                    8 => {
                        self.last.next = true;
                        self.do_push.next = true;
                        self.kval.next = (self.int_arg.val() << 1) | 1;
                    }
                    9 => {
                        self.last.next = true;
                        self.do_push.next = true;
                        self.kval.next = (bit_cast::<32, 24>(self.arg.val()) << 2) | 2;
                    }
                    10 => {
                        self.last.next = true;
                        self.do_push.next = true;
                    }
                    26 => {
                        // A fault of the ALU (late) goes to the trap; so does
                        // `not` on a pointer, which asks its vector.
                        self.last.next = true;
                        if self.arg_lt32.val() & (self.arg5.val() == 3) & self.tos_ptr.val() {
                            self.last.next = false;
                            self.to_trap.next = true;
                        }
                    }
                    33 => {
                        if self.tos_ptr.val() {
                            self.next_phase.next = Phase::Tw;
                        }
                    }
                    34 => {
                        if self.tos_ptr.val() {
                            self.next_phase.next = Phase::Tw;
                        }
                    }
                    64 => {
                        if !self.tos.q.val().get_bit(0) {
                            self.flt.next = 17.into();
                            self.bad.next = true;
                            self.bad_mem.next = true;
                        }
                    }
                    69 => {
                        if !self.tos_ok.val() | self.alu.y_out.val().get_bits::<22>(10).any() {
                            self.flt.next = 17.into();
                            self.bad.next = true;
                            self.bad_mem.next = true;
                        }
                    }
                    71 => {
                        self.last.next = true;
                        if self.tos.q.val().get_bits::<2>(0).any() {
                            self.flt.next = 17.into();
                            self.bad.next = true;
                            self.bad_mem.next = true;
                        }
                        self.kval.next = (self.tos.q.val() >> 1) | 1;
                    }
                    72 => {
                        self.last.next = true;
                        if !self.tos_ok.val() | self.alu.y_out.val().get_bits::<18>(14).any() {
                            self.flt.next = 17.into();
                            self.bad.next = true;
                            self.bad_mem.next = true;
                        }
                        self.kval.next = self.alu.y_out.val() << 2;
                    }
                    32 => {
                        self.last.next = true;
                        self.n_pc.next = self.arg.val().get_bits::<15>(0);
                    }
                    49 => {
                        self.last.next = true;
                        if !self.alu.b_is_pin.val() {
                            self.flt.next = 13.into();
                            self.bad.next = true;
                            self.bad_mem.next = true;
                        }
                        self.kval.next = 1.into();
                        if self.pad_shift.val().get_bit(0) {
                            self.kval.next = 3.into();
                        }
                    }
                    56 => {
                        self.last.next = true;
                        self.do_push.next = true;
                        self.kval.next = self.ctr_tagged.val();
                    }
                    37 => {
                        self.last.next = true;
                        if self.pad_shift.val().get_bit(0) == self.instr.val().get_bit(20) {
                            self.n_pc.next = self.arg.val().get_bits::<15>(0);
                        }
                    }
                    54 => {
                        self.last.next = true;
                        self.gpio_write.next = true;
                        self.n_out.next = self.out_r.q.val() | self.pin_bit.val();
                    }
                    55 => {
                        self.last.next = true;
                        self.gpio_write.next = true;
                        self.n_out.next = self.out_r.q.val() & !self.pin_bit.val();
                    }
                    59 => {
                        self.last.next = true;
                        self.do_push.next = true;
                        self.kval.next = 1.into();
                        if self.pad_shift.val().get_bit(0) {
                            self.kval.next = 3.into();
                        }
                    }
                    57 => {
                        self.last.next = true;
                        self.do_push.next = true;
                        self.kval.next = 1.into();
                        if self.arg_lt32.val() & (self.arg5.val() == 2) {
                            self.kval.next = self.ctr_tagged.val();
                        }
                        if self.arg_lt32.val() & (self.arg5.val() == 4) {
                            self.kval.next = (bit_cast::<32, 15>(self.hp.q.val()) << 1) | 1;
                        }
                        if self.arg_lt32.val() & (self.arg5.val() == 5) {
                            self.kval.next = (bit_cast::<32, 15>(self.hlim.q.val()) << 1) | 1;
                        }
                        if self.arg_lt32.val() & (self.arg5.val() == 6) {
                            self.kval.next = (bit_cast::<32, 16>(self.sp.q.val()) << 1) | 1;
                        }
                        if self.arg_lt32.val() & (self.arg5.val() == 7) {
                            self.kval.next = (bit_cast::<32, 9>(self.rsp.q.val()) << 1) | 1;
                        }
                        if self.arg_lt32.val() & (self.arg5.val() == 16) & self.guard.q.val() {
                            self.kval.next = 3.into();
                        }
                        if self.io_dev.val() {
                            self.kval.next = self.io_rdata.val();
                        }
                    }
                    43 => {
                        self.last.next = true;
                        self.n_rsp.next = self.rsp.q.val() - 1;
                        if !self.rsp.q.val().any() {
                            self.flt.next = 1.into();
                            self.bad.next = true;
                            self.bad_mem.next = true;
                        }
                    }
                    44 => {
                        if !self.rsp.q.val().any() {
                            self.flt.next = 23.into();
                            self.bad.next = true;
                            self.bad_mem.next = true;
                        }
                    }
                    45 => {
                        if !self.rs_ok.val() {
                            self.flt.next = 17.into();
                            self.bad.next = true;
                            self.bad_mem.next = true;
                        }
                    }
                    _ => {}
                }
                if !self.legal.val() {
                    self.flt.next = 1.into();
                    self.bad.next = true;
                    self.bad_mem.next = true;
                }
            }
            Phase::E1 => {
                self.last.next = true;
                match self.opcode.val().index() {
                    11 => self.do_pop.next = true,
                    12 => {
                        self.do_push.next = true;
                    }
                    13 => {
                        self.we.next = true;
                        self.waddr.next = self.sp10.val() - self.arg10.val();
                    }
                    16 => {
                        self.do_push.next = true;
                    }
                    17 => {
                        self.we.next = true;
                        self.waddr.next = self.fp10.val() + self.arg10.val();
                        self.do_pop.next = true;
                    }
                    18 => {
                        self.do_push.next = true;
                    }
                    19 => {
                        self.we.next = true;
                        self.waddr.next = self.arg10.val();
                        self.do_pop.next = true;
                    }
                    24 => {
                        if (self.instr.val().get_bits::<4>(0) == 2)
                            | (self.instr.val().get_bits::<4>(0) == 3)
                            | (self.instr.val().get_bits::<4>(0) == 4)
                        {
                            self.last.next = false;
                            self.flt.next = bit_cast::<8, 5>(self.alu.fault.val());
                            // Not gated by the fault: a faulting instruction
                            // stops the core, and the unit's state is then unused.
                            self.md_start.next = true;
                            self.next_phase.next = Phase::Md;
                        } else {
                            self.do_pop.next = true;
                            self.flt.next = bit_cast::<8, 5>(self.alu.fault.val());
                        }
                    }
                    25 => {
                        self.do_pop.next = true;
                        // An ordering or equality with a pointer asks the vector.
                        if (self.arg_lt8.val()
                            & !(self.arg.val().get_bit(2) & self.arg.val().get_bit(1)))
                            & (self.nos_ptr.val() | self.tos_ptr.val())
                        {
                            self.to_trap.next = true;
                        }
                    }
                    33 => {
                        self.do_pop.next = true;
                        if !self.alu.b_truthy.val() {
                            self.n_pc.next = self.arg.val().get_bits::<15>(0);
                        }
                    }
                    34 => {
                        self.do_pop.next = true;
                        if self.alu.b_truthy.val() {
                            self.n_pc.next = self.arg.val().get_bits::<15>(0);
                        }
                    }
                    35 => {
                        if !self.alu.b_truthy.val() {
                            self.n_pc.next = self.arg.val().get_bits::<15>(0);
                        } else {
                            self.do_pop.next = true;
                        }
                    }
                    36 => {
                        if self.alu.b_truthy.val() {
                            self.n_pc.next = self.arg.val().get_bits::<15>(0);
                        } else {
                            self.do_pop.next = true;
                        }
                    }
                    40 => {
                        if !self.callee_fn.val() {
                            // Not a plain function: the vector CALL n (n <= 7).
                            self.bad_mem.next = true;
                            if !self.arg12.val().get_bits::<9>(3).any() {
                                self.to_trap.next = true;
                            } else {
                                self.flt.next = 10.into();
                                self.bad.next = true;
                            }
                        } else if self.callee_arity.val() != self.arg12.val() {
                            self.flt.next = 11.into();
                            self.bad.next = true;
                            self.bad_mem.next = true;
                        } else if self.rsp.q.val().get_bit(8) | self.guard_full.val() {
                            self.flt.next = 12.into();
                            self.bad.next = true;
                            self.bad_mem.next = true;
                        }
                        self.we.next = true;
                        self.rs_write.next = true;
                        self.n_rsp.next = self.rsp.q.val() + 1;
                        self.n_fp.next = self.sp.q.val() - bit_cast::<16, 10>(self.arg10.val());
                        self.n_pc.next = self.callee.val().get_bits::<15>(6);
                    }
                    41 => {
                        if !self.rsp.q.val().any() {
                            self.flt.next = 1.into();
                            self.bad.next = true;
                            self.bad_mem.next = true;
                        }
                        self.n_rsp.next = self.rsp.q.val() - 1;
                        self.n_sp.next = self.fp.q.val();
                        // A trap's result takes the place of its first operand.
                        if self.rs_rdata.val().get_bit(31) {
                            self.n_sp.next = self.fp.q.val() + 1;
                        }
                        self.n_pc.next = self.rs_rdata.val().get_bits::<15>(15);
                        self.n_fp.next = bit_cast::<16, 15>(self.rs_rdata.val().get_bits::<15>(0));
                    }
                    42 => {
                        if self.rsp.q.val().get_bit(8) {
                            self.flt.next = 12.into();
                            self.bad.next = true;
                            self.bad_mem.next = true;
                        }
                        self.rs_write.next = true;
                        self.rs_wd.next = (bit_cast::<32, 24>(self.arg.val()) << 15)
                            | 0x4000_0000
                            | bit_cast::<32, 15>(self.sp.q.val().get_bits::<15>(0));
                        self.n_rsp.next = self.rsp.q.val() + 1;
                    }
                    45 => {
                        self.kval.next = ((self.rs_rdata.val() >> 15) << 1) | 1;
                    }
                    48 => {
                        // The GPIO registers (and pads) change only without a
                        // fault: the same condition as the fault, not through `flt`.
                        self.gpio_write.next =
                            self.alu.ints_ok.val() & self.pin_id_ok.val() & self.pin_mode_ok.val();
                        if !self.gpio_write.val() {
                            self.flt.next = 14.into();
                            self.bad.next = true;
                            self.bad_mem.next = true;
                        }
                        self.n_dir.next = self.dir_r.q.val() & !self.init_bit.val();
                        if self.alu.y_out.val().get_bit(0) {
                            self.n_dir.next = self.dir_r.q.val() | self.init_bit.val();
                        }
                        self.do_pop.next = true;
                    }
                    50 => {
                        self.last.next = false;
                        self.next_phase.next = Phase::E2;
                        if !self.nos_is_pin.val() {
                            self.flt.next = 13.into();
                            self.bad.next = true;
                            self.bad_mem.next = true;
                        }
                        self.gpio_write.next = self.nos_is_pin.val();
                        self.n_out.next = self.out_r.q.val() & !self.nos_pin_bit.val();
                        if self.alu.b_truthy.val() {
                            self.n_out.next = self.out_r.q.val() | self.nos_pin_bit.val();
                        }
                    }
                    51 => {
                        if !self.alu.b_is_pin.val() {
                            self.flt.next = 13.into();
                            self.bad.next = true;
                            self.bad_mem.next = true;
                        }
                        self.gpio_write.next = self.alu.b_is_pin.val();
                        self.n_out.next = self.out_r.q.val() | self.pin_bit.val();
                        self.do_pop.next = true;
                    }
                    52 => {
                        if !self.alu.b_is_pin.val() {
                            self.flt.next = 13.into();
                            self.bad.next = true;
                            self.bad_mem.next = true;
                        }
                        self.gpio_write.next = self.alu.b_is_pin.val();
                        self.n_out.next = self.out_r.q.val() & !self.pin_bit.val();
                        self.do_pop.next = true;
                    }
                    53 => {
                        if !self.alu.b_is_pin.val() {
                            self.flt.next = 13.into();
                            self.bad.next = true;
                            self.bad_mem.next = true;
                        }
                        self.gpio_write.next = self.alu.b_is_pin.val();
                        self.n_out.next = self.out_r.q.val() ^ self.pin_bit.val();
                        self.do_pop.next = true;
                    }
                    58 => {
                        if self.arg_zero.val() {
                            self.con_write.next = true;
                            if !self.console_ready.val() {
                                self.last.next = false;
                                self.con_write.next = false;
                            }
                        }
                        if self.arg_lt32.val() & (self.arg5.val() == 4) {
                            self.hp_write.next = true;
                        }
                        if self.arg_lt32.val() & (self.arg5.val() == 5) {
                            self.hlim_write.next = true;
                        }
                        self.do_pop.next = true;
                    }
                    64 => {
                        // Full (found in E0): the vector is read now, for
                        // `Trap` in the next cycle.
                        if self.afull_r.q.val() {
                            self.to_trap.next = true;
                        } else {
                            self.hwe.next = true;
                            self.hp_write.next = true;
                        }
                        self.kval.next = bit_cast::<32, 15>(self.hp.q.val()) << 2;
                    }
                    65 => {
                        // The address was computed and read in E0.
                        if self.hbad_r.q.val() {
                            self.flt.next = 17.into();
                            self.bad.next = true;
                            self.bad_mem.next = true;
                        }
                    }
                    66 => {
                        self.last.next = false;
                        self.next_phase.next = Phase::E2;
                    }
                    67 => {
                        self.last.next = false;
                        self.next_phase.next = Phase::E2;
                        if !self.tos_ok.val() {
                            self.flt.next = 17.into();
                            self.bad.next = true;
                            self.bad_mem.next = true;
                        }
                    }
                    68 => {
                        self.last.next = false;
                        self.next_phase.next = Phase::E2;
                        if !self.nos_ok.val() {
                            self.flt.next = 17.into();
                            self.bad.next = true;
                            self.bad_mem.next = true;
                        }
                    }
                    70 => {
                        self.last.next = false;
                        self.next_phase.next = Phase::E2;
                        if !self.nos_ok.val() | self.alu.x_out.val().get_bits::<22>(10).any() {
                            self.flt.next = 17.into();
                            self.bad.next = true;
                            self.bad_mem.next = true;
                        }
                    }
                    _ => {}
                }
            }
            Phase::E2 => {
                self.last.next = true;
                match self.opcode.val().index() {
                    // PIN_WRITE: the new top is the word below the popped Pin.
                    50 => self.n_sp.next = self.sp_m2.val(),
                    66 => {
                        if self.hbad_r.q.val() {
                            self.flt.next = 17.into();
                            self.bad.next = true;
                            self.bad_mem.next = true;
                        } else {
                            self.hwe.next = true;
                        }
                        self.n_sp.next = self.sp_m2.val();
                    }
                    67 => {
                        if self.hbad_r.q.val() {
                            self.flt.next = 17.into();
                            self.bad.next = true;
                            self.bad_mem.next = true;
                        }
                        self.do_pop.next = true;
                    }
                    68 => {
                        self.last.next = false;
                        self.next_phase.next = Phase::E3;
                    }
                    70 => {
                        self.we.next = true;
                        self.waddr.next = self.daddr_r.q.val();
                        self.n_sp.next = self.sp_m2.val();
                    }
                    _ => {}
                }
            }
            Phase::E3 => {
                // STORE_ITEM.
                self.last.next = true;
                if self.hbad_r.q.val() {
                    self.flt.next = 17.into();
                    self.bad.next = true;
                    self.bad_mem.next = true;
                } else {
                    self.hwe.next = true;
                }
                self.n_sp.next = self.sp_m3.val();
            }
            Phase::Tw => {
                self.next_phase.next = Phase::Trap;
            }
            Phase::Trap => {
                // The vector is here, and `Tw` put back the state of before
                // the instruction (the registers may have held a fast path's
                // results): the call below is made from the registers, as
                // `CALL`'s is, with the same defaults (`waddr`, `wdata`,
                // `rs_wa`). The phase always ends (a fault commits like any
                // fault, see below), so `last` does not wait for the
                // vector's checks.
                self.last.next = true;
                self.n_pc.next = self.t_fallpc.q.val();
                if self.t_pop.q.val() {
                    self.n_sp.next = self.sp_m1.val();
                }
                self.kval.next = self.res_r.q.val();
                if self.fv.q.val() {
                    // The fault vector: its handler gets the fault code (and
                    // the instruction's operand) as a new argument above the
                    // stack of before the instruction, which runs again
                    // after it (TRAP | RETRY). Without a handler of one
                    // argument, or without room, the fault stops the core.
                    self.kval.next = self.fv_arg.val();
                    if !self.v_ok.val() | self.rsp.q.val().get_bit(8) | self.sp_full.val() {
                        self.flt.next = self.t_flt.q.val();
                        self.bad.next = true;
                        self.bad_mem.next = true;
                    } else {
                        self.we.next = true;
                        self.rs_write.next = true;
                        self.rs_wd.next = (bit_cast::<32, 15>(self.pc.q.val()) << 15)
                            | (bits::<32>(3) << 30)
                            | bit_cast::<32, 15>(self.fp.q.val().get_bits::<15>(0));
                        self.n_rsp.next = self.rsp.q.val() + 1;
                        self.n_fp.next = self.sp.q.val();
                        self.n_sp.next = self.sp_p1.val();
                        self.n_pc.next = self.nos.val().get_bits::<15>(6);
                    }
                } else if self.v_null.val() {
                    // No handler: the fault, or the fast path's result.
                    if self.t_flt.q.val().any() {
                        self.flt.next = self.t_flt.q.val();
                        self.bad.next = true;
                        self.bad_mem.next = true;
                    }
                } else if !self.v_ok.val() {
                    self.flt.next = 19.into();
                    self.bad.next = true;
                    self.bad_mem.next = true;
                } else if self.rsp.q.val().get_bit(8) {
                    self.flt.next = 12.into();
                    self.bad.next = true;
                    self.bad_mem.next = true;
                } else {
                    // Call the handler with the operands as its arguments.
                    self.we.next = true;
                    self.rs_write.next = true;
                    // t_ret: the flags in bits 15..14, the return pc below.
                    self.rs_wd.next = (bit_cast::<32, 15>(self.t_ret.q.val().get_bits::<15>(0))
                        << 15)
                        | (bit_cast::<32, 2>(self.t_ret.q.val().get_bits::<2>(15)) << 30)
                        | bit_cast::<32, 15>(self.fp.q.val().get_bits::<15>(0));
                    self.n_rsp.next = self.rsp.q.val() + 1;
                    self.n_fp.next = self.sp.q.val() - bit_cast::<16, 4>(self.t_k.q.val());
                    self.n_sp.next = self.sp.q.val();
                    self.kval.next = self.tos.q.val();
                    self.n_pc.next = self.nos.val().get_bits::<15>(6);
                }
            }
            Phase::Md => {
                if self.md.done.val() {
                    self.last.next = true;
                    self.do_pop.next = true;
                    if self.md_bad.val() {
                        self.flt.next = 6.into();
                    }
                }
            }
            _ => {}
        }

        // RAISE: in E1, then in E2 again and again, one return-stack entry
        // per cycle until a handler's.
        if self.raise_step.val() {
            self.last.next = self.rs_handler.val();
            self.next_phase.next = Phase::E2;
            if self.rs_handler.val() {
                self.n_rsp.next = self.w_i.q.val();
                self.n_sp.next = bit_cast::<16, 15>(self.rs_rdata.val().get_bits::<15>(0)) + 1;
                self.n_fp.next = self.w_fp.q.val();
                self.n_pc.next = self.rs_rdata.val().get_bits::<15>(15);
            } else if !self.w_i.q.val().any() {
                self.flt.next = 23.into();
                self.bad.next = true;
                self.bad_mem.next = true;
            }
        }

        // Pushes and pops (a push writes the old top below it).
        if self.do_push.val() {
            self.we.next = true;
            self.n_sp.next = self.sp_p1.val();
            if self.sp_full.val() {
                self.flt.next = 12.into();
                self.bad.next = true;
                self.bad_mem.next = true;
            }
            if (self.opcode.val() == 16) & !self.nos.val().any() {
                self.flt.next = 9.into();
                self.bad.next = true;
                self.bad_mem.next = true;
            }
            if (self.opcode.val() == 18) & !self.nos.val().any() {
                self.flt.next = 8.into();
                self.bad.next = true;
                self.bad_mem.next = true;
            }
        }
        if self.do_pop.val() {
            self.n_sp.next = self.sp_m1.val();
        }

        // The new top of the stack (it matters only in the last cycle): the
        // source is decoded from the instruction and the phase alone, so the
        // data only goes through one 6-way mux. `tsel`: 0 = hold, 1 = nos,
        // 2 = ALU, 3 = multiplier/divider, 4 = new Pin (PIN_INIT),
        // 5 = `kval` (a value made from the instruction and registers).
        self.tsel.next = 0.into();
        match self.phase.q.val() {
            Phase::E0 => match self.opcode.val().index() {
                8 => self.tsel.next = 5.into(),
                9 => self.tsel.next = 5.into(),
                10 => self.tsel.next = 5.into(),
                26 => self.tsel.next = 2.into(),
                49 => self.tsel.next = 5.into(),
                56 => self.tsel.next = 5.into(),
                59 => self.tsel.next = 5.into(),
                57 => self.tsel.next = 5.into(),
                71 => self.tsel.next = 5.into(),
                72 => self.tsel.next = 5.into(),
                _ => {}
            },
            Phase::E1 => match self.opcode.val().index() {
                11 => self.tsel.next = 1.into(),
                12 => {
                    if !(self.arg_lt32.val() & (self.arg5.val() == 1)) {
                        self.tsel.next = 1.into();
                    }
                }
                13 => self.tsel.next = 1.into(),
                16 => self.tsel.next = 1.into(),
                17 => self.tsel.next = 1.into(),
                18 => self.tsel.next = 1.into(),
                19 => self.tsel.next = 1.into(),
                24 => self.tsel.next = 2.into(),
                25 => self.tsel.next = 2.into(),
                33 => self.tsel.next = 1.into(),
                34 => self.tsel.next = 1.into(),
                35 => {
                    if self.alu.b_truthy.val() {
                        self.tsel.next = 1.into();
                    }
                }
                36 => {
                    if !self.alu.b_truthy.val() {
                        self.tsel.next = 1.into();
                    }
                }
                48 => self.tsel.next = 4.into(),
                51 => self.tsel.next = 1.into(),
                52 => self.tsel.next = 1.into(),
                53 => self.tsel.next = 1.into(),
                58 => self.tsel.next = 1.into(),
                45 => self.tsel.next = 5.into(),
                64 => self.tsel.next = 5.into(),
                65 => self.tsel.next = 6.into(),
                69 => {
                    // The top of the stack lives in a register.
                    if self.alu.y_out.val().get_bits::<10>(0) != self.sp_m1.val().get_bits::<10>(0)
                    {
                        self.tsel.next = 1.into();
                    }
                }
                _ => {}
            },
            Phase::E2 => {
                self.tsel.next = 1.into();
                if self.opcode.val() == 67 {
                    self.tsel.next = 6.into();
                }
                if self.opcode.val() == 44 {
                    self.tsel.next = 0.into();
                }
            }
            Phase::E3 => self.tsel.next = 1.into(),
            Phase::Trap => self.tsel.next = 5.into(),
            Phase::Md => self.tsel.next = 3.into(),
            _ => {}
        }
        match self.tsel.val().index() {
            1 => self.n_tos.next = self.nos.val(),
            3 => self.n_tos.next = self.md_tagged.val(),
            4 => self.n_tos.next = self.init_pin.val(),
            5 => self.n_tos.next = self.kval.val(),
            6 => self.n_tos.next = self.heap_rdata.val(),
            _ => self.n_tos.next = self.tos.q.val(),
        }
        // The ALU, the slowest source, through the last mux only.
        if self.tsel.val() == 2 {
            self.n_tos.next = self.alu.result.val();
        }
        // `gpio_write` and `con_write` are already low when the
        // instruction faults (their conditions are the faults' own).
        // A faulting instruction still "commits" its registers (the fault is
        // kept out of the many register enables, a long path); the
        // architectural state of before it is kept in `prev_*`, shown by the
        // state outputs after such a fault. Memory writes, the retirement and
        // the halt are gated by `ok`.
        // The instructions that write memory have no ALU faults: their
        // write enables wait only for `bad_mem`, the faults other than the
        // ALU's.
        // The multiplier/divider's overflow and the ALU's faults, late
        // signals, are kept apart (`md_bad`, `alu_bad`) and enter the next
        // phase through the last mux.
        // These faults are all trap vectors' (`Tw`/`Trap` decide), and so
        // is `to_trap`: the instruction's results, committed or not, are
        // replaced by the trap's.
        self.late_bad.next = self.md_bad.val() | self.alu_bad.val();
        self.ok.next = !(self.bad.val() | self.late_bad.val() | self.to_trap.val());
        if self.last.val() {
            self.next_phase.next = Phase::E0;
            if self.halt_now.val() {
                self.next_phase.next = Phase::Stop;
            }
        }
        // Every trap goes through `Tw`, which puts back the state of
        // before the instruction and reads the vector.
        if self.late_bad.val() | self.to_trap.val() {
            self.next_phase.next = Phase::Tw;
        }
        // A fault that is not fatal calls the fault vector, read in `Tw`.
        self.fatal.next = (self.flt.val() == 1)
            | (self.flt.val() == 17)
            | (self.flt.val() == 19)
            | (self.flt.val() == 23)
            | (self.opcode.val() == 2)
            | ((self.phase.q.val() == Phase::Trap) & self.fv.q.val());
        self.to_fv.next = self.bad.val()
            & !self.fatal.val()
            & ((self.phase.q.val() == Phase::E0)
                | (self.phase.q.val() == Phase::E1)
                | (self.phase.q.val() == Phase::Trap));
        self.stop.next = self.bad.val() & !self.to_fv.val();
        if self.to_fv.val() {
            self.next_phase.next = Phase::Tw;
        }
        if self.stop.val() {
            self.next_phase.next = Phase::Stop;
        }
        self.commit.next = self.last.val() & self.run.val();
        self.commit_ok.next = self.commit.val() & self.ok.val();
        self.md.start.next = self.md_start.val();

        // ---- Memories ----
        self.caddr.next = self.pc.q.val();
        if self.commit.val() {
            self.caddr.next = self.n_pc.val();
        }
        self.code_addr.next = self.caddr.val();
        self.draddr.next = self.raddr_q.q.val();
        if self.run.val() {
            self.draddr.next = self.raddr.val();
        }
        self.dmem_raddr.next = self.draddr.val();
        self.dmem_we.next = self.commit.val() & !self.bad_mem.val() & self.we.val();
        self.dmem_waddr.next = self.waddr.val();
        self.dmem_wdata.next = self.wdata.val();
        self.rs_ra.next = self.rsp.q.val() - 1;
        if self.raise_step.val() {
            self.rs_ra.next = self.w_i.q.val() - 1;
        }
        if (self.opcode.val() == 45) & (self.phase.q.val() == Phase::E0) {
            self.rs_ra.next = self.alu.y_out.val().get_bits::<9>(0);
        }
        self.rs_raddr.next = self.rs_ra.val().get_bits::<8>(0);
        self.rs_we.next = self.commit.val() & !self.bad_mem.val() & self.rs_write.val();
        self.rs_waddr.next = self.rs_wa.val().get_bits::<8>(0);
        self.rs_wdata.next = self.rs_wd.val();
        self.hadr.next = self.hsum.val().get_bits::<14>(0);
        if (self.phase.q.val() == Phase::E1) & (self.opcode.val() == 64) {
            self.hadr.next = self.hp.q.val().get_bits::<14>(0);
        }
        if (self.phase.q.val() == Phase::E2) | (self.phase.q.val() == Phase::E3) {
            self.hadr.next = self.haddr_r.q.val();
        }
        self.heap_addr.next = self.hadr.val();
        // `hwe` is set only in last cycles, without a fault (ALLOC's E1, the
        // stores' E2/E3, whose checks are registers): the enable needs
        // neither `commit`'s nor the faults' late logic.
        self.heap_we.next = self.run.val() & self.hwe.val();
        self.heap_wdata.next = self.tos.q.val();

        // ---- Registers ----
        self.rv.d.next = self.commit_ok.val();
        if self.run.val() & self.stop.val() {
            self.fault_commit.d.next = true;
        }
        self.con_valid_r.d.next = self.commit.val() & self.con_write.val();
        if self.run.val() {
            self.ctr.d.next = self.ctr.q.val() + 1;
            self.raddr_q.d.next = self.raddr.val();
            self.phase.d.next = self.next_phase.val();
            if self.stop.val() {
                self.fault_r.d.next = self.flt.val();
            }
            self.haddr_r.d.next = self.hsum.val().get_bits::<14>(0);
            self.hbad_r.d.next = self.hbad.val();
            self.afull_r.d.next = self.afull.val();
            self.daddr_r.d.next = self.alu.x_out.val().get_bits::<10>(0);
            self.hold.d.next = self.alu.x_out.val();
            // The state of before the instruction (a trap's, a fault's), and
            // its trap.
            if self.phase.q.val() == Phase::E0 {
                self.prev_pc.d.next = self.pc.q.val();
                self.prev_sp.d.next = self.sp.q.val();
                self.prev_fp.d.next = self.fp.q.val();
                self.prev_rsp.d.next = self.rsp.q.val();
                self.prev_tos.d.next = self.tos.q.val();
                self.r_pc.d.next = self.pc.q.val();
                self.r_instr.d.next = self.instr.val();
                self.t_vaddr.d.next = self.e0_vaddr.val();
                self.t_k.d.next = self.e0_k.val();
                self.t_ret.d.next =
                    bit_cast::<17, 15>(self.ret_pc.val().get_bits::<15>(0)) | 0x1_0000;
                if (self.opcode.val() == 33) | (self.opcode.val() == 34) {
                    self.t_ret.d.next = bit_cast::<17, 15>(self.pc.q.val()) | 0x1_8000;
                }
                self.t_fallpc.d.next = self.e0_fallpc.val();
                self.t_pop.d.next = (self.opcode.val() == 25)
                    | (self.opcode.val() == 33)
                    | (self.opcode.val() == 34);
                // A branch on a pointer has no fault: with a NULL vector it
                // branches.
                self.t_flt.d.next = 0.into();
                if self.opcode.val() == 26 {
                    self.t_flt.d.next = bit_cast::<8, 5>(self.alu.fault.val());
                }
                if self.opcode.val() == 64 {
                    self.t_flt.d.next = 18.into();
                }
                self.res_r.d.next = self.alu.result.val();
            }
            if self.phase.q.val() == Phase::E1 {
                if (self.opcode.val() == 24) | (self.opcode.val() == 25) {
                    self.t_flt.d.next = bit_cast::<8, 5>(self.alu.fault.val());
                }
                if self.opcode.val() == 40 {
                    self.t_flt.d.next = 10.into();
                }
                self.res_r.d.next = self.alu.result.val();
            }
            if self.phase.q.val() == Phase::Md {
                self.t_flt.d.next = 6.into();
            }
            // A branch on a pointer (from E0): its result if the vector
            // is NULL is NOS, read in E0.
            if (self.phase.q.val() == Phase::Tw)
                & ((self.opcode.val() == 33) | (self.opcode.val() == 34))
            {
                self.res_r.d.next = self.nos.val();
            }
            if self.phase.q.val() == Phase::E0 {
                self.fv.d.next = false;
                self.w_i.d.next = self.rsp.q.val() - 1;
                self.w_fp.d.next = self.fp.q.val();
            }
            if self.raise_step.val() & !self.rs_handler.val() {
                self.w_i.d.next = self.w_i.q.val() - 1;
                self.w_fp.d.next = bit_cast::<16, 15>(self.rs_rdata.val().get_bits::<15>(0));
            }
            if self.to_fv.val() {
                self.t_vaddr.d.next = 30.into();
                self.t_k.d.next = 1.into();
                self.t_flt.d.next = self.flt.val();
                self.fv.d.next = true;
            }
            if self.last.val() & self.hp_write.val() {
                self.hp.d.next = self.clampv.val();
                if self.opcode.val() == 64 {
                    self.hp.d.next = self.asum.val().get_bits::<15>(0);
                }
            }
            if self.last.val() & self.hlim_write.val() {
                self.hlim.d.next = self.clampv.val();
            }
            if self.gpio_write.val() {
                self.dir_r.d.next = self.n_dir.val();
                self.out_r.d.next = self.n_out.val();
            }
            // `Tw`: the state of before the instruction, for `Trap`.
            if self.phase.q.val() == Phase::Tw {
                self.pc.d.next = self.prev_pc.q.val();
                self.sp.d.next = self.prev_sp.q.val();
                self.fp.d.next = self.prev_fp.q.val();
                self.rsp.d.next = self.prev_rsp.q.val();
                self.tos.d.next = self.prev_tos.q.val();
            }
            if self.last.val() {
                self.pc.d.next = self.n_pc.val();
                self.sp.d.next = self.n_sp.val();
                self.fp.d.next = self.n_fp.val();
                self.rsp.d.next = self.n_rsp.val();
                self.tos.d.next = self.n_tos.val();
                self.halted_r.d.next = self.halt_now.val() & self.ok.val();
                self.r_tos.d.next = self.n_tos.val();
                self.r_sp.d.next = self.n_sp.val();
                self.r_fp.d.next = self.n_fp.val();
                self.r_rsp.d.next = self.n_rsp.val();
                self.r_we.d.next = self.we.val();
                self.r_waddr.d.next = self.waddr.val();
                self.r_wdata.d.next = self.wdata.val();
                self.r_hwe.d.next = self.hwe.val();
                self.r_haddr.d.next = self.hadr.val();
                self.r_hdata.d.next = self.tos.q.val();
                self.r_rwe.d.next = self.rs_write.val();
                self.r_rwa.d.next = self.rs_wa.val();
                self.r_rdata.d.next = self.rs_wd.val();
                if (self.opcode.val() == 58) & self.arg_lt32.val() & (self.arg5.val() == 16) {
                    self.guard.d.next = self.tos_ok.val() & self.alu.y_out.val().get_bit(0);
                }
                if self.con_write.val() {
                    self.con_data_r.d.next = self.tos.q.val().get_bits::<8>(1);
                }
            }
        }

        // The state of power-up (the memories are not touched).
        if self.boot.val() {
            self.phase.d.next = Phase::Fetch;
            self.pc.d.next = self.boot_pc.val().get_bits::<15>(0);
            self.sp.d.next = self.boot_sp1.val();
            self.fp.d.next = self.boot_sp1.val();
            self.rsp.d.next = 0.into();
            self.tos.d.next = 0.into();
            self.ctr.d.next = 0.into();
            self.dir_r.d.next = 0.into();
            self.out_r.d.next = 0.into();
            self.halted_r.d.next = false;
            self.fault_r.d.next = 0.into();
            self.fault_commit.d.next = false;
            self.rv.d.next = false;
            self.hp.d.next = 0.into();
            self.hlim.d.next = 0.into();
            self.guard.d.next = false;
            self.fv.d.next = false;
        }

        // ---- Outputs ----
        self.dir_o.next = self.dir_r.q.val();
        self.out_o.next = self.out_r.q.val();
        // The GPIO registers drive the pads the cycle after an instruction's
        // first (`OUT_LATENCY`): the last cycle of a two-cycle instruction
        // passes its new values straight through; one-cycle `PIN_HIGH` and
        // `PIN_LOW` (opcodes 54, 55) go through the registers.
        if self.gpio_write.val()
            & !self.boot.val()
            & (self.opcode.val() != 54)
            & (self.opcode.val() != 55)
        {
            self.dir_o.next = self.n_dir.val();
            self.out_o.next = self.n_out.val();
        }
        self.gpio_dir.next = self.dir_o.val();
        self.gpio_out.next = self.out_o.val();
        self.console_data.next = self.con_data_r.q.val();
        self.console_valid.next = self.con_valid_r.q.val();
        self.halted.next = self.halted_r.q.val();
        self.fault.next = self.fault_r.q.val();
        self.retire_valid.next = self.rv.q.val();
        self.retire_pc.next = bit_cast::<16, 15>(self.r_pc.q.val());
        self.retire_instr.next = self.r_instr.q.val();
        self.retire_tos.next = self.r_tos.q.val();
        self.retire_sp.next = self.r_sp.q.val();
        self.retire_fp.next = self.r_fp.q.val();
        self.retire_rsp.next = bit_cast::<16, 9>(self.r_rsp.q.val());
        self.retire_we.next = self.r_we.q.val();
        self.retire_waddr.next = bit_cast::<16, 10>(self.r_waddr.q.val());
        self.retire_wdata.next = self.r_wdata.q.val();
        self.retire_hwe.next = self.r_hwe.q.val();
        self.retire_haddr.next = bit_cast::<16, 14>(self.r_haddr.q.val());
        self.retire_hdata.next = self.r_hdata.q.val();
        self.retire_rwe.next = self.r_rwe.q.val();
        self.retire_rwa.next = bit_cast::<16, 9>(self.r_rwa.q.val());
        self.retire_rdata.next = self.r_rdata.q.val();
        self.st_pc.next = self.pc.q.val();
        self.st_sp.next = self.sp.q.val();
        self.st_fp.next = self.fp.q.val();
        self.st_rsp.next = self.rsp.q.val();
        self.st_tos.next = self.tos.q.val();
        if self.fault_commit.q.val() {
            self.st_pc.next = self.prev_pc.q.val();
            self.st_sp.next = self.prev_sp.q.val();
            self.st_fp.next = self.prev_fp.q.val();
            self.st_rsp.next = self.prev_rsp.q.val();
            self.st_tos.next = self.prev_tos.q.val();
        }
        self.state_pc.next = bit_cast::<16, 15>(self.st_pc.val());
        self.state_sp.next = self.st_sp.val();
        self.state_fp.next = self.st_fp.val();
        self.state_rsp.next = bit_cast::<16, 9>(self.st_rsp.val());
        self.state_tos.next = self.st_tos.val();
        self.cycle.next = self.ctr.q.val();
        self.tick.next = self.run.val();
        self.io_read.next = self.commit_ok.val() & self.io_dev.val() & (self.opcode.val() == 57);
        self.io_write.next = self.commit_ok.val() & self.io_dev.val() & (self.opcode.val() == 58);
        self.io_wdata.next = self.tos.q.val().get_bits::<16>(1);
        self.io_port.next = self.arg.val().get_bits::<3>(0);
    }
}
