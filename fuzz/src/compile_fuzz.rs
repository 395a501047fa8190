//! Compiler fuzzing: random bytes, token soups, mutations of the test
//! programs and very deep nesting, each compiled in-process. The compiler
//! must return an image or a `FILE:LINE:COL: error: message` that points
//! into the source; a panic, an internal error, a malformed error or a
//! compile taking longer than the time limit is a failure.

use crate::rng::Rng;
use pysm_compiler::CompileError;
use std::path::{Path, PathBuf};
use std::sync::{mpsc, Mutex, Once};
use std::time::{Duration, Instant};

/// The kinds of generated input, in the order they take turns.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    Bytes,
    Tokens,
    Mutation,
    Deep,
    /// A program from the differential generator, sometimes mutated.
    Generated,
}

pub const KINDS: [Kind; 5] = [
    Kind::Bytes,
    Kind::Tokens,
    Kind::Mutation,
    Kind::Deep,
    Kind::Generated,
];

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Bytes => "bytes",
            Kind::Tokens => "tokens",
            Kind::Mutation => "mutation",
            Kind::Deep => "deep",
            Kind::Generated => "generated",
        }
    }
}

/// What the compiler did with one input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    Accepted,
    Rejected,
    /// A panic, an internal error or a malformed error message.
    Failure(String),
    /// No answer within the time limit.
    Hang,
}

/// Programs to mutate: every `.py` under the directories that hold valid
/// (and deliberately invalid) programs, relative to the workspace root.
pub const CORPUS_DIRS: &[&str] = &[
    "tests/programs",
    "examples",
    "tests/errors",
    "tests/faults",
    "tests/fuzz-regressions",
    "compiler/runtime",
];

pub fn load_corpus(root: &Path) -> Vec<String> {
    let mut files: Vec<PathBuf> = CORPUS_DIRS
        .iter()
        .filter_map(|d| std::fs::read_dir(root.join(d)).ok())
        .flat_map(|d| d.filter_map(|e| e.ok().map(|e| e.path())))
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    files.sort();
    files
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect()
}

const VOCAB: &[&str] = &[
    "False",
    "None",
    "True",
    "and",
    "as",
    "assert",
    "async",
    "await",
    "break",
    "class",
    "continue",
    "def",
    "del",
    "elif",
    "else",
    "except",
    "finally",
    "for",
    "from",
    "global",
    "if",
    "import",
    "in",
    "is",
    "lambda",
    "nonlocal",
    "not",
    "or",
    "pass",
    "raise",
    "return",
    "try",
    "while",
    "with",
    "yield",
    "match",
    "case",
    "type",
    "print",
    "range",
    "machine",
    "Pin",
    "Pin.OUT",
    "Pin.IN",
    "time",
    "ticks_cpu",
    "ticks_diff",
    "x",
    "y",
    "f",
    "i",
    "_",
    "__io_write",
    "__kind",
    "__fault",
    "0",
    "1",
    "-1",
    "7",
    "1073741823",
    "1073741824",
    "-1073741824",
    "8388608",
    "99999999999999999999999",
    "0x7f",
    "0o17",
    "0b101",
    "1_000",
    "1.5",
    "1e9",
    "2j",
    "'s'",
    "\"LED1\"",
    "b'x'",
    "f'{x}'",
    "'''",
    "\"",
    "'",
    "+",
    "-",
    "*",
    "/",
    "//",
    "%",
    "**",
    "<<",
    ">>",
    "&",
    "|",
    "^",
    "~",
    "<",
    ">",
    "<=",
    ">=",
    "==",
    "!=",
    "=",
    "+=",
    "-=",
    "*=",
    "//=",
    "%=",
    "**=",
    "<<=",
    ">>=",
    "&=",
    "|=",
    "^=",
    ":=",
    "->",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ",",
    ":",
    ";",
    ".",
    "...",
    "@",
    "\\",
    "#",
    " ",
    "\t",
    "\n",
    "\n    ",
    "\n        ",
    "\r\n",
    "\r",
    "\u{feff}",
    "é",
    "\u{0}",
    "$",
    "?",
    "!",
];

/// Literals at and around the limits of the machine's small ints and of
/// the PUSH_INT operand.
const EDGE_INTS: &[&str] = &[
    "0",
    "1",
    "-1",
    "8388607",
    "8388608",
    "-8388608",
    "-8388609",
    "1073741823",
    "1073741824",
    "-1073741824",
    "-1073741825",
    "2147483647",
    "2147483648",
    "4294967296",
    "9223372036854775807",
    "9223372036854775808",
    "-9223372036854775808",
    "340282366920938463463374607431768211456",
    "0x3fffffff",
    "0b1",
    "0o777",
    "1_0",
    "00",
    "1.0",
    "1e400",
    "1j",
];

/// Split source text into tokens for mutation: identifier/number runs,
/// whitespace runs and single other characters. Concatenating them gives
/// the text back.
fn split_tokens(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let class = |c: char| {
        if c.is_alphanumeric() || c == '_' {
            0
        } else if c == ' ' || c == '\t' {
            1
        } else {
            2
        }
    };
    let mut prev: Option<u8> = None;
    for (i, c) in s.char_indices() {
        let k = class(c);
        if prev.is_some() && (prev != Some(k) || k == 2) {
            out.push(&s[start..i]);
            start = i;
        }
        prev = Some(k);
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    out
}

/// Printable ASCII, with more newlines and spaces than chance gives.
const PRINTABLE: &[u8] = b" \n\n    ()=:+-*/%<>&|^~,.'\"#0123456789abcdefxyz_ifwhledrnpt\t\\";

fn random_bytes(rng: &mut Rng) -> String {
    let n = rng.below(200);
    let ascii = rng.chance(1, 2);
    let bytes: Vec<u8> = (0..n)
        .map(|_| {
            if ascii {
                PRINTABLE[rng.below(PRINTABLE.len())]
            } else {
                rng.next_u64() as u8
            }
        })
        .collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

fn token_soup(rng: &mut Rng) -> String {
    let n = 1 + rng.below(60);
    let mut s = String::new();
    for _ in 0..n {
        let t = VOCAB[rng.below(VOCAB.len())];
        s.push_str(t);
        if rng.chance(2, 3) {
            s.push(' ');
        }
    }
    s
}

fn mutate(rng: &mut Rng, corpus: &[String]) -> String {
    let mut src = corpus[rng.below(corpus.len())].clone();
    for _ in 0..1 + rng.below(4) {
        src = mutate_once(rng, &src, corpus);
    }
    src
}

fn mutate_once(rng: &mut Rng, src: &str, corpus: &[String]) -> String {
    let op = rng.below(12);
    if op < 6 {
        let mut toks: Vec<String> = split_tokens(src).into_iter().map(String::from).collect();
        if toks.is_empty() {
            return rng.pick(VOCAB).to_string();
        }
        let i = rng.below(toks.len());
        let j = rng.below(toks.len());
        match op {
            0 => {
                let end = (i + 1 + rng.below(4)).min(toks.len());
                toks.drain(i..end);
            }
            1 => {
                let end = (i + 1 + rng.below(4)).min(toks.len());
                let dup: Vec<String> = toks[i..end].to_vec();
                for (k, t) in dup.into_iter().enumerate() {
                    toks.insert(end + k, t);
                }
            }
            2 => toks.swap(i, j),
            3 => toks.insert(i, rng.pick(VOCAB).to_string()),
            4 => toks[i] = rng.pick(VOCAB).to_string(),
            _ => {
                // Replace a number with an edge value.
                let nums: Vec<usize> = (0..toks.len())
                    .filter(|&k| toks[k].starts_with(|c: char| c.is_ascii_digit()))
                    .collect();
                let k = if nums.is_empty() { i } else { *rng.pick(&nums) };
                toks[k] = rng.pick(EDGE_INTS).to_string();
            }
        }
        return toks.concat();
    }
    let mut lines: Vec<String> = src.split('\n').map(String::from).collect();
    let i = rng.below(lines.len());
    let j = rng.below(lines.len());
    match op {
        6 => {
            lines.remove(i);
        }
        7 => {
            let l = lines[i].clone();
            lines.insert(j, l);
        }
        8 => lines.swap(i, j),
        9 => {
            // A line from another program.
            let other = &corpus[rng.below(corpus.len())];
            let ls: Vec<&str> = other.split('\n').collect();
            lines.insert(i, ls[rng.below(ls.len())].to_string());
        }
        10 => {
            // Re-indent.
            let l = &lines[i];
            lines[i] = match rng.below(3) {
                0 => format!("    {l}"),
                1 => format!("\t{l}"),
                _ => l.trim_start().to_string(),
            };
        }
        _ => {
            // Splice the head of this program onto the tail of another.
            let other = &corpus[rng.below(corpus.len())];
            let ls: Vec<&str> = other.split('\n').collect();
            lines.truncate(i + 1);
            lines.extend(ls[rng.below(ls.len())..].iter().map(|s| s.to_string()));
        }
    }
    lines.join("\n")
}

/// A depth drawn log-uniformly from 1 to about 200 000.
fn depth(rng: &mut Rng) -> usize {
    let bits = rng.below(18);
    (1usize << bits) + rng.below(1 << bits)
}

fn deep(rng: &mut Rng) -> String {
    let d = depth(rng);
    let rep = |s: &str, n: usize| s.repeat(n);
    let mut s = match rng.below(24) {
        0 => format!("x = {}1{}\n", rep("(", d), rep(")", d)),
        1 => format!("x = {}1\n", rep("-", d)),
        2 => format!("x = {}1\n", rep("not ", d)),
        3 => format!("f({})\n", rep("f(", d) + &rep(")", d)),
        4 => format!("x = {}{}\n", rep("[", d), rep("]", d)),
        5 => format!("x = 1{}\n", rep(" + 1", d)),
        6 => format!("x = 1\nprint(x{})\n", rep(" < x", d)),
        7 => format!("a{}\n", rep(".b", d)),
        8 => format!("x = {}1\n", rep("lambda: ", d)),
        9 => {
            // Nested blocks: quadratic in size, so fewer levels.
            let d = d.min(1400);
            let mut s = String::from("x = 1\n");
            for i in 0..d {
                s.push_str(&format!("{}if x:\n", rep(" ", i)));
            }
            s.push_str(&format!("{}pass\n", rep(" ", d)));
            s
        }
        10 => {
            let d = d.min(1400);
            let mut s = String::new();
            for i in 0..d {
                s.push_str(&format!("{}def f{i}():\n", rep(" ", i)));
            }
            s.push_str(&format!("{}return 1\n", rep(" ", d)));
            s
        }
        11 => format!("x = {}1\n", rep("1 if 1 else ", d)),
        12 => format!("x = y{}\n", rep("[0]", d)),
        13 => format!("x = {}1{}\n", rep("{1: ", d), rep("}", d)),
        14 => format!("x = 2{}\n", rep(" ** 2", d)),
        15 => format!("x = {}1{}\n", rep("-(", d), rep(")", d)),
        16 => format!(
            "x = 1\ny = x{}\n",
            rep(if d & 1 == 0 { " and x" } else { " or x" }, d)
        ),
        17 => format!("print({})\n", rep("1, ", d)),
        18 => format!("{}1\n", rep("x = ", d)),
        19 => format!("x = 1\nif x:\n    pass\n{}", rep("elif x:\n    pass\n", d)),
        20 => format!("{}\nprint(1)\n", rep("\n", d)),
        21 => format!("x = 1\nwhile x:\n{}", rep("    x = x - 1\n", d)),
        22 => {
            let d = d.min(1400);
            let mut s = String::from("x = 0\n");
            for i in 0..d {
                s.push_str(&format!("{}for i{i} in range(2):\n", rep(" ", i)));
            }
            s.push_str(&format!("{}x += 1\nprint(x)\n", rep(" ", d)));
            s
        }
        _ => format!("def f({}):\n    return 1\n", {
            let ps: Vec<String> = (0..d.min(5000)).map(|i| format!("p{i}")).collect();
            ps.join(", ")
        }),
    };
    if rng.chance(1, 4) {
        // Cut it short: unbalanced brackets, unfinished blocks.
        let mut cut = rng.below(s.len() + 1);
        while !s.is_char_boundary(cut) {
            cut -= 1;
        }
        s.truncate(cut);
    }
    s
}

/// One input of the given kind.
pub fn generate(rng: &mut Rng, kind: Kind, corpus: &[String]) -> String {
    match kind {
        Kind::Bytes => random_bytes(rng),
        Kind::Tokens => token_soup(rng),
        Kind::Mutation if !corpus.is_empty() => mutate(rng, corpus),
        Kind::Mutation => token_soup(rng),
        Kind::Deep => deep(rng),
        Kind::Generated => {
            let opts = crate::gen::Options {
                depth: 1 + rng.below(4) as u32,
                max_stmts: 10 + rng.below(60) as u32,
                budget: 100 + rng.below(3000) as u64,
                ..Default::default()
            };
            let src = crate::gen::program(rng.next_u64(), &opts);
            if rng.chance(1, 2) {
                let own = [src.clone()];
                let mut s = src;
                for _ in 0..1 + rng.below(3) {
                    s = mutate_once(rng, &s, &own);
                }
                s
            } else {
                src
            }
        }
    }
}

/// The check a rejection must pass: the message names this file, a line
/// and column inside the source, and is one line.
pub fn check_error(src: &str, file: &str, e: &CompileError) -> Result<(), String> {
    let text = e.to_string();
    let lines: Vec<&str> = src.split('\n').collect();
    if e.message.is_empty() || text.contains('\n') || text.contains('\r') {
        return Err(format!("not a one-line message: {text:?}"));
    }
    if e.message.contains("internal") {
        return Err(format!("internal error: {text}"));
    }
    if e.file != file {
        return Err(format!("wrong file name: {text}"));
    }
    if e.line < 1 || e.line as usize > lines.len() {
        return Err(format!(
            "line {} outside the source ({} lines): {text}",
            e.line,
            lines.len()
        ));
    }
    let width = lines[e.line as usize - 1].chars().count();
    if e.col < 1 || e.col as usize > width + 1 {
        return Err(format!(
            "column {} outside line {} ({width} characters): {text}",
            e.col, e.line
        ));
    }
    let head = format!("{file}:{}:{}: error: ", e.line, e.col);
    if !text.starts_with(&head) {
        return Err(format!("not FILE:LINE:COL: error: message: {text}"));
    }
    Ok(())
}

static PANIC: Mutex<Option<String>> = Mutex::new(None);
static HOOK: Once = Once::new();

/// Record panics instead of printing them: the fuzzer reports them itself.
fn install_panic_hook() {
    HOOK.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            let mut p = PANIC.lock().unwrap_or_else(|e| e.into_inner());
            if p.is_none() {
                *p = Some(info.to_string().replace('\n', " "));
            }
        }));
    });
}

/// CPU time (user + system) of the thread whose `/proc` directory is
/// `task` (`/proc/PID/task/TID`), from its `stat`; `None` where there is no
/// such file (not Linux, or the thread has ended).
fn thread_cpu_time(task: &std::path::Path) -> Option<Duration> {
    let stat = std::fs::read_to_string(task.join("stat")).ok()?;
    // Fields after the command name, which is in parentheses and may hold
    // spaces: state is field 3, utime 14 and stime 15.
    let rest = &stat[stat.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split(' ').collect();
    let ticks = f.get(11)?.parse::<u64>().ok()? + f.get(12)?.parse::<u64>().ok()?;
    // USER_HZ is 100 on every Linux architecture that Rust targets.
    Some(Duration::from_millis(ticks * 10))
}

/// Compile `src` with a time limit and judge the result. The limit is on
/// the compiling thread's CPU time where the system reports it (Linux), so
/// that a loaded machine does not turn a slow compile into a "hang"; wall
/// time is only the last resort, at twenty times the limit.
pub fn check(src: &str, file: &str, limit: Duration) -> Verdict {
    install_panic_hook();
    *PANIC.lock().unwrap_or_else(|e| e.into_inner()) = None;
    let (tx, rx) = mpsc::channel();
    let (s, f) = (src.to_string(), file.to_string());
    let (task_tx, task_rx) = mpsc::channel();
    let worker = std::thread::Builder::new()
        .name("fuzz-compile".into())
        .spawn(move || {
            // `/proc/thread-self` links to `PID/task/TID`.
            let _ = task_tx.send(
                std::fs::read_link("/proc/thread-self")
                    .ok()
                    .map(|p| std::path::Path::new("/proc").join(p)),
            );
            let r = std::panic::catch_unwind(|| pysm_compiler::compile(&s, &f));
            let _ = tx.send(r);
        });
    if worker.is_err() {
        return Verdict::Failure("cannot start a thread".into());
    }
    let task = task_rx.recv().ok().flatten();
    let start = Instant::now();
    let result = loop {
        match rx.recv_timeout(Duration::from_millis(100).min(limit)) {
            Ok(r) => break r,
            Err(mpsc::RecvTimeoutError::Timeout) => {
                let cpu = task.as_deref().and_then(thread_cpu_time);
                let over = match cpu {
                    Some(t) => t >= limit,
                    None => start.elapsed() >= limit,
                };
                if over || start.elapsed() >= limit * 20 {
                    return Verdict::Hang;
                }
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => {
                return Verdict::Failure("the compiler thread died".into())
            }
        }
    };
    if let Some(p) = PANIC.lock().unwrap_or_else(|e| e.into_inner()).take() {
        return Verdict::Failure(format!("panic: {p}"));
    }
    match result {
        Err(_) => Verdict::Failure("panic".into()),
        Ok(Ok(image)) => {
            // What the compiler accepts must survive the image format.
            match pysm_isa::Image::from_bytes(&image.to_bytes()) {
                Ok(back) if back == image => Verdict::Accepted,
                Ok(_) => Verdict::Failure("image changes through to_bytes/from_bytes".into()),
                Err(e) => Verdict::Failure(format!("image does not load back: {e}")),
            }
        }
        Ok(Err(e)) => match check_error(src, file, &e) {
            Ok(()) => Verdict::Rejected,
            Err(m) => Verdict::Failure(m),
        },
    }
}

pub struct Config {
    pub seed: u64,
    pub duration: Duration,
    /// Per-input time limit: longer is a hang.
    pub limit: Duration,
    /// Where failing inputs are saved (`crashes/` below it); `None`: not saved.
    pub out: Option<PathBuf>,
    pub corpus: Vec<String>,
    /// Stop early after this many failures.
    pub max_failures: usize,
}

#[derive(Default, Debug)]
pub struct Stats {
    pub tried: u64,
    pub accepted: u64,
    pub rejected: u64,
    /// Inputs tried per kind, in the order of [`KINDS`].
    pub per_kind: [u64; 5],
    /// (saved path or input summary, what went wrong)
    pub failures: Vec<(String, String)>,
    pub elapsed: Duration,
}

impl Stats {
    pub fn summary(&self) -> String {
        let kinds: Vec<String> = KINDS
            .iter()
            .zip(self.per_kind)
            .map(|(k, n)| format!("{}={n}", k.name()))
            .collect();
        format!(
            "fuzz-compile: inputs={} ({}) accepted={} rejected={} failures={} seconds={:.0}",
            self.tried,
            kinds.join(" "),
            self.accepted,
            self.rejected,
            self.failures.len(),
            self.elapsed.as_secs_f64()
        )
    }
}

/// Input number `i` of a run with this seed: reproducible on its own.
pub fn input(seed: u64, i: u64, corpus: &[String]) -> (Kind, String) {
    let mut rng = Rng::new(seed ^ i.wrapping_mul(0x9E37_79B9_7F4A_7C15));
    let kind = KINDS[(i % KINDS.len() as u64) as usize];
    (kind, generate(&mut rng, kind, corpus))
}

/// Fuzz until the time is up. The input being compiled is kept in
/// `OUT/current.py`, so that an input that kills the process (a stack
/// overflow aborts it) is still found afterwards.
pub fn run(cfg: &Config) -> Stats {
    let start = Instant::now();
    let mut st = Stats::default();
    let crashes = cfg.out.as_ref().map(|o| o.join("crashes"));
    if let Some(c) = &crashes {
        let _ = std::fs::create_dir_all(c);
    }
    let current = cfg.out.as_ref().map(|o| o.join("current.py"));
    let mut i = 0u64;
    while start.elapsed() < cfg.duration && st.failures.len() < cfg.max_failures {
        let (kind, src) = input(cfg.seed, i, &cfg.corpus);
        let file = "fuzz.py";
        if let Some(c) = &current {
            let _ = std::fs::write(c, &src);
        }
        let v = check(&src, file, cfg.limit);
        st.tried += 1;
        st.per_kind[(i % KINDS.len() as u64) as usize] += 1;
        match v {
            Verdict::Accepted => st.accepted += 1,
            Verdict::Rejected => st.rejected += 1,
            Verdict::Failure(_) | Verdict::Hang => {
                let what = match v {
                    Verdict::Failure(m) => m,
                    _ => format!("no answer within {:?} of CPU time", cfg.limit),
                };
                let name = format!("seed{}-{}-{}.py", cfg.seed, i, kind.name());
                let saved = match &crashes {
                    Some(c) => {
                        let p = c.join(&name);
                        let _ = std::fs::write(&p, &src);
                        p.display().to_string()
                    }
                    None => name,
                };
                st.failures.push((saved, what));
            }
        }
        i += 1;
    }
    if let Some(c) = &current {
        let _ = std::fs::remove_file(c);
    }
    st.elapsed = start.elapsed();
    st
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A thread's CPU time grows while it computes and not while it sleeps,
    /// so a hang is told from a wait for the processor.
    #[test]
    fn thread_cpu_time_counts_work_not_waiting() {
        let (tx, rx) = mpsc::channel();
        let t = std::thread::spawn(move || {
            let me = std::path::Path::new("/proc")
                .join(std::fs::read_link("/proc/thread-self").unwrap());
            let before = thread_cpu_time(&me).unwrap();
            std::thread::sleep(Duration::from_millis(300));
            let slept = thread_cpu_time(&me).unwrap() - before;
            let start = Instant::now();
            let mut x = 1u64;
            while start.elapsed() < Duration::from_millis(400) {
                x = x.wrapping_mul(6364136223846793005).wrapping_add(1);
            }
            let worked = thread_cpu_time(&me).unwrap() - before - slept;
            tx.send((slept, worked, x)).unwrap();
        });
        let (slept, worked, _) = rx.recv().unwrap();
        t.join().unwrap();
        assert!(slept <= Duration::from_millis(50), "{slept:?}");
        // 400 ms of wall time spinning: most of it on the processor, even
        // on a loaded machine.
        assert!(worked >= Duration::from_millis(100), "{worked:?}");
    }
}
