//! The linker: lays out the module, the user's functions and the reachable
//! runtime functions in code memory, the globals, hidden words and
//! constants in data memory; resolves every symbolic operand; builds the
//! debug info (functions, globals, line table).

use crate::ast::Pos;
use crate::codegen::{Arg, FuncRef, Program, Unit};
use crate::CompileError;
use pysm_isa::image::{DebugInfo, FuncInfo, LineEntry};
use pysm_isa::{mem, value, Image, Instr};
use std::collections::HashMap;

/// Data words the program may use: the rest is kept for the stack.
pub const MAX_DATA_WORDS: usize = 960;

pub fn link(program: Program, runtime: Vec<Unit>, file: &str) -> Result<Image, CompileError> {
    let top = Pos { line: 1, col: 1 };
    let internal = |m: String| CompileError::at(file, top, format!("internal error: {m}"));
    // Runtime functions reachable from the program.
    let by_name: HashMap<&str, usize> = runtime
        .iter()
        .enumerate()
        .map(|(i, u)| (u.name.trim_start_matches('$'), i))
        .collect();
    let mut keep = vec![false; runtime.len()];
    let mut work: Vec<&Unit> = program.units.iter().collect();
    while let Some(u) = work.pop() {
        for ins in &u.code {
            if let Arg::Func(FuncRef::Runtime(name)) = &ins.arg {
                let i = *by_name
                    .get(name.as_str())
                    .ok_or_else(|| internal(format!("no runtime function '{name}'")))?;
                if !keep[i] {
                    keep[i] = true;
                    work.push(&runtime[i]);
                }
            }
        }
    }
    let kept: Vec<(usize, &Unit)> = runtime
        .iter()
        .enumerate()
        .filter(|(i, _)| keep[*i])
        .collect();
    // Code layout: the module first (the entry), then functions.
    let mut units: Vec<&Unit> = program.units.iter().collect();
    units.extend(kept.iter().map(|(_, u)| *u));
    let mut starts = Vec::with_capacity(units.len());
    let mut pc = 0usize;
    for u in &units {
        starts.push(pc);
        pc += u.code.len();
    }
    if pc > mem::CODE_WORDS {
        return Err(CompileError::at(
            file,
            top,
            format!(
                "program too big: {pc} instructions, code memory holds {}",
                mem::CODE_WORDS
            ),
        ));
    }
    let user_count = program.units.len();
    let runtime_addr: HashMap<&str, (u32, u32)> = kept
        .iter()
        .enumerate()
        .map(|(k, (_, u))| {
            (
                u.name.trim_start_matches('$'),
                (starts[user_count + k] as u32, u.params),
            )
        })
        .collect();
    // Data layout: named globals, hidden words, constants.
    let nglobals = program.globals.len() as u32;
    let mut data = vec![value::NULL; (nglobals + program.hidden) as usize];
    let mut consts: HashMap<i64, u32> = HashMap::new();
    let mut code = Vec::with_capacity(pc);
    let mut lines: Vec<LineEntry> = Vec::new();
    for (u, &start) in units.iter().zip(&starts) {
        for ins in &u.code {
            let arg: i64 = match &ins.arg {
                Arg::None => 0,
                Arg::Int(n) => *n as i64,
                Arg::Label(l) => {
                    let at = *u
                        .labels
                        .get(*l as usize)
                        .filter(|&&a| a != usize::MAX)
                        .ok_or_else(|| internal(format!("unplaced label in {}", u.name)))?;
                    (start + at) as i64
                }
                Arg::Global(a) => *a as i64,
                Arg::Hidden(h) => (nglobals + h) as i64,
                Arg::Const(v) => {
                    let next = data.len() as u32;
                    let a = *consts.entry(*v).or_insert(next);
                    if a == next {
                        data.push(value::int(*v));
                    }
                    a as i64
                }
                Arg::Imm(w) => (*w >> 2) as i64,
                Arg::Func(r) => {
                    let (addr, arity) = match r {
                        FuncRef::User(i) => (
                            *starts
                                .get(*i)
                                .ok_or_else(|| internal("bad function".into()))?
                                as u32,
                            program.units[*i].params,
                        ),
                        FuncRef::Runtime(n) => *runtime_addr
                            .get(n.as_str())
                            .ok_or_else(|| internal(format!("no runtime function '{n}'")))?,
                    };
                    (value::function(addr, arity) >> 2) as i64
                }
            };
            let arg = i32::try_from(arg).map_err(|_| internal("operand overflow".into()))?;
            let word = Instr::new(ins.op, arg).encode().map_err(|e| {
                CompileError::at(file, ins.pos, format!("cannot encode instruction: {e}"))
            })?;
            let pc = code.len() as u32;
            if !lines
                .last()
                .is_some_and(|l| l.line == ins.pos.line && l.col == ins.pos.col)
            {
                lines.push(LineEntry {
                    pc,
                    line: ins.pos.line,
                    col: ins.pos.col,
                });
            }
            code.push(word);
        }
    }
    if data.len() > MAX_DATA_WORDS {
        return Err(CompileError::at(
            file,
            top,
            format!(
                "program data too big: {} words of globals and constants, at most {MAX_DATA_WORDS}",
                data.len()
            ),
        ));
    }
    let functions = units
        .iter()
        .zip(&starts)
        .filter(|(u, _)| !u.is_module)
        .map(|(u, &s)| FuncInfo {
            name: u.name.clone(),
            start: s as u32,
            end: (s + u.code.len()) as u32,
            params: u.params,
            locals: u.locals.clone(),
        })
        .collect();
    let globals = program
        .globals
        .iter()
        .enumerate()
        .map(|(i, n)| (i as u32, n.clone()))
        .collect();
    let image = Image {
        entry: 0,
        code,
        data,
        debug: DebugInfo {
            file: file.to_string(),
            functions,
            globals,
            lines,
        },
    };
    image
        .check_fits()
        .map_err(|e| CompileError::at(file, top, e.to_string()))?;
    Ok(image)
}
