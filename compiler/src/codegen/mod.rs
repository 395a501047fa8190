//! Code generation: one [`Unit`] of instructions per function (and one for
//! the module), with symbolic operands that the linker resolves: labels,
//! constants, hidden data words and function addresses.

mod expr;
mod facts;
mod lift;
mod stmt;

use crate::ast::{FuncDef, Pos, Stmt, StmtKind, Target};
use crate::symtab::{self, FuncScope, Static, Symtab};
use crate::CompileError;
use pysm_isa::Op;
use std::collections::{HashMap, HashSet};

/// A symbolic operand.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    None,
    /// A literal operand (int, count, operator, fault, port, local slot).
    Int(i32),
    /// A label of the same unit.
    Label(u32),
    /// `JUMP_IF_PIN`: jump to the label when the pin's level is `level`.
    PinLabel {
        pin: u32,
        level: u32,
        label: u32,
    },
    /// A named global: its index in the program's global list.
    Global(u32),
    /// A load of a global that may be a compile-time constant where it is
    /// read (see [`Gen::consts`]): replaced after code generation by the
    /// constant's instruction, or by a plain load.
    ConstGlobal(u32),
    /// A hidden module-level data word (for-loop state).
    Hidden(u32),
    /// An unnamed constant data word holding this small int.
    Const(i64),
    /// `PUSH_IMM` of a function immediate.
    Func(FuncRef),
    /// `PUSH_IMM` of a fixed immediate word (None, True, False).
    Imm(u32),
    /// A constant data word holding a pointer to a static str object.
    Str(String),
    /// A constant data word holding a pointer to a static big int object
    /// (the decimal text of an int beyond the small ints).
    Big(String),
    /// A small int that the linker knows (heap layout).
    Link(LinkConst),
    /// A constant data word holding a pointer to a builtin class (index
    /// into `symtab::BUILTIN_CLASSES`).
    Class(u32),
    /// A constant data word holding a pointer to the runtime library's
    /// state object.
    State,
    /// A constant data word holding a pointer to the program's names (see
    /// `__debug_names`).
    DebugNames,
    /// `PUSH_IMM` of a link-time feature test, always followed by
    /// `POP_JUMP_IF_FALSE`: the linker drops the pair or makes it a jump.
    Feature(String),
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum LinkConst {
    HeapBase,
    HeapHalf,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum FuncRef {
    /// A user function: the index of its unit.
    User(usize),
    /// A runtime-library function, by its name without the `$`.
    Runtime(String),
}

#[derive(Clone, Debug)]
pub struct Ins {
    pub op: Op,
    pub arg: Arg,
    pub pos: Pos,
}

/// The code of one function, or of the module.
#[derive(Clone, Debug, Default)]
pub struct Unit {
    pub name: String,
    /// The name with its classes and enclosing functions, as CPython's
    /// `__qualname__` (`C.m`, `f.<locals>.g`).
    pub qualname: String,
    /// The docstring of the function.
    pub doc: Option<String>,
    pub params: u32,
    /// Local slot names, parameters first.
    pub locals: Vec<String>,
    pub code: Vec<Ins>,
    /// Label number to instruction index.
    pub labels: Vec<usize>,
    pub is_module: bool,
    /// The enclosing functions' variables it uses (its closure).
    pub free: Vec<String>,
    /// Inline comprehensions: start and end labels, frame name, span.
    pub comps: Vec<(u32, u32, &'static str, Pos)>,
}

/// A compiled program before linking.
pub struct Program {
    /// `units[0]` is the module.
    pub units: Vec<Unit>,
    pub globals: Vec<String>,
    pub hidden: u32,
}

type R<T> = Result<T, CompileError>;

/// Compile the user's module.
pub fn compile_program(body: &[Stmt], file: &str) -> R<Program> {
    let sym = symtab::build(body, file, false)?;
    let mut g = Gen {
        file,
        sym: &sym,
        runtime: false,
        units: vec![Unit::default()],
        hidden: 0,
        runs_after: 0,
        const_at: HashMap::new(),
        consts: HashMap::new(),
        qual: String::new(),
    };
    let mut m = FnGen::new(
        Unit {
            name: "<module>".into(),
            is_module: true,
            ..Unit::default()
        },
        None,
        Pos::at(1, 1),
    );
    // A global that no function declares `global` changes only where the
    // module's own code binds it.
    m.deleted = facts::deleted(body);
    m.deleted.extend(facts::declared_global(body));
    for (i, s) in body.iter().enumerate() {
        g.runs_after = i;
        g.top_stmt(&mut m, s, i)?;
        if let StmtKind::Assign(ts, _) = &s.kind {
            for t in ts {
                if let Target::Name(n, _) = t {
                    m.bound.push(n.clone());
                }
            }
        }
    }
    let end = body.last().map_or(Pos::at(1, 1), |s| s.pos);
    m.pos = end;
    m.emit(Op::Halt, Arg::None);
    // A program that catches exceptions turns the stack guard on, so that
    // RecursionError can be caught.
    let uses_try = std::iter::once(&m.unit)
        .chain(&g.units[1..])
        .any(|u| u.code.iter().any(|i| i.op == Op::SetupTry));
    if uses_try {
        let at = Pos::at(1, 1);
        m.prepend(vec![
            Ins {
                op: Op::PushInt,
                arg: Arg::Int(1),
                pos: at,
            },
            Ins {
                op: Op::IoWrite,
                arg: Arg::Int(pysm_isa::io::PORT_STACK_GUARD as i32),
                pos: at,
            },
        ]);
    }
    g.units[0] = m.finish();
    for u in &mut g.units {
        for ins in &mut u.code {
            if let Arg::ConstGlobal(a) = ins.arg {
                (ins.op, ins.arg) = g
                    .consts
                    .get(&a)
                    .cloned()
                    .unwrap_or((Op::LoadGlobal, Arg::Global(a)));
            }
        }
    }
    Ok(Program {
        units: g.units,
        globals: sym.globals.clone(),
        hidden: g.hidden,
    })
}

/// Compile runtime-library source: top-level `def`s only; returns the units
/// named `$name`.
pub fn compile_runtime(body: &[Stmt], file: &str, library: &[String]) -> R<Vec<Unit>> {
    let sym = symtab::build_with(body, file, true, library)?;
    let mut g = Gen {
        file,
        sym: &sym,
        runtime: true,
        units: Vec::new(),
        hidden: 0,
        runs_after: 0,
        const_at: HashMap::new(),
        consts: HashMap::new(),
        qual: String::new(),
    };
    for s in body {
        match &s.kind {
            StmtKind::Def(f) => {
                g.function(f, s.pos)?;
            }
            StmtKind::Expr(e) if matches!(e.kind, crate::ast::ExprKind::Str(_)) => {}
            _ => {
                return Err(CompileError::at(
                    file,
                    s.pos,
                    "runtime library: only function definitions at top level",
                ))
            }
        }
    }
    Ok(g.units)
}

/// Program-wide state.
pub(crate) struct Gen<'a> {
    pub file: &'a str,
    pub sym: &'a Symtab,
    pub runtime: bool,
    pub units: Vec<Unit>,
    pub hidden: u32,
    /// The code being generated runs only after the first `runs_after`
    /// top-level statements have completed (module code of statement i: i;
    /// the body of the function that statement i defines: i + 1).
    pub runs_after: usize,
    /// Globals bound exactly once in the program, by top-level statement
    /// `const_at[g]`: after it, the global holds the same value for ever.
    pub const_at: HashMap<u32, usize>,
    /// Those whose value is a compile-time constant: the one instruction
    /// that pushes it (a small int, None, True, False, a function, a Pin).
    pub consts: HashMap<u32, (Op, Arg)>,
    /// The start of the qualified names of the functions defined in the
    /// code being compiled: empty at the top level, `f.<locals>.` in f.
    pub qual: String,
}

/// Where a name lives.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) enum NameRef {
    Local(u32),
    Global(u32),
    Static(Static),
    /// A compiler temporary standing for a comprehension's variable.
    Slot(Slot),
    /// A comprehension's variable that nested functions use: the
    /// temporary holds a cell.
    SlotCell(Slot),
    /// A local that nested functions use: its slot holds a cell.
    Cell(u32),
    /// Item k of the closure (a cell of an enclosing function).
    Free(u32),
}

/// A storage slot for compiler temporaries.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) enum Slot {
    Local(u32),
    Hidden(u32),
}

struct Loop {
    brk: u32,
    cont: u32,
    /// `tries.len()` when the loop began.
    tries: usize,
    /// `handling.len()` when the loop began.
    handling: usize,
}

/// An active `try` of the unit: leaving its block by `return`, `break` or
/// `continue` drops its handler entry and runs its `finally` block.
#[derive(Clone)]
pub(crate) struct TryCtx {
    pub finally: Option<Vec<Stmt>>,
    /// The handler's label (a generator sets it up again on resuming).
    pub handler: u32,
}

/// Fields of a generator object before its variables: header, resume
/// code, state (0 new, k after yield k, -1 finished, -2 running), name,
/// return value.
pub const GEN_FIELDS: u32 = 5;

/// Per-unit state.
pub(crate) struct FnGen {
    pub unit: Unit,
    pub scope: Option<FuncScope>,
    pub pos: Pos,
    loops: Vec<Loop>,
    /// Next hidden local slot (functions).
    next_hidden_local: u32,
    /// Block nesting (0: the top level of the unit).
    pub depth: u32,
    pub tries: Vec<TryCtx>,
    /// Slots of the exceptions being handled (innermost last).
    pub handling: Vec<Slot>,
    /// Comprehension variables renamed to temporaries.
    pub renames: Vec<(String, Slot)>,
    /// The renamed slots that hold cells.
    pub comp_cells: Vec<Slot>,
    /// The class whose method this is (for `super()`).
    pub class: Option<String>,
    /// A generator's resume points (labels), in order.
    pub gen: Option<Vec<u32>>,
    /// Names certainly bound at this point of a function: its parameters
    /// and the targets of the plain assignments before it in the enclosing
    /// blocks.
    pub bound: Vec<String>,
    /// Names that a `del` or an `except ... as` unbinds somewhere in the
    /// unit (in the module: also the names a function declares `global`).
    pub deleted: HashSet<String>,
    /// Variables whose list test the enclosing loops made at their entry:
    /// (a local or a global, flag).
    pub list_flags: Vec<(NameRef, Slot)>,
}

impl FnGen {
    fn new(unit: Unit, scope: Option<FuncScope>, pos: Pos) -> FnGen {
        let next_hidden_local = scope.as_ref().map_or(0, |s| s.locals.len() as u32);
        FnGen {
            unit,
            scope,
            pos,
            loops: Vec::new(),
            next_hidden_local,
            depth: 0,
            tries: Vec::new(),
            handling: Vec::new(),
            renames: Vec::new(),
            comp_cells: Vec::new(),
            class: None,
            gen: None,
            bound: Vec::new(),
            deleted: HashSet::new(),
            list_flags: Vec::new(),
        }
    }

    /// The local slot of the closure (0, or after a generator's own
    /// parameters).
    pub fn closure_slot(&self) -> i32 {
        self.scope
            .as_ref()
            .and_then(|s| s.index.get("$closure"))
            .map_or(0, |&i| i as i32)
    }

    /// Insert instructions at the start of the unit (labels follow).
    pub fn prepend(&mut self, code: Vec<Ins>) {
        let k = code.len();
        self.unit.code.splice(0..0, code);
        for l in self.unit.labels.iter_mut() {
            if *l != usize::MAX {
                *l += k;
            }
        }
    }

    pub fn emit(&mut self, op: Op, arg: Arg) {
        self.unit.code.push(Ins {
            op,
            arg,
            pos: self.pos,
        });
    }

    pub fn emit_int(&mut self, op: Op, n: i32) {
        self.emit(op, Arg::Int(n));
    }

    /// `CALL n` of a method call's runtime helper, whose line-table row
    /// keeps where `obj.method` (at `method`) ends: an AttributeError from
    /// looking the method up underlines that, not the call.
    pub fn method_call(&mut self, method: Pos, n: i32) {
        self.pos.method_end = (method.end_line, method.end_col);
        self.emit_int(Op::Call, n);
        self.pos.method_end = (0, 0);
    }

    pub fn label(&mut self) -> u32 {
        self.unit.labels.push(usize::MAX);
        (self.unit.labels.len() - 1) as u32
    }

    pub fn place(&mut self, l: u32) {
        self.unit.labels[l as usize] = self.unit.code.len();
    }

    pub fn jump(&mut self, op: Op, l: u32) {
        self.emit(op, Arg::Label(l));
    }

    fn finish(self) -> Unit {
        self.unit
    }
}

impl Gen<'_> {
    pub fn err<T>(&self, pos: Pos, message: impl Into<String>) -> R<T> {
        Err(CompileError::at(self.file, pos, message))
    }

    pub fn resolve(&self, f: &FnGen, name: &str, pos: Pos) -> R<NameRef> {
        if let Some((_, s)) = f.renames.iter().rev().find(|(n, _)| n == name) {
            if f.comp_cells.contains(s) {
                return Ok(NameRef::SlotCell(*s));
            }
            return Ok(NameRef::Slot(*s));
        }
        if let Some(s) = f.scope.as_ref() {
            if let Some(i) = s.index.get(name) {
                if s.cells.contains(name) {
                    return Ok(NameRef::Cell(*i));
                }
                return Ok(NameRef::Local(*i));
            }
            if let Some(k) = s.free.iter().position(|n| n == name) {
                return Ok(NameRef::Free(k as u32));
            }
        }
        if let Some(s) = self.sym.statics.get(name) {
            return Ok(NameRef::Static(*s));
        }
        match self.sym.global_index.get(name) {
            Some(a) => Ok(NameRef::Global(*a)),
            None => self.err(pos, format!("unknown name '{name}'")),
        }
    }

    /// A fresh slot for compiler temporaries.
    pub fn hidden_slot(&mut self, f: &mut FnGen) -> Slot {
        if f.scope.is_some() {
            let s = f.next_hidden_local;
            f.next_hidden_local += 1;
            Slot::Local(s)
        } else {
            let s = self.hidden;
            self.hidden += 1;
            Slot::Hidden(s)
        }
    }

    /// The qualified name of function `def`, of class `class` or defined
    /// in the code being compiled.
    fn qualname(&self, def: &FuncDef, class: Option<&str>) -> String {
        match class {
            Some(c) => format!("{}{c}.{}", self.qual, def.name),
            None => format!("{}{}", self.qual, def.name),
        }
    }

    /// Compile a function definition into a new unit; returns its index.
    pub fn function(&mut self, def: &FuncDef, pos: Pos) -> R<usize> {
        self.method(def, pos, None, &[])
    }

    /// A function, or a method of class `class`; `outer` holds the
    /// variables of the enclosing functions.
    pub fn method(
        &mut self,
        def: &FuncDef,
        pos: Pos,
        class: Option<&str>,
        outer: &[String],
    ) -> R<usize> {
        if symtab::is_generator(&def.body) {
            return self.generator(def, pos, class, outer);
        }
        let scope = symtab::function_scope(def, pos, self.file, &self.sym.statics, outer)?;
        let cells: Vec<(u32, bool)> = scope
            .cells
            .iter()
            .map(|n| (scope.index[n], scope.index[n] < scope.params))
            .collect();
        let name = if self.runtime {
            format!("${}", def.name)
        } else {
            def.name.clone()
        };
        let qualname = self.qualname(def, class);
        let unit = Unit {
            name,
            qualname: qualname.clone(),
            doc: docstring(&def.body),
            params: scope.params,
            locals: scope.locals.clone(),
            free: scope.free.clone(),
            ..Unit::default()
        };
        let params = scope.params;
        let mut f = FnGen::new(unit, Some(scope), pos);
        f.class = class.map(str::to_string);
        f.bound = f.unit.locals[..params as usize].to_vec();
        f.deleted = facts::deleted(&def.body);
        let outer_qual = std::mem::replace(&mut self.qual, format!("{qualname}.<locals>."));
        let r = self.block(&mut f, &def.body);
        self.qual = outer_qual;
        r?;
        f.pos = def.body.last().map_or(pos, |s| s.pos);
        f.emit(Op::PushImm, Arg::Imm(pysm_isa::value::NONE));
        f.emit(Op::Return, Arg::None);
        // Prologue: NULL for every non-parameter local and temporary
        // (unbound until assigned), and one more word so that the locals
        // always sit in data memory below the top-of-stack register.
        let total = f.next_hidden_local;
        for k in f.unit.locals.len() as u32..total {
            f.unit.locals.push(format!("$t{k}"));
        }
        let ins = |op: Op, arg: Arg| Ins { op, arg, pos };
        let mut prologue: Vec<Ins> = (params..=total)
            .map(|_| ins(Op::PushNull, Arg::None))
            .collect();
        // Cells for the locals that nested functions share.
        let mut cells = cells;
        cells.sort();
        for (slot, is_param) in cells {
            prologue.push(ins(
                Op::PushInt,
                Arg::Int(pysm_isa::value::HeapType::Cell.header(1) as i32 >> 1),
            ));
            prologue.push(ins(Op::Alloc, Arg::None));
            prologue.push(ins(Op::Copy, Arg::Int(1)));
            if is_param {
                prologue.push(ins(Op::LoadFast, Arg::Int(slot as i32)));
            } else {
                prologue.push(ins(Op::PushNull, Arg::None));
            }
            prologue.push(ins(Op::StoreField, Arg::Int(1)));
            prologue.push(ins(Op::StoreFast, Arg::Int(slot as i32)));
        }
        f.prepend(prologue);
        let unit = f.finish();
        self.units.push(unit);
        Ok(self.units.len() - 1)
    }

    /// A generator function: a unit that makes the generator object (its
    /// variables are fields of that object), and the resume unit
    /// `(gen, sent)` that runs the body from the last `yield`.
    fn generator(
        &mut self,
        def: &FuncDef,
        pos: Pos,
        class: Option<&str>,
        outer: &[String],
    ) -> R<usize> {
        let scope = symtab::function_scope(def, pos, self.file, &self.sym.statics, outer)?;
        if !scope.cells.is_empty() {
            return self.err(
                pos,
                "a generator whose variables are used by nested functions is not supported",
            );
        }
        let mut locals: Vec<String> = vec!["$gen".into(), "$sent".into(), "$point".into()];
        locals.extend(scope.locals.iter().cloned());
        let rscope = symtab::FuncScope {
            params: GEN_PARAMS,
            index: locals
                .iter()
                .enumerate()
                .map(|(i, n)| (n.clone(), i as u32))
                .collect(),
            locals: locals.clone(),
            free: scope.free.clone(),
            cells: Default::default(),
        };
        let name = if self.runtime {
            format!("${}", def.name)
        } else {
            def.name.clone()
        };
        let qualname = self.qualname(def, class);
        let unit = Unit {
            name: name.clone(),
            qualname: qualname.clone(),
            params: GEN_PARAMS,
            locals,
            free: scope.free.clone(),
            ..Unit::default()
        };
        let mut f = FnGen::new(unit, Some(rscope), pos);
        f.class = class.map(str::to_string);
        f.gen = Some(Vec::new());
        let outer_qual = std::mem::replace(&mut self.qual, format!("{qualname}.<locals>."));
        let r = self.block(&mut f, &def.body);
        self.qual = outer_qual;
        r?;
        f.pos = def.body.last().map_or(pos, |s| s.pos);
        f.emit(Op::PushImm, Arg::Imm(pysm_isa::value::NONE));
        self.gen_return(&mut f)?;
        let ins = |op: Op, arg: Arg| Ins { op, arg, pos };
        let mut prologue = vec![ins(Op::PushNull, Arg::None)];
        for (k, l) in f.gen.take().unwrap_or_default().iter().enumerate() {
            prologue.push(ins(Op::LoadFast, Arg::Int(2)));
            prologue.push(ins(Op::PushInt, Arg::Int(k as i32 + 1)));
            prologue.push(ins(Op::Compare, Arg::Int(pysm_isa::CmpOp::Eq as i32)));
            prologue.push(ins(Op::PopJumpIfTrue, Arg::Label(*l)));
        }
        f.prepend(prologue);
        let nvars = f.next_hidden_local - GEN_PARAMS;
        for k in f.unit.locals.len() as u32..f.next_hidden_local {
            f.unit.locals.push(format!("$t{k}"));
        }
        let mut unit = f.finish();
        gen_fields(&mut unit);
        // The runtime library's functions are linked by name.
        let resume = if self.runtime {
            unit.name = format!("{name}$resume");
            FuncRef::Runtime(unit.name[1..].to_string())
        } else {
            FuncRef::User(self.units.len())
        };
        self.units.push(unit);
        // The generator function itself: make the object, keep the arguments.
        let mut code = vec![
            ins(Op::PushNull, Arg::None),
            ins(Op::PushImm, Arg::Func(FuncRef::Runtime("gen_new".into()))),
            ins(Op::PushImm, Arg::Func(resume)),
            ins(Op::PushInt, Arg::Int(nvars as i32)),
            ins(Op::LoadGlobal, Arg::Str(def.name.clone())),
            ins(Op::Call, Arg::Int(3)),
        ];
        for i in 0..scope.params {
            code.push(ins(Op::Copy, Arg::Int(1)));
            code.push(ins(Op::LoadFast, Arg::Int(i as i32)));
            code.push(ins(Op::StoreField, Arg::Int((GEN_FIELDS + i) as i32)));
        }
        code.push(ins(Op::Return, Arg::None));
        self.units.push(Unit {
            name,
            qualname,
            doc: docstring(&def.body),
            params: scope.params,
            locals: scope.locals.clone(),
            code,
            free: scope.free.clone(),
            ..Unit::default()
        });
        Ok(self.units.len() - 1)
    }
}

/// The docstring of a function or class body: a str literal first.
pub(crate) fn docstring(body: &[Stmt]) -> Option<String> {
    match &body.first()?.kind {
        StmtKind::Expr(e) => match &e.kind {
            crate::ast::ExprKind::Str(s) => Some(s.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// Parameters of a generator's resume unit: the generator, the value sent
/// in, the resume point.
const GEN_PARAMS: u32 = 3;

/// In a generator's resume unit, the variables (slots from GEN_PARAMS on)
/// are fields of the generator object (slot 0).
fn gen_fields(u: &mut Unit) {
    let mut out = Vec::with_capacity(u.code.len() * 2);
    let mut map = Vec::with_capacity(u.code.len() + 1);
    for ins in u.code.drain(..) {
        map.push(out.len());
        let slot = match ins.arg {
            Arg::Int(i)
                if i >= GEN_PARAMS as i32 && matches!(ins.op, Op::LoadFast | Op::StoreFast) =>
            {
                i as u32
            }
            _ => {
                out.push(ins);
                continue;
            }
        };
        let field = Arg::Int((GEN_FIELDS + slot - GEN_PARAMS) as i32);
        let at = |op: Op, arg: Arg| Ins {
            op,
            arg,
            pos: ins.pos,
        };
        out.push(at(Op::LoadFast, Arg::Int(0)));
        if ins.op == Op::LoadFast {
            out.push(at(Op::LoadField, field));
        } else {
            out.push(at(Op::Swap, Arg::Int(2)));
            out.push(at(Op::StoreField, field));
        }
    }
    map.push(out.len());
    for l in u.labels.iter_mut() {
        if *l != usize::MAX {
            *l = map[*l];
        }
    }
    u.code = out;
}

/// The pin id of a `PUSH_IMM` of a Pin immediate.
pub(crate) fn pin_imm(ins: &Ins) -> Option<u32> {
    match (ins.op, &ins.arg) {
        (Op::PushImm, Arg::Imm(w)) if pysm_isa::value::kind(*w) == pysm_isa::value::Kind::Pin => {
            Some(pysm_isa::value::imm_payload(*w))
        }
        _ => None,
    }
}

impl FnGen {
    /// Whether a label points at instruction `k` or later. Rewriting the
    /// last instructions is safe when none points after the first of them:
    /// a jump there runs the rewritten code from its start.
    pub fn labelled_from(&self, k: usize) -> bool {
        self.unit.labels.iter().any(|&l| l != usize::MAX && l >= k)
    }
}
