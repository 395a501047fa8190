//! The linker: lays out the module, the user's functions and the reachable
//! runtime functions in code memory, the globals, hidden words and
//! constants in data memory; resolves every symbolic operand; builds the
//! debug info (functions, globals, line table).

use crate::ast::Pos;
use crate::codegen::{Arg, FuncRef, LinkConst, Program, Unit};
use crate::CompileError;
use pysm_isa::image::{CompInfo, DebugInfo, FuncInfo, LineEntry};
use pysm_isa::mem::{Vector, VECTOR_WORDS};
use pysm_isa::{mem, value, BinOp, CmpOp, Image, Instr, Op, UnOp};
use std::collections::{HashMap, HashSet};

/// Data words the program may use: the rest is kept for the stack.
pub const MAX_DATA_WORDS: usize = 960;

pub fn link(program: Program, runtime: Vec<Unit>, file: &str) -> Result<Image, CompileError> {
    let top = Pos::at(1, 1);
    let internal = |m: String| CompileError::at(file, top, format!("internal error: {m}"));
    // Runtime functions reachable from the program.
    let by_name: HashMap<&str, usize> = runtime
        .iter()
        .enumerate()
        .map(|(i, u)| (u.name.trim_start_matches('$'), i))
        .collect();
    // A program without objects prints with the small printer and gets
    // only the int trap handlers (below).
    let int_only = |name: &str| matches!(name, "print" | "pow_lit" | "ticks_diff");
    let uses_heap = program.units.iter().flat_map(|u| &u.code).any(|i| {
        matches!(i.op, Op::Alloc | Op::SetupTry)
            || matches!(
                &i.arg,
                Arg::Str(_) | Arg::Big(_) | Arg::Class(_) | Arg::State | Arg::DebugNames
            )
            || matches!(&i.arg, Arg::Func(FuncRef::Runtime(n)) if !int_only(n))
    });
    let mut program = program;
    let pow_lit = if uses_heap { "pow" } else { "pow_int" };
    for ins in program.units.iter_mut().flat_map(|u| u.code.iter_mut()) {
        if ins.arg == Arg::Func(FuncRef::Runtime("pow_lit".into())) {
            ins.arg = Arg::Func(FuncRef::Runtime(pow_lit.into()));
        }
    }
    if !uses_heap {
        for ins in program.units.iter_mut().flat_map(|u| u.code.iter_mut()) {
            if ins.arg == Arg::Func(FuncRef::Runtime("print".into())) {
                ins.arg = Arg::Func(FuncRef::Runtime("print_int".into()));
            }
            // Without objects `+=` is `+`.
            if ins.op == Op::Binary && ins.arg == Arg::Int(BinOp::IAdd as i32) {
                ins.arg = Arg::Int(BinOp::Add as i32);
            }
        }
    }
    // Runtime functions reachable from the program. A runtime branch that
    // tests a value for identity with a str or class constant that no
    // linked code uses can never be taken (such values are made only from
    // those constants): it is left out, with what only it reaches, until
    // the set of used constants stops growing. So is a branch under a
    // feature (`FEATURES`) none of whose creators is linked.
    for (feature, creators) in FEATURES {
        for c in *creators {
            if !c.starts_with('%') && !by_name.contains_key(c) {
                return Err(internal(format!(
                    "feature '{feature}': no runtime function '{c}'"
                )));
            }
        }
    }
    if !by_name.contains_key("type_value") {
        return Err(internal("no runtime function 'type_value'".into()));
    }
    for ins in runtime.iter().flat_map(|u| &u.code) {
        if let Arg::Feature(name) = &ins.arg {
            if !FEATURES.iter().any(|(f, _)| f == name) {
                return Err(internal(format!("no feature '{name}'")));
            }
        }
    }
    let mut used: HashSet<String> = program
        .units
        .iter()
        .flat_map(|u| &u.code)
        .filter_map(|i| const_key(&i.arg))
        .collect();
    if program
        .units
        .iter()
        .flat_map(|u| &u.code)
        .any(|i| i.op == Op::Binary && i.arg == Arg::Int(BinOp::Mod as i32))
    {
        used.insert(func_key("%"));
    }
    // A big int literal is a static object: big ints exist without big_new.
    if program
        .units
        .iter()
        .flat_map(|u| &u.code)
        .any(|i| matches!(i.arg, Arg::Big(_)))
    {
        used.insert(func_key("%big"));
    }
    // The trap handlers. A program without objects gets the int handlers
    // (`runtime/int.py`: overflow makes big ints) when its own code can
    // overflow, and none otherwise: the processor reports its errors.
    let overflows = program.units.iter().flat_map(|u| &u.code).any(|i| {
        let binary = |ops: &[BinOp]| ops.iter().any(|o| i.arg == Arg::Int(*o as i32));
        match i.op {
            Op::Binary => binary(&[
                BinOp::Add,
                BinOp::Sub,
                BinOp::Mul,
                BinOp::FloorDiv,
                BinOp::LShift,
                BinOp::IAdd,
            ]),
            Op::Unary => i.arg == Arg::Int(UnOp::Neg as i32),
            _ => i.arg == Arg::Func(FuncRef::Runtime("pow_int".into())),
        }
    });
    // Of those, `& | ^` trap only on a big operand of the program's own
    // operator (the runtime library's int code applies them to digits),
    // or, for `&`, on the exponent of `**`.
    let program_ops: HashSet<i32> = program
        .units
        .iter()
        .flat_map(|u| &u.code)
        .filter_map(|i| match (i.op, &i.arg) {
            (Op::Binary, Arg::Int(o)) => Some(*o),
            (_, Arg::Func(FuncRef::Runtime(n))) if n == "pow_int" || n == "pow" => {
                Some(BinOp::And as i32)
            }
            _ => None,
        })
        .collect();
    let handlers: Vec<(Vector, String)> = if uses_heap {
        vectors()
    } else if overflows {
        vectors()
            .into_iter()
            .filter(|(v, _)| match v {
                Vector::Binary(o)
                    if [BinOp::And, BinOp::Or, BinOp::Xor]
                        .iter()
                        .any(|b| *b as u32 == *o) =>
                {
                    program_ops.contains(&(*o as i32))
                }
                _ => true,
            })
            .map(|(v, n)| (v, format!("int_{n}")))
            .filter(|(_, n)| by_name.contains_key(n.as_str()))
            .collect()
    } else {
        Vec::new()
    };
    let roots: Vec<usize> = handlers
        .iter()
        .filter_map(|(_, n)| by_name.get(n.as_str()).copied())
        .collect();
    let mut keep;
    loop {
        keep = vec![false; runtime.len()];
        let mut work: Vec<usize> = Vec::new();
        let refs = |code: &[crate::codegen::Ins],
                    live: &[bool],
                    work: &mut Vec<usize>,
                    keep: &mut Vec<bool>|
         -> Result<HashSet<String>, CompileError> {
            let mut consts = HashSet::new();
            for (ins, _) in code.iter().zip(live).filter(|(_, l)| **l) {
                if let Arg::Func(FuncRef::Runtime(name)) = &ins.arg {
                    let i = *by_name
                        .get(name.as_str())
                        .ok_or_else(|| internal(format!("no runtime function '{name}'")))?;
                    if !keep[i] {
                        keep[i] = true;
                        work.push(i);
                    }
                }
                if let Some(k) = const_key(&ins.arg) {
                    consts.insert(k);
                }
            }
            Ok(consts)
        };
        let mut found = HashSet::new();
        for u in &program.units {
            found.extend(refs(
                &u.code,
                &vec![true; u.code.len()],
                &mut work,
                &mut keep,
            )?);
        }
        for &r in &roots {
            if !keep[r] {
                keep[r] = true;
                work.push(r);
            }
        }
        while let Some(i) = work.pop() {
            let live = live_code(&runtime[i], &used);
            let consts = refs(&runtime[i].code, &live, &mut work, &mut keep)?;
            // The classes that `type_of` returns stay inside the runtime
            // library (isinstance, type names) unless `type_value` hands
            // them to the program (`type(x)`, `x.__class__`).
            if runtime[i].name == "$type_of" && !used.contains(&func_key("type_value")) {
                found.extend(consts.into_iter().filter(|k| !k.starts_with('c')));
            } else {
                found.extend(consts);
            }
        }
        for (u, _) in runtime.iter().zip(&keep).filter(|(_, k)| **k) {
            found.insert(func_key(u.name.trim_start_matches('$')));
        }
        found.extend(used.iter().filter(|k| k.starts_with("f%")).cloned());
        for (feature, creators) in FEATURES {
            if creators.iter().any(|c| found.contains(&func_key(c))) {
                found.insert(feature_key(feature));
            }
        }
        if found.is_subset(&used) {
            break;
        }
        used.extend(found);
    }
    let runtime: Vec<Unit> = runtime
        .iter()
        .zip(&keep)
        .map(|(u, k)| if *k { prune(u, &used) } else { Unit::default() })
        .collect();
    let kept: Vec<(usize, &Unit)> = runtime
        .iter()
        .enumerate()
        .filter(|(i, _)| keep[*i])
        .collect();
    // Code layout: the module first (the entry), then functions.
    let mut units: Vec<&Unit> = program.units.iter().collect();
    units.extend(kept.iter().map(|(_, u)| *u));
    let mut starts = Vec::with_capacity(units.len());
    let mut pc = 0usize;
    for u in &units {
        starts.push(pc);
        pc += u.code.len();
    }
    if pc > mem::CODE_WORDS {
        return Err(CompileError::at(
            file,
            top,
            format!(
                "program too big: {pc} instructions, code memory holds {}",
                mem::CODE_WORDS
            ),
        ));
    }
    let user_count = program.units.len();
    let runtime_addr: HashMap<&str, (u32, u32)> = kept
        .iter()
        .enumerate()
        .map(|(k, (_, u))| {
            (
                u.name.trim_start_matches('$'),
                (starts[user_count + k] as u32, u.params),
            )
        })
        .collect();
    // Data layout: trap vectors, named globals, hidden words, constants.
    let nglobals = program.globals.len() as u32;
    let gbase = VECTOR_WORDS;
    let mut data = vec![value::NULL; (gbase + nglobals + program.hidden) as usize];
    for (v, name) in &handlers {
        if let Some(&(addr, arity)) = runtime_addr.get(name.as_str()) {
            if arity != v.arity() {
                return Err(internal(format!(
                    "trap handler '{name}' has the wrong arity"
                )));
            }
            data[v.addr() as usize] = value::function(addr, arity);
        }
    }
    let mut consts: HashMap<i64, u32> = HashMap::new();
    // Static heap objects (word 0 is never an object: its pointer is NULL),
    // each string once, with a constant data word holding its pointer. They
    // are laid out first so that the code can use the heap's layout.
    let mut heap: Vec<u32> = vec![0];
    let mut strs: HashMap<&str, u32> = HashMap::new();
    let mut bigs: HashMap<&str, u32> = HashMap::new();
    for ins in units.iter().flat_map(|u| &u.code) {
        match &ins.arg {
            Arg::Str(text) => {
                strs.entry(text).or_insert_with(|| {
                    data.push(static_str(&mut heap, text));
                    data.len() as u32 - 1
                });
            }
            Arg::Big(text) => {
                bigs.entry(text).or_insert_with(|| {
                    data.push(static_big(&mut heap, text));
                    data.len() as u32 - 1
                });
            }
            _ => {}
        }
    }
    // Builtin classes (with their bases) and the runtime library's state.
    let mut classes: HashMap<u32, u32> = HashMap::new();
    // The names of builtin classes that no str constant has.
    let mut class_names: HashMap<String, u32> = HashMap::new();
    let mut state = None;
    for ins in units.iter().flat_map(|u| &u.code) {
        match &ins.arg {
            Arg::Class(i) => {
                static_class(
                    *i,
                    &mut heap,
                    &mut data,
                    &mut classes,
                    &strs,
                    &mut class_names,
                );
            }
            Arg::State if state.is_none() => {
                let at = heap.len() as u32;
                heap.push(value::HeapType::Array.header(STATE_WORDS));
                heap.extend((0..STATE_WORDS).map(|_| value::int(0)));
                data.push(at << 2);
                state = Some(data.len() as u32 - 1);
            }
            _ => {}
        }
    }
    // The program's names, for the messages of exceptions raised by faults:
    // (global names, ((start, end, local names[, the function, its
    // qualified name, its number of parameters[, its docstring]]), ...)).
    let mut names_word = None;
    if units
        .iter()
        .flat_map(|u| &u.code)
        .any(|i| i.arg == Arg::DebugNames)
    {
        // Each name once, shared with the program's str constants and the
        // classes' names: no two static strs have the same text
        // (`table_find` relies on it).
        let mut names: HashMap<String, u32> = strs
            .iter()
            .map(|(t, &d)| (t.to_string(), data[d as usize]))
            .chain(class_names.iter().map(|(t, &p)| (t.clone(), p)))
            .collect();
        let globals: Vec<u32> = program
            .globals
            .iter()
            .map(|g| {
                *names
                    .entry(g.clone())
                    .or_insert_with(|| static_str(&mut heap, g))
            })
            .collect();
        let g = static_tuple(&mut heap, &globals);
        let mut funcs = Vec::new();
        // The functions, their qualified names and numbers of parameters
        // only for `func_info` (the messages of `arity_error`, `__name__`),
        // their docstrings only for `func_doc` (`__doc__`).
        let kept_unit = |n: &str| kept.iter().any(|(_, u)| u.name == n);
        let docs = kept_unit("$func_doc");
        let arity_names = docs || kept_unit("$func_info");
        for (u, &s) in units.iter().zip(&starts) {
            // The user's functions: the runtime library's are never named.
            if u.is_module || u.name.starts_with('$') {
                continue;
            }
            // The compiler's temporaries ($t3) are never named in a
            // message: they share one placeholder.
            let locals: Vec<u32> = u
                .locals
                .iter()
                .map(|l| if l.starts_with('$') { "?" } else { l.as_str() })
                .map(|l| {
                    *names
                        .entry(l.to_string())
                        .or_insert_with(|| static_str(&mut heap, l))
                })
                .collect();
            let l = static_tuple(&mut heap, &locals);
            let mut f = vec![
                value::int(s as i64),
                value::int((s + u.code.len()) as i64),
                l,
            ];
            if arity_names {
                let q = *names
                    .entry(u.qualname.clone())
                    .or_insert_with(|| static_str(&mut heap, &u.qualname));
                f.extend([
                    value::function(s as u32, u.params),
                    q,
                    value::int(u.params as i64),
                ]);
            }
            if docs {
                f.push(match &u.doc {
                    Some(d) => *names
                        .entry(d.clone())
                        .or_insert_with(|| static_str(&mut heap, d)),
                    None => value::NONE,
                });
            }
            funcs.push(static_tuple(&mut heap, &f));
        }
        let fs = static_tuple(&mut heap, &funcs);
        let t = static_tuple(&mut heap, &[g, fs]);
        data.push(t);
        names_word = Some(data.len() as u32 - 1);
    }
    let heap_base = heap.len() as u32;
    let heap_half = (mem::HEAP_WORDS as u32 - heap_base) / 2;
    let mut code = Vec::with_capacity(pc);
    let mut lines: Vec<LineEntry> = Vec::new();
    let mut comps: Vec<CompInfo> = Vec::new();
    for (u, &start) in units.iter().zip(&starts) {
        for &(a, b, name, p) in &u.comps {
            let at = |l: u32| {
                u.labels
                    .get(l as usize)
                    .filter(|&&x| x != usize::MAX)
                    .map(|&x| (start + x) as u32)
                    .ok_or_else(|| internal(format!("unplaced label in {}", u.name)))
            };
            let pc = at(a)?;
            comps.push(CompInfo {
                start: pc,
                end: at(b)?,
                name: name.to_string(),
                span: LineEntry {
                    end_line: p.end_line,
                    end_col: p.end_col,
                    ..LineEntry::at(pc, p.line, p.col)
                },
            });
        }
        for ins in &u.code {
            let arg: i64 = match &ins.arg {
                Arg::None => 0,
                Arg::Int(n) => *n as i64,
                Arg::Label(l) => {
                    let at = *u
                        .labels
                        .get(*l as usize)
                        .filter(|&&a| a != usize::MAX)
                        .ok_or_else(|| internal(format!("unplaced label in {}", u.name)))?;
                    (start + at) as i64
                }
                Arg::PinLabel { pin, level, label } => {
                    let at = *u
                        .labels
                        .get(*label as usize)
                        .filter(|&&a| a != usize::MAX)
                        .ok_or_else(|| internal(format!("unplaced label in {}", u.name)))?;
                    (start + at) as i64 | (*pin as i64) << 15 | (*level as i64) << 20
                }
                Arg::Global(a) | Arg::ConstGlobal(a) => (gbase + *a) as i64,
                Arg::Hidden(h) => (gbase + nglobals + h) as i64,
                Arg::Str(text) => strs[text.as_str()] as i64,
                Arg::Big(text) => bigs[text.as_str()] as i64,
                Arg::Class(i) => classes[i] as i64,
                Arg::State => state.unwrap_or(0) as i64,
                Arg::DebugNames => names_word.unwrap_or(0) as i64,
                Arg::Feature(n) => return Err(internal(format!("feature test '{n}' left"))),
                Arg::Link(LinkConst::HeapBase) => heap_base as i64,
                Arg::Link(LinkConst::HeapHalf) => heap_half as i64,
                Arg::Const(v) => {
                    let next = data.len() as u32;
                    let a = *consts.entry(*v).or_insert(next);
                    if a == next {
                        data.push(value::int(*v));
                    }
                    a as i64
                }
                Arg::Imm(w) => (*w >> 2) as i64,
                Arg::Func(r) => {
                    let (addr, arity) = match r {
                        FuncRef::User(i) => (
                            *starts
                                .get(*i)
                                .ok_or_else(|| internal("bad function".into()))?
                                as u32,
                            program.units[*i].params,
                        ),
                        FuncRef::Runtime(n) => *runtime_addr
                            .get(n.as_str())
                            .ok_or_else(|| internal(format!("no runtime function '{n}'")))?,
                    };
                    (value::function(addr, arity) >> 2) as i64
                }
            };
            let arg = i32::try_from(arg).map_err(|_| internal("operand overflow".into()))?;
            let word = Instr::new(ins.op, arg).encode().map_err(|e| {
                CompileError::at(file, ins.pos, format!("cannot encode instruction: {e}"))
            })?;
            let pc = code.len() as u32;
            let p = ins.pos;
            let row = LineEntry {
                pc,
                line: p.line,
                col: p.col,
                end_line: p.end_line,
                end_col: p.end_col,
                anchors: p.anchors,
                method_end: p.method_end,
            };
            if lines.last().map(|l| LineEntry { pc, ..*l }) != Some(row) {
                lines.push(row);
            }
            code.push(word);
        }
    }
    if data.len() > MAX_DATA_WORDS {
        return Err(CompileError::at(
            file,
            top,
            format!(
                "program data too big: {} words of globals and constants, at most {MAX_DATA_WORDS}",
                data.len()
            ),
        ));
    }
    let functions = units
        .iter()
        .zip(&starts)
        .filter(|(u, _)| !u.is_module)
        .map(|(u, &s)| FuncInfo {
            name: u.name.clone(),
            qualname: u.qualname.clone(),
            start: s as u32,
            end: (s + u.code.len()) as u32,
            params: u.params,
            locals: u.locals.clone(),
        })
        .collect();
    let globals = program
        .globals
        .iter()
        .enumerate()
        .map(|(i, n)| (gbase + i as u32, n.clone()))
        .collect();
    let image = Image {
        entry: 0,
        code,
        data,
        heap,
        debug: DebugInfo {
            file: file.to_string(),
            functions,
            globals,
            lines,
            comps,
        },
    };
    image
        .check_fits()
        .map_err(|e| CompileError::at(file, top, e.to_string()))?;
    Ok(image)
}

/// The runtime-library handler of every trap vector, by name.
fn vectors() -> Vec<(Vector, String)> {
    let mut v = Vec::new();
    for op in BinOp::ALL {
        v.push((Vector::Binary(*op as u32), format!("binary_{}", op.name())));
    }
    for op in &CmpOp::ALL[..6] {
        v.push((
            Vector::Compare(*op as u32),
            format!("compare_{}", op.name()),
        ));
    }
    for op in &UnOp::ALL[..4] {
        v.push((Vector::Unary(*op as u32), format!("unary_{}", op.name())));
    }
    v.push((Vector::Truth, "truth".into()));
    v.push((Vector::Alloc, "alloc".into()));
    for n in 0..=Vector::CALL_MAX_ARGS {
        v.push((Vector::Call(n), format!("call{n}")));
    }
    v.push((Vector::Fault, "fault".into()));
    v
}

/// Words of the runtime library's state object: 1 the last object id, 2
/// the exceptions being handled, 3 a table holds a name made at run time,
/// 4 and 5 the UART's state, 6 and 7 `hash`'s memo, 8 the classes' epoch
/// (`classes_changed`).
const STATE_WORDS: u32 = 8;

/// A builtin class as a static object: name, base (or None), an empty
/// attribute table (None) and its count. Returns the data word that holds
/// its pointer; `classes` maps class numbers to those words.
fn static_class(
    i: u32,
    heap: &mut Vec<u32>,
    data: &mut Vec<u32>,
    classes: &mut HashMap<u32, u32>,
    strs: &HashMap<&str, u32>,
    names: &mut HashMap<String, u32>,
) -> u32 {
    if let Some(&w) = classes.get(&i) {
        return w;
    }
    let (name, base) = crate::symtab::BUILTIN_CLASSES[i as usize];
    let base = crate::symtab::builtin_class(base)
        .map(|b| static_class(b, heap, data, classes, strs, names))
        .map_or(value::NONE, |w| data[w as usize]);
    let name = match strs.get(name) {
        Some(&d) => data[d as usize],
        None => *names
            .entry(name.to_string())
            .or_insert_with(|| static_str(heap, name)),
    };
    let at = heap.len() as u32;
    heap.push(value::HeapType::Class.header(4));
    heap.extend([name, base, value::NONE, value::int(0)]);
    data.push(at << 2);
    let w = data.len() as u32 - 1;
    classes.insert(i, w);
    w
}

/// A str object: header, length, one character (a small int) per word.
fn static_str(heap: &mut Vec<u32>, text: &str) -> u32 {
    let at = heap.len() as u32;
    let chars: Vec<u32> = text.chars().map(|c| c as u32).collect();
    heap.push(value::HeapType::Str.header(chars.len() as u32 + 1));
    heap.push(value::int(chars.len() as i64));
    heap.extend(chars.iter().map(|&c| value::int(c as i64)));
    at << 2
}

/// The header type of a big int (`runtime/bigint.py`).
const BIG_INT_TYPE: u32 = 18;

/// A static big int of the decimal `text` (an optional `-`, digits): the
/// sign, then base 2**15 digits, least significant first, the top one
/// nonzero (`runtime/bigint.py`). Big ints are never changed in place.
fn static_big(heap: &mut Vec<u32>, text: &str) -> u32 {
    let (neg, digits) = match text.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, text),
    };
    let mut mag: Vec<u32> = Vec::new();
    for c in digits.bytes() {
        let mut carry = u32::from(c.wrapping_sub(b'0'));
        for d in mag.iter_mut() {
            let t = *d * 10 + carry;
            *d = t & 0x7FFF;
            carry = t >> 15;
        }
        while carry != 0 {
            mag.push(carry & 0x7FFF);
            carry >>= 15;
        }
    }
    let at = heap.len() as u32;
    heap.push(value::int(
        (BIG_INT_TYPE | (mag.len() as u32 + 1) << 8) as i64,
    ));
    heap.push(value::int(if neg { -1 } else { 1 }));
    heap.extend(mag.iter().map(|&d| value::int(d as i64)));
    at << 2
}

/// The key of a str or class constant operand.
fn const_key(a: &Arg) -> Option<String> {
    match a {
        Arg::Str(s) => Some(format!("s{s}")),
        Arg::Class(c) => Some(format!("c{c}")),
        _ => None,
    }
}

/// Link-time features of the runtime library. `if __feature("name"):` (or
/// `if __feature("name") and ...:`) is taken only when one of the feature's
/// creators is linked: a runtime function that makes its objects, `%`:
/// a `%` in the program's own code (the runtime library uses `%` on ints
/// only), or `%big`: a big int literal in the program's code. Without a creator no such object can exist, so the branch is
/// left out, with what only it reaches. `handling`: the record of the
/// exceptions that the program's own except clauses are handling (the
/// context of new ones), made by `exc_handled`; `class_attr`: a builtin
/// class with methods that the program has as a value (`class_value`, or
/// `type_value` for `type(x)`), whose attributes are its methods; `hash`:
/// `hash`'s memo in the runtime's state object, which the collector clears.
pub const FEATURES: &[(&str, &[&str])] = &[
    ("float", &["float_make"]),
    ("bytes", &["bytes_new", "bytes_of_str", "bytes_pack"]),
    ("str_mod", &["%", "divmod"]),
    ("set", &["set_new"]),
    ("generator", &["gen_new"]),
    ("function", &["func_new"]),
    ("view", &["view_new"]),
    ("handling", &["exc_handled"]),
    ("class_attr", &["class_value", "type_value"]),
    ("descriptor", &["descr_new"]),
    ("big", &["big_new", "%big"]),
    ("uart", &["uart_new"]),
    ("hash", &["hash"]),
];

fn func_key(name: &str) -> String {
    format!("f{name}")
}

fn feature_key(name: &str) -> String {
    format!("F{name}")
}

/// What the linker makes of the instructions at some index instead of
/// running them.
enum Shortcut {
    /// A test that always fails: a jump to the label.
    Jump(u32),
    /// A test that always passes, or a term of an `or` that is always
    /// false: the next `n` instructions are left out.
    Skip(usize),
}

/// At `i`: `PUSH_IMM feature; POP_JUMP_IF_FALSE L`, or
/// `LOAD_FAST x; LOAD_GLOBAL k; COMPARE is` with a constant k that is not
/// used, followed by `POP_JUMP_IF_FALSE L` or (a term of an `or`)
/// `POP_JUMP_IF_TRUE _` or `COPY 1; POP_JUMP_IF_TRUE _; POP`.
fn shortcut(u: &Unit, i: usize, used: &HashSet<String>) -> Option<Shortcut> {
    let c = &u.code[i..];
    let label = |a: &Arg| match a {
        Arg::Label(l) => Some(*l),
        _ => None,
    };
    if let (Some(a), Some(b)) = (c.first(), c.get(1)) {
        if let (Arg::Feature(name), Op::PopJumpIfFalse) = (&a.arg, b.op) {
            if used.contains(&feature_key(name)) {
                return Some(Shortcut::Skip(2));
            }
            return label(&b.arg).map(Shortcut::Jump);
        }
    }
    let c = c.get(..4)?;
    let unused = const_key(&c[1].arg).is_some_and(|k| !used.contains(&k));
    if !(unused
        && c[0].op == Op::LoadFast
        && c[1].op == Op::LoadGlobal
        && c[2].op == Op::Compare
        && c[2].arg == Arg::Int(CmpOp::Is as i32))
    {
        return None;
    }
    if c[3].op == Op::PopJumpIfFalse {
        return label(&c[3].arg).map(Shortcut::Jump);
    }
    if c[3].op == Op::PopJumpIfTrue {
        // A term of an `or` in a test, which branches on each term.
        return Some(Shortcut::Skip(4));
    }
    match u.code.get(i + 3..i + 6)? {
        [a, b, p]
            if a.op == Op::Copy
                && a.arg == Arg::Int(1)
                && b.op == Op::PopJumpIfTrue
                && p.op == Op::Pop =>
        {
            Some(Shortcut::Skip(6))
        }
        _ => None,
    }
}

/// The instructions of a unit that can run.
fn live_code(u: &Unit, used: &HashSet<String>) -> Vec<bool> {
    let n = u.code.len();
    let mut seen = vec![false; n];
    let mut live = vec![false; n];
    let target = |a: &Arg| match a {
        Arg::Label(l) | Arg::PinLabel { label: l, .. } => u.labels.get(*l as usize).copied(),
        _ => None,
    };
    let mut work = vec![0usize];
    while let Some(i) = work.pop() {
        if i >= n || seen[i] {
            continue;
        }
        seen[i] = true;
        match shortcut(u, i, used) {
            Some(Shortcut::Skip(k)) => {
                work.push(i + k);
                continue;
            }
            Some(Shortcut::Jump(l)) => {
                live[i] = true;
                work.extend(u.labels.get(l as usize).copied());
                continue;
            }
            None => {}
        }
        live[i] = true;
        let ins = &u.code[i];
        match ins.op {
            Op::Jump => work.extend(target(&ins.arg)),
            Op::Return | Op::Halt | Op::Raise | Op::Fault => {}
            Op::PopJumpIfFalse
            | Op::PopJumpIfTrue
            | Op::JumpIfFalseOrPop
            | Op::JumpIfTrueOrPop
            | Op::JumpIfPin
            | Op::SetupTry => {
                work.extend(target(&ins.arg));
                work.push(i + 1);
            }
            _ => work.push(i + 1),
        }
    }
    live
}

/// A runtime unit without its dead branches, its decided tests and the
/// jumps that they leave to the next instruction.
fn prune(u: &Unit, used: &HashSet<String>) -> Unit {
    let live = live_code(u, used);
    let n = u.code.len();
    let mut out: Vec<Option<crate::codegen::Ins>> = (0..n)
        .map(|i| match (live[i], shortcut(u, i, used)) {
            (false, _) => None,
            (true, Some(Shortcut::Jump(l))) => Some(crate::codegen::Ins {
                op: Op::Jump,
                arg: Arg::Label(l),
                pos: u.code[i].pos,
            }),
            (true, _) => Some(u.code[i].clone()),
        })
        .collect();
    for i in (0..n).rev() {
        let t = match &out[i] {
            Some(ins) if ins.op == Op::Jump => match ins.arg {
                Arg::Label(l) => u.labels.get(l as usize).copied().unwrap_or(usize::MAX),
                _ => usize::MAX,
            },
            _ => continue,
        };
        if t > i && t <= n && out[i + 1..t].iter().all(|x| x.is_none()) {
            out[i] = None;
        }
    }
    let mut code = Vec::new();
    let mut map = Vec::with_capacity(n + 1);
    for ins in out {
        map.push(code.len());
        code.extend(ins);
    }
    map.push(code.len());
    let labels = u
        .labels
        .iter()
        .map(|&l| if l == usize::MAX { l } else { map[l] })
        .collect();
    Unit {
        code,
        labels,
        ..u.clone()
    }
}

/// A tuple object of the given words; returns its pointer.
fn static_tuple(heap: &mut Vec<u32>, items: &[u32]) -> u32 {
    let at = heap.len() as u32;
    heap.push(value::HeapType::Tuple.header(items.len() as u32));
    heap.extend_from_slice(items);
    at << 2
}
