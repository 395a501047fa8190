//! The compiler's own syntax tree: the subset of Python that PySM compiles.
//! The front end lowers the parser's tree into this one and rejects
//! everything else, so nothing after it sees the parser's types.

use pysm_isa::{BinOp, CmpOp, UnOp};

/// A 1-based source position: line and column (in characters).
#[derive(Copy, Clone, Debug, PartialEq, Eq, Default)]
pub struct Pos {
    pub line: u32,
    pub col: u32,
}

/// A binary operator: the hardware ones and `**` (a runtime call).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum BinOpK {
    Hw(BinOp),
    Pow,
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
    Compare(Box<Expr>, Vec<(CmpOp, Expr)>),
    /// test, body, orelse
    IfExp(Box<Expr>, Box<Expr>, Box<Expr>),
    Call(Box<Expr>, Vec<Expr>),
    Tuple(Vec<Expr>),
    /// `value[index]`
    Subscript(Box<Expr>, Box<Expr>),
}

#[derive(Clone, Debug)]
pub enum Target {
    Name(String, Pos),
    Tuple(Vec<(String, Pos)>, Pos),
}

#[derive(Clone, Debug)]
pub struct FuncDef {
    pub name: String,
    pub params: Vec<String>,
    pub body: Vec<Stmt>,
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
    AugAssign(String, Pos, BinOpK, Expr),
    If(Expr, Vec<Stmt>, Vec<Stmt>),
    While(Expr, Vec<Stmt>, Vec<Stmt>),
    /// `for NAME in ITER:`; the iterator is checked by code generation.
    For(String, Pos, Expr, Vec<Stmt>, Vec<Stmt>),
    Break,
    Continue,
    Pass,
    Return(Option<Expr>),
    Def(FuncDef),
    Global(Vec<String>),
    /// `import MODULE [as NAME]`: (module, bound name).
    Import(Vec<(String, String)>),
    /// `from MODULE import NAME [as NAME]`: module, (name, bound name).
    ImportFrom(String, Vec<(String, String)>),
}
