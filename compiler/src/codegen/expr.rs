//! Expressions.

use super::{Arg, FnGen, FuncRef, Gen, LinkConst, NameRef, Slot, R};
use crate::ast::{BinOpK, CmpK, CompKind, Expr, ExprKind, FPart, Pos, Target};
use crate::symtab::{builtin_class, Intrinsic, Static, BUILTIN_CLASSES};
use pysm_isa::io::{PIN_MODE_IN, PIN_MODE_OUT, PORT_CONSOLE};
use pysm_isa::value::HeapType;
use pysm_isa::CmpOp;
use pysm_isa::{value, BinOp, Fault, Op, UnOp};

/// A list's header: it is always `3 | 2 << 8` (length, array).
pub(crate) const LIST_HEADER: i32 = HeapType::List as i32 | 2 << 8;

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
        if f.gen.is_some()
            && !matches!(e.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_))
            && super::lift::has_yield(e)
        {
            return self.expr_with_yield(f, e);
        }
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
            NameRef::Global(a) => match (self.const_at.get(&a), self.consts.get(&a)) {
                (Some(&i), Some((op, arg))) if self.runs_after > i => f.emit(*op, arg.clone()),
                (Some(&i), None) if self.runs_after > i => {
                    f.emit(Op::LoadGlobal, Arg::ConstGlobal(a))
                }
                _ => f.emit(Op::LoadGlobal, Arg::Global(a)),
            },
            NameRef::Slot(s) => self.load_slot(f, s),
            NameRef::SlotCell(s) => {
                self.load_slot(f, s);
                f.emit_int(Op::LoadField, 1);
            }
            NameRef::Cell(i) => {
                f.emit_int(Op::LoadFast, i as i32);
                f.emit_int(Op::LoadField, 1);
            }
            NameRef::Free(k) => {
                f.emit_int(Op::LoadFast, f.closure_slot());
                f.emit_int(Op::LoadField, k as i32 + 1);
                f.emit_int(Op::LoadField, 1);
            }
            NameRef::Static(Static::Class(i)) if !self.runtime && has_methods(i) => {
                // A builtin class with methods as a value: the program can
                // take its methods as attributes (`str.upper`), which the
                // linker keeps only for programs that call `class_value`.
                f.emit(
                    Op::PushImm,
                    Arg::Func(FuncRef::Runtime("class_value".into())),
                );
                f.emit(Op::LoadGlobal, Arg::Class(i));
                f.emit_int(Op::Call, 1);
            }
            NameRef::Static(Static::Class(i)) => f.emit(Op::LoadGlobal, Arg::Class(i)),
            NameRef::Static(Static::Range) => f.emit(
                Op::LoadGlobal,
                Arg::Class(builtin_class("range").unwrap_or(0)),
            ),
            NameRef::Static(Static::Runtime) if self.runtime || !is_special_builtin(name) => {
                f.emit(Op::PushImm, Arg::Func(FuncRef::Runtime(name.into())))
            }
            NameRef::Static(Static::Runtime | Static::Print) => {
                // A builtin with several forms: an object that picks one
                // by the number of arguments (and binds keywords).
                f.emit(Op::PushImm, Arg::Func(FuncRef::Runtime("bm_new".into())));
                f.emit(
                    Op::PushImm,
                    Arg::Func(FuncRef::Runtime("builtin_fn".into())),
                );
                f.emit(Op::PushImm, Arg::Imm(value::NONE));
                f.emit(Op::LoadGlobal, Arg::Str(name.into()));
                f.emit_int(Op::Call, 3);
            }
            NameRef::Static(_) => {
                return self.err(pos, format!("using '{name}' as a value is not supported"))
            }
        }
        Ok(())
    }

    /// The class operand of `isinstance` or `issubclass`: a builtin class
    /// named there (also in a tuple) is loaded without `class_value`.
    fn class_operand(&mut self, f: &mut FnGen, e: &Expr) -> R<()> {
        match &e.kind {
            ExprKind::Name(_) => match self.static_of(f, e) {
                Some(Static::Class(i)) => f.emit(Op::LoadGlobal, Arg::Class(i)),
                _ => self.expr(f, e)?,
            },
            ExprKind::Tuple(items) if !has_star(items) => {
                for a in items {
                    self.class_operand(f, a)?;
                }
                self.pack(f, items.len(), HeapType::Tuple);
            }
            _ => self.expr(f, e)?,
        }
        Ok(())
    }

    /// Call runtime function `name` with the values of `args`.
    pub fn rt_call(&mut self, f: &mut FnGen, name: &str, args: &[&Expr]) -> R<()> {
        f.emit(Op::PushImm, Arg::Func(FuncRef::Runtime(name.into())));
        for a in args {
            self.expr(f, a)?;
        }
        f.emit_int(Op::Call, args.len() as i32);
        Ok(())
    }

    fn int_const_op(&mut self, f: &mut FnGen, e: &Expr, p: ConstOp) -> R<()> {
        self.expr(f, p.x)?;
        f.pos = e.pos;
        let slow = f.label();
        let end = f.label();
        f.emit_int(Op::Copy, 1);
        f.emit_int(Op::Unary, UnOp::Kind as i32);
        f.jump(Op::PopJumpIfTrue, slow);
        let shift = p.c.trailing_zeros() as i32;
        match p.op {
            BinOp::FloorDiv => {
                f.emit_int(Op::PushInt, shift);
                f.emit_int(Op::Binary, BinOp::RShift as i32);
            }
            BinOp::Mod => {
                f.emit_int(Op::PushInt, (p.c - 1) as i32);
                f.emit_int(Op::Binary, BinOp::And as i32);
            }
            _ => {
                let m = p.c >> shift;
                if m > 1 {
                    // x * m = (x << log2(m - 1)) + x
                    f.emit_int(Op::Copy, 1);
                    f.emit_int(Op::PushInt, (m - 1).trailing_zeros() as i32);
                    f.emit_int(Op::Binary, BinOp::LShift as i32);
                    f.emit_int(Op::Binary, BinOp::Add as i32);
                }
                if shift > 0 {
                    f.emit_int(Op::PushInt, shift);
                    f.emit_int(Op::Binary, BinOp::LShift as i32);
                }
            }
        }
        f.jump(Op::Jump, end);
        f.place(slow);
        f.emit_int(Op::PushInt, p.c as i32);
        if p.c_left {
            f.emit_int(Op::Swap, 2);
        }
        f.emit_int(Op::Binary, p.op as i32);
        f.place(end);
        Ok(())
    }

    /// `o.name` with `[o]` on the stack. An instance's first four attributes
    /// are read inline when one of them is `name` (the same static str:
    /// the runtime's `getattr` looks in the instance's table first, by
    /// identity first); the rest calls `getattr`.
    fn attr_load(&mut self, f: &mut FnGen, name: &str) {
        const ATTR_SLOTS: i32 = 4;
        const INSTANCE: i32 = HeapType::Instance as i32 | 4 << 8;
        let slow = f.label();
        let end = f.label();
        self.unless_header(f, 1, INSTANCE, slow);
        // Instance: [class, table, count, id]; table: [name, value, ...].
        for k in 0..ATTR_SLOTS {
            let next = f.label();
            f.emit_int(Op::Copy, 1);
            f.emit_int(Op::LoadField, 3);
            f.emit_int(Op::PushInt, k);
            f.emit_int(Op::Compare, CmpOp::Le as i32);
            f.jump(Op::PopJumpIfTrue, slow);
            f.emit_int(Op::Copy, 1);
            f.emit_int(Op::LoadField, 2);
            f.emit_int(Op::LoadField, 2 * k + 1);
            f.emit(Op::LoadGlobal, Arg::Str(name.to_string()));
            f.emit_int(Op::Compare, CmpOp::IsNot as i32);
            f.jump(
                Op::PopJumpIfTrue,
                if k + 1 < ATTR_SLOTS { next } else { slow },
            );
            f.emit_int(Op::LoadField, 2);
            f.emit_int(Op::LoadField, 2 * k + 2);
            f.jump(Op::Jump, end);
            f.place(next);
        }
        f.place(slow);
        f.emit(Op::PushImm, Arg::Func(FuncRef::Runtime("getattr".into())));
        f.emit_int(Op::Swap, 2);
        f.emit(Op::LoadGlobal, Arg::Str(name.to_string()));
        f.emit_int(Op::Call, 2);
        f.place(end);
    }

    /// Branch to `slow` unless stack entry `depth` (1: the top) is a
    /// pointer to an object whose header is `header`; the stack stays.
    pub(crate) fn unless_header(&mut self, f: &mut FnGen, depth: i32, header: i32, slow: u32) {
        f.emit_int(Op::Copy, depth);
        f.emit_int(Op::Unary, UnOp::Kind as i32);
        f.emit_int(Op::PushInt, value::Kind::Pointer as i32);
        f.emit_int(Op::Compare, CmpOp::Ne as i32);
        f.jump(Op::PopJumpIfTrue, slow);
        f.emit_int(Op::Copy, depth);
        f.emit_int(Op::LoadField, 0);
        f.emit_int(Op::PushInt, header);
        f.emit_int(Op::Compare, CmpOp::Ne as i32);
        f.jump(Op::PopJumpIfTrue, slow);
    }

    /// Branch to `slow` unless the two values on top are a list and a
    /// small int index in range, `[list, i]`. `known`: the flag that says
    /// whether the container is a list (`facts`), tested instead of its
    /// kind and header.
    fn list_index_checks(&mut self, f: &mut FnGen, slow: u32, known: Option<Slot>) {
        f.emit_int(Op::Copy, 1);
        f.emit_int(Op::Unary, UnOp::Kind as i32);
        f.jump(Op::PopJumpIfTrue, slow);
        f.emit_int(Op::Copy, 1);
        f.emit_int(Op::PushInt, 0);
        f.emit_int(Op::Compare, CmpOp::Lt as i32);
        f.jump(Op::PopJumpIfTrue, slow);
        if let Some(flag) = known {
            self.load_slot(f, flag);
            f.jump(Op::PopJumpIfFalse, slow);
        } else {
            self.unless_header(f, 2, LIST_HEADER, slow);
        }
        f.emit_int(Op::Copy, 1);
        f.emit_int(Op::Copy, 3);
        f.emit_int(Op::LoadField, 1);
        f.emit_int(Op::Compare, CmpOp::Ge as i32);
        f.jump(Op::PopJumpIfTrue, slow);
    }

    /// `x[i]` with `[x, i]` on the stack: a list item read inline, the
    /// rest by the runtime's `getitem`, which a call would reach for
    /// every subscript.
    pub fn subscript_load(&mut self, f: &mut FnGen, known: Option<Slot>) {
        let slow = f.label();
        let end = f.label();
        self.list_index_checks(f, slow, known);
        // [x, i] -> array[1 + i]
        f.emit_int(Op::PushInt, 1);
        f.emit_int(Op::Binary, BinOp::Add as i32);
        f.emit_int(Op::Swap, 2);
        f.emit_int(Op::LoadField, 2);
        f.emit_int(Op::Swap, 2);
        f.emit(Op::LoadItem, Arg::None);
        f.jump(Op::Jump, end);
        f.place(slow);
        // [x, i] -> [getitem, x, i]
        f.emit(Op::PushImm, Arg::Func(FuncRef::Runtime("getitem".into())));
        f.emit_int(Op::Swap, 3);
        f.emit_int(Op::Swap, 2);
        f.emit_int(Op::Call, 2);
        f.place(end);
    }

    /// `x[i] = v` with `[v, x, i]` on the stack, which it pops: a list
    /// item written inline, the rest by the runtime's `setitem`.
    pub fn subscript_store(&mut self, f: &mut FnGen, known: Option<Slot>) {
        let slow = f.label();
        let end = f.label();
        self.list_index_checks(f, slow, known);
        // [v, x, i] -> [array, 1 + i, v]
        f.emit_int(Op::PushInt, 1);
        f.emit_int(Op::Binary, BinOp::Add as i32);
        f.emit_int(Op::Swap, 3);
        f.emit_int(Op::Swap, 2);
        f.emit_int(Op::LoadField, 2);
        f.emit_int(Op::Swap, 3);
        f.emit_int(Op::Swap, 2);
        f.emit(Op::StoreItem, Arg::None);
        f.jump(Op::Jump, end);
        f.place(slow);
        // [v, x, i] -> [setitem, x, i, v]
        f.emit(Op::PushImm, Arg::Func(FuncRef::Runtime("setitem".into())));
        f.emit_int(Op::Swap, 4);
        f.emit_int(Op::Call, 3);
        f.emit(Op::Pop, Arg::None);
        f.place(end);
    }

    /// A builtin class object.
    pub fn class_ref(&mut self, f: &mut FnGen, name: &str) {
        f.emit(Op::LoadGlobal, Arg::Class(builtin_class(name).unwrap_or(0)));
    }

    /// A tuple (or an array, for a list) of the values of `items`: they are
    /// evaluated first, then stored into the new object.
    pub fn build(&mut self, f: &mut FnGen, items: &[Expr], t: HeapType) -> R<()> {
        for a in items {
            self.expr(f, a)?;
        }
        self.pack(f, items.len(), t);
        Ok(())
    }

    /// Replace the top `n` values with a tuple (or array) holding them.
    pub fn pack(&mut self, f: &mut FnGen, n: usize, t: HeapType) {
        f.emit_int(Op::PushInt, (t as u32 | (n as u32) << 8) as i32);
        f.emit(Op::Alloc, Arg::None);
        // [.., item, obj] -> [.., obj, obj, item] -> [.., obj]: the items
        // go in from the last, each consumed by its store.
        for k in (0..n).rev() {
            f.emit_int(Op::Copy, 1);
            f.emit_int(Op::Swap, 3);
            f.emit_int(Op::StoreField, k as i32 + 1);
        }
    }

    /// A list of the values of `items`, `*x` items unpacked.
    fn star_list(&mut self, f: &mut FnGen, items: &[Expr]) -> R<()> {
        f.emit(Op::PushImm, Arg::Func(FuncRef::Runtime("list_new".into())));
        f.emit_int(Op::PushInt, 0);
        f.emit_int(Op::Call, 1);
        for a in items {
            let (rt, v) = match &a.kind {
                ExprKind::Starred(v) => ("list_extend", &**v),
                _ => ("list_append", a),
            };
            f.emit(Op::PushImm, Arg::Func(FuncRef::Runtime(rt.into())));
            f.emit_int(Op::Copy, 2);
            self.expr(f, v)?;
            f.emit_int(Op::Call, 2);
            f.emit(Op::Pop, Arg::None);
        }
        Ok(())
    }

    /// A list of the values of `items`.
    pub fn build_list(&mut self, f: &mut FnGen, items: &[Expr]) -> R<()> {
        self.build(f, items, HeapType::Array)?;
        f.emit(Op::PushImm, Arg::Func(FuncRef::Runtime("list_wrap".into())));
        f.emit_int(Op::Swap, 2);
        f.emit_int(Op::PushInt, items.len() as i32);
        f.emit_int(Op::Call, 2);
        Ok(())
    }

    /// A comprehension's variables: each a hidden slot the names are
    /// renamed to, holding a new cell when lambdas inside use them.
    fn comp_names(&mut self, f: &mut FnGen, target: &Target, cells: bool) {
        let mut names = Vec::new();
        target.names(&mut names);
        for (n, _) in names {
            let slot = self.hidden_slot(f);
            if cells {
                f.emit_int(Op::PushInt, value::HeapType::Cell.header(1) as i32 >> 1);
                f.emit(Op::Alloc, Arg::None);
                f.emit_int(Op::Copy, 1);
                f.emit(Op::PushNull, Arg::None);
                f.emit_int(Op::StoreField, 1);
                self.store_slot(f, slot);
                f.comp_cells.push(slot);
            }
            f.renames.push((n, slot));
        }
    }

    fn comprehension(
        &mut self,
        f: &mut FnGen,
        kind: CompKind,
        elt: &Expr,
        value: Option<&Expr>,
        gens: &[crate::ast::CompFor],
    ) -> R<()> {
        let comp_pos = f.pos;
        let result = self.hidden_slot(f);
        let make = match kind {
            CompKind::List => "list_new",
            CompKind::Set => "set_new",
            CompKind::Dict => "dict_new",
        };
        f.emit(Op::PushImm, Arg::Func(FuncRef::Runtime(make.into())));
        if kind == CompKind::List {
            f.emit_int(Op::PushInt, 0);
            f.emit_int(Op::Call, 1);
        } else {
            f.emit_int(Op::Call, 0);
        }
        self.store_slot(f, result);
        let saved = f.renames.len();
        let saved_cells = f.comp_cells.len();
        // Variables that lambdas or generator expressions inside use are
        // cells, one per variable for the whole comprehension (CPython's
        // late binding).
        let inner = std::iter::once(elt)
            .chain(value)
            .chain(gens.iter().flat_map(|g| &g.ifs))
            .chain(gens.iter().skip(1).map(|g| &g.iter));
        let cells = inner.into_iter().any(has_nested_function);
        let mut exits = Vec::new();
        let mut tops = Vec::new();
        // Where CPython's comprehension function starts: after the first
        // iterable.
        let region = f.label();
        for g in gens {
            // `for NAME in range(...)` with a literal step (or none) is a
            // counted loop, as in a `for` statement: no range object.
            let range = match (&g.target, &g.iter.kind) {
                (Target::Name(..), ExprKind::Call(func, args))
                    if (1..=3).contains(&args.len())
                        && args.iter().all(|a| !matches!(a.kind, ExprKind::Starred(_)))
                        && matches!(&func.kind, ExprKind::Name(r)
                            if matches!(self.resolve(f, r, func.pos), Ok(NameRef::Static(Static::Range)))) =>
                {
                    match args.get(2).map(|a| &a.kind) {
                        None => Some((args, 1)),
                        Some(ExprKind::Int(Some(v))) if *v != 0 && value::fits(*v) => {
                            Some((args, *v))
                        }
                        _ => None,
                    }
                }
                _ => None,
            };
            if let Some((args, step)) = range {
                let cur = self.hidden_slot(f);
                let stop = self.hidden_slot(f);
                if args.len() == 1 {
                    f.emit_int(Op::PushInt, 0);
                }
                for a in &args[..args.len().min(2)] {
                    self.range_arg(f, a, g.iter.pos)?;
                }
                f.pos = g.iter.pos;
                self.store_slot(f, stop);
                self.store_slot(f, cur);
                if tops.is_empty() {
                    f.place(region);
                }
                self.comp_names(f, &g.target, cells);
                let top = f.label();
                let exit = f.label();
                f.place(top);
                self.load_slot(f, cur);
                self.load_slot(f, stop);
                let op = if step > 0 { CmpOp::Lt } else { CmpOp::Gt };
                f.emit_int(Op::Compare, op as i32);
                f.jump(Op::PopJumpIfFalse, exit);
                self.load_slot(f, cur);
                self.store_target(f, &g.target)?;
                // The next value now, so that a failed condition goes
                // straight back to the test.
                self.load_slot(f, cur);
                self.int_literal(f, Some(step), g.iter.pos)?;
                f.emit_int(Op::Binary, BinOp::Add as i32);
                self.store_slot(f, cur);
                for c in &g.ifs {
                    self.cond_jump(f, c, false, top)?;
                }
                tops.push(top);
                exits.push((exit, None));
                continue;
            }
            // The first iterable is evaluated outside, the others inside.
            let seq = self.hidden_slot(f);
            let idx = self.hidden_slot(f);
            self.expr(f, &g.iter)?;
            // CPython's GET_ITER has the comprehension's span.
            f.pos = comp_pos;
            self.loop_iter_setup(f, seq, idx);
            if tops.is_empty() {
                f.place(region);
            }
            self.comp_names(f, &g.target, cells);
            let top = f.label();
            let exit = f.label();
            let exit_pop = f.label();
            f.place(top);
            self.loop_iter_next(f, seq, idx, exit, exit_pop);
            self.store_target(f, &g.target)?;
            for c in &g.ifs {
                self.cond_jump(f, c, false, top)?;
            }
            tops.push(top);
            exits.push((exit, Some(exit_pop)));
        }
        let add = match kind {
            CompKind::List => "list_append",
            CompKind::Set => "set_add",
            CompKind::Dict => "dict_set",
        };
        f.emit(Op::PushImm, Arg::Func(FuncRef::Runtime(add.into())));
        self.load_slot(f, result);
        self.expr(f, elt)?;
        if let Some(v) = value {
            self.expr(f, v)?;
        }
        f.emit_int(Op::Call, if value.is_some() { 3 } else { 2 });
        f.emit(Op::Pop, Arg::None);
        for k in (0..gens.len()).rev() {
            f.jump(Op::Jump, tops[k]);
            // The iterator's end marker (a counted loop or a list leaves
            // nothing).
            let (exit, exit_pop) = exits[k];
            if let Some(p) = exit_pop {
                f.place(p);
                f.emit(Op::Pop, Arg::None);
            }
            f.place(exit);
        }
        let end = f.label();
        f.place(end);
        let name = match kind {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
        };
        f.unit.comps.push((region, end, name, comp_pos));
        f.renames.truncate(saved);
        f.comp_cells.truncate(saved_cells);
        self.load_slot(f, result);
        Ok(())
    }

    /// The static object an expression names (`Pin`, `machine`, `machine.Pin`...).
    pub(crate) fn static_of(&self, f: &FnGen, e: &Expr) -> Option<Static> {
        match &e.kind {
            ExprKind::Name(n) => match self.resolve(f, n, e.pos) {
                Ok(NameRef::Static(s)) => Some(s),
                _ => None,
            },
            ExprKind::Attr(base, attr) => match (self.static_of(f, base)?, attr.as_str()) {
                (Static::Machine, "Pin") => Some(Static::Pin),
                (Static::Machine, "UART") => builtin_class("UART").map(Static::Class),
                (m @ (Static::Gc | Static::Micropython | Static::Time), a) => {
                    crate::symtab::module_attr(m, a)
                }
                _ => None,
            },
            _ => None,
        }
    }

    fn expr_inner(&mut self, f: &mut FnGen, e: &Expr) -> R<()> {
        match &e.kind {
            ExprKind::Int(v) => self.int_literal(f, *v, e.pos)?,
            ExprKind::Bytes(b) => {
                // The bytes as the code points of a static str.
                f.emit(
                    Op::PushImm,
                    Arg::Func(FuncRef::Runtime("bytes_of_str".into())),
                );
                f.emit(
                    Op::LoadGlobal,
                    Arg::Str(b.iter().map(|&c| c as char).collect()),
                );
                f.emit_int(Op::Call, 1);
            }
            // Made by the linker: not parsed each time it is evaluated.
            ExprKind::BigInt(text) => f.emit(Op::LoadGlobal, Arg::Big(text.clone())),
            ExprKind::Bool(b) => f.emit(Op::PushImm, Arg::Imm(value::boolean(*b))),
            ExprKind::None => f.emit(Op::PushImm, Arg::Imm(value::NONE)),
            ExprKind::Str(s) => f.emit(Op::LoadGlobal, Arg::Str(s.clone())),
            ExprKind::Subscript(base, index) => {
                self.expr(f, base)?;
                self.expr(f, index)?;
                f.pos = e.pos;
                let known = self.list_flag(f, base);
                self.subscript_load(f, known);
            }
            ExprKind::Slice(a, b, c) => {
                f.emit(Op::PushImm, Arg::Func(FuncRef::Runtime("slice_new".into())));
                for part in [a, b, c] {
                    match part {
                        Some(x) => self.expr(f, x)?,
                        None => f.emit(Op::PushImm, Arg::Imm(value::NONE)),
                    }
                }
                f.emit_int(Op::Call, 3);
            }
            ExprKind::Tuple(items) if has_star(items) => {
                f.emit(
                    Op::PushImm,
                    Arg::Func(FuncRef::Runtime("tuple_from".into())),
                );
                self.star_list(f, items)?;
                f.emit_int(Op::Call, 1);
            }
            ExprKind::List(items) if has_star(items) => self.star_list(f, items)?,
            ExprKind::Set(items) if has_star(items) => {
                f.emit(Op::PushImm, Arg::Func(FuncRef::Runtime("set_from".into())));
                self.star_list(f, items)?;
                f.emit_int(Op::Call, 1);
            }
            ExprKind::Tuple(items) => self.build(f, items, HeapType::Tuple)?,
            ExprKind::List(items) => self.build_list(f, items)?,
            ExprKind::Set(items) => {
                f.emit(Op::PushImm, Arg::Func(FuncRef::Runtime("set_from".into())));
                self.build_list(f, items)?;
                f.emit_int(Op::Call, 1);
            }
            ExprKind::Dict(items) => {
                self.rt_call(f, "dict_new", &[])?;
                for (k, v) in items {
                    if let ExprKind::Starred(d) = &k.kind {
                        f.emit(
                            Op::PushImm,
                            Arg::Func(FuncRef::Runtime("dict_update".into())),
                        );
                        f.emit_int(Op::Copy, 2);
                        self.expr(f, d)?;
                        f.emit_int(Op::Call, 2);
                        f.emit(Op::Pop, Arg::None);
                        continue;
                    }
                    f.emit(Op::PushImm, Arg::Func(FuncRef::Runtime("dict_set".into())));
                    f.emit_int(Op::Copy, 2);
                    self.expr(f, k)?;
                    self.expr(f, v)?;
                    f.emit_int(Op::Call, 3);
                    f.emit(Op::Pop, Arg::None);
                }
            }
            ExprKind::Comp(kind, elt, val, gens) => {
                let parts: Vec<&Expr> = std::iter::once(&**elt)
                    .chain(val.as_deref())
                    .chain(
                        gens.iter()
                            .flat_map(|g| std::iter::once(&g.iter).chain(&g.ifs)),
                    )
                    .collect();
                let targets: Vec<&Target> = gens.iter().map(|g| &g.target).collect();
                let flags = self.enter_loop(f, &[], &parts, &targets);
                let r = self.comprehension(f, *kind, elt, val.as_deref(), gens);
                f.list_flags.truncate(flags);
                r?
            }
            ExprKind::FString(parts) => {
                f.emit(Op::PushImm, Arg::Func(FuncRef::Runtime("fstr_join".into())));
                for p in parts {
                    match p {
                        FPart::Lit(t) => f.emit(Op::LoadGlobal, Arg::Str(t.clone())),
                        FPart::Val(v, conv, spec) => {
                            f.emit(
                                Op::PushImm,
                                Arg::Func(FuncRef::Runtime("format_conv".into())),
                            );
                            self.expr(f, v)?;
                            f.emit_int(Op::PushInt, *conv as i32);
                            match spec {
                                Some(sp) => self.expr(f, sp)?,
                                None => f.emit(Op::LoadGlobal, Arg::Str(String::new())),
                            }
                            f.emit_int(Op::Call, 3);
                        }
                    }
                }
                self.pack(f, parts.len(), HeapType::Tuple);
                f.emit_int(Op::Call, 1);
            }
            ExprKind::CallKw(func, args, kws) => self.call_kw(f, e, func, args, kws)?,
            ExprKind::Lambda(def) => self.function_value(f, def, None)?,
            ExprKind::Starred(_) => {
                return self.err(
                    e.pos,
                    "a starred expression is only supported in a call or a display",
                )
            }
            ExprKind::Walrus(n, v) => {
                self.expr(f, v)?;
                f.emit_int(Op::Copy, 1);
                self.store_name(f, n, e.pos)?;
            }
            ExprKind::CallEx(func, args, kws) => self.call_ex(f, e, func, args, kws)?,
            ExprKind::GenExp(def, first) => {
                self.function_value(f, def, None)?;
                self.rt_call(f, "iter", &[first])?;
                f.emit_int(Op::Call, 1);
            }
            ExprKind::Yield(_) | ExprKind::YieldFrom(_) => self.yield_value(f, e)?,
            ExprKind::Name(n) => self.load_name(f, n, e.pos)?,
            ExprKind::Attr(base, attr) => match (self.static_of(f, base), attr.as_str()) {
                (Some(Static::Pin), "OUT") => f.emit_int(Op::PushInt, PIN_MODE_OUT as i32),
                (Some(Static::Pin), "IN") => f.emit_int(Op::PushInt, PIN_MODE_IN as i32),
                // MicroPython's values; only `Pin(..., pull=)` uses them.
                (Some(Static::Pin), "PULL_UP") => f.emit_int(Op::PushInt, 1),
                (Some(Static::Pin), "PULL_DOWN") => f.emit_int(Op::PushInt, 2),
                (Some(Static::Pin), a) => {
                    return self.err(e.pos, format!("Pin.{a} is not supported"))
                }
                (Some(Static::Machine), "UART") => f.emit(
                    Op::LoadGlobal,
                    Arg::Class(builtin_class("UART").unwrap_or(0)),
                ),
                (Some(Static::Machine), a) => {
                    return self.err(e.pos, format!("machine.{a} is not supported"))
                }
                (Some(Static::Time), a) => {
                    return self.err(e.pos, format!("time.{a} is not supported"))
                }
                (Some(s), a) if !matches!(s, Static::Class(_)) => {
                    return self.err(e.pos, format!("the attribute .{a} is not supported here"))
                }
                (_, a) if self.is_super(f, base) => self.super_attr(f, e, a)?,
                (_, a) if self.runtime => {
                    f.emit(Op::PushImm, Arg::Func(FuncRef::Runtime("getattr".into())));
                    self.expr(f, base)?;
                    f.emit(Op::LoadGlobal, Arg::Str(a.to_string()));
                    f.emit_int(Op::Call, 2);
                }
                (_, a) => {
                    self.expr(f, base)?;
                    f.pos = e.pos;
                    self.attr_load(f, a);
                }
            },
            ExprKind::Bin(BinOpK::Hw(_), _, _)
                if const_int(e).is_some_and(|v| (PUSH_INT_MIN..=PUSH_INT_MAX).contains(&v)) =>
            {
                f.emit_int(Op::PushInt, const_int(e).unwrap_or(0) as i32);
            }
            ExprKind::Bin(BinOpK::Hw(op), a, b) => {
                if let Some((x, op, k)) = self.runtime.then(|| pow2_op(*op, a, b)).flatten() {
                    self.expr(f, x)?;
                    f.emit_int(Op::PushInt, k);
                    f.emit_int(Op::Binary, op as i32);
                    return Ok(());
                }
                if !self.runtime {
                    if let Some(plan) = int_const_op(*op, a, b) {
                        self.int_const_op(f, e, plan)?;
                        return Ok(());
                    }
                }
                self.expr(f, a)?;
                self.expr(f, b)?;
                f.emit_int(Op::Binary, *op as i32);
            }
            ExprKind::Float(text) => {
                f.emit(
                    Op::PushImm,
                    Arg::Func(FuncRef::Runtime("float_parse".into())),
                );
                f.emit(Op::LoadGlobal, Arg::Str(text.clone()));
                f.emit_int(Op::Call, 1);
            }
            ExprKind::Bin(BinOpK::TrueDiv, a, b) => {
                f.emit(Op::PushImm, Arg::Func(FuncRef::Runtime("truediv".into())));
                self.expr(f, a)?;
                self.expr(f, b)?;
                f.emit_int(Op::Call, 2);
            }
            ExprKind::Bin(BinOpK::Pow, a, b) => {
                // A literal exponent >= 0 keeps a program without objects
                // free of them; any other may need a float or raise.
                let rt = match b.kind {
                    ExprKind::Int(Some(k)) if k >= 0 => "pow_lit",
                    _ => "pow",
                };
                f.emit(Op::PushImm, Arg::Func(FuncRef::Runtime(rt.into())));
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
                    self.compare_op(f, rest[0].0);
                } else {
                    // As CPython 3.11: each middle operand is evaluated once.
                    let cleanup = f.label();
                    let end = f.label();
                    for (i, (op, r)) in rest.iter().enumerate() {
                        self.expr(f, r)?;
                        if i + 1 < rest.len() {
                            f.emit_int(Op::Swap, 2);
                            f.emit_int(Op::Copy, 2);
                            self.compare_op(f, *op);
                            f.jump(Op::JumpIfFalseOrPop, cleanup);
                        } else {
                            self.compare_op(f, *op);
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
                self.cond_jump(f, test, false, other)?;
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

    /// Compare the two values on top.
    pub(super) fn compare_op(&mut self, f: &mut FnGen, op: CmpK) {
        match op {
            CmpK::Hw(c) => f.emit_int(Op::Compare, c as i32),
            CmpK::In | CmpK::NotIn => {
                // [a, b] -> contains(b, a)
                f.emit(Op::PushImm, Arg::Func(FuncRef::Runtime("contains".into())));
                f.emit_int(Op::Swap, 3);
                f.emit_int(Op::Call, 2);
                if op == CmpK::NotIn {
                    f.emit_int(Op::Unary, UnOp::Not as i32);
                }
            }
        }
    }

    fn call_kw(
        &mut self,
        f: &mut FnGen,
        e: &Expr,
        func: &Expr,
        args: &[Expr],
        kws: &[(String, Expr)],
    ) -> R<()> {
        let kw = |name: &str| kws.iter().find(|(k, _)| k == name).map(|(_, v)| v);
        let none = Expr {
            pos: e.pos,
            kind: ExprKind::None,
        };
        let falsy = Expr {
            pos: e.pos,
            kind: ExprKind::Bool(false),
        };
        // The fast shapes evaluate the keywords in parameter order: only
        // when that is their order in the source.
        let only = |allowed: &[&str]| {
            let mut at = 0;
            kws.iter()
                .all(|(k, _)| match allowed[at..].iter().position(|a| a == k) {
                    Some(i) => {
                        at += i + 1;
                        true
                    }
                    None => false,
                })
        };
        match self.static_of(f, func) {
            Some(Static::Print) if only(&["sep", "end"]) => {
                let space = Expr {
                    pos: e.pos,
                    kind: ExprKind::Str(" ".into()),
                };
                let newline = Expr {
                    pos: e.pos,
                    kind: ExprKind::Str("\n".into()),
                };
                f.emit(Op::PushImm, Arg::Func(FuncRef::Runtime("print_kw".into())));
                self.build(f, args, HeapType::Tuple)?;
                self.expr(f, kw("sep").unwrap_or(&space))?;
                self.expr(f, kw("end").unwrap_or(&newline))?;
                f.emit_int(Op::Call, 3);
                return Ok(());
            }
            Some(Static::Pin) => return self.pin_kw(f, e, func, args, kws),
            Some(s @ (Static::Print | Static::Runtime | Static::Class(_) | Static::Range))
                if !self.runtime =>
            {
                let name = static_name(func);
                match name.as_str() {
                    "sorted" if args.len() == 1 && only(&["key", "reverse"]) => {
                        let key = kw("key").unwrap_or(&none);
                        let rev = kw("reverse").unwrap_or(&falsy);
                        return self.rt_call(f, "sorted_kw", &[&args[0], key, rev]);
                    }
                    "min" | "max" if !args.is_empty() && only(&["key"]) => {
                        let key = kw("key").unwrap_or(&none);
                        f.emit(
                            Op::PushImm,
                            Arg::Func(FuncRef::Runtime(format!("{name}_kw"))),
                        );
                        if args.len() == 1 {
                            self.expr(f, &args[0])?;
                        } else {
                            self.build(f, args, HeapType::Tuple)?;
                        }
                        self.expr(f, key)?;
                        f.emit_int(Op::Call, 2);
                        return Ok(());
                    }
                    _ => {}
                }
                // The runtime binds the keywords as CPython does and raises
                // its TypeError for the ones it refuses.
                match s {
                    Static::Class(i) => {
                        f.emit(
                            Op::PushImm,
                            Arg::Func(FuncRef::Runtime("builtin_class_kw".into())),
                        );
                        f.emit(Op::LoadGlobal, Arg::Class(i));
                    }
                    _ => {
                        f.emit(
                            Op::PushImm,
                            Arg::Func(FuncRef::Runtime("builtin_kw".into())),
                        );
                        f.emit(Op::LoadGlobal, Arg::Str(name));
                    }
                }
                self.build(f, args, HeapType::Tuple)?;
                self.kw_tuples(f, kws)?;
                f.emit_int(Op::Call, 4);
                return Ok(());
            }
            _ => {}
        }
        if self.static_of(f, func).is_some() {
            return self.err(
                kws[0].1.pos,
                "keyword arguments are not supported in this call",
            );
        }
        // Generic: the runtime matches the names with the parameters.
        let (rt, head): (&str, Vec<&Expr>) = match &func.kind {
            // `super().m(k=v)`: the bound method is a value.
            ExprKind::Attr(obj, _) if self.is_super(f, obj) => ("call_kw", vec![func]),
            ExprKind::Attr(obj, _) => ("callmethod_kw", vec![obj]),
            _ => ("call_kw", vec![func]),
        };
        f.emit(Op::PushImm, Arg::Func(FuncRef::Runtime(rt.into())));
        for h in &head {
            self.expr(f, h)?;
        }
        if let (ExprKind::Attr(_, m), "callmethod_kw") = (&func.kind, rt) {
            f.emit(Op::LoadGlobal, Arg::Str(m.clone()));
        }
        self.build(f, args, HeapType::Tuple)?;
        self.kw_tuples(f, kws)?;
        if rt == "callmethod_kw" {
            f.method_call(func.pos, 5);
        } else {
            f.emit_int(Op::Call, 4);
        }
        Ok(())
    }

    /// `Pin(id, mode=-1, pull=-1, *, value=None)` as MicroPython's. The
    /// value goes to the output register before `PIN_INIT` sets the
    /// direction, so an output starts at it without a glitch, and
    /// `PUSH_INT id, PUSH_INT mode, PIN_INIT` stays last: a global bound
    /// to the Pin is still a constant.
    fn pin_kw(
        &mut self,
        f: &mut FnGen,
        e: &Expr,
        func: &Expr,
        args: &[Expr],
        kws: &[(String, Expr)],
    ) -> R<()> {
        if args.len() > 3 {
            return self.err(e.pos, "Pin() takes at most 3 positional arguments");
        }
        let mut slot: [Option<&Expr>; 4] = [None; 4];
        for (i, a) in args.iter().enumerate() {
            slot[i] = Some(a);
        }
        for (k, v) in kws {
            let i = match k.as_str() {
                "mode" => 1,
                "pull" => 2,
                "value" => 3,
                _ => return self.err(v.pos, format!("Pin({k}=...) is not supported")),
            };
            if slot[i].is_some() {
                return self.err(v.pos, format!("Pin() got multiple values for '{k}'"));
            }
            slot[i] = Some(v);
        }
        let (Some(id), Some(mode)) = (slot[0], slot[1]) else {
            return self.err(e.pos, "Pin() without a mode is not supported");
        };
        let pin = match &id.kind {
            ExprKind::Str(name) => pysm_isa::pins::lookup(name),
            _ => None,
        };
        if let Some(pull) = slot[2] {
            let want = match &pull.kind {
                ExprKind::None => None,
                ExprKind::Attr(b, a) if self.static_of(f, b) == Some(Static::Pin) => {
                    match a.as_str() {
                        "PULL_UP" => Some(true),
                        "PULL_DOWN" => Some(false),
                        _ => return self.err(pull.pos, format!("Pin.{a} is not supported")),
                    }
                }
                _ => return self.err(pull.pos, "pull must be None, Pin.PULL_UP or Pin.PULL_DOWN"),
            };
            // The pads' resistors are fixed on the board: a pull is
            // accepted where the pad already rests at that level.
            if let Some(up) = want {
                match pin {
                    Some(p) if p.idle_level == up => {}
                    Some(p) => {
                        let what = if up { "pull-up" } else { "pull-down" };
                        return self.err(pull.pos, format!("pin {} has no {what}", p.name));
                    }
                    None => return self.err(pull.pos, "a pull needs a literal pin name"),
                }
            }
        }
        if let Some(v) = slot[3] {
            let Some(p) = pin else {
                return self.err(v.pos, "Pin(..., value=...) needs a literal pin name");
            };
            let saved = f.pos;
            f.pos = v.pos;
            match &v.kind {
                ExprKind::None => {}
                ExprKind::Int(Some(x)) => {
                    f.emit_int(if *x != 0 { Op::PinHigh } else { Op::PinLow }, p.id as i32)
                }
                ExprKind::Bool(b) => {
                    f.emit_int(if *b { Op::PinHigh } else { Op::PinLow }, p.id as i32)
                }
                _ => {
                    f.emit(Op::PushImm, Arg::Imm(value::pin(p.id)));
                    self.expr(f, v)?;
                    f.emit(Op::PinWrite, Arg::None);
                }
            }
            f.pos = saved;
        }
        self.static_call(f, e, Static::Pin, func, &[id.clone(), mode.clone()])?;
        Ok(())
    }

    /// The tuple of keyword names, then the tuple of their values.
    fn kw_tuples(&mut self, f: &mut FnGen, kws: &[(String, Expr)]) -> R<()> {
        for (k, _) in kws {
            f.emit(Op::LoadGlobal, Arg::Str(k.clone()));
        }
        self.pack(f, kws.len(), HeapType::Tuple);
        for (_, v) in kws {
            self.expr(f, v)?;
        }
        self.pack(f, kws.len(), HeapType::Tuple);
        Ok(())
    }

    /// A call with `*args` or `**kwargs`: the runtime library binds a list
    /// of positional values and a dict of keyword values.
    fn call_ex(
        &mut self,
        f: &mut FnGen,
        e: &Expr,
        func: &Expr,
        args: &[Expr],
        kws: &[(String, Expr)],
    ) -> R<()> {
        let positional = |g: &mut Gen, f: &mut FnGen| -> R<()> {
            g.rt_call(
                f,
                "list_new",
                &[&Expr {
                    pos: e.pos,
                    kind: ExprKind::Int(Some(0)),
                }],
            )?;
            for a in args {
                let (rt, v) = match &a.kind {
                    ExprKind::Starred(v) => ("list_extend", &**v),
                    _ => ("list_append", a),
                };
                f.emit(Op::PushImm, Arg::Func(FuncRef::Runtime(rt.into())));
                f.emit_int(Op::Copy, 2);
                g.expr(f, v)?;
                f.emit_int(Op::Call, 2);
                f.emit(Op::Pop, Arg::None);
            }
            Ok(())
        };
        match self.static_of(f, func) {
            Some(s @ (Static::Print | Static::Runtime))
                if !self.runtime
                    && (s == Static::Runtime && !kws.is_empty()
                        || kws.iter().any(|(k, _)| k != "sep" && k != "end")) =>
            {
                // name(*args, **kw): the runtime binds the keywords.
                f.emit(
                    Op::PushImm,
                    Arg::Func(FuncRef::Runtime("builtin_ex".into())),
                );
                f.emit(Op::LoadGlobal, Arg::Str(static_name(func)));
                positional(self, f)?;
                self.kw_dict(f, kws)?;
                f.emit_int(Op::Call, 3);
                return Ok(());
            }
            Some(Static::Print) => {
                let kw = |name: &str| kws.iter().find(|(k, _)| k == name).map(|(_, v)| v);
                let space = Expr {
                    pos: e.pos,
                    kind: ExprKind::Str(" ".into()),
                };
                let newline = Expr {
                    pos: e.pos,
                    kind: ExprKind::Str("\n".into()),
                };
                f.emit(Op::PushImm, Arg::Func(FuncRef::Runtime("print_kw".into())));
                f.emit(
                    Op::PushImm,
                    Arg::Func(FuncRef::Runtime("tuple_from".into())),
                );
                positional(self, f)?;
                f.emit_int(Op::Call, 1);
                self.expr(f, kw("sep").unwrap_or(&space))?;
                self.expr(f, kw("end").unwrap_or(&newline))?;
                f.emit_int(Op::Call, 3);
                return Ok(());
            }
            Some(Static::Runtime) if kws.is_empty() => {
                if let ExprKind::Name(n) = &func.kind {
                    if matches!(n.as_str(), "min" | "max" | "zip") {
                        let one = match n.as_str() {
                            "zip" => "zip_t",
                            "min" => "min_star",
                            _ => "max_star",
                        };
                        f.emit(Op::PushImm, Arg::Func(FuncRef::Runtime(one.into())));
                        positional(self, f)?;
                        f.emit_int(Op::Call, 1);
                        return Ok(());
                    }
                }
            }
            Some(Static::Class(_) | Static::Runtime | Static::Range) => {}
            Some(_) => return self.err(e.pos, "*args and **kwargs are not supported in this call"),
            None => {}
        }
        f.emit(Op::PushImm, Arg::Func(FuncRef::Runtime("call_ex".into())));
        self.expr(f, func)?;
        positional(self, f)?;
        self.kw_dict(f, kws)?;
        f.emit_int(Op::Call, 3);
        Ok(())
    }

    /// The dict of a call's keyword arguments (`**` items unpacked).
    fn kw_dict(&mut self, f: &mut FnGen, kws: &[(String, Expr)]) -> R<()> {
        self.rt_call(f, "dict_new", &[])?;
        for (k, v) in kws {
            if k == "**" {
                f.emit(
                    Op::PushImm,
                    Arg::Func(FuncRef::Runtime("dict_update".into())),
                );
                f.emit_int(Op::Copy, 2);
                self.expr(f, v)?;
                f.emit_int(Op::Call, 2);
            } else {
                f.emit(Op::PushImm, Arg::Func(FuncRef::Runtime("dict_set".into())));
                f.emit_int(Op::Copy, 2);
                f.emit(Op::LoadGlobal, Arg::Str(k.clone()));
                self.expr(f, v)?;
                f.emit_int(Op::Call, 3);
            }
            f.emit(Op::Pop, Arg::None);
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
            // A builtin class is a value: its methods are found at run time.
            if let Some(s) = self
                .static_of(f, obj)
                .filter(|s| !matches!(s, Static::Class(_)))
            {
                let m = match s {
                    Static::Machine => "machine",
                    Static::Time => "time",
                    Static::Pin => "Pin",
                    Static::Micropython => "micropython",
                    Static::Gc => "gc",
                    _ => "this object",
                };
                return self.err(func.pos, format!("{m}.{method} is not supported"));
            }
            if let ExprKind::Call(sf, sargs) = &obj.kind {
                if sargs.is_empty() && self.static_of(f, sf) == Some(Static::Super) {
                    return self.super_call(f, e, method, args).map(|_| true);
                }
            }
            let pin = match (method.as_str(), args.len()) {
                _ if self.sym.user_methods.contains(method) => None,
                ("on", _) => Some((0, Op::PinOn)),
                ("off", _) => Some((0, Op::PinOff)),
                ("toggle", _) => Some((0, Op::PinToggle)),
                ("value", 0) => Some((0, Op::PinRead)),
                ("value", _) => Some((1, Op::PinWrite)),
                _ => None,
            };
            let Some((want, op)) = pin else {
                let n = args.len();
                if let Some(rt) = direct_method(method, n) {
                    // A runtime function that tries the builtin type's
                    // method first and `callmethod` after.
                    f.emit(Op::PushImm, Arg::Func(FuncRef::Runtime(rt.into())));
                    self.expr(f, obj)?;
                    for a in args {
                        self.expr(f, a)?;
                    }
                    f.method_call(func.pos, n as i32 + 1);
                } else if n <= 4 {
                    f.emit(
                        Op::PushImm,
                        Arg::Func(FuncRef::Runtime(format!("callmethod{n}"))),
                    );
                    self.expr(f, obj)?;
                    f.emit(Op::LoadGlobal, Arg::Str(method.clone()));
                    for a in args {
                        self.expr(f, a)?;
                    }
                    f.method_call(func.pos, n as i32 + 2);
                } else {
                    f.emit(
                        Op::PushImm,
                        Arg::Func(FuncRef::Runtime("callmethod_t".into())),
                    );
                    self.expr(f, obj)?;
                    f.emit(Op::LoadGlobal, Arg::Str(method.clone()));
                    self.build(f, args, HeapType::Tuple)?;
                    f.method_call(func.pos, 3);
                }
                return Ok(true);
            };
            self.arity(e, method, args, want)?;
            self.expr(f, obj)?;
            // A Pin the compiler knows: the pin is the operand.
            let n = f.unit.code.len();
            let direct = match op {
                Op::PinOn => Some(Op::PinHigh),
                Op::PinOff => Some(Op::PinLow),
                Op::PinRead => Some(Op::PinLevel),
                _ => None,
            };
            if let (Some(direct), Some(pin)) = (direct, f.unit.code.last().and_then(super::pin_imm))
            {
                if !f.labelled_from(n) {
                    f.unit.code.pop();
                    f.emit_int(direct, pin as i32);
                    // An output goes out before a store just before it (the
                    // store cannot fault and nothing can see the order but
                    // the clock): `t0 = ticks_cpu(); p.on()` drives the pin
                    // a cycle sooner after reading the counter.
                    let k = n - 1;
                    let swap = direct != Op::PinLevel
                        && k >= 1
                        && matches!(f.unit.code[k - 1].op, Op::StoreGlobal | Op::StoreFast)
                        && !f.unit.labels.contains(&k);
                    if swap {
                        f.unit.code.swap(k - 1, k);
                    }
                    return Ok(op == Op::PinRead);
                }
            }
            for a in args {
                self.expr(f, a)?;
            }
            // Not a Pin: an AttributeError, which underlines `obj.method`.
            let saved = f.pos;
            f.pos = func.pos;
            f.emit(op, Arg::None);
            f.pos = saved;
            return Ok(op == Op::PinRead);
        }
        let _ = want_value;
        self.expr(f, func)?;
        self.call_args(f, e, args)?;
        Ok(true)
    }

    /// `super().method(args)` in a method: the method of the class's base,
    /// with the method's first parameter as self.
    fn super_call(&mut self, f: &mut FnGen, e: &Expr, method: &str, args: &[Expr]) -> R<()> {
        self.super_operands(f, e, "super_call", method)?;
        self.build(f, args, HeapType::Tuple)?;
        f.emit_int(Op::Call, 4);
        Ok(())
    }

    /// The runtime function `rt`, then the class, the method's first
    /// parameter and `name`: what `super().name` needs.
    fn super_operands(&mut self, f: &mut FnGen, e: &Expr, rt: &str, name: &str) -> R<()> {
        let (Some(class), Some(scope)) = (f.class.clone(), f.scope.as_ref()) else {
            return self.err(e.pos, "super() is only supported in a method");
        };
        if scope.params == 0 {
            return self.err(e.pos, "super(): no arguments");
        }
        f.emit(Op::PushImm, Arg::Func(FuncRef::Runtime(rt.into())));
        self.load_name(f, &class, e.pos)?;
        f.emit_int(Op::LoadFast, 0);
        f.emit(Op::LoadGlobal, Arg::Str(name.to_string()));
        Ok(())
    }

    /// Whether e is `super()`.
    fn is_super(&self, f: &FnGen, e: &Expr) -> bool {
        matches!(&e.kind, ExprKind::Call(sf, sargs)
            if sargs.is_empty() && self.static_of(f, sf) == Some(Static::Super))
    }

    /// `super().name` as a value (a bound method, a property's value, ...).
    fn super_attr(&mut self, f: &mut FnGen, e: &Expr, name: &str) -> R<()> {
        self.super_operands(f, e, "super_attr", name)?;
        f.emit_int(Op::Call, 3);
        Ok(())
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
            Static::Class(i) => {
                f.emit(Op::LoadGlobal, Arg::Class(i));
                self.call_args(f, e, args)?;
                Ok(true)
            }
            Static::Range => {
                self.load_name(f, &static_name(func), func.pos)?;
                self.call_args(f, e, args)?;
                Ok(true)
            }
            Static::Super => self.err(e.pos, "super() is only supported as super().method(...)"),
            Static::ModuleFn(name) => {
                f.emit(Op::PushImm, Arg::Func(FuncRef::Runtime(name.into())));
                self.call_args(f, e, args)?;
                Ok(true)
            }
            Static::Const => {
                self.arity(e, "const", args, 1)?;
                self.expr(f, &args[0])?;
                Ok(true)
            }
            Static::Raise => {
                self.arity(e, "__raise", args, 1)?;
                self.expr(f, &args[0])?;
                f.emit(Op::Raise, Arg::None);
                Ok(false)
            }
            Static::Unhandled => {
                self.arity(e, "__unhandled", args, 1)?;
                self.expr(f, &args[0])?;
                f.emit_int(Op::Fault, Fault::Unhandled as i32);
                Ok(false)
            }
            Static::Machine | Static::Time | Static::Gc | Static::Micropython => {
                self.err(func.pos, "calling a module is not supported")
            }
            Static::Pin => {
                if args.len() != 2 {
                    self.pin_kw(f, e, func, args, &[])?;
                    return Ok(true);
                }
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
            Static::TicksPort(port) => {
                let name = if port == pysm_isa::io::PORT_TICKS_US {
                    "ticks_us"
                } else {
                    "ticks_ms"
                };
                self.arity(e, name, args, 0)?;
                f.emit_int(Op::IoRead, port as i32);
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
                if i == Intrinsic::Feature {
                    return self.err(e.pos, "__feature() is only allowed as the test of an if");
                }
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
                    (Intrinsic::Missing, _) => f.emit(Op::PushImm, Arg::Imm(value::MISSING)),
                    (Intrinsic::State, _) => f.emit(Op::LoadGlobal, Arg::State),
                    (Intrinsic::DebugNames, _) => f.emit(Op::LoadGlobal, Arg::DebugNames),
                    (Intrinsic::LoadRstack, _) => f.emit(Op::LoadRstack, Arg::None),
                    (Intrinsic::IoRead | Intrinsic::Feature, _) => {}
                }
                Ok(!matches!(i, Intrinsic::Store | Intrinsic::StoreData))
            }
            Static::Runtime => {
                let name = match &func.kind {
                    ExprKind::Name(n) => n.clone(),
                    _ => return self.err(func.pos, "bad runtime call"),
                };
                let name = if self.runtime {
                    name
                } else {
                    match builtin_variant(&name, args.len()) {
                        Some(v) => v,
                        None => {
                            return self.err(
                                e.pos,
                                format!("{name}() does not take {} arguments", args.len()),
                            )
                        }
                    }
                };
                f.emit(Op::PushImm, Arg::Func(FuncRef::Runtime(name.clone())));
                if !self.runtime
                    && (matches!(name.as_str(), "zip_t" | "map_t")
                        || matches!(name.as_str(), "min" | "max") && args.len() > 1)
                {
                    self.build(f, args, HeapType::Tuple)?;
                    f.emit_int(Op::Call, 1);
                } else if matches!(name.as_str(), "isinstance" | "issubclass") && args.len() == 2 {
                    // The classes tested against stay inside the call.
                    self.expr(f, &args[0])?;
                    self.class_operand(f, &args[1])?;
                    f.emit_int(Op::Call, 2);
                } else if name == "format" && args.len() == 1 {
                    self.expr(f, &args[0])?;
                    f.emit(Op::LoadGlobal, Arg::Str(String::new()));
                    f.emit_int(Op::Call, 2);
                } else {
                    self.call_args(f, e, args)?;
                }
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

/// The hardware operator of an augmented assignment, or None for `**`
/// and `/`.
/// The value of an int expression made of int literals and operators,
/// computed as Python does, when it is a small int and no step faults.
pub(crate) fn const_int(e: &Expr) -> Option<i64> {
    let v = match &e.kind {
        ExprKind::Int(Some(v)) => *v,
        ExprKind::Unary(UnOp::Neg, x) => -const_int(x)?,
        ExprKind::Bin(BinOpK::Hw(op), a, b) => {
            let (a, b) = (const_int(a)?, const_int(b)?);
            match op {
                BinOp::Add => a + b,
                BinOp::Sub => a - b,
                BinOp::Mul => a.checked_mul(b)?,
                BinOp::FloorDiv | BinOp::Mod if b != 0 => {
                    // Python floors the quotient.
                    let q = a / b - i64::from(a % b != 0 && (a < 0) != (b < 0));
                    if *op == BinOp::FloorDiv {
                        q
                    } else {
                        a - q * b
                    }
                }
                BinOp::LShift if (0..31).contains(&b) => a.checked_shl(b as u32)?,
                BinOp::RShift if b >= 0 => a >> b.min(63),
                BinOp::And => a & b,
                BinOp::Or => a | b,
                BinOp::Xor => a ^ b,
                _ => return None,
            }
        }
        _ => return None,
    };
    value::fits(v).then_some(v)
}

/// `x * c`, `c * x`, `x // 2**k` and `x % 2**k` with a literal c: on a
/// small int x, shifts, adds and masks instead of the 34-cycle multiplier
/// and divider (Python's floor rules are those of the shifts and masks on
/// two's complement); on anything else the operator itself.
pub(crate) struct ConstOp<'e> {
    x: &'e Expr,
    op: BinOp,
    c: i64,
    c_left: bool,
}

fn int_const_op<'e>(op: BinOp, a: &'e Expr, b: &'e Expr) -> Option<ConstOp<'e>> {
    let lit = |e: &Expr| match e.kind {
        ExprKind::Int(Some(v)) if (2..1 << 23).contains(&v) => Some(v),
        _ => None,
    };
    let pow2 = |v: i64| v & (v - 1) == 0;
    // c = m * 2**j with m 1, 3, 5 or 9: every partial result is no larger
    // than the product, so an overflow midway means the product overflows.
    let by_shift_add = |v: i64| matches!(v >> v.trailing_zeros(), 1 | 3 | 5 | 9);
    match op {
        BinOp::Mul => match (lit(a), lit(b)) {
            (_, Some(c)) if by_shift_add(c) && lit(a).is_none() => Some(ConstOp {
                x: a,
                op,
                c,
                c_left: false,
            }),
            (Some(c), None) if by_shift_add(c) => Some(ConstOp {
                x: b,
                op,
                c,
                c_left: true,
            }),
            _ => None,
        },
        BinOp::FloorDiv | BinOp::Mod => lit(b).filter(|&c| pow2(c)).map(|c| ConstOp {
            x: a,
            op,
            c,
            c_left: false,
        }),
        _ => None,
    }
}

/// The runtime function for `x.method(args)` when x is most often a list
/// or a dict: it runs the method of a list (a dict) without the method
/// lookup, and calls `callmethod` for anything else.
fn direct_method(method: &str, n: usize) -> Option<&'static str> {
    match (method, n) {
        ("append", 1) => Some("meth_append"),
        ("get", 1) => Some("meth_get1"),
        ("get", 2) => Some("meth_get2"),
        _ => None,
    }
}

pub(crate) fn hw_op(op: BinOpK) -> Option<BinOp> {
    match op {
        BinOpK::Hw(b) => Some(b),
        BinOpK::Pow | BinOpK::TrueDiv => None,
    }
}

/// The runtime function of an operator without hardware.
pub(crate) fn rt_op(op: BinOpK) -> &'static str {
    match op {
        BinOpK::TrueDiv => "truediv",
        _ => "pow",
    }
}

/// The name a static is called by.
fn static_name(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Name(n) => n.clone(),
        _ => String::new(),
    }
}

/// Builtins that exist in several runtime functions by argument count.
fn is_special_builtin(name: &str) -> bool {
    matches!(
        name,
        "getattr"
            | "next"
            | "sum"
            | "enumerate"
            | "zip"
            | "pow"
            | "min"
            | "max"
            | "format"
            | "round"
            | "sorted"
            | "input"
    )
}

/// Whether builtin class `i` has methods that its attributes can name
/// (`str.upper`, `int.from_bytes`).
fn has_methods(i: u32) -> bool {
    BUILTIN_CLASSES.get(i as usize).is_some_and(|(n, _)| {
        matches!(
            *n,
            "str" | "list" | "dict" | "tuple" | "int" | "set" | "bytes" | "bytearray"
        )
    })
}

/// The runtime function of a builtin called with `n` arguments.
fn builtin_variant(name: &str, n: usize) -> Option<String> {
    let fixed = |k: usize| (n == k).then(|| name.to_string());
    match name {
        "getattr" => match n {
            2 => Some("getattr".into()),
            3 => Some("getattr3".into()),
            _ => None,
        },
        "next" | "sum" | "enumerate" => match n {
            1 => Some(name.into()),
            2 => Some(format!("{name}2")),
            _ => None,
        },
        "zip" => match n {
            2 => Some("zip".into()),
            3 => Some("zip3".into()),
            _ => Some("zip_t".into()),
        },
        "map" if n >= 3 => Some("map_t".into()),
        "pow" => match n {
            2 => Some("pow".into()),
            3 => Some("pow3".into()),
            _ => None,
        },
        "round" => match n {
            1 => Some("round1".into()),
            2 => Some("round_".into()),
            _ => None,
        },
        "min" | "max" => (n >= 1).then(|| name.to_string()),
        "format" => (n == 1 || n == 2).then(|| name.to_string()),
        "isinstance" | "issubclass" | "hasattr" | "divmod" | "map" | "filter" | "delattr" => {
            fixed(2)
        }
        "setattr" => fixed(3),
        "input" => match n {
            0 => Some("input0".into()),
            1 => Some("input".into()),
            _ => None,
        },
        "$with_exit" => (n == 1).then(|| "with_exit".into()),
        _ => fixed(1),
    }
}

/// Whether a display has `*x` items.
fn has_star(items: &[Expr]) -> bool {
    items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_)))
}

/// Whether a lambda or a generator expression is inside `e`.
fn has_nested_function(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Lambda(_) | ExprKind::GenExp(..))
        || crate::symtab::children(e)
            .into_iter()
            .any(has_nested_function)
}

/// In the runtime library, whose arithmetic is on ints, `x * 2**k`,
/// `x // 2**k` and `x % 2**k` are `x << k`, `x >> k` and `x & (2**k - 1)`:
/// the same value for every int, in one cycle-cheap ALU operation instead
/// of the iterative multiplier and divider.
fn pow2_op<'e>(op: BinOp, a: &'e Expr, b: &'e Expr) -> Option<(&'e Expr, BinOp, i32)> {
    let pow2 = |e: &Expr| match e.kind {
        ExprKind::Int(Some(v)) if (2..1 << 23).contains(&v) && v & (v - 1) == 0 => Some(v as i32),
        _ => None,
    };
    match op {
        BinOp::Mul => match (pow2(a), pow2(b)) {
            (_, Some(v)) => Some((a, BinOp::LShift, v.trailing_zeros() as i32)),
            (Some(v), None) => Some((b, BinOp::LShift, v.trailing_zeros() as i32)),
            _ => None,
        },
        BinOp::FloorDiv => pow2(b).map(|v| (a, BinOp::RShift, v.trailing_zeros() as i32)),
        BinOp::Mod => pow2(b).map(|v| (a, BinOp::And, v - 1)),
        _ => None,
    }
}
