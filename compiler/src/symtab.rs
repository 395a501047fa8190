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
    Kind,
    Fault,
    /// A function of the runtime library (runtime source, and the
    /// builtins that the library implements).
    Runtime,
    /// A runtime-library intrinsic that is one instruction.
    Intrinsic(Intrinsic),
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
    ];
}

/// Builtins implemented by a runtime-library function of the same name.
pub const RUNTIME_BUILTINS: &[&str] = &["len"];

pub struct Symtab {
    /// Named globals in order of first appearance: their data addresses.
    pub globals: Vec<String>,
    pub global_index: HashMap<String, u32>,
    pub statics: HashMap<String, Static>,
}

pub struct FuncScope {
    pub params: u32,
    /// Local slot names, parameters first.
    pub locals: Vec<String>,
    pub index: HashMap<String, u32>,
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
    };
    t.statics.insert("print".into(), Static::Print);
    t.statics.insert("range".into(), Static::Range);
    for name in RUNTIME_BUILTINS {
        t.statics.insert(name.to_string(), Static::Runtime);
    }
    if runtime {
        t.statics.insert("__io_write".into(), Static::IoWrite);
        t.statics.insert("__kind".into(), Static::Kind);
        t.statics.insert("__fault".into(), Static::Fault);
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
                        ("time", "ticks_cpu") => Static::TicksCpu,
                        ("time", "ticks_diff") => Static::TicksDiff,
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
        if scope.is_some_and(|s| s.index.contains_key(name)) {
            return Ok(());
        }
        if self.t.statics.contains_key(name) {
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
                    match t {
                        Target::Name(n, p) => self.name(n, *p, scope, true)?,
                        Target::Tuple(ns, _) => {
                            for (n, p) in ns {
                                self.name(n, *p, scope, true)?;
                            }
                        }
                    }
                }
                self.expr(v, scope)
            }
            StmtKind::AugAssign(n, p, _, v) => {
                self.name(n, *p, scope, true)?;
                self.expr(v, scope)
            }
            StmtKind::If(c, a, b) | StmtKind::While(c, a, b) => {
                self.expr(c, scope)?;
                self.block(a, scope)?;
                self.block(b, scope)
            }
            StmtKind::For(n, p, it, a, b) => {
                self.name(n, *p, scope, true)?;
                self.expr(it, scope)?;
                self.block(a, scope)?;
                self.block(b, scope)
            }
            StmtKind::Return(Some(e)) => self.expr(e, scope),
            StmtKind::Def(f) => {
                if scope.is_some() {
                    return Err(CompileError::at(
                        self.file,
                        s.pos,
                        "nested function definitions are not supported",
                    ));
                }
                if !self.runtime {
                    self.name(&f.name, s.pos, None, true)?;
                }
                let fs = function_scope(f, s.pos, self.file, &self.t.statics)?;
                self.block(&f.body, Some(&fs))
            }
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

    fn expr(&mut self, e: &Expr, scope: Option<&FuncScope>) -> R<()> {
        match &e.kind {
            ExprKind::Name(n) => self.name(n, e.pos, scope, false),
            ExprKind::Int(_) | ExprKind::Bool(_) | ExprKind::None | ExprKind::Str(_) => Ok(()),
            ExprKind::Attr(v, _) | ExprKind::Unary(_, v) => self.expr(v, scope),
            ExprKind::Bin(_, a, b) | ExprKind::Subscript(a, b) => {
                self.expr(a, scope)?;
                self.expr(b, scope)
            }
            ExprKind::BoolOp(_, vs) | ExprKind::Tuple(vs) => {
                vs.iter().try_for_each(|v| self.expr(v, scope))
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
/// are not declared `global`, in order of appearance.
pub fn function_scope(
    f: &FuncDef,
    pos: Pos,
    file: &str,
    statics: &HashMap<String, Static>,
) -> R<FuncScope> {
    let mut globals = HashSet::new();
    collect_globals(&f.body, &mut globals);
    let mut s = FuncScope {
        params: f.params.len() as u32,
        locals: Vec::new(),
        index: HashMap::new(),
    };
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
        if statics.contains_key(p) {
            return Err(CompileError::at(
                file,
                pos,
                format!("rebinding the name '{p}' is not supported"),
            ));
        }
        s.index.insert(p.clone(), s.locals.len() as u32);
        s.locals.push(p.clone());
    }
    if f.params.len() > pysm_isa::value::FUNC_MAX_ARITY as usize {
        return Err(CompileError::at(
            file,
            pos,
            format!(
                "more than {} parameters are not supported",
                pysm_isa::value::FUNC_MAX_ARITY
            ),
        ));
    }
    let mut bound = Vec::new();
    collect_bound(&f.body, &mut bound);
    for n in bound {
        if !globals.contains(&n) && !s.index.contains_key(&n) {
            s.index.insert(n.clone(), s.locals.len() as u32);
            s.locals.push(n);
        }
    }
    Ok(s)
}

fn collect_globals(body: &[Stmt], out: &mut HashSet<String>) {
    for s in body {
        match &s.kind {
            StmtKind::Global(ns) => out.extend(ns.iter().cloned()),
            StmtKind::If(_, a, b) | StmtKind::While(_, a, b) | StmtKind::For(_, _, _, a, b) => {
                collect_globals(a, out);
                collect_globals(b, out);
            }
            _ => {}
        }
    }
}

fn collect_bound(body: &[Stmt], out: &mut Vec<String>) {
    for s in body {
        match &s.kind {
            StmtKind::Assign(ts, _) => {
                for t in ts {
                    match t {
                        Target::Name(n, _) => out.push(n.clone()),
                        Target::Tuple(ns, _) => out.extend(ns.iter().map(|(n, _)| n.clone())),
                    }
                }
            }
            StmtKind::AugAssign(n, ..) => out.push(n.clone()),
            StmtKind::For(n, _, _, a, b) => {
                out.push(n.clone());
                collect_bound(a, out);
                collect_bound(b, out);
            }
            StmtKind::If(_, a, b) | StmtKind::While(_, a, b) => {
                collect_bound(a, out);
                collect_bound(b, out);
            }
            StmtKind::Def(f) => out.push(f.name.clone()),
            _ => {}
        }
    }
}
