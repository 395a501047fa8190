//! Random valid Python programs within the subset PySM supports today,
//! deterministic per seed and always terminating.
//!
//! Every int expression carries a sound interval of the values it can take;
//! the generator only builds operations whose result stays within the small
//! ints (-2**30 .. 2**30-1), so that CPython and PySM must agree exactly, and
//! folds values back into a variable's declared interval when assigning.
//! Loops have bounded trip counts, recursion a bounded depth, and an
//! estimate of the work done keeps each program short.
//!
//! Extending it: a new kind of value (strings, lists, exceptions) is a new
//! [`Ty`], new leaf and operator cases in [`Gen::expr`], and new statements
//! in [`Gen::stmt`]; [`Options`] switches a feature on once the language has it.

use crate::rng::Rng;

pub const MIN: i64 = -(1 << 30);
pub const MAX: i64 = (1 << 30) - 1;

/// A closed interval of ints within the small-int range.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Iv {
    pub lo: i64,
    pub hi: i64,
}

impl Iv {
    pub const FULL: Iv = Iv { lo: MIN, hi: MAX };
    pub const BOOL: Iv = Iv { lo: 0, hi: 1 };

    /// The interval, if it stays within the small ints.
    pub fn new(lo: i128, hi: i128) -> Option<Iv> {
        (lo >= MIN as i128 && hi <= MAX as i128 && lo <= hi).then_some(Iv {
            lo: lo as i64,
            hi: hi as i64,
        })
    }

    pub fn point(v: i64) -> Iv {
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

    pub fn contains(self, v: i64) -> bool {
        self.lo <= v && v <= self.hi
    }

    fn width(self) -> i128 {
        self.hi as i128 - self.lo as i128 + 1
    }

    fn from_corners(c: [i128; 4]) -> Option<Iv> {
        Iv::new(*c.iter().min()?, *c.iter().max()?)
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
    let m = iv.hi.max(-iv.lo - 1).max(0) as u64;
    64 - m.leading_zeros()
}

/// The result interval of `a OP b`, or `None` when it may leave the small
/// ints. Values that make the operation raise (a zero divisor, a negative
/// shift) are left out: they end the program the same way everywhere.
pub fn binary_iv(op: &str, a: Iv, b: Iv) -> Option<Iv> {
    let (al, ah, bl, bh) = (a.lo as i128, a.hi as i128, b.lo as i128, b.hi as i128);
    match op {
        "+" => Iv::new(al + bl, ah + bh),
        "-" => Iv::new(al - bh, ah - bl),
        "*" => Iv::from_corners([al * bl, al * bh, ah * bl, ah * bh]),
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
                    Iv::from_corners([
                        floor_div(al, l),
                        floor_div(al, h),
                        floor_div(ah, l),
                        floor_div(ah, h),
                    ])?
                } else if l > 0 {
                    let hi = (h - 1).min(if al >= 0 { ah } else { h - 1 });
                    Iv::new(0, hi)?
                } else {
                    let lo = (l + 1).max(if ah <= 0 { al } else { l + 1 });
                    Iv::new(lo, 0)?
                };
                out = Some(out.map_or(iv, |o| o.union(iv)));
            }
            out
        }
        "<<" | ">>" => {
            let (cl, ch) = (bl.max(0), bh);
            if !(0..=64).contains(&ch) {
                return None;
            }
            let f = |x: i128, c: i128| {
                if op == "<<" {
                    x << c
                } else {
                    x >> c
                }
            };
            Iv::from_corners([f(al, cl), f(al, ch), f(ah, cl), f(ah, ch)])
        }
        "&" | "|" | "^" => {
            if a.lo >= 0 && b.lo >= 0 {
                let top = (1i128 << bits(a).max(bits(b))) - 1;
                match op {
                    "&" => Iv::new(0, ah.min(bh)),
                    _ => Iv::new(0, top),
                }
            } else {
                let k = bits(a).max(bits(b));
                Iv::new(-(1i128 << k), (1i128 << k) - 1)
            }
        }
        _ => None,
    }
}

/// Literals at the edges: zero, the PUSH_INT operand limits, the small-int limits.
const EDGES: &[i64] = &[
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

/// What the generator may use.
#[derive(Clone, Debug)]
pub struct Options {
    /// Estimated work a program may do (statements times loop trips; calls
    /// count their function's work).
    pub budget: u64,
    /// Top-level statements of the main program.
    pub main_stmts: usize,
    /// Nesting of the larger expressions.
    pub depth: u32,
    /// Statements in the whole program: code memory is 1024 words.
    pub max_stmts: u32,
    /// Let about one program in this many fault on purpose (a zero divisor,
    /// a negative shift count); 0: never.
    pub fault_one_in: u32,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            budget: 300,
            main_stmts: 7,
            depth: 2,
            max_stmts: 30,
            fault_one_in: 8,
        }
    }
}

/// The type of a generated value. Only ints (bools are ints) for now.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Ty {
    Int,
}

#[derive(Clone, Debug)]
struct Var {
    name: String,
    iv: Iv,
    writable: bool,
    global: bool,
}

#[derive(Clone, Debug)]
struct Func {
    name: String,
    params: Vec<Iv>,
    ret: Iv,
    cost: u64,
}

struct Gen {
    rng: Rng,
    opts: Options,
    out: String,
    indent: usize,
    vars: Vec<Var>,
    funcs: Vec<Func>,
    /// In a function: the globals it declared `global`.
    func_globals: Option<Vec<String>>,
    /// The current function's return interval.
    ret: Option<Iv>,
    loops: u32,
    nesting: u32,
    /// Product of the trip counts of the enclosing loops.
    mult: u64,
    /// Estimated work of the unit being written.
    work: u64,
    names: u32,
    stmts: u32,
    faults: bool,
}

/// Generate program number `seed`.
pub fn program(seed: u64, opts: &Options) -> String {
    let mut rng = Rng::new(seed);
    let faults = opts.fault_one_in > 0 && rng.chance(1, opts.fault_one_in);
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

    fn module(&mut self, seed: u64) {
        self.line(&format!("# generated program, seed {seed}"));
        for _ in 0..2 + self.rng.below(3) {
            let (e, iv) = self.expr(2);
            self.assign_new("g", &e, iv, true);
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
        let names: Vec<String> = self
            .vars
            .iter()
            .filter(|v| v.global)
            .map(|v| v.name.clone())
            .collect();
        self.line(&format!("print({})", names.join(", ")));
    }

    /// The interval a new variable is declared with: the value's, sometimes wider.
    /// `NAME = e` for a fresh writable variable; its declared interval (for
    /// later stores) may be wider than the value's.
    fn assign_new(&mut self, prefix: &str, e: &str, iv: Iv, global: bool) {
        let name = self.name(prefix);
        self.line(&format!("{name} = {e}"));
        let iv = self.declared(iv);
        self.vars.push(Var {
            name,
            iv,
            writable: true,
            global,
        });
    }

    fn declared(&mut self, iv: Iv) -> Iv {
        match self.rng.below(5) {
            0 => Iv::FULL,
            1 => iv.union(Iv {
                lo: -1000,
                hi: 1000,
            }),
            2 => Iv {
                lo: iv.lo.saturating_sub(1 << 20).max(MIN),
                hi: iv.hi.saturating_add(1 << 20).min(MAX),
            },
            3 => iv.union(Iv { lo: 0, hi: 255 }),
            _ => iv,
        }
    }

    fn param_iv(&mut self) -> Iv {
        match self.rng.below(4) {
            0 => Iv::FULL,
            1 => Iv { lo: -100, hi: 100 },
            2 => Iv { lo: 0, hi: 50_000 },
            _ => {
                let lo = self.rng.range(MIN, MAX - 10);
                Iv {
                    lo,
                    hi: lo.saturating_add(self.rng.range(0, 1 << 20)).min(MAX),
                }
            }
        }
    }

    /// Start a function body: parameters are its first variables, and
    /// some globals become writable through `global`.
    fn enter_function(&mut self, params: &[(String, Iv, bool)]) -> usize {
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
        }
        self.func_globals = Some(globals);
        for (name, iv, writable) in params {
            self.vars.push(Var {
                name: name.clone(),
                iv: *iv,
                writable: *writable,
                global: false,
            });
        }
        self.work = 0;
        saved
    }

    fn leave_function(&mut self, saved: usize) {
        self.vars.truncate(saved);
        for v in self.vars.iter_mut() {
            v.writable = true;
        }
        self.func_globals = None;
        self.ret = None;
        self.indent = 0;
    }

    fn function(&mut self) {
        let name = self.name("f");
        let params: Vec<(String, Iv, bool)> = (0..self.rng.below(4))
            .map(|_| {
                let p = self.name("p");
                (p, self.param_iv(), true)
            })
            .collect();
        let list: Vec<&str> = params.iter().map(|p| p.0.as_str()).collect();
        self.line(&format!("def {name}({}):", list.join(", ")));
        let saved = self.enter_function(&params);
        let ret = self.param_iv();
        self.ret = Some(ret);
        let budget = self.opts.budget;
        self.opts.budget = budget / 4;
        for _ in 0..1 + self.rng.below(4) {
            self.stmt();
        }
        let (e, iv) = self.expr(self.opts.depth);
        let e = self.wrap(&e, iv, ret);
        self.line(&format!("return {e}"));
        self.opts.budget = budget;
        let cost = self.work + 1;
        self.leave_function(saved);
        self.funcs.push(Func {
            name,
            params: params.iter().map(|p| p.1).collect(),
            ret,
            cost,
        });
    }

    /// `def rN(dN, ...)`: recursion on a depth parameter that decreases by one.
    fn recursive_function(&mut self) {
        let name = self.name("r");
        let depth = self.rng.range(1, 6);
        let d = self.name("d");
        let mut params = vec![(d.clone(), Iv { lo: 0, hi: depth }, false)];
        for _ in 0..self.rng.below(3) {
            let p = self.name("p");
            params.push((p, self.param_iv(), true));
        }
        let list: Vec<&str> = params.iter().map(|p| p.0.as_str()).collect();
        self.line(&format!("def {name}({}):", list.join(", ")));
        let saved = self.enter_function(&params);
        let ret = self.param_iv();
        self.ret = Some(ret);
        self.line(&format!("if {d} <= 0:"));
        self.indent += 1;
        let (e, iv) = self.expr(2);
        let e = self.wrap(&e, iv, ret);
        self.line(&format!("return {e}"));
        self.indent -= 1;
        // Past the base case the depth is at least 1.
        self.vars[saved].iv = Iv { lo: 1, hi: depth };
        let budget = self.opts.budget;
        self.opts.budget = budget / 8;
        for _ in 0..self.rng.below(3) {
            self.stmt();
        }
        let mut args = vec![format!("({d} - 1)")];
        for p in &params[1..] {
            let (e, iv) = self.expr(1);
            args.push(self.wrap(&e, iv, p.1));
        }
        let call = format!("{name}({})", args.join(", "));
        let (e, iv) = self.expr(1);
        let op = *self.rng.pick(&["+", "-", "^", "*"]);
        let e = match binary_iv(op, ret, iv) {
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
            ret,
            cost,
        });
    }

    /// `e` folded into `target`: as is when it already fits.
    fn wrap(&self, e: &str, iv: Iv, target: Iv) -> String {
        if iv.within(target) {
            return e.to_string();
        }
        let lo = lit(target.lo);
        if target.width() <= MAX as i128 {
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

    // --- Statements ----------------------------------------------------

    fn block(&mut self, n: usize) {
        let saved = self.vars.len();
        self.indent += 1;
        self.nesting += 1;
        let before = self.out.len();
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

    fn writable(&mut self) -> Option<usize> {
        let w: Vec<usize> = (0..self.vars.len())
            .filter(|&i| self.vars[i].writable)
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
        match self.rng.below(16) {
            0..=2 => self.assign(),
            3 => self.aug_assign(),
            4..=5 => self.print(),
            6 | 7 if compound => self.if_stmt(),
            8 if compound => self.while_stmt(),
            9 | 10 if compound => self.for_stmt(),
            11 if self.loops > 0 => {
                let (c, _) = self.expr(2);
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
                let (c, _) = self.expr(2);
                let (e, iv) = self.expr(2);
                let e = self.wrap(&e, iv, self.ret.unwrap_or(Iv::FULL));
                self.line(&format!("if {c}:"));
                self.indent += 1;
                self.line(&format!("return {e}"));
                self.indent -= 1;
            }
            13 => self.tuple_assign(),
            14 if !self.funcs.is_empty() => {
                if let Some((e, _)) = self.call() {
                    self.line(&e);
                }
            }
            _ => self.assign(),
        }
    }

    fn assign(&mut self) {
        let (e, iv) = self.expr(self.opts.depth);
        match self.writable() {
            Some(i) if self.rng.chance(2, 3) => {
                let e = self.wrap(&e, iv, self.vars[i].iv);
                let line = format!("{} = {e}", self.vars[i].name);
                self.line(&line);
            }
            _ => {
                let in_func = self.func_globals.is_some();
                let global = !in_func && self.nesting == 0;
                self.assign_new(if in_func { "v" } else { "g" }, &e, iv, global);
            }
        }
    }

    fn aug_assign(&mut self) {
        let Some(i) = self.writable() else {
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
                _ => self.expr(2),
            };
            if binary_iv(op, v.iv, iv).is_some_and(|r| r.within(v.iv)) {
                self.line(&format!("{} {op}= {e}", v.name));
                return;
            }
        }
        let (e, iv) = self.expr(2);
        let line = format!("{} = {}", v.name, self.wrap(&e, iv, v.iv));
        self.line(&line);
    }

    fn tuple_assign(&mut self) {
        let w: Vec<usize> = (0..self.vars.len())
            .filter(|&i| self.vars[i].writable)
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
        if va.iv == vb.iv && self.rng.chance(1, 2) {
            self.line(&format!("{0}, {1} = {1}, {0}", va.name, vb.name));
            return;
        }
        let (ea, ia) = self.expr(2);
        let (eb, ib) = self.expr(2);
        let ea = self.wrap(&ea, ia, va.iv);
        let eb = self.wrap(&eb, ib, vb.iv);
        self.line(&format!("{}, {} = {ea}, {eb}", va.name, vb.name));
    }

    fn print(&mut self) {
        let n = self.rng.below(4);
        self.work += 3 * n as u64 * self.mult;
        let args: Vec<String> = (0..n)
            .map(|_| match self.rng.below(12) {
                0 => "None".to_string(),
                _ => self.expr(self.opts.depth).0,
            })
            .collect();
        self.line(&format!("print({})", args.join(", ")));
    }

    fn if_stmt(&mut self) {
        let (c, _) = self.expr(self.opts.depth);
        self.line(&format!("if {c}:"));
        let n = 1 + self.rng.below(3);
        self.block(n);
        for _ in 0..self.rng.below(3) {
            let (c, _) = self.expr(2);
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

    fn loop_body(&mut self, trips: u64, pre: Option<String>, var: Option<Var>) {
        let saved_mult = self.mult;
        self.mult = self.mult.saturating_mul(trips.max(1));
        self.loops += 1;
        let saved = self.vars.len();
        if let Some(v) = var {
            self.vars.push(v);
        }
        self.indent += 1;
        if let Some(p) = pre {
            self.line(&p);
        }
        self.indent -= 1;
        let n = 1 + self.rng.below(3);
        self.block(n);
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

    fn while_stmt(&mut self) {
        let w = self.name("w");
        let trips = self.rng.range(0, 5);
        self.line(&format!("{w} = 0"));
        let cond = if self.rng.chance(1, 3) {
            let (c, _) = self.expr(2);
            format!("{w} < {trips} and {c}")
        } else {
            format!("{w} < {trips}")
        };
        self.line(&format!("while {cond}:"));
        // The counter moves first, so that `continue` cannot skip it.
        let var = Var {
            name: w.clone(),
            iv: Iv {
                lo: trips.min(1),
                hi: trips,
            },
            writable: false,
            global: false,
        };
        self.loop_body(trips as u64, Some(format!("{w} += 1")), Some(var));
        self.loop_else();
    }

    fn for_stmt(&mut self) {
        let i = self.name("i");
        let (range, iv, trips) = match self.rng.below(4) {
            0 => {
                let n = self.rng.range(0, 6);
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
                let a = *self.rng.pick(EDGES);
                let a = if a > MAX - 8 { MAX - 8 } else { a };
                let n = self.rng.range(0, 5);
                (
                    format!("range({}, {})", lit(a), lit(a + n)),
                    Iv { lo: a, hi: a + n },
                    n,
                )
            }
            2 => {
                let a = self.rng.range(-20, 20);
                let s = *self.rng.pick(&[-3i64, -2, -1, 1, 2, 3]);
                let n = self.rng.range(0, 5);
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
                let (e, iv) = self.expr(1);
                let n = self.rng.range(0, 4);
                match Iv::new(iv.lo as i128, iv.hi as i128 + n as i128) {
                    Some(r) => (format!("range({e}, {e} + {n})"), r, n),
                    None => (format!("range({n})"), Iv { lo: 0, hi: n }, n),
                }
            }
        };
        self.line(&format!("for {i} in {range}:"));
        let var = Var {
            name: i,
            iv,
            writable: false,
            global: false,
        };
        self.loop_body(trips.max(0) as u64, None, Some(var));
        self.loop_else();
    }

    // --- Expressions ---------------------------------------------------

    /// An int expression and its interval.
    fn expr(&mut self, depth: u32) -> (String, Iv) {
        if depth == 0 || self.rng.chance(1, 3) {
            return self.leaf();
        }
        for _ in 0..4 {
            let r = match self.rng.below(12) {
                0..=4 => self.binary(depth),
                5 => self.unary(depth),
                6 => self.compare(depth),
                7 => self.boolop(depth),
                8 => self.ifexp(depth),
                9 => self.call(),
                10 => self.pow(),
                _ => self.leaf_opt(),
            };
            if let Some(r) = r {
                return r;
            }
        }
        self.leaf()
    }

    fn leaf_opt(&mut self) -> Option<(String, Iv)> {
        Some(self.leaf())
    }

    fn leaf(&mut self) -> (String, Iv) {
        if !self.vars.is_empty() && self.rng.chance(3, 5) {
            let v = &self.vars[self.rng.below(self.vars.len())];
            return (v.name.clone(), v.iv);
        }
        self.literal()
    }

    fn literal(&mut self) -> (String, Iv) {
        let v = match self.rng.below(10) {
            0 => return ("True".into(), Iv::point(1)),
            1 => return ("False".into(), Iv::point(0)),
            2..=4 => *self.rng.pick(EDGES),
            5..=6 => self.rng.range(-10, 10),
            7..=8 => self.rng.range(-100_000, 100_000),
            _ => self.rng.range(MIN, MAX),
        };
        (lit(v), Iv::point(v))
    }

    fn binary(&mut self, depth: u32) -> Option<(String, Iv)> {
        let op = *self.rng.pick(&[
            "+", "-", "*", "//", "%", "<<", ">>", "&", "|", "^", "+", "-",
        ]);
        let (a, ai) = self.expr(depth - 1);
        let (b, bi) = match op {
            "//" | "%" => self.divisor(depth - 1),
            "<<" | ">>" => self.shift_count(depth - 1),
            _ => self.expr(depth - 1),
        };
        let iv = match binary_iv(op, ai, bi) {
            Some(iv) => iv,
            // A program that may fault sometimes leaves the small ints on
            // purpose: PySM must raise OverflowError, not wrap around.
            None if self.faults && self.rng.chance(1, 6) => Iv::FULL,
            None => return None,
        };
        Some((format!("({a} {op} {b})"), iv))
    }

    /// A divisor: nonzero unless this program may fault.
    fn divisor(&mut self, depth: u32) -> (String, Iv) {
        let (e, iv) = self.expr(depth);
        if !iv.contains(0) {
            return (e, iv);
        }
        if self.faults && self.rng.chance(1, 3) {
            // Zero when it runs: ZeroDivisionError.
            return (format!("({e} - {e})"), Iv::point(0));
        }
        let v = *self
            .rng
            .pick(&[1, -1, 2, -2, 3, 7, -7, 10, 1000, MAX, MIN, 1 << 23]);
        (lit(v), Iv::point(v))
    }

    /// A shift count: 0 .. 40 unless this program may fault.
    fn shift_count(&mut self, depth: u32) -> (String, Iv) {
        let (e, iv) = self.expr(depth);
        if iv.within(Iv { lo: 0, hi: 40 }) {
            return (e, iv);
        }
        if self.faults && self.rng.chance(1, 4) {
            // Negative when it runs: ValueError.
            return (format!("({e} - {e} - 1)"), Iv::point(0));
        }
        let v = *self
            .rng
            .pick(&[0, 1, 2, 3, 5, 8, 15, 16, 23, 24, 29, 30, 31, 32, 40]);
        (lit(v), Iv::point(v))
    }

    fn unary(&mut self, depth: u32) -> Option<(String, Iv)> {
        let (e, iv) = self.expr(depth - 1);
        match self.rng.below(4) {
            0 => Some((
                format!("(-{e})"),
                Iv::new(-(iv.hi as i128), -(iv.lo as i128))?,
            )),
            1 => Some((format!("(+{e})"), iv)),
            2 => Some((
                format!("(~{e})"),
                Iv::new(-(iv.hi as i128) - 1, -(iv.lo as i128) - 1)?,
            )),
            _ => Some((format!("(not {e})"), Iv::BOOL)),
        }
    }

    fn compare(&mut self, depth: u32) -> Option<(String, Iv)> {
        let (mut s, _) = self.expr(depth - 1);
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
            let (b, _) = self.expr(depth - 1);
            s = format!("{s} {op} {b}");
        }
        Some((format!("({s})"), Iv::BOOL))
    }

    fn boolop(&mut self, depth: u32) -> Option<(String, Iv)> {
        let op = if self.rng.chance(1, 2) { "and" } else { "or" };
        let (mut s, mut iv) = self.expr(depth - 1);
        for _ in 0..1 + self.rng.below(2) {
            let (b, bi) = self.expr(depth - 1);
            s = format!("{s} {op} {b}");
            iv = iv.union(bi);
        }
        Some((format!("({s})"), iv))
    }

    fn ifexp(&mut self, depth: u32) -> Option<(String, Iv)> {
        let (c, _) = self.expr(depth - 1);
        let (a, ai) = self.expr(depth - 1);
        let (b, bi) = self.expr(depth - 1);
        Some((format!("({a} if {c} else {b})"), ai.union(bi)))
    }

    fn call(&mut self) -> Option<(String, Iv)> {
        let affordable: Vec<usize> = (0..self.funcs.len())
            .filter(|&i| self.funcs[i].cost.saturating_mul(self.mult) <= self.left())
            .collect();
        if affordable.is_empty() {
            return None;
        }
        let f = self.funcs[*self.rng.pick(&affordable)].clone();
        self.work += f.cost * self.mult;
        let args: Vec<String> = f
            .params
            .iter()
            .map(|p| {
                let (e, iv) = self.expr(1);
                self.wrap(&e, iv, *p)
            })
            .collect();
        Some((format!("{}({})", f.name, args.join(", ")), f.ret))
    }

    /// `a ** n` with a small base and exponent (the runtime library's pow).
    fn pow(&mut self) -> Option<(String, Iv)> {
        let (b, bi) = self.leaf();
        let (b, bi) = if bi.within(Iv { lo: -30, hi: 30 }) {
            (b, bi)
        } else {
            let v = self.rng.range(-12, 12);
            (lit(v), Iv::point(v))
        };
        let n = self.rng.range(0, 5) as u32;
        let m = (bi.lo.abs().max(bi.hi.abs()) as i128).pow(n);
        let iv = if n == 0 {
            Iv::point(1)
        } else {
            Iv::new(-m, m)?
        };
        Some((format!("({b} ** {n})"), iv))
    }
}

/// An int literal, parenthesised when negative.
fn lit(v: i64) -> String {
    if v < 0 {
        format!("({v})")
    } else {
        v.to_string()
    }
}
