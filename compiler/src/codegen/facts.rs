//! Lists known at a loop's entry. A variable that a loop subscripts and
//! cannot rebind keeps its object for the whole loop, and an object never
//! changes its type: the loop tests "is it a list" once, into a hidden
//! slot, and each inline subscript in the loop tests that flag instead of
//! the object's kind and header (the length and the index are still
//! checked every time). In a function the variable is a local (not a
//! cell); in the module a global that no function declares `global`.

use super::{Arg, FnGen, Gen, NameRef, Slot};
use crate::ast::{Expr, ExprKind, Stmt, StmtKind, Target};
use crate::symtab::{blocks, children};
use pysm_isa::{value, CmpOp, Op, UnOp};
use std::collections::HashSet;

/// The names a loop subscripts and the names it may bind or unbind.
#[derive(Default)]
struct LoopNames {
    subscripted: Vec<String>,
    bound: HashSet<String>,
}

impl LoopNames {
    fn stmts(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Expr(e) | StmtKind::Return(Some(e)) => self.expr(e),
            StmtKind::Assign(ts, e) => {
                ts.iter().for_each(|t| self.target(t));
                self.expr(e);
            }
            StmtKind::AugAssign(t, _, e) => {
                self.target(t);
                self.expr(e);
            }
            StmtKind::If(e, a, b) | StmtKind::While(e, a, b) => {
                self.expr(e);
                self.stmts(a);
                self.stmts(b);
            }
            StmtKind::For(t, e, a, b) => {
                self.target(t);
                self.expr(e);
                self.stmts(a);
                self.stmts(b);
            }
            StmtKind::Try(t) => {
                self.stmts(&t.body);
                for h in &t.handlers {
                    self.bound.extend(h.name.clone());
                    h.typ.iter().for_each(|e| self.expr(e));
                    self.stmts(&h.body);
                }
                self.stmts(&t.orelse);
                self.stmts(&t.finalbody);
            }
            StmtKind::Raise(a, b) => a.iter().chain(b).for_each(|e| self.expr(e)),
            StmtKind::Assert(a, b) => std::iter::once(a).chain(b).for_each(|e| self.expr(e)),
            StmtKind::Del(ts) => ts.iter().for_each(|t| self.target(t)),
            StmtKind::Def(d) => {
                self.bound.insert(d.name.clone());
                d.decorators
                    .iter()
                    .chain(&d.defaults)
                    .for_each(|e| self.expr(e));
            }
            StmtKind::Class(c) => {
                self.bound.insert(c.name.clone());
            }
            StmtKind::Global(ns) | StmtKind::Nonlocal(ns) => self.bound.extend(ns.iter().cloned()),
            StmtKind::Import(v) | StmtKind::ImportFrom(_, v) => {
                self.bound.extend(v.iter().map(|(_, n)| n.clone()))
            }
            StmtKind::Return(None) | StmtKind::Break | StmtKind::Continue | StmtKind::Pass => {}
        }
    }

    fn target(&mut self, t: &Target) {
        match t {
            Target::Name(n, _) => {
                self.bound.insert(n.clone());
            }
            Target::Tuple(ts, _, _) => ts.iter().for_each(|t| self.target(t)),
            Target::Attr(e, _, _) => self.expr(e),
            Target::Subscript(b, i, _) => {
                self.base(b);
                self.expr(b);
                self.expr(i);
            }
        }
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Subscript(b, _) => self.base(b),
            ExprKind::Walrus(n, _) => {
                self.bound.insert(n.clone());
            }
            // Renamed in the code, but a name all the same.
            ExprKind::Comp(_, _, _, gens) => gens.iter().for_each(|g| self.target(&g.target)),
            _ => {}
        }
        for c in children(e) {
            self.expr(c);
        }
    }

    fn base(&mut self, b: &Expr) {
        if let ExprKind::Name(n) = &b.kind {
            if !self.subscripted.contains(n) {
                self.subscripted.push(n.clone());
            }
        }
    }
}

/// The names that functions anywhere in the module declare `global`.
pub(crate) fn declared_global(body: &[Stmt]) -> HashSet<String> {
    let mut out = HashSet::new();
    for s in body {
        match &s.kind {
            StmtKind::Global(ns) => out.extend(ns.iter().cloned()),
            StmtKind::Def(d) => out.extend(declared_global(&d.body)),
            StmtKind::Class(c) => out.extend(declared_global(&c.body)),
            _ => {}
        }
        for b in blocks(s) {
            out.extend(declared_global(b));
        }
    }
    out
}

/// The names that a `del` or an `except ... as` anywhere in `body` (not
/// in nested functions) unbinds.
pub(crate) fn deleted(body: &[Stmt]) -> HashSet<String> {
    let mut out = HashSet::new();
    for s in body {
        match &s.kind {
            StmtKind::Del(ts) => {
                let mut names = Vec::new();
                ts.iter().for_each(|t| t.names(&mut names));
                out.extend(names.into_iter().map(|(n, _)| n));
            }
            // Unbound after its clause, as CPython does.
            StmtKind::Try(t) => out.extend(t.handlers.iter().filter_map(|h| h.name.clone())),
            _ => {}
        }
        for b in blocks(s) {
            out.extend(deleted(b));
        }
    }
    out
}

impl Gen<'_> {
    /// At the entry of a loop over `body` whose other parts (test,
    /// iterable, comprehension clauses) are `exprs` and whose targets are
    /// `targets`: a flag for each variable that the loop subscripts and
    /// cannot rebind, is certainly bound here (reading it must not raise)
    /// and has none yet. Returns the length of
    /// `f.list_flags` to truncate to after the loop.
    pub(crate) fn enter_loop(
        &mut self,
        f: &mut FnGen,
        body: &[Stmt],
        exprs: &[&Expr],
        targets: &[&Target],
    ) -> usize {
        let saved = f.list_flags.len();
        if f.gen.is_some() {
            return saved;
        }
        let mut names = LoopNames::default();
        names.stmts(body);
        exprs.iter().for_each(|e| names.expr(e));
        targets.iter().for_each(|t| names.target(t));
        for n in &names.subscripted {
            if names.bound.contains(n) || f.deleted.contains(n) || !f.bound.contains(n) {
                continue;
            }
            let var = match self.resolve(f, n, f.pos) {
                Ok(r @ NameRef::Local(_)) if f.scope.is_some() => r,
                Ok(r @ NameRef::Global(_)) if f.scope.is_none() => r,
                _ => continue,
            };
            if f.list_flags.iter().any(|&(v, _)| v == var) {
                continue;
            }
            let flag = self.hidden_slot(f);
            let no = f.label();
            let done = f.label();
            let load = |f: &mut FnGen| {
                if let NameRef::Local(i) = var {
                    f.emit_int(Op::LoadFast, i as i32);
                } else if let NameRef::Global(a) = var {
                    f.emit(Op::LoadGlobal, Arg::Global(a));
                }
            };
            // The flag as a value, without `unless_header`'s copies: loop
            // entries are frequent in short calls.
            load(f);
            f.emit_int(Op::Unary, UnOp::Kind as i32);
            f.emit_int(Op::PushInt, value::Kind::Pointer as i32);
            f.emit_int(Op::Compare, CmpOp::Ne as i32);
            f.jump(Op::PopJumpIfTrue, no);
            load(f);
            f.emit_int(Op::LoadField, 0);
            f.emit_int(Op::PushInt, super::expr::LIST_HEADER);
            f.emit_int(Op::Compare, CmpOp::Eq as i32);
            f.jump(Op::Jump, done);
            f.place(no);
            f.emit(Op::PushImm, Arg::Imm(value::boolean(false)));
            f.place(done);
            self.store_slot(f, flag);
            f.list_flags.push((var, flag));
        }
        saved
    }

    /// The flag of `base` when it is a variable tested at a loop's entry.
    pub(crate) fn list_flag(&self, f: &FnGen, base: &Expr) -> Option<Slot> {
        let ExprKind::Name(n) = &base.kind else {
            return None;
        };
        let var = self.resolve(f, n, base.pos).ok()?;
        f.list_flags
            .iter()
            .find(|&&(v, _)| v == var)
            .map(|&(_, s)| s)
    }
}
