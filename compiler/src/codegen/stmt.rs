//! Statements.

use super::expr::{const_truth, hw_op, rt_op};
use super::lift::has_yield;
use super::{Arg, FnGen, FuncRef, Gen, Loop, NameRef, Slot, TryCtx, R};
use crate::ast::{BinOpK, ClassDef, Expr, ExprKind, FuncDef, Pos, Stmt, StmtKind, Target, Try};
use crate::symtab::Static;
use pysm_isa::{value, BinOp, CmpOp, Fault, Op, UnOp};
use std::collections::HashSet;

/// The step of a range loop: known at compile time, or in a slot.
#[derive(Copy, Clone)]
enum Step {
    Lit(i64),
    Slot(Slot),
}

impl Gen<'_> {
    pub fn block(&mut self, f: &mut FnGen, body: &[Stmt]) -> R<()> {
        let bound = f.bound.len();
        for s in body {
            self.stmt(f, s)?;
            if let StmtKind::Assign(ts, _) = &s.kind {
                for t in ts {
                    if let Target::Name(n, _) = t {
                        f.bound.push(n.clone());
                    }
                }
            }
        }
        f.bound.truncate(bound);
        Ok(())
    }

    /// Evaluate `test` and jump to `target` if its truth is `jump_if`.
    /// A pin level compared with 0 or 1 (`p.value() == 0`: `PIN_READ` gives
    /// exactly 0 or 1) and `not x` become the branch's own truth test.
    pub fn cond_jump(&mut self, f: &mut FnGen, test: &Expr, jump_if: bool, target: u32) -> R<()> {
        if self.cond_jump_parts(f, test, jump_if, target)? {
            return Ok(());
        }
        self.expr(f, test)?;
        let mut sense = jump_if;
        loop {
            let code = &f.unit.code;
            let n = code.len();
            // A label on an instruction to drop would move.
            let placed = |k: usize| f.labelled_from(n - k);
            let pin_cmp = n >= 3
                && matches!(code[n - 3].op, Op::PinRead | Op::PinLevel)
                && code[n - 2].op == Op::PushInt
                && matches!(code[n - 2].arg, Arg::Int(0 | 1))
                && code[n - 1].op == Op::Compare
                && matches!(code[n - 1].arg, Arg::Int(c) if c == CmpOp::Eq as i32 || c == CmpOp::Ne as i32);
            if pin_cmp && !placed(2) {
                // `level == 1` and `level != 0` are the level's truth.
                let one = code[n - 2].arg == Arg::Int(1);
                let eq = code[n - 1].arg == Arg::Int(CmpOp::Eq as i32);
                if one != eq {
                    sense = !sense;
                }
                f.unit.code.truncate(n - 2);
                continue;
            }
            if n >= 1
                && code[n - 1].op == Op::Unary
                && code[n - 1].arg == Arg::Int(UnOp::Not as i32)
                && !placed(1)
            {
                sense = !sense;
                f.unit.code.truncate(n - 1);
                continue;
            }
            break;
        }
        let saved = f.pos;
        f.pos = test.pos;
        let n = f.unit.code.len();
        match f.unit.code.last() {
            // A known pin's level: one branch on the pad, no stack.
            Some(last) if last.op == Op::PinLevel && !f.labelled_from(n) => {
                let pin = match last.arg {
                    Arg::Int(p) => p as u32,
                    _ => 0,
                };
                f.unit.code.pop();
                f.emit(
                    Op::JumpIfPin,
                    Arg::PinLabel {
                        pin,
                        level: sense as u32,
                        label: target,
                    },
                );
            }
            _ => {
                let op = if sense {
                    Op::PopJumpIfTrue
                } else {
                    Op::PopJumpIfFalse
                };
                f.jump(op, target);
            }
        }
        f.pos = saved;
        Ok(())
    }

    /// A test made of parts branches on each part: `a and b`, `a or b`,
    /// `not a`, and a chained comparison whose middle operands read the
    /// same when read twice (locals, literals), as `a < b and b < c`.
    /// The value of the whole is never made. False when `test` is not one
    /// of these.
    fn cond_jump_parts(
        &mut self,
        f: &mut FnGen,
        test: &Expr,
        jump_if: bool,
        target: u32,
    ) -> R<bool> {
        if f.gen.is_some() && has_yield(test) {
            return Ok(false);
        }
        match &test.kind {
            ExprKind::BoolOp(is_and, vs) => {
                let (last, init) = vs.split_last().expect("a bool op has operands");
                // `a and b` jumps when false as soon as a part is false;
                // `a or b` jumps when true as soon as a part is true.
                if *is_and != jump_if {
                    for v in init {
                        self.cond_jump(f, v, jump_if, target)?;
                    }
                    self.cond_jump(f, last, jump_if, target)?;
                } else {
                    let skip = f.label();
                    for v in init {
                        self.cond_jump(f, v, !jump_if, skip)?;
                    }
                    self.cond_jump(f, last, jump_if, target)?;
                    f.place(skip);
                }
                Ok(true)
            }
            ExprKind::Unary(UnOp::Not, v) => {
                self.cond_jump(f, v, !jump_if, target)?;
                Ok(true)
            }
            ExprKind::Compare(left, rest) if rest.len() > 1 => {
                let rereadable = |g: &Self, e: &Expr| match &e.kind {
                    ExprKind::Int(_) | ExprKind::Bool(_) | ExprKind::None | ExprKind::Str(_) => {
                        true
                    }
                    ExprKind::Name(n) => matches!(g.resolve(f, n, e.pos), Ok(NameRef::Local(_))),
                    _ => false,
                };
                let (_, middle) = rest.split_last().expect("two comparisons at least");
                if !middle.iter().all(|(_, e)| rereadable(self, e)) {
                    return Ok(false);
                }
                let skip = f.label();
                let saved = f.pos;
                let mut a = left.as_ref();
                for (k, (op, b)) in rest.iter().enumerate() {
                    self.expr(f, a)?;
                    self.expr(f, b)?;
                    f.pos = test.pos;
                    self.compare_op(f, *op);
                    if k + 1 == rest.len() {
                        let op = if jump_if {
                            Op::PopJumpIfTrue
                        } else {
                            Op::PopJumpIfFalse
                        };
                        f.jump(op, target);
                    } else if jump_if {
                        f.jump(Op::PopJumpIfFalse, skip);
                    } else {
                        f.jump(Op::PopJumpIfFalse, target);
                    }
                    a = b;
                }
                f.place(skip);
                f.pos = saved;
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    /// Top-level statement `i` of the module. A global that only this
    /// statement binds, by `NAME = constant` or `def NAME`, holds the same
    /// value whenever code that runs after the statement reads it: such
    /// reads become the constant (see [`Gen::consts`]).
    pub fn top_stmt(&mut self, f: &mut FnGen, s: &Stmt, i: usize) -> R<()> {
        let bound = match &s.kind {
            StmtKind::Assign(ts, _) if ts.len() == 1 => match &ts[0] {
                Target::Name(n, _) => Some(n.as_str()),
                _ => None,
            },
            StmtKind::Def(d) => Some(d.name.as_str()),
            _ => None,
        };
        let global = bound
            .filter(|n| self.sym.binds.get(*n) == Some(&1))
            .and_then(|n| match self.resolve(f, n, s.pos) {
                Ok(NameRef::Global(a)) => Some(a),
                _ => None,
            });
        if let Some(a) = global {
            self.const_at.insert(a, i);
        }
        let start = f.unit.code.len();
        self.stmt(f, s)?;
        if let Some(c) = global.and_then(|a| stored_constant(&f.unit.code[start..], a)) {
            self.consts.insert(global.unwrap_or_default(), c);
        }
        Ok(())
    }

    fn nested(&mut self, f: &mut FnGen, body: &[Stmt]) -> R<()> {
        f.depth += 1;
        let r = self.block(f, body);
        f.depth -= 1;
        r
    }

    pub fn store_name(&mut self, f: &mut FnGen, name: &str, pos: Pos) -> R<()> {
        let saved = f.pos;
        f.pos = pos;
        match self.resolve(f, name, pos)? {
            NameRef::Local(i) => f.emit_int(Op::StoreFast, i as i32),
            NameRef::Global(a) => f.emit(Op::StoreGlobal, Arg::Global(a)),
            NameRef::Slot(s) => self.store_slot(f, s),
            NameRef::SlotCell(s) => {
                self.load_slot(f, s);
                f.emit_int(Op::Swap, 2);
                f.emit_int(Op::StoreField, 1);
            }
            NameRef::Cell(i) => {
                f.emit_int(Op::LoadFast, i as i32);
                f.emit_int(Op::Swap, 2);
                f.emit_int(Op::StoreField, 1);
            }
            NameRef::Free(k) => {
                f.emit_int(Op::LoadFast, f.closure_slot());
                f.emit_int(Op::LoadField, k as i32 + 1);
                f.emit_int(Op::Swap, 2);
                f.emit_int(Op::StoreField, 1);
            }
            NameRef::Static(_) => {
                return self.err(pos, format!("rebinding the name '{name}' is not supported"))
            }
        }
        f.pos = saved;
        Ok(())
    }

    pub fn load_slot(&mut self, f: &mut FnGen, s: Slot) {
        match s {
            Slot::Local(i) => f.emit_int(Op::LoadFast, i as i32),
            Slot::Hidden(h) => f.emit(Op::LoadGlobal, Arg::Hidden(h)),
        }
    }

    pub fn store_slot(&mut self, f: &mut FnGen, s: Slot) {
        match s {
            Slot::Local(i) => f.emit_int(Op::StoreFast, i as i32),
            Slot::Hidden(h) => f.emit(Op::StoreGlobal, Arg::Hidden(h)),
        }
    }

    fn load_step(&mut self, f: &mut FnGen, step: Step, pos: Pos) -> R<()> {
        match step {
            Step::Lit(v) => self.int_literal(f, Some(v), pos),
            Step::Slot(s) => {
                self.load_slot(f, s);
                Ok(())
            }
        }
    }

    fn stmt(&mut self, f: &mut FnGen, s: &Stmt) -> R<()> {
        f.pos = s.pos;
        let flags = match &s.kind {
            StmtKind::While(test, body, _) => self.enter_loop(f, body, &[test], &[]),
            StmtKind::For(target, iter, body, _) => self.enter_loop(f, body, &[iter], &[target]),
            _ => f.list_flags.len(),
        };
        let r = self.stmt_kind(f, s);
        f.list_flags.truncate(flags);
        r
    }

    fn stmt_kind(&mut self, f: &mut FnGen, s: &Stmt) -> R<()> {
        match &s.kind {
            StmtKind::Pass | StmtKind::Global(_) => {}
            StmtKind::Expr(e) => match &e.kind {
                // A docstring or a bare string: no code.
                ExprKind::Str(_) => {}
                ExprKind::Yield(_) | ExprKind::YieldFrom(_) => {
                    self.yield_value(f, e)?;
                    f.emit(Op::Pop, Arg::None);
                }
                ExprKind::Call(func, args) if !(f.gen.is_some() && has_yield(e)) => {
                    if self.call(f, e, func, args, false)? {
                        f.emit(Op::Pop, Arg::None);
                    }
                }
                _ => {
                    self.expr(f, e)?;
                    f.emit(Op::Pop, Arg::None);
                }
            },
            StmtKind::Assign(targets, value) => self.assign(f, s, targets, value)?,
            StmtKind::AugAssign(t, op, v) if f.gen.is_some() && has_yield(v) => {
                let n = f.renames.len();
                let v = self.lift(f, v)?;
                self.aug_assign(f, t, *op, &v)?;
                f.renames.truncate(n);
            }
            StmtKind::AugAssign(t, op, v) => self.aug_assign(f, t, *op, v)?,
            StmtKind::If(test, body, orelse) => {
                let other = f.label();
                let end = f.label();
                if let Some(test) = self.feature_tests(f, test, other)? {
                    self.cond_jump(f, &test, false, other)?;
                }
                self.nested(f, body)?;
                if !orelse.is_empty() {
                    f.pos = s.pos;
                    f.jump(Op::Jump, end);
                }
                f.place(other);
                self.nested(f, orelse)?;
                f.place(end);
            }
            StmtKind::While(test, body, orelse) => {
                let top = f.label();
                let other = f.label();
                let brk = f.label();
                if const_truth(test) == Some(true) {
                    f.place(top);
                    self.loop_body(f, brk, top, body)?;
                    f.pos = s.pos;
                    f.jump(Op::Jump, top);
                } else {
                    // The test at the top, and a copy of it at the bottom
                    // that branches back: one branch per trip. A test with
                    // inner labels or a long one is not copied: the bottom
                    // jumps to the top instead.
                    let cont = f.label();
                    f.place(top);
                    let start = f.unit.code.len();
                    self.cond_jump(f, test, false, other)?;
                    let end = f.unit.code.len();
                    let inner = f
                        .unit
                        .labels
                        .iter()
                        .any(|&l| l > start && l < end && l != usize::MAX);
                    let body_at = f.label();
                    f.place(body_at);
                    self.loop_body(f, brk, cont, body)?;
                    f.place(cont);
                    if inner || end - start > 12 {
                        f.pos = s.pos;
                        f.jump(Op::Jump, top);
                    } else {
                        let mut copy = f.unit.code[start..end].to_vec();
                        if let Some(j) = copy.last_mut() {
                            (j.op, j.arg) = match (j.op, &j.arg) {
                                (Op::JumpIfPin, Arg::PinLabel { pin, level, .. }) => (
                                    Op::JumpIfPin,
                                    Arg::PinLabel {
                                        pin: *pin,
                                        level: 1 - level,
                                        label: body_at,
                                    },
                                ),
                                (Op::PopJumpIfFalse, _) => (Op::PopJumpIfTrue, Arg::Label(body_at)),
                                _ => (Op::PopJumpIfFalse, Arg::Label(body_at)),
                            };
                        }
                        f.unit.code.extend(copy);
                    }
                }
                f.place(other);
                self.nested(f, orelse)?;
                f.place(brk);
            }
            StmtKind::For(target, iter, body, orelse) => {
                let range = match (target, &iter.kind) {
                    (Target::Name(n, p), ExprKind::Call(func, _))
                        if matches!(&func.kind, ExprKind::Name(r)
                            if matches!(self.resolve(f, r, func.pos), Ok(NameRef::Static(Static::Range)))) =>
                    {
                        Some((n, *p))
                    }
                    _ => None,
                };
                match range {
                    Some((name, npos)) => self.for_range(f, s, name, npos, iter, body, orelse)?,
                    None => self.for_iter(f, s, target, iter, body, orelse)?,
                }
            }
            StmtKind::Break | StmtKind::Continue => {
                let is_break = matches!(s.kind, StmtKind::Break);
                let word = if is_break { "break" } else { "continue" };
                match f.loops.last() {
                    Some(l) => {
                        let target = if is_break { l.brk } else { l.cont };
                        let depth = l.tries;
                        let handling = l.handling;
                        self.leave_handlers(f, handling);
                        self.leave_tries(f, depth)?;
                        f.pos = s.pos;
                        f.jump(Op::Jump, target);
                    }
                    None => return self.err(s.pos, format!("'{word}' outside loop")),
                }
            }
            StmtKind::Return(v) => {
                if f.scope.is_none() {
                    return self.err(s.pos, "'return' outside function");
                }
                match v {
                    Some(e) => self.expr(f, e)?,
                    None => f.emit(Op::PushImm, Arg::Imm(value::NONE)),
                }
                self.leave_handlers(f, 0);
                if f.gen.is_some() {
                    f.pos = s.pos;
                    return self.gen_return(f);
                }
                self.leave_tries(f, 0)?;
                f.pos = s.pos;
                f.emit(Op::Return, Arg::None);
            }
            StmtKind::Def(def) => {
                // The body of a top-level function runs only after its
                // `def` statement has completed.
                let saved = self.runs_after;
                if f.scope.is_none() && f.depth == 0 {
                    self.runs_after += 1;
                }
                // Decorators: evaluated top to bottom before the function
                // is made, applied bottom-up (each CALL finds its
                // decorator below the value).
                let decos = self.decorators(f, &def.decorators);
                for d in &decos {
                    self.expr(f, d)?;
                }
                let r = self.function_value(f, def, None);
                self.runs_after = saved;
                r?;
                for d in decos.iter().rev() {
                    f.pos = d.pos;
                    f.emit_int(Op::Call, 1);
                }
                self.store_name(f, &def.name, s.pos)?;
            }
            StmtKind::Nonlocal(_) => {}
            StmtKind::Class(c) => self.class(f, s, c)?,
            StmtKind::Try(t) => self.try_stmt(f, s, t)?,
            StmtKind::Raise(exc, cause) => {
                match (exc, cause) {
                    (None, _) => match f.handling.last().copied() {
                        Some(slot) => {
                            f.emit(Op::PushImm, Arg::Func(FuncRef::Runtime("reraise".into())));
                            self.load_slot(f, slot);
                            f.emit_int(Op::Call, 1);
                        }
                        None => self.rt_call(f, "no_active_exception", &[])?,
                    },
                    (Some(e), Some(c)) => self.rt_call(f, "raise_from", &[e, c])?,
                    (Some(e), None) => match f.handling.last().copied() {
                        Some(slot) => {
                            f.emit(
                                Op::PushImm,
                                Arg::Func(FuncRef::Runtime("raise_in_handler".into())),
                            );
                            self.expr(f, e)?;
                            self.load_slot(f, slot);
                            f.emit_int(Op::Call, 2);
                        }
                        None => self.rt_call(f, "do_raise", &[e])?,
                    },
                }
                f.emit(Op::Pop, Arg::None);
            }
            StmtKind::Assert(test, msg) => {
                let ok = f.label();
                self.expr(f, test)?;
                f.jump(Op::PopJumpIfTrue, ok);
                // CPython's AssertionError underlines the test.
                let saved = f.pos;
                f.pos = test.pos;
                f.emit(Op::PushImm, Arg::Func(FuncRef::Runtime("do_raise".into())));
                self.class_ref(f, "AssertionError");
                match msg {
                    Some(m) => {
                        self.expr(f, m)?;
                        f.emit_int(Op::Call, 1);
                    }
                    None => f.emit_int(Op::Call, 0),
                }
                f.emit_int(Op::Call, 1);
                f.emit(Op::Pop, Arg::None);
                f.pos = saved;
                f.place(ok);
            }
            StmtKind::Del(targets) => {
                for t in targets {
                    self.del_target(f, t)?;
                }
            }
            StmtKind::Import(_) | StmtKind::ImportFrom(..) => {
                if f.scope.is_some() || f.depth > 0 {
                    return self.err(
                        s.pos,
                        "imports inside a function or a block are not supported",
                    );
                }
            }
        }
        Ok(())
    }

    fn assign(&mut self, f: &mut FnGen, s: &Stmt, targets: &[Target], value: &Expr) -> R<()> {
        if matches!(value.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) {
            self.yield_value(f, value)?;
            for (i, t) in targets.iter().enumerate() {
                if i + 1 < targets.len() {
                    f.emit_int(Op::Copy, 1);
                }
                self.store_target(f, t)?;
            }
            return Ok(());
        }
        // `a, b = x, y` with names only: no tuple is made.
        if let ([Target::Tuple(ts, None, _)], ExprKind::Tuple(values)) = (targets, &value.kind) {
            if ts.len() == values.len() && ts.iter().all(|t| matches!(t, Target::Name(..))) {
                return self.unpack_names(f, s, ts, values);
            }
        }
        self.expr(f, value)?;
        for (i, t) in targets.iter().enumerate() {
            if i + 1 < targets.len() {
                f.pos = s.pos;
                f.emit_int(Op::Copy, 1);
            }
            self.store_target(f, t)?;
        }
        Ok(())
    }

    fn unpack_names(&mut self, f: &mut FnGen, s: &Stmt, ts: &[Target], values: &[Expr]) -> R<()> {
        let names: Vec<(String, Pos)> = ts
            .iter()
            .filter_map(|t| match t {
                Target::Name(n, p) => Some((n.clone(), *p)),
                _ => None,
            })
            .collect();
        // Evaluate every value, then assign the targets left to right.
        for v in values {
            self.expr(f, v)?;
        }
        f.pos = s.pos;
        let n = names.len();
        if n <= 3 {
            if n >= 2 {
                f.emit_int(Op::Swap, n as i32);
            }
            for (name, p) in &names {
                self.store_name(f, name, *p)?;
            }
        } else {
            // Store from the right; a name also assigned further right
            // keeps that later value, as left-to-right assignment would.
            for i in (0..n).rev() {
                let (name, p) = &names[i];
                if names[i + 1..].iter().any(|(m, _)| m == name) {
                    f.pos = *p;
                    f.emit(Op::Pop, Arg::None);
                } else {
                    self.store_name(f, name, *p)?;
                }
            }
        }
        Ok(())
    }

    /// Store the value on top into a target (and pop it).
    pub fn store_target(&mut self, f: &mut FnGen, t: &Target) -> R<()> {
        match t {
            Target::Name(n, p) => self.store_name(f, n, *p),
            Target::Attr(obj, name, p) => {
                f.pos = *p;
                f.emit(
                    Op::PushImm,
                    Arg::Func(FuncRef::Runtime("attr_store".into())),
                );
                self.expr(f, obj)?;
                f.emit(Op::LoadGlobal, Arg::Str(name.clone()));
                f.emit_int(Op::Copy, 4);
                f.emit_int(Op::Call, 3);
                f.emit(Op::Pop, Arg::None);
                f.emit(Op::Pop, Arg::None);
                Ok(())
            }
            Target::Subscript(obj, index, p) => {
                self.expr(f, obj)?;
                self.expr(f, index)?;
                f.pos = *p;
                let known = self.list_flag(f, obj);
                self.subscript_store(f, known);
                Ok(())
            }
            Target::Tuple(ts, star, p) => {
                f.pos = *p;
                // [v] -> [t]: a tuple of exactly the targets' values.
                f.emit(Op::PushImm, Arg::Func(FuncRef::Runtime("unpack".into())));
                f.emit_int(Op::Swap, 2);
                f.emit_int(Op::PushInt, ts.len() as i32);
                f.emit_int(Op::PushInt, star.map_or(-1, |k| k as i32));
                f.emit_int(Op::Call, 3);
                for (k, t) in ts.iter().enumerate() {
                    f.emit_int(Op::Copy, 1);
                    f.emit_int(Op::LoadField, k as i32 + 1);
                    self.store_target(f, t)?;
                }
                f.emit(Op::Pop, Arg::None);
                Ok(())
            }
        }
    }

    fn del_target(&mut self, f: &mut FnGen, t: &Target) -> R<()> {
        match t {
            Target::Name(n, p) => {
                // Unbound again: a later use is a NameError.
                self.load_name(f, n, *p)?;
                f.emit(Op::Pop, Arg::None);
                f.emit(Op::PushNull, Arg::None);
                self.store_name(f, n, *p)
            }
            Target::Attr(obj, name, p) => {
                let name = Expr {
                    pos: obj.pos,
                    kind: ExprKind::Str(name.clone()),
                };
                let saved = f.pos;
                f.pos = *p;
                self.rt_call(f, "delattr", &[obj, &name])?;
                f.emit(Op::Pop, Arg::None);
                f.pos = saved;
                Ok(())
            }
            Target::Subscript(obj, index, p) => {
                // CPython underlines the subscript.
                let saved = f.pos;
                f.pos = *p;
                self.rt_call(f, "delitem", &[obj, index])?;
                f.emit(Op::Pop, Arg::None);
                f.pos = saved;
                Ok(())
            }
            Target::Tuple(ts, _, _) => ts.iter().try_for_each(|t| self.del_target(f, t)),
        }
    }

    fn binary(&mut self, f: &mut FnGen, op: BinOpK) {
        match hw_op(op) {
            Some(b) => f.emit_int(Op::Binary, b as i32),
            None => {
                // [a, b] -> pow(a, b) or truediv(a, b)
                f.emit(Op::PushImm, Arg::Func(FuncRef::Runtime(rt_op(op).into())));
                f.emit_int(Op::Swap, 3);
                f.emit_int(Op::Swap, 2);
                f.emit_int(Op::Call, 2);
            }
        }
    }

    /// The operation of an augmented assignment, [a, b] -> result. `*=`
    /// keeps the hardware's fast path for ints and repeats a list in
    /// place (the runtime's `binary_imul`) for objects.
    fn aug_binary(&mut self, f: &mut FnGen, op: BinOpK) {
        if op != BinOpK::Hw(BinOp::Mul) {
            return self.binary(f, inplace(op));
        }
        let slow = f.label();
        let end = f.label();
        f.emit_int(Op::Copy, 2);
        f.emit_int(Op::Unary, UnOp::Kind as i32);
        f.emit_int(Op::PushInt, 1);
        f.emit_int(Op::Compare, CmpOp::Eq as i32);
        f.jump(Op::PopJumpIfTrue, slow);
        f.emit_int(Op::Binary, BinOp::Mul as i32);
        f.jump(Op::Jump, end);
        f.place(slow);
        f.emit(
            Op::PushImm,
            Arg::Func(FuncRef::Runtime("binary_imul".into())),
        );
        f.emit_int(Op::Swap, 3);
        f.emit_int(Op::Swap, 2);
        f.emit_int(Op::Call, 2);
        f.place(end);
    }

    fn aug_assign(&mut self, f: &mut FnGen, t: &Target, op: BinOpK, v: &Expr) -> R<()> {
        match t {
            Target::Name(name, npos) => {
                if hw_op(op).is_none() {
                    f.emit(Op::PushImm, Arg::Func(FuncRef::Runtime(rt_op(op).into())));
                    self.load_name(f, name, *npos)?;
                    self.expr(f, v)?;
                    f.emit_int(Op::Call, 2);
                } else {
                    self.load_name(f, name, *npos)?;
                    self.expr(f, v)?;
                    self.aug_binary(f, op);
                }
                self.store_name(f, name, *npos)
            }
            Target::Attr(obj, name, p) => {
                let o = self.hidden_slot(f);
                self.expr(f, obj)?;
                self.store_slot(f, o);
                f.pos = *p;
                f.emit(Op::PushImm, Arg::Func(FuncRef::Runtime("getattr".into())));
                self.load_slot(f, o);
                f.emit(Op::LoadGlobal, Arg::Str(name.clone()));
                f.emit_int(Op::Call, 2);
                self.expr(f, v)?;
                self.aug_binary(f, op);
                f.emit(
                    Op::PushImm,
                    Arg::Func(FuncRef::Runtime("attr_store".into())),
                );
                f.emit_int(Op::Swap, 2);
                self.load_slot(f, o);
                f.emit_int(Op::Swap, 2);
                f.emit(Op::LoadGlobal, Arg::Str(name.clone()));
                f.emit_int(Op::Swap, 2);
                f.emit_int(Op::Call, 3);
                f.emit(Op::Pop, Arg::None);
                Ok(())
            }
            Target::Subscript(obj, index, p) => {
                let o = self.hidden_slot(f);
                let i = self.hidden_slot(f);
                self.expr(f, obj)?;
                self.store_slot(f, o);
                self.expr(f, index)?;
                self.store_slot(f, i);
                f.pos = *p;
                let known = self.list_flag(f, obj);
                self.load_slot(f, o);
                self.load_slot(f, i);
                self.subscript_load(f, known);
                self.expr(f, v)?;
                self.aug_binary(f, op);
                f.pos = *p;
                self.load_slot(f, o);
                self.load_slot(f, i);
                self.subscript_store(f, known);
                Ok(())
            }
            Target::Tuple(_, _, p) => self.err(*p, "illegal expression for augmented assignment"),
        }
    }

    /// `yield v` or `yield from x` at the top of a statement: pushes the
    /// value sent in (or the result of `yield from`).
    pub fn yield_value(&mut self, f: &mut FnGen, e: &Expr) -> R<()> {
        if f.gen.is_none() {
            return self.err(e.pos, "'yield' outside function");
        }
        f.pos = e.pos;
        match &e.kind {
            ExprKind::Yield(v) => {
                match v {
                    Some(v) => self.expr(f, v)?,
                    None => f.emit(Op::PushImm, Arg::Imm(value::NONE)),
                }
                self.emit_yield(f, true);
            }
            ExprKind::YieldFrom(x) => {
                // Each step passes the value sent in (or the exception
                // thrown in) on to the sub-iterator.
                let it = self.hidden_slot(f);
                self.rt_call(f, "iter", &[x])?;
                self.store_slot(f, it);
                f.emit(Op::PushImm, Arg::Imm(value::NONE));
                let top = f.label();
                let done = f.label();
                f.place(top);
                f.emit(Op::PushImm, Arg::Func(FuncRef::Runtime("yf_next".into())));
                f.emit_int(Op::Swap, 2);
                f.emit_int(Op::LoadFast, 0);
                self.load_slot(f, it);
                f.emit_int(Op::Call, 3);
                f.emit_int(Op::Copy, 1);
                f.emit(Op::PushImm, Arg::Imm(value::MISSING));
                f.emit_int(Op::Compare, CmpOp::Is as i32);
                f.jump(Op::PopJumpIfTrue, done);
                self.emit_yield(f, false);
                f.jump(Op::Jump, top);
                f.place(done);
                f.emit(Op::Pop, Arg::None);
                f.emit(
                    Op::PushImm,
                    Arg::Func(FuncRef::Runtime("gen_result".into())),
                );
                self.load_slot(f, it);
                f.emit_int(Op::Call, 1);
            }
            _ => return self.err(e.pos, "internal error: not a yield"),
        }
        Ok(())
    }

    /// Yield the value on top: remember the resume point, drop the
    /// handler entries, return it; on resuming set the handlers up again
    /// and push the value sent in. With `check`, an exception thrown in
    /// (`throw`, `close`) is raised there; `yield from` passes it on.
    fn emit_yield(&mut self, f: &mut FnGen, check: bool) {
        let points = f.gen.as_ref().map_or(0, |g| g.len());
        let resume = f.label();
        f.emit_int(Op::PushInt, points as i32 + 1);
        f.emit_int(Op::LoadFast, 0);
        f.emit_int(Op::Swap, 2);
        f.emit_int(Op::StoreField, 2);
        self.leave_handlers(f, 0);
        for _ in 0..f.tries.len() {
            f.emit(Op::PopTry, Arg::None);
        }
        f.emit(Op::Return, Arg::None);
        f.place(resume);
        let handlers: Vec<u32> = f.tries.iter().map(|t| t.handler).collect();
        for h in handlers {
            f.jump(Op::SetupTry, h);
        }
        if check {
            f.emit(Op::PushImm, Arg::Func(FuncRef::Runtime("gen_sent".into())));
            f.emit_int(Op::LoadFast, 0);
            f.emit_int(Op::LoadFast, 1);
            f.emit_int(Op::Call, 2);
        } else {
            f.emit_int(Op::LoadFast, 1);
        }
        if let Some(g) = f.gen.as_mut() {
            g.push(resume);
        }
    }

    /// Finish a generator with the value on top as its return value.
    pub fn gen_return(&mut self, f: &mut FnGen) -> R<()> {
        f.emit_int(Op::LoadFast, 0);
        f.emit_int(Op::Swap, 2);
        f.emit_int(Op::StoreField, 4);
        f.emit_int(Op::PushInt, -1);
        f.emit_int(Op::LoadFast, 0);
        f.emit_int(Op::Swap, 2);
        f.emit_int(Op::StoreField, 2);
        self.leave_tries(f, 0)?;
        f.emit(Op::PushImm, Arg::Imm(value::MISSING));
        f.emit(Op::Return, Arg::None);
        Ok(())
    }

    /// A loop's body: `break` goes to `brk`, `continue` to `cont`.
    fn loop_body(&mut self, f: &mut FnGen, brk: u32, cont: u32, body: &[Stmt]) -> R<()> {
        f.loops.push(Loop {
            brk,
            cont,
            tries: f.tries.len(),
            handling: f.handling.len(),
        });
        let r = self.nested(f, body);
        f.loops.pop();
        r
    }

    /// A handler caught the exception in `exc`. The runtime library's own
    /// handlers are not recorded as handling it.
    fn exc_caught(&mut self, f: &mut FnGen, exc: Slot) {
        let name = if self.runtime {
            "exc_caught"
        } else {
            "exc_handled"
        };
        f.emit(Op::PushImm, Arg::Func(FuncRef::Runtime(name.into())));
        self.load_slot(f, exc);
        if self.runtime {
            f.emit_int(Op::Call, 1);
        } else {
            f.emit_int(Op::PushInt, f.handling.len() as i32);
            f.emit_int(Op::Call, 2);
        }
        f.emit(Op::Pop, Arg::None);
    }

    /// Leaving the except clauses above `level` of this function: their
    /// exceptions are no longer being handled (the context of new ones).
    fn leave_handlers(&mut self, f: &mut FnGen, level: usize) {
        if f.handling.len() > level && !self.runtime {
            f.emit(Op::PushImm, Arg::Func(FuncRef::Runtime("exc_done".into())));
            f.emit_int(Op::PushInt, level as i32);
            f.emit_int(Op::Call, 1);
            f.emit(Op::Pop, Arg::None);
        }
    }

    /// Leave the tries above `depth` (for return, break, continue): drop
    /// each handler entry and run each finally block, innermost first.
    fn leave_tries(&mut self, f: &mut FnGen, depth: usize) -> R<()> {
        let saved = f.tries.clone();
        while f.tries.len() > depth {
            let Some(t) = f.tries.pop() else { break };
            f.emit(Op::PopTry, Arg::None);
            if let Some(body) = &t.finally {
                self.nested(f, body)?;
            }
        }
        f.tries = saved;
        Ok(())
    }

    fn try_stmt(&mut self, f: &mut FnGen, s: &Stmt, t: &Try) -> R<()> {
        if t.finalbody.is_empty() {
            return self.try_except(f, s, t);
        }
        let handler = f.label();
        let end = f.label();
        f.jump(Op::SetupTry, handler);
        f.tries.push(TryCtx {
            finally: Some(t.finalbody.clone()),
            handler,
        });
        let inner = Try {
            finalbody: Vec::new(),
            ..t.clone()
        };
        let r = if t.handlers.is_empty() {
            self.nested(f, &t.body)
        } else {
            self.try_except(f, s, &inner)
        };
        f.tries.pop();
        r?;
        f.pos = s.pos;
        f.emit(Op::PopTry, Arg::None);
        self.nested(f, &t.finalbody)?;
        f.jump(Op::Jump, end);
        f.place(handler);
        let exc = self.hidden_slot(f);
        self.store_slot(f, exc);
        // The exception is being handled in the finally block: the
        // context of those raised there.
        self.exc_caught(f, exc);
        let level = f.handling.len();
        f.handling.push(exc);
        let r = self.nested(f, &t.finalbody);
        if r.is_ok() {
            self.leave_handlers(f, level);
        }
        f.handling.pop();
        r?;
        f.emit(Op::PushImm, Arg::Func(FuncRef::Runtime("reraise".into())));
        self.load_slot(f, exc);
        f.emit_int(Op::Call, 1);
        f.emit(Op::Pop, Arg::None);
        f.place(end);
        Ok(())
    }

    fn try_except(&mut self, f: &mut FnGen, s: &Stmt, t: &Try) -> R<()> {
        let handler = f.label();
        let end = f.label();
        f.pos = s.pos;
        f.jump(Op::SetupTry, handler);
        f.tries.push(TryCtx {
            finally: None,
            handler,
        });
        let r = self.nested(f, &t.body);
        f.tries.pop();
        r?;
        f.emit(Op::PopTry, Arg::None);
        self.nested(f, &t.orelse)?;
        f.jump(Op::Jump, end);
        f.place(handler);
        let exc = self.hidden_slot(f);
        self.store_slot(f, exc);
        self.exc_caught(f, exc);
        let level = f.handling.len();
        for h in &t.handlers {
            f.pos = h.pos;
            let next = f.label();
            if let Some(typ) = &h.typ {
                f.emit(Op::PushImm, Arg::Func(FuncRef::Runtime("exc_match".into())));
                self.load_slot(f, exc);
                self.expr(f, typ)?;
                f.emit_int(Op::Call, 2);
                f.jump(Op::PopJumpIfFalse, next);
            }
            if let Some(n) = &h.name {
                self.load_slot(f, exc);
                self.store_name(f, n, h.pos)?;
            }
            f.handling.push(exc);
            let r = self.nested(f, &h.body);
            if r.is_ok() {
                self.leave_handlers(f, level);
            }
            f.handling.pop();
            r?;
            if let Some(n) = &h.name {
                // As CPython: the name is unbound after the clause.
                f.emit(Op::PushNull, Arg::None);
                self.store_name(f, n, h.pos)?;
            }
            f.jump(Op::Jump, end);
            f.place(next);
        }
        f.pos = s.pos;
        f.emit(Op::PushImm, Arg::Func(FuncRef::Runtime("reraise".into())));
        self.load_slot(f, exc);
        f.emit_int(Op::Call, 1);
        f.emit(Op::Pop, Arg::None);
        f.place(end);
        Ok(())
    }

    /// Compile a def or lambda and push the function: a function
    /// immediate, or a function object when it has default values or a
    /// closure, or is called with keyword arguments somewhere.
    pub fn function_value(&mut self, f: &mut FnGen, def: &FuncDef, class: Option<&str>) -> R<()> {
        let mut outer: Vec<String> = f
            .scope
            .as_ref()
            .map(|s| s.locals.iter().chain(&s.free).cloned().collect())
            .unwrap_or_default();
        outer.extend(
            f.renames
                .iter()
                .filter(|(_, s)| f.comp_cells.contains(s))
                .map(|(n, _)| n.clone()),
        );
        let idx = self.method(def, def.pos, class, &outer)?;
        let free = self.units[idx].free.clone();
        f.pos = def.pos;
        if def.defaults.is_empty()
            && def.extra.is_none()
            && free.is_empty()
            && !self.sym.kw_called.contains(&def.name)
            && self.decorators(f, &def.decorators).is_empty()
        {
            f.emit(Op::PushImm, Arg::Func(FuncRef::User(idx)));
            return Ok(());
        }
        f.emit(Op::PushImm, Arg::Func(FuncRef::Runtime("func_new".into())));
        f.emit(Op::PushImm, Arg::Func(FuncRef::User(idx)));
        if def.defaults.is_empty() {
            f.emit(Op::PushImm, Arg::Imm(value::NONE));
        } else {
            self.build(f, &def.defaults, pysm_isa::value::HeapType::Tuple)?;
        }
        if free.is_empty() {
            f.emit(Op::PushImm, Arg::Imm(value::NONE));
        } else {
            for n in &free {
                // The cell itself, not its value.
                match self.resolve(f, n, def.pos)? {
                    NameRef::Cell(i) => f.emit_int(Op::LoadFast, i as i32),
                    NameRef::SlotCell(s) => self.load_slot(f, s),
                    NameRef::Free(k) => {
                        f.emit_int(Op::LoadFast, f.closure_slot());
                        f.emit_int(Op::LoadField, k as i32 + 1);
                    }
                    _ => return self.err(def.pos, format!("internal error: '{n}' is not a cell")),
                }
            }
            self.pack(f, free.len(), pysm_isa::value::HeapType::Tuple);
        }
        f.emit(Op::LoadGlobal, Arg::Str(self.units[idx].qualname.clone()));
        let positional = def
            .extra
            .as_ref()
            .map_or(def.params.len(), |x| x.positional);
        for p in &def.params[..positional] {
            f.emit(Op::LoadGlobal, Arg::Str(p.clone()));
        }
        self.pack(f, positional, pysm_isa::value::HeapType::Tuple);
        match &def.extra {
            None => f.emit(Op::PushImm, Arg::Imm(value::NONE)),
            Some(x) => {
                // (has *args, keyword-only names, their defaults, has **kwargs)
                f.emit(Op::PushImm, Arg::Imm(value::boolean(x.vararg)));
                for (n, _) in &x.kwonly {
                    f.emit(Op::LoadGlobal, Arg::Str(n.clone()));
                }
                self.pack(f, x.kwonly.len(), pysm_isa::value::HeapType::Tuple);
                for (_, d) in &x.kwonly {
                    match d {
                        Some(d) => self.expr(f, d)?,
                        None => f.emit(Op::PushImm, Arg::Imm(value::MISSING)),
                    }
                }
                self.pack(f, x.kwonly.len(), pysm_isa::value::HeapType::Tuple);
                f.emit(Op::PushImm, Arg::Imm(value::boolean(x.kwarg)));
                self.pack(f, 4, pysm_isa::value::HeapType::Tuple);
            }
        }
        f.emit_int(Op::Call, 6);
        Ok(())
    }

    fn class(&mut self, f: &mut FnGen, s: &Stmt, c: &ClassDef) -> R<()> {
        if f.scope.is_some() || f.depth > 0 {
            return self.err(
                s.pos,
                "a class definition inside a function or a block is not supported",
            );
        }
        let class_decos = self.decorators(f, &c.decorators);
        for d in &class_decos {
            self.expr(f, d)?;
        }
        f.pos = s.pos;
        f.emit(Op::PushImm, Arg::Func(FuncRef::Runtime("class_new".into())));
        f.emit(Op::LoadGlobal, Arg::Str(c.name.clone()));
        match c.bases.first() {
            Some(b) => self.expr(f, b)?,
            None => self.class_ref(f, "object"),
        }
        f.emit_int(Op::Call, 2);
        if let Some(doc) = super::docstring(&c.body) {
            f.emit(Op::PushImm, Arg::Func(FuncRef::Runtime("class_set".into())));
            f.emit_int(Op::Copy, 2);
            f.emit(Op::LoadGlobal, Arg::Str("__doc__".into()));
            f.emit(Op::LoadGlobal, Arg::Str(doc));
            f.emit_int(Op::Call, 3);
            f.emit(Op::Pop, Arg::None);
        }
        // The class body is a namespace: a name it binds that its later
        // expressions read (`@x.setter`, `y = property(get_y)`) also goes
        // to a hidden word, which those reads use.
        let mut used = HashSet::new();
        for m in &c.body {
            match &m.kind {
                StmtKind::Def(d) => {
                    for e in d.decorators.iter().chain(&d.defaults) {
                        names_used(e, &mut used);
                    }
                }
                StmtKind::Assign(_, v) => names_used(v, &mut used),
                _ => {}
            }
        }
        let saved_renames = f.renames.len();
        let namespace = |g: &mut Self, f: &mut FnGen, name: &str| {
            if used.contains(name) {
                let slot = g.hidden_slot(f);
                f.emit_int(Op::Copy, 1);
                g.store_slot(f, slot);
                f.renames.push((name.to_string(), slot));
            }
        };
        for m in &c.body {
            f.pos = m.pos;
            match &m.kind {
                StmtKind::Def(d) => {
                    f.pos = m.pos;
                    f.emit(Op::PushImm, Arg::Func(FuncRef::Runtime("class_set".into())));
                    f.emit_int(Op::Copy, 2);
                    f.emit(Op::LoadGlobal, Arg::Str(d.name.clone()));
                    let decos = self.decorators(f, &d.decorators);
                    for dec in &decos {
                        self.expr(f, dec)?;
                    }
                    self.function_value(f, d, Some(&c.name))?;
                    for dec in decos.iter().rev() {
                        f.pos = dec.pos;
                        f.emit_int(Op::Call, 1);
                    }
                    namespace(self, f, &d.name);
                    f.emit_int(Op::Call, 3);
                    f.emit(Op::Pop, Arg::None);
                }
                StmtKind::Assign(ts, v) => {
                    for t in ts {
                        if let Target::Name(n, _) = t {
                            f.emit(Op::PushImm, Arg::Func(FuncRef::Runtime("class_set".into())));
                            f.emit_int(Op::Copy, 2);
                            f.emit(Op::LoadGlobal, Arg::Str(n.clone()));
                            self.expr(f, v)?;
                            namespace(self, f, n);
                            f.emit_int(Op::Call, 3);
                            f.emit(Op::Pop, Arg::None);
                        }
                    }
                }
                _ => {}
            }
        }
        f.renames.truncate(saved_renames);
        // As CPython: a class that defines __eq__ and not __hash__ is
        // unhashable, also when a base has a __hash__.
        let binds = |name: &str| {
            c.body.iter().any(|m| match &m.kind {
                StmtKind::Def(d) => d.name == name,
                StmtKind::Assign(ts, _) => ts
                    .iter()
                    .any(|t| matches!(t, Target::Name(n, _) if n == name)),
                _ => false,
            })
        };
        if binds("__eq__") && !binds("__hash__") {
            f.emit(Op::PushImm, Arg::Func(FuncRef::Runtime("class_set".into())));
            f.emit_int(Op::Copy, 2);
            f.emit(Op::LoadGlobal, Arg::Str("__hash__".into()));
            f.emit(Op::PushImm, Arg::Imm(value::NONE));
            f.emit_int(Op::Call, 3);
            f.emit(Op::Pop, Arg::None);
        }
        for d in class_decos.iter().rev() {
            f.pos = d.pos;
            f.emit_int(Op::Call, 1);
        }
        self.store_name(f, &c.name, s.pos)
    }

    /// The decorators that change something: `@micropython.native` and
    /// `@micropython.viper` select MicroPython's code emitters, and PySM
    /// compiles every function the same way, so they are left out.
    pub fn decorators(&self, f: &FnGen, ds: &[Expr]) -> Vec<Expr> {
        ds.iter()
            .filter(|d| match &d.kind {
                ExprKind::Attr(m, a) => {
                    !(matches!(a.as_str(), "native" | "viper")
                        && self.static_of(f, m) == Some(Static::Micropython))
                }
                _ => true,
            })
            .cloned()
            .collect()
    }

    #[allow(clippy::too_many_arguments)]
    fn for_iter(
        &mut self,
        f: &mut FnGen,
        s: &Stmt,
        target: &Target,
        iter: &Expr,
        body: &[Stmt],
        orelse: &[Stmt],
    ) -> R<()> {
        let seq = self.hidden_slot(f);
        let idx = self.hidden_slot(f);
        self.expr(f, iter)?;
        f.pos = s.pos;
        self.loop_iter_setup(f, seq, idx);
        let top = f.label();
        let done = f.label();
        let done_pop = f.label();
        let brk = f.label();
        f.place(top);
        f.pos = s.pos;
        self.loop_iter_next(f, seq, idx, done, done_pop);
        self.store_target(f, target)?;
        self.loop_body(f, brk, top, body)?;
        f.pos = s.pos;
        f.jump(Op::Jump, top);
        f.place(done_pop);
        f.emit(Op::Pop, Arg::None);
        f.place(done);
        self.nested(f, orelse)?;
        f.place(brk);
        Ok(())
    }

    /// Set up a loop over the iterable on top of the stack, which it pops.
    /// A list is walked by index: `seq` holds it, `idx` the next index.
    /// Anything else goes through the runtime's `iter`: `seq` holds the
    /// iterator, `idx` is -1.
    pub(super) fn loop_iter_setup(&mut self, f: &mut FnGen, seq: Slot, idx: Slot) {
        let generic = f.label();
        let ready = f.label();
        self.store_slot(f, seq);
        self.load_slot(f, seq);
        f.emit_int(Op::Unary, UnOp::Kind as i32);
        f.emit_int(Op::PushInt, value::Kind::Pointer as i32);
        f.emit_int(Op::Compare, CmpOp::Ne as i32);
        f.jump(Op::PopJumpIfTrue, generic);
        self.load_slot(f, seq);
        f.emit_int(Op::LoadField, 0);
        f.emit_int(Op::PushInt, super::expr::LIST_HEADER);
        f.emit_int(Op::Compare, CmpOp::Ne as i32);
        f.jump(Op::PopJumpIfTrue, generic);
        f.emit_int(Op::PushInt, 0);
        self.store_slot(f, idx);
        f.jump(Op::Jump, ready);
        f.place(generic);
        f.emit(Op::PushImm, Arg::Func(FuncRef::Runtime("iter".into())));
        self.load_slot(f, seq);
        f.emit_int(Op::Call, 1);
        self.store_slot(f, seq);
        f.emit_int(Op::PushInt, -1);
        self.store_slot(f, idx);
        f.place(ready);
    }

    /// The loop's next item onto the stack, or a jump to `done` at the end
    /// of a list (the length and the array read again at each step, as
    /// CPython's list iterator does) or to `done_pop` at the end of another
    /// iterator (its end marker on the stack).
    pub(super) fn loop_iter_next(
        &mut self,
        f: &mut FnGen,
        seq: Slot,
        idx: Slot,
        done: u32,
        done_pop: u32,
    ) {
        let generic = f.label();
        let have = f.label();
        self.load_slot(f, idx);
        f.emit_int(Op::PushInt, 0);
        f.emit_int(Op::Compare, CmpOp::Lt as i32);
        f.jump(Op::PopJumpIfTrue, generic);
        self.load_slot(f, idx);
        self.load_slot(f, seq);
        f.emit_int(Op::LoadField, 1);
        f.emit_int(Op::Compare, CmpOp::Ge as i32);
        f.jump(Op::PopJumpIfTrue, done);
        self.load_slot(f, seq);
        f.emit_int(Op::LoadField, 2);
        self.load_slot(f, idx);
        f.emit_int(Op::PushInt, 1);
        f.emit_int(Op::Binary, BinOp::Add as i32);
        f.emit(Op::LoadItem, Arg::None);
        self.load_slot(f, idx);
        f.emit_int(Op::PushInt, 1);
        f.emit_int(Op::Binary, BinOp::Add as i32);
        self.store_slot(f, idx);
        f.jump(Op::Jump, have);
        f.place(generic);
        f.emit(Op::PushImm, Arg::Func(FuncRef::Runtime("iternext".into())));
        self.load_slot(f, seq);
        f.emit_int(Op::Call, 1);
        f.emit_int(Op::Copy, 1);
        f.emit(Op::PushImm, Arg::Imm(value::MISSING));
        f.emit_int(Op::Compare, CmpOp::Is as i32);
        f.jump(Op::PopJumpIfTrue, done_pop);
        f.place(have);
    }

    /// Emit `a OP b` for the loop test, choosing the operator by the sign
    /// of the step (at run time when the step is not a literal).
    fn range_test(
        &mut self,
        f: &mut FnGen,
        step: Step,
        pos: Pos,
        emit: &dyn Fn(&mut Gen, &mut FnGen, bool) -> R<()>,
    ) -> R<()> {
        match step {
            Step::Lit(v) => emit(self, f, v > 0),
            Step::Slot(sl) => {
                let neg = f.label();
                let end = f.label();
                self.load_slot(f, sl);
                f.pos = pos;
                f.emit_int(Op::PushInt, 0);
                f.emit_int(Op::Compare, CmpOp::Gt as i32);
                f.jump(Op::PopJumpIfFalse, neg);
                emit(self, f, true)?;
                f.jump(Op::Jump, end);
                f.place(neg);
                emit(self, f, false)?;
                f.place(end);
                Ok(())
            }
        }
    }

    /// An argument of a counted `range` loop, as an int: a small int as
    /// it is; anything else through the runtime's `int_index` (a bool
    /// becomes 0 or 1, so that `range(False, 2)` starts at 0; a float is
    /// CPython's TypeError).
    /// An argument of `range()` (the call at `call`, whose span a
    /// TypeError underlines), checked to be an int once, before the loop.
    pub(super) fn range_arg(&mut self, f: &mut FnGen, a: &Expr, call: Pos) -> R<()> {
        self.expr(f, a)?;
        if matches!(a.kind, ExprKind::Int(_)) {
            return Ok(());
        }
        f.pos = call;
        let ok = f.label();
        f.emit_int(Op::Copy, 1);
        f.emit_int(Op::Unary, UnOp::Kind as i32);
        f.jump(Op::PopJumpIfFalse, ok);
        f.emit(Op::PushImm, Arg::Func(FuncRef::Runtime("int_index".into())));
        f.emit_int(Op::Swap, 2);
        f.emit_int(Op::Call, 1);
        f.place(ok);
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn for_range(
        &mut self,
        f: &mut FnGen,
        s: &Stmt,
        name: &str,
        npos: Pos,
        iter: &Expr,
        body: &[Stmt],
        orelse: &[Stmt],
    ) -> R<()> {
        let args = match &iter.kind {
            ExprKind::Call(func, args)
                if matches!(&func.kind, ExprKind::Name(n)
                    if matches!(self.resolve(f, n, func.pos), Ok(NameRef::Static(Static::Range)))) =>
            {
                args
            }
            _ => return self.err(iter.pos, "internal error: not a range loop"),
        };
        if args.is_empty() || args.len() > 3 {
            return self.err(
                iter.pos,
                format!("range expected 1 to 3 arguments, got {}", args.len()),
            );
        }
        let cur = self.hidden_slot(f);
        let stop = self.hidden_slot(f);
        let step_slot = self.hidden_slot(f);
        let step = match args.get(2).map(|a| &a.kind) {
            None => Step::Lit(1),
            Some(ExprKind::Int(Some(v))) if value::fits(*v) => Step::Lit(*v),
            Some(_) => Step::Slot(step_slot),
        };
        // range(...): evaluate the arguments in order, then keep them (a
        // literal step needs no code).
        let evaluated = match step {
            Step::Lit(_) => args.len().min(2),
            Step::Slot(_) => args.len(),
        };
        for a in &args[..evaluated] {
            self.range_arg(f, a, iter.pos)?;
        }
        f.pos = iter.pos;
        match args.len() {
            1 => {
                self.store_slot(f, stop);
                f.emit_int(Op::PushInt, 0);
                self.store_slot(f, cur);
            }
            2 => {
                self.store_slot(f, stop);
                self.store_slot(f, cur);
            }
            _ => {
                if let Step::Slot(sl) = step {
                    self.store_slot(f, sl);
                }
                self.store_slot(f, stop);
                self.store_slot(f, cur);
            }
        }
        match step {
            Step::Lit(0) => f.emit_int(Op::Fault, Fault::RangeStepZero as i32),
            Step::Lit(_) => {}
            Step::Slot(sl) => {
                let ok = f.label();
                self.load_slot(f, sl);
                f.jump(Op::PopJumpIfTrue, ok);
                f.emit_int(Op::Fault, Fault::RangeStepZero as i32);
                f.place(ok);
            }
        }
        let body_top = f.label();
        let cont = f.label();
        let other = f.label();
        let brk = f.label();
        // First test: cur < stop (or > for a negative step).
        f.pos = s.pos;
        let first = |g: &mut Gen, f: &mut FnGen, up: bool| -> R<()> {
            g.load_slot(f, cur);
            g.load_slot(f, stop);
            let op = if up { CmpOp::Lt } else { CmpOp::Gt };
            f.emit_int(Op::Compare, op as i32);
            Ok(())
        };
        self.range_test(f, step, s.pos, &first)?;
        f.jump(Op::PopJumpIfFalse, other);
        f.place(body_top);
        self.load_slot(f, cur);
        self.store_name(f, name, npos)?;
        self.loop_body(f, brk, cont, body)?;
        // Next: go on while cur + step stays before stop, tested as
        // stop - cur > step (< for a negative step) so that the last
        // increment cannot overflow.
        f.place(cont);
        f.pos = s.pos;
        let next = |g: &mut Gen, f: &mut FnGen, up: bool| -> R<()> {
            g.load_slot(f, stop);
            g.load_slot(f, cur);
            f.emit_int(Op::Binary, BinOp::Sub as i32);
            g.load_step(f, step, s.pos)?;
            let op = if up { CmpOp::Gt } else { CmpOp::Lt };
            f.emit_int(Op::Compare, op as i32);
            Ok(())
        };
        self.range_test(f, step, s.pos, &next)?;
        f.jump(Op::PopJumpIfFalse, other);
        self.load_slot(f, cur);
        self.load_step(f, step, s.pos)?;
        f.emit_int(Op::Binary, BinOp::Add as i32);
        self.store_slot(f, cur);
        f.jump(Op::Jump, body_top);
        f.place(other);
        self.nested(f, orelse)?;
        f.place(brk);
        Ok(())
    }
}

/// The operator of an augmented assignment: `+=` changes a list in place.
fn inplace(op: BinOpK) -> BinOpK {
    match op {
        BinOpK::Hw(pysm_isa::BinOp::Add) => BinOpK::Hw(pysm_isa::BinOp::IAdd),
        op => op,
    }
}

impl Gen<'_> {
    /// The `__feature("name")` tests that begin the test of an `if` in the
    /// runtime library, each `PUSH_IMM feature; POP_JUMP_IF_FALSE other` for
    /// the linker to decide; returns the rest of the test, if any.
    fn feature_tests(&mut self, f: &mut FnGen, test: &Expr, other: u32) -> R<Option<Expr>> {
        let feature = |e: &Expr| match &e.kind {
            ExprKind::Call(func, args) if self.runtime => match (&func.kind, args.as_slice()) {
                (ExprKind::Name(n), [a]) if n == "__feature" => match &a.kind {
                    ExprKind::Str(s) => Some(s.clone()),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        };
        let mut rest: Vec<Expr> = match &test.kind {
            ExprKind::BoolOp(true, vs) => vs.clone(),
            _ => vec![test.clone()],
        };
        let mut k = 0;
        while let Some(name) = rest.get(k).and_then(feature) {
            f.emit(Op::PushImm, Arg::Feature(name));
            f.jump(Op::PopJumpIfFalse, other);
            k += 1;
        }
        rest.drain(..k);
        Ok(match rest.len() {
            0 => None,
            1 => rest.pop(),
            _ => Some(Expr {
                kind: ExprKind::BoolOp(true, rest),
                pos: test.pos,
            }),
        })
    }
}

/// The constant that the code of `NAME = value` stores into global `a`:
/// one instruction pushing a small int or an immediate, or a `Pin` of a
/// literal pin and mode (the pin's immediate; `PIN_INIT` still runs in the
/// statement, for its direction).
fn stored_constant(code: &[super::Ins], a: u32) -> Option<(Op, Arg)> {
    let (last, value) = code.split_last()?;
    if last.op != Op::StoreGlobal || last.arg != Arg::Global(a) {
        return None;
    }
    match value {
        [v] if matches!(v.op, Op::PushInt | Op::PushImm) => Some((v.op, v.arg.clone())),
        // A `value=` before it: PIN_HIGH or PIN_LOW of the same pin.
        [pre @ .., id, mode, init]
            if init.op == Op::PinInit
                && pre
                    .iter()
                    .all(|i| matches!(i.op, Op::PinHigh | Op::PinLow) && i.arg == id.arg) =>
        {
            match (&id.op, &id.arg, &mode.op, &mode.arg) {
                (Op::PushInt, Arg::Int(id), Op::PushInt, Arg::Int(m))
                    if (0..pysm_isa::pins::PIN_COUNT as i32).contains(id)
                        && [pysm_isa::io::PIN_MODE_IN, pysm_isa::io::PIN_MODE_OUT]
                            .contains(&(*m as i64)) =>
                {
                    Some((Op::PushImm, Arg::Imm(value::pin(*id as u32))))
                }
                _ => None,
            }
        }
        _ => None,
    }
}

/// The names that expression `e` reads.
fn names_used(e: &Expr, out: &mut HashSet<String>) {
    if let ExprKind::Name(n) = &e.kind {
        out.insert(n.clone());
    }
    for c in crate::symtab::children(e) {
        names_used(c, out);
    }
}
