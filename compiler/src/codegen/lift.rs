//! `yield` inside a larger expression. A generator's variables live in
//! the generator object but its operand stack does not survive a `yield`,
//! so the parts of an expression evaluated before a `yield` go to
//! temporaries first, and the expression that is left reads them back.

use super::{FnGen, Gen, Slot, R};
use crate::ast::{Expr, ExprKind, FPart, Pos};
use crate::symtab::children;
use pysm_isa::Op;

/// Whether `e` yields (not counting nested functions).
pub(crate) fn has_yield(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_))
        || children(e).into_iter().any(has_yield)
}

/// Values that reading again later gives the same: no temporary needed.
fn settled(e: &Expr) -> bool {
    matches!(
        e.kind,
        ExprKind::Name(_)
            | ExprKind::Int(_)
            | ExprKind::BigInt(_)
            | ExprKind::Float(_)
            | ExprKind::Str(_)
            | ExprKind::Bytes(_)
            | ExprKind::Bool(_)
            | ExprKind::None
    )
}

impl Gen<'_> {
    /// A name for slot `s` that only this expression uses.
    fn slot_name(&mut self, f: &mut FnGen, s: Slot, pos: Pos) -> Expr {
        let name = format!("$y{}", f.renames.len());
        f.renames.push((name.clone(), s));
        Expr {
            pos,
            kind: ExprKind::Name(name),
        }
    }

    /// Store the value on top in a new temporary; an expression reading it.
    fn spill_top(&mut self, f: &mut FnGen, pos: Pos) -> Expr {
        let s = self.hidden_slot(f);
        self.store_slot(f, s);
        self.slot_name(f, s, pos)
    }

    /// Compile `e`, which yields inside, with nothing on the stack across
    /// the yields.
    pub(crate) fn expr_with_yield(&mut self, f: &mut FnGen, e: &Expr) -> R<()> {
        let n = f.renames.len();
        let rest = self.lift(f, e)?;
        let r = self.expr(f, &rest);
        f.renames.truncate(n);
        r
    }

    /// Emit the evaluation of `e` up to its last yield; return what is
    /// left to evaluate (without yields).
    pub(crate) fn lift(&mut self, f: &mut FnGen, e: &Expr) -> R<Expr> {
        if !has_yield(e) {
            return Ok(e.clone());
        }
        let pos = e.pos;
        f.pos = pos;
        let mk = |kind| Expr { pos, kind };
        Ok(match &e.kind {
            ExprKind::Yield(_) | ExprKind::YieldFrom(_) => {
                self.yield_value(f, e)?;
                self.spill_top(f, pos)
            }
            ExprKind::IfExp(test, body, orelse) => {
                let test = self.lift(f, test)?;
                let s = self.hidden_slot(f);
                let other = f.label();
                let end = f.label();
                self.expr(f, &test)?;
                f.jump(Op::PopJumpIfFalse, other);
                for (branch, last) in [(body, false), (orelse, true)] {
                    let v = self.lift(f, branch)?;
                    self.expr(f, &v)?;
                    self.store_slot(f, s);
                    if !last {
                        f.jump(Op::Jump, end);
                        f.place(other);
                    }
                }
                f.place(end);
                self.slot_name(f, s, pos)
            }
            ExprKind::BoolOp(is_and, vs) => {
                let s = self.hidden_slot(f);
                let end = f.label();
                for (i, v) in vs.iter().enumerate() {
                    let v = self.lift(f, v)?;
                    self.expr(f, &v)?;
                    if i + 1 < vs.len() {
                        f.emit_int(Op::Copy, 1);
                        self.store_slot(f, s);
                        let op = if *is_and {
                            Op::PopJumpIfFalse
                        } else {
                            Op::PopJumpIfTrue
                        };
                        f.jump(op, end);
                    } else {
                        self.store_slot(f, s);
                    }
                }
                f.place(end);
                self.slot_name(f, s, pos)
            }
            ExprKind::Compare(l, rest) if rest.len() == 1 => {
                let v = self.parts(f, vec![l, &rest[0].1])?;
                mk(ExprKind::Compare(
                    Box::new(v[0].clone()),
                    vec![(rest[0].0, v[1].clone())],
                ))
            }
            ExprKind::Bin(op, a, b) => {
                let v = self.parts(f, vec![a, b])?;
                mk(ExprKind::Bin(
                    *op,
                    Box::new(v[0].clone()),
                    Box::new(v[1].clone()),
                ))
            }
            ExprKind::Subscript(a, b) => {
                let v = self.parts(f, vec![a, b])?;
                mk(ExprKind::Subscript(
                    Box::new(v[0].clone()),
                    Box::new(v[1].clone()),
                ))
            }
            ExprKind::Unary(op, a) => mk(ExprKind::Unary(*op, Box::new(self.lift(f, a)?))),
            ExprKind::Attr(a, n) => mk(ExprKind::Attr(Box::new(self.lift(f, a)?), n.clone())),
            ExprKind::Starred(a) => mk(ExprKind::Starred(Box::new(self.lift(f, a)?))),
            ExprKind::Walrus(n, a) => mk(ExprKind::Walrus(n.clone(), Box::new(self.lift(f, a)?))),
            ExprKind::Tuple(vs) => mk(ExprKind::Tuple(self.parts(f, vs.iter().collect())?)),
            ExprKind::List(vs) => mk(ExprKind::List(self.parts(f, vs.iter().collect())?)),
            ExprKind::Set(vs) => mk(ExprKind::Set(self.parts(f, vs.iter().collect())?)),
            ExprKind::Dict(items) => {
                let v = self.parts(f, items.iter().flat_map(|(k, v)| [k, v]).collect())?;
                mk(ExprKind::Dict(
                    v.chunks(2).map(|p| (p[0].clone(), p[1].clone())).collect(),
                ))
            }
            ExprKind::Call(func, args)
            | ExprKind::CallKw(func, args, _)
            | ExprKind::CallEx(func, args, _) => {
                let kws: &[(String, Expr)] = match &e.kind {
                    ExprKind::CallKw(_, _, k) | ExprKind::CallEx(_, _, k) => k,
                    _ => &[],
                };
                // The callee first: a method's object, not the name of a
                // function (builtins have no value to keep).
                let mut items: Vec<&Expr> = match &func.kind {
                    ExprKind::Attr(obj, _) => vec![&**obj],
                    _ => vec![&**func],
                };
                items.extend(args);
                items.extend(kws.iter().map(|(_, v)| v));
                let mut v = self.parts(f, items)?.into_iter();
                let callee = v.next().unwrap_or_else(|| (**func).clone());
                let func = Box::new(match &func.kind {
                    ExprKind::Attr(_, m) => Expr {
                        pos: func.pos,
                        kind: ExprKind::Attr(Box::new(callee), m.clone()),
                    },
                    _ => callee,
                });
                let args: Vec<Expr> = v.by_ref().take(args.len()).collect();
                let kws: Vec<(String, Expr)> = kws.iter().map(|(n, _)| n.clone()).zip(v).collect();
                mk(match &e.kind {
                    ExprKind::Call(..) => ExprKind::Call(func, args),
                    ExprKind::CallKw(..) => ExprKind::CallKw(func, args, kws),
                    _ => ExprKind::CallEx(func, args, kws),
                })
            }
            ExprKind::FString(parts) => {
                let vals: Vec<&Expr> = parts
                    .iter()
                    .filter_map(|p| match p {
                        FPart::Val(v, _, _) => Some(v),
                        FPart::Lit(_) => None,
                    })
                    .collect();
                let mut v = self.parts(f, vals)?.into_iter();
                mk(ExprKind::FString(
                    parts
                        .iter()
                        .map(|p| match p {
                            FPart::Val(_, c, spec) => FPart::Val(
                                v.next().unwrap_or(Expr {
                                    pos,
                                    kind: ExprKind::None,
                                }),
                                *c,
                                spec.clone(),
                            ),
                            lit => lit.clone(),
                        })
                        .collect(),
                ))
            }
            ExprKind::Comp(..) => return self.err(pos, "'yield' inside a comprehension"),
            _ => return self.err(pos, "'yield' is not supported in this expression"),
        })
    }

    /// Lift operands evaluated left to right: those before the last one
    /// that yields are computed into temporaries.
    fn parts(&mut self, f: &mut FnGen, items: Vec<&Expr>) -> R<Vec<Expr>> {
        let last = items.iter().rposition(|e| has_yield(e));
        let mut out = Vec::with_capacity(items.len());
        for (i, e) in items.into_iter().enumerate() {
            match last {
                Some(l) if i < l => {
                    let v = self.lift(f, e)?;
                    if settled(&v) {
                        out.push(v);
                    } else {
                        self.expr(f, &v)?;
                        out.push(self.spill_top(f, v.pos));
                    }
                }
                Some(l) if i == l => out.push(self.lift(f, e)?),
                _ => out.push(e.clone()),
            }
        }
        Ok(out)
    }
}
