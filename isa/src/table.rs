//! The PySM instruction table: the one definition every consumer reads.
//!
//! Each row gives the opcode number, the mnemonic, the operand kind, the
//! stack effect (on fall-through and when a branch is taken), the cycle cost
//! on the current CPU and one line of documentation. The macro turns the
//! table into the `Op` enum and its metadata; an exhaustive `match` on `Op`
//! in every consumer means a new row does not compile until each handles it.

/// What the 24-bit operand field of an instruction means.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Operand {
    /// No operand; the field must be zero.
    None,
    /// A signed 24-bit integer.
    Int,
    /// A raw immediate: the pushed word is `(operand << 2) | 0b10`.
    Imm,
    /// A code address (instruction index).
    Code,
    /// A data-memory word address.
    Data,
    /// A local-variable slot, relative to the frame pointer.
    Local,
    /// A small count (stack positions or arguments).
    Count,
    /// A binary operator, see [`crate::BinOp`].
    BinOp,
    /// A comparison operator, see [`crate::CmpOp`].
    CmpOp,
    /// A unary operator, see [`crate::UnOp`].
    UnOp,
    /// A fault code, see [`crate::Fault`].
    Fault,
    /// An I/O port number, see [`crate::io`].
    Port,
    /// A pin id (below [`crate::pins::PIN_COUNT`]).
    Pin,
    /// A branch on a pin's input level: the target code address in bits
    /// 0..14, the pin id in bits 15..19, the level that jumps in bit 20.
    PinCode,
}

impl Operand {
    pub fn name(self) -> &'static str {
        match self {
            Operand::None => "-",
            Operand::Int => "int",
            Operand::Imm => "imm",
            Operand::Code => "code",
            Operand::Data => "data",
            Operand::Local => "local",
            Operand::Count => "count",
            Operand::BinOp => "binop",
            Operand::CmpOp => "cmpop",
            Operand::UnOp => "unop",
            Operand::Fault => "fault",
            Operand::Port => "port",
            Operand::Pin => "pin",
            Operand::PinCode => "pin=level,code",
        }
    }
}

/// How an instruction changes the stack depth.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    /// The same on every path.
    Fixed(i32),
    /// A conditional branch: (fall-through, taken).
    Branch(i32, i32),
    /// Pops the callee and `operand` arguments, pushes the result.
    Call,
    /// Ends the frame: the stack returns to the caller's depth plus the result.
    Return,
}

impl Effect {
    pub fn text(self) -> String {
        match self {
            Effect::Fixed(n) => format!("{n:+}"),
            Effect::Branch(a, b) => format!("{a:+} / {b:+} taken"),
            Effect::Call => "-n".to_string(),
            Effect::Return => "frame".to_string(),
        }
    }
}

macro_rules! isa_table {
    ($( $num:literal $variant:ident $mnem:literal $operand:ident $effect:expr, $cycles:literal, $doc:literal ;)*) => {
        /// A PySM opcode.
        #[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[repr(u8)]
        pub enum Op { $( #[doc = $doc] $variant = $num, )* }

        impl Op {
            /// Every opcode, in table order.
            pub const ALL: &'static [Op] = &[ $( Op::$variant, )* ];

            pub fn from_u8(n: u8) -> Option<Op> {
                match n { $( $num => Some(Op::$variant), )* _ => None }
            }
            pub fn mnemonic(self) -> &'static str {
                match self { $( Op::$variant => $mnem, )* }
            }
            pub fn operand(self) -> Operand {
                match self { $( Op::$variant => Operand::$operand, )* }
            }
            pub fn effect(self) -> Effect {
                use Effect::*;
                match self { $( Op::$variant => $effect, )* }
            }
            /// Base cycle cost on the current CPU (see `docs/cpu.md`).
            pub fn cycles(self) -> u32 {
                match self { $( Op::$variant => $cycles, )* }
            }
            pub fn doc(self) -> &'static str {
                match self { $( Op::$variant => $doc, )* }
            }
        }
    };
}

// num  variant        mnemonic         operand effect            cycles doc
isa_table! {
    0x00 Nop          "NOP"             None   Fixed(0),           1, "Do nothing.";
    0x01 Halt         "HALT"            None   Fixed(0),           1, "Stop the processor: the program ended normally.";
    0x02 Fault        "FAULT"           Fault  Fixed(0),           1, "Raise the fault given by the operand (used by the runtime library).";
    0x08 PushInt      "PUSH_INT"        Int    Fixed(1),           1, "Push the small int given by the signed 24-bit operand.";
    0x09 PushImm      "PUSH_IMM"        Imm    Fixed(1),           1, "Push the immediate word `(operand << 2) | 0b10` (None, True, False, functions, pins).";
    0x0A PushNull     "PUSH_NULL"       None   Fixed(1),           1, "Push NULL (word 0): the marker of an unbound local.";
    0x0B Pop          "POP"             None   Fixed(-1),          2, "Discard the top of the stack.";
    0x0C Copy         "COPY"            Count  Fixed(1),           2, "Push a copy of the n-th entry from the top (COPY 1 duplicates the top).";
    0x0D Swap         "SWAP"            Count  Fixed(0),           2, "Exchange the top with the n-th entry from the top (n >= 2).";
    0x10 LoadFast     "LOAD_FAST"       Local  Fixed(1),           2, "Push local slot n of the current frame; UnboundLocalError if it is NULL.";
    0x11 StoreFast    "STORE_FAST"      Local  Fixed(-1),          2, "Pop into local slot n of the current frame.";
    0x12 LoadGlobal   "LOAD_GLOBAL"     Data   Fixed(1),           2, "Push the data word at the operand address; NameError if it is NULL.";
    0x13 StoreGlobal  "STORE_GLOBAL"    Data   Fixed(-1),          2, "Pop into the data word at the operand address.";
    0x18 Binary       "BINARY"          BinOp  Fixed(-1),          2, "Pop b and a, push `a op b` on small ints (bools count as ints).";
    0x19 Compare      "COMPARE"         CmpOp  Fixed(-1),          2, "Pop b and a, push the bool `a op b`.";
    0x1A Unary        "UNARY"           UnOp   Fixed(0),           1, "Replace the top with `op top`.";
    0x20 Jump         "JUMP"            Code   Fixed(0),           1, "Continue at the operand address.";
    0x21 PopJumpIfFalse "POP_JUMP_IF_FALSE" Code Fixed(-1),        2, "Pop; jump if the value is falsy.";
    0x22 PopJumpIfTrue  "POP_JUMP_IF_TRUE"  Code Fixed(-1),        2, "Pop; jump if the value is truthy.";
    0x23 JumpIfFalseOrPop "JUMP_IF_FALSE_OR_POP" Code Branch(-1, 0), 2, "If the top is falsy jump and keep it, else pop it (`and`).";
    0x24 JumpIfTrueOrPop  "JUMP_IF_TRUE_OR_POP"  Code Branch(-1, 0), 2, "If the top is truthy jump and keep it, else pop it (`or`).";
    0x25 JumpIfPin    "JUMP_IF_PIN"     PinCode Fixed(0),          1, "Jump if the pin's input level (as `PIN_READ` sees it) is the operand's level.";
    0x28 Call         "CALL"            Count  Call,               2, "Call the callee below n arguments; the arguments become locals 0..n-1.";
    0x29 Return       "RETURN"          None   Return,             2, "Return the top to the caller, replacing the callee and its arguments.";
    0x2A SetupTry     "SETUP_TRY"       Code   Fixed(0),           2, "Push a handler entry (the operand and the stack pointer) onto the return stack: until the matching POP_TRY, RAISE continues at the operand with the stack as it is now plus the exception.";
    0x2B PopTry       "POP_TRY"         None   Fixed(0),           1, "Drop the handler entry on top of the return stack.";
    0x2C Raise        "RAISE"           None   Fixed(-1),          1, "Pop the exception; unwind the return stack to the newest handler entry, restoring its frame and stack, push the exception and continue at the handler. One more cycle per entry unwound (the handler's included). No handler: Unhandled, with the exception on top.";
    0x2D LoadRstack   "LOAD_RSTACK"     None   Fixed(0),           2, "Replace the small int i on top (below the return-stack depth) with return-stack entry i shifted right by 15: its flags and return address.";
    0x30 PinInit      "PIN_INIT"        None   Fixed(-1),          2, "Pop mode and pin id, set the pin's direction, push the Pin object.";
    0x31 PinRead      "PIN_READ"        None   Fixed(0),           1, "Replace the Pin on top with its input level (0 or 1).";
    0x32 PinWrite     "PIN_WRITE"       None   Fixed(-2),          3, "Pop a value and a Pin; drive the pin to the value's truth.";
    0x33 PinOn        "PIN_ON"          None   Fixed(-1),          2, "Pop a Pin and drive it high.";
    0x34 PinOff       "PIN_OFF"         None   Fixed(-1),          2, "Pop a Pin and drive it low.";
    0x35 PinToggle    "PIN_TOGGLE"      None   Fixed(-1),          2, "Pop a Pin and invert its output.";
    0x36 PinHigh      "PIN_HIGH"        Pin    Fixed(0),           1, "Drive the operand's pin high (`p.on()` on a Pin the compiler knows).";
    0x37 PinLow       "PIN_LOW"         Pin    Fixed(0),           1, "Drive the operand's pin low.";
    0x38 Ticks        "TICKS"           None   Fixed(1),           1, "Push the cycle counter modulo 2**30.";
    0x39 IoRead       "IO_READ"         Port   Fixed(1),           1, "Push the small int read from an I/O port (port 11: a raw word).";
    0x3A IoWrite      "IO_WRITE"        Port   Fixed(-1),          2, "Pop a small int and write it to an I/O port.";
    0x3B PinLevel     "PIN_LEVEL"       Pin    Fixed(1),           1, "Push the operand's pin's input level (0 or 1), as `PIN_READ` sees it.";
    0x40 Alloc        "ALLOC"           None   Fixed(0),           2, "Replace the header on top (a small int: type | payload words << 8) with a pointer to a new heap object whose first word is that header; the payload is not initialised. Traps (vector ALLOC) when the heap is full.";
    0x41 LoadField    "LOAD_FIELD"      Int    Fixed(0),           2, "Replace the pointer on top with word n of its object (word 0 is the header).";
    0x42 StoreField   "STORE_FIELD"     Int    Fixed(-2),          3, "Pop a value and a pointer; store the value into word n of the object.";
    0x43 LoadItem     "LOAD_ITEM"       None   Fixed(-1),          3, "Pop a small int i and a pointer; push word i of the object.";
    0x44 StoreItem    "STORE_ITEM"      None   Fixed(-3),          4, "Pop a value, a small int i and a pointer; store the value into word i of the object.";
    0x45 LoadData     "LOAD_DATA"       None   Fixed(0),           2, "Replace the small int on top with the data word at that address (the collector's view of roots).";
    0x46 StoreData    "STORE_DATA"      None   Fixed(-2),          3, "Pop a value and a small-int address; store the value into that data word.";
    0x47 Addr         "ADDR"            None   Fixed(0),           1, "Replace the pointer on top with its heap word address, a small int.";
    0x48 Ptr          "PTR"             None   Fixed(0),           1, "Replace the small int on top, a heap word address, with the pointer to it.";
}

/// Extra cycles of the iterative multiplier and divider (`*`, `//`, `%`).
pub const MULDIV_EXTRA_CYCLES: u32 = 32;

/// Binary operators of `BINARY`.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add = 0,
    Sub = 1,
    Mul = 2,
    FloorDiv = 3,
    Mod = 4,
    LShift = 5,
    RShift = 6,
    And = 7,
    Or = 8,
    Xor = 9,
    /// `+=`: `+` on ints; on objects its own vector (lists extend in place).
    IAdd = 10,
}

impl BinOp {
    pub const ALL: &'static [BinOp] = &[
        BinOp::Add,
        BinOp::Sub,
        BinOp::Mul,
        BinOp::FloorDiv,
        BinOp::Mod,
        BinOp::LShift,
        BinOp::RShift,
        BinOp::And,
        BinOp::Or,
        BinOp::Xor,
        BinOp::IAdd,
    ];
    pub fn from_u32(n: u32) -> Option<BinOp> {
        BinOp::ALL.get(n as usize).copied()
    }
    pub fn name(self) -> &'static str {
        [
            "add", "sub", "mul", "floordiv", "mod", "lshift", "rshift", "and", "or", "xor", "iadd",
        ][self as usize]
    }
    /// The Python operator symbol, as used in error messages.
    pub fn symbol(self) -> &'static str {
        ["+", "-", "*", "//", "%", "<<", ">>", "&", "|", "^", "+="][self as usize]
    }
    /// True for the operators done by the iterative multiply/divide unit.
    pub fn is_muldiv(self) -> bool {
        matches!(self, BinOp::Mul | BinOp::FloorDiv | BinOp::Mod)
    }
}

/// Comparison operators of `COMPARE`.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Lt = 0,
    Le = 1,
    Eq = 2,
    Ne = 3,
    Gt = 4,
    Ge = 5,
    Is = 6,
    IsNot = 7,
}

impl CmpOp {
    pub const ALL: &'static [CmpOp] = &[
        CmpOp::Lt,
        CmpOp::Le,
        CmpOp::Eq,
        CmpOp::Ne,
        CmpOp::Gt,
        CmpOp::Ge,
        CmpOp::Is,
        CmpOp::IsNot,
    ];
    pub fn from_u32(n: u32) -> Option<CmpOp> {
        CmpOp::ALL.get(n as usize).copied()
    }
    pub fn name(self) -> &'static str {
        ["lt", "le", "eq", "ne", "gt", "ge", "is", "isnot"][self as usize]
    }
    pub fn symbol(self) -> &'static str {
        ["<", "<=", "==", "!=", ">", ">=", "is", "is not"][self as usize]
    }
}

/// Unary operators of `UNARY`.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum UnOp {
    Neg = 0,
    Pos = 1,
    Invert = 2,
    Not = 3,
    /// The value's kind as a small int, see [`crate::value::Kind`].
    Kind = 4,
}

impl UnOp {
    pub const ALL: &'static [UnOp] = &[UnOp::Neg, UnOp::Pos, UnOp::Invert, UnOp::Not, UnOp::Kind];
    pub fn from_u32(n: u32) -> Option<UnOp> {
        UnOp::ALL.get(n as usize).copied()
    }
    pub fn name(self) -> &'static str {
        ["neg", "pos", "invert", "not", "kind"][self as usize]
    }
    pub fn symbol(self) -> &'static str {
        ["-", "+", "~", "not", "kind"][self as usize]
    }
}

/// Why the processor stopped with a fault. The faulting instruction does not
/// retire: the state is the one before it, so the host can name the operands.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Fault {
    /// An opcode or operand that the table does not define.
    IllegalInstruction = 1,
    /// `BINARY` on operands that are not ints: TypeError.
    BinaryType = 2,
    /// `COMPARE` ordering of operands that are not ints: TypeError.
    CompareType = 3,
    /// `UNARY` on an operand that is not an int: TypeError.
    UnaryType = 4,
    /// `//` or `%` by zero: ZeroDivisionError.
    ZeroDivision = 5,
    /// A result outside the small-int range: OverflowError.
    Overflow = 6,
    /// A negative shift count: ValueError.
    NegativeShift = 7,
    /// `LOAD_GLOBAL` of NULL: NameError.
    NameUnbound = 8,
    /// `LOAD_FAST` of NULL: UnboundLocalError.
    LocalUnbound = 9,
    /// `CALL` of a value that is not a function: TypeError.
    NotCallable = 10,
    /// `CALL` with the wrong number of arguments: TypeError.
    Arity = 11,
    /// The data stack or the return stack is full: RecursionError.
    StackOverflow = 12,
    /// A `PIN_*` instruction on a value that is not a Pin: AttributeError.
    NotAPin = 13,
    /// `PIN_INIT` with an unknown pin id or mode: ValueError.
    BadPin = 14,
    /// `range()` with a step of zero: ValueError (raised by compiled code).
    RangeStepZero = 15,
    /// `**` with a negative exponent, whose result would be a float: ValueError.
    NegativePower = 16,
    /// A heap access through a word that is not a pointer into the heap.
    BadPointer = 17,
    /// The heap cannot hold an allocation even after a collection: MemoryError.
    OutOfMemory = 18,
    /// A trap vector that does not hold a function of the right arity.
    BadVector = 19,
    /// A subscript out of range: IndexError (raised by the runtime library).
    Index = 20,
    /// `len()` of an object without a length: TypeError.
    NoLen = 21,
    /// Subscripting an object that has no items: TypeError.
    NotSubscriptable = 22,
    /// `RAISE` with no handler: the exception (on top of the stack) was not
    /// caught. The runtime library raises it with its report on top.
    Unhandled = 23,
    /// `**` of a value that is not a number, in a program without objects:
    /// TypeError (raised by the runtime library's int power).
    PowType = 24,
}

impl Fault {
    pub const ALL: &'static [Fault] = &[
        Fault::IllegalInstruction,
        Fault::BinaryType,
        Fault::CompareType,
        Fault::UnaryType,
        Fault::ZeroDivision,
        Fault::Overflow,
        Fault::NegativeShift,
        Fault::NameUnbound,
        Fault::LocalUnbound,
        Fault::NotCallable,
        Fault::Arity,
        Fault::StackOverflow,
        Fault::NotAPin,
        Fault::BadPin,
        Fault::RangeStepZero,
        Fault::NegativePower,
        Fault::BadPointer,
        Fault::OutOfMemory,
        Fault::BadVector,
        Fault::Index,
        Fault::NoLen,
        Fault::NotSubscriptable,
        Fault::Unhandled,
        Fault::PowType,
    ];
    pub fn from_u32(n: u32) -> Option<Fault> {
        Fault::ALL.iter().copied().find(|f| *f as u32 == n)
    }
    pub fn name(self) -> &'static str {
        match self {
            Fault::IllegalInstruction => "illegal",
            Fault::BinaryType => "binary_type",
            Fault::CompareType => "compare_type",
            Fault::UnaryType => "unary_type",
            Fault::ZeroDivision => "zero_division",
            Fault::Overflow => "overflow",
            Fault::NegativeShift => "negative_shift",
            Fault::NameUnbound => "name_unbound",
            Fault::LocalUnbound => "local_unbound",
            Fault::NotCallable => "not_callable",
            Fault::Arity => "arity",
            Fault::StackOverflow => "stack_overflow",
            Fault::NotAPin => "not_a_pin",
            Fault::BadPin => "bad_pin",
            Fault::RangeStepZero => "range_step_zero",
            Fault::NegativePower => "negative_power",
            Fault::BadPointer => "bad_pointer",
            Fault::OutOfMemory => "out_of_memory",
            Fault::BadVector => "bad_vector",
            Fault::Index => "index",
            Fault::NoLen => "no_len",
            Fault::NotSubscriptable => "not_subscriptable",
            Fault::Unhandled => "unhandled",
            Fault::PowType => "pow_type",
        }
    }
    /// Faults that a processor stops on even when the runtime library has a
    /// fault handler: a broken program or image, or the end of a program
    /// that raised.
    pub fn is_fatal(self) -> bool {
        matches!(
            self,
            Fault::IllegalInstruction | Fault::BadPointer | Fault::BadVector | Fault::Unhandled
        )
    }
    pub fn from_name(s: &str) -> Option<Fault> {
        Fault::ALL.iter().copied().find(|f| f.name() == s)
    }
    /// The Python exception this fault becomes.
    pub fn exception(self) -> &'static str {
        match self {
            Fault::IllegalInstruction | Fault::BadPointer | Fault::BadVector | Fault::Unhandled => {
                "SystemError"
            }
            Fault::OutOfMemory => "MemoryError",
            Fault::BinaryType
            | Fault::CompareType
            | Fault::UnaryType
            | Fault::NotCallable
            | Fault::Arity
            | Fault::NoLen
            | Fault::NotSubscriptable
            | Fault::PowType => "TypeError",
            Fault::Index => "IndexError",
            Fault::ZeroDivision => "ZeroDivisionError",
            Fault::Overflow => "OverflowError",
            Fault::NegativeShift | Fault::BadPin | Fault::RangeStepZero | Fault::NegativePower => {
                "ValueError"
            }
            Fault::NameUnbound => "NameError",
            Fault::LocalUnbound => "UnboundLocalError",
            Fault::StackOverflow => "RecursionError",
            Fault::NotAPin => "AttributeError",
        }
    }
}
