//! Scopes. Module-level names are globals (one data word each). In a
//! function, names assigned anywhere in its body and not declared `global`
//! are locals, parameters first (slots 0..n-1). Names bound by the supported
//! imports and the builtins are static: resolved at compile time.

use crate::ast::{Expr, ExprKind, FuncDef, Pos, Stmt, StmtKind, Target};
use crate::CompileError;
use std::collections::{HashMap, HashSet};

/// A name known at compile time.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Static {
    Print,
    Range,
    /// `import machine`
    Machine,
    /// `import time`
    Time,
    /// `machine.Pin`
    Pin,
    TicksCpu,
    TicksDiff,
    /// Runtime-library intrinsics.
    IoWrite,
    /// `__raise(exc)`: the RAISE instruction.
    Raise,
    /// `__unhandled(report)`: FAULT unhandled with the report on top.
    Unhandled,
    Kind,
    Fault,
    /// A function of the runtime library (runtime source, and the
    /// builtins that the library implements).
    Runtime,
    /// A runtime-library intrinsic that is one instruction.
    Intrinsic(Intrinsic),
    /// A builtin class: a static object of the image (index into
    /// [`BUILTIN_CLASSES`]).
    Class(u32),
    /// `super` (only as `super().method(...)` in a method).
    Super,
    /// `import gc`, `import micropython` and `micropython.const`.
    Gc,
    Micropython,
    Const,
    /// A function of the runtime library under a module's name
    /// (`gc.collect` is `$gc_collect_now`).
    ModuleFn(&'static str),
    /// `time.ticks_us`, `time.ticks_ms`: one `IO_READ` of this port.
    TicksPort(u32),
}

/// Functions of the `gc` module: (name, runtime function).
pub const GC_FUNCTIONS: &[(&str, &str)] = &[
    ("collect", "gc_collect_now"),
    ("mem_free", "gc_mem_free"),
    ("mem_alloc", "gc_mem_alloc"),
    ("enable", "gc_nothing"),
    ("disable", "gc_nothing"),
];

/// Functions of the `micropython` module: (name, runtime function). The
/// memory is PySM's own: nothing to reserve for exceptions in interrupts
/// (the allocator keeps a reserve for MemoryError), no optimisation
/// levels, no keyboard interrupt.
pub const MICROPYTHON_FUNCTIONS: &[(&str, &str)] = &[
    ("alloc_emergency_exception_buf", "mp_ignore"),
    ("kbd_intr", "mp_ignore"),
    ("opt_level", "mp_opt_level"),
    ("mem_info", "mp_mem_info"),
    ("stack_use", "mp_stack_use"),
];

/// Functions of the `time` module in the runtime library: (name, runtime
/// function).
pub const TIME_FUNCTIONS: &[(&str, &str)] = &[
    ("sleep", "sleep"),
    ("sleep_ms", "sleep_ms"),
    ("sleep_us", "sleep_us"),
    ("ticks_add", "ticks_add"),
];

/// The static of `module.name`, for the modules whose names are static.
pub fn module_attr(module: Static, name: &str) -> Option<Static> {
    use pysm_isa::io::{PORT_TICKS_MS, PORT_TICKS_US};
    match (module, name) {
        (Static::Time, "ticks_cpu") => Some(Static::TicksCpu),
        (Static::Time, "ticks_diff") => Some(Static::TicksDiff),
        (Static::Time, "ticks_us") => Some(Static::TicksPort(PORT_TICKS_US)),
        (Static::Time, "ticks_ms") => Some(Static::TicksPort(PORT_TICKS_MS)),
        (Static::Time, n) => TIME_FUNCTIONS
            .iter()
            .find(|(k, _)| *k == n)
            .map(|(_, f)| Static::ModuleFn(f)),
        (Static::Gc, n) => GC_FUNCTIONS
            .iter()
            .find(|(k, _)| *k == n)
            .map(|(_, f)| Static::ModuleFn(f)),
        (Static::Micropython, "const") => Some(Static::Const),
        (Static::Micropython, n) => MICROPYTHON_FUNCTIONS
            .iter()
            .find(|(k, _)| *k == n)
            .map(|(_, f)| Static::ModuleFn(f)),
        _ => None,
    }
}

/// The builtin classes, each with its base: static objects in the image.
pub const BUILTIN_CLASSES: &[(&str, &str)] = &[
    ("object", ""),
    ("type", "object"),
    ("int", "object"),
    ("bool", "int"),
    ("str", "object"),
    ("tuple", "object"),
    ("list", "object"),
    ("dict", "object"),
    ("set", "object"),
    ("range", "object"),
    ("NoneType", "object"),
    ("function", "object"),
    ("method", "object"),
    ("generator", "object"),
    ("slice", "object"),
    ("bytes", "object"),
    ("float", "object"),
    ("bytearray", "object"),
    ("NotImplementedType", "object"),
    ("BaseException", "object"),
    ("Exception", "BaseException"),
    ("ArithmeticError", "Exception"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("ValueError", "Exception"),
    ("TypeError", "Exception"),
    ("AttributeError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("RuntimeError", "Exception"),
    ("RecursionError", "RuntimeError"),
    ("NotImplementedError", "RuntimeError"),
    ("StopIteration", "Exception"),
    ("MemoryError", "Exception"),
    ("AssertionError", "Exception"),
    ("SystemError", "Exception"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("UnicodeError", "ValueError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("SyntaxError", "Exception"),
    ("EOFError", "Exception"),
    ("StopAsyncIteration", "Exception"),
    ("OSError", "Exception"),
    ("property", "object"),
    ("staticmethod", "object"),
    ("classmethod", "object"),
    // machine.UART: only under its import (`IMPORTED_CLASSES`).
    ("UART", "object"),
];

/// Builtin classes that a program names only through an import.
pub const IMPORTED_CLASSES: &[(&str, &str)] = &[("machine", "UART")];

/// The builtin class of a name.
pub fn builtin_class(name: &str) -> Option<u32> {
    BUILTIN_CLASSES
        .iter()
        .position(|(n, _)| *n == name)
        .map(|i| i as u32)
}

/// Intrinsics of the runtime library: raw heap, data memory and I/O access.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Intrinsic {
    /// `__alloc(header)`
    Alloc,
    /// `__load(p, i)`: word i of the object.
    Load,
    /// `__store(p, i, v)`
    Store,
    /// `__load_data(a)`
    LoadData,
    /// `__store_data(a, v)`
    StoreData,
    /// `__io_read(port)`
    IoRead,
    /// `__addr(p)`: a pointer's heap word address.
    Addr,
    /// `__ptr(a)`: the pointer to a heap word address.
    Ptr,
    /// `__heap_base()`: the first heap word after the image's static objects.
    HeapBase,
    /// `__heap_half()`: the size of one semispace.
    HeapHalf,
    /// `__missing()`: the marker of an absent value (never a Python value).
    Missing,
    /// `__state()`: the runtime library's state object.
    State,
    /// `__load_rstack(i)`: return-stack entry i >> 15.
    LoadRstack,
    /// `__debug_names()`: (global names, ((start, end, local names[,
    /// function, qualified name, parameters[, docstring]]), ...)).
    DebugNames,
    /// `if __feature("name"):` (also as the first operands of an `and`):
    /// a test that the linker decides (see `link::FEATURES`).
    Feature,
}

impl Intrinsic {
    pub const ALL: &'static [(&'static str, Intrinsic, usize)] = &[
        ("__alloc", Intrinsic::Alloc, 1),
        ("__load", Intrinsic::Load, 2),
        ("__store", Intrinsic::Store, 3),
        ("__load_data", Intrinsic::LoadData, 1),
        ("__store_data", Intrinsic::StoreData, 2),
        ("__io_read", Intrinsic::IoRead, 1),
        ("__addr", Intrinsic::Addr, 1),
        ("__ptr", Intrinsic::Ptr, 1),
        ("__heap_base", Intrinsic::HeapBase, 0),
        ("__heap_half", Intrinsic::HeapHalf, 0),
        ("__missing", Intrinsic::Missing, 0),
        ("__state", Intrinsic::State, 0),
        ("__load_rstack", Intrinsic::LoadRstack, 1),
        ("__debug_names", Intrinsic::DebugNames, 0),
        ("__feature", Intrinsic::Feature, 1),
    ];
}

/// Builtins implemented by runtime-library functions; the code generator
/// picks the function by the number of arguments (see `codegen::expr`).
pub const RUNTIME_BUILTINS: &[&str] = &[
    "len",
    "repr",
    "isinstance",
    "issubclass",
    "hasattr",
    "getattr",
    "setattr",
    "delattr",
    "callable",
    "iter",
    "next",
    "hash",
    "id",
    "abs",
    "min",
    "max",
    "sum",
    "sorted",
    "any",
    "all",
    "divmod",
    "enumerate",
    "zip",
    "reversed",
    "map",
    "filter",
    "ord",
    "chr",
    "hex",
    "oct",
    "bin",
    "format",
    "pow",
    "round",
    "input",
];

/// Builtins of CPython that PySM does not have: using one is a compile error.
const UNSUPPORTED_BUILTINS: &[&str] = &[
    "eval",
    "exec",
    "compile",
    "open",
    "globals",
    "locals",
    "vars",
    "__import__",
    "memoryview",
    "complex",
    "frozenset",
    "breakpoint",
    "help",
    "dir",
];

/// Whether a static may be shadowed by a user's variable (a builtin, not
/// an import).
fn shadowable(s: Static) -> bool {
    matches!(
        s,
        Static::Print | Static::Range | Static::Runtime | Static::Class(_) | Static::Super
    )
}

pub struct Symtab {
    /// Named globals in order of first appearance: their data addresses.
    pub globals: Vec<String>,
    pub global_index: HashMap<String, u32>,
    pub statics: HashMap<String, Static>,
    /// Names of the methods that the program's classes define.
    pub user_methods: HashSet<String>,
    /// Names called with keyword arguments (`name(k=v)`, `x.name(k=v)`).
    pub kw_called: HashSet<String>,
    /// How many places bind each global (assignments, `def`, `for`, `del`,
    /// `global` declarations ...): a global bound once by a top-level
    /// statement can be a compile-time constant after it.
    pub binds: HashMap<String, u32>,
}

pub struct FuncScope {
    /// Parameters, counting the closure (slot 0 when there is one).
    pub params: u32,
    /// Local slot names, parameters first.
    pub locals: Vec<String>,
    pub index: HashMap<String, u32>,
    /// Variables of enclosing functions that this one uses: item k of the
    /// closure (a tuple of cells in slot 0).
    pub free: Vec<String>,
    /// Locals that nested functions use: their slots hold cells.
    pub cells: HashSet<String>,
}

type R<T> = Result<T, CompileError>;

/// Build the module's symbol table. `runtime` compiles the runtime library:
/// intrinsics are visible, top-level defs are runtime functions, and there
/// are no globals.
pub fn build(body: &[Stmt], file: &str, runtime: bool) -> R<Symtab> {
    build_with(body, file, runtime, &[])
}

/// [`build`], with the names of the runtime library's functions in other files.
pub fn build_with(body: &[Stmt], file: &str, runtime: bool, library: &[String]) -> R<Symtab> {
    let mut t = Symtab {
        globals: Vec::new(),
        global_index: HashMap::new(),
        statics: HashMap::new(),
        user_methods: HashSet::new(),
        kw_called: HashSet::new(),
        binds: HashMap::new(),
    };
    kw_calls(body, &mut t.kw_called);
    for s in body {
        if let StmtKind::Class(c) = &s.kind {
            for m in &c.body {
                if let StmtKind::Def(d) = &m.kind {
                    t.user_methods.insert(d.name.clone());
                }
            }
        }
    }
    t.statics.insert("print".into(), Static::Print);
    for name in RUNTIME_BUILTINS {
        t.statics.insert(name.to_string(), Static::Runtime);
    }
    for (i, (name, _)) in BUILTIN_CLASSES.iter().enumerate() {
        if runtime || !IMPORTED_CLASSES.iter().any(|(_, n)| n == name) {
            t.statics.insert(name.to_string(), Static::Class(i as u32));
        }
    }
    t.statics.insert("range".into(), Static::Range);
    // The `with` statement's check of its manager (`frontend::with_item`).
    t.statics.insert("$with_exit".into(), Static::Runtime);
    t.statics.insert("super".into(), Static::Super);
    t.statics.insert(
        "NotImplemented".into(),
        Static::Class(builtin_class("NotImplementedType").unwrap_or(0)),
    );
    if runtime {
        t.statics.insert("__io_write".into(), Static::IoWrite);
        t.statics.insert("__kind".into(), Static::Kind);
        t.statics.insert("__fault".into(), Static::Fault);
        t.statics.insert("__raise".into(), Static::Raise);
        t.statics.insert("__unhandled".into(), Static::Unhandled);
        for (name, i, _) in Intrinsic::ALL {
            t.statics.insert(name.to_string(), Static::Intrinsic(*i));
        }
        for s in body {
            if let StmtKind::Def(f) = &s.kind {
                t.statics.insert(f.name.clone(), Static::Runtime);
            }
        }
        for name in library {
            t.statics.insert(name.clone(), Static::Runtime);
        }
    }
    for s in body {
        match &s.kind {
            StmtKind::Import(names) => {
                for (module, bound) in names {
                    let st = match module.as_str() {
                        "machine" => Static::Machine,
                        "time" => Static::Time,
                        "gc" => Static::Gc,
                        "micropython" => Static::Micropython,
                        m => {
                            return Err(CompileError::at(
                                file,
                                s.pos,
                                format!("importing module '{m}' is not supported"),
                            ))
                        }
                    };
                    t.statics.insert(bound.clone(), st);
                }
            }
            StmtKind::ImportFrom(module, names) => {
                for (name, bound) in names {
                    let st = match (module.as_str(), name.as_str()) {
                        ("machine", "Pin") => Static::Pin,
                        ("machine", "UART") => Static::Class(builtin_class("UART").unwrap_or(0)),
                        ("time", n) if module_attr(Static::Time, n).is_some() => {
                            module_attr(Static::Time, n).unwrap_or(Static::Time)
                        }
                        ("micropython", n) if module_attr(Static::Micropython, n).is_some() => {
                            module_attr(Static::Micropython, n).unwrap_or(Static::Micropython)
                        }
                        ("gc", n) if module_attr(Static::Gc, n).is_some() => {
                            module_attr(Static::Gc, n).unwrap_or(Static::Gc)
                        }
                        (m, n) => {
                            return Err(CompileError::at(
                                file,
                                s.pos,
                                format!("importing '{n}' from '{m}' is not supported"),
                            ))
                        }
                    };
                    t.statics.insert(bound.clone(), st);
                }
            }
            _ => {}
        }
    }
    let mut c = Collector {
        t: &mut t,
        file,
        runtime,
    };
    c.block(body, None)?;
    Ok(t)
}

struct Collector<'a> {
    t: &'a mut Symtab,
    file: &'a str,
    runtime: bool,
}

impl Collector<'_> {
    fn name(&mut self, name: &str, pos: Pos, scope: Option<&FuncScope>, bind: bool) -> R<()> {
        if !bind
            && !self.runtime
            && UNSUPPORTED_BUILTINS.contains(&name)
            && !self.t.global_index.contains_key(name)
            && !scope.is_some_and(|s| s.index.contains_key(name))
        {
            return Err(CompileError::at(
                self.file,
                pos,
                format!("the builtin '{name}' is not supported"),
            ));
        }
        if scope.is_some_and(|s| s.index.contains_key(name) || s.free.iter().any(|n| n == name)) {
            return Ok(());
        }
        if let Some(&st) = self.t.statics.get(name) {
            if bind && !self.runtime && scope.is_none() && shadowable(st) {
                // A global of the program hides the builtin everywhere.
                self.t.statics.remove(name);
                return self.name(name, pos, scope, bind);
            }
            if bind && scope.is_some() && shadowable(st) {
                return Ok(());
            }
            if bind {
                return Err(CompileError::at(
                    self.file,
                    pos,
                    format!("rebinding the name '{name}' is not supported"),
                ));
            }
            return Ok(());
        }
        if self.runtime {
            return Err(CompileError::at(
                self.file,
                pos,
                format!("runtime library: unknown name '{name}'"),
            ));
        }
        if bind {
            *self.t.binds.entry(name.to_string()).or_default() += 1;
        }
        if !self.t.global_index.contains_key(name) {
            let addr = self.t.globals.len() as u32;
            self.t.globals.push(name.to_string());
            self.t.global_index.insert(name.to_string(), addr);
        }
        Ok(())
    }

    fn block(&mut self, body: &[Stmt], scope: Option<&FuncScope>) -> R<()> {
        for s in body {
            self.stmt(s, scope)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt, scope: Option<&FuncScope>) -> R<()> {
        match &s.kind {
            StmtKind::Expr(e) => self.expr(e, scope),
            StmtKind::Assign(targets, v) => {
                for t in targets {
                    self.target(t, scope)?;
                }
                self.expr(v, scope)
            }
            StmtKind::AugAssign(t, _, v) => {
                self.target(t, scope)?;
                self.expr(v, scope)
            }
            StmtKind::If(c, a, b) | StmtKind::While(c, a, b) => {
                self.expr(c, scope)?;
                self.block(a, scope)?;
                self.block(b, scope)
            }
            StmtKind::For(t, it, a, b) => {
                self.target(t, scope)?;
                self.expr(it, scope)?;
                self.block(a, scope)?;
                self.block(b, scope)
            }
            StmtKind::Class(c) => {
                if scope.is_some() || self.runtime {
                    return Err(CompileError::at(
                        self.file,
                        s.pos,
                        "a class definition inside a function is not supported",
                    ));
                }
                self.name(&c.name, s.pos, None, true)?;
                for b in c.bases.iter().chain(&c.decorators) {
                    self.expr(b, scope)?;
                }
                for st in &c.body {
                    match &st.kind {
                        StmtKind::Def(f) => self.function(f, None)?,
                        StmtKind::Assign(ts, v)
                            if ts.iter().all(|t| matches!(t, Target::Name(..))) =>
                        {
                            self.expr(v, scope)?
                        }
                        StmtKind::Pass => {}
                        StmtKind::Expr(e) if matches!(e.kind, ExprKind::Str(_)) => {}
                        _ => {
                            return Err(CompileError::at(
                                self.file,
                                st.pos,
                                "only methods and simple attribute assignments are supported in a class body",
                            ))
                        }
                    }
                }
                Ok(())
            }
            StmtKind::Try(t) => {
                self.block(&t.body, scope)?;
                for h in &t.handlers {
                    if let Some(e) = &h.typ {
                        self.expr(e, scope)?;
                    }
                    if let Some(n) = &h.name {
                        self.name(n, h.pos, scope, true)?;
                    }
                    self.block(&h.body, scope)?;
                }
                self.block(&t.orelse, scope)?;
                self.block(&t.finalbody, scope)
            }
            StmtKind::Raise(a, b) => {
                for e in a.iter().chain(b.iter()) {
                    self.expr(e, scope)?;
                }
                Ok(())
            }
            StmtKind::Assert(a, b) => {
                self.expr(a, scope)?;
                if let Some(b) = b {
                    self.expr(b, scope)?;
                }
                Ok(())
            }
            StmtKind::Del(ts) => {
                for t in ts {
                    self.target(t, scope)?;
                }
                Ok(())
            }
            StmtKind::Return(Some(e)) => self.expr(e, scope),
            StmtKind::Def(f) => {
                if !self.runtime {
                    self.name(&f.name, s.pos, scope, true)?;
                }
                self.function(f, scope)
            }
            StmtKind::Nonlocal(_) => Ok(()),
            StmtKind::Global(names) => {
                if scope.is_some() {
                    for n in names {
                        self.name(n, s.pos, None, true)?;
                    }
                }
                Ok(())
            }
            StmtKind::Import(_) | StmtKind::ImportFrom(..) => Ok(()),
            StmtKind::Return(None) | StmtKind::Break | StmtKind::Continue | StmtKind::Pass => {
                Ok(())
            }
        }
    }

    fn function(&mut self, f: &FuncDef, scope: Option<&FuncScope>) -> R<()> {
        for d in f.decorators.iter().chain(&f.defaults) {
            self.expr(d, scope)?;
        }
        for (_, d) in f.extra.iter().flat_map(|x| &x.kwonly) {
            if let Some(d) = d {
                self.expr(d, scope)?;
            }
        }
        let outer: Vec<String> = scope
            .map(|s| s.locals.iter().chain(&s.free).cloned().collect())
            .unwrap_or_default();
        let fs = function_scope(f, f.pos, self.file, &self.t.statics, &outer)?;
        self.block(&f.body, Some(&fs))
    }

    fn target(&mut self, t: &Target, scope: Option<&FuncScope>) -> R<()> {
        match t {
            Target::Name(n, p) => self.name(n, *p, scope, true),
            Target::Tuple(ts, _, _) => ts.iter().try_for_each(|t| self.target(t, scope)),
            Target::Attr(e, _, _) => self.expr(e, scope),
            Target::Subscript(a, b, _) => {
                self.expr(a, scope)?;
                self.expr(b, scope)
            }
        }
    }

    fn expr(&mut self, e: &Expr, scope: Option<&FuncScope>) -> R<()> {
        match &e.kind {
            ExprKind::Name(n) => self.name(n, e.pos, scope, false),
            ExprKind::Int(_)
            | ExprKind::BigInt(_)
            | ExprKind::Bytes(_)
            | ExprKind::Float(_)
            | ExprKind::Bool(_)
            | ExprKind::None
            | ExprKind::Str(_) => Ok(()),
            ExprKind::Attr(v, _) | ExprKind::Unary(_, v) => self.expr(v, scope),
            ExprKind::Bin(_, a, b) | ExprKind::Subscript(a, b) => {
                self.expr(a, scope)?;
                self.expr(b, scope)
            }
            ExprKind::BoolOp(_, vs)
            | ExprKind::Tuple(vs)
            | ExprKind::List(vs)
            | ExprKind::Set(vs) => vs.iter().try_for_each(|v| self.expr(v, scope)),
            ExprKind::Dict(items) => items.iter().try_for_each(|(k, v)| {
                self.expr(k, scope)?;
                self.expr(v, scope)
            }),
            ExprKind::Slice(a, b, c) => [a, b, c]
                .into_iter()
                .flatten()
                .try_for_each(|v| self.expr(v, scope)),
            ExprKind::FString(parts) => parts.iter().try_for_each(|p| match p {
                crate::ast::FPart::Lit(_) => Ok(()),
                crate::ast::FPart::Val(v, _, spec) => {
                    self.expr(v, scope)?;
                    spec.iter().try_for_each(|s| self.expr(s, scope))
                }
            }),
            ExprKind::CallKw(f, args, kws) => {
                self.expr(f, scope)?;
                args.iter().try_for_each(|v| self.expr(v, scope))?;
                kws.iter().try_for_each(|(_, v)| self.expr(v, scope))
            }
            ExprKind::Lambda(f) => self.function(f, scope),
            ExprKind::GenExp(f, first) => {
                self.expr(first, scope)?;
                self.function(f, scope)
            }
            ExprKind::Yield(v) => v.iter().try_for_each(|v| self.expr(v, scope)),
            ExprKind::YieldFrom(v) | ExprKind::Starred(v) => self.expr(v, scope),
            ExprKind::Walrus(n, v) => {
                self.name(n, e.pos, scope, true)?;
                self.expr(v, scope)
            }
            ExprKind::CallEx(f, args, kws) => {
                self.expr(f, scope)?;
                args.iter().try_for_each(|v| self.expr(v, scope))?;
                kws.iter().try_for_each(|(_, v)| self.expr(v, scope))
            }
            ExprKind::Comp(_, elt, val, gens) => {
                // The loop variables are the comprehension's own (hidden slots).
                for g in gens {
                    self.expr(&g.iter, scope)?;
                    g.ifs.iter().try_for_each(|v| self.expr(v, scope))?;
                }
                self.expr(elt, scope)?;
                val.iter().try_for_each(|v| self.expr(v, scope))
            }
            ExprKind::Compare(l, rest) => {
                self.expr(l, scope)?;
                rest.iter().try_for_each(|(_, v)| self.expr(v, scope))
            }
            ExprKind::IfExp(a, b, c) => {
                self.expr(a, scope)?;
                self.expr(b, scope)?;
                self.expr(c, scope)
            }
            ExprKind::Call(f, args) => {
                self.expr(f, scope)?;
                args.iter().try_for_each(|v| self.expr(v, scope))
            }
        }
    }
}

/// The locals of a function: parameters, then names bound in its body that
/// are not declared `global` or `nonlocal`, in order of appearance. `outer`
/// holds the variables of the enclosing functions.
pub fn function_scope(
    f: &FuncDef,
    pos: Pos,
    file: &str,
    statics: &HashMap<String, Static>,
    outer: &[String],
) -> R<FuncScope> {
    let mut globals = HashSet::new();
    collect_globals(&f.body, &mut globals);
    let mut nonlocals = HashSet::new();
    collect_nonlocals(&f.body, &mut nonlocals);
    for n in &nonlocals {
        if !outer.contains(n) {
            return Err(CompileError::at(
                file,
                pos,
                format!("no binding for nonlocal '{n}' found"),
            ));
        }
    }
    let mut free: Vec<String> = free_candidates(f)
        .into_iter()
        .filter(|n| outer.contains(n))
        .collect();
    free.sort();
    let mut s = FuncScope {
        params: f.params.len() as u32 + !free.is_empty() as u32,
        locals: Vec::new(),
        index: HashMap::new(),
        free,
        cells: HashSet::new(),
    };
    if !s.free.is_empty() {
        s.locals.push("$closure".into());
    }
    for p in &f.params {
        if s.index.contains_key(p) {
            return Err(CompileError::at(
                file,
                pos,
                format!("duplicate argument '{p}' in function definition"),
            ));
        }
        if globals.contains(p) {
            return Err(CompileError::at(
                file,
                pos,
                format!("name '{p}' is parameter and global"),
            ));
        }
        if statics.get(p).is_some_and(|st| !shadowable(*st)) {
            return Err(CompileError::at(
                file,
                pos,
                format!("rebinding the name '{p}' is not supported"),
            ));
        }
        s.index.insert(p.clone(), s.locals.len() as u32);
        s.locals.push(p.clone());
    }
    if f.params.len() >= pysm_isa::value::FUNC_MAX_ARITY as usize {
        return Err(CompileError::at(
            file,
            pos,
            format!(
                "more than {} parameters are not supported",
                pysm_isa::value::FUNC_MAX_ARITY - 1
            ),
        ));
    }
    let mut bound = Vec::new();
    collect_bound(&f.body, &mut bound);
    for n in bound {
        if !globals.contains(&n) && !nonlocals.contains(&n) && !s.index.contains_key(&n) {
            s.index.insert(n.clone(), s.locals.len() as u32);
            s.locals.push(n);
        }
    }
    let mut nested = Vec::new();
    let mut used = HashSet::new();
    names_in_stmts(&f.body, &mut used, &mut nested);
    for g in nested {
        for n in free_candidates(g) {
            if s.index.contains_key(&n) && n != "$closure" {
                s.cells.insert(n);
            }
        }
    }
    Ok(s)
}

/// The names a function uses that it does not bind itself (its nested
/// functions' included): candidates for its closure.
pub fn free_candidates(f: &FuncDef) -> HashSet<String> {
    let mut used = HashSet::new();
    let mut nested = Vec::new();
    names_in_stmts(&f.body, &mut used, &mut nested);
    for g in nested {
        used.extend(free_candidates(g));
    }
    let mut globals = HashSet::new();
    collect_globals(&f.body, &mut globals);
    let mut nonlocals = HashSet::new();
    collect_nonlocals(&f.body, &mut nonlocals);
    let mut bound = Vec::new();
    collect_bound(&f.body, &mut bound);
    let local: HashSet<&String> = bound
        .iter()
        .chain(&f.params)
        .filter(|n| !nonlocals.contains(*n))
        .collect();
    used.into_iter()
        .filter(|n| !local.contains(n) && !globals.contains(n))
        .collect()
}

/// The functions defined directly in a body (defs and lambdas).
pub fn nested_functions(body: &[Stmt]) -> Vec<&FuncDef> {
    let mut used = HashSet::new();
    let mut nested = Vec::new();
    names_in_stmts(body, &mut used, &mut nested);
    nested
}

fn names_in_stmts<'a>(body: &'a [Stmt], out: &mut HashSet<String>, nested: &mut Vec<&'a FuncDef>) {
    for s in body {
        match &s.kind {
            StmtKind::Expr(e) | StmtKind::Return(Some(e)) => names_in_expr(e, out, nested),
            StmtKind::Assign(ts, v) => {
                ts.iter().for_each(|t| names_in_target(t, out, nested));
                names_in_expr(v, out, nested);
            }
            StmtKind::AugAssign(t, _, v) => {
                names_in_target(t, out, nested);
                names_in_expr(v, out, nested);
            }
            StmtKind::If(c, a, b) | StmtKind::While(c, a, b) => {
                names_in_expr(c, out, nested);
                names_in_stmts(a, out, nested);
                names_in_stmts(b, out, nested);
            }
            StmtKind::For(t, it, a, b) => {
                names_in_target(t, out, nested);
                names_in_expr(it, out, nested);
                names_in_stmts(a, out, nested);
                names_in_stmts(b, out, nested);
            }
            StmtKind::Def(f) => {
                out.insert(f.name.clone());
                f.decorators
                    .iter()
                    .chain(&f.defaults)
                    .for_each(|d| names_in_expr(d, out, nested));
                nested.push(f);
            }
            StmtKind::Class(c) => {
                out.insert(c.name.clone());
                c.bases
                    .iter()
                    .chain(&c.decorators)
                    .for_each(|b| names_in_expr(b, out, nested));
            }
            StmtKind::Try(t) => {
                names_in_stmts(&t.body, out, nested);
                for h in &t.handlers {
                    if let Some(e) = &h.typ {
                        names_in_expr(e, out, nested);
                    }
                    if let Some(n) = &h.name {
                        out.insert(n.clone());
                    }
                    names_in_stmts(&h.body, out, nested);
                }
                names_in_stmts(&t.orelse, out, nested);
                names_in_stmts(&t.finalbody, out, nested);
            }
            StmtKind::Raise(a, b) => {
                for e in a.iter().chain(b.iter()) {
                    names_in_expr(e, out, nested);
                }
            }
            StmtKind::Assert(a, b) => {
                names_in_expr(a, out, nested);
                if let Some(b) = b {
                    names_in_expr(b, out, nested);
                }
            }
            StmtKind::Del(ts) => ts.iter().for_each(|t| names_in_target(t, out, nested)),
            StmtKind::Nonlocal(ns) => out.extend(ns.iter().cloned()),
            _ => {}
        }
    }
}

fn names_in_target<'a>(t: &'a Target, out: &mut HashSet<String>, nested: &mut Vec<&'a FuncDef>) {
    match t {
        Target::Name(n, _) => {
            out.insert(n.clone());
        }
        Target::Tuple(ts, _, _) => ts.iter().for_each(|t| names_in_target(t, out, nested)),
        Target::Attr(e, _, _) => names_in_expr(e, out, nested),
        Target::Subscript(a, b, _) => {
            names_in_expr(a, out, nested);
            names_in_expr(b, out, nested);
        }
    }
}

fn names_in_expr<'a>(e: &'a Expr, out: &mut HashSet<String>, nested: &mut Vec<&'a FuncDef>) {
    let mut go = |x: &'a Expr| names_in_expr(x, out, nested);
    match &e.kind {
        ExprKind::Name(n) => {
            out.insert(n.clone());
        }
        ExprKind::Int(_)
        | ExprKind::BigInt(_)
        | ExprKind::Bytes(_)
        | ExprKind::Float(_)
        | ExprKind::Bool(_)
        | ExprKind::None
        | ExprKind::Str(_) => {}
        ExprKind::Attr(v, _) | ExprKind::Unary(_, v) => go(v),
        ExprKind::Bin(_, a, b) | ExprKind::Subscript(a, b) => {
            go(a);
            go(b);
        }
        ExprKind::BoolOp(_, vs) | ExprKind::Tuple(vs) | ExprKind::List(vs) | ExprKind::Set(vs) => {
            vs.iter().for_each(go)
        }
        ExprKind::Dict(items) => items.iter().for_each(|(k, v)| {
            go(k);
            go(v);
        }),
        ExprKind::Slice(a, b, c) => [a, b, c].into_iter().flatten().for_each(|x| go(x)),
        ExprKind::FString(parts) => parts.iter().for_each(|p| {
            if let crate::ast::FPart::Val(v, _, spec) = p {
                go(v);
                if let Some(s) = spec {
                    go(s);
                }
            }
        }),
        ExprKind::Compare(l, rest) => {
            go(l);
            rest.iter().for_each(|(_, v)| go(v));
        }
        ExprKind::IfExp(a, b, c) => {
            go(a);
            go(b);
            go(c);
        }
        ExprKind::Call(f, args) => {
            go(f);
            args.iter().for_each(go);
        }
        ExprKind::CallKw(f, args, kws) => {
            go(f);
            args.iter().for_each(&mut go);
            kws.iter().for_each(|(_, v)| go(v));
        }
        ExprKind::Comp(_, elt, val, gens) => {
            go(elt);
            if let Some(v) = val {
                go(v);
            }
            for g in gens {
                go(&g.iter);
                g.ifs.iter().for_each(&mut go);
            }
        }
        ExprKind::Lambda(f) => {
            f.defaults.iter().for_each(&mut go);
            nested.push(f);
        }
        ExprKind::GenExp(f, first) => {
            go(first);
            nested.push(f);
        }
        ExprKind::Yield(v) => {
            if let Some(v) = v {
                go(v);
            }
        }
        ExprKind::YieldFrom(v) | ExprKind::Starred(v) => go(v),
        ExprKind::Walrus(n, v) => {
            go(v);
            out.insert(n.clone());
        }
        ExprKind::CallEx(f, args, kws) => {
            go(f);
            args.iter().for_each(&mut go);
            kws.iter().for_each(|(_, v)| go(v));
        }
    }
}

/// Whether a function body is a generator's (has `yield`, not counting
/// nested functions).
pub fn is_generator(body: &[Stmt]) -> bool {
    fn expr(e: &Expr) -> bool {
        matches!(e.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_))
            || children(e).into_iter().any(expr)
    }
    body.iter().any(|s| {
        let own = match &s.kind {
            StmtKind::Expr(e) | StmtKind::Return(Some(e)) => expr(e),
            StmtKind::Assign(_, v) | StmtKind::AugAssign(_, _, v) => expr(v),
            StmtKind::If(c, _, _) | StmtKind::While(c, _, _) | StmtKind::For(_, c, _, _) => expr(c),
            _ => false,
        };
        own || blocks(s).into_iter().any(is_generator)
    })
}

/// The names of the callees of calls with keyword arguments.
fn kw_calls(body: &[Stmt], out: &mut HashSet<String>) {
    fn expr(e: &Expr, out: &mut HashSet<String>) {
        match &e.kind {
            ExprKind::CallKw(f, ..) | ExprKind::CallEx(f, ..) => {
                if let ExprKind::Name(n) | ExprKind::Attr(_, n) = &f.kind {
                    out.insert(n.clone());
                }
            }
            ExprKind::Lambda(f) | ExprKind::GenExp(f, _) => kw_calls(&f.body, out),
            _ => {}
        }
        for c in children(e) {
            expr(c, out);
        }
    }
    for s in body {
        match &s.kind {
            StmtKind::Expr(e) | StmtKind::Return(Some(e)) => expr(e, out),
            StmtKind::Assign(_, v) | StmtKind::AugAssign(_, _, v) => expr(v, out),
            StmtKind::If(c, _, _) | StmtKind::While(c, _, _) | StmtKind::For(_, c, _, _) => {
                expr(c, out)
            }
            StmtKind::Raise(Some(e), _) | StmtKind::Assert(e, _) => expr(e, out),
            StmtKind::Def(f) => {
                f.decorators.iter().for_each(|d| expr(d, out));
                kw_calls(&f.body, out)
            }
            StmtKind::Class(c) => {
                c.decorators.iter().for_each(|d| expr(d, out));
                kw_calls(&c.body, out)
            }
            _ => {}
        }
        for b in blocks(s) {
            kw_calls(b, out);
        }
    }
}

/// The direct sub-expressions of an expression.
pub(crate) fn children(e: &Expr) -> Vec<&Expr> {
    match &e.kind {
        ExprKind::Attr(v, _) | ExprKind::Unary(_, v) => vec![v],
        ExprKind::Bin(_, a, b) | ExprKind::Subscript(a, b) => vec![a, b],
        ExprKind::BoolOp(_, vs) | ExprKind::Tuple(vs) | ExprKind::List(vs) | ExprKind::Set(vs) => {
            vs.iter().collect()
        }
        ExprKind::Dict(items) => items.iter().flat_map(|(k, v)| [k, v]).collect(),
        ExprKind::Compare(l, rest) => std::iter::once(&**l)
            .chain(rest.iter().map(|(_, v)| v))
            .collect(),
        ExprKind::IfExp(a, b, c) => vec![a, b, c],
        ExprKind::Call(f, args) => std::iter::once(&**f).chain(args).collect(),
        ExprKind::CallKw(f, args, kws) => std::iter::once(&**f)
            .chain(args)
            .chain(kws.iter().map(|(_, v)| v))
            .collect(),
        ExprKind::Comp(_, elt, val, gens) => std::iter::once(&**elt)
            .chain(val.as_deref())
            .chain(
                gens.iter()
                    .flat_map(|g| std::iter::once(&g.iter).chain(&g.ifs)),
            )
            .collect(),
        ExprKind::FString(parts) => parts
            .iter()
            .filter_map(|p| match p {
                crate::ast::FPart::Val(v, _, _) => Some(v),
                _ => None,
            })
            .collect(),
        ExprKind::Yield(Some(v))
        | ExprKind::YieldFrom(v)
        | ExprKind::GenExp(_, v)
        | ExprKind::Starred(v)
        | ExprKind::Walrus(_, v) => vec![v],
        ExprKind::CallEx(f, args, kws) => std::iter::once(&**f)
            .chain(args)
            .chain(kws.iter().map(|(_, v)| v))
            .collect(),
        _ => vec![],
    }
}

fn collect_nonlocals(body: &[Stmt], out: &mut HashSet<String>) {
    for s in body {
        if let StmtKind::Nonlocal(ns) = &s.kind {
            out.extend(ns.iter().cloned());
        }
        for b in blocks(s) {
            collect_nonlocals(b, out);
        }
    }
}

/// The nested blocks of a statement (not function or class bodies).
pub(crate) fn blocks(s: &Stmt) -> Vec<&[Stmt]> {
    match &s.kind {
        StmtKind::If(_, a, b) | StmtKind::While(_, a, b) | StmtKind::For(_, _, a, b) => {
            vec![a, b]
        }
        StmtKind::Try(t) => {
            let mut v: Vec<&[Stmt]> = vec![&t.body, &t.orelse, &t.finalbody];
            v.extend(t.handlers.iter().map(|h| h.body.as_slice()));
            v
        }
        _ => vec![],
    }
}

fn collect_globals(body: &[Stmt], out: &mut HashSet<String>) {
    for s in body {
        if let StmtKind::Global(ns) = &s.kind {
            out.extend(ns.iter().cloned());
        }
        for b in blocks(s) {
            collect_globals(b, out);
        }
    }
}

/// The targets of `:=` in an expression.
fn walrus_targets(e: &Expr, out: &mut Vec<String>) {
    if let ExprKind::Walrus(n, _) = &e.kind {
        out.push(n.clone());
    }
    if !matches!(e.kind, ExprKind::Lambda(_) | ExprKind::GenExp(..)) {
        for c in children(e) {
            walrus_targets(c, out);
        }
    }
}

fn collect_bound(body: &[Stmt], out: &mut Vec<String>) {
    for s in body {
        match &s.kind {
            StmtKind::Expr(e) | StmtKind::Return(Some(e)) | StmtKind::Assert(e, _) => {
                walrus_targets(e, out)
            }
            StmtKind::Assign(_, e)
            | StmtKind::AugAssign(_, _, e)
            | StmtKind::If(e, _, _)
            | StmtKind::While(e, _, _)
            | StmtKind::For(_, e, _, _) => walrus_targets(e, out),
            _ => {}
        }
        let mut names = Vec::new();
        match &s.kind {
            StmtKind::Assign(ts, _) | StmtKind::Del(ts) => {
                ts.iter().for_each(|t| t.names(&mut names))
            }
            StmtKind::AugAssign(t, ..) | StmtKind::For(t, ..) => t.names(&mut names),
            StmtKind::Def(f) => out.push(f.name.clone()),
            StmtKind::Try(t) => out.extend(t.handlers.iter().filter_map(|h| h.name.clone())),
            _ => {}
        }
        out.extend(names.into_iter().map(|(n, _)| n));
        for b in blocks(s) {
            collect_bound(b, out);
        }
    }
}
