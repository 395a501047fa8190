//! The golden model: architectural state, one instruction at a time, with
//! the cycle model of the current CPU.

use crate::gpio::GpioEnv;
use pysm_isa::io::{
    self, IN_LATENCY, OUT_LATENCY, PIN_MODE_IN, PIN_MODE_OUT, PORT_CODE_WRITE, PORT_CONSOLE,
    PORT_CYCLES, PORT_HEAP_LIMIT, PORT_HEAP_PTR, PORT_RSP, PORT_RX, PORT_RX_WORD, PORT_SP,
    PORT_STACK_GUARD, PORT_TICKS_MS, PORT_TICKS_US, TICKS_PERIOD,
};
use pysm_isa::mem::{self, Vector, CODE_WORDS, DATA_WORDS, HEAP_WORDS, RSTACK_WORDS};
use pysm_isa::pins::PIN_COUNT;
use pysm_isa::table::MULDIV_EXTRA_CYCLES;
use pysm_isa::value::{self as v, Kind};
use pysm_isa::{BinOp, CmpOp, Fault, Image, Instr, Op, UnOp};

/// One retired instruction, as reported by the CPU's retirement port.
/// The state fields are the values after the instruction.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Retire {
    pub pc: u32,
    pub instr: u32,
    pub tos: u32,
    pub sp: u32,
    pub fp: u32,
    pub rsp: u32,
    /// The data-memory write of the instruction, if any: (address, value).
    pub write: Option<(u32, u32)>,
    /// The heap write of the instruction, if any: (word address, value).
    pub heap_write: Option<(u32, u32)>,
    /// The return-stack push of the instruction, if any: (index, entry).
    pub rstack_write: Option<(u32, u32)>,
}

impl std::fmt::Display for Retire {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "pc={:04x} {:<24} tos={:08x} sp={:04x} fp={:04x} rsp={:02x}",
            self.pc,
            pysm_isa::disassemble_word(self.instr),
            self.tos,
            self.sp,
            self.fp,
            self.rsp
        )?;
        if let Some((a, d)) = self.write {
            write!(f, " mem[{a:04x}]={d:08x}")?;
        }
        if let Some((a, d)) = self.heap_write {
            write!(f, " heap[{a:04x}]={d:08x}")?;
        }
        if let Some((i, e)) = self.rstack_write {
            write!(f, " rstack[{i:02x}]={e:08x}")?;
        }
        Ok(())
    }
}

/// What one step did.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// The instruction retired; the machine goes on.
    Retired(Retire),
    /// `HALT` retired: the program ended normally.
    Halted(Retire),
    /// The instruction at `pc` faulted and did not retire.
    Faulted(Fault),
}

/// Where console bytes go.
pub trait Console {
    fn byte(&mut self, cycle: u64, b: u8);
}

impl Console for Vec<u8> {
    fn byte(&mut self, _cycle: u64, b: u8) {
        self.push(b);
    }
}

/// The architectural state of a PySM processor.
#[derive(Clone, Debug)]
pub struct Machine {
    pub code: Vec<u32>,
    pub data: Vec<u32>,
    pub heap: Vec<u32>,
    pub rstack: Vec<u32>,
    pub pc: u32,
    pub sp: u32,
    pub fp: u32,
    pub rsp: u32,
    pub tos: u32,
    pub gpio_dir: u32,
    pub gpio_out: u32,
    /// Heap allocation pointer and limit (word addresses).
    pub hp: u32,
    pub hlimit: u32,
    /// The stack guard (port `PORT_STACK_GUARD`).
    pub guard: bool,
    /// The receive word (port `PORT_RX_WORD`): the last four bytes taken
    /// from the UART.
    pub rx_word: u32,
    /// The cycle of the last read of port 10 that took a byte: the read in
    /// the next cycle finds none (the receiver drops the byte a cycle late).
    pub rx_taken_at: Option<u64>,
    /// Bytes waiting in the UART receiver, readable at once (for testing
    /// software that reads port 10). When empty, reads go to the timed
    /// host of the `GpioEnv` (`uart::UartHost`), if any.
    pub rx: std::collections::VecDeque<u8>,
    /// What port 14 reads (the board's boot controller; 0 without one).
    pub boot_info: u32,
    /// The cycle at which the next instruction starts.
    pub cycle: u64,
    pub instret: u64,
    /// The design clock: the microsecond timer counts in its cycles.
    pub clock_hz: u64,
}

const DMASK: u32 = DATA_WORDS as u32 - 1;

/// Result of a sub-step: Err is a fault.
type R<T> = Result<T, Fault>;

impl Machine {
    /// Reset state: code and data loaded from the image; the first
    /// instruction starts at cycle 1 (cycle 0 fetches it).
    pub fn new(image: &Image) -> Machine {
        let mut code = image.code.clone();
        code.resize(CODE_WORDS, 0);
        let mut data = image.data.clone();
        data.resize(DATA_WORDS, 0);
        let base = image.stack_base();
        let mut heap = image.heap.clone();
        heap.resize(HEAP_WORDS, 0);
        Machine {
            code,
            data,
            heap,
            rstack: vec![0; RSTACK_WORDS],
            pc: image.entry,
            sp: base + 1,
            fp: base + 1,
            rsp: 0,
            tos: v::NULL,
            gpio_dir: 0,
            gpio_out: 0,
            hp: 0,
            hlimit: 0,
            guard: false,
            rx_word: 0,
            rx_taken_at: None,
            rx: Default::default(),
            boot_info: 0,
            cycle: 1,
            instret: 0,
            clock_hz: io::DEFAULT_CLOCK_HZ,
        }
    }

    fn rd(&self, addr: u32) -> u32 {
        self.data[(addr & DMASK) as usize]
    }

    /// The heap word address of a pointer.
    fn haddr(p: u32, offset: i64) -> R<u32> {
        if p == v::NULL || p & 0b11 != 0 {
            return Err(Fault::BadPointer);
        }
        let a = (p >> 2) as i64 + offset;
        if (1..HEAP_WORDS as i64).contains(&a) {
            Ok(a as u32)
        } else {
            Err(Fault::BadPointer)
        }
    }

    /// Cycle cost of an instruction word on the current CPU.
    pub fn cost(word: u32) -> u32 {
        match Instr::decode(word) {
            Ok(i) => {
                let extra = match (i.op, BinOp::from_u32(i.arg as u32)) {
                    (Op::Binary, Some(b)) if b.is_muldiv() => MULDIV_EXTRA_CYCLES,
                    _ => 0,
                };
                i.op.cycles() + extra
            }
            Err(_) => 1,
        }
    }

    /// Execute one instruction.
    pub fn step(&mut self, env: &mut GpioEnv, console: &mut dyn Console) -> Step {
        let pc = self.pc;
        let word = self.code[(pc as usize) % CODE_WORDS];
        let instr = match Instr::decode(word) {
            Ok(i) => i,
            Err(_) => return Step::Faulted(Fault::IllegalInstruction),
        };
        let start = self.cycle;
        // Work on a copy so that a fault leaves the state untouched.
        let mut next = Next {
            pc: pc + 1,
            sp: self.sp,
            fp: self.fp,
            rsp: self.rsp,
            tos: self.tos,
            write: None,
            heap_write: None,
            rpush: None,
            gpio: None,
            code_write: None,
            rx_take: None,
            hp: self.hp,
            hlimit: self.hlimit,
            guard: self.guard,
            extra: 0,
            cycles: None,
        };
        let r = self.exec(instr, start, &mut next, env, console);
        // A trap or a fault found in the instruction's second cycle (or
        // after the multiplier/divider) takes one cycle more to reach `Tw`.
        let late = u32::from(traps_late(instr.op));
        next.cycles = next.cycles.map(|c| c + late);
        if let Err(f) = r {
            // A fault found by a trap whose vector is NULL costs the trap's
            // cycles, then the fault vector's read and call.
            let cycles = next
                .cycles
                .map_or(TRAP_CYCLES + late, |c| c + FAULT_AFTER_TRAP_CYCLES);
            if instr.op == Op::Fault || !self.fault_trap(&mut next, f, pc, cycles) {
                return Step::Faulted(f);
            }
        }
        if let Some((a, d)) = next.write {
            self.data[(a & DMASK) as usize] = d;
        }
        if let Some((i, e)) = next.rpush {
            self.rstack[i as usize] = e;
        }
        if let Some((a, d)) = next.heap_write {
            self.heap[a as usize] = d;
        }
        if let Some(b) = next.rx_take {
            if self.rx.pop_front().is_none() {
                env.uart_take(start);
            }
            self.rx_taken_at = Some(start);
            self.rx_word = self.rx_word >> 8 | (b as u32) << 24;
        }
        if let Some((a, d)) = next.code_write {
            self.code[a as usize % CODE_WORDS] = d;
        }
        self.hp = next.hp;
        self.hlimit = next.hlimit;
        self.guard = next.guard;
        if let Some((dir, out)) = next.gpio {
            self.gpio_dir = dir;
            self.gpio_out = out;
            env.drive(start + OUT_LATENCY, dir, out);
        }
        self.pc = next.pc & ((1 << mem::PC_BITS) - 1);
        self.sp = next.sp;
        self.fp = next.fp;
        self.rsp = next.rsp;
        self.tos = next.tos;
        self.cycle += next.extra as u64 + next.cycles.unwrap_or_else(|| Machine::cost(word)) as u64;
        self.instret += 1;
        let r = Retire {
            pc,
            instr: word,
            tos: self.tos,
            sp: self.sp,
            fp: self.fp,
            rsp: self.rsp,
            write: next.write.map(|(a, d)| (a & DMASK, d)),
            heap_write: next.heap_write,
            rstack_write: next.rpush,
        };
        if instr.op == Op::Halt {
            Step::Halted(r)
        } else {
            Step::Retired(r)
        }
    }

    fn exec(
        &self,
        i: Instr,
        start: u64,
        n: &mut Next,
        env: &mut GpioEnv,
        console: &mut dyn Console,
    ) -> R<()> {
        let arg = i.arg as u32;
        let nos = self.rd(n.sp.wrapping_sub(2));
        match i.op {
            Op::Nop | Op::Halt => {}
            Op::Fault => return Err(Fault::from_u32(arg).unwrap_or(Fault::IllegalInstruction)),
            Op::PushInt => self.push(n, v::int(i.arg as i64))?,
            Op::PushImm => self.push(n, (arg << 2) | 0b10)?,
            Op::PushNull => self.push(n, v::NULL)?,
            Op::Pop => self.pop(n, nos),
            Op::Copy => {
                let val = if arg == 1 {
                    n.tos
                } else {
                    self.rd(n.sp.wrapping_sub(arg))
                };
                self.push(n, val)?;
            }
            Op::Swap => {
                let a = n.sp.wrapping_sub(arg);
                let val = self.rd(a);
                n.write = Some((a, n.tos));
                n.tos = val;
            }
            Op::LoadFast => {
                let val = self.rd(n.fp.wrapping_add(arg));
                if val == v::NULL {
                    return Err(Fault::LocalUnbound);
                }
                self.push(n, val)?;
            }
            Op::StoreFast => {
                n.write = Some((n.fp.wrapping_add(arg), n.tos));
                self.pop(n, nos);
            }
            Op::LoadGlobal => {
                let val = self.rd(arg);
                if val == v::NULL {
                    return Err(Fault::NameUnbound);
                }
                self.push(n, val)?;
            }
            Op::StoreGlobal => {
                n.write = Some((arg, n.tos));
                self.pop(n, nos);
            }
            Op::Binary => {
                let op = BinOp::from_u32(arg).ok_or(Fault::IllegalInstruction)?;
                match binary(op, nos, n.tos) {
                    Ok(r) => {
                        self.pop(n, nos);
                        n.tos = r;
                    }
                    Err(f) => {
                        let r = self.trap(n, Vector::Binary(arg), n.pc, f);
                        // The multiplier/divider finds an overflow at its end.
                        if f == Fault::Overflow && op.is_muldiv() {
                            n.cycles = Some(i.op.cycles() + MULDIV_EXTRA_CYCLES + 1);
                        }
                        r?;
                    }
                }
            }
            Op::Compare => {
                let op = CmpOp::from_u32(arg).ok_or(Fault::IllegalInstruction)?;
                let heap_operand = v::kind(nos) == Kind::Pointer || v::kind(n.tos) == Kind::Pointer;
                let vector = Vector::Compare(arg);
                let fast = match op {
                    CmpOp::Is | CmpOp::IsNot => compare(op, nos, n.tos),
                    _ if heap_operand && self.rd(vector.addr()) != v::NULL => {
                        Err(Fault::CompareType)
                    }
                    _ if heap_operand => {
                        // The vector was read: the cost of a trap.
                        n.cycles = Some(TRAP_CYCLES);
                        compare(op, nos, n.tos)
                    }
                    _ => compare(op, nos, n.tos),
                };
                match fast {
                    Ok(r) => {
                        self.pop(n, nos);
                        n.tos = v::boolean(r);
                    }
                    Err(f) => self.trap(n, vector, n.pc, f)?,
                }
            }
            Op::Unary => {
                let op = UnOp::from_u32(arg).ok_or(Fault::IllegalInstruction)?;
                let vector = Vector::Unary(arg.min(UnOp::Not as u32));
                let not_ptr = op == UnOp::Not && v::kind(n.tos) == Kind::Pointer;
                let fast = if not_ptr && self.rd(vector.addr()) != v::NULL {
                    Err(Fault::UnaryType)
                } else {
                    if not_ptr {
                        // The vector was read: the cost of a trap.
                        n.cycles = Some(TRAP_CYCLES);
                    }
                    unary(op, n.tos)
                };
                match fast {
                    Ok(r) => n.tos = r,
                    // Only the Python operators have vectors.
                    Err(f) if arg <= UnOp::Not as u32 => self.trap(n, vector, n.pc, f)?,
                    Err(f) => return Err(f),
                }
            }
            Op::Jump => n.pc = arg,
            Op::PopJumpIfFalse | Op::PopJumpIfTrue
                if v::kind(n.tos) == Kind::Pointer && self.rd(Vector::Truth.addr()) != v::NULL =>
            {
                // Ask the runtime for the truth value, then branch again.
                self.trap(n, Vector::Truth, n.pc - 1, Fault::IllegalInstruction)?;
                n.rpush = n.rpush.map(|(i, e)| (i, e | mem::RSTACK_RETRY));
            }
            Op::PopJumpIfFalse | Op::PopJumpIfTrue => {
                if v::kind(n.tos) == Kind::Pointer {
                    // The (NULL) vector was read: the cost of a trap.
                    n.cycles = Some(TRAP_CYCLES);
                }
                let t = v::truthy(n.tos);
                self.pop(n, nos);
                if t == (i.op == Op::PopJumpIfTrue) {
                    n.pc = arg;
                }
            }
            Op::JumpIfFalseOrPop | Op::JumpIfTrueOrPop => {
                if v::truthy(n.tos) == (i.op == Op::JumpIfTrueOrPop) {
                    n.pc = arg;
                } else {
                    self.pop(n, nos);
                }
            }
            Op::Call => {
                let callee = if arg == 0 {
                    n.tos
                } else {
                    self.rd(n.sp.wrapping_sub(arg + 1))
                };
                if v::kind(callee) != Kind::Function {
                    if arg <= Vector::CALL_MAX_ARGS {
                        return self.trap(n, Vector::Call(arg), n.pc, Fault::NotCallable);
                    }
                    return Err(Fault::NotCallable);
                }
                let payload = v::imm_payload(callee);
                if payload >> v::FUNC_ADDR_BITS != arg {
                    return Err(Fault::Arity);
                }
                let full = if self.guard {
                    n.rsp >= RSTACK_WORDS as u32 - mem::RSTACK_RESERVE
                        || n.sp >= DATA_WORDS as u32 - mem::DATA_RESERVE
                } else {
                    n.rsp as usize >= RSTACK_WORDS
                };
                if full {
                    return Err(Fault::StackOverflow);
                }
                n.write = Some((n.sp.wrapping_sub(1), n.tos));
                n.rpush = Some((n.rsp, mem::rstack_entry(n.pc, n.fp)));
                n.rsp += 1;
                n.fp = n.sp.wrapping_sub(arg);
                n.pc = payload & ((1 << v::FUNC_ADDR_BITS) - 1);
            }
            Op::Return => {
                if n.rsp == 0 {
                    return Err(Fault::IllegalInstruction);
                }
                let e = self.rstack[n.rsp as usize - 1];
                n.rsp -= 1;
                // A trap's result takes the place of its first operand.
                n.sp = if mem::rstack_is_trap(e) {
                    n.fp + 1
                } else {
                    n.fp
                };
                n.pc = mem::rstack_return_pc(e);
                n.fp = mem::rstack_caller_fp(e);
            }
            Op::SetupTry => {
                if n.rsp as usize >= RSTACK_WORDS {
                    return Err(Fault::StackOverflow);
                }
                n.rpush = Some((n.rsp, mem::rstack_entry(arg, n.sp) | mem::RSTACK_HANDLER));
                n.rsp += 1;
            }
            Op::PopTry => {
                if n.rsp == 0 {
                    return Err(Fault::IllegalInstruction);
                }
                n.rsp -= 1;
            }
            Op::Raise => {
                let mut fp = n.fp;
                let mut i = n.rsp;
                loop {
                    if i == 0 {
                        return Err(Fault::Unhandled);
                    }
                    i -= 1;
                    let e = self.rstack[i as usize];
                    if mem::rstack_is_handler(e) {
                        // The stack as at SETUP_TRY: its top was spilled to
                        // memory when the stack grew past it.
                        n.extra = n.rsp - i;
                        n.rsp = i;
                        n.sp = mem::rstack_caller_fp(e) + 1;
                        n.fp = fp;
                        n.pc = mem::rstack_return_pc(e);
                        break;
                    }
                    fp = mem::rstack_caller_fp(e);
                }
            }
            Op::LoadRstack => {
                let i = v::int_like(n.tos).ok_or(Fault::BadPointer)?;
                if !(0..n.rsp as i64).contains(&i) {
                    return Err(Fault::BadPointer);
                }
                n.tos = v::int((self.rstack[i as usize] >> 15) as i64);
            }
            Op::PinInit => {
                let id = v::int_like(nos).ok_or(Fault::BadPin)?;
                let mode = v::int_like(n.tos).ok_or(Fault::BadPin)?;
                if !(0..PIN_COUNT as i64).contains(&id)
                    || !(mode == PIN_MODE_IN || mode == PIN_MODE_OUT)
                {
                    return Err(Fault::BadPin);
                }
                let bit = 1u32 << id;
                let dir = if mode == PIN_MODE_OUT {
                    self.gpio_dir | bit
                } else {
                    self.gpio_dir & !bit
                };
                n.gpio = Some((dir, self.gpio_out));
                self.pop(n, nos);
                n.tos = v::pin(id as u32);
            }
            Op::PinRead => {
                let id = pin_id(n.tos)?;
                let level = env.pads(start.saturating_sub(IN_LATENCY)) >> id & 1;
                n.tos = v::int(level as i64);
            }
            Op::PinWrite => {
                let id = pin_id(nos)?;
                let bit = 1u32 << id;
                let out = if v::truthy(n.tos) {
                    self.gpio_out | bit
                } else {
                    self.gpio_out & !bit
                };
                n.gpio = Some((self.gpio_dir, out));
                n.tos = self.rd(n.sp.wrapping_sub(3));
                n.sp = n.sp.wrapping_sub(2);
            }
            Op::PinOn | Op::PinOff | Op::PinToggle => {
                let bit = 1u32 << pin_id(n.tos)?;
                let out = match i.op {
                    Op::PinOn => self.gpio_out | bit,
                    Op::PinOff => self.gpio_out & !bit,
                    _ => self.gpio_out ^ bit,
                };
                n.gpio = Some((self.gpio_dir, out));
                self.pop(n, nos);
            }
            Op::PinHigh | Op::PinLow => {
                let bit = 1u32 << arg;
                let out = if i.op == Op::PinHigh {
                    self.gpio_out | bit
                } else {
                    self.gpio_out & !bit
                };
                n.gpio = Some((self.gpio_dir, out));
            }
            Op::PinLevel => {
                let level = env.pads(start.saturating_sub(IN_LATENCY)) >> arg & 1;
                self.push(n, v::int(level as i64))?;
            }
            Op::JumpIfPin => {
                let level = env.pads(start.saturating_sub(IN_LATENCY)) >> (arg >> 15 & 31) & 1;
                if level == arg >> 20 & 1 {
                    n.pc = arg & 0x7fff;
                }
            }
            Op::Ticks => self.push(n, v::int((start % TICKS_PERIOD as u64) as i64))?,
            Op::IoRead => {
                let val = match arg {
                    PORT_CYCLES => (start % TICKS_PERIOD as u64) as i64,
                    PORT_HEAP_PTR => self.hp as i64,
                    PORT_HEAP_LIMIT => self.hlimit as i64,
                    PORT_SP => n.sp as i64,
                    PORT_RSP => n.rsp as i64,
                    PORT_STACK_GUARD => self.guard as i64,
                    PORT_TICKS_US => (io::us_at(start, self.clock_hz) % TICKS_PERIOD as u64) as i64,
                    PORT_TICKS_MS => {
                        (io::us_at(start, self.clock_hz) / 1000 % TICKS_PERIOD as u64) as i64
                    }
                    PORT_RX if self.rx_taken_at.is_some_and(|t| t + 1 == start) => -1,
                    PORT_RX => match self.rx.front().copied().or_else(|| env.uart_peek(start)) {
                        Some(b) => {
                            n.rx_take = Some(b);
                            b as i64
                        }
                        None => -1,
                    },
                    io::PORT_BOOT_INFO => self.boot_info as i64,
                    PORT_RX_WORD => return self.push(n, self.rx_word),
                    _ => 0,
                };
                self.push(n, v::int(val))?;
            }
            Op::IoWrite => {
                let val = v::int_like(n.tos).unwrap_or(0);
                match arg {
                    PORT_CONSOLE => console.byte(start, (n.tos >> 1) as u8),
                    PORT_HEAP_PTR => n.hp = val.clamp(0, HEAP_WORDS as i64) as u32,
                    PORT_HEAP_LIMIT => n.hlimit = val.clamp(0, HEAP_WORDS as i64) as u32,
                    PORT_STACK_GUARD => n.guard = val & 1 == 1,
                    // The address is the payload's low 16 bits, as on the CPU.
                    PORT_CODE_WRITE => n.code_write = Some((n.tos >> 1 & 0xFFFF, self.rx_word)),
                    _ => {}
                }
                self.pop(n, nos);
            }
            Op::Alloc => {
                let header = n.tos;
                let words = if v::is_int(header) {
                    (v::int_value(header) >> 8).max(0) as u64 + 1
                } else {
                    return Err(Fault::BadPointer);
                };
                if n.hp == 0 || n.hp as u64 + words > n.hlimit as u64 {
                    return self.trap(n, Vector::Alloc, n.pc, Fault::OutOfMemory);
                }
                n.heap_write = Some((n.hp, header));
                n.tos = n.hp << 2;
                n.hp += words as u32;
            }
            Op::LoadField => {
                n.tos = self.heap[Machine::haddr(n.tos, i.arg as i64)? as usize];
            }
            Op::StoreField => {
                let a = Machine::haddr(nos, i.arg as i64)?;
                n.heap_write = Some((a, n.tos));
                n.tos = self.rd(n.sp.wrapping_sub(3));
                n.sp = n.sp.wrapping_sub(2);
            }
            Op::LoadItem => {
                let i = v::int_like(n.tos).ok_or(Fault::BadPointer)?;
                let val = self.heap[Machine::haddr(nos, i)? as usize];
                self.pop(n, nos);
                n.tos = val;
            }
            Op::StoreItem => {
                let i = v::int_like(nos).ok_or(Fault::BadPointer)?;
                let p = self.rd(n.sp.wrapping_sub(3));
                let a = Machine::haddr(p, i)?;
                n.heap_write = Some((a, n.tos));
                n.tos = self.rd(n.sp.wrapping_sub(4));
                n.sp = n.sp.wrapping_sub(3);
            }
            Op::Addr => {
                if n.tos & 0b11 != 0 {
                    return Err(Fault::BadPointer);
                }
                n.tos = v::int((n.tos >> 2) as i64);
            }
            Op::Ptr => {
                let a = v::int_like(n.tos).ok_or(Fault::BadPointer)?;
                if !(0..HEAP_WORDS as i64).contains(&a) {
                    return Err(Fault::BadPointer);
                }
                n.tos = (a as u32) << 2;
            }
            Op::LoadData => {
                let a = v::int_like(n.tos).ok_or(Fault::BadPointer)?;
                if !(0..DATA_WORDS as i64).contains(&a) {
                    return Err(Fault::BadPointer);
                }
                // The top of the stack lives in a register, not in memory.
                n.tos = if a as u32 == n.sp.wrapping_sub(1) {
                    n.tos
                } else {
                    self.rd(a as u32)
                };
            }
            Op::StoreData => {
                let a = v::int_like(nos).ok_or(Fault::BadPointer)?;
                if !(0..DATA_WORDS as i64).contains(&a) {
                    return Err(Fault::BadPointer);
                }
                n.write = Some((a as u32, n.tos));
                n.tos = self.rd(n.sp.wrapping_sub(3));
                n.sp = n.sp.wrapping_sub(2);
            }
        }
        Ok(())
    }

    /// Call the runtime handler of `vector` with the top `arity` stack
    /// entries as its arguments; NULL vector: the instruction faults with
    /// `fault`. `ret` is where the handler returns to.
    fn trap(&self, n: &mut Next, vector: Vector, ret: u32, fault: Fault) -> R<()> {
        let h = self.rd(vector.addr());
        // The cycles of the trap, also when its fault goes to the fault
        // vector (see `fault_trap`).
        n.cycles = Some(TRAP_CYCLES);
        if h == v::NULL {
            return Err(fault);
        }
        let k = vector.arity();
        let payload = v::imm_payload(h);
        if v::kind(h) != Kind::Function || payload >> v::FUNC_ADDR_BITS != k {
            return Err(Fault::BadVector);
        }
        if n.rsp as usize >= RSTACK_WORDS {
            return Err(Fault::StackOverflow);
        }
        n.write = Some((n.sp.wrapping_sub(1), n.tos));
        n.rpush = Some((n.rsp, mem::rstack_entry(ret, n.fp) | mem::RSTACK_TRAP));
        n.rsp += 1;
        n.fp = n.sp.wrapping_sub(k);
        n.pc = payload & ((1 << v::FUNC_ADDR_BITS) - 1);
        Ok(())
    }

    /// A fault of the instruction at `pc`: call the fault vector's handler
    /// with the fault code, from the state before the instruction. False
    /// when the fault stops the processor.
    fn fault_trap(&self, n: &mut Next, f: Fault, pc: u32, cycles: u32) -> bool {
        let h = self.rd(Vector::Fault.addr());
        if f.is_fatal()
            || v::kind(h) != Kind::Function
            || v::imm_payload(h) >> v::FUNC_ADDR_BITS != 1
            || self.rsp as usize >= RSTACK_WORDS
            || self.sp as usize >= DATA_WORDS
        {
            return false;
        }
        *n = Next {
            pc,
            sp: self.sp + 1,
            fp: self.sp,
            rsp: self.rsp + 1,
            // The fault code, and the operand of the instruction above it.
            tos: v::int(f as i64 | ((self.code[pc as usize % CODE_WORDS] & 0xFF_FFFF) << 5) as i64),
            write: Some((self.sp.wrapping_sub(1), self.tos)),
            heap_write: None,
            rpush: Some((
                self.rsp,
                mem::rstack_entry(pc, self.fp) | mem::RSTACK_TRAP | mem::RSTACK_RETRY,
            )),
            gpio: None,
            code_write: None,
            rx_take: None,
            hp: self.hp,
            hlimit: self.hlimit,
            guard: self.guard,
            extra: 0,
            cycles: Some(cycles),
        };
        n.pc = v::imm_payload(h) & ((1 << v::FUNC_ADDR_BITS) - 1);
        true
    }

    fn push(&self, n: &mut Next, val: u32) -> R<()> {
        if n.sp as usize >= DATA_WORDS {
            return Err(Fault::StackOverflow);
        }
        n.write = Some((n.sp.wrapping_sub(1), n.tos));
        n.tos = val;
        n.sp += 1;
        Ok(())
    }

    fn pop(&self, n: &mut Next, nos: u32) {
        n.tos = nos;
        n.sp = n.sp.wrapping_sub(1);
    }
}

/// The state an instruction builds before it commits.
struct Next {
    pc: u32,
    sp: u32,
    fp: u32,
    rsp: u32,
    tos: u32,
    write: Option<(u32, u32)>,
    heap_write: Option<(u32, u32)>,
    rpush: Option<(u32, u32)>,
    gpio: Option<(u32, u32)>,
    /// `IO_WRITE` to `PORT_CODE_WRITE`: (address, word).
    code_write: Option<(u32, u32)>,
    /// `IO_READ` took the oldest received byte (this one).
    rx_take: Option<u8>,
    hp: u32,
    hlimit: u32,
    guard: bool,
    /// Cycles beyond the instruction's cost (`RAISE` unwinding).
    extra: u32,
    /// The instruction's cycles when not its table cost (a trap, or a
    /// trap vector read).
    cycles: Option<u32>,
}

/// Cycles of an instruction that traps to the runtime library (a vector
/// read and a call), and of one that reads its vector to find it NULL
/// (`COMPARE` with a pointer operand, `not` or a branch on a pointer). A
/// `*`, `//` or `%` whose result overflows traps after its full cost, plus
/// two. Both are one more for the instructions of [`traps_late`].
pub const TRAP_CYCLES: u32 = 3;
/// The instructions whose traps and faults are found in their second cycle
/// (`E1`) or at the end of the multiplier/divider: they reach `Tw`, which
/// puts back the state of before the instruction, one cycle later than
/// the others, so their traps cost `TRAP_CYCLES + 1`.
pub fn traps_late(op: Op) -> bool {
    matches!(
        op,
        Op::Binary
            | Op::Compare
            | Op::Call
            | Op::Alloc
            | Op::Copy
            | Op::LoadFast
            | Op::LoadGlobal
            | Op::SetupTry
            | Op::PinInit
            | Op::PinOn
            | Op::PinOff
            | Op::PinToggle
            | Op::PinWrite
    )
}

/// A fault goes to the fault vector (a handler of the fault code) in
/// `TRAP_CYCLES`; when a trap found it (its vector NULL), in the trap's
/// cycles and these: the fault vector's read, then the call.
pub const FAULT_AFTER_TRAP_CYCLES: u32 = 2;

fn pin_id(w: u32) -> R<u32> {
    if v::kind(w) == Kind::Pin {
        Ok(v::imm_payload(w))
    } else {
        Err(Fault::NotAPin)
    }
}

fn fit(n: i64) -> R<u32> {
    if v::fits(n) {
        Ok(v::int(n))
    } else {
        Err(Fault::Overflow)
    }
}

/// `BINARY`: Python semantics on small ints (bools are ints).
pub fn binary(op: BinOp, a: u32, b: u32) -> R<u32> {
    let (x, y) = match (v::int_like(a), v::int_like(b)) {
        (Some(x), Some(y)) => (x, y),
        _ => return Err(Fault::BinaryType),
    };
    let both_bool = v::is_bool(a) && v::is_bool(b);
    match op {
        BinOp::Add | BinOp::IAdd => fit(x + y),
        BinOp::Sub => fit(x - y),
        BinOp::Mul => fit(x * y),
        BinOp::FloorDiv | BinOp::Mod => {
            if y == 0 {
                return Err(Fault::ZeroDivision);
            }
            let (q, r) = (x.div_euclid(y), x.rem_euclid(y));
            // Python floors; Euclid keeps the remainder non-negative.
            let (q, r) = if r != 0 && y < 0 {
                (q - 1, r + y)
            } else {
                (q, r)
            };
            if op == BinOp::FloorDiv {
                fit(q)
            } else {
                fit(r)
            }
        }
        BinOp::LShift => {
            if y < 0 {
                Err(Fault::NegativeShift)
            } else if x == 0 {
                Ok(v::int(0))
            } else if y >= 31 {
                Err(Fault::Overflow)
            } else {
                fit(x << y)
            }
        }
        BinOp::RShift => {
            if y < 0 {
                Err(Fault::NegativeShift)
            } else {
                Ok(v::int(x >> y.min(31)))
            }
        }
        BinOp::And | BinOp::Or | BinOp::Xor => {
            let r = match op {
                BinOp::And => x & y,
                BinOp::Or => x | y,
                _ => x ^ y,
            };
            Ok(if both_bool {
                v::boolean(r != 0)
            } else {
                v::int(r)
            })
        }
    }
}

/// `COMPARE`.
pub fn compare(op: CmpOp, a: u32, b: u32) -> R<bool> {
    let ints = v::int_like(a).zip(v::int_like(b));
    Ok(match op {
        CmpOp::Is => a == b,
        CmpOp::IsNot => a != b,
        CmpOp::Eq => ints.map_or(a == b, |(x, y)| x == y),
        CmpOp::Ne => ints.map_or(a != b, |(x, y)| x != y),
        _ => {
            let (x, y) = ints.ok_or(Fault::CompareType)?;
            match op {
                CmpOp::Lt => x < y,
                CmpOp::Le => x <= y,
                CmpOp::Gt => x > y,
                _ => x >= y,
            }
        }
    })
}

/// `UNARY`.
pub fn unary(op: UnOp, a: u32) -> R<u32> {
    match op {
        UnOp::Not => Ok(v::boolean(!v::truthy(a))),
        UnOp::Kind => Ok(v::int(v::kind(a) as i64)),
        _ => {
            let x = v::int_like(a).ok_or(Fault::UnaryType)?;
            match op {
                UnOp::Neg => fit(-x),
                UnOp::Pos => fit(x),
                _ => fit(!x),
            }
        }
    }
}

#[cfg(test)]
mod floor_div_tests {
    use super::*;

    #[test]
    fn floor_division_and_modulo_follow_python() {
        // (a, b, a // b, a % b) from CPython.
        for (a, b, q, r) in [
            (7, 2, 3, 1),
            (-7, 2, -4, 1),
            (7, -2, -4, -1),
            (-7, -2, 3, -1),
            (1, -2, -1, -1),
            (-1, -2, 0, -1),
            (6, -3, -2, 0),
            (-6, -3, 2, 0),
        ] {
            assert_eq!(
                binary(BinOp::FloorDiv, v::int(a), v::int(b)),
                Ok(v::int(q)),
                "{a} // {b}"
            );
            assert_eq!(
                binary(BinOp::Mod, v::int(a), v::int(b)),
                Ok(v::int(r)),
                "{a} % {b}"
            );
        }
    }
}
