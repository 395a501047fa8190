//! The linked program image: what the compiler writes, and what the emulator,
//! the simulator and the bitstream builder load.
//!
//! Layout (all integers little-endian):
//!
//! | offset | size | field |
//! |---|---|---|
//! | 0 | 4 | magic `PYSM` |
//! | 4 | 2 | format version ([`VERSION`]) |
//! | 6 | 2 | flags (0) |
//! | 8 | 4 | entry address (code) |
//! | 12 | 4 | code length in words |
//! | 16 | 4 | data length in words (initial contents of data memory) |
//! | 20 | 4 | heap length in words (static objects, from heap word 0) |
//! | 24 | 4 | debug section length in bytes |
//! | 28 | 4 | CRC-32 of everything after the header |
//! | 32 | .. | code words, data words, heap words, debug section (UTF-8 text) |

use crate::mem;
use std::fmt::Write as _;

pub const MAGIC: &[u8; 4] = b"PYSM";
pub const VERSION: u16 = 2;
const HEADER: usize = 32;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImageError {
    #[error("not a PySM image (bad magic number)")]
    Magic,
    #[error("image format version {0} is not supported (this tool reads version {VERSION})")]
    Version(u16),
    #[error("image is truncated")]
    Truncated,
    #[error("image has {0} bytes past its end")]
    TrailingBytes(usize),
    #[error("image is inconsistent: {0}")]
    Inconsistent(String),
    #[error("image checksum mismatch: the file is corrupt")]
    Checksum,
    #[error("image does not fit: {0}")]
    TooLarge(String),
    #[error("bad debug section: {0}")]
    Debug(String),
}

/// A function's debug record.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FuncInfo {
    pub name: String,
    /// The name with its classes and enclosing functions (`C.m`,
    /// `f.<locals>.g`), for messages.
    pub qualname: String,
    /// First and one-past-last code address.
    pub start: u32,
    pub end: u32,
    pub params: u32,
    /// Names of the local slots, parameters first.
    pub locals: Vec<String>,
}

/// A line-table row: the instructions from `pc` up to the next row come
/// from the source span `line:col` to `end_line:end_col` (the column after
/// its end). `anchors` are a binary operation's operator or a subscript's
/// brackets, as character offsets from `col`, `(0, 0)` if none: the
/// traceback underlines them as CPython does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineEntry {
    pub pc: u32,
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
    pub anchors: (u32, u32),
    /// A method call's `obj.method` ends at this (line, column): an
    /// AttributeError from the lookup underlines up to it. `(0, 0)` if none.
    pub method_end: (u32, u32),
}

impl LineEntry {
    /// A row for a point of the source, without extent.
    pub fn at(pc: u32, line: u32, col: u32) -> LineEntry {
        LineEntry {
            pc,
            line,
            col,
            end_line: line,
            end_col: col,
            anchors: (0, 0),
            method_end: (0, 0),
        }
    }
}

/// A list, set or dict comprehension compiled inline: CPython runs it as a
/// function of its own (`<listcomp>`, ...), a frame of the traceback.
/// Its code is `start..end` but for the first iterable, which the
/// enclosing function evaluates; `span` is the comprehension's source (its
/// `pc` is `start`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompInfo {
    pub start: u32,
    pub end: u32,
    pub name: String,
    pub span: LineEntry,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DebugInfo {
    pub file: String,
    pub functions: Vec<FuncInfo>,
    /// Data addresses of named globals.
    pub globals: Vec<(u32, String)>,
    /// Sorted by pc.
    pub lines: Vec<LineEntry>,
    /// Inline comprehensions, outer ones before those inside them.
    pub comps: Vec<CompInfo>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Image {
    pub entry: u32,
    pub code: Vec<u32>,
    pub data: Vec<u32>,
    /// Initial heap words from address 0: the static objects (constants).
    pub heap: Vec<u32>,
    pub debug: DebugInfo,
}

/// CRC-32 (IEEE 802.3, as zlib), bit by bit: images are small.
pub fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= b as u32;
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

impl Image {
    /// Check that the image fits this processor's memories.
    pub fn check_fits(&self) -> Result<(), ImageError> {
        if self.code.len() > mem::CODE_WORDS {
            return Err(ImageError::TooLarge(format!(
                "{} instructions, code memory holds {}",
                self.code.len(),
                mem::CODE_WORDS
            )));
        }
        if self.heap.len() > mem::STATIC_HEAP_MAX {
            return Err(ImageError::TooLarge(format!(
                "{} words of constants, at most {} of the heap's {} can be",
                self.heap.len(),
                mem::STATIC_HEAP_MAX,
                mem::HEAP_WORDS
            )));
        }
        // Leave room for a useful data stack.
        if self.data.len() + 64 > mem::DATA_WORDS {
            return Err(ImageError::TooLarge(format!(
                "{} data words, data memory holds {} (with 64 for the stack)",
                self.data.len(),
                mem::DATA_WORDS
            )));
        }
        Ok(())
    }

    /// The first data address of the stack: just above globals and constants.
    pub fn stack_base(&self) -> u32 {
        self.data.len() as u32
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let debug = self.debug.to_text();
        let mut body = Vec::new();
        for w in self.code.iter().chain(&self.data).chain(&self.heap) {
            body.extend_from_slice(&w.to_le_bytes());
        }
        body.extend_from_slice(debug.as_bytes());
        let mut out = Vec::with_capacity(HEADER + body.len());
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&VERSION.to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes());
        for v in [
            self.entry,
            self.code.len() as u32,
            self.data.len() as u32,
            self.heap.len() as u32,
            debug.len() as u32,
            crc32(&body),
        ] {
            out.extend_from_slice(&v.to_le_bytes());
        }
        out.extend_from_slice(&body);
        out
    }

    pub fn from_bytes(b: &[u8]) -> Result<Image, ImageError> {
        if b.len() < 4 || &b[..4] != MAGIC {
            return Err(ImageError::Magic);
        }
        if b.len() < HEADER {
            return Err(ImageError::Truncated);
        }
        let u32_at = |o: usize| u32::from_le_bytes([b[o], b[o + 1], b[o + 2], b[o + 3]]);
        let version = u16::from_le_bytes([b[4], b[5]]);
        if version != VERSION {
            return Err(ImageError::Version(version));
        }
        let entry = u32_at(8);
        let ncode = u32_at(12) as usize;
        let ndata = u32_at(16) as usize;
        let nheap = u32_at(20) as usize;
        let ndebug = u32_at(24) as usize;
        let crc = u32_at(28);
        let body_len = ncode
            .checked_add(ndata)
            .and_then(|w| w.checked_add(nheap))
            .and_then(|w| w.checked_mul(4))
            .and_then(|n| n.checked_add(ndebug))
            .ok_or(ImageError::Truncated)?;
        match (b.len() - HEADER).cmp(&body_len) {
            std::cmp::Ordering::Less => return Err(ImageError::Truncated),
            std::cmp::Ordering::Greater => {
                return Err(ImageError::TrailingBytes(b.len() - HEADER - body_len))
            }
            std::cmp::Ordering::Equal => {}
        }
        let body = &b[HEADER..];
        if crc32(body) != crc {
            return Err(ImageError::Checksum);
        }
        let word = |i: usize| u32_at(HEADER + 4 * i);
        let code = (0..ncode).map(word).collect();
        let data = (ncode..ncode + ndata).map(word).collect();
        let heap = (ncode + ndata..ncode + ndata + nheap).map(word).collect();
        let text = std::str::from_utf8(&body[4 * (ncode + ndata + nheap)..])
            .map_err(|_| ImageError::Debug("not UTF-8".into()))?;
        let image = Image {
            entry,
            code,
            data,
            heap,
            debug: DebugInfo::from_text(text)?,
        };
        image.check_fits()?;
        image.check_consistent()?;
        Ok(image)
    }

    /// The header and the debug section agree with the code: a file with a
    /// valid checksum can still come from a broken or foreign writer.
    fn check_consistent(&self) -> Result<(), ImageError> {
        let n = self.code.len() as u32;
        let bad = |m: String| Err(ImageError::Inconsistent(m));
        if self.entry >= n {
            return bad(format!(
                "entry {} is outside the code ({n} words)",
                self.entry
            ));
        }
        for f in &self.debug.functions {
            if f.start > f.end || f.end > n {
                return bad(format!(
                    "function {} spans {}..{}, the code is {n} words",
                    f.name, f.start, f.end
                ));
            }
        }
        if let Some(l) = self.debug.lines.iter().find(|l| l.pc >= n) {
            return bad(format!("line table entry at {} is past the code", l.pc));
        }
        if let Some(c) = self
            .debug
            .comps
            .iter()
            .find(|c| c.start > c.end || c.end > n)
        {
            return bad(format!(
                "comprehension spans {}..{}, the code is {n} words",
                c.start, c.end
            ));
        }
        Ok(())
    }
}

impl DebugInfo {
    /// The source position of the instruction at `pc`.
    pub fn line_of(&self, pc: u32) -> Option<LineEntry> {
        let i = self.lines.partition_point(|e| e.pc <= pc);
        if i == 0 {
            None
        } else {
            Some(self.lines[i - 1])
        }
    }

    /// The innermost function containing `pc`, or `None` at module level.
    pub fn function_of(&self, pc: u32) -> Option<&FuncInfo> {
        self.functions
            .iter()
            .filter(|f| f.start <= pc && pc < f.end)
            .min_by_key(|f| f.end - f.start)
    }

    /// The comprehensions running at `pc`, outermost first.
    pub fn comps_at(&self, pc: u32) -> impl Iterator<Item = &CompInfo> {
        self.comps
            .iter()
            .filter(move |c| c.start <= pc && pc < c.end)
    }

    pub fn global_name(&self, addr: u32) -> Option<&str> {
        self.globals
            .iter()
            .find(|(a, _)| *a == addr)
            .map(|(_, n)| n.as_str())
    }

    fn to_text(&self) -> String {
        let mut s = String::new();
        let _ = writeln!(s, "file {}", self.file);
        for f in &self.functions {
            let _ = writeln!(
                s,
                "func {} {} {} {} {} {}",
                f.start,
                f.end,
                f.params,
                f.name,
                f.locals.join(","),
                f.qualname
            );
        }
        for (a, n) in &self.globals {
            let _ = writeln!(s, "global {a} {n}");
        }
        for e in &self.lines {
            let _ = writeln!(
                s,
                "line {} {} {} {} {} {} {} {} {}",
                e.pc,
                e.line,
                e.col,
                e.end_line,
                e.end_col,
                e.anchors.0,
                e.anchors.1,
                e.method_end.0,
                e.method_end.1
            );
        }
        for c in &self.comps {
            let e = c.span;
            let _ = writeln!(
                s,
                "comp {} {} {} {} {} {} {}",
                c.start, c.end, c.name, e.line, e.col, e.end_line, e.end_col
            );
        }
        s
    }

    fn from_text(text: &str) -> Result<DebugInfo, ImageError> {
        let bad = |l: &str| ImageError::Debug(format!("bad line '{l}'"));
        let mut d = DebugInfo::default();
        for l in text.lines() {
            let (tag, rest) = l.split_once(' ').unwrap_or((l, ""));
            let f: Vec<&str> = rest.split(' ').collect();
            let num = |i: usize| -> Result<u32, ImageError> {
                f.get(i).and_then(|x| x.parse().ok()).ok_or_else(|| bad(l))
            };
            match tag {
                "file" => d.file = rest.to_string(),
                "func" => d.functions.push(FuncInfo {
                    start: num(0)?,
                    end: num(1)?,
                    params: num(2)?,
                    name: f.get(3).ok_or_else(|| bad(l))?.to_string(),
                    // Images from before qualified names: the name.
                    qualname: f.get(5).or(f.get(3)).unwrap_or(&"").to_string(),
                    locals: f
                        .get(4)
                        .filter(|x| !x.is_empty())
                        .map(|x| x.split(',').map(String::from).collect())
                        .unwrap_or_default(),
                }),
                "global" => d
                    .globals
                    .push((num(0)?, f.get(1).ok_or_else(|| bad(l))?.to_string())),
                "line" => {
                    let mut e = LineEntry::at(num(0)?, num(1)?, num(2)?);
                    // Spans are optional: a row without one is a point.
                    if f.len() > 3 {
                        e.end_line = num(3)?;
                        e.end_col = num(4)?;
                        e.anchors = (num(5)?, num(6)?);
                        e.method_end = (num(7)?, num(8)?);
                    }
                    d.lines.push(e);
                }
                "comp" => {
                    let start = num(0)?;
                    d.comps.push(CompInfo {
                        start,
                        end: num(1)?,
                        name: f.get(2).ok_or_else(|| bad(l))?.to_string(),
                        span: LineEntry {
                            end_line: num(5)?,
                            end_col: num(6)?,
                            ..LineEntry::at(start, num(3)?, num(4)?)
                        },
                    });
                }
                "" => {}
                _ => return Err(bad(l)),
            }
        }
        d.lines.sort_by_key(|e| e.pc);
        Ok(d)
    }
}
