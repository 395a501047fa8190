//! Turning a fault into a Python exception report, the same for the
//! emulator and the RTL simulation.

use crate::Machine;
use pysm_isa::value::{self as v};
use pysm_isa::{mem, CompInfo, Fault, Image, Instr, LineEntry, Op};

/// The Python type name of a value, looking into the heap for objects.
pub fn type_name(m: &Machine, w: u32) -> &'static str {
    if v::kind(w) != v::Kind::Pointer || w == v::NULL {
        return v::type_name(w);
    }
    v::HeapType::from_header(m.heap(w >> 2)).map_or("object", v::HeapType::name)
}

/// What the traceback reads from a stopped machine (the emulator's, or the
/// state an RTL run reports), with addresses wrapped as the memories do.
impl Machine {
    pub fn pc(&self) -> u32 {
        self.pc
    }
    pub fn sp(&self) -> u32 {
        self.sp
    }
    pub fn fp(&self) -> u32 {
        self.fp
    }
    pub fn rsp(&self) -> u32 {
        self.rsp
    }
    pub fn tos(&self) -> u32 {
        self.tos
    }
    pub fn data(&self, addr: u32) -> u32 {
        self.data[(addr as usize) % self.data.len()]
    }
    pub fn rstack(&self, i: u32) -> u32 {
        self.rstack[(i as usize) % self.rstack.len()]
    }
    pub fn code(&self, addr: u32) -> u32 {
        self.code[(addr as usize) % self.code.len()]
    }
    pub fn heap(&self, addr: u32) -> u32 {
        self.heap.get(addr as usize).copied().unwrap_or(0)
    }
}

fn plural(n: u32, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// The exception line, e.g. `ZeroDivisionError: integer division or modulo by zero`.
pub fn exception_message(m: &Machine, fault: Fault, image: &Image) -> String {
    let word = m.code(m.pc());
    let instr = Instr::decode(word).ok();
    let arg = instr.map_or(0, |i| i.arg as u32);
    let nos = m.data(m.sp().wrapping_sub(2));
    let tos = m.tos();
    let func_name = |addr: u32| {
        image
            .debug
            .functions
            .iter()
            .find(|f| f.start == addr)
            .map_or("<function>", |f| f.qualname.as_str())
            .to_string()
    };
    let text = match fault {
        Fault::IllegalInstruction => format!("illegal instruction 0x{word:08x} at pc {}", m.pc()),
        Fault::BinaryType if arg == pysm_isa::BinOp::Add as u32 && type_name(m, nos) == "str" => {
            format!(
                "can only concatenate str (not \"{}\") to str",
                type_name(m, tos)
            )
        }
        Fault::BinaryType => {
            let sym = pysm_isa::BinOp::from_u32(arg).map_or("?", |b| b.symbol());
            format!(
                "unsupported operand type(s) for {sym}: '{}' and '{}'",
                type_name(m, nos),
                type_name(m, tos)
            )
        }
        Fault::CompareType => {
            let sym = pysm_isa::CmpOp::from_u32(arg).map_or("?", |b| b.symbol());
            format!(
                "'{sym}' not supported between instances of '{}' and '{}'",
                type_name(m, nos),
                type_name(m, tos)
            )
        }
        Fault::UnaryType => {
            let sym = pysm_isa::UnOp::from_u32(arg).map_or("?", |b| b.symbol());
            format!("bad operand type for unary {sym}: '{}'", type_name(m, tos))
        }
        Fault::ZeroDivision => match pysm_isa::BinOp::from_u32(arg) {
            Some(pysm_isa::BinOp::Mod) if instr.is_some_and(|i| i.op == Op::Binary) => {
                "integer modulo by zero".into()
            }
            _ => "integer division or modulo by zero".into(),
        },
        Fault::Overflow => format!(
            "integer overflow: the result does not fit in a small int ({}..{})",
            v::INT_MIN,
            v::INT_MAX
        ),
        Fault::NegativeShift => "negative shift count".into(),
        Fault::NameUnbound => {
            let name = image.debug.global_name(arg).unwrap_or("?");
            format!("name '{name}' is not defined")
        }
        Fault::LocalUnbound => {
            let name = image
                .debug
                .function_of(m.pc())
                .and_then(|f| f.locals.get(arg as usize))
                .map_or("?", |s| s.as_str());
            format!("cannot access local variable '{name}' where it is not associated with a value")
        }
        Fault::NotCallable => {
            let callee = if arg == 0 {
                tos
            } else {
                m.data(m.sp().wrapping_sub(arg + 1))
            };
            format!("'{}' object is not callable", type_name(m, callee))
        }
        Fault::Arity => {
            let callee = if arg == 0 {
                tos
            } else {
                m.data(m.sp().wrapping_sub(arg + 1))
            };
            let p = v::imm_payload(callee);
            let want = p >> v::FUNC_ADDR_BITS;
            let addr = p & ((1 << v::FUNC_ADDR_BITS) - 1);
            let name = func_name(addr);
            if arg > want {
                format!(
                    "{name}() takes {} but {} given",
                    plural(want, "positional argument"),
                    if arg == 1 {
                        "1 was".to_string()
                    } else {
                        format!("{arg} were")
                    }
                )
            } else {
                // CPython names the missing parameters: 'a', 'b' and 'c'.
                let params: Vec<String> = image
                    .debug
                    .functions
                    .iter()
                    .find(|f| f.start == addr)
                    .map(|f| {
                        f.locals
                            .iter()
                            .skip(arg as usize)
                            .take((want - arg) as usize)
                    })
                    .into_iter()
                    .flatten()
                    .map(|n| format!("'{n}'"))
                    .collect();
                let names = match params.len() {
                    0 => String::new(),
                    1 => format!(": {}", params[0]),
                    2 => format!(": {} and {}", params[0], params[1]),
                    n => format!(": {}, and {}", params[..n - 1].join(", "), params[n - 1]),
                };
                format!(
                    "{name}() missing {}{names}",
                    plural(want - arg, "required positional argument")
                )
            }
        }
        Fault::StackOverflow => "maximum recursion depth exceeded".into(),
        Fault::NotAPin => {
            let (obj, attr) = match instr.map(|i| i.op) {
                Some(Op::PinRead) => (tos, "value"),
                Some(Op::PinWrite) => (nos, "value"),
                Some(Op::PinOn) => (tos, "on"),
                Some(Op::PinOff) => (tos, "off"),
                _ => (tos, "toggle"),
            };
            format!("'{}' object has no attribute '{attr}'", type_name(m, obj))
        }
        Fault::BadPin => "invalid pin or mode".into(),
        Fault::RangeStepZero => "range() arg 3 must not be zero".into(),
        Fault::NegativePower => {
            "negative exponent: the result would be a float, which is not supported yet".into()
        }
        Fault::BadPointer => format!("bad heap access at pc {}", m.pc()),
        Fault::OutOfMemory => "memory allocation failed, heap is full".into(),
        Fault::BadVector => format!("bad trap vector at pc {}", m.pc()),
        // Raised by the runtime library's len() and subscript: the object
        // is the first argument of the innermost frame.
        Fault::Index => "string index out of range".into(),
        Fault::NoLen => format!(
            "object of type '{}' has no len()",
            type_name(m, m.data(m.fp()))
        ),
        Fault::PowType => format!(
            "unsupported operand type(s) for ** or pow(): '{}' and '{}'",
            type_name(m, m.data(m.fp())),
            type_name(m, m.data(m.fp() + 1))
        ),
        Fault::NotSubscriptable => format!(
            "'{}' object is not subscriptable",
            type_name(m, m.data(m.fp()))
        ),
        Fault::Unhandled => match report(m) {
            Some(r) if r.message.is_empty() => return r.name,
            Some(r) => return format!("{}: {}", r.name, r.message),
            None => format!("unhandled exception of type '{}'", type_name(m, tos)),
        },
    };
    format!("{}: {}", fault.exception(), text)
}

/// The machine as it was at the instruction that trapped into the runtime
/// library, when the library gives up (`FAULT`) inside the handler: the
/// error is that instruction's, with its operands.
pub fn at_trap(m: &Machine, image: &Image) -> Option<Machine> {
    let runtime = |pc: u32| {
        image
            .debug
            .function_of(pc)
            .is_some_and(|f| f.name.starts_with('$'))
    };
    let (mut pc, mut fp) = (m.pc, m.fp);
    for i in (0..m.rsp.min(mem::RSTACK_WORDS as u32)).rev() {
        if !runtime(pc) {
            return None;
        }
        let e = m.rstack(i);
        if mem::rstack_is_handler(e) {
            continue;
        }
        if mem::rstack_is_trap(e) {
            let at = mem::rstack_caller_pc(e);
            let in_fault_handler = image
                .debug
                .function_of(pc)
                .is_some_and(|f| f.name == "$fault");
            let k = match Instr::decode(m.code(at)) {
                _ if in_fault_handler => 0,
                Ok(ins) if ins.op == Op::Call => ins.arg as u32 + 1,
                Ok(ins) if matches!(ins.op, Op::Binary | Op::Compare) => 2,
                _ => 1,
            };
            let sp = fp + k;
            return Some(Machine {
                pc: at,
                sp,
                fp: mem::rstack_caller_fp(e),
                rsp: i,
                tos: m.data(sp - 1),
                ..m.clone()
            });
        }
        pc = mem::rstack_caller_pc(e);
        fp = mem::rstack_caller_fp(e);
    }
    None
}

/// An exception that nothing caught, as the runtime library reports it
/// (`FAULT unhandled` with a tuple on top: the type's name, `str()` of the
/// exception, and the tuple of the addresses of its frames, outermost first).
pub struct Report {
    pub name: String,
    pub message: String,
    pub pcs: Vec<u32>,
    /// The exception it was raised from (1) or while handling (2).
    pub chain: Option<(u32, Box<Report>)>,
}

/// The words of a tuple object, if `w` is one.
fn tuple_items(m: &Machine, w: u32) -> Option<Vec<u32>> {
    if v::kind(w) != v::Kind::Pointer || w == v::NULL {
        return None;
    }
    let h = m.heap(w >> 2);
    if v::HeapType::from_header(h) != Some(v::HeapType::Tuple) {
        return None;
    }
    let n = (v::int_value(h) >> 8) as u32;
    Some((1..=n).map(|i| m.heap((w >> 2) + i)).collect())
}

/// The text of a str object.
pub fn str_text(m: &Machine, w: u32) -> Option<String> {
    if v::kind(w) != v::Kind::Pointer || w == v::NULL {
        return None;
    }
    let a = w >> 2;
    if v::HeapType::from_header(m.heap(a)) != Some(v::HeapType::Str) {
        return None;
    }
    let n = v::int_value(m.heap(a + 1)).max(0) as u32;
    Some(
        (0..n)
            .map(|i| char::from_u32(v::int_value(m.heap(a + 2 + i)) as u32).unwrap_or('?'))
            .collect(),
    )
}

pub fn report(m: &Machine) -> Option<Report> {
    report_at(m, m.tos(), 0)
}

fn report_at(m: &Machine, w: u32, depth: u32) -> Option<Report> {
    let items = tuple_items(m, w)?;
    let [name, message, pcs, chain] = items.as_slice() else {
        return None;
    };
    let chain = match tuple_items(m, *chain) {
        Some(c) if c.len() == 2 && depth < 20 => Some((
            v::int_value(c[0]) as u32,
            Box::new(report_at(m, c[1], depth + 1)?),
        )),
        _ => None,
    };
    Some(Report {
        name: str_text(m, *name)?,
        message: str_text(m, *message)?,
        pcs: tuple_items(m, *pcs)?
            .iter()
            .map(|w| v::int_value(*w) as u32)
            .collect(),
        chain,
    })
}

/// A CPython-style traceback for a fault, frames outermost first.
pub fn traceback(m: &Machine, fault: Fault, image: &Image, source: Option<&str>) -> String {
    let lines: Vec<&str> = source.map(|s| s.lines().collect()).unwrap_or_default();
    if fault == Fault::Unhandled {
        if let Some(r) = report(m) {
            return chained(&r, image, &lines);
        }
    }
    let trapped = at_trap(m, image);
    let m = trapped.as_ref().unwrap_or(m);
    let mut pcs: Vec<u32> = (0..m.rsp().min(mem::RSTACK_WORDS as u32))
        .map(|i| m.rstack(i))
        .filter(|e| !mem::rstack_is_handler(*e))
        .map(mem::rstack_caller_pc)
        .collect();
    pcs.push(m.pc());
    let mut out = frames(&pcs, image, &lines, false);
    out.push_str(&exception_message(m, fault, image));
    out.push('\n');
    out
}

/// An uncaught exception's report, after the ones it was chained to.
fn chained(r: &Report, image: &Image, lines: &[&str]) -> String {
    let mut out = String::new();
    if let Some((kind, inner)) = &r.chain {
        out.push_str(&chained(inner, image, lines));
        out.push_str(if *kind == 1 {
            "\nThe above exception was the direct cause of the following exception:\n\n"
        } else {
            "\nDuring handling of the above exception, another exception occurred:\n\n"
        });
    }
    out.push_str(&frames(&r.pcs, image, lines, r.name == "AttributeError"));
    out.push_str(&r.name);
    if !r.message.is_empty() {
        out.push_str(": ");
        out.push_str(&r.message);
    }
    out.push('\n');
    out
}

/// The `Traceback` header and one entry per frame of the program.
/// `attr_error`: the exception is an AttributeError; raised by the runtime
/// library called from a method call, it comes from looking the method up.
fn frames(pcs: &[u32], image: &Image, lines: &[&str], attr_error: bool) -> String {
    let mut pcs = pcs.to_vec();
    // Frames of the runtime library (names starting with '$') are not the
    // user's code: CPython shows the line that called the builtin.
    let runtime = |pc: &u32| {
        image
            .debug
            .function_of(*pc)
            .is_some_and(|f| f.name.starts_with('$'))
    };
    let mut in_runtime = false;
    while pcs.len() > 1 && runtime(pcs.last().unwrap()) {
        pcs.pop();
        in_runtime = true;
    }
    pcs.retain(|pc| !runtime(pc));
    // The frames as CPython has them: an inline comprehension is a
    // function of its own there, called at the comprehension's span.
    let innermost = pcs.len().wrapping_sub(1);
    let mut shown: Vec<(&str, Option<LineEntry>)> = Vec::new();
    for (k, pc) in pcs.iter().enumerate() {
        let mut func = image
            .debug
            .function_of(*pc)
            .map_or("<module>", |f| f.name.as_str());
        let mut comps: Vec<&CompInfo> = image.debug.comps_at(*pc).collect();
        comps.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end)));
        for c in comps {
            shown.push((func, Some(c.span)));
            func = &c.name;
        }
        let mut entry = image.debug.line_of(*pc);
        if let Some(e) = entry
            .as_mut()
            .filter(|e| k == innermost && attr_error && in_runtime && e.method_end != (0, 0))
        {
            (e.end_line, e.end_col) = e.method_end;
            e.anchors = (0, 0);
        }
        shown.push((func, entry));
    }
    let mut out = String::from("Traceback (most recent call last):\n");
    // Recursion: CPython shows a frame repeated at the same line three
    // times, then counts the rest.
    let mut last: Option<(u32, &str)> = None;
    let mut count = 0;
    for (func, entry) in shown {
        let key = (entry.map_or(0, |e| e.line), func);
        if last != Some(key) {
            out.push_str(&repeated(count));
            last = Some(key);
            count = 0;
        }
        count += 1;
        if count > REPEAT_CUTOFF {
            continue;
        }
        match entry {
            Some(e) => {
                out.push_str(&format!(
                    "  File \"{}\", line {}, in {}\n",
                    image.debug.file, e.line, func
                ));
                if let Some(l) = lines.get(e.line as usize - 1) {
                    out.push_str(&source_line(l, &e));
                }
            }
            None => out.push_str(&format!("  File \"{}\", in {}\n", image.debug.file, func)),
        }
    }
    out.push_str(&repeated(count));
    out
}

/// Frames at the same line shown before the rest are counted.
const REPEAT_CUTOFF: u32 = 3;

fn repeated(count: u32) -> String {
    match count.saturating_sub(REPEAT_CUTOFF) {
        0 => String::new(),
        1 => "  [Previous line repeated 1 more time]\n".into(),
        n => format!("  [Previous line repeated {n} more times]\n"),
    }
}

/// A frame's source line without its indentation and, as CPython 3.11
/// prints it, a line of carets under the span of the instruction when the
/// span is not the whole line: `~` for the operands of a binary operation
/// or a subscript's value, `^` for its operator or brackets.
fn source_line(line: &str, e: &LineEntry) -> String {
    let chars: Vec<char> = line.chars().collect();
    let indent = chars
        .iter()
        .take_while(|c| matches!(c, ' ' | '\t' | '\x0c'))
        .count();
    let mut out = format!("    {}\n", chars[indent..].iter().collect::<String>());
    if e.end_line < e.line || e.col == 0 {
        return out;
    }
    let start = e.col as usize - 1;
    let (end, anchors) = if e.end_line == e.line {
        (e.end_col.max(1) as usize - 1, e.anchors != (0, 0))
    } else {
        // A span over several lines: up to the last character of the first.
        let last = chars.iter().rposition(|c| !c.is_whitespace());
        (last.map_or(0, |i| i + 1), false)
    };
    // A source file changed since the compilation: no carets.
    if start < indent || end <= start || end > chars.len() {
        return out;
    }
    if end - start == chars.len() - indent && !anchors {
        return out;
    }
    let (left, right) = (start + e.anchors.0 as usize, start + e.anchors.1 as usize);
    out.push_str("    ");
    out.extend(std::iter::repeat_n(' ', start - indent));
    out.extend((start..end).map(|k| match anchors {
        true if (left..right).contains(&k) => '^',
        true => '~',
        false => '^',
    }));
    out.push('\n');
    out
}
