//! The compiler's own syntax tree: the subset of Python that PySM compiles.
//! The front end lowers the parser's tree into this one and rejects
//! everything else, so nothing after it sees the parser's types.

use pysm_isa::{BinOp, CmpOp, UnOp};

/// A source span: 1-based line and column (in characters) of its start,
/// and of the character after its end. Errors name the start; tracebacks
/// underline the span, as CPython's do.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Default)]
pub struct Pos {
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
    /// For a binary operation or a subscript on one line: where CPython's
    /// traceback puts its `^` (the operator, or the brackets), as character
    /// offsets from `col`; `(0, 0)` otherwise.
    pub anchors: (u32, u32),
    /// For a method call: the end (line, column) of `obj.method`, which an
    /// AttributeError from looking the method up underlines instead of
    /// the call; `(0, 0)` otherwise.
    pub method_end: (u32, u32),
}

impl Pos {
    /// A position with no extent.
    pub fn at(line: u32, col: u32) -> Pos {
        Pos {
            line,
            col,
            end_line: line,
            end_col: col,
            anchors: (0, 0),
            method_end: (0, 0),
        }
    }
}

/// A binary operator: the hardware ones, and `**` and `/` (runtime calls).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum BinOpK {
    Hw(BinOp),
    Pow,
    TrueDiv,
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub pos: Pos,
    pub kind: ExprKind,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    /// An int literal; `None` when it does not even fit in 64 bits.
    Int(Option<i64>),
    /// An int literal beyond the small ints, in decimal.
    BigInt(String),
    /// A bytes literal.
    Bytes(Vec<u8>),
    /// A float literal, as the shortest decimal that reads back as it.
    Float(String),
    Bool(bool),
    None,
    /// A string literal.
    Str(String),
    Name(String),
    Attr(Box<Expr>, String),
    Bin(BinOpK, Box<Expr>, Box<Expr>),
    Unary(UnOp, Box<Expr>),
    /// `and` (true) or `or` (false) over two or more operands.
    BoolOp(bool, Vec<Expr>),
    Compare(Box<Expr>, Vec<(CmpK, Expr)>),
    /// test, body, orelse
    IfExp(Box<Expr>, Box<Expr>, Box<Expr>),
    Call(Box<Expr>, Vec<Expr>),
    /// A call with keyword arguments: (name, value) in order.
    CallKw(Box<Expr>, Vec<Expr>, Vec<(String, Expr)>),
    Tuple(Vec<Expr>),
    List(Vec<Expr>),
    Set(Vec<Expr>),
    Dict(Vec<(Expr, Expr)>),
    /// `value[index]`
    Subscript(Box<Expr>, Box<Expr>),
    /// `a:b:c` inside a subscript.
    Slice(Option<Box<Expr>>, Option<Box<Expr>>, Option<Box<Expr>>),
    /// An f-string: literal text and formatted values.
    FString(Vec<FPart>),
    /// `[elt for ...]` (List), `{...}` (Set) or `{k: v for ...}` (Dict: elt is
    /// the key, the value is in `value`).
    Comp(CompKind, Box<Expr>, Option<Box<Expr>>, Vec<CompFor>),
    Lambda(Box<FuncDef>),
    /// A generator expression: its generator function and the first iterable.
    GenExp(Box<FuncDef>, Box<Expr>),
    Yield(Option<Box<Expr>>),
    YieldFrom(Box<Expr>),
    /// A call with `*args` or `**kwargs`: arguments may be `Starred`, and
    /// a keyword named `**` is a dict to unpack.
    CallEx(Box<Expr>, Vec<Expr>, Vec<(String, Expr)>),
    /// `*value` in a call's arguments or a display; in a dict display the
    /// key of `**value`.
    Starred(Box<Expr>),
    /// `name := value`
    Walrus(String, Box<Expr>),
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum CompKind {
    List,
    Set,
    Dict,
}

/// One `for target in iter if cond...` of a comprehension.
#[derive(Clone, Debug)]
pub struct CompFor {
    pub target: Target,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
}

#[derive(Clone, Debug)]
pub enum FPart {
    Lit(String),
    /// value, conversion (0, 'r', 's' or 'a'), format spec (an f-string).
    Val(Expr, u32, Option<Box<Expr>>),
}

/// A comparison operator: the hardware ones, and `in`/`not in` (runtime).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum CmpK {
    Hw(CmpOp),
    In,
    NotIn,
}

#[derive(Clone, Debug)]
pub enum Target {
    Name(String, Pos),
    /// Tuple or list unpacking; the index of a `*rest` target, if any.
    Tuple(Vec<Target>, Option<usize>, Pos),
    Attr(Box<Expr>, String, Pos),
    Subscript(Box<Expr>, Box<Expr>, Pos),
}

impl Target {
    /// Every name the target binds.
    pub fn names(&self, out: &mut Vec<(String, Pos)>) {
        match self {
            Target::Name(n, p) => out.push((n.clone(), *p)),
            Target::Tuple(ts, _, _) => ts.iter().for_each(|t| t.names(out)),
            Target::Attr(..) | Target::Subscript(..) => {}
        }
    }
}

#[derive(Clone, Debug)]
pub struct ClassDef {
    pub name: String,
    /// Decorator expressions, top to bottom.
    pub decorators: Vec<Expr>,
    pub bases: Vec<Expr>,
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug)]
pub struct Handler {
    pub pos: Pos,
    pub typ: Option<Expr>,
    pub name: Option<String>,
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug)]
pub struct Try {
    pub body: Vec<Stmt>,
    pub handlers: Vec<Handler>,
    pub orelse: Vec<Stmt>,
    pub finalbody: Vec<Stmt>,
}

#[derive(Clone, Debug)]
pub struct FuncDef {
    pub name: String,
    pub params: Vec<String>,
    /// Default values of the last `defaults.len()` positional parameters.
    pub defaults: Vec<Expr>,
    /// `*args`, keyword-only parameters, `**kwargs`: after the positional
    /// parameters in `params`.
    pub extra: Option<ExtraParams>,
    pub body: Vec<Stmt>,
    /// Decorator expressions, top to bottom.
    pub decorators: Vec<Expr>,
    /// Where the definition starts: it identifies the function.
    pub pos: Pos,
}

#[derive(Clone, Debug)]
pub struct ExtraParams {
    /// The number of positional parameters (the first of `params`).
    pub positional: usize,
    pub vararg: bool,
    /// Keyword-only parameters and their defaults.
    pub kwonly: Vec<(String, Option<Expr>)>,
    pub kwarg: bool,
}

#[derive(Clone, Debug)]
pub struct Stmt {
    pub pos: Pos,
    pub kind: StmtKind,
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    Expr(Expr),
    Assign(Vec<Target>, Expr),
    AugAssign(Target, BinOpK, Expr),
    If(Expr, Vec<Stmt>, Vec<Stmt>),
    While(Expr, Vec<Stmt>, Vec<Stmt>),
    /// `for TARGET in ITER:`.
    For(Target, Expr, Vec<Stmt>, Vec<Stmt>),
    Break,
    Continue,
    Pass,
    Return(Option<Expr>),
    Def(FuncDef),
    Class(ClassDef),
    Try(Box<Try>),
    /// `raise [exc [from cause]]`
    Raise(Option<Expr>, Option<Expr>),
    Assert(Expr, Option<Expr>),
    Del(Vec<Target>),
    Global(Vec<String>),
    Nonlocal(Vec<String>),
    /// `import MODULE [as NAME]`: (module, bound name).
    Import(Vec<(String, String)>),
    /// `from MODULE import NAME [as NAME]`: module, (name, bound name).
    ImportFrom(String, Vec<(String, String)>),
}
