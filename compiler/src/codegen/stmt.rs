//! Statements.

use super::expr::{const_truth, hw_op};
use super::{Arg, FnGen, FuncRef, Gen, Loop, NameRef, Slot, R};
use crate::ast::{Expr, ExprKind, Pos, Stmt, StmtKind, Target};
use crate::symtab::Static;
use pysm_isa::{value, BinOp, CmpOp, Fault, Op, UnOp};

/// The step of a range loop: known at compile time, or in a slot.
#[derive(Copy, Clone)]
enum Step {
    Lit(i64),
    Slot(Slot),
}

impl Gen<'_> {
    pub fn block(&mut self, f: &mut FnGen, body: &[Stmt]) -> R<()> {
        for s in body {
            self.stmt(f, s)?;
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
            NameRef::Static(_) => {
                return self.err(pos, format!("rebinding the name '{name}' is not supported"))
            }
        }
        f.pos = saved;
        Ok(())
    }

    fn load_slot(&mut self, f: &mut FnGen, s: Slot) {
        match s {
            Slot::Local(i) => f.emit_int(Op::LoadFast, i as i32),
            Slot::Hidden(h) => f.emit(Op::LoadGlobal, Arg::Hidden(h)),
        }
    }

    fn store_slot(&mut self, f: &mut FnGen, s: Slot) {
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
        match &s.kind {
            StmtKind::Pass | StmtKind::Global(_) => {}
            StmtKind::Expr(e) => match &e.kind {
                // A docstring or a bare string: no code.
                ExprKind::Str(_) => {}
                ExprKind::Call(func, args) => {
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
            StmtKind::AugAssign(name, npos, op, v) => {
                match hw_op(*op) {
                    Some(b) => {
                        self.load_name(f, name, *npos)?;
                        self.expr(f, v)?;
                        f.emit_int(Op::Binary, b as i32);
                    }
                    None => {
                        f.emit(Op::PushImm, Arg::Func(FuncRef::Runtime("pow".into())));
                        self.load_name(f, name, *npos)?;
                        self.expr(f, v)?;
                        f.emit_int(Op::Call, 2);
                    }
                }
                self.store_name(f, name, *npos)?;
            }
            StmtKind::If(test, body, orelse) => {
                let other = f.label();
                let end = f.label();
                self.expr(f, test)?;
                f.jump(Op::PopJumpIfFalse, other);
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
                f.place(top);
                if const_truth(test) != Some(true) {
                    self.expr(f, test)?;
                    f.jump(Op::PopJumpIfFalse, other);
                }
                f.loops.push(Loop { brk, cont: top });
                let r = self.nested(f, body);
                f.loops.pop();
                r?;
                f.pos = s.pos;
                f.jump(Op::Jump, top);
                f.place(other);
                self.nested(f, orelse)?;
                f.place(brk);
            }
            StmtKind::For(name, npos, iter, body, orelse) => {
                self.for_range(f, s, name, *npos, iter, body, orelse)?
            }
            StmtKind::Break | StmtKind::Continue => {
                let is_break = matches!(s.kind, StmtKind::Break);
                let word = if is_break { "break" } else { "continue" };
                match f.loops.last() {
                    Some(l) => {
                        let target = if is_break { l.brk } else { l.cont };
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
                f.pos = s.pos;
                f.emit(Op::Return, Arg::None);
            }
            StmtKind::Def(def) => {
                if f.scope.is_some() {
                    return self.err(s.pos, "nested function definitions are not supported");
                }
                let idx = self.function(def, s.pos)?;
                f.pos = s.pos;
                f.emit(Op::PushImm, Arg::Func(FuncRef::User(idx)));
                self.store_name(f, &def.name, s.pos)?;
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
        if targets.iter().all(|t| matches!(t, Target::Name(..))) {
            self.expr(f, value)?;
            for (i, t) in targets.iter().enumerate() {
                if let Target::Name(n, p) = t {
                    if i + 1 < targets.len() {
                        f.pos = s.pos;
                        f.emit_int(Op::Copy, 1);
                    }
                    self.store_name(f, n, *p)?;
                }
            }
            return Ok(());
        }
        let (names, tpos) = match targets {
            [Target::Tuple(names, p)] => (names, *p),
            _ => {
                return self.err(
                    s.pos,
                    "chained assignment with tuple targets is not supported",
                )
            }
        };
        let values = match &value.kind {
            ExprKind::Tuple(vs) => vs,
            _ => {
                return self.err(
                    value.pos,
                    "unpacking anything but a tuple of values is not supported",
                )
            }
        };
        if values.len() != names.len() {
            return self.err(
                tpos,
                format!(
                    "cannot unpack {} values into {} names",
                    values.len(),
                    names.len()
                ),
            );
        }
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
            for (name, p) in names {
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
            _ => {
                return self.err(
                    iter.pos,
                    "iterating over anything but range() is not supported",
                )
            }
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
        for (i, a) in args[..evaluated].iter().enumerate() {
            self.expr(f, a)?;
            // The start is the first value of the loop variable: as int(),
            // so that range(False, 2) starts at 0, not False.
            if i == 0 && args.len() > 1 && !matches!(a.kind, ExprKind::Int(_)) {
                f.pos = a.pos;
                f.emit_int(Op::Unary, UnOp::Pos as i32);
            }
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
        f.loops.push(Loop { brk, cont });
        let r = self.nested(f, body);
        f.loops.pop();
        r?;
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
