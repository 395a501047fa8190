//! Random valid Python programs within the subset PySM supports, for
//! differential testing: deterministic per seed and always terminating.
//!
//! Four groups of features, each switched by [`Options`]:
//!
//! - ints (always): arithmetic, comparisons, `and`/`or`, conditional
//!   expressions, `if`/`while`/`for range`, `break`/`continue`, functions,
//!   recursion, `global`;
//! - big ints: values may leave the small ints (-2**30 .. 2**30-1) and grow
//!   up to about 2**100, through products, shifts, `**` and edge literals;
//! - containers: strs, lists, tuples, dicts and sets, their operators,
//!   methods, comprehensions, formatting and iteration;
//! - exceptions: `try`/`except`/`else`/`finally`, `raise`, a user exception
//!   class, deliberate faults inside `try` and in functions called there,
//!   and now and then an uncaught exception at the end.
//!
//! Every int expression carries a sound interval of the values it can take.
//! It bounds magnitudes (and keeps ints-only programs within the small ints
//! when big ints are off), keeps divisors nonzero and shift counts
//! non-negative unless an enclosing `try` catches the fault. Containers
//! carry the interval of their int elements; every store folds values into
//! the interval declared for the variable. Loops have bounded trip counts,
//! recursion a bounded depth, and an estimate of the work done (about 25
//! cycles a unit) keeps programs short.

use crate::rng::Rng;

pub const MIN: i128 = -(1 << 30);
pub const MAX: i128 = (1 << 30) - 1;
/// The largest magnitude of an int expression when big ints are on.
pub const BIG: i128 = 1 << 100;
/// A sound bound on values the generator does not follow (a list's sum).
const HUGE: i128 = 1 << 120;
/// A sound bound on lengths and counts.
const LENS: i128 = 1 << 20;

/// A closed interval of ints.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Iv {
    pub lo: i128,
    pub hi: i128,
}

impl Iv {
    /// The small ints.
    pub const FULL: Iv = Iv { lo: MIN, hi: MAX };
    pub const BOOL: Iv = Iv { lo: 0, hi: 1 };

    /// The interval, if it stays within the small ints.
    pub fn new(lo: i128, hi: i128) -> Option<Iv> {
        Iv::lim(lo, hi, MAX)
    }

    /// The interval, if it stays within -limit-1 .. limit.
    pub fn lim(lo: i128, hi: i128, limit: i128) -> Option<Iv> {
        (lo >= -limit - 1 && hi <= limit && lo <= hi).then_some(Iv { lo, hi })
    }

    pub fn point(v: i128) -> Iv {
        Iv { lo: v, hi: v }
    }

    pub fn union(self, o: Iv) -> Iv {
        Iv {
            lo: self.lo.min(o.lo),
            hi: self.hi.max(o.hi),
        }
    }

    pub fn within(self, o: Iv) -> bool {
        o.lo <= self.lo && self.hi <= o.hi
    }

    pub fn contains(self, v: i128) -> bool {
        self.lo <= v && v <= self.hi
    }

    fn width(self) -> i128 {
        self.hi - self.lo + 1
    }

    fn small(self) -> bool {
        self.within(Iv::FULL)
    }
}

fn floor_div(a: i128, b: i128) -> i128 {
    let q = a / b;
    if a % b != 0 && ((a < 0) != (b < 0)) {
        q - 1
    } else {
        q
    }
}

/// The smallest k with every value of `iv` in -2**k .. 2**k-1.
fn bits(iv: Iv) -> u32 {
    let m = iv.hi.max(-iv.lo - 1).max(0) as u128;
    128 - m.leading_zeros()
}

/// The result interval of `a OP b`, or `None` when it may leave the small
/// ints. Values that make the operation raise (a zero divisor, a negative
/// shift) are left out: they end the program the same way everywhere.
pub fn binary_iv(op: &str, a: Iv, b: Iv) -> Option<Iv> {
    binary_iv_lim(op, a, b, MAX)
}

/// [`binary_iv`] for results within -limit-1 .. limit.
pub fn binary_iv_lim(op: &str, a: Iv, b: Iv, limit: i128) -> Option<Iv> {
    let unknown = |x: Iv| x.lo <= -HUGE || x.hi >= HUGE;
    if (unknown(a) || unknown(b)) && op != "%" {
        // Only `%` bounds a value whose magnitude is not followed.
        return None;
    }
    let (al, ah, bl, bh) = (a.lo, a.hi, b.lo, b.hi);
    let mk = |lo: i128, hi: i128| Iv::lim(lo, hi, limit);
    let corners = |c: [Option<i128>; 4]| -> Option<Iv> {
        let c = [c[0]?, c[1]?, c[2]?, c[3]?];
        mk(*c.iter().min()?, *c.iter().max()?)
    };
    match op {
        "+" => mk(al.checked_add(bl)?, ah.checked_add(bh)?),
        "-" => mk(al.checked_sub(bh)?, ah.checked_sub(bl)?),
        "*" => corners([
            al.checked_mul(bl),
            al.checked_mul(bh),
            ah.checked_mul(bl),
            ah.checked_mul(bh),
        ]),
        "//" | "%" => {
            let mut parts = Vec::new();
            if bh >= 1 {
                parts.push((bl.max(1), bh));
            }
            if bl <= -1 {
                parts.push((bl, bh.min(-1)));
            }
            let mut out: Option<Iv> = None;
            for (l, h) in parts {
                let iv = if op == "//" {
                    corners([
                        Some(floor_div(al, l)),
                        Some(floor_div(al, h)),
                        Some(floor_div(ah, l)),
                        Some(floor_div(ah, h)),
                    ])?
                } else if l > 0 {
                    let hi = (h - 1).min(if al >= 0 { ah } else { h - 1 });
                    mk(0, hi)?
                } else {
                    let lo = (l + 1).max(if ah <= 0 { al } else { l + 1 });
                    mk(lo, 0)?
                };
                out = Some(out.map_or(iv, |o| o.union(iv)));
            }
            out
        }
        "<<" | ">>" => {
            let (cl, ch) = (bl.max(0), bh);
            if !(0..=128).contains(&ch) || (op == "<<" && bits(a) + ch as u32 > 125) {
                return None;
            }
            let f = |x: i128, c: i128| Some(if op == "<<" { x << c } else { x >> c });
            corners([f(al, cl), f(al, ch), f(ah, cl), f(ah, ch)])
        }
        "&" | "|" | "^" => {
            if a.lo >= 0 && b.lo >= 0 {
                let top = (1i128 << bits(a).max(bits(b))) - 1;
                match op {
                    "&" => mk(0, ah.min(bh)),
                    _ => mk(0, top),
                }
            } else {
                // Two's complement: within -2**k .. 2**k-1 when both are.
                let k = bits(a).max(bits(b));
                mk(-(1i128 << k), (1i128 << k) - 1)
            }
        }
        _ => None,
    }
}

/// Literals at the edges: zero, the PUSH_INT operand limits, the small-int limits.
const EDGES: &[i128] = &[
    0,
    1,
    -1,
    2,
    -2,
    (1 << 23) - 1,
    1 << 23,
    -(1 << 23),
    -(1 << 23) - 1,
    (1 << 15) - 1,
    1 << 16,
    1 << 29,
    -(1 << 29),
    MAX,
    MAX - 1,
    MIN,
    MIN + 1,
];

/// Big literals: just past the small ints, the big-int digit (2**15) and
/// word boundaries, machine-word limits, powers of ten.
const BIG_EDGES: &[i128] = &[
    1 << 30,
    -(1 << 30) - 1,
    (1 << 31) - 1,
    1 << 31,
    -(1 << 31),
    (1 << 32) - 1,
    1 << 45,
    -(1 << 45) + 1,
    (1 << 60) - 1,
    1 << 62,
    (1 << 63) - 1,
    -(1 << 63),
    1 << 64,
    (1 << 64) - 1,
    -(1 << 64) + 1,
    1_000_000_000_000_000_000,
    -100_000_000_000_000_000_000,
    1 << 90,
    -(1 << 96),
    12_157_665_459_056_928_801, // 3**40
];

/// What the generator may use.
#[derive(Clone, Debug)]
pub struct Options {
    /// Estimated work a program may do, in units of about 25 cycles (a
    /// simple statement is one unit; loops multiply by their trips, calls
    /// count their function's work, objects and exceptions cost more).
    pub budget: u64,
    /// Top-level statements of the main program.
    pub main_stmts: usize,
    /// Nesting of the larger expressions.
    pub depth: u32,
    /// Statements in the whole program.
    pub max_stmts: u32,
    /// Let about one program in this many fault anywhere (a zero divisor, a
    /// negative shift count, an index out of range ...); 0: never.
    pub fault_one_in: u32,
    /// Ints may leave the small ints (most programs, when on).
    pub big_ints: bool,
    /// Strs, lists, tuples, dicts and sets (most programs, when on).
    pub containers: bool,
    /// `try`, `raise` and faults caught on purpose (most programs, when on).
    pub exceptions: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            budget: 1000,
            main_stmts: 7,
            depth: 2,
            max_stmts: 36,
            fault_one_in: 16,
            big_ints: true,
            containers: true,
            exceptions: true,
        }
    }
}

impl Options {
    /// Small ints only, no objects: the first generator's programs, which
    /// link no runtime library beyond the printer and the int handlers.
    pub fn ints_only() -> Options {
        Options {
            budget: 300,
            max_stmts: 30,
            fault_one_in: 8,
            big_ints: false,
            containers: false,
            exceptions: false,
            ..Options::default()
        }
    }
}

/// The type of a generated value. Bools are ints; containers hold ints
/// (strs in `StrList`, str keys in `StrDict`).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Ty {
    Int,
    Str,
    List,
    StrList,
    Tuple(u8),
    Dict,
    StrDict,
    Set,
}

/// A type with the intervals of its ints: the value's (`Int`), the
/// elements' (`List`, `Tuple`, `Set`) or the values' (dicts); `key`: the
/// keys of an int-keyed dict.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
struct Shape {
    ty: Ty,
    iv: Iv,
    key: Iv,
}

impl Shape {
    fn int(iv: Iv) -> Shape {
        Shape {
            ty: Ty::Int,
            iv,
            key: Iv::point(0),
        }
    }

    fn of(ty: Ty, iv: Iv) -> Shape {
        Shape {
            ty,
            iv,
            key: Iv::point(0),
        }
    }
}

/// A generated expression: its text (an atom: a name, a literal, a call or
/// a parenthesised expression), shape, an estimate of its length
/// (containers and strs) and whether it is a new object (not a variable's,
/// which another name may share), and whether its length is fixed by the
/// text (a display, a literal) rather than by variables.
#[derive(Clone, Debug)]
struct E {
    s: String,
    sh: Shape,
    len: u64,
    fresh: bool,
    fixed: bool,
}

impl E {
    fn int(s: String, iv: Iv) -> E {
        E {
            s,
            sh: Shape::int(iv),
            len: 0,
            fresh: true,
            fixed: true,
        }
    }

    fn fixed(mut self) -> E {
        self.fixed = true;
        self
    }
}

#[derive(Clone, Debug)]
struct Var {
    name: String,
    sh: Shape,
    /// Containers and strs: an estimate of the length (for the work).
    len: u64,
    writable: bool,
    global: bool,
    /// A container this code may mutate: not a parameter, not a global
    /// seen from a function, not one that a parameter may share.
    owned: bool,
}

#[derive(Clone, Debug)]
struct Func {
    name: String,
    params: Vec<Shape>,
    ret: Shape,
    cost: u64,
    /// The exceptions a call may raise.
    raises: u8,
}

// Exceptions, as a mask of what a context catches.
const ZDE: u8 = 1;
const IDX: u8 = 2;
const KEY: u8 = 4;
const VAL: u8 = 8;
const USR: u8 = 16;
const ALL: u8 = 31;

/// `except` clauses and what they catch.
const HANDLERS: &[(&str, u8)] = &[
    ("ZeroDivisionError", ZDE),
    ("ArithmeticError", ZDE),
    ("IndexError", IDX),
    ("KeyError", KEY),
    ("LookupError", IDX | KEY),
    ("ValueError", VAL),
    ("E1", USR),
    ("Exception", ALL),
    ("(IndexError, KeyError)", IDX | KEY),
    ("(ValueError, ZeroDivisionError)", VAL | ZDE),
    ("(KeyError, E1)", KEY | USR),
];

// Costs, in units of about 25 cycles.
const C_BIG: u64 = 40;
const C_BIGDIV: u64 = 150;
const C_OBJ: u64 = 30;
const C_RAISE: u64 = 400;
const C_PRINT_BIG: u64 = 300;
const C_STR: u64 = 60;

/// Longest container or str a variable is meant to hold (stores cut longer ones).
const CAP: u64 = 12;

struct Gen {
    rng: Rng,
    opts: Options,
    out: String,
    indent: usize,
    vars: Vec<Var>,
    funcs: Vec<Func>,
    /// In a function: the globals it declared `global`.
    func_globals: Option<Vec<String>>,
    /// The current function's return shape.
    ret: Option<Shape>,
    loops: u32,
    nesting: u32,
    /// Product of the trip counts of the enclosing loops.
    mult: u64,
    /// Estimated work of the unit being written.
    work: u64,
    names: u32,
    stmts: u32,
    faults: bool,
    /// This program's features.
    big: bool,
    objs: bool,
    exc: bool,
    /// Magnitude limit of int expressions.
    limit: i128,
    /// The exceptions the current context catches (or lets a function raise).
    catch: u8,
    /// Inside a loop over a container variable: no container is mutated.
    iterating: u32,
    /// Within an `except` clause: what it catches and its `as` name (for a
    /// bare `raise` and `raise ... from NAME`).
    handler: Option<(u8, Option<String>)>,
}

/// Generate program number `seed`.
pub fn program(seed: u64, opts: &Options) -> String {
    let mut rng = Rng::new(seed);
    let faults = opts.fault_one_in > 0 && rng.chance(1, opts.fault_one_in);
    let big = opts.big_ints && rng.chance(4, 5);
    let objs = opts.containers && rng.chance(4, 5);
    let exc = opts.exceptions && rng.chance(4, 5);
    let mut g = Gen {
        rng,
        opts: opts.clone(),
        out: String::new(),
        indent: 0,
        vars: Vec::new(),
        funcs: Vec::new(),
        func_globals: None,
        ret: None,
        loops: 0,
        nesting: 0,
        mult: 1,
        work: 0,
        names: 0,
        stmts: 0,
        faults,
        big,
        objs,
        exc,
        limit: if big { BIG } else { MAX },
        catch: 0,
        iterating: 0,
        handler: None,
    };
    g.module(seed);
    g.out
}

impl Gen {
    fn name(&mut self, prefix: &str) -> String {
        self.names += 1;
        format!("{prefix}{}", self.names)
    }

    fn line(&mut self, s: &str) {
        for _ in 0..self.indent {
            self.out.push_str("    ");
        }
        self.out.push_str(s);
        self.out.push('\n');
    }

    fn left(&self) -> u64 {
        self.opts.budget.saturating_sub(self.work)
    }

    fn charge(&mut self, units: u64) {
        self.work = self.work.saturating_add(units.saturating_mul(self.mult));
    }

    /// May the code here raise one of `k`? Always inside a `try` that
    /// catches it (half the time), rarely in a program that may fault.
    fn may(&mut self, k: u8) -> bool {
        if self.catch & k != 0 {
            return self.rng.chance(1, 2);
        }
        self.faults && self.rng.chance(1, 10)
    }

    fn module(&mut self, seed: u64) {
        if self.faults {
            self.line(&format!(
                "# generated program, seed {seed}: it may fault anywhere"
            ));
        } else {
            self.line(&format!("# generated program, seed {seed}"));
        }
        if self.exc {
            self.line("class E1(Exception):");
            self.line("    pass");
            if self.rng.chance(1, 2) {
                self.line("class E2(E1):");
                self.line("    pass");
            }
        }
        for _ in 0..2 + self.rng.below(3) {
            self.new_global();
        }
        let module_work = self.work;
        for _ in 0..self.rng.below(4) {
            self.function();
        }
        if self.rng.chance(1, 2) {
            self.recursive_function();
        }
        self.work = module_work;
        for _ in 0..self.opts.main_stmts {
            self.stmt();
        }
        // Always show the globals at the end.
        let shown: Vec<String> = self
            .vars
            .iter()
            .filter(|v| v.global)
            .map(|v| match v.sh.ty {
                // A set prints in insertion order in PySM, in hash order in
                // CPython (docs/python-subset.md): sorted, it prints the same.
                Ty::Set => format!("sorted({})", v.name),
                _ => v.name.clone(),
            })
            .collect();
        self.line(&format!("print({})", shown.join(", ")));
        if self.exc && self.rng.chance(1, 10) {
            self.line("# an uncaught exception");
            self.uncaught();
        }
    }

    /// A global of any type, from an expression.
    fn new_global(&mut self) {
        let ty = self.pick_ty();
        let e = self.val(ty, 2);
        self.assign_new(if ty == Ty::Int { "g" } else { "c" }, e, true);
    }

    fn pick_ty(&mut self) -> Ty {
        if !self.objs || self.rng.chance(1, 2) {
            return Ty::Int;
        }
        match self.rng.below(12) {
            0..=2 => Ty::Str,
            3..=5 => Ty::List,
            6 => Ty::StrList,
            7 => Ty::Tuple(1 + self.rng.below(3) as u8),
            8..=9 => Ty::Dict,
            10 => Ty::StrDict,
            _ => Ty::Set,
        }
    }

    /// `NAME = e` for a fresh variable; its declared intervals (for later
    /// stores) may be wider than the value's.
    fn assign_new(&mut self, prefix: &str, e: E, global: bool) {
        let name = self.name(prefix);
        self.line(&format!("{name} = {}", e.s));
        let mut sh = e.sh;
        if sh.ty == Ty::Int || (e.fresh && has_ints(sh.ty) && self.rng.chance(1, 2)) {
            sh.iv = self.declared(sh.iv);
        }
        let owned = e.fresh || self.func_globals.is_none();
        self.vars.push(Var {
            name,
            sh,
            len: e.len,
            writable: true,
            global,
            owned,
        });
    }

    fn declared(&mut self, iv: Iv) -> Iv {
        let full = if self.big {
            match self.rng.below(3) {
                0 => Iv {
                    lo: -(1 << 64),
                    hi: 1 << 64,
                },
                _ => Iv::FULL,
            }
        } else {
            Iv::FULL
        };
        if !iv.within(full) {
            return iv;
        }
        match self.rng.below(5) {
            0 => full,
            1 => iv.union(Iv {
                lo: -1000,
                hi: 1000,
            }),
            2 => Iv {
                lo: (iv.lo - (1 << 20)).max(full.lo),
                hi: (iv.hi + (1 << 20)).min(full.hi),
            },
            3 => iv.union(Iv { lo: 0, hi: 255 }),
            _ => iv,
        }
    }

    fn param_iv(&mut self) -> Iv {
        match self.rng.below(if self.big { 5 } else { 4 }) {
            0 => Iv::FULL,
            1 => Iv { lo: -100, hi: 100 },
            2 => Iv { lo: 0, hi: 50_000 },
            3 => {
                let lo = self.rng.range(MIN as i64, MAX as i64 - 10) as i128;
                Iv {
                    lo,
                    hi: (lo + self.rng.range(0, 1 << 20) as i128).min(MAX),
                }
            }
            _ => Iv {
                lo: -(1 << 70),
                hi: 1 << 70,
            },
        }
    }

    fn param_shape(&mut self) -> Shape {
        let ty = if self.objs && self.rng.chance(1, 3) {
            *self
                .rng
                .pick(&[Ty::Str, Ty::List, Ty::List, Ty::Dict, Ty::StrList])
        } else {
            Ty::Int
        };
        let iv = match ty {
            Ty::Int => self.param_iv(),
            Ty::Str | Ty::StrList => Iv::FULL,
            _ => self.elem_iv(),
        };
        Shape {
            ty,
            iv,
            key: Iv { lo: -3, hi: 9 },
        }
    }

    /// The elements' interval of a container parameter or return value.
    fn elem_iv(&mut self) -> Iv {
        match self.rng.below(4) {
            0 => Iv { lo: -100, hi: 100 },
            1 => Iv { lo: 0, hi: 1000 },
            2 if self.big => Iv {
                lo: -(1 << 64),
                hi: 1 << 64,
            },
            _ => Iv::FULL,
        }
    }

    /// Start a function body: parameters are its first variables, and
    /// some globals become writable through `global`.
    fn enter_function(&mut self, params: &[(String, Shape, bool)]) -> usize {
        let saved = self.vars.len();
        let globals: Vec<String> = self
            .vars
            .iter()
            .filter(|v| v.global && self.rng.chance(1, 3))
            .map(|v| v.name.clone())
            .collect();
        self.indent = 1;
        if !globals.is_empty() {
            self.line(&format!("global {}", globals.join(", ")));
        }
        for v in self.vars.iter_mut() {
            v.writable = globals.contains(&v.name);
            v.owned = false;
        }
        self.func_globals = Some(globals);
        for (name, sh, writable) in params {
            self.vars.push(Var {
                name: name.clone(),
                sh: *sh,
                len: 4,
                writable: *writable,
                global: false,
                owned: false,
            });
        }
        self.work = 0;
        saved
    }

    fn leave_function(&mut self, saved: usize) {
        self.vars.truncate(saved);
        for v in self.vars.iter_mut() {
            v.writable = true;
            v.owned = true;
        }
        self.func_globals = None;
        self.ret = None;
        self.indent = 0;
        self.catch = 0;
    }

    fn function(&mut self) {
        let name = self.name("f");
        let params: Vec<(String, Shape, bool)> = (0..self.rng.below(4))
            .map(|_| {
                let p = self.name("p");
                (p, self.param_shape(), true)
            })
            .collect();
        let list: Vec<&str> = params.iter().map(|p| p.0.as_str()).collect();
        self.line(&format!("def {name}({}):", list.join(", ")));
        let saved = self.enter_function(&params);
        // Some functions raise: a call must be inside a try that catches it.
        let raises = if self.exc && self.rng.chance(1, 3) {
            *self
                .rng
                .pick(&[ZDE, IDX, KEY, VAL, USR, VAL | KEY, USR | ZDE])
        } else {
            0
        };
        self.catch = raises;
        let mut ret = self.param_shape();
        if ret.ty == Ty::StrList || ret.ty == Ty::Dict {
            ret = Shape::int(self.param_iv());
        }
        self.ret = Some(ret);
        let budget = self.opts.budget;
        self.opts.budget = budget / 4;
        let n = 1 + self.rng.below(4);
        let at = self.rng.below(n);
        for k in 0..n {
            if raises != 0 && k == at {
                self.raise_stmt(true);
            }
            self.stmt();
        }
        let e = self.val(ret.ty, self.opts.depth);
        let e = self.fit(e, ret);
        self.line(&format!("return {e}"));
        self.opts.budget = budget;
        let cost = self.work + 1;
        self.leave_function(saved);
        self.funcs.push(Func {
            name,
            params: params.iter().map(|p| p.1).collect(),
            ret,
            cost,
            raises,
        });
    }

    /// `def rN(dN, ...)`: recursion on a depth parameter that decreases by one.
    fn recursive_function(&mut self) {
        let name = self.name("r");
        let depth = self.rng.range(1, 6) as i128;
        let d = self.name("d");
        let mut params = vec![(d.clone(), Shape::int(Iv { lo: 0, hi: depth }), false)];
        for _ in 0..self.rng.below(3) {
            let p = self.name("p");
            params.push((p, Shape::int(self.param_iv()), true));
        }
        let list: Vec<&str> = params.iter().map(|p| p.0.as_str()).collect();
        self.line(&format!("def {name}({}):", list.join(", ")));
        let saved = self.enter_function(&params);
        let ret = self.param_iv();
        self.ret = Some(Shape::int(ret));
        self.line(&format!("if {d} <= 0:"));
        self.indent += 1;
        let (e, iv) = self.int(2);
        let e = self.wrap(&e, iv, ret);
        self.line(&format!("return {e}"));
        self.indent -= 1;
        // Past the base case the depth is at least 1.
        self.vars[saved].sh.iv = Iv { lo: 1, hi: depth };
        let budget = self.opts.budget;
        self.opts.budget = budget / 8;
        for _ in 0..self.rng.below(3) {
            self.stmt();
        }
        let mut args = vec![format!("({d} - 1)")];
        for p in &params[1..] {
            let (e, iv) = self.int(1);
            args.push(self.wrap(&e, iv, p.1.iv));
        }
        let call = format!("{name}({})", args.join(", "));
        let (e, iv) = self.int(1);
        let op = *self.rng.pick(&["+", "-", "^", "*"]);
        let e = match self.bin_iv(op, ret, iv) {
            Some(r) => self.wrap(&format!("({call} {op} {e})"), r, ret),
            None => call,
        };
        self.line(&format!("return {e}"));
        self.opts.budget = budget;
        let cost = (self.work + 2) * (depth as u64 + 1);
        self.leave_function(saved);
        self.funcs.push(Func {
            name,
            params: params.iter().map(|p| p.1).collect(),
            ret: Shape::int(ret),
            cost,
            raises: 0,
        });
    }

    fn bin_iv(&self, op: &str, a: Iv, b: Iv) -> Option<Iv> {
        binary_iv_lim(op, a, b, self.limit)
    }

    /// `e` folded into `target`: as is when it already fits.
    fn wrap(&self, e: &str, iv: Iv, target: Iv) -> String {
        if iv.within(target) {
            return e.to_string();
        }
        let lo = lit(target.lo);
        // A modulus past the small ints is a big literal: programs without
        // big ints or objects mask instead.
        if target.width() <= MAX || self.big || self.objs {
            let m = target.width();
            if target.lo == 0 {
                format!("({e} % {m})")
            } else {
                format!("({e} % {m} + {lo})")
            }
        } else {
            // A wide target holds lo .. lo + 2**29 - 1.
            format!("(({e} & 536870911) + {lo})")
        }
    }

    /// `e` made to fit a variable (or parameter, or return value) of shape
    /// `t`: ints folded into its interval, elements folded one by one, a
    /// shared container copied when the intervals differ, long ones cut.
    fn fit(&mut self, e: E, t: Shape) -> String {
        debug_assert_eq!(e.sh.ty, t.ty);
        if t.ty == Ty::Int {
            return self.wrap(&e.s, e.sh.iv, t.iv);
        }
        let ints_fit = !has_ints(t.ty) || (e.sh.iv.within(t.iv) && e.sh.key.within(t.key));
        let mut s = if ints_fit && (e.fresh || e.sh == t) {
            e.s
        } else if ints_fit {
            self.charge(C_OBJ);
            match (t.ty, self.rng.below(3)) {
                (Ty::List | Ty::StrList, 0) => format!("list({})", e.s),
                (Ty::List | Ty::StrList, 1) => format!("{}[:]", e.s),
                (Ty::Dict | Ty::StrDict, 0) => format!("dict({})", e.s),
                (Ty::Dict | Ty::StrDict, 1) => format!("{{**{}}}", e.s),
                (Ty::Set, 0) => format!("set({})", e.s),
                (Ty::Tuple(_) | Ty::Str, _) => e.s,
                _ => format!("{}.copy()", e.s),
            }
        } else {
            self.charge(C_OBJ + 4 * e.len);
            let v = self.name("v");
            let w = self.wrap(&v, e.sh.iv, t.iv);
            match t.ty {
                Ty::List => format!("[{w} for {v} in {}]", e.s),
                Ty::Set => format!("{{{w} for {v} in {}}}", e.s),
                Ty::Tuple(_) => format!("tuple({w} for {v} in {})", e.s),
                Ty::Dict => {
                    let k = self.name("k");
                    let wk = self.wrap(&k, e.sh.key, t.key);
                    format!("{{{wk}: {w} for {k}, {v} in {}.items()}}", e.s)
                }
                Ty::StrDict => {
                    let k = self.name("k");
                    format!("{{{k}: {w} for {k}, {v} in {}.items()}}", e.s)
                }
                _ => unreachable!("no ints in {:?}", t.ty),
            }
        };
        // Within a loop a store must not grow with each trip (`s = s + s`).
        if matches!(t.ty, Ty::List | Ty::StrList | Ty::Str)
            && (e.len > CAP || (self.mult > 1 && !e.fixed))
        {
            s = format!("{s}[:{}]", self.rng.range(0, CAP as i64));
        }
        s
    }

    // --- Statements ----------------------------------------------------

    fn block(&mut self, n: usize) {
        self.block_with(n, |_| {});
    }

    /// A block of `n` statements; `first` may write lines at its start.
    fn block_with(&mut self, n: usize, first: impl FnOnce(&mut Gen)) {
        let saved = self.vars.len();
        self.indent += 1;
        self.nesting += 1;
        let before = self.out.len();
        first(self);
        for _ in 0..n {
            self.stmt();
        }
        if self.out.len() == before {
            self.line("pass");
        }
        self.nesting -= 1;
        self.indent -= 1;
        // Names first bound in the block may be unbound after it.
        self.vars.truncate(saved);
    }

    fn writable(&mut self, ty: Option<Ty>) -> Option<usize> {
        let w: Vec<usize> = (0..self.vars.len())
            .filter(|&i| self.vars[i].writable && ty.is_none_or(|t| self.vars[i].sh.ty == t))
            .collect();
        (!w.is_empty()).then(|| *self.rng.pick(&w))
    }

    /// A variable of type `ty` (any type when `None`).
    fn var_of(&mut self, ty: Option<Ty>) -> Option<usize> {
        let w: Vec<usize> = (0..self.vars.len())
            .filter(|&i| ty.is_none_or(|t| self.vars[i].sh.ty == t))
            .collect();
        (!w.is_empty()).then(|| *self.rng.pick(&w))
    }

    /// A container variable of type `ty` that this code may mutate.
    fn mutable(&mut self, tys: &[Ty]) -> Option<usize> {
        if self.iterating > 0 {
            return None;
        }
        let w: Vec<usize> = (0..self.vars.len())
            .filter(|&i| self.vars[i].owned && tys.contains(&self.vars[i].sh.ty))
            .collect();
        (!w.is_empty()).then(|| *self.rng.pick(&w))
    }

    fn stmt(&mut self) {
        if self.left() < self.mult || self.stmts >= self.opts.max_stmts {
            return;
        }
        self.stmts += 1;
        self.work += self.mult;
        let compound = self.nesting < 3;
        let kinds = if self.objs || self.exc { 26 } else { 16 };
        match self.rng.below(kinds) {
            0..=2 => self.assign(),
            3 => self.aug_assign(),
            4..=5 => self.print(),
            6 | 7 if compound => self.if_stmt(),
            8 if compound => self.while_stmt(),
            9 | 10 if compound => self.for_stmt(),
            11 if self.loops > 0 => {
                let (c, _) = self.int(2);
                let kw = if self.rng.chance(1, 2) {
                    "break"
                } else {
                    "continue"
                };
                self.line(&format!("if {c}:"));
                self.indent += 1;
                self.line(kw);
                self.indent -= 1;
            }
            12 if self.ret.is_some() => {
                let (c, _) = self.int(2);
                let ret = self.ret.unwrap_or(Shape::int(Iv::FULL));
                let e = self.val(ret.ty, 2);
                let e = self.fit(e, ret);
                self.line(&format!("if {c}:"));
                self.indent += 1;
                self.line(&format!("return {e}"));
                self.indent -= 1;
            }
            13 => self.tuple_assign(),
            14 if !self.funcs.is_empty() => {
                if let Some((e, _)) = self.call_any() {
                    self.line(&e);
                }
            }
            16 | 17 if self.objs => self.container_assign(),
            18..=20 if self.objs => self.mutate(),
            21 if self.objs && compound => self.for_container(),
            22 if self.objs => self.unpack(),
            23 | 24 if self.exc && compound => self.try_stmt(),
            25 if self.exc => self.raise_stmt(false),
            _ => self.assign(),
        }
    }

    fn assign(&mut self) {
        let (e, iv) = self.int(self.opts.depth);
        match self.writable(Some(Ty::Int)) {
            Some(i) if self.rng.chance(2, 3) => {
                let e = self.wrap(&e, iv, self.vars[i].sh.iv);
                let line = format!("{} = {e}", self.vars[i].name);
                self.line(&line);
            }
            _ => self.assign_local(E::int(e, iv)),
        }
    }

    /// A new variable of the current scope.
    fn assign_local(&mut self, e: E) {
        let in_func = self.func_globals.is_some();
        let global = !in_func && self.nesting == 0;
        let prefix = match (e.sh.ty, in_func) {
            (Ty::Int, true) => "v",
            (Ty::Int, false) => "g",
            (_, true) => "u",
            (_, false) => "c",
        };
        self.assign_new(prefix, e, global);
    }

    fn container_assign(&mut self) {
        let ty = match self.writable(None) {
            Some(i) if self.vars[i].sh.ty != Ty::Int && self.rng.chance(1, 2) => {
                let v = self.vars[i].clone();
                let e = self.val(v.sh.ty, self.opts.depth);
                let len = e.len;
                let fresh = e.fresh;
                let s = self.fit(e, v.sh);
                self.line(&format!("{} = {s}", v.name));
                self.vars[i].len = len.min(CAP);
                if !fresh && self.func_globals.is_some() && !v.global {
                    self.vars[i].owned = false;
                }
                return;
            }
            _ => self.pick_ty(),
        };
        let ty = if ty == Ty::Int { Ty::List } else { ty };
        let e = self.val(ty, self.opts.depth);
        self.assign_local(e);
    }

    fn aug_assign(&mut self) {
        let Some(i) = self.writable(Some(Ty::Int)) else {
            return self.assign();
        };
        let v = self.vars[i].clone();
        for _ in 0..4 {
            let op = *self
                .rng
                .pick(&["+", "-", "*", "//", "%", "<<", ">>", "&", "|", "^"]);
            let (e, iv) = match op {
                "//" | "%" => self.divisor(2),
                "<<" | ">>" => self.shift_count(2),
                _ => self.int(2),
            };
            if self
                .bin_iv(op, v.sh.iv, iv)
                .is_some_and(|r| r.within(v.sh.iv))
            {
                self.big_cost(op, v.sh.iv, iv);
                self.line(&format!("{} {op}= {e}", v.name));
                return;
            }
        }
        let (e, iv) = self.int(2);
        let line = format!("{} = {}", v.name, self.wrap(&e, iv, v.sh.iv));
        self.line(&line);
    }

    fn tuple_assign(&mut self) {
        let w: Vec<usize> = (0..self.vars.len())
            .filter(|&i| self.vars[i].writable && self.vars[i].sh.ty == Ty::Int)
            .collect();
        if w.len() < 2 {
            return self.assign();
        }
        let a = *self.rng.pick(&w);
        let b = *self.rng.pick(&w);
        if a == b {
            return self.assign();
        }
        let (va, vb) = (self.vars[a].clone(), self.vars[b].clone());
        if va.sh.iv == vb.sh.iv && self.rng.chance(1, 2) {
            self.line(&format!("{0}, {1} = {1}, {0}", va.name, vb.name));
            return;
        }
        let (ea, ia) = self.int(2);
        let (eb, ib) = self.int(2);
        let ea = self.wrap(&ea, ia, va.sh.iv);
        let eb = self.wrap(&eb, ib, vb.sh.iv);
        self.line(&format!("{}, {} = {ea}, {eb}", va.name, vb.name));
    }

    /// Unpacking: a tuple into new names, a list with a starred target, or
    /// (where ValueError is caught) a list of unknown length.
    fn unpack(&mut self) {
        match self.rng.below(3) {
            0 => {
                let n = 1 + self.rng.below(3) as u8;
                let e = self.val(Ty::Tuple(n), 1);
                let names: Vec<String> = (0..n).map(|_| self.name("t")).collect();
                self.line(&format!("{}, = {}", names.join(", "), e.s));
                for name in names {
                    self.push_var(name, Shape::int(e.sh.iv), 0);
                }
            }
            1 => {
                // At least one element: a display.
                let k = 1 + self.rng.below(3);
                let items: Vec<(String, Iv)> = (0..k).map(|_| self.int(1)).collect();
                let iv = items.iter().fold(items[0].1, |a, b| a.union(b.1));
                let a = self.name("t");
                let rest = self.name("c");
                let list: Vec<String> = items.into_iter().map(|x| x.0).collect();
                self.charge(C_OBJ * 2);
                self.line(&format!("{a}, *{rest} = [{}]", list.join(", ")));
                self.push_var(a, Shape::int(iv), 0);
                self.push_var(rest, Shape::of(Ty::List, iv), k as u64 - 1);
            }
            _ => {
                let Some(i) = self.var_of(Some(Ty::List)) else {
                    return self.container_assign();
                };
                if !self.may(VAL) {
                    return self.print();
                }
                let v = self.vars[i].clone();
                let a = self.name("t");
                let b = self.name("t");
                self.charge(C_RAISE);
                self.line(&format!("{a}, {b} = {}", v.name));
                self.push_var(a, Shape::int(v.sh.iv), 0);
                self.push_var(b, Shape::int(v.sh.iv), 0);
            }
        }
    }

    fn push_var(&mut self, name: String, sh: Shape, len: u64) {
        let global = self.func_globals.is_none() && self.nesting == 0;
        self.vars.push(Var {
            name,
            sh,
            len,
            writable: true,
            global,
            owned: true,
        });
    }

    fn print(&mut self) {
        let n = self.rng.below(4);
        self.charge(3 * n as u64);
        let args: Vec<String> = (0..n)
            .map(|_| match self.rng.below(12) {
                0 => "None".to_string(),
                _ => self.printable(self.opts.depth),
            })
            .collect();
        if self.objs && n > 0 && self.rng.chance(1, 6) {
            let sep = str_lit(self.rng.pick::<&str>(&["", ", ", "|", "-"]));
            self.line(&format!("print({}, sep={sep})", args.join(", ")));
        } else if self.objs && self.rng.chance(1, 10) {
            let end = str_lit(self.rng.pick::<&str>(&["", "!\n", " "]));
            let sep = if args.is_empty() { "" } else { ", " };
            self.line(&format!("print({}{sep}end={end})", args.join(", ")));
        } else {
            self.line(&format!("print({})", args.join(", ")));
        }
    }

    /// Any value worth printing: an int, or with containers anything.
    fn printable(&mut self, depth: u32) -> String {
        if !self.objs || self.rng.chance(1, 2) {
            let (e, iv) = self.int(depth);
            if !iv.small() {
                self.charge(C_PRINT_BIG);
            }
            return e;
        }
        let ty = self.pick_ty();
        let e = self.val(ty, depth);
        self.charge(C_OBJ + 8 * e.len);
        match ty {
            // Sorted: the iteration order of a set differs (as above).
            Ty::Set => format!("sorted({})", e.s),
            Ty::Dict | Ty::StrDict if self.rng.chance(1, 4) => {
                let m = *self.rng.pick(&["keys", "values", "items"]);
                format!("{}.{m}()", e.s)
            }
            Ty::List | Ty::Tuple(_) if self.rng.chance(1, 6) => format!("*{}", e.s),
            Ty::Str if self.rng.chance(1, 4) => format!("repr({})", e.s),
            Ty::Str if self.rng.chance(1, 6) => {
                let u = str_lit(
                    self.rng
                        .pick::<&str>(&["é", "€", "ñ\n", "日本", "\u{1f600}"]),
                );
                format!("({} + {u})", e.s)
            }
            _ => e.s,
        }
    }

    fn if_stmt(&mut self) {
        let (c, _) = self.cond(self.opts.depth);
        self.line(&format!("if {c}:"));
        let n = 1 + self.rng.below(3);
        self.block(n);
        for _ in 0..self.rng.below(3) {
            let (c, _) = self.cond(2);
            self.line(&format!("elif {c}:"));
            let n = 1 + self.rng.below(2);
            self.block(n);
        }
        if self.rng.chance(1, 2) {
            self.line("else:");
            let n = 1 + self.rng.below(2);
            self.block(n);
        }
    }

    /// A condition: an int, or with containers sometimes a container's truth.
    fn cond(&mut self, depth: u32) -> (String, Iv) {
        if self.objs && self.rng.chance(1, 5) {
            let ty = self.pick_ty();
            let e = self.val(ty, 1);
            return (e.s, Iv::BOOL);
        }
        self.int(depth)
    }

    fn loop_body(&mut self, trips: u64, pre: Option<String>, vars: Vec<Var>) {
        let saved_mult = self.mult;
        self.mult = self.mult.saturating_mul(trips.max(1));
        self.loops += 1;
        let saved = self.vars.len();
        self.vars.extend(vars);
        let n = 1 + self.rng.below(3);
        self.block_with(n, |g| {
            if let Some(p) = pre {
                g.line(&p);
            }
        });
        self.vars.truncate(saved);
        self.loops -= 1;
        self.mult = saved_mult;
    }

    fn loop_else(&mut self) {
        if self.rng.chance(1, 4) {
            self.line("else:");
            self.block(1);
        }
    }

    fn loop_var(name: String, sh: Shape, len: u64) -> Var {
        Var {
            name,
            sh,
            len,
            writable: false,
            global: false,
            owned: false,
        }
    }

    fn while_stmt(&mut self) {
        let w = self.name("w");
        let trips = self.rng.range(0, 5) as i128;
        self.line(&format!("{w} = 0"));
        let cond = if self.rng.chance(1, 3) {
            let (c, _) = self.cond(2);
            format!("{w} < {trips} and {c}")
        } else {
            format!("{w} < {trips}")
        };
        self.line(&format!("while {cond}:"));
        // The counter moves first, so that `continue` cannot skip it.
        let var = Gen::loop_var(
            w.clone(),
            Shape::int(Iv {
                lo: trips.min(1),
                hi: trips,
            }),
            0,
        );
        self.loop_body(trips as u64, Some(format!("{w} += 1")), vec![var]);
        self.loop_else();
    }

    fn for_stmt(&mut self) {
        let i = self.name("i");
        let (range, iv, trips) = match self.rng.below(4) {
            0 => {
                let n = self.rng.range(0, 6) as i128;
                (
                    format!("range({n})"),
                    Iv {
                        lo: 0,
                        hi: n.max(0),
                    },
                    n,
                )
            }
            1 => {
                let a = self.edge();
                let n = self.rng.range(0, 5) as i128;
                let a = if a > MAX - 8 && !self.big { MAX - 8 } else { a };
                (
                    format!("range({}, {})", lit(a), lit(a + n)),
                    Iv { lo: a, hi: a + n },
                    n,
                )
            }
            2 => {
                let a = self.rng.range(-20, 20) as i128;
                let s = *self.rng.pick(&[-3i128, -2, -1, 1, 2, 3]);
                let n = self.rng.range(0, 5) as i128;
                let b = a + s * n;
                (
                    format!("range({}, {}, {})", lit(a), lit(b), lit(s)),
                    Iv {
                        lo: a.min(b),
                        hi: a.max(b),
                    },
                    n,
                )
            }
            _ => {
                // A run-time start.
                let (e, iv) = self.int(1);
                let n = self.rng.range(0, 4) as i128;
                match Iv::lim(iv.lo, iv.hi + n, self.limit) {
                    Some(r) => (format!("range({e}, {e} + {n})"), r, n),
                    None => (format!("range({n})"), Iv { lo: 0, hi: n }, n),
                }
            }
        };
        if !iv.small() {
            self.charge(C_BIG * trips as u64);
        }
        self.line(&format!("for {i} in {range}:"));
        let var = Gen::loop_var(i, Shape::int(iv), 0);
        self.loop_body(trips.max(0) as u64, None, vec![var]);
        self.loop_else();
    }

    /// `for` over a container: a list, a str, a dict (keys or items),
    /// `enumerate`, `zip`, a sorted set, a tuple display.
    fn for_container(&mut self) {
        let a = self.name("i");
        let lock;
        let (head, vars, trips) = match self.rng.below(8) {
            0 | 1 => {
                let Some(l) = self.var_of(Some(Ty::List)) else {
                    return self.for_stmt();
                };
                let l = self.vars[l].clone();
                lock = true;
                if self.rng.chance(1, 3) {
                    let b = self.name("i");
                    let vars = vec![
                        Gen::loop_var(a.clone(), Shape::int(Iv { lo: 0, hi: LENS }), 0),
                        Gen::loop_var(b.clone(), Shape::int(l.sh.iv), 0),
                    ];
                    (
                        format!("for {a}, {b} in enumerate({}):", l.name),
                        vars,
                        l.len,
                    )
                } else {
                    let vars = vec![Gen::loop_var(a.clone(), Shape::int(l.sh.iv), 0)];
                    (format!("for {a} in {}:", l.name), vars, l.len)
                }
            }
            2 => {
                let e = self.val(Ty::Str, 1);
                lock = false;
                let vars = vec![Gen::loop_var(a.clone(), Shape::of(Ty::Str, Iv::FULL), 1)];
                (format!("for {a} in {}:", e.s), vars, e.len)
            }
            3 | 4 => {
                let Some(d) = self.var_of(Some(Ty::Dict)) else {
                    return self.for_stmt();
                };
                let d = self.vars[d].clone();
                lock = true;
                if self.rng.chance(1, 2) {
                    let b = self.name("i");
                    let vars = vec![
                        Gen::loop_var(a.clone(), Shape::int(d.sh.key), 0),
                        Gen::loop_var(b.clone(), Shape::int(d.sh.iv), 0),
                    ];
                    (format!("for {a}, {b} in {}.items():", d.name), vars, d.len)
                } else {
                    let vars = vec![Gen::loop_var(a.clone(), Shape::int(d.sh.key), 0)];
                    (format!("for {a} in {}:", d.name), vars, d.len)
                }
            }
            5 => {
                let x = self.val(Ty::List, 1);
                let y = self.val(Ty::List, 1);
                lock = !(x.fresh && y.fresh);
                let b = self.name("i");
                let vars = vec![
                    Gen::loop_var(a.clone(), Shape::int(x.sh.iv), 0),
                    Gen::loop_var(b.clone(), Shape::int(y.sh.iv), 0),
                ];
                (
                    format!("for {a}, {b} in zip({}, {}):", x.s, y.s),
                    vars,
                    x.len.min(y.len),
                )
            }
            6 => {
                let s = self.val(Ty::Set, 1);
                lock = false;
                self.charge(C_OBJ * 3);
                let vars = vec![Gen::loop_var(a.clone(), Shape::int(s.sh.iv), 0)];
                (format!("for {a} in sorted({}):", s.s), vars, s.len)
            }
            _ => {
                let n = 1 + self.rng.below(4) as u8;
                let t = self.tuple(n, 1);
                lock = false;
                let vars = vec![Gen::loop_var(a.clone(), Shape::int(t.sh.iv), 0)];
                (format!("for {a} in {}:", t.s), vars, n as u64)
            }
        };
        let trips = trips.min(CAP);
        self.charge(C_OBJ);
        self.line(&head);
        if lock {
            self.iterating += 1;
        }
        self.loop_body(trips, None, vars);
        if lock {
            self.iterating -= 1;
        }
        self.loop_else();
    }

    /// A statement that mutates a container.
    fn mutate(&mut self) {
        let Some(i) = self.mutable(&[Ty::List, Ty::StrList, Ty::Dict, Ty::StrDict, Ty::Set]) else {
            return self.container_assign();
        };
        let v = self.vars[i].clone();
        let n = &v.name;
        self.charge(C_OBJ);
        let (line, grow) = match v.sh.ty {
            Ty::List | Ty::StrList => {
                let el = if v.sh.ty == Ty::List {
                    let (e, iv) = self.int(1);
                    self.wrap(&e, iv, v.sh.iv)
                } else {
                    self.val(Ty::Str, 1).s
                };
                match self.rng.below(12) {
                    0 | 1 => (format!("{n}.append({el})"), 1),
                    2 => {
                        let (k, _) = self.int(1);
                        (format!("{n}.insert({k}, {el})"), 1)
                    }
                    3 => {
                        let e = self.val(v.sh.ty, 1);
                        let len = e.len;
                        let fixed = e.fixed;
                        let mut s = self.fit(e, v.sh);
                        if !fixed && !s.ends_with(']') {
                            // Not `l.extend(l)` in a loop.
                            s = format!("{s}[:3]");
                        }
                        if self.rng.chance(1, 2) {
                            (format!("{n}.extend({s})"), len)
                        } else {
                            (format!("{n} += {s}"), len)
                        }
                    }
                    4 => {
                        self.charge(C_OBJ * 3);
                        match self.rng.below(3) {
                            0 => (format!("{n}.sort()"), 0),
                            1 => (format!("{n}.sort(reverse=True)"), 0),
                            _ => (format!("{n}.reverse()"), 0),
                        }
                    }
                    5 | 6 => {
                        let (k, _) = self.int(1);
                        if self.may(IDX) {
                            self.charge(C_RAISE);
                            (format!("{n}[{k}] = {el}"), 0)
                        } else {
                            self.line(&format!("if {n}:"));
                            self.indent += 1;
                            let l = format!("{n}[{k} % len({n})] = {el}");
                            self.line(&l);
                            self.indent -= 1;
                            return;
                        }
                    }
                    7 => {
                        if self.may(IDX) {
                            self.charge(C_RAISE);
                            (format!("{n}.pop()"), 0)
                        } else {
                            (format!("if {n}:\n{}    {n}.pop()", self.ind()), 0)
                        }
                    }
                    8 => {
                        let (k, _) = self.int(1);
                        if self.may(IDX) {
                            self.charge(C_RAISE);
                            (format!("del {n}[{k}]"), 0)
                        } else {
                            (
                                format!("if {n}:\n{}    del {n}[{k} % len({n})]", self.ind()),
                                0,
                            )
                        }
                    }
                    9 => {
                        if self.may(VAL) {
                            self.charge(C_RAISE);
                            (format!("{n}.remove({el})"), 0)
                        } else {
                            (
                                format!("if {el} in {n}:\n{}    {n}.remove({el})", self.ind()),
                                0,
                            )
                        }
                    }
                    10 => {
                        let (a, _) = self.int(1);
                        let e = self.val(v.sh.ty, 1);
                        let len = e.len;
                        let s = self.fit(e, v.sh);
                        (format!("{n}[{}:{}] = {s}", a, self.small_lit()), len)
                    }
                    _ if v.sh.ty == Ty::List => {
                        // Augmented assignment to an element.
                        let Some(k) = self.safe_index(n) else {
                            return;
                        };
                        let (e, iv) = self.int(1);
                        match self.bin_iv("+", v.sh.iv, iv) {
                            Some(r) if r.within(v.sh.iv) => {
                                (format!("if {n}:\n{}    {n}[{k}] += {e}", self.ind()), 0)
                            }
                            _ => (format!("{n}.append({el})"), 1),
                        }
                    }
                    _ => (format!("{n}.clear()"), 0),
                }
            }
            Ty::Dict | Ty::StrDict => {
                let k = self.key(&v);
                let (e, iv) = self.int(1);
                let val = self.wrap(&e, iv, v.sh.iv);
                match self.rng.below(8) {
                    0..=2 => (format!("{n}[{k}] = {val}"), 1),
                    3 => (format!("{n}.setdefault({k}, {val})"), 1),
                    4 => {
                        if self.may(KEY) {
                            self.charge(C_RAISE);
                            (format!("del {n}[{k}]"), 0)
                        } else {
                            (format!("if {k} in {n}:\n{}    del {n}[{k}]", self.ind()), 0)
                        }
                    }
                    5 if self.may(KEY) => {
                        self.charge(C_RAISE);
                        if self.rng.chance(1, 2) {
                            (format!("print({n}.pop({k}))"), 0)
                        } else {
                            (format!("print({n}.popitem())"), 0)
                        }
                    }
                    5 => (format!("{n}.pop({k}, None)"), 0),
                    6 => {
                        let (e, iv) = self.int(1);
                        match self.bin_iv("+", v.sh.iv, iv) {
                            Some(r) if r.within(v.sh.iv) && self.may(KEY) => {
                                self.charge(C_RAISE);
                                (format!("{n}[{k}] += {e}"), 0)
                            }
                            Some(r) if r.within(v.sh.iv) => (
                                format!("if {k} in {n}:\n{}    {n}[{k}] += {e}", self.ind()),
                                0,
                            ),
                            _ => (format!("{n}[{k}] = {val}"), 1),
                        }
                    }
                    _ => {
                        let e = self.val(v.sh.ty, 1);
                        let len = e.len;
                        let s = self.fit(e, v.sh);
                        (format!("{n}.update({s})"), len)
                    }
                }
            }
            _ => {
                let (e, iv) = self.int(1);
                let el = self.wrap(&e, iv, v.sh.iv);
                match self.rng.below(5) {
                    0 | 1 => (format!("{n}.add({el})"), 1),
                    2 => (format!("{n}.discard({el})"), 0),
                    3 if self.may(KEY) => {
                        self.charge(C_RAISE);
                        (format!("{n}.remove({el})"), 0)
                    }
                    _ => {
                        let e = self.val(Ty::Set, 1);
                        let len = e.len;
                        let s = self.fit(e, v.sh);
                        // The methods, not `|=` and the like: those make a new
                        // set in PySM, visible through another name
                        // (docs/python-subset.md).
                        let m = *self.rng.pick(&[
                            "update",
                            "intersection_update",
                            "difference_update",
                            "symmetric_difference_update",
                        ]);
                        (format!("{n}.{m}({s})"), len)
                    }
                }
            }
        };
        self.line(&line);
        let len = v.len.saturating_add(grow.saturating_mul(self.mult));
        self.vars[i].len = len.min(4 * CAP);
    }

    /// The indentation of the current line (for two-line statements).
    fn ind(&self) -> String {
        "    ".repeat(self.indent)
    }

    /// A key for dict variable `v`.
    fn key(&mut self, v: &Var) -> String {
        if v.sh.ty == Ty::StrDict {
            return self.val(Ty::Str, 1).s;
        }
        let (e, iv) = self.int(1);
        self.wrap(&e, iv, v.sh.key)
    }

    /// `try` with one or two `except` clauses (or none, with `finally`),
    /// sometimes `else` and `finally`; the body often faults on purpose.
    fn try_stmt(&mut self) {
        let mut handlers: Vec<(&str, u8)> = Vec::new();
        let clauses = match self.rng.below(8) {
            0 => 0,
            1 | 2 => 2,
            _ => 1,
        };
        // Prefer handlers for what the functions raise, so they get called.
        let raising: Vec<u8> = self
            .funcs
            .iter()
            .map(|f| f.raises)
            .filter(|&r| r != 0)
            .collect();
        for _ in 0..clauses {
            let h = if !raising.is_empty() && self.rng.chance(1, 3) {
                let r = *self.rng.pick(&raising);
                *HANDLERS
                    .iter()
                    .find(|h| h.1 & r == r)
                    .unwrap_or(&("Exception", ALL))
            } else {
                *self.rng.pick(HANDLERS)
            };
            handlers.push(h);
        }
        let mask = handlers.iter().fold(0, |m, h| m | h.1);
        self.line("try:");
        let saved_catch = self.catch;
        self.catch |= mask;
        let n = 1 + self.rng.below(3);
        let at = if mask != 0 && self.rng.chance(3, 4) {
            self.rng.below(n + 1)
        } else {
            n + 1
        };
        let saved = self.vars.len();
        self.indent += 1;
        self.nesting += 1;
        let before = self.out.len();
        for k in 0..=n {
            if k == at {
                self.fault_stmt(mask);
            }
            if k < n {
                self.stmt();
            }
        }
        if self.out.len() == before {
            self.line("pass");
        }
        self.nesting -= 1;
        self.indent -= 1;
        self.vars.truncate(saved);
        self.catch = saved_catch;
        for (h, m) in handlers.iter().copied() {
            let name = if self.rng.chance(2, 3) {
                Some(self.name("e"))
            } else {
                None
            };
            match &name {
                Some(e) => self.line(&format!("except {h} as {e}:")),
                None => self.line(&format!("except {h}:")),
            }
            let saved_handler = self.handler.replace((m, name.clone()));
            let n = self.rng.below(3);
            self.block_with(n, |g| {
                if let Some(e) = &name {
                    if g.rng.chance(3, 4) {
                        let show = match g.rng.below(4) {
                            0 => format!("print(\"caught\", type({e}).__name__)"),
                            1 => format!("print(repr({e}))"),
                            _ => format!("print(type({e}).__name__, {e})"),
                        };
                        g.line(&show);
                    }
                }
                // Sometimes on to an enclosing handler: `raise`, `raise
                // ... from e`, or a new exception.
                if g.rng.chance(1, 5) {
                    g.raise_stmt(true);
                }
            });
            self.handler = saved_handler;
        }
        if clauses > 0 && self.rng.chance(1, 3) {
            self.line("else:");
            let n = 1 + self.rng.below(2);
            self.block(n);
        }
        if clauses == 0 || self.rng.chance(1, 3) {
            self.line("finally:");
            let n = 1 + self.rng.below(2);
            self.block(n);
        }
        self.charge(C_OBJ);
    }

    /// A statement that raises one of `mask` (or may, at run time).
    fn fault_stmt(&mut self, mask: u8) {
        let kinds: Vec<u8> = [ZDE, IDX, KEY, VAL, USR]
            .into_iter()
            .filter(|k| mask & k != 0 && (self.objs || *k == ZDE || *k == VAL || *k == USR))
            .collect();
        if kinds.is_empty() {
            return;
        }
        let k = *self.rng.pick(&kinds);
        // A call of a function that raises it.
        let callees: Vec<usize> = (0..self.funcs.len())
            .filter(|&i| self.funcs[i].raises != 0 && self.funcs[i].raises & !mask == 0)
            .filter(|&i| self.funcs[i].cost.saturating_mul(self.mult) <= self.left())
            .collect();
        if !callees.is_empty() && self.rng.chance(1, 2) {
            let f = *self.rng.pick(&callees);
            let saved = self.catch;
            self.catch |= mask;
            let call = self.call(f);
            self.catch = saved;
            self.line(&format!("print({call})"));
            return;
        }
        self.charge(C_RAISE);
        let cond = if self.rng.chance(1, 3) {
            Some(self.int(1).0)
        } else {
            None
        };
        let s = match k {
            ZDE => {
                let (a, _) = self.int(1);
                let (b, _) = self.int(1);
                let op = *self.rng.pick(&["//", "%"]);
                if self.rng.chance(1, 4) {
                    format!("print(divmod({a}, {b} - {b}))")
                } else {
                    format!("print({a} {op} ({b} - {b}))")
                }
            }
            IDX => match self.rng.below(4) {
                0 => {
                    let l = self.val(Ty::List, 1);
                    let (i, _) = self.int(1);
                    format!("print({}[{i}])", l.s)
                }
                1 => {
                    let s = self.val(Ty::Str, 1);
                    format!("print({}[{}])", s.s, lit(self.rng.range(-9, 9) as i128))
                }
                2 => {
                    let n = 1 + self.rng.below(3) as u8;
                    let t = self.tuple(n, 1);
                    format!("print({}[{}])", t.s, lit(self.rng.range(-5, 5) as i128))
                }
                _ => "[].pop()".to_string(),
            },
            KEY => match self.var_of(Some(Ty::Dict)) {
                Some(d) if self.rng.chance(2, 3) => {
                    let v = self.vars[d].clone();
                    let (e, _) = self.int(1);
                    format!("print({}[{e}])", v.name)
                }
                _ => {
                    let s = self.val(Ty::Str, 1);
                    format!("print({{}}[{}])", s.s)
                }
            },
            VAL => match self.rng.below(4) {
                0 => {
                    let s = self.val(Ty::Str, 1);
                    format!("print(int({}))", s.s)
                }
                1 => format!("raise ValueError({})", self.message()),
                2 => {
                    let (a, _) = self.int(1);
                    let (b, _) = self.int(1);
                    format!("print({a} >> ({b} - {b} - 1))")
                }
                _ if self.objs => {
                    let l = self.val(Ty::List, 1);
                    format!("print(max({}))", l.s)
                }
                _ => format!("raise ValueError({})", self.message()),
            },
            _ => {
                let cls = if self.out.contains("class E2(") && self.rng.chance(1, 2) {
                    "E2"
                } else {
                    "E1"
                };
                let (a, _) = self.int(1);
                match self.rng.below(3) {
                    0 => format!("raise {cls}"),
                    1 => format!("raise {cls}({a})"),
                    _ => format!("raise {cls}({}, {a})", self.message()),
                }
            }
        };
        match cond {
            Some(c) => {
                self.line(&format!("if {c}:"));
                self.indent += 1;
                self.line(&s);
                self.indent -= 1;
            }
            None => self.line(&s),
        }
    }

    /// A message for an exception: a str literal, an f-string or a concatenation.
    fn message(&mut self) -> String {
        if !self.objs {
            return str_lit(self.rng.pick::<&str>(&["bad", "no", "x"]));
        }
        let (e, iv) = self.plain_int(1);
        if !iv.small() {
            self.charge(C_PRINT_BIG);
        }
        match self.rng.below(3) {
            0 => str_lit(&self.str_text()),
            1 if self.rng.chance(1, 4) => format!("f\"bad {{{e}}} ü\""),
            1 => format!("f\"bad {{{e}}}\""),
            _ => format!("(\"v=\" + str({e}))"),
        }
    }

    /// `raise` in a context that catches it: guarded by a condition, or a
    /// bare `raise` in a handler whose exceptions the context catches too.
    fn raise_stmt(&mut self, always: bool) {
        if let Some((h, name)) = self.handler.clone() {
            if self.catch & h == h && self.rng.chance(1, 2) {
                self.charge(C_RAISE);
                self.line("raise");
                return;
            }
            // A new exception with the one being handled as its cause.
            if let Some(e) = name.filter(|_| self.catch & VAL != 0 && self.rng.chance(1, 2)) {
                self.charge(C_RAISE);
                let m = self.message();
                self.line(&format!("raise ValueError({m}) from {e}"));
                return;
            }
        }
        let kinds: Vec<u8> = [VAL, KEY, IDX, USR, ZDE]
            .into_iter()
            .filter(|k| self.catch & k != 0)
            .collect();
        if kinds.is_empty() {
            if always {
                return;
            }
            return self.try_stmt();
        }
        self.charge(C_RAISE / 2);
        let (c, _) = self.int(2);
        let k = *self.rng.pick(&kinds);
        let m = self.message();
        let s = match k {
            VAL => format!("raise ValueError({m})"),
            KEY => format!("raise KeyError({})", self.int(1).0),
            IDX => "raise IndexError".to_string(),
            ZDE => format!("raise ZeroDivisionError({m})"),
            _ => format!("raise E1({m})"),
        };
        self.line(&format!("if {c}:"));
        self.indent += 1;
        self.line(&s);
        self.indent -= 1;
    }

    /// The end of a program that raises on purpose: nothing catches it.
    fn uncaught(&mut self) {
        let callees: Vec<usize> = (0..self.funcs.len())
            .filter(|&i| self.funcs[i].raises != 0)
            .collect();
        self.catch = ALL;
        let s = match self.rng.below(6) {
            0 if !callees.is_empty() => {
                let f = *self.rng.pick(&callees);
                // Make it likely to raise: call it a few times.
                let call = self.call(f);
                format!("for _ in range(3):\n    print({call})")
            }
            1 => format!("raise ValueError({})", self.message()),
            2 => {
                let (a, _) = self.int(1);
                format!("print({a} // 0)")
            }
            3 if self.objs => {
                let s = self.val(Ty::Str, 1);
                format!("print({{}}[{}])", s.s)
            }
            4 => format!("raise E1({})", self.message()),
            _ => {
                let (a, _) = self.int(1);
                format!(
                    "try:\n    print(1 // 0)\nexcept ZeroDivisionError as e:\n    raise ValueError({}) from e",
                    a
                )
            }
        };
        self.line(&s);
    }

    // --- Expressions ---------------------------------------------------

    /// A value of type `ty`.
    fn val(&mut self, ty: Ty, depth: u32) -> E {
        match ty {
            Ty::Int => {
                let (s, iv) = self.int(depth);
                E::int(s, iv)
            }
            Ty::Str => self.str_expr(depth),
            Ty::List => self.list(depth),
            Ty::StrList => self.str_list(depth),
            Ty::Tuple(n) => self.tuple(n, depth),
            Ty::Dict => self.dict(depth),
            Ty::StrDict => self.str_dict(depth),
            Ty::Set => self.set(depth),
        }
    }

    /// A variable of type `ty`, as an expression.
    fn var_expr(&mut self, ty: Ty) -> Option<E> {
        let i = self.var_of(Some(ty))?;
        let v = &self.vars[i];
        Some(E {
            s: v.name.clone(),
            sh: v.sh,
            len: v.len,
            fresh: ty == Ty::Str || matches!(ty, Ty::Tuple(_)),
            fixed: false,
        })
    }

    /// An int expression and its interval.
    fn int(&mut self, depth: u32) -> (String, Iv) {
        if depth == 0 || self.rng.chance(1, 3) {
            return self.leaf();
        }
        for _ in 0..4 {
            let r = match self.rng.below(if self.objs { 16 } else { 12 }) {
                0..=4 => self.binary(depth),
                5 => self.unary(depth),
                6 => self.compare(depth),
                7 => self.boolop(depth),
                8 => self.ifexp(depth),
                9 => self.call_int(),
                10 => self.pow(),
                12..=15 => self.int_of_container(depth),
                // `abs`, `min` and `max` are the object runtime's: a program
                // without objects links only the printer and the int handlers.
                _ if self.objs || self.exc => self.builtin_int(depth),
                _ => None,
            };
            if let Some(r) = r {
                return r;
            }
        }
        self.leaf()
    }

    fn leaf(&mut self) -> (String, Iv) {
        if let Some(i) = self.var_of(Some(Ty::Int)) {
            if self.rng.chance(3, 5) {
                let v = &self.vars[i];
                return (v.name.clone(), v.sh.iv);
            }
        }
        self.literal()
    }

    fn edge(&mut self) -> i128 {
        if self.big && self.rng.chance(1, 3) {
            *self.rng.pick(BIG_EDGES)
        } else {
            *self.rng.pick(EDGES)
        }
    }

    fn literal(&mut self) -> (String, Iv) {
        let v = match self.rng.below(10) {
            0 => return ("True".into(), Iv::point(1)),
            1 => return ("False".into(), Iv::point(0)),
            2..=4 => self.edge(),
            5..=6 => self.rng.range(-10, 10) as i128,
            7..=8 => self.rng.range(-100_000, 100_000) as i128,
            _ => self.rng.range(MIN as i64, MAX as i64) as i128,
        };
        if v > MAX && self.rng.chance(1, 4) {
            return (format!("{v:#x}"), Iv::point(v));
        }
        (lit(v), Iv::point(v))
    }

    fn small_lit(&mut self) -> String {
        lit(self.rng.range(-6, 6) as i128)
    }

    /// Charge an int operation by the size of its operands.
    fn big_cost(&mut self, op: &str, a: Iv, b: Iv) {
        if a.small() && b.small() {
            return;
        }
        let units = match op {
            "//" | "%" => C_BIGDIV,
            "*" | "**" => 2 * C_BIG,
            _ => C_BIG,
        };
        self.charge(units);
    }

    fn binary(&mut self, depth: u32) -> Option<(String, Iv)> {
        let op = *self.rng.pick(&[
            "+", "-", "*", "//", "%", "<<", ">>", "&", "|", "^", "+", "-", "*",
        ]);
        let (a, ai) = self.int(depth - 1);
        let (b, bi) = match op {
            "//" | "%" => self.divisor(depth - 1),
            "<<" | ">>" => self.shift_count(depth - 1),
            _ => self.int(depth - 1),
        };
        let iv = self.bin_iv(op, ai, bi)?;
        self.big_cost(op, ai, bi);
        Some((format!("({a} {op} {b})"), iv))
    }

    /// A divisor: nonzero unless a fault is allowed here.
    fn divisor(&mut self, depth: u32) -> (String, Iv) {
        let (e, iv) = self.int(depth);
        if !iv.contains(0) {
            return (e, iv);
        }
        if self.may(ZDE) {
            self.charge(C_RAISE);
            if self.rng.chance(1, 2) {
                // Zero when it runs: ZeroDivisionError.
                return (format!("({e} - {e})"), Iv::point(0));
            }
            return (e, iv);
        }
        let v = if self.big && self.rng.chance(1, 4) {
            *self
                .rng
                .pick(&[1 << 31, -(1 << 40), (1 << 64) + 1, -(1 << 15)])
        } else {
            *self
                .rng
                .pick(&[1, -1, 2, -2, 3, 7, -7, 10, 1000, MAX, MIN, 1 << 23])
        };
        (lit(v), Iv::point(v))
    }

    /// A shift count: 0 .. 40 (70 with big ints) unless a fault is allowed.
    fn shift_count(&mut self, depth: u32) -> (String, Iv) {
        let (e, iv) = self.int(depth);
        let top = if self.big { 70 } else { 40 };
        if iv.within(Iv { lo: 0, hi: top }) {
            return (e, iv);
        }
        if self.may(VAL) {
            self.charge(C_RAISE);
            // Negative when it runs: ValueError.
            return (format!("({e} - {e} - 1)"), Iv::point(0));
        }
        let v = if self.big && self.rng.chance(1, 2) {
            *self.rng.pick(&[33, 45, 60, 62, 63, 64, 65, 70])
        } else {
            *self
                .rng
                .pick(&[0, 1, 2, 3, 5, 8, 15, 16, 23, 24, 29, 30, 31, 32, 40])
        };
        (lit(v), Iv::point(v))
    }

    fn unary(&mut self, depth: u32) -> Option<(String, Iv)> {
        let (e, iv) = self.int(depth - 1);
        let lim = self.limit;
        match self.rng.below(4) {
            0 => Some((format!("(-{e})"), Iv::lim(-iv.hi, -iv.lo, lim)?)),
            1 => Some((format!("(+{e})"), iv)),
            2 => Some((format!("(~{e})"), Iv::lim(-iv.hi - 1, -iv.lo - 1, lim)?)),
            _ => Some((format!("(not {e})"), Iv::BOOL)),
        }
    }

    fn compare(&mut self, depth: u32) -> Option<(String, Iv)> {
        let (mut s, _) = self.int(depth - 1);
        if self.rng.chance(1, 10) {
            let op = if self.rng.chance(1, 2) {
                "is"
            } else {
                "is not"
            };
            return Some((format!("({s} {op} None)"), Iv::BOOL));
        }
        for _ in 0..1 + self.rng.below(3) {
            let op = *self.rng.pick(&["<", "<=", "==", "!=", ">", ">="]);
            let (b, _) = self.int(depth - 1);
            s = format!("{s} {op} {b}");
        }
        Some((format!("({s})"), Iv::BOOL))
    }

    fn boolop(&mut self, depth: u32) -> Option<(String, Iv)> {
        let op = if self.rng.chance(1, 2) { "and" } else { "or" };
        let (mut s, mut iv) = self.int(depth - 1);
        for _ in 0..1 + self.rng.below(2) {
            let (b, bi) = self.int(depth - 1);
            s = format!("{s} {op} {b}");
            iv = iv.union(bi);
        }
        Some((format!("({s})"), iv))
    }

    fn ifexp(&mut self, depth: u32) -> Option<(String, Iv)> {
        let (c, _) = self.cond(depth - 1);
        let (a, ai) = self.int(depth - 1);
        let (b, bi) = self.int(depth - 1);
        Some((format!("({a} if {c} else {b})"), ai.union(bi)))
    }

    /// A function that returns an int.
    fn call_int(&mut self) -> Option<(String, Iv)> {
        let f = self.callable(Some(Ty::Int))?;
        let iv = self.funcs[f].ret.iv;
        Some((self.call(f), iv))
    }

    /// A call of any function, as a statement.
    fn call_any(&mut self) -> Option<(String, Iv)> {
        let f = self.callable(None)?;
        Some((self.call(f), Iv::FULL))
    }

    /// A function returning `ty` that the budget affords and whose
    /// exceptions the context catches.
    fn callable(&mut self, ty: Option<Ty>) -> Option<usize> {
        let ok: Vec<usize> = (0..self.funcs.len())
            .filter(|&i| {
                let f = &self.funcs[i];
                ty.is_none_or(|t| f.ret.ty == t)
                    && f.cost.saturating_mul(self.mult) <= self.left()
                    && (f.raises & !self.catch == 0 || self.faults)
            })
            .collect();
        (!ok.is_empty()).then(|| *self.rng.pick(&ok))
    }

    fn call(&mut self, f: usize) -> String {
        let f = self.funcs[f].clone();
        self.work += f.cost * self.mult;
        let args: Vec<String> = f
            .params
            .iter()
            .map(|p| {
                let e = self.val(p.ty, 1);
                self.fit(e, *p)
            })
            .collect();
        format!("{}({})", f.name, args.join(", "))
    }

    /// `a ** n` with a small base and an exponent that keeps it within
    /// the limit (the runtime library's pow).
    fn pow(&mut self) -> Option<(String, Iv)> {
        let (b, bi) = self.leaf();
        let (b, bi) = if bi.within(Iv { lo: -30, hi: 30 }) {
            (b, bi)
        } else {
            let v = self.rng.range(-12, 12) as i128;
            (lit(v), Iv::point(v))
        };
        let m = bi.lo.abs().max(bi.hi.abs());
        let mut top = 0u32;
        while top < 70 && m.checked_pow(top + 1).is_some_and(|p| p <= self.limit) {
            top += 1;
        }
        let n = self
            .rng
            .range(0, top.min(if self.big { 70 } else { 5 }) as i64) as u32;
        let p = m.pow(n);
        let iv = if n == 0 {
            Iv::point(1)
        } else if bi.lo >= 0 {
            Iv { lo: 0, hi: p }
        } else {
            Iv { lo: -p, hi: p }
        };
        if !iv.small() {
            self.charge(2 * C_BIG);
        }
        Some((format!("({b} ** {n})"), iv))
    }

    /// An int expression without quotes or braces, for an f-string field.
    fn plain_int(&mut self, depth: u32) -> (String, Iv) {
        let (e, iv) = self.int(depth);
        if e.contains(['"', '\'', '{', '}', '\\']) {
            return self.leaf();
        }
        (e, iv)
    }

    /// `abs`, `min`, `max` of ints, `int(str(x))`, `len(str(x))`.
    fn builtin_int(&mut self, depth: u32) -> Option<(String, Iv)> {
        let (a, ai) = self.int(depth - 1);
        match self.rng.below(if self.objs { 5 } else { 3 }) {
            0 => {
                let m = ai.lo.abs().max(ai.hi.abs());
                Some((format!("abs({a})"), Iv::lim(0, m, self.limit)?))
            }
            1 | 2 => {
                let (b, bi) = self.int(depth - 1);
                let f = if self.rng.chance(1, 2) { "min" } else { "max" };
                let iv = if f == "min" {
                    Iv {
                        lo: ai.lo.min(bi.lo),
                        hi: ai.hi.min(bi.hi),
                    }
                } else {
                    Iv {
                        lo: ai.lo.max(bi.lo),
                        hi: ai.hi.max(bi.hi),
                    }
                };
                Some((format!("{f}({a}, {b})"), iv))
            }
            3 => {
                self.charge(2 * C_STR);
                Some((format!("int(str(+{a}))"), ai))
            }
            _ => {
                self.charge(C_STR);
                Some((format!("len(str({a}))"), Iv { lo: 1, hi: 40 }))
            }
        }
    }

    /// An int from a container or a str: `len`, `sum`, `min`/`max`, an
    /// element, `get`, `count`, `find`, `in`, `==`, `int(s)`.
    fn int_of_container(&mut self, depth: u32) -> Option<(String, Iv)> {
        let d = depth - 1;
        self.charge(C_OBJ);
        let lens = Iv { lo: 0, hi: LENS };
        Some(match self.rng.below(14) {
            0 => {
                let ty = self.pick_ty();
                let ty = if ty == Ty::Int { Ty::Str } else { ty };
                let e = self.val(ty, d);
                (format!("len({})", e.s), lens)
            }
            1 => {
                let l = self.val(Ty::List, d);
                self.charge(2 * l.len);
                let iv = Iv {
                    lo: if l.sh.iv.lo < 0 { -HUGE } else { 0 },
                    hi: if l.sh.iv.hi > 0 { HUGE } else { 0 },
                };
                (format!("sum({})", l.s), iv)
            }
            2 => {
                let f = if self.rng.chance(1, 2) { "min" } else { "max" };
                if self.may(VAL) {
                    let l = self.val(Ty::List, d);
                    self.charge(C_RAISE);
                    (format!("{f}({})", l.s), l.sh.iv)
                } else {
                    let l = self.var_expr(Ty::List)?;
                    let (k, ki) = self.literal();
                    (
                        format!("({f}({}) if {} else {k})", l.s, l.s),
                        l.sh.iv.union(ki),
                    )
                }
            }
            3 => {
                // An element.
                if self.may(IDX) {
                    let l = self.val(Ty::List, d);
                    let (i, _) = self.int(d);
                    self.charge(C_RAISE);
                    (format!("{}[{i}]", l.s), l.sh.iv)
                } else {
                    let l = self.var_expr(Ty::List)?;
                    let k = self.safe_index(&l.s)?;
                    let (dflt, di) = self.literal();
                    (
                        format!("({}[{k}] if {} else {dflt})", l.s, l.s),
                        l.sh.iv.union(di),
                    )
                }
            }
            4 => {
                let n = 1 + self.rng.below(3) as u8;
                let t = self.tuple(n, d);
                let k = self.rng.range(-(n as i64), n as i64 - 1) as i128;
                (format!("{}[{}]", t.s, lit(k)), t.sh.iv)
            }
            5 | 6 => {
                let dict = self.val(Ty::Dict, d);
                let (k, _) = self.int(d);
                let (dflt, di) = self.int(d);
                match self.rng.below(3) {
                    0 if self.may(KEY) => {
                        self.charge(C_RAISE);
                        (format!("{}[{k}]", dict.s), dict.sh.iv)
                    }
                    1 => (format!("{}.get({k}, {dflt})", dict.s), dict.sh.iv.union(di)),
                    _ => match self.var_expr(Ty::Dict) {
                        Some(v) => (
                            format!("({}[{k}] if {k} in {} else {dflt})", v.s, v.s),
                            v.sh.iv.union(di),
                        ),
                        None => (format!("{}.get({k}, {dflt})", dict.s), dict.sh.iv.union(di)),
                    },
                }
            }
            7 => {
                let l = self.val(Ty::List, d);
                let (x, _) = self.int(d);
                if self.may(VAL) {
                    self.charge(C_RAISE);
                    (format!("{}.index({x})", l.s), lens)
                } else {
                    (format!("{}.count({x})", l.s), lens)
                }
            }
            8 => {
                let s = self.str_expr(d);
                let t = self.str_expr(0);
                let m = if self.may(VAL) {
                    // ValueError: substring not found.
                    self.charge(C_RAISE);
                    *self.rng.pick(&["index", "rindex"])
                } else {
                    *self.rng.pick(&["find", "count", "rfind"])
                };
                (format!("{}.{m}({})", s.s, t.s), Iv { lo: -1, hi: LENS })
            }
            9 => {
                // Membership.
                let ty = *self
                    .rng
                    .pick(&[Ty::List, Ty::Set, Ty::Dict, Ty::Str, Ty::Tuple(2)]);
                let c = self.val(ty, d);
                let x = if ty == Ty::Str {
                    self.str_expr(0).s
                } else {
                    self.int(d).0
                };
                let op = if self.rng.chance(1, 4) {
                    "not in"
                } else {
                    "in"
                };
                (format!("({x} {op} {})", c.s), Iv::BOOL)
            }
            10 => {
                // Comparison of containers or strs.
                let ty =
                    *self
                        .rng
                        .pick(&[Ty::List, Ty::Str, Ty::Str, Ty::Tuple(2), Ty::Set, Ty::Dict]);
                let a = self.val(ty, d);
                let b = self.val(ty, d);
                let ops: &[&str] = match ty {
                    Ty::Dict => &["==", "!="],
                    Ty::Set => &["==", "!=", "<=", "<", ">="],
                    _ => &["==", "!=", "<", "<=", ">", ">="],
                };
                let op = self.rng.pick(ops);
                (format!("({} {op} {})", a.s, b.s), Iv::BOOL)
            }
            11 => {
                let s = self.str_expr(d);
                if self.may(VAL) {
                    self.charge(C_RAISE * 2);
                    (
                        format!("int({})", s.s),
                        Iv {
                            lo: -HUGE,
                            hi: HUGE,
                        },
                    )
                } else {
                    let m = *self
                        .rng
                        .pick(&["isdigit", "isalpha", "startswith", "endswith"]);
                    if m.ends_with("with") {
                        let t = self.str_expr(0);
                        (format!("{}.{m}({})", s.s, t.s), Iv::BOOL)
                    } else {
                        (format!("{}.{m}()", s.s), Iv::BOOL)
                    }
                }
            }
            12 => {
                let s = self.var_expr(Ty::Str)?;
                let k = self.safe_index(&s.s)?;
                (
                    format!("(ord({}[{k}]) if {} else 0)", s.s, s.s),
                    Iv {
                        lo: 0,
                        hi: 0x10FFFF,
                    },
                )
            }
            _ => {
                let ty = self.pick_ty();
                let e = self.val(if ty == Ty::Int { Ty::List } else { ty }, d);
                (format!("(not {})", e.s), Iv::BOOL)
            }
        })
    }

    /// An index into the non-empty sequence named `n`: `k % len(n)`, `0`, `-1`.
    fn safe_index(&mut self, n: &str) -> Option<String> {
        Some(match self.rng.below(3) {
            0 => "0".into(),
            1 => "-1".into(),
            _ => {
                let (k, _) = self.int(1);
                format!("{k} % len({n})")
            }
        })
    }

    // --- Containers ----------------------------------------------------

    fn str_text(&mut self) -> String {
        // ASCII: PySM's case mapping and `is...` predicates know ASCII only
        // (docs/python-subset.md); non-ASCII text is only printed.
        const WORDS: &[&str] = &[
            "", "a", "ab", "abc", "x y", " 12 ", "-7", "1_000", "0", "a,b,,c", "xyz", "b'c", "Hi",
            "42", "1 2", "  ", "a\tb", "+5", "0x1f",
        ];
        const CHARS: &[char] = &['a', 'b', 'c', 'x', 'A', '0', '1', '9', ' ', ',', '-', '_'];
        if self.rng.chance(2, 3) {
            return self.rng.pick(WORDS).to_string();
        }
        (0..self.rng.below(6))
            .map(|_| *self.rng.pick(CHARS))
            .collect()
    }

    fn str_expr(&mut self, depth: u32) -> E {
        let s = |s: String, len: u64| E {
            s,
            sh: Shape::of(Ty::Str, Iv::FULL),
            len,
            fresh: true,
            fixed: false,
        };
        if depth == 0 || self.rng.chance(1, 3) {
            if let Some(v) = self.var_expr(Ty::Str) {
                if self.rng.chance(1, 2) {
                    return v;
                }
            }
            let t = self.str_text();
            return s(str_lit(&t), t.chars().count() as u64).fixed();
        }
        let d = depth - 1;
        self.charge(C_STR);
        match self.rng.below(13) {
            0 | 1 => {
                let (e, iv) = self.int(d);
                if !iv.small() {
                    self.charge(C_PRINT_BIG);
                }
                s(format!("str({e})"), 12).fixed()
            }
            2 | 3 => {
                let a = self.str_expr(d);
                let b = self.str_expr(d);
                s(format!("({} + {})", a.s, b.s), a.len + b.len)
            }
            4 => {
                let a = self.str_expr(d);
                let k = self.rng.range(-1, 3);
                s(format!("({} * {k})", a.s), a.len * k.max(0) as u64)
            }
            5 => {
                let a = self.str_expr(d);
                let len = a.len;
                s(format!("{}{}", a.s, self.slice()), len)
            }
            6 => {
                let Some(v) = self.var_expr(Ty::Str) else {
                    return s(str_lit("q"), 1);
                };
                let Some(k) = self.safe_index(&v.s) else {
                    return v;
                };
                s(format!("({}[{k}] if {} else \"\")", v.s, v.s), 1)
            }
            7 => {
                let sep = str_lit(self.rng.pick::<&str>(&["", ",", " ", "-", ", "]));
                if self.rng.chance(1, 2) {
                    let l = self.str_list(d);
                    s(format!("{sep}.join({})", l.s), 2 * l.len)
                } else {
                    let l = self.list(d);
                    let v = self.name("v");
                    self.charge(C_STR * l.len);
                    s(
                        format!("{sep}.join([str({v}) for {v} in {}])", l.s),
                        4 * l.len,
                    )
                }
            }
            8 => self.fstring(d),
            9 => self.percent(d),
            10 => {
                let a = self.str_expr(d);
                let len = a.len;
                let m = match self.rng.below(8) {
                    0 => "upper()".to_string(),
                    1 => "lower()".to_string(),
                    2 => "strip()".to_string(),
                    3 => "title()".to_string(),
                    6 => format!(
                        "{}({}, {})",
                        self.rng.pick::<&str>(&["center", "ljust", "rjust"]),
                        self.rng.range(0, 9),
                        str_lit(self.rng.pick::<&str>(&["*", "-", " "]))
                    ),
                    7 => format!(
                        "{}({})",
                        self.rng.pick::<&str>(&["strip", "lstrip", "rstrip"]),
                        str_lit(self.rng.pick::<&str>(&["a", " x", ",-", "1_"]))
                    ),
                    4 => format!(
                        "replace({}, {})",
                        str_lit(self.rng.pick::<&str>(&["a", " ", ",", "1"])),
                        str_lit(self.rng.pick::<&str>(&["", "xy", "-"]))
                    ),
                    _ => format!("zfill({})", self.rng.range(0, 6)),
                };
                s(format!("{}.{m}", a.s), len + 5)
            }
            11 => {
                let ty = *self
                    .rng
                    .pick(&[Ty::List, Ty::Tuple(2), Ty::Dict, Ty::StrList]);
                let e = self.val(ty, d);
                self.charge(C_OBJ + 8 * e.len);
                let f = if self.rng.chance(1, 2) { "str" } else { "repr" };
                s(format!("{f}({})", e.s), 6 * e.len + 2)
            }
            _ => {
                let (e, _) = self.int(d);
                s(format!("chr(65 + {e} % 26)"), 1).fixed()
            }
        }
    }

    /// `[a:b:c]`, any part left out, a step sometimes negative.
    fn slice(&mut self) -> String {
        let part = |g: &mut Gen| {
            if g.rng.chance(1, 3) {
                String::new()
            } else {
                g.small_lit()
            }
        };
        let a = part(self);
        let b = part(self);
        match self.rng.below(3) {
            0 => format!("[{a}:{b}]"),
            1 => {
                let c = *self.rng.pick(&[-1, -2, 2, 3]);
                format!("[{a}:{b}:{}]", lit(c))
            }
            _ => format!("[{a}:]"),
        }
    }

    fn fstring(&mut self, depth: u32) -> E {
        let mut parts = String::new();
        let n = 1 + self.rng.below(3);
        for k in 0..n {
            if k > 0 || self.rng.chance(1, 2) {
                parts.push_str(self.rng.pick::<&str>(&["", " ", ":", "=", "ab"]));
            }
            if self.rng.chance(2, 3) {
                let (e, iv) = self.plain_int(depth);
                if !iv.small() {
                    self.charge(C_PRINT_BIG);
                }
                let spec = *self.rng.pick(&[
                    "", "", ":5", ":<6", ":>+8", ":08", ":x", ":#x", ":,", ":_", ":b", ":^7", ":X",
                    ":o", ":+", "!r",
                ]);
                parts.push_str(&format!("{{{e}{spec}}}"));
            } else if let Some(v) = self.var_expr(Ty::Str) {
                let spec = *self.rng.pick(&["", "", "!r", ":>6", ":^7", ":<4", ":.2"]);
                parts.push_str(&format!("{{{}{spec}}}", v.s));
            } else {
                let (e, _) = self.leaf();
                parts.push_str(&format!("{{{e}}}"));
            }
            self.charge(C_STR);
        }
        E {
            s: format!("f\"{parts}\""),
            sh: Shape::of(Ty::Str, Iv::FULL),
            len: 8 * n as u64,
            fresh: true,
            fixed: true,
        }
    }

    fn percent(&mut self, depth: u32) -> E {
        let n = 1 + self.rng.below(3);
        let mut fmt = String::new();
        let mut args = Vec::new();
        for k in 0..n {
            if k > 0 {
                fmt.push_str(self.rng.pick::<&str>(&[" ", "|", ", "]));
            }
            if self.rng.chance(3, 4) {
                let (e, iv) = self.int(depth);
                if !iv.small() {
                    self.charge(C_PRINT_BIG);
                }
                let f = ["%d", "%5d", "%-4d", "%x", "%05d", "%i", "%o", "%s", "%r"];
                fmt.push_str(self.rng.pick::<&str>(&f));
                args.push(e);
            } else {
                let e = self.str_expr(0);
                fmt.push_str(self.rng.pick::<&str>(&["%s", "%r", "%6s", "%-5s"]));
                args.push(e.s);
            }
        }
        self.charge(2 * C_STR * n as u64);
        let s = if n == 1 && self.rng.chance(1, 2) {
            format!("({} % {})", str_lit(&fmt), args[0])
        } else {
            format!("({} % ({},))", str_lit(&fmt), args.join(", "))
        };
        E {
            s,
            sh: Shape::of(Ty::Str, Iv::FULL),
            len: 8 * n as u64,
            fresh: true,
            fixed: true,
        }
    }

    fn list(&mut self, depth: u32) -> E {
        let mk = |s: String, iv: Iv, len: u64| E {
            s,
            sh: Shape::of(Ty::List, iv),
            len,
            fresh: true,
            fixed: false,
        };
        if depth == 0 || self.rng.chance(1, 3) {
            if let Some(v) = self.var_expr(Ty::List) {
                if self.rng.chance(2, 3) {
                    return v;
                }
            }
            return self.list_display(0);
        }
        let d = depth - 1;
        self.charge(C_OBJ);
        match self.rng.below(11) {
            0 | 1 => self.list_display(d),
            2 => {
                let a = self.rng.range(-5, 5) as i128;
                let s = *self.rng.pick(&[-2i128, -1, 1, 1, 2, 3]);
                let n = self.rng.range(0, 6) as i128;
                let b = a + s * n;
                let iv = Iv {
                    lo: a.min(b),
                    hi: a.max(b),
                };
                let r = if s == 1 && self.rng.chance(1, 2) {
                    format!("list(range({}, {}))", lit(a), lit(b))
                } else {
                    format!("list(range({}, {}, {}))", lit(a), lit(b), lit(s))
                };
                mk(r, iv, n as u64).fixed()
            }
            3 | 4 => {
                // A comprehension over a range or a list.
                let v = self.name("i");
                let (src, vi, n, fixed) = if self.rng.chance(1, 2) {
                    let n = self.rng.range(0, 6) as i128;
                    (format!("range({n})"), Iv { lo: 0, hi: n }, n as u64, true)
                } else {
                    let l = self.list(d);
                    (l.s, l.sh.iv, l.len, l.fixed)
                };
                self.charge(8 * n);
                let saved = self.vars.len();
                self.vars.push(Gen::loop_var(v.clone(), Shape::int(vi), 0));
                let mult = self.mult;
                self.mult = mult.saturating_mul(n.max(1));
                let (e, iv) = self.int(1);
                let cond = if self.rng.chance(1, 2) {
                    format!(" if {}", self.int(1).0)
                } else {
                    String::new()
                };
                self.mult = mult;
                self.vars.truncate(saved);
                let mut e = mk(format!("[{e} for {v} in {src}{cond}]"), iv, n);
                e.fixed = fixed;
                e
            }
            5 => {
                let a = self.list(d);
                let b = self.list(d);
                mk(
                    format!("({} + {})", a.s, b.s),
                    a.sh.iv.union(b.sh.iv),
                    a.len + b.len,
                )
            }
            6 => {
                let a = self.list(d);
                let sl = self.slice();
                mk(format!("{}{sl}", a.s), a.sh.iv, a.len)
            }
            7 => {
                let a = self.list(d);
                self.charge(3 * C_OBJ);
                let how = match self.rng.below(5) {
                    0 | 1 => "",
                    2 => ", reverse=True",
                    3 => ", key=abs",
                    _ => ", key=lambda v: -v",
                };
                mk(format!("sorted({}{how})", a.s), a.sh.iv, a.len)
            }
            8 => {
                let dict = self.dict(d);
                match self.rng.below(3) {
                    0 => mk(format!("list({})", dict.s), dict.sh.key, dict.len),
                    1 => mk(format!("list({}.values())", dict.s), dict.sh.iv, dict.len),
                    _ => {
                        let s = self.set(d);
                        self.charge(3 * C_OBJ);
                        mk(format!("sorted({})", s.s), s.sh.iv, s.len)
                    }
                }
            }
            9 => match self.callable(Some(Ty::List)) {
                Some(f) => {
                    let sh = self.funcs[f].ret;
                    let s = self.call(f);
                    E {
                        s,
                        sh,
                        len: 6,
                        fresh: false,
                        fixed: false,
                    }
                }
                None => self.list_display(d),
            },
            _ => {
                let a = self.list(d);
                if self.rng.chance(1, 2) {
                    let (e, iv) = self.int(d);
                    mk(format!("[*{}, {e}]", a.s), a.sh.iv.union(iv), a.len + 1)
                } else {
                    let k = self.rng.range(0, 2);
                    mk(format!("({} * {k})", a.s), a.sh.iv, a.len * k as u64)
                }
            }
        }
    }

    fn list_display(&mut self, depth: u32) -> E {
        let n = self.rng.below(5);
        let items: Vec<(String, Iv)> = (0..n).map(|_| self.int(depth)).collect();
        let iv = items
            .iter()
            .map(|x| x.1)
            .reduce(|a, b| a.union(b))
            .unwrap_or(Iv::point(0));
        let list: Vec<String> = items.into_iter().map(|x| x.0).collect();
        self.charge(2 + n as u64);
        E {
            s: format!("[{}]", list.join(", ")),
            sh: Shape::of(Ty::List, iv),
            len: n as u64,
            fresh: true,
            fixed: true,
        }
    }

    fn str_list(&mut self, depth: u32) -> E {
        let mk = |s: String, len: u64, fresh: bool| E {
            s,
            sh: Shape::of(Ty::StrList, Iv::FULL),
            len,
            fresh,
            fixed: false,
        };
        if let Some(v) = self.var_expr(Ty::StrList) {
            if depth == 0 || self.rng.chance(1, 3) {
                return v;
            }
        }
        self.charge(C_OBJ);
        match self.rng.below(6) {
            0 => {
                let s = self.str_expr(depth.saturating_sub(1));
                self.charge(3 * C_STR);
                let sep = match self.rng.below(3) {
                    0 => "None".to_string(),
                    _ => str_lit(self.rng.pick::<&str>(&[",", " ", "-", "a"])),
                };
                let call = match self.rng.below(5) {
                    0 => "split()".to_string(),
                    1 => format!("rsplit({sep}, {})", self.rng.range(0, 2)),
                    2 => format!("split({sep}, {})", self.rng.range(0, 2)),
                    3 => "splitlines()".to_string(),
                    _ => format!("split({sep})"),
                };
                mk(format!("{}.{call}", s.s), s.len / 2 + 1, true)
            }
            1 => {
                let s = self.str_expr(depth.saturating_sub(1));
                mk(format!("list({})", s.s), s.len, true)
            }
            2 => {
                let l = self.list(depth.saturating_sub(1));
                let v = self.name("v");
                self.charge(C_STR * l.len);
                mk(format!("[str({v}) for {v} in {}]", l.s), l.len, true)
            }
            3 if depth > 0 => {
                let l = self.str_list(depth - 1);
                self.charge(3 * C_OBJ);
                mk(format!("sorted({})", l.s), l.len, true)
            }
            _ => {
                let n = self.rng.below(4);
                let items: Vec<String> = (0..n).map(|_| self.str_expr(0).s).collect();
                mk(format!("[{}]", items.join(", ")), n as u64, true)
            }
        }
    }

    fn tuple(&mut self, n: u8, depth: u32) -> E {
        if let Some(v) = self.var_expr(Ty::Tuple(n)) {
            if depth == 0 || self.rng.chance(1, 3) {
                return v;
            }
        }
        self.charge(C_OBJ / 2);
        if n == 2 && self.rng.chance(1, 4) {
            let (a, ai) = self.int(depth.saturating_sub(1));
            let (b, bi) = self.divisor(depth.saturating_sub(1));
            if let (Some(q), Some(r)) = (self.bin_iv("//", ai, bi), self.bin_iv("%", ai, bi)) {
                self.big_cost("//", ai, bi);
                return E {
                    s: format!("divmod({a}, {b})"),
                    sh: Shape::of(Ty::Tuple(2), q.union(r)),
                    len: 2,
                    fresh: true,
                    fixed: true,
                };
            }
        }
        let items: Vec<(String, Iv)> = (0..n).map(|_| self.int(depth.saturating_sub(1))).collect();
        let iv = items.iter().fold(items[0].1, |a, b| a.union(b.1));
        let list: Vec<String> = items.into_iter().map(|x| x.0).collect();
        let s = if n == 1 {
            format!("({},)", list[0])
        } else {
            format!("({})", list.join(", "))
        };
        E {
            s,
            sh: Shape::of(Ty::Tuple(n), iv),
            len: n as u64,
            fresh: true,
            fixed: true,
        }
    }

    fn dict(&mut self, depth: u32) -> E {
        if let Some(v) = self.var_expr(Ty::Dict) {
            if depth == 0 || self.rng.chance(1, 2) {
                return v;
            }
        }
        self.charge(C_OBJ);
        let key = *self.rng.pick(&[
            Iv { lo: -3, hi: 9 },
            Iv { lo: 0, hi: 4 },
            Iv { lo: -1, hi: 1 },
        ]);
        let d = depth.saturating_sub(1);
        let mk = |s: String, iv: Iv, len: u64| E {
            s,
            sh: Shape {
                ty: Ty::Dict,
                iv,
                key,
            },
            len,
            fresh: true,
            fixed: false,
        };
        match self.rng.below(4) {
            0 | 1 => {
                let n = self.rng.below(4);
                let mut iv = None::<Iv>;
                let mut items = Vec::new();
                for _ in 0..n {
                    let (k, ki) = self.int(0);
                    let k = self.wrap(&k, ki, key);
                    let (v, vi) = self.int(d);
                    iv = Some(iv.map_or(vi, |x| x.union(vi)));
                    items.push(format!("{k}: {v}"));
                }
                self.charge(3 * n as u64);
                mk(
                    format!("{{{}}}", items.join(", ")),
                    iv.unwrap_or(Iv::point(0)),
                    n as u64,
                )
                .fixed()
            }
            2 => {
                let v = self.name("i");
                let n = self.rng.range(0, 5) as i128;
                let saved = self.vars.len();
                self.vars
                    .push(Gen::loop_var(v.clone(), Shape::int(Iv { lo: 0, hi: n }), 0));
                let (k, ki) = self.int(1);
                let k = self.wrap(&k, ki, key);
                let (e, iv) = self.int(1);
                self.vars.truncate(saved);
                self.charge(10 * n as u64);
                mk(format!("{{{k}: {e} for {v} in range({n})}}"), iv, n as u64).fixed()
            }
            _ => {
                let a = self.list(d);
                let b = self.list(d);
                let ka = self.name("v");
                let w = self.wrap(&ka, a.sh.iv, key);
                self.charge(10 * a.len);
                mk(
                    format!("dict(zip([{w} for {ka} in {}], {}))", a.s, b.s),
                    b.sh.iv,
                    a.len.min(b.len),
                )
            }
        }
    }

    fn str_dict(&mut self, depth: u32) -> E {
        if let Some(v) = self.var_expr(Ty::StrDict) {
            if depth == 0 || self.rng.chance(1, 2) {
                return v;
            }
        }
        self.charge(C_OBJ);
        let d = depth.saturating_sub(1);
        if self.rng.chance(1, 2) {
            let l = self.str_list(d);
            let v = self.name("v");
            self.charge(10 * l.len);
            return E {
                s: format!("{{{v}: len({v}) for {v} in {}}}", l.s),
                sh: Shape::of(Ty::StrDict, Iv { lo: 0, hi: LENS }),
                len: l.len,
                fresh: true,
                fixed: false,
            };
        }
        let n = self.rng.below(4);
        let mut iv = Iv::point(0);
        let mut items = Vec::new();
        for _ in 0..n {
            let k = self.str_expr(0).s;
            let (v, vi) = self.int(d);
            iv = iv.union(vi);
            items.push(format!("{k}: {v}"));
        }
        E {
            s: format!("{{{}}}", items.join(", ")),
            sh: Shape::of(Ty::StrDict, iv),
            len: n as u64,
            fresh: true,
            fixed: false,
        }
    }

    fn set(&mut self, depth: u32) -> E {
        if let Some(v) = self.var_expr(Ty::Set) {
            if depth == 0 || self.rng.chance(1, 2) {
                return v;
            }
        }
        self.charge(2 * C_OBJ);
        let d = depth.saturating_sub(1);
        let mk = |s: String, iv: Iv, len: u64| E {
            s,
            sh: Shape::of(Ty::Set, iv),
            len,
            fresh: true,
            fixed: false,
        };
        match self.rng.below(5) {
            0 | 1 => {
                let n = 1 + self.rng.below(4);
                let items: Vec<(String, Iv)> = (0..n).map(|_| self.int(d)).collect();
                let iv = items.iter().fold(items[0].1, |a, b| a.union(b.1));
                let list: Vec<String> = items.into_iter().map(|x| x.0).collect();
                mk(format!("{{{}}}", list.join(", ")), iv, n as u64).fixed()
            }
            2 => {
                let l = self.list(d);
                mk(format!("set({})", l.s), l.sh.iv, l.len)
            }
            3 => {
                let l = self.list(d);
                let v = self.name("v");
                let m = self.rng.range(1, 6);
                self.charge(8 * l.len);
                mk(
                    format!("{{{v} % {m} for {v} in {}}}", l.s),
                    Iv {
                        lo: 0,
                        hi: m as i128 - 1,
                    },
                    l.len,
                )
            }
            _ => {
                let a = self.set(d);
                let b = self.set(d);
                let op = *self.rng.pick(&["|", "&", "-", "^"]);
                mk(
                    format!("({} {op} {})", a.s, b.s),
                    a.sh.iv.union(b.sh.iv),
                    a.len + b.len,
                )
            }
        }
    }
}

fn has_ints(ty: Ty) -> bool {
    !matches!(ty, Ty::Str | Ty::StrList)
}

/// An int literal, parenthesised when negative.
fn lit(v: i128) -> String {
    if v < 0 {
        format!("({v})")
    } else {
        v.to_string()
    }
}

/// A str literal in double quotes.
fn str_lit(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
