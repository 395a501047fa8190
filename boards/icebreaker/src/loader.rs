//! The boot loader: PySM code in the top words of the board's code memory,
//! baked into every bitstream built with it (`docs/icebreaker.md`, "Boot
//! protocol").
//!
//! The board's boot controller (`top.rs`) restarts the processor here when
//! the magic `PYSM` arrives on the UART, and when the program stops (halt or
//! fault). Port 14 says which. For an image the loader reads the rest of
//! the header and the words from the receiver (port 10), checks them,
//! writes code words through port 12, data words with `STORE_DATA` and
//! static heap words with `STORE_ITEM` (the receive word, port 11, holds the
//! last four bytes, raw), computes the CRC-32 in 16-bit halves (small ints
//! have 31 bits), answers one line and hands over to the program through
//! port 13. After the program it reports a fault, sends EOT and lights the
//! LEDs. It then halts; the controller wakes it for the next image.
//!
//! Its variables live in data words [`GLOBALS`].., its stack above
//! [`STACK_BASE`]: an image's data (at most [`MAX_DATA`] words) stays below.
//! Each function keeps one word above its locals: a `STORE_FAST` to the
//! slot that becomes the top of the stack would leave the old value in the
//! top-of-stack register.

use pysm_isa::io::{BOOT_ERROR, BOOT_OK, EOT, FAULT_LINE, PORT_BOOT_INFO};
use pysm_isa::mem::{DATA_WORDS, STATIC_HEAP_MAX};

/// Code words reserved for the loader, at the top of the code memory.
pub const LOADER_WORDS: usize = 464;
/// The loader's variables: crc low and high halves, time of the last byte.
pub const GLOBALS: u32 = 964;
/// The loader's stack base (`boot_sp`).
pub const STACK_BASE: u32 = 968;
/// The most data words an image may have (the loader's words stay above,
/// with room for a stack, as `Image::check_fits` asks).
pub const MAX_DATA: u32 = DATA_WORDS as u32 - 64;
/// The most static heap words: the image format's limit.
pub const MAX_HEAP: u32 = STATIC_HEAP_MAX as u32;

/// The board's wait for a byte before an image counts as truncated: about
/// a quarter second at the clocks the processor reaches. Fixed, so that a
/// swap writes the same loader words as the base holds.
pub const BOARD_TIMEOUT: u64 = 4_000_000;

/// The reasons after `pysm-boot: error: `, as the loader sends them.
pub const ERR_VERSION: &str = "version";
pub const ERR_FORMAT: &str = "format";
pub const ERR_SIZE: &str = "too big";
pub const ERR_CRC: &str = "checksum";
pub const ERR_TRUNCATED: &str = "truncated";

/// The loader for a code memory of `code_words` that waits `timeout`
/// cycles for a byte ([`BOARD_TIMEOUT`]). Returns its first code address and
/// its words.
pub fn loader(code_words: usize, timeout: u64) -> (u32, Vec<u32>) {
    assert!(timeout < 1 << 23);
    let origin = (code_words - LOADER_WORDS) as u32;
    let text = source(origin, timeout);
    let words = pysm_isa::asm::assemble_at(&text, origin).expect("the boot loader assembles");
    assert!(
        words.len() <= LOADER_WORDS,
        "boot loader: {} words",
        words.len()
    );
    (origin, words)
}

/// The arguments of `puts` for up to 12 characters: four small ints of
/// three 7-bit characters each, the first character lowest.
fn puts_args(chunk: &[u8]) -> String {
    assert!(chunk.len() <= 12 && chunk.iter().all(|&c| (1..128).contains(&c)));
    (0..4)
        .map(|i| {
            let w = chunk
                .iter()
                .skip(3 * i)
                .take(3)
                .rev()
                .fold(0u32, |w, &c| w << 7 | c as u32);
            format!("    PUSH_INT {w}\n")
        })
        .collect()
}

/// Calls of `puts` that send `text`.
fn puts(text: &str) -> String {
    text.as_bytes()
        .chunks(12)
        .map(|chunk| {
            format!(
                "    PUSH_IMM @puts/4\n{}    CALL 4\n    POP\n",
                puts_args(chunk)
            )
        })
        .collect()
}

fn source(origin: u32, timeout: u64) -> String {
    let lo = GLOBALS;
    let hi = GLOBALS + 1;
    let t0 = GLOBALS + 2;
    let prefix = BOOT_ERROR;
    let ok = puts(BOOT_OK);
    let errs: String = [
        ("e_version", ERR_VERSION),
        ("e_format", ERR_FORMAT),
        ("e_size", ERR_SIZE),
        ("e_crc", ERR_CRC),
        ("e_trunc", ERR_TRUNCATED),
    ]
    .iter()
    .map(|(label, why)| {
        // The call of `puts` is finished after the common prefix.
        let args = puts_args(format!("{why}\n").as_bytes());
        format!("{label}:\n    PUSH_IMM @puts/4\n{args}    JUMP refuse\n")
    })
    .collect();
    let err_prefix = puts(prefix);
    let fault = puts(&format!("\n{FAULT_LINE}"));
    let at_pc = puts(" at pc 0x");
    let nl = puts("\n");
    format!(
        r#"
; Boot loader at {origin}. Locals of the top level: 0 version, 1 flags,
; 2 entry, 3 code words, 4 data words, 5 heap words, 6 debug bytes,
; 7 crc low, 8 crc high, 9 index.
start:
    PUSH_INT 0
    PUSH_INT 0
    PUSH_INT 0
    PUSH_INT 0
    PUSH_INT 0
    PUSH_INT 0
    PUSH_INT 0
    PUSH_INT 0
    PUSH_INT 0
    PUSH_INT 0
    PUSH_INT 0
    TICKS
    STORE_GLOBAL {t0}
    ; Defined before rb() reads them (the header's bytes are not checked).
    PUSH_INT 65535
    STORE_GLOBAL {lo}
    PUSH_INT 65535
    STORE_GLOBAL {hi}
    IO_READ {PORT_BOOT_INFO}
    PUSH_INT 24
    BINARY rshift
    COPY 1
    PUSH_INT 2
    COMPARE eq
    POP_JUMP_IF_TRUE load
    PUSH_INT 1
    COMPARE eq
    POP_JUMP_IF_TRUE report
    HALT

; The program stopped: the fault (if any), then EOT.
report:
    IO_READ {PORT_BOOT_INFO}
    PUSH_INT 16
    BINARY rshift
    PUSH_INT 255
    BINARY and
    COPY 1
    POP_JUMP_IF_FALSE eot
    STORE_FAST 0
{fault}    PUSH_IMM @hex/2
    LOAD_FAST 0
    PUSH_INT 2
    CALL 2
    POP
{at_pc}    PUSH_IMM @hex/2
    IO_READ {PORT_BOOT_INFO}
    PUSH_INT 65535
    BINARY and
    PUSH_INT 4
    CALL 2
    POP
{nl}    PUSH_INT 0
    PUSH_INT 1
    PIN_INIT
    PIN_OFF
eot:
    PUSH_INT {EOT}
    IO_WRITE 0
    HALT

; An image: the header after the magic.
load:
    PUSH_IMM @r16/0
    CALL 0
    STORE_FAST 0
    PUSH_IMM @r16/0
    CALL 0
    STORE_FAST 1
    PUSH_IMM @r32/0
    CALL 0
    STORE_FAST 2
    PUSH_IMM @r32/0
    CALL 0
    STORE_FAST 3
    PUSH_IMM @r32/0
    CALL 0
    STORE_FAST 4
    PUSH_IMM @r32/0
    CALL 0
    STORE_FAST 5
    PUSH_IMM @r32/0
    CALL 0
    STORE_FAST 6
    PUSH_IMM @r16/0
    CALL 0
    STORE_FAST 7
    PUSH_IMM @r16/0
    CALL 0
    STORE_FAST 8
    LOAD_FAST 0
    PUSH_INT {version}
    COMPARE ne
    POP_JUMP_IF_TRUE e_version
    LOAD_FAST 1
    LOAD_FAST 2
    BINARY or
    POP_JUMP_IF_TRUE e_format
    LOAD_FAST 3
    PUSH_INT {origin}
    COMPARE gt
    POP_JUMP_IF_TRUE e_size
    LOAD_FAST 4
    PUSH_INT {max_data}
    COMPARE gt
    POP_JUMP_IF_TRUE e_size
    LOAD_FAST 5
    PUSH_INT {max_heap}
    COMPARE gt
    POP_JUMP_IF_TRUE e_size
    ; r32 gives -1 for a length of 2**22 or more.
    LOAD_FAST 3
    LOAD_FAST 4
    BINARY or
    LOAD_FAST 5
    BINARY or
    LOAD_FAST 6
    BINARY or
    PUSH_INT 0
    COMPARE lt
    POP_JUMP_IF_TRUE e_size
    ; The checksum covers what follows the header.
    PUSH_INT 65535
    STORE_GLOBAL {lo}
    PUSH_INT 65535
    STORE_GLOBAL {hi}
    ; Code words, through port 12.
    PUSH_INT 0
    STORE_FAST 9
code:
    LOAD_FAST 9
    LOAD_FAST 3
    COMPARE lt
    POP_JUMP_IF_FALSE data0
    PUSH_IMM @rw/0
    CALL 0
    POP
    LOAD_FAST 9
    IO_WRITE 12
    LOAD_FAST 9
    PUSH_INT 1
    BINARY add
    STORE_FAST 9
    JUMP code
data0:
    PUSH_INT 0
    STORE_FAST 9
data:
    LOAD_FAST 9
    LOAD_FAST 4
    COMPARE lt
    POP_JUMP_IF_FALSE heap0
    PUSH_IMM @rw/0
    CALL 0
    POP
    LOAD_FAST 9
    IO_READ 11
    STORE_DATA
    LOAD_FAST 9
    PUSH_INT 1
    BINARY add
    STORE_FAST 9
    JUMP data
; Heap word 0 is never used (and cannot be stored to): checked, not kept.
heap0:
    PUSH_INT 0
    STORE_FAST 9
heap:
    LOAD_FAST 9
    LOAD_FAST 5
    COMPARE lt
    POP_JUMP_IF_FALSE debug0
    PUSH_IMM @rw/0
    CALL 0
    POP
    LOAD_FAST 9
    POP_JUMP_IF_FALSE heap_next
    LOAD_FAST 9
    PTR
    PUSH_INT 0
    IO_READ 11
    STORE_ITEM
heap_next:
    LOAD_FAST 9
    PUSH_INT 1
    BINARY add
    STORE_FAST 9
    JUMP heap
debug0:
    PUSH_INT 0
    STORE_FAST 9
debug:
    LOAD_FAST 9
    LOAD_FAST 6
    COMPARE lt
    POP_JUMP_IF_FALSE check
    PUSH_IMM @rb/0
    CALL 0
    POP
    LOAD_FAST 9
    PUSH_INT 1
    BINARY add
    STORE_FAST 9
    JUMP debug
check:
    LOAD_GLOBAL {lo}
    PUSH_INT 65535
    BINARY xor
    LOAD_FAST 7
    COMPARE ne
    POP_JUMP_IF_TRUE e_crc
    LOAD_GLOBAL {hi}
    PUSH_INT 65535
    BINARY xor
    LOAD_FAST 8
    COMPARE ne
    POP_JUMP_IF_TRUE e_crc
{ok}    ; Start the program: entry 0, stack base = its data words.
    LOAD_FAST 4
    IO_WRITE 13
started:
    JUMP started

{errs}
; A refused image: the error line (the reason's `puts` call is on the
; stack), then the rest of the image is read until the line is quiet, so
; that its bytes cannot look like a magic; then both LEDs.
refuse:
{err_prefix}    CALL 4
    POP
quiet:
    TICKS
    STORE_GLOBAL {t0}
drain:
    IO_READ 10
    PUSH_INT 0
    COMPARE ge
    POP_JUMP_IF_TRUE quiet
    TICKS
    LOAD_GLOBAL {t0}
    BINARY sub
    PUSH_INT {timeout}
    COMPARE gt
    POP_JUMP_IF_FALSE drain
    PUSH_INT 0
    PUSH_INT 1
    PIN_INIT
    PIN_OFF
    PUSH_INT 1
    PUSH_INT 1
    PIN_INIT
    PIN_OFF
    HALT

; rb(): the next byte, added to the checksum; `truncated` after the
; timeout. Locals: 0 byte, 1 bits left.
rb:
    PUSH_INT 0
    PUSH_INT 8
    PUSH_INT 0
rb_wait:
    IO_READ 10
    COPY 1
    STORE_FAST 0
    PUSH_INT 0
    COMPARE ge
    POP_JUMP_IF_TRUE rb_got
    TICKS
    LOAD_GLOBAL {t0}
    BINARY sub
    COPY 1
    PUSH_INT 0
    COMPARE lt
    POP_JUMP_IF_FALSE rb_late
    ; The cycle counter wrapped: start the wait again.
    POP
    TICKS
    STORE_GLOBAL {t0}
    JUMP rb_wait
rb_late:
    PUSH_INT {timeout}
    COMPARE gt
    POP_JUMP_IF_FALSE rb_wait
    JUMP e_trunc
rb_got:
    TICKS
    STORE_GLOBAL {t0}
    LOAD_GLOBAL {lo}
    LOAD_FAST 0
    BINARY xor
    STORE_GLOBAL {lo}
rb_bit:
    LOAD_GLOBAL {lo}
    PUSH_INT 1
    BINARY and
    LOAD_GLOBAL {lo}
    PUSH_INT 1
    BINARY rshift
    LOAD_GLOBAL {hi}
    PUSH_INT 1
    BINARY and
    PUSH_INT 15
    BINARY lshift
    BINARY or
    STORE_GLOBAL {lo}
    LOAD_GLOBAL {hi}
    PUSH_INT 1
    BINARY rshift
    STORE_GLOBAL {hi}
    POP_JUMP_IF_FALSE rb_next
    LOAD_GLOBAL {lo}
    PUSH_INT 33568
    BINARY xor
    STORE_GLOBAL {lo}
    LOAD_GLOBAL {hi}
    PUSH_INT 60856
    BINARY xor
    STORE_GLOBAL {hi}
rb_next:
    LOAD_FAST 1
    PUSH_INT 1
    BINARY sub
    COPY 1
    STORE_FAST 1
    POP_JUMP_IF_TRUE rb_bit
    LOAD_FAST 0
    RETURN

; rw(): four bytes, into the receive word.
rw:
    PUSH_IMM @rb/0
    CALL 0
    POP
    PUSH_IMM @rb/0
    CALL 0
    POP
; r16(): a little-endian 16-bit number.
r16:
    PUSH_IMM @rb/0
    CALL 0
    PUSH_IMM @rb/0
    CALL 0
    PUSH_INT 8
    BINARY lshift
    BINARY or
    RETURN

; r32(): a little-endian length, or -1 from 2**22 on.
r32:
    PUSH_IMM @r16/0
    CALL 0
    PUSH_IMM @r16/0
    CALL 0
    COPY 1
    PUSH_INT 63
    COMPARE gt
    POP_JUMP_IF_TRUE r32_big
    PUSH_INT 16
    BINARY lshift
    BINARY or
    RETURN
r32_big:
    PUSH_INT -1
    RETURN

; puts(a, b, c, d): up to twelve characters, three 7-bit ones per int.
puts:
    PUSH_INT 0
puts_loop:
    LOAD_FAST 0
    COPY 1
    POP_JUMP_IF_FALSE puts_next
    PUSH_INT 127
    BINARY and
    IO_WRITE 0
    LOAD_FAST 0
    PUSH_INT 7
    BINARY rshift
    STORE_FAST 0
    JUMP puts_loop
puts_next:
    POP
    LOAD_FAST 1
    STORE_FAST 0
    LOAD_FAST 2
    STORE_FAST 1
    LOAD_FAST 3
    STORE_FAST 2
    PUSH_INT 0
    STORE_FAST 3
    LOAD_FAST 0
    POP_JUMP_IF_TRUE puts_loop
    RETURN

; hex(v, n): the low n hex digits of v.
hex:
    PUSH_INT 0
hex_loop:
    LOAD_FAST 1
    POP_JUMP_IF_FALSE hex_end
    LOAD_FAST 1
    PUSH_INT 1
    BINARY sub
    STORE_FAST 1
    LOAD_FAST 0
    LOAD_FAST 1
    PUSH_INT 2
    BINARY lshift
    BINARY rshift
    PUSH_INT 15
    BINARY and
    COPY 1
    PUSH_INT 9
    COMPARE gt
    POP_JUMP_IF_FALSE hex_digit
    PUSH_INT 39
    BINARY add
hex_digit:
    PUSH_INT 48
    BINARY add
    IO_WRITE 0
    JUMP hex_loop
hex_end:
    RETURN
"#,
        version = pysm_isa::image::VERSION,
        max_data = MAX_DATA,
        max_heap = MAX_HEAP,
    )
}

/// `image` with the boot loader (waiting `timeout` cycles for a byte) in
/// the top words of the board's code memory: what a bitstream built with
/// the boot controller holds.
pub fn install(image: &pysm_isa::Image, timeout: u64) -> Result<pysm_isa::Image, String> {
    let (origin, words) = loader(crate::CODE_WORDS, timeout);
    if image.code.len() > origin as usize {
        return Err(format!(
            "program too big for the board with its boot loader: {} instructions, the code \
             memory has {origin} below the loader",
            image.code.len()
        ));
    }
    let mut out = image.clone();
    out.code.resize(origin as usize, 0);
    out.code.extend(words);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use pysm_emu::machine::{Machine, Step};
    use pysm_isa::Image;

    /// The loader on the emulator, woken with `info`, `rx` in its receiver:
    /// what it sends, how it ends, and the machine.
    fn emulate(info: u32, rx: &[u8]) -> (String, Result<u32, pysm_isa::Fault>, Machine) {
        let (origin, words) = loader(crate::CODE_WORDS, 1000);
        let mut code = vec![0; origin as usize];
        code.extend(words);
        let image = Image {
            entry: origin,
            code,
            data: vec![0; STACK_BASE as usize],
            ..Default::default()
        };
        let mut m = Machine::new(&image);
        m.boot_info = info;
        m.rx = rx.iter().copied().collect();
        let mut out = Vec::new();
        let mut env = pysm_emu::GpioEnv::new();
        let end = loop {
            if m.cycle > 5_000_000 {
                panic!("loader still running");
            }
            match m.step(&mut env, &mut out) {
                Step::Retired(_) if m.pc as usize >= crate::CODE_WORDS => break Ok(m.pc),
                Step::Retired(r)
                    if r.instr == pysm_isa::asm::assemble("IO_WRITE 13").unwrap()[0] =>
                {
                    break Ok(m.pc)
                }
                Step::Retired(_) => {}
                Step::Halted(_) => break Ok(m.pc),
                Step::Faulted(f) => break Err(f),
            }
        };
        (String::from_utf8_lossy(&out).into_owned(), end, m)
    }

    #[test]
    fn loads_an_image_on_the_emulator() {
        let mut image = Image {
            entry: 0,
            code: vec![0x1234_5678, 0xFFFF_FFFF, 7],
            data: vec![0x8000_0001, 3, 0xDEAD_BEEF],
            heap: vec![0, 0xCAFE_F00D, 5],
            ..Default::default()
        };
        image.debug.file = "x.py".into();
        let bytes = image.to_bytes();
        let (out, end, m) = emulate(pysm_isa::io::BOOT_MAGIC, &bytes[4..]);
        assert_eq!(out, pysm_isa::io::BOOT_OK, "{end:?}");
        assert_eq!(m.code[..3], image.code[..]);
        assert_eq!(m.data[..3], image.data[..]);
        assert_eq!(m.heap[1..3], image.heap[1..]);
    }

    #[test]
    fn puts_on_the_emulator() {
        let (out, _, _) = emulate(pysm_isa::io::BOOT_STOPPED | 5 << 16 | 0x1A2, &[]);
        assert_eq!(out, "\npysm: fault 0x05 at pc 0x01a2\n\u{4}");
    }
}
