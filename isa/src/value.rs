//! Tagged values: every Python value is one 32-bit word.
//!
//! | low bits | meaning |
//! |---|---|
//! | `...1`  | small int: the word shifted right by one (arithmetic), range -2**30 .. 2**30-1 |
//! | `..00`  | pointer to a heap object (byte address, 4-aligned); the word 0 is NULL, "unbound" |
//! | `..10`  | immediate: bits 5..2 are the [`ImmKind`], bits 31..6 the payload |

/// Smallest small int.
pub const INT_MIN: i64 = -(1 << 30);
/// Largest small int.
pub const INT_MAX: i64 = (1 << 30) - 1;

/// The NULL word: an unbound variable.
pub const NULL: u32 = 0;

/// Kinds of immediate values (bits 5..2 of an immediate word).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ImmKind {
    None = 0,
    Bool = 1,
    /// A `machine.Pin`; the payload is the pin id.
    Pin = 2,
    /// A plain function; the payload is `arity << 14 | code address`.
    Function = 3,
}

/// What `UNARY kind` pushes: a small code for the value's type.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    Int = 0,
    Pointer = 1,
    None = 2,
    Bool = 3,
    Pin = 4,
    Function = 5,
    /// An immediate kind that this processor does not define yet.
    OtherImmediate = 6,
}

/// Bits of the code address in a function immediate.
pub const FUNC_ADDR_BITS: u32 = 15;
/// Largest number of parameters of a function immediate.
pub const FUNC_MAX_ARITY: u32 = 63;

pub const fn imm(kind: ImmKind, payload: u32) -> u32 {
    (payload << 6) | ((kind as u32) << 2) | 0b10
}

pub const NONE: u32 = imm(ImmKind::None, 0);
pub const FALSE: u32 = imm(ImmKind::Bool, 0);
pub const TRUE: u32 = imm(ImmKind::Bool, 1);
/// The runtime library's marker of an absent value (a dict key not found,
/// an exhausted iterator): an immediate that no Python value is.
pub const MISSING: u32 = (7 << 2) | 0b10;

pub fn int(n: i64) -> u32 {
    debug_assert!((INT_MIN..=INT_MAX).contains(&n));
    ((n as i32 as u32) << 1) | 1
}
pub fn boolean(b: bool) -> u32 {
    if b {
        TRUE
    } else {
        FALSE
    }
}
pub fn pin(id: u32) -> u32 {
    imm(ImmKind::Pin, id)
}
pub fn function(addr: u32, arity: u32) -> u32 {
    imm(ImmKind::Function, (arity << FUNC_ADDR_BITS) | addr)
}

pub fn is_int(w: u32) -> bool {
    w & 1 == 1
}
pub fn int_value(w: u32) -> i64 {
    ((w as i32) >> 1) as i64
}
pub fn is_imm(w: u32) -> bool {
    w & 0b11 == 0b10
}
pub fn imm_kind(w: u32) -> u32 {
    (w >> 2) & 0xF
}
pub fn imm_payload(w: u32) -> u32 {
    w >> 6
}
pub fn is_bool(w: u32) -> bool {
    w == TRUE || w == FALSE
}
/// Ints and bools: the operands the ALU accepts (bool is a subclass of int).
pub fn int_like(w: u32) -> Option<i64> {
    if is_int(w) {
        Some(int_value(w))
    } else if w == TRUE {
        Some(1)
    } else if w == FALSE {
        Some(0)
    } else {
        None
    }
}
pub fn fits(n: i64) -> bool {
    (INT_MIN..=INT_MAX).contains(&n)
}

pub fn kind(w: u32) -> Kind {
    if is_int(w) {
        Kind::Int
    } else if w & 0b11 == 0 {
        Kind::Pointer
    } else {
        match imm_kind(w) {
            0 => Kind::None,
            1 => Kind::Bool,
            2 => Kind::Pin,
            3 => Kind::Function,
            _ => Kind::OtherImmediate,
        }
    }
}

/// Python's truth value of a word. Heap objects are true until the runtime
/// library gives them `__bool__`/`__len__`.
pub fn truthy(w: u32) -> bool {
    match kind(w) {
        Kind::Int => int_value(w) != 0,
        Kind::None => false,
        Kind::Bool => imm_payload(w) & 1 == 1,
        Kind::Pointer => w != NULL,
        _ => true,
    }
}

/// The Python type name of a word, for error messages.
pub fn type_name(w: u32) -> &'static str {
    match kind(w) {
        Kind::Int => "int",
        Kind::Pointer => "object",
        Kind::None => "NoneType",
        Kind::Bool => "bool",
        Kind::Pin => "Pin",
        Kind::Function => "function",
        Kind::OtherImmediate => "object",
    }
}

/// Heap object types: the low 7 bits of an object's header (a small int
/// `type | payload words << 8`). The runtime library uses the same numbers.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum HeapType {
    /// Length, then one code point per word.
    Str = 1,
    /// The items, one per word (the length is the header's word count).
    Tuple = 2,
    /// Length, then a pointer to the items' array.
    List = 3,
    /// See `compiler/runtime/dict.py`.
    Dict = 4,
    /// Name, base class (or None), attribute table, attribute count.
    Class = 5,
    /// Class, attribute table, attribute count.
    Instance = 6,
    /// A bound method: function, self.
    Method = 7,
    /// Storage words of a list, a dict or an attribute table.
    Array = 8,
    /// A variable shared with nested functions: its value.
    Cell = 16,
    /// A generator: resume code, state, name, return value, variables.
    Generator = 17,
    /// A function with default values, a closure or keyword calls: code,
    /// defaults, closure, name, parameter names.
    Function = 15,
}

impl HeapType {
    pub fn from_header(header: u32) -> Option<HeapType> {
        if !is_int(header) {
            return None;
        }
        Some(match int_value(header) & 0x7F {
            1 => HeapType::Str,
            2 => HeapType::Tuple,
            3 => HeapType::List,
            4 => HeapType::Dict,
            5 => HeapType::Class,
            6 => HeapType::Instance,
            7 => HeapType::Method,
            8 => HeapType::Array,
            15 => HeapType::Function,
            16 => HeapType::Cell,
            17 => HeapType::Generator,
            _ => return None,
        })
    }
    pub fn name(self) -> &'static str {
        match self {
            HeapType::Str => "str",
            HeapType::Tuple => "tuple",
            HeapType::List => "list",
            HeapType::Dict => "dict",
            HeapType::Class => "type",
            HeapType::Instance => "object",
            HeapType::Method => "method",
            HeapType::Array => "array",
            HeapType::Function => "function",
            HeapType::Cell => "cell",
            HeapType::Generator => "generator",
        }
    }
    /// The header of an object of this type with `words` payload words.
    pub fn header(self, words: u32) -> u32 {
        int((self as u32 | words << 8) as i64)
    }
}
