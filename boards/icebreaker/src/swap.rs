//! Swapping a program into an existing bitstream with `icebram`, in seconds.
//!
//! The base design is synthesised once with random placeholder contents in
//! the code and data block RAMs (icebram finds a memory by its contents, so
//! the placeholder must be random: no two 256 x 1-bit slices alike, and no
//! constant bits for yosys to trim). A program is then written over the
//! placeholders in the `.asc` and repacked.
//!
//! The entry point and the stack base are constants of the core, not memory
//! contents, so a swappable base fixes them: the entry is 0 (the linker
//! always puts `<module>` first) and the stack starts at [`SWAP_STACK_BASE`];
//! a program's data words are padded with zeros up to it.

use crate::CODE_WORDS;
use anyhow::{bail, Context, Result};
use pysm_isa::mem::DATA_WORDS;
use pysm_isa::Image;
use std::path::Path;
use std::process::Command;

/// Data words reserved for globals and constants in a swappable base; the
/// data stack gets the rest.
pub const SWAP_STACK_BASE: u32 = 256;

pub const CODE_PLACEHOLDER: &str = "code_placeholder.hex";
pub const DATA_PLACEHOLDER: &str = "data_placeholder.hex";

/// Random words from a fixed-seed generator (xorshift64*), reproducible.
pub fn random_words(seed: u64, n: usize) -> Vec<u32> {
    let mut x = seed | 1;
    (0..n)
        .map(|_| {
            x ^= x >> 12;
            x ^= x << 25;
            x ^= x >> 27;
            (x.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 32) as u32
        })
        .collect()
}

/// The placeholder image of a swappable base: random code and data, and
/// the boot loader in the top code words (a swap keeps it there).
pub fn placeholder() -> Image {
    let mut code = random_words(0x5059_534D_0001, CODE_WORDS - crate::loader::LOADER_WORDS);
    code.extend(crate::loader::loader(CODE_WORDS, crate::loader::BOARD_TIMEOUT).1);
    // Random words after the loader (unused), so that icebram can tell
    // the slices of the loader's blocks apart too.
    let n = CODE_WORDS - code.len();
    code.extend(random_words(0x5059_534D_0003, n));
    Image {
        entry: 0,
        code,
        data: random_words(0x5059_534D_0002, DATA_WORDS),
        heap: vec![],
        debug: Default::default(),
    }
}

/// One word per line, as icebram reads and writes them.
pub fn hex(words: &[u32]) -> String {
    words.iter().map(|w| format!("{w:08x}\n")).collect()
}

/// `image` laid out for a swappable base: data padded to the fixed stack
/// base. Fails when the program does not fit.
pub fn for_swap(image: &Image) -> Result<Image> {
    if image.entry != 0 {
        bail!(
            "the program's entry is {}, a swappable bitstream starts at 0",
            image.entry
        );
    }
    if image.code.len() > CODE_WORDS {
        bail!(
            "{} instructions, the code block RAM holds {CODE_WORDS} (`make bitstream \
             PROGRAM=...` puts a larger program in the SPI flash)",
            image.code.len()
        );
    }
    if let Err(e) = crate::check_image(image) {
        bail!("{e}");
    }
    if image.data.len() > SWAP_STACK_BASE as usize {
        bail!(
            "{} data words: a swappable bitstream has room for {SWAP_STACK_BASE} \
             (use `make bitstream PROGRAM=...` instead)",
            image.data.len()
        );
    }
    let mut out = image.clone();
    out.data.resize(SWAP_STACK_BASE as usize, 0);
    Ok(out)
}

/// Write the placeholder hex files of a base into `dir`.
pub fn write_placeholders(dir: &Path) -> Result<()> {
    let p = placeholder();
    std::fs::create_dir_all(dir)?;
    std::fs::write(dir.join(CODE_PLACEHOLDER), hex(&p.code))?;
    std::fs::write(dir.join(DATA_PLACEHOLDER), hex(&p.data))?;
    Ok(())
}

fn icebram(from: &Path, to: &Path, asc: &[u8]) -> Result<Vec<u8>> {
    use std::io::Write;
    let tool = std::env::var("ICEBRAM").unwrap_or_else(|_| "icebram".into());
    let mut child = Command::new(&tool)
        .arg(from)
        .arg(to)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .with_context(|| format!("cannot run {tool} (run `make tools`)"))?;
    let mut stdin = child.stdin.take().unwrap();
    let input = asc.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let out = child.wait_with_output()?;
    writer.join().unwrap()?;
    if !out.status.success() {
        bail!(
            "{tool} {} {} failed: {}",
            from.display(),
            to.display(),
            String::from_utf8_lossy(&out.stderr).trim()
        );
    }
    Ok(out.stdout)
}

/// Swap `image` into the base built in `base_dir` (`top.asc` and the
/// placeholders), writing `out_dir/top.asc`, `top.bin`, `program.pysm`
/// (the padded image that runs), and the base's pin file and nextpnr log
/// (the placement is the base's).
pub fn swap(image: &Image, base_dir: &Path, out_dir: &Path) -> Result<()> {
    let image = for_swap(image)?;
    std::fs::create_dir_all(out_dir)?;
    let mut code = crate::loader::install(&image, crate::loader::BOARD_TIMEOUT)
        .map_err(|e| anyhow::anyhow!(e))?
        .code;
    code.resize(CODE_WORDS, 0);
    let mut data = image.data.clone();
    data.resize(DATA_WORDS, 0);
    let code_hex = out_dir.join("code.hex");
    let data_hex = out_dir.join("data.hex");
    std::fs::write(&code_hex, hex(&code))?;
    std::fs::write(&data_hex, hex(&data))?;
    let base_asc = base_dir.join("top.asc");
    let asc = std::fs::read(&base_asc).with_context(|| {
        format!(
            "cannot read {} (build the base first: `make swap` does)",
            base_asc.display()
        )
    })?;
    let asc = icebram(&base_dir.join(CODE_PLACEHOLDER), &code_hex, &asc)?;
    let asc = icebram(&base_dir.join(DATA_PLACEHOLDER), &data_hex, &asc)?;
    std::fs::write(out_dir.join("top.asc"), &asc)?;
    std::fs::write(out_dir.join("program.pysm"), image.to_bytes())?;
    // A stream left by a flash swap would be flashed beside this bitstream.
    let _ = std::fs::remove_file(out_dir.join(FLASH_STREAM));
    for f in ["top.pcf", "nextpnr.log"] {
        std::fs::copy(base_dir.join(f), out_dir.join(f))
            .with_context(|| format!("cannot copy {f} from {}", base_dir.display()))?;
    }
    let tool = std::env::var("ICEPACK").unwrap_or_else(|_| "icepack".into());
    let st = Command::new(&tool)
        .args(["top.asc", "top.bin"])
        .current_dir(out_dir)
        .status()
        .with_context(|| format!("cannot run {tool}"))?;
    if !st.success() {
        bail!("{tool} failed");
    }
    Ok(())
}

/// The flash stream's file, beside the bitstream (`make prog` writes it at
/// `flash_boot::FLASH_OFFSET`).
pub const FLASH_STREAM: &str = "program.bin";

/// A flash swap found no flash base to take the bitstream from.
#[derive(Debug)]
pub struct NoFlashBase(pub std::path::PathBuf);

impl std::fmt::Display for NoFlashBase {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(
            f,
            "no flash base in {} (`make flash-base` builds it, once)",
            self.0.display()
        )
    }
}

impl std::error::Error for NoFlashBase {}

/// The swap of a program too large for the base: the flash design does
/// not depend on the program, so the flash base's bitstream (`top.bin`,
/// with its `top.asc`, pin file and nextpnr log) is copied to `out_dir`
/// beside the program's flash stream (`program.bin`) and `program.pysm`.
/// Returns the stream's size in bytes.
pub fn swap_flash(image: &Image, flash_base: &Path, out_dir: &Path) -> Result<usize> {
    let stream = crate::flash_boot::stream(image).map_err(|e| anyhow::anyhow!(e))?;
    if !flash_base.join("top.bin").is_file() {
        return Err(NoFlashBase(flash_base.to_path_buf()).into());
    }
    std::fs::create_dir_all(out_dir)?;
    for f in ["top.bin", "top.asc", "top.pcf", "nextpnr.log"] {
        std::fs::copy(flash_base.join(f), out_dir.join(f))
            .with_context(|| format!("cannot copy {f} from {}", flash_base.display()))?;
    }
    std::fs::write(out_dir.join(FLASH_STREAM), &stream)?;
    std::fs::write(out_dir.join("program.pysm"), image.to_bytes())?;
    Ok(stream.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholder_slices_are_distinct() {
        // icebram matches 256-word x 1-bit slices: every one must differ
        // from every other one, and none may be constant (the loader's
        // blocks too: random words follow it).
        let p = placeholder();
        assert_eq!(p.code.len(), CODE_WORDS);
        for words in [&p.code, &p.data] {
            let mut seen = std::collections::HashSet::new();
            for chunk in words.chunks(256) {
                for bit in 0..32 {
                    let s: Vec<bool> = chunk.iter().map(|w| w >> bit & 1 == 1).collect();
                    assert!(s.iter().any(|&b| b) && s.iter().any(|&b| !b));
                    assert!(seen.insert(s), "two equal slices");
                }
            }
        }
    }

    #[test]
    fn pads_the_data_to_the_fixed_stack_base() {
        let mut im = Image {
            entry: 0,
            code: vec![1, 2, 3],
            data: vec![7; 5],
            heap: vec![],
            debug: Default::default(),
        };
        let s = for_swap(&im).unwrap();
        assert_eq!(s.stack_base(), SWAP_STACK_BASE);
        assert_eq!(&s.data[..6], &[7, 7, 7, 7, 7, 0]);
        im.data = vec![0; SWAP_STACK_BASE as usize + 1];
        assert!(for_swap(&im).is_err());
    }

    #[test]
    fn a_flash_swap_copies_the_flash_base_and_writes_the_stream() {
        let root = std::env::temp_dir().join(format!("pysm-flash-swap-{}", std::process::id()));
        let (base, out) = (root.join("flashbase"), root.join("out"));
        let _ = std::fs::remove_dir_all(&root);
        let im = Image {
            entry: 0,
            code: vec![5; CODE_WORDS + 1],
            data: vec![1, 2],
            heap: vec![],
            debug: Default::default(),
        };
        assert!(for_swap(&im).is_err(), "too large for the base");
        let e = swap_flash(&im, &base, &out).unwrap_err();
        assert!(e.downcast_ref::<NoFlashBase>().is_some(), "{e}");
        std::fs::create_dir_all(&base).unwrap();
        for f in ["top.bin", "top.asc", "top.pcf", "nextpnr.log"] {
            std::fs::write(base.join(f), f).unwrap();
        }
        let n = swap_flash(&im, &base, &out).unwrap();
        let stream = std::fs::read(out.join(FLASH_STREAM)).unwrap();
        assert_eq!(stream, crate::flash_boot::stream(&im).unwrap());
        assert_eq!(n, stream.len());
        assert_eq!(std::fs::read(out.join("top.bin")).unwrap(), b"top.bin");
        assert_eq!(
            Image::from_bytes(&std::fs::read(out.join("program.pysm")).unwrap()).unwrap(),
            im
        );
        std::fs::remove_dir_all(&root).unwrap();
    }
}
