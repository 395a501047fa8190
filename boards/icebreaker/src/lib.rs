//! iCEBreaker board support for PySM: the PLL, the GPIO pads, the console
//! UART, the board top around the processor's `Soc`, and the
//! yosys/nextpnr/icepack flow.

pub mod fault_report;
pub mod flash_boot;
pub mod flow;
pub mod gpio;
pub mod loader;
pub mod netsim;
pub mod pins;
pub mod pll;
pub mod spram;
pub mod standin;
pub mod swap;
pub mod top;
pub mod uart_tx;

pub use flow::{FlowOptions, Summary};
pub use pll::{ClockPlan, PllConfig};
pub use top::StandinTop;
#[cfg(feature = "soc")]
pub use top::{FlashTop, LoaderTop, Top};

/// Code address bits of the processor on the board: its code memory is
/// block RAM (`1 << CODE_BITS` words); the heap is the SPRAM.
pub const CODE_BITS: usize = 10;
/// Instructions in the board's code memory.
pub const CODE_WORDS: usize = 1 << CODE_BITS;

/// Whether an image runs from the board's block RAMs (baked or swapped):
/// its code fits the block RAM, and it has no static heap objects (the
/// SPRAM holding the heap cannot be initialised by the bitstream). Other
/// programs run from the SPI flash (`flash_boot`).
pub fn check_image(image: &pysm_isa::Image) -> Result<(), String> {
    pysm_cpu::check_image_for(image, CODE_WORDS)?;
    // Word 0 of the heap is never used; objects start at word 1.
    let used = image.heap.iter().rposition(|&w| w != 0).unwrap_or(0);
    if used != 0 {
        return Err(format!(
            "the program has {used} words of static heap objects (strings): the bitstream \
             cannot initialise the heap memory (SPRAM); `make bitstream` puts such a program \
             in the SPI flash"
        ));
    }
    Ok(())
}
