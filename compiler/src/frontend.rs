//! The front end: parse with `rustpython-parser` and lower its tree at once
//! into [`crate::ast`], rejecting every construct outside the subset. The
//! parser's types stay inside this module.

use crate::ast::{
    BinOpK, ClassDef, CmpK, CompFor, CompKind, Expr, ExprKind, ExtraParams, FPart, FuncDef,
    Handler, Pos, Stmt, StmtKind, Target, Try,
};
use crate::CompileError;
use pysm_isa::{BinOp, CmpOp, UnOp};
use rustpython_parser::ast::{self as py, Ranged};
use rustpython_parser::text_size::{TextRange, TextSize};

/// How deeply statements and expressions may nest.
pub const MAX_DEPTH: u32 = 100;

/// Byte offsets to 1-based line:column.
pub struct LineIndex<'a> {
    source: &'a str,
    starts: Vec<usize>,
    /// Offsets of UTF-8 continuation bytes: a column is the byte distance
    /// from the line start minus these, without rescanning the line (which
    /// made positions on one long line quadratic).
    continuations: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub fn new(source: &'a str) -> LineIndex<'a> {
        let mut starts = vec![0];
        starts.extend(source.match_indices('\n').map(|(i, _)| i + 1));
        let continuations = source
            .bytes()
            .enumerate()
            .filter(|&(_, b)| b & 0xC0 == 0x80)
            .map(|(i, _)| i)
            .collect();
        LineIndex {
            source,
            starts,
            continuations,
        }
    }

    pub fn pos(&self, offset: usize) -> Pos {
        let offset = offset.min(self.source.len());
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        let start = self.starts[line - 1];
        let within = |o: usize| self.continuations.partition_point(|&c| c < o);
        let col = offset - start - (within(offset) - within(start));
        Pos::at(line as u32, col as u32 + 1)
    }

    /// The span of a node.
    pub fn span(&self, r: TextRange) -> Pos {
        let (a, b) = (self.pos(r.start().into()), self.pos(r.end().into()));
        Pos {
            end_line: b.line,
            end_col: b.col,
            ..a
        }
    }

    /// A binary operation's anchors, found as CPython 3.11's traceback finds
    /// them: the first operator character after the left operand (past
    /// closing parentheses), and a second one for `//`, `**`, `<<`, ...
    fn binop_anchors(&self, node: TextRange, left: TextRange, right: TextRange) -> (u32, u32) {
        let b = self.source.as_bytes();
        let (l, r): (usize, usize) = (left.end().into(), right.start().into());
        let mut found = None;
        let mut i = l;
        while i < r {
            if b[i].is_ascii_whitespace() {
                i += 1;
                continue;
            }
            let mut right_anchor = i + 1;
            if i + 1 < r && !b[i + 1].is_ascii_whitespace() {
                right_anchor += 1;
            }
            found = Some((i, right_anchor));
            if i + 1 < r && b[i] == b')' {
                i += 1;
                continue;
            }
            break;
        }
        found.map_or((0, 0), |(x, y)| self.anchors(node, x, y))
    }

    /// A subscript's anchors: from its `[` to past its `]`.
    fn subscript_anchors(&self, node: TextRange, value: TextRange, slice: TextRange) -> (u32, u32) {
        let b = self.source.as_bytes();
        let end: usize = node.end().into();
        let mut l: usize = value.end().into();
        while l < end && b[l] != b'[' {
            l += 1;
        }
        let mut r = usize::from(slice.end()) + 1;
        while r < end && b[r] != b']' {
            r += 1;
        }
        if r < end {
            r += 1;
        }
        self.anchors(node, l, r)
    }

    /// Byte offsets into character offsets from the node's start, when the
    /// node is on one line (CPython has no anchors for the others).
    fn anchors(&self, node: TextRange, l: usize, r: usize) -> (u32, u32) {
        let s = self.span(node);
        if s.line != s.end_line {
            return (0, 0);
        }
        let col = |o: usize| self.pos(o.min(node.end().into())).col - s.col;
        (col(l), col(r))
    }
}

/// Parse `source` into the compiler's tree.
pub fn parse(source: &str, file: &str) -> Result<Vec<Stmt>, CompileError> {
    let index = LineIndex::new(source);
    let body =
        rustpython_parser::parse(source, rustpython_parser::Mode::Module, file).map_err(|e| {
            let pos = index.pos(u32::from(e.offset) as usize);
            CompileError::at(file, pos, format!("invalid syntax: {}", e.error))
        })?;
    let body = match body {
        py::Mod::Module(m) => m.body,
        _ => return Err(CompileError::at(file, Pos::at(1, 1), "not a module")),
    };
    let mut l = Lower {
        index,
        file,
        depth: 0,
        withs: 0,
    };
    l.stmts(&body)
}

struct Lower<'a> {
    index: LineIndex<'a>,
    file: &'a str,
    depth: u32,
    /// `with` statements lowered so far (their hidden names are numbered).
    withs: u32,
}

type R<T> = Result<T, CompileError>;

fn unsupported(what: &str) -> String {
    format!("{what} is not supported")
}

impl Lower<'_> {
    fn pos(&self, at: TextSize) -> Pos {
        self.index.pos(u32::from(at) as usize)
    }

    fn span(&self, r: TextRange) -> Pos {
        self.index.span(r)
    }

    fn err<T>(&self, at: TextSize, message: impl Into<String>) -> R<T> {
        Err(CompileError::at(self.file, self.pos(at), message))
    }

    fn enter(&mut self, at: TextSize) -> R<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return self.err(
                at,
                format!("nesting too deep (more than {MAX_DEPTH} levels)"),
            );
        }
        Ok(())
    }

    fn stmts(&mut self, body: &[py::Stmt]) -> R<Vec<Stmt>> {
        body.iter().map(|s| self.stmt(s)).collect()
    }

    fn stmt(&mut self, s: &py::Stmt) -> R<Stmt> {
        self.enter(s.start())?;
        let r = self.stmt_inner(s);
        self.depth -= 1;
        r
    }

    fn stmt_inner(&mut self, s: &py::Stmt) -> R<Stmt> {
        let pos = self.span(s.range());
        let kind = match s {
            py::Stmt::Expr(e) => StmtKind::Expr(self.expr(&e.value)?),
            py::Stmt::Pass(_) => StmtKind::Pass,
            py::Stmt::Break(_) => StmtKind::Break,
            py::Stmt::Continue(_) => StmtKind::Continue,
            py::Stmt::Return(r) => StmtKind::Return(match &r.value {
                Some(v) => Some(self.expr(v)?),
                None => None,
            }),
            py::Stmt::Assign(a) => {
                let targets = a
                    .targets
                    .iter()
                    .map(|t| self.target(t))
                    .collect::<R<Vec<_>>>()?;
                StmtKind::Assign(targets, self.expr(&a.value)?)
            }
            py::Stmt::AugAssign(a) => {
                let target = self.target(&a.target)?;
                if matches!(target, Target::Tuple(..)) {
                    return self.err(
                        a.target.start(),
                        "'tuple' is an illegal expression for augmented assignment",
                    );
                }
                let op = self.binop(a.op, a.start())?;
                StmtKind::AugAssign(target, op, self.expr(&a.value)?)
            }
            py::Stmt::AnnAssign(a) => {
                return self.err(a.start(), unsupported("annotated assignment"))
            }
            py::Stmt::If(i) => StmtKind::If(
                self.expr(&i.test)?,
                self.stmts(&i.body)?,
                self.stmts(&i.orelse)?,
            ),
            py::Stmt::While(w) => StmtKind::While(
                self.expr(&w.test)?,
                self.stmts(&w.body)?,
                self.stmts(&w.orelse)?,
            ),
            py::Stmt::For(f) => StmtKind::For(
                self.target(&f.target)?,
                self.expr(&f.iter)?,
                self.stmts(&f.body)?,
                self.stmts(&f.orelse)?,
            ),
            py::Stmt::FunctionDef(f) => {
                let decorators = f
                    .decorator_list
                    .iter()
                    .map(|d| self.expr(d))
                    .collect::<R<Vec<_>>>()?;
                let (params, defaults, extra) = self.params(&f.args)?;
                StmtKind::Def(FuncDef {
                    name: f.name.to_string(),
                    params,
                    defaults,
                    extra,
                    body: self.stmts(&f.body)?,
                    decorators,
                    pos: self.pos(f.start()),
                })
            }
            py::Stmt::Global(g) => {
                StmtKind::Global(g.names.iter().map(|n| n.to_string()).collect())
            }
            py::Stmt::Import(i) => StmtKind::Import(
                i.names
                    .iter()
                    .map(|a| {
                        let bound = a.asname.as_ref().unwrap_or(&a.name).to_string();
                        (a.name.to_string(), bound)
                    })
                    .collect(),
            ),
            py::Stmt::ImportFrom(i) => {
                let level = i.level.as_ref().map_or(0, |l| l.to_u32());
                let module = match (&i.module, level) {
                    (Some(m), 0) => m.to_string(),
                    _ => return self.err(i.start(), unsupported("a relative import")),
                };
                let mut names = Vec::new();
                for a in &i.names {
                    if a.name.as_str() == "*" {
                        return self.err(a.start(), unsupported("import *"));
                    }
                    let bound = a.asname.as_ref().unwrap_or(&a.name).to_string();
                    names.push((a.name.to_string(), bound));
                }
                StmtKind::ImportFrom(module, names)
            }
            py::Stmt::AsyncFunctionDef(_) => return self.err(s.start(), unsupported("async def")),
            py::Stmt::ClassDef(c) => {
                if let Some(k) = c.keywords.first() {
                    return self.err(k.start(), unsupported("a class keyword argument"));
                }
                if c.bases.len() > 1 {
                    return self.err(c.bases[1].start(), unsupported("multiple inheritance"));
                }
                StmtKind::Class(ClassDef {
                    name: c.name.to_string(),
                    decorators: c
                        .decorator_list
                        .iter()
                        .map(|d| self.expr(d))
                        .collect::<R<Vec<_>>>()?,
                    bases: c
                        .bases
                        .iter()
                        .map(|b| self.expr(b))
                        .collect::<R<Vec<_>>>()?,
                    body: self.stmts(&c.body)?,
                })
            }
            py::Stmt::Delete(d) => StmtKind::Del(
                d.targets
                    .iter()
                    .map(|t| self.target(t))
                    .collect::<R<Vec<_>>>()?,
            ),
            py::Stmt::TypeAlias(_) => return self.err(s.start(), unsupported("a type alias")),
            py::Stmt::AsyncFor(_) => return self.err(s.start(), unsupported("async for")),
            py::Stmt::AsyncWith(_) => return self.err(s.start(), unsupported("async with")),
            py::Stmt::With(w) => {
                let mut items = Vec::new();
                for it in &w.items {
                    let e = self.expr(&it.context_expr)?;
                    let t = match &it.optional_vars {
                        Some(v) => Some(self.target(v)?),
                        None => None,
                    };
                    items.push((e, t));
                }
                let mut body = self.stmts(&w.body)?;
                for (e, t) in items.into_iter().rev() {
                    body = self.with_item(pos, e, t, body);
                }
                // One statement: a block that always runs.
                StmtKind::If(
                    Expr {
                        pos,
                        kind: ExprKind::Bool(true),
                    },
                    body,
                    Vec::new(),
                )
            }
            py::Stmt::Match(_) => return self.err(s.start(), unsupported("a match statement")),
            py::Stmt::Raise(r) => StmtKind::Raise(
                match &r.exc {
                    Some(e) => Some(self.expr(e)?),
                    None => None,
                },
                match &r.cause {
                    Some(e) => Some(self.expr(e)?),
                    None => None,
                },
            ),
            py::Stmt::Try(t) => {
                let mut handlers = Vec::new();
                for h in &t.handlers {
                    let py::ExceptHandler::ExceptHandler(h) = h;
                    handlers.push(Handler {
                        pos: self.pos(h.start()),
                        typ: match &h.type_ {
                            Some(e) => Some(self.expr(e)?),
                            None => None,
                        },
                        name: h.name.as_ref().map(|n| n.to_string()),
                        body: self.stmts(&h.body)?,
                    });
                }
                StmtKind::Try(Box::new(Try {
                    body: self.stmts(&t.body)?,
                    handlers,
                    orelse: self.stmts(&t.orelse)?,
                    finalbody: self.stmts(&t.finalbody)?,
                }))
            }
            py::Stmt::TryStar(_) => return self.err(s.start(), unsupported("except*")),
            py::Stmt::Assert(a) => StmtKind::Assert(
                self.expr(&a.test)?,
                match &a.msg {
                    Some(m) => Some(self.expr(m)?),
                    None => None,
                },
            ),
            py::Stmt::Nonlocal(n) => {
                StmtKind::Nonlocal(n.names.iter().map(|n| n.to_string()).collect())
            }
        };
        Ok(Stmt { pos, kind })
    }

    /// `with e as t: body` as CPython runs it, in statements the rest of
    /// the compiler knows (`$withK_*` are hidden variables):
    ///
    /// ```text
    /// m = e; x = $with_exit(m)            # bound __exit__; TypeError if m is no manager
    /// v = m.__enter__(); h = False
    /// try:
    ///     t = v; body
    /// except BaseException as exc:
    ///     h = True
    ///     if not x(exc.__class__, exc, exc.__traceback__): raise
    /// finally:
    ///     if not h: x(None, None, None)  # also after return, break, continue
    /// ```
    fn with_item(&mut self, pos: Pos, e: Expr, t: Option<Target>, body: Vec<Stmt>) -> Vec<Stmt> {
        let k = self.withs;
        self.withs += 1;
        let [m, x, v, h, exc] = ["m", "x", "v", "h", "e"].map(|s| format!("$with{k}_{s}"));
        let ex = |kind| Expr { pos, kind };
        let st = |kind| Stmt { pos, kind };
        let name = |n: &str| ex(ExprKind::Name(n.to_string()));
        let assign = |n: &str, value: Expr| {
            st(StmtKind::Assign(
                vec![Target::Name(n.to_string(), pos)],
                value,
            ))
        };
        let call = |f: Expr, args: Vec<Expr>| ex(ExprKind::Call(Box::new(f), args));
        let attr = |o: Expr, a: &str| ex(ExprKind::Attr(Box::new(o), a.to_string()));
        let not = |e: Expr| ex(ExprKind::Unary(UnOp::Not, Box::new(e)));
        let enter = call(attr(name(&m), "__enter__"), Vec::new());
        let mut out = vec![
            assign(&m, e),
            assign(&x, call(name("$with_exit"), vec![name(&m)])),
        ];
        let mut inner = Vec::new();
        match t {
            Some(t) => {
                out.push(assign(&v, enter));
                inner.push(st(StmtKind::Assign(vec![t], name(&v))));
            }
            None => out.push(st(StmtKind::Expr(enter))),
        }
        out.push(assign(&h, ex(ExprKind::Bool(false))));
        inner.extend(body);
        let exit_args = vec![
            attr(name(&exc), "__class__"),
            name(&exc),
            attr(name(&exc), "__traceback__"),
        ];
        let handler = Handler {
            pos,
            typ: Some(name("BaseException")),
            name: Some(exc.clone()),
            body: vec![
                assign(&h, ex(ExprKind::Bool(true))),
                st(StmtKind::If(
                    not(call(name(&x), exit_args)),
                    vec![st(StmtKind::Raise(None, None))],
                    Vec::new(),
                )),
            ],
        };
        let none = || ex(ExprKind::None);
        let finalbody = vec![st(StmtKind::If(
            not(name(&h)),
            vec![st(StmtKind::Expr(call(
                name(&x),
                vec![none(), none(), none()],
            )))],
            Vec::new(),
        ))];
        out.push(st(StmtKind::Try(Box::new(Try {
            body: inner,
            handlers: vec![handler],
            orelse: Vec::new(),
            finalbody,
        }))));
        out
    }

    fn target(&mut self, t: &py::Expr) -> R<Target> {
        let mut pos = self.span(t.range());
        match t {
            py::Expr::Name(n) => Ok(Target::Name(n.id.to_string(), pos)),
            py::Expr::Tuple(py::ExprTuple { elts, .. })
            | py::Expr::List(py::ExprList { elts, .. }) => {
                let mut ts = Vec::new();
                let mut star = None;
                for (i, e) in elts.iter().enumerate() {
                    match e {
                        py::Expr::Starred(st) => {
                            if star.is_some() {
                                return self
                                    .err(e.start(), "multiple starred expressions in assignment");
                            }
                            star = Some(i);
                            ts.push(self.target(&st.value)?);
                        }
                        e => ts.push(self.target(e)?),
                    }
                }
                Ok(Target::Tuple(ts, star, pos))
            }
            py::Expr::Attribute(a) => Ok(Target::Attr(
                Box::new(self.expr(&a.value)?),
                a.attr.to_string(),
                pos,
            )),
            py::Expr::Subscript(sub) => {
                pos.anchors =
                    self.index
                        .subscript_anchors(t.range(), sub.value.range(), sub.slice.range());
                Ok(Target::Subscript(
                    Box::new(self.expr(&sub.value)?),
                    Box::new(self.expr(&sub.slice)?),
                    pos,
                ))
            }
            py::Expr::Starred(_) => self.err(
                t.start(),
                "starred assignment target must be in a list or tuple",
            ),
            _ => self.err(t.start(), "cannot assign to this expression"),
        }
    }

    /// Parameter names and default values (of the last parameters).
    fn params(&mut self, a: &py::Arguments) -> R<(Vec<String>, Vec<Expr>, Option<ExtraParams>)> {
        if let Some(p) = a.posonlyargs.first() {
            return self.err(p.def.start(), unsupported("a positional-only parameter"));
        }
        let mut params = Vec::new();
        let mut defaults = Vec::new();
        for p in &a.args {
            match &p.default {
                Some(d) => defaults.push(self.expr(d)?),
                None if !defaults.is_empty() => {
                    return self.err(
                        p.def.start(),
                        "non-default argument follows default argument",
                    )
                }
                None => {}
            }
            params.push(p.def.arg.to_string());
        }
        if a.vararg.is_none() && a.kwonlyargs.is_empty() && a.kwarg.is_none() {
            return Ok((params, defaults, None));
        }
        let positional = params.len();
        if let Some(v) = &a.vararg {
            params.push(v.arg.to_string());
        }
        let mut kwonly = Vec::new();
        for p in &a.kwonlyargs {
            params.push(p.def.arg.to_string());
            let d = match &p.default {
                Some(d) => Some(self.expr(d)?),
                None => None,
            };
            kwonly.push((p.def.arg.to_string(), d));
        }
        if let Some(k) = &a.kwarg {
            params.push(k.arg.to_string());
        }
        let extra = ExtraParams {
            positional,
            vararg: a.vararg.is_some(),
            kwonly,
            kwarg: a.kwarg.is_some(),
        };
        Ok((params, defaults, Some(extra)))
    }

    /// The items of a list, tuple or set display (`*x` allowed).
    fn display(&mut self, elts: &[py::Expr]) -> R<Vec<Expr>> {
        elts.iter()
            .map(|v| match v {
                py::Expr::Starred(s) => {
                    let inner = self.expr(&s.value)?;
                    Ok(Expr {
                        pos: self.pos(v.start()),
                        kind: ExprKind::Starred(Box::new(inner)),
                    })
                }
                v => self.expr(v),
            })
            .collect()
    }

    fn comp(&mut self, gens: &[py::Comprehension]) -> R<Vec<CompFor>> {
        let mut out = Vec::new();
        for g in gens {
            if g.is_async {
                return self.err(g.target.start(), unsupported("async comprehension"));
            }
            out.push(CompFor {
                target: self.target(&g.target)?,
                iter: self.expr(&g.iter)?,
                ifs: g.ifs.iter().map(|e| self.expr(e)).collect::<R<Vec<_>>>()?,
            });
        }
        Ok(out)
    }

    fn fstring(&mut self, values: &[py::Expr]) -> R<Vec<FPart>> {
        let mut parts = Vec::new();
        for v in values {
            match v {
                py::Expr::Constant(c) => match &c.value {
                    py::Constant::Str(s) => parts.push(FPart::Lit(s.clone())),
                    _ => return self.err(v.start(), unsupported("this f-string part")),
                },
                py::Expr::FormattedValue(f) => {
                    let conv = match f.conversion {
                        py::ConversionFlag::None => 0,
                        py::ConversionFlag::Str => 's' as u32,
                        py::ConversionFlag::Repr => 'r' as u32,
                        py::ConversionFlag::Ascii => 'r' as u32,
                    };
                    let spec = match &f.format_spec {
                        Some(s) => Some(Box::new(self.expr(s)?)),
                        None => None,
                    };
                    parts.push(FPart::Val(self.expr(&f.value)?, conv, spec));
                }
                _ => return self.err(v.start(), unsupported("this f-string part")),
            }
        }
        Ok(parts)
    }

    fn binop(&self, op: py::Operator, at: TextSize) -> R<BinOpK> {
        Ok(BinOpK::Hw(match op {
            py::Operator::Add => BinOp::Add,
            py::Operator::Sub => BinOp::Sub,
            py::Operator::Mult => BinOp::Mul,
            py::Operator::FloorDiv => BinOp::FloorDiv,
            py::Operator::Mod => BinOp::Mod,
            py::Operator::LShift => BinOp::LShift,
            py::Operator::RShift => BinOp::RShift,
            py::Operator::BitAnd => BinOp::And,
            py::Operator::BitOr => BinOp::Or,
            py::Operator::BitXor => BinOp::Xor,
            py::Operator::Pow => return Ok(BinOpK::Pow),
            py::Operator::Div => return Ok(BinOpK::TrueDiv),
            py::Operator::MatMult => return self.err(at, unsupported("matrix multiplication '@'")),
        }))
    }

    fn expr(&mut self, e: &py::Expr) -> R<Expr> {
        self.enter(e.start())?;
        let r = self.expr_inner(e);
        self.depth -= 1;
        r
    }

    fn expr_inner(&mut self, e: &py::Expr) -> R<Expr> {
        let mut pos = self.span(e.range());
        let kind = match e {
            py::Expr::Constant(c) => match &c.value {
                py::Constant::Int(i) => match i.to_string().parse::<i64>() {
                    Ok(v) if pysm_isa::value::fits(v) => ExprKind::Int(Some(v)),
                    _ => ExprKind::BigInt(i.to_string()),
                },
                py::Constant::Bool(b) => ExprKind::Bool(*b),
                py::Constant::None => ExprKind::None,
                py::Constant::Str(s) => ExprKind::Str(s.clone()),
                py::Constant::Float(f) => ExprKind::Float(format!("{f:?}")),
                py::Constant::Complex { .. } => {
                    return self.err(e.start(), unsupported("a complex number"))
                }
                py::Constant::Bytes(b) => ExprKind::Bytes(b.clone()),
                py::Constant::Ellipsis => return self.err(e.start(), unsupported("Ellipsis")),
                py::Constant::Tuple(_) => return self.err(e.start(), unsupported("a tuple")),
            },
            py::Expr::Name(n) => ExprKind::Name(n.id.to_string()),
            py::Expr::Attribute(a) => {
                ExprKind::Attr(Box::new(self.expr(&a.value)?), a.attr.to_string())
            }
            py::Expr::BinOp(b) => {
                let op = self.binop(b.op, b.start())?;
                pos.anchors = self
                    .index
                    .binop_anchors(e.range(), b.left.range(), b.right.range());
                ExprKind::Bin(
                    op,
                    Box::new(self.expr(&b.left)?),
                    Box::new(self.expr(&b.right)?),
                )
            }
            py::Expr::UnaryOp(u) => {
                let op = match u.op {
                    py::UnaryOp::USub => UnOp::Neg,
                    py::UnaryOp::UAdd => UnOp::Pos,
                    py::UnaryOp::Invert => UnOp::Invert,
                    py::UnaryOp::Not => UnOp::Not,
                };
                let operand = self.expr(&u.operand)?;
                // Fold `-LITERAL` so that the most negative small int is a
                // literal; `-(-1073741824)` and `-(-BIG)` are big literals.
                match (op, &operand.kind) {
                    (UnOp::Neg, ExprKind::Int(Some(v))) => match v.checked_neg() {
                        Some(n) if pysm_isa::value::fits(n) => ExprKind::Int(Some(n)),
                        _ => ExprKind::BigInt((-(*v as i128)).to_string()),
                    },
                    (UnOp::Neg, ExprKind::BigInt(t)) if t == "1073741824" => {
                        ExprKind::Int(Some(-(1 << 30)))
                    }
                    (UnOp::Neg, ExprKind::BigInt(t)) => match t.strip_prefix('-') {
                        Some(positive) => ExprKind::BigInt(positive.to_string()),
                        None => ExprKind::BigInt(format!("-{t}")),
                    },
                    _ => ExprKind::Unary(op, Box::new(operand)),
                }
            }
            py::Expr::BoolOp(b) => ExprKind::BoolOp(
                matches!(b.op, py::BoolOp::And),
                b.values
                    .iter()
                    .map(|v| self.expr(v))
                    .collect::<R<Vec<_>>>()?,
            ),
            py::Expr::Compare(c) => {
                let left = Box::new(self.expr(&c.left)?);
                let mut rest = Vec::new();
                for (op, right) in c.ops.iter().zip(&c.comparators) {
                    let op = match op {
                        py::CmpOp::Eq => CmpK::Hw(CmpOp::Eq),
                        py::CmpOp::NotEq => CmpK::Hw(CmpOp::Ne),
                        py::CmpOp::Lt => CmpK::Hw(CmpOp::Lt),
                        py::CmpOp::LtE => CmpK::Hw(CmpOp::Le),
                        py::CmpOp::Gt => CmpK::Hw(CmpOp::Gt),
                        py::CmpOp::GtE => CmpK::Hw(CmpOp::Ge),
                        py::CmpOp::Is => CmpK::Hw(CmpOp::Is),
                        py::CmpOp::IsNot => CmpK::Hw(CmpOp::IsNot),
                        py::CmpOp::In => CmpK::In,
                        py::CmpOp::NotIn => CmpK::NotIn,
                    };
                    rest.push((op, self.expr(right)?));
                }
                ExprKind::Compare(left, rest)
            }
            py::Expr::IfExp(i) => ExprKind::IfExp(
                Box::new(self.expr(&i.test)?),
                Box::new(self.expr(&i.body)?),
                Box::new(self.expr(&i.orelse)?),
            ),
            py::Expr::Call(c) => {
                let func = Box::new(self.expr(&c.func)?);
                let mut args = Vec::new();
                let mut star = false;
                for a in &c.args {
                    if let py::Expr::Starred(s) = a {
                        star = true;
                        let v = self.expr(&s.value)?;
                        args.push(Expr {
                            pos: v.pos,
                            kind: ExprKind::Starred(Box::new(v)),
                        });
                    } else {
                        args.push(self.expr(a)?);
                    }
                }
                let mut kws = Vec::new();
                for k in &c.keywords {
                    // `**d` is the keyword "**".
                    let name = k.arg.as_ref().map_or("**".to_string(), |n| n.to_string());
                    star |= k.arg.is_none();
                    kws.push((name, self.expr(&k.value)?));
                }
                if star {
                    ExprKind::CallEx(func, args, kws)
                } else if kws.is_empty() {
                    ExprKind::Call(func, args)
                } else {
                    ExprKind::CallKw(func, args, kws)
                }
            }
            py::Expr::Tuple(t) => ExprKind::Tuple(self.display(&t.elts)?),
            py::Expr::List(l) => ExprKind::List(self.display(&l.elts)?),
            py::Expr::Set(l) => ExprKind::Set(self.display(&l.elts)?),
            py::Expr::Dict(d) => {
                let mut items = Vec::new();
                for (k, v) in d.keys.iter().zip(&d.values) {
                    match k {
                        Some(k) => items.push((self.expr(k)?, self.expr(v)?)),
                        None => {
                            // `**v`: a starred key, no value.
                            let v = self.expr(v)?;
                            let none = Expr {
                                pos: v.pos,
                                kind: ExprKind::None,
                            };
                            items.push((
                                Expr {
                                    pos: v.pos,
                                    kind: ExprKind::Starred(Box::new(v)),
                                },
                                none,
                            ));
                        }
                    }
                }
                ExprKind::Dict(items)
            }
            py::Expr::ListComp(c) => ExprKind::Comp(
                CompKind::List,
                Box::new(self.expr(&c.elt)?),
                None,
                self.comp(&c.generators)?,
            ),
            py::Expr::SetComp(c) => ExprKind::Comp(
                CompKind::Set,
                Box::new(self.expr(&c.elt)?),
                None,
                self.comp(&c.generators)?,
            ),
            py::Expr::DictComp(c) => ExprKind::Comp(
                CompKind::Dict,
                Box::new(self.expr(&c.key)?),
                Some(Box::new(self.expr(&c.value)?)),
                self.comp(&c.generators)?,
            ),
            py::Expr::JoinedStr(j) => ExprKind::FString(self.fstring(&j.values)?),
            py::Expr::FormattedValue(_) => {
                ExprKind::FString(self.fstring(std::slice::from_ref(e))?)
            }
            py::Expr::NamedExpr(n) => match n.target.as_ref() {
                py::Expr::Name(t) => {
                    ExprKind::Walrus(t.id.to_string(), Box::new(self.expr(&n.value)?))
                }
                t => {
                    return self.err(
                        t.start(),
                        "cannot use assignment expressions with this target",
                    )
                }
            },
            py::Expr::Lambda(l) => {
                let (params, defaults, extra) = self.params(&l.args)?;
                let body = self.expr(&l.body)?;
                ExprKind::Lambda(Box::new(FuncDef {
                    name: "<lambda>".into(),
                    params,
                    defaults,
                    extra,
                    body: vec![Stmt {
                        pos: body.pos,
                        kind: StmtKind::Return(Some(body)),
                    }],
                    decorators: Vec::new(),
                    pos,
                }))
            }
            py::Expr::GeneratorExp(g) => {
                // A generator function of the first iterator, as CPython
                // compiles it: def <genexpr>(.0): for t in .0: ... yield elt
                let elt = self.expr(&g.elt)?;
                let mut gens = self.comp(&g.generators)?;
                let first = std::mem::replace(
                    &mut gens[0].iter,
                    Expr {
                        pos,
                        kind: ExprKind::Name(".0".into()),
                    },
                );
                let mut body = vec![Stmt {
                    pos: elt.pos,
                    kind: StmtKind::Expr(Expr {
                        pos: elt.pos,
                        kind: ExprKind::Yield(Some(Box::new(elt))),
                    }),
                }];
                for c in gens.into_iter().rev() {
                    for cond in c.ifs.into_iter().rev() {
                        body = vec![Stmt {
                            pos: cond.pos,
                            kind: StmtKind::If(cond, body, Vec::new()),
                        }];
                    }
                    body = vec![Stmt {
                        pos,
                        kind: StmtKind::For(c.target, c.iter, body, Vec::new()),
                    }];
                }
                ExprKind::GenExp(
                    Box::new(FuncDef {
                        name: "<genexpr>".into(),
                        params: vec![".0".into()],
                        defaults: Vec::new(),
                        extra: None,
                        body,
                        decorators: Vec::new(),
                        pos,
                    }),
                    Box::new(first),
                )
            }
            py::Expr::Await(_) => return self.err(e.start(), unsupported("await")),
            py::Expr::Yield(y) => ExprKind::Yield(match &y.value {
                Some(v) => Some(Box::new(self.expr(v)?)),
                None => None,
            }),
            py::Expr::YieldFrom(y) => ExprKind::YieldFrom(Box::new(self.expr(&y.value)?)),
            py::Expr::Subscript(sub) => {
                pos.anchors =
                    self.index
                        .subscript_anchors(e.range(), sub.value.range(), sub.slice.range());
                ExprKind::Subscript(
                    Box::new(self.expr(&sub.value)?),
                    Box::new(self.expr(&sub.slice)?),
                )
            }
            py::Expr::Starred(_) => {
                return self.err(e.start(), unsupported("a starred expression"))
            }
            py::Expr::Slice(sl) => {
                let mut part = |p: &Option<Box<py::Expr>>| -> R<Option<Box<Expr>>> {
                    Ok(match p {
                        Some(x) => Some(Box::new(self.expr(x)?)),
                        None => None,
                    })
                };
                let (a, b, c) = (part(&sl.lower)?, part(&sl.upper)?, part(&sl.step)?);
                ExprKind::Slice(a, b, c)
            }
        };
        Ok(Expr { pos, kind })
    }
}
