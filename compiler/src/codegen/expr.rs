//! Expressions.

use super::{Arg, FnGen, FuncRef, Gen, LinkConst, NameRef, R};
use crate::ast::{BinOpK, Expr, ExprKind, Pos};
use crate::symtab::{Intrinsic, Static};
use pysm_isa::io::{PIN_MODE_IN, PIN_MODE_OUT, PORT_CONSOLE};
use pysm_isa::{value, BinOp, Fault, Op, UnOp};

/// The PUSH_INT operand range.
const PUSH_INT_MIN: i64 = -(1 << 23);
const PUSH_INT_MAX: i64 = (1 << 23) - 1;

/// The value of a literal that is known at compile time and cannot fault.
pub(crate) fn is_simple_literal(e: &Expr) -> bool {
    match e.kind {
        ExprKind::Int(Some(v)) => value::fits(v),
        ExprKind::Bool(_) | ExprKind::None => true,
        _ => false,
    }
}

/// The truth of a constant test, if it is one.
pub(crate) fn const_truth(e: &Expr) -> Option<bool> {
    match e.kind {
        ExprKind::Bool(b) => Some(b),
        ExprKind::Int(Some(v)) => Some(v != 0),
        ExprKind::None => Some(false),
        _ => None,
    }
}

impl Gen<'_> {
    pub fn expr(&mut self, f: &mut FnGen, e: &Expr) -> R<()> {
        let saved = f.pos;
        f.pos = e.pos;
        let r = self.expr_inner(f, e);
        f.pos = saved;
        r
    }

    pub fn int_literal(&mut self, f: &mut FnGen, v: Option<i64>, pos: Pos) -> R<()> {
        match v {
            Some(v) if (PUSH_INT_MIN..=PUSH_INT_MAX).contains(&v) => {
                f.emit_int(Op::PushInt, v as i32)
            }
            Some(v) if value::fits(v) => f.emit(Op::LoadGlobal, Arg::Const(v)),
            Some(v) => {
                return self.err(
                    pos,
                    format!(
                        "integer {v} does not fit in a small int; big ints are not supported yet"
                    ),
                )
            }
            None => {
                return self.err(
                    pos,
                    "integer literal does not fit in a small int; big ints are not supported yet",
                )
            }
        }
        Ok(())
    }

    pub fn load_name(&mut self, f: &mut FnGen, name: &str, pos: Pos) -> R<()> {
        match self.resolve(f, name, pos)? {
            NameRef::Local(i) => f.emit_int(Op::LoadFast, i as i32),
            NameRef::Global(a) => f.emit(Op::LoadGlobal, Arg::Global(a)),
            NameRef::Static(_) => {
                return self.err(pos, format!("using '{name}' as a value is not supported"))
            }
        }
        Ok(())
    }

    /// The static object an expression names (`Pin`, `machine`, `machine.Pin`...).
    fn static_of(&self, f: &FnGen, e: &Expr) -> Option<Static> {
        match &e.kind {
            ExprKind::Name(n) => match self.resolve(f, n, e.pos) {
                Ok(NameRef::Static(s)) => Some(s),
                _ => None,
            },
            ExprKind::Attr(base, attr) => match (self.static_of(f, base)?, attr.as_str()) {
                (Static::Machine, "Pin") => Some(Static::Pin),
                (Static::Time, "ticks_cpu") => Some(Static::TicksCpu),
                (Static::Time, "ticks_diff") => Some(Static::TicksDiff),
                _ => None,
            },
            _ => None,
        }
    }

    fn expr_inner(&mut self, f: &mut FnGen, e: &Expr) -> R<()> {
        match &e.kind {
            ExprKind::Int(v) => self.int_literal(f, *v, e.pos)?,
            ExprKind::Bool(b) => f.emit(Op::PushImm, Arg::Imm(value::boolean(*b))),
            ExprKind::None => f.emit(Op::PushImm, Arg::Imm(value::NONE)),
            ExprKind::Str(s) => f.emit(Op::LoadGlobal, Arg::Str(s.clone())),
            ExprKind::Subscript(base, index) => {
                f.emit(Op::PushImm, Arg::Func(FuncRef::Runtime("getitem".into())));
                self.expr(f, base)?;
                self.expr(f, index)?;
                f.emit_int(Op::Call, 2);
            }
            ExprKind::Tuple(_) => return self.err(e.pos, "a tuple is not supported"),
            ExprKind::Name(n) => self.load_name(f, n, e.pos)?,
            ExprKind::Attr(base, attr) => match (self.static_of(f, base), attr.as_str()) {
                (Some(Static::Pin), "OUT") => f.emit_int(Op::PushInt, PIN_MODE_OUT as i32),
                (Some(Static::Pin), "IN") => f.emit_int(Op::PushInt, PIN_MODE_IN as i32),
                (Some(Static::Pin), a) => {
                    return self.err(e.pos, format!("Pin.{a} is not supported"))
                }
                (Some(Static::Machine), a) => {
                    return self.err(e.pos, format!("machine.{a} is not supported"))
                }
                (Some(Static::Time), a) => {
                    return self.err(e.pos, format!("time.{a} is not supported"))
                }
                _ => return self.err(e.pos, "attribute access is not supported"),
            },
            ExprKind::Bin(BinOpK::Hw(op), a, b) => {
                self.expr(f, a)?;
                self.expr(f, b)?;
                f.emit_int(Op::Binary, *op as i32);
            }
            ExprKind::Bin(BinOpK::Pow, a, b) => {
                f.emit(Op::PushImm, Arg::Func(FuncRef::Runtime("pow".into())));
                self.expr(f, a)?;
                self.expr(f, b)?;
                f.emit_int(Op::Call, 2);
            }
            ExprKind::Unary(op, v) => {
                self.expr(f, v)?;
                f.emit_int(Op::Unary, *op as i32);
            }
            ExprKind::BoolOp(is_and, vs) => {
                // The branch tests a copy, so that a heap object's truth
                // (a trap into the runtime) leaves the operand itself as the result.
                let end = f.label();
                let op = if *is_and {
                    Op::PopJumpIfFalse
                } else {
                    Op::PopJumpIfTrue
                };
                for (i, v) in vs.iter().enumerate() {
                    self.expr(f, v)?;
                    if i + 1 < vs.len() {
                        f.emit_int(Op::Copy, 1);
                        f.jump(op, end);
                        f.emit(Op::Pop, Arg::None);
                    }
                }
                f.place(end);
            }
            ExprKind::Compare(left, rest) => {
                self.expr(f, left)?;
                if rest.len() == 1 {
                    self.expr(f, &rest[0].1)?;
                    f.emit_int(Op::Compare, rest[0].0 as i32);
                } else {
                    // As CPython 3.11: each middle operand is evaluated once.
                    let cleanup = f.label();
                    let end = f.label();
                    for (i, (op, r)) in rest.iter().enumerate() {
                        self.expr(f, r)?;
                        if i + 1 < rest.len() {
                            f.emit_int(Op::Swap, 2);
                            f.emit_int(Op::Copy, 2);
                            f.emit_int(Op::Compare, *op as i32);
                            f.jump(Op::JumpIfFalseOrPop, cleanup);
                        } else {
                            f.emit_int(Op::Compare, *op as i32);
                            f.jump(Op::Jump, end);
                        }
                    }
                    f.place(cleanup);
                    f.emit_int(Op::Swap, 2);
                    f.emit(Op::Pop, Arg::None);
                    f.place(end);
                }
            }
            ExprKind::IfExp(test, body, orelse) => {
                let other = f.label();
                let end = f.label();
                self.expr(f, test)?;
                f.jump(Op::PopJumpIfFalse, other);
                self.expr(f, body)?;
                f.jump(Op::Jump, end);
                f.place(other);
                self.expr(f, orelse)?;
                f.place(end);
            }
            ExprKind::Call(func, args) => {
                if !self.call(f, e, func, args, true)? {
                    f.emit(Op::PushImm, Arg::Imm(value::NONE));
                }
            }
        }
        Ok(())
    }

    fn arity(&self, e: &Expr, what: &str, args: &[Expr], want: usize) -> R<()> {
        if args.len() != want {
            let s = if want == 1 { "" } else { "s" };
            return self.err(
                e.pos,
                format!("{what}() takes {want} argument{s} ({} given)", args.len()),
            );
        }
        Ok(())
    }

    /// Compile a call. With `want_value` false the result may be left out:
    /// returns whether a value was pushed (calls that always give None
    /// do not push one).
    pub fn call(
        &mut self,
        f: &mut FnGen,
        e: &Expr,
        func: &Expr,
        args: &[Expr],
        want_value: bool,
    ) -> R<bool> {
        let saved = f.pos;
        f.pos = e.pos;
        let r = self.call_inner(f, e, func, args, want_value);
        f.pos = saved;
        r
    }

    fn call_inner(
        &mut self,
        f: &mut FnGen,
        e: &Expr,
        func: &Expr,
        args: &[Expr],
        want_value: bool,
    ) -> R<bool> {
        if let Some(s) = self.static_of(f, func) {
            return self.static_call(f, e, s, func, args);
        }
        if let ExprKind::Attr(obj, method) = &func.kind {
            if let Some(s) = self.static_of(f, obj) {
                let m = match s {
                    Static::Machine => "machine",
                    Static::Time => "time",
                    Static::Pin => "Pin",
                    _ => "this object",
                };
                return self.err(func.pos, format!("{m}.{method} is not supported"));
            }
            let (want, op) = match (method.as_str(), args.len()) {
                ("on", _) => (0, Op::PinOn),
                ("off", _) => (0, Op::PinOff),
                ("toggle", _) => (0, Op::PinToggle),
                ("value", 0) => (0, Op::PinRead),
                ("value", _) => (1, Op::PinWrite),
                (m, _) => return self.err(func.pos, format!("the method .{m}() is not supported")),
            };
            self.arity(e, method, args, want)?;
            self.expr(f, obj)?;
            for a in args {
                self.expr(f, a)?;
            }
            f.emit(op, Arg::None);
            return Ok(op == Op::PinRead);
        }
        let _ = want_value;
        self.expr(f, func)?;
        self.call_args(f, e, args)?;
        Ok(true)
    }

    fn call_args(&mut self, f: &mut FnGen, e: &Expr, args: &[Expr]) -> R<()> {
        if args.len() > 255 {
            return self.err(e.pos, "more than 255 arguments are not supported");
        }
        for a in args {
            self.expr(f, a)?;
        }
        f.emit_int(Op::Call, args.len() as i32);
        Ok(())
    }

    fn static_call(
        &mut self,
        f: &mut FnGen,
        e: &Expr,
        s: Static,
        func: &Expr,
        args: &[Expr],
    ) -> R<bool> {
        match s {
            Static::Print => {
                self.print(f, args)?;
                Ok(false)
            }
            Static::Range => self.err(
                e.pos,
                "range() is only supported as the iterable of a for loop",
            ),
            Static::Machine | Static::Time => {
                self.err(func.pos, "calling a module is not supported")
            }
            Static::Pin => {
                self.arity(e, "Pin", args, 2)?;
                match &args[0].kind {
                    ExprKind::Str(name) => match pysm_isa::pins::lookup(name) {
                        Some(p) => {
                            let saved = f.pos;
                            f.pos = args[0].pos;
                            f.emit_int(Op::PushInt, p.id as i32);
                            f.pos = saved;
                        }
                        None => return self.err(args[0].pos, format!("unknown pin '{name}'")),
                    },
                    _ => self.expr(f, &args[0])?,
                }
                self.expr(f, &args[1])?;
                f.emit(Op::PinInit, Arg::None);
                Ok(true)
            }
            Static::TicksCpu => {
                self.arity(e, "ticks_cpu", args, 0)?;
                f.emit(Op::Ticks, Arg::None);
                Ok(true)
            }
            Static::TicksDiff => {
                self.arity(e, "ticks_diff", args, 2)?;
                f.emit(
                    Op::PushImm,
                    Arg::Func(FuncRef::Runtime("ticks_diff".into())),
                );
                self.call_args(f, e, args)?;
                Ok(true)
            }
            Static::IoWrite => {
                self.arity(e, "__io_write", args, 2)?;
                let port = self.literal_port(&args[0], "__io_write")?;
                self.expr(f, &args[1])?;
                f.emit_int(Op::IoWrite, port);
                Ok(false)
            }
            Static::Kind => {
                self.arity(e, "__kind", args, 1)?;
                self.expr(f, &args[0])?;
                f.emit_int(Op::Unary, UnOp::Kind as i32);
                Ok(true)
            }
            Static::Fault => {
                self.arity(e, "__fault", args, 1)?;
                let fault = match &args[0].kind {
                    ExprKind::Str(n) => Fault::from_name(n),
                    _ => None,
                };
                match fault {
                    Some(fl) => f.emit_int(Op::Fault, fl as i32),
                    None => return self.err(args[0].pos, "__fault needs a fault name"),
                }
                Ok(false)
            }
            Static::Intrinsic(i) => {
                let (name, _, n) = Intrinsic::ALL
                    .iter()
                    .find(|(_, k, _)| *k == i)
                    .copied()
                    .unwrap_or(("?", i, 0));
                self.arity(e, name, args, n)?;
                if i == Intrinsic::IoRead {
                    let port = self.literal_port(&args[0], "__io_read")?;
                    f.emit_int(Op::IoRead, port);
                    return Ok(true);
                }
                // A literal field number makes a one-operand access.
                let field = match (i, args.get(1).map(|a| &a.kind)) {
                    (Intrinsic::Load | Intrinsic::Store, Some(ExprKind::Int(Some(k))))
                        if (0..1 << 23).contains(k) =>
                    {
                        Some(*k as i32)
                    }
                    _ => None,
                };
                for (k, a) in args.iter().enumerate() {
                    if !(field.is_some() && k == 1) {
                        self.expr(f, a)?;
                    }
                }
                match (i, field) {
                    (Intrinsic::Alloc, _) => f.emit(Op::Alloc, Arg::None),
                    (Intrinsic::Load, Some(k)) => f.emit_int(Op::LoadField, k),
                    (Intrinsic::Load, None) => f.emit(Op::LoadItem, Arg::None),
                    (Intrinsic::Store, Some(k)) => f.emit_int(Op::StoreField, k),
                    (Intrinsic::Store, None) => f.emit(Op::StoreItem, Arg::None),
                    (Intrinsic::LoadData, _) => f.emit(Op::LoadData, Arg::None),
                    (Intrinsic::StoreData, _) => f.emit(Op::StoreData, Arg::None),
                    (Intrinsic::Addr, _) => f.emit(Op::Addr, Arg::None),
                    (Intrinsic::Ptr, _) => f.emit(Op::Ptr, Arg::None),
                    (Intrinsic::HeapBase, _) => f.emit(Op::PushInt, Arg::Link(LinkConst::HeapBase)),
                    (Intrinsic::HeapHalf, _) => f.emit(Op::PushInt, Arg::Link(LinkConst::HeapHalf)),
                    (Intrinsic::IoRead, _) => {}
                }
                Ok(!matches!(i, Intrinsic::Store | Intrinsic::StoreData))
            }
            Static::Runtime => {
                let name = match &func.kind {
                    ExprKind::Name(n) => n.clone(),
                    _ => return self.err(func.pos, "bad runtime call"),
                };
                f.emit(Op::PushImm, Arg::Func(FuncRef::Runtime(name)));
                self.call_args(f, e, args)?;
                Ok(true)
            }
        }
    }

    /// The port operand of `__io_read`/`__io_write`: a literal.
    fn literal_port(&self, e: &Expr, what: &str) -> R<i32> {
        match e.kind {
            ExprKind::Int(Some(p)) if (0..256).contains(&p) => Ok(p as i32),
            _ => self.err(e.pos, format!("{what} needs a literal port")),
        }
    }

    /// `print(a, b, ...)`: `$print` for each value, spaces between, a newline.
    fn print(&mut self, f: &mut FnGen, args: &[Expr]) -> R<()> {
        let sep = |f: &mut FnGen, c: i32| {
            f.emit_int(Op::PushInt, c);
            f.emit_int(Op::IoWrite, PORT_CONSOLE as i32);
        };
        let print_fn = || Arg::Func(FuncRef::Runtime("print".into()));
        if args.iter().skip(1).all(is_simple_literal) {
            // Nothing after the first value can fault or print: print as we go.
            for (i, a) in args.iter().enumerate() {
                if i > 0 {
                    sep(f, b' ' as i32);
                }
                f.emit(Op::PushImm, print_fn());
                self.expr(f, a)?;
                f.emit_int(Op::Call, 1);
                f.emit(Op::Pop, Arg::None);
            }
        } else {
            // Evaluate every argument first, as CPython does.
            let n = args.len();
            if n > 200 {
                return self.err(f.pos, "too many arguments to print()");
            }
            for a in args {
                self.expr(f, a)?;
            }
            for i in 0..n {
                if i > 0 {
                    sep(f, b' ' as i32);
                }
                f.emit(Op::PushImm, print_fn());
                f.emit_int(Op::Copy, (n - i + 1) as i32);
                f.emit_int(Op::Call, 1);
                f.emit(Op::Pop, Arg::None);
            }
            for _ in 0..n {
                f.emit(Op::Pop, Arg::None);
            }
        }
        sep(f, b'\n' as i32);
        Ok(())
    }
}

/// The hardware operator of an augmented assignment, or None for `**`.
pub(crate) fn hw_op(op: BinOpK) -> Option<BinOp> {
    match op {
        BinOpK::Hw(b) => Some(b),
        BinOpK::Pow => None,
    }
}
