//! The flash boot: programs too large for the code block RAM live in the
//! board's SPI flash, after the bitstream, and this block copies them into
//! the processor's memories at power-up.
//!
//! The stream (`stream`, written at [`FLASH_OFFSET`] by `make prog`) is
//! big-endian 32-bit words: [`STREAM_MAGIC`], then the code, data and heap
//! sections, each as its word count and its words, and a CRC-32/MPEG-2 of
//! everything between the magic and itself. After the PLL locks the block
//! wakes the flash (`0xAB`: the iCE40 puts it to sleep after configuring),
//! waits the 3 us the flash needs, reads from 1 MiB with `0x03` at half the
//! design clock, and writes each word as it completes: code to the code
//! SPRAM, data and heap through the top. The processor is held until the
//! CRC matches; a missing or corrupt image stops here with a
//! fault code of its own (`FAULT_*`), which the board's fault report sends.
//! The copy takes 64 cycles a word: 0.2 s for 50K words at 16.875 MHz.
//!
//! The same stream also comes over the UART (`pysm flash`): `reload` (the
//! board top saw the magic `PYSM`) starts over at the stream's magic with
//! the received bytes as the bits, the processor held again; a stream
//! that stops for [`UART_TIMEOUT_CYCLES`] is refused ([`FAULT_IMAGE_TRUNCATED`]).

use pysm_isa::mem::{DATA_WORDS, STATIC_HEAP_MAX};
use pysm_isa::Image;
use rust_hdl::prelude::*;

/// Where the stream starts in the flash: 1 MiB, above the bitstream.
pub const FLASH_OFFSET: u32 = 0x10_0000;
/// The stream's first word, "PYS" and the format version.
pub const STREAM_MAGIC: u32 = 0x5059_5301;
/// Code words a flash program may have: two SPRAMs, 16K x 32.
pub const FLASH_CODE_WORDS: usize = 1 << 14;
/// Fault codes of a stream that is refused: no stream (an erased or
/// foreign flash), a CRC mismatch. A count too large for its memory
/// wraps its addresses and is caught by the CRC.
pub const FAULT_NO_IMAGE: u8 = 0xF0;
pub const FAULT_IMAGE_CRC: u8 = 0xF1;
/// A stream over the UART stopped before its end.
pub const FAULT_IMAGE_TRUNCATED: u8 = 0xF2;
/// Cycles without a byte after which a stream over the UART is refused:
/// 2**22, 0.25 s at 16.875 MHz (a byte takes 87 us).
pub const UART_TIMEOUT_CYCLES: u64 = 1 << 22;
/// The flash commands: release from power-down, read.
pub const CMD_WAKE: u8 = 0xAB;
pub const CMD_READ: u8 = 0x03;
/// The flash's wake-up time (tRES1 of the W25Q128), in nanoseconds.
pub const WAKE_NS: u64 = 3_000;
/// Cycles between the wake-up command and the read: at least `WAKE_NS` up
/// to 85 MHz.
pub const WAKE_CYCLES: u64 = 256;
/// Design clock cycles per stream bit (the flash clock is half the design's).
pub const CYCLES_PER_BIT: u64 = 2;

/// CRC-32/MPEG-2: polynomial 0x04C11DB7, most significant bit first, all
/// ones at the start, no final inversion: the hardware shifts it bit by bit
/// as the bits arrive.
pub fn crc32_mpeg2(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        for i in (0..8).rev() {
            let fb = (crc >> 31) ^ (b as u32 >> i & 1);
            crc <<= 1;
            if fb != 0 {
                crc ^= 0x04C1_1DB7;
            }
        }
    }
    crc
}

/// The flash stream of an image, or why it cannot have one.
pub fn stream(image: &Image) -> Result<Vec<u8>, String> {
    if image.entry != 0 {
        return Err(format!(
            "the entry point is {}, not 0: not a linked program",
            image.entry
        ));
    }
    for (what, n, max) in [
        ("instructions", image.code.len(), FLASH_CODE_WORDS),
        ("data words", image.data.len(), DATA_WORDS),
        (
            "static heap words",
            image.heap.len(),
            STATIC_HEAP_MAX.min(1 << 15),
        ),
    ] {
        if n > max {
            return Err(format!(
                "{n} {what}: the board's flash program holds at most {max}"
            ));
        }
    }
    if image.code.is_empty() || image.data.is_empty() {
        return Err("an image without code or data".into());
    }
    let mut words = vec![STREAM_MAGIC];
    for section in [&image.code, &image.data, &image.heap] {
        words.push(section.len() as u32);
        words.extend(section);
    }
    let mut bytes: Vec<u8> = words.iter().flat_map(|w| w.to_be_bytes()).collect();
    let crc = crc32_mpeg2(&bytes[4..]);
    bytes.extend_from_slice(&crc.to_be_bytes());
    Ok(bytes)
}

/// Design clock cycles from the start of the flash boot to the release of
/// the processor, for a stream of `len` bytes.
pub fn boot_cycles(len: usize) -> u64 {
    // Idle one cycle, the wake-up byte, the gap, the command, the words.
    1 + 8 * CYCLES_PER_BIT + WAKE_CYCLES + 32 * CYCLES_PER_BIT + 8 * CYCLES_PER_BIT * len as u64
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, LogicState)]
pub enum FbState {
    Idle,
    Wake,
    Gap,
    Cmd,
    Words,
    Done,
    Fail,
}

#[derive(LogicBlock)]
pub struct FlashBoot {
    pub clock: Signal<In, Clock>,
    /// Start (the PLL has locked).
    pub enable: Signal<In, Bit>,
    pub sck: Signal<Out, Bit>,
    pub cs_n: Signal<Out, Bit>,
    pub mosi: Signal<Out, Bit>,
    pub miso: Signal<In, Bit>,
    /// The processor must wait: the image is loading, or was refused.
    pub busy: Signal<Out, Bit>,
    /// Write `data` to word `addr` of section `target` (0 code, 1 data,
    /// 2 heap) in this cycle.
    pub we: Signal<Out, Bit>,
    pub target: Signal<Out, Bits<2>>,
    pub addr: Signal<Out, Bits<15>>,
    pub data: Signal<Out, Bits<32>>,
    /// The program's stack base: its data words.
    pub stack: Signal<Out, Bits<16>>,
    /// 0, or the `FAULT_*` code of a refused stream.
    pub error: Signal<Out, Bits<8>>,
    /// Start over with the stream from the UART (one cycle; ignored while
    /// a stream comes from it).
    pub reload: Signal<In, Bit>,
    /// A byte received on the UART, in this cycle.
    pub rx_valid: Signal<In, Bit>,
    pub rx_byte: Signal<In, Bits<8>>,
    /// A stream is coming from the UART (the top looks for no magic).
    pub from_uart: Signal<Out, Bit>,
    /// A stream from the UART has just been loaded (one cycle).
    pub loaded: Signal<Out, Bit>,
    state: DFF<FbState>,
    /// The stream comes from the UART: `ubyte`'s `ubits` bits are next.
    uart: DFF<Bit>,
    ubyte: DFF<Bits<8>>,
    ubits: DFF<Bits<4>>,
    /// Cycles since the last byte from the UART.
    idle: DFF<Bits<22>>,
    /// A reload's stream has not been reported loaded yet.
    fresh: DFF<Bit>,
    sck_r: DFF<Bit>,
    cs_r: DFFWithInit<Bit>,
    /// Bits left in the current transfer.
    left: DFF<Bits<6>>,
    shift: DFF<Bits<32>>,
    crc: DFF<Bits<32>>,
    /// Where the stream is: 0 magic; 1, 3, 5 the code, data and heap
    /// counts; 2, 4, 6 their words; 7 the CRC.
    part: DFF<Bits<3>>,
    /// The current section's count, and the data count (the stack base).
    n: DFF<Bits<15>>,
    n_data: DFF<Bits<11>>,
    /// The word address in the section; before the command, the wait
    /// after the wake-up.
    addr_r: DFF<Bits<15>>,
    /// The stream was refused: its CRC (else no magic), or it stopped.
    failed_crc: DFF<Bit>,
    truncated: DFF<Bit>,
    magic: Constant<Bits<32>>,
    poly: Constant<Bits<32>>,
    wake_cmd: Constant<Bits<32>>,
    read_cmd: Constant<Bits<32>>,
    f_none: Constant<Bits<8>>,
    f_crc: Constant<Bits<8>>,
    f_trunc: Constant<Bits<8>>,
    /// `UART_TIMEOUT_CYCLES - 1` (smaller in tests).
    idle_max: Constant<Bits<22>>,
    /// The stream's next bit: from the flash or the UART.
    in_bit: Signal<Local, Bit>,
    stepping: Signal<Local, Bit>,
    word: Signal<Local, Bits<32>>,
    crc_next: Signal<Local, Bits<32>>,
    wake_sh: Signal<Local, Bits<32>>,
    read_sh: Signal<Local, Bits<32>>,
    left_m1: Signal<Local, Bits<6>>,
    addr_p1: Signal<Local, Bits<15>>,
    last_bit: Signal<Local, Bit>,
}

impl Default for FlashBoot {
    fn default() -> Self {
        FlashBoot {
            clock: Default::default(),
            enable: Default::default(),
            sck: Default::default(),
            cs_n: Default::default(),
            mosi: Default::default(),
            miso: Default::default(),
            busy: Default::default(),
            we: Default::default(),
            target: Default::default(),
            addr: Default::default(),
            data: Default::default(),
            stack: Default::default(),
            error: Default::default(),
            reload: Default::default(),
            rx_valid: Default::default(),
            rx_byte: Default::default(),
            from_uart: Default::default(),
            loaded: Default::default(),
            fresh: Default::default(),
            state: Default::default(),
            uart: Default::default(),
            ubyte: Default::default(),
            ubits: Default::default(),
            idle: Default::default(),
            sck_r: Default::default(),
            cs_r: DFFWithInit::new(true),
            left: Default::default(),
            shift: Default::default(),
            crc: Default::default(),
            part: Default::default(),
            n: Default::default(),
            n_data: Default::default(),
            addr_r: Default::default(),
            failed_crc: Default::default(),
            truncated: Default::default(),
            magic: Constant::new((STREAM_MAGIC as u64).to_bits()),
            poly: Constant::new(0x04C1_1DB7u64.to_bits()),
            wake_cmd: Constant::new((CMD_WAKE as u64).to_bits()),
            read_cmd: Constant::new(((CMD_READ as u64) << 24 | FLASH_OFFSET as u64).to_bits()),
            f_none: Constant::new((FAULT_NO_IMAGE as u64).to_bits()),
            f_crc: Constant::new((FAULT_IMAGE_CRC as u64).to_bits()),
            f_trunc: Constant::new((FAULT_IMAGE_TRUNCATED as u64).to_bits()),
            idle_max: Constant::new((UART_TIMEOUT_CYCLES - 1).to_bits()),
            in_bit: Default::default(),
            stepping: Default::default(),
            word: Default::default(),
            crc_next: Default::default(),
            wake_sh: Default::default(),
            read_sh: Default::default(),
            left_m1: Default::default(),
            addr_p1: Default::default(),
            last_bit: Default::default(),
        }
    }
}

impl FlashBoot {
    /// A block whose UART stream times out after `cycles` without a byte.
    pub fn with_uart_timeout(cycles: u64) -> FlashBoot {
        assert!((2..=UART_TIMEOUT_CYCLES).contains(&cycles));
        FlashBoot {
            idle_max: Constant::new((cycles - 1).to_bits()),
            ..Default::default()
        }
    }
}

impl Logic for FlashBoot {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, state, sck_r, cs_r, left, shift, crc, part, n, n_data, addr_r, failed_crc,
            truncated, uart, ubyte, ubits, idle, fresh
        );
        self.loaded.next = self.fresh.q.val() & (self.state.q.val() == FbState::Done);
        if self.state.q.val() == FbState::Done {
            self.fresh.d.next = false;
        }
        // The flash's clock runs only while the flash is read.
        self.sck.next = self.sck_r.q.val() & !self.uart.q.val();
        self.from_uart.next = self.uart.q.val() & (self.state.q.val() == FbState::Words);
        self.cs_n.next = self.cs_r.q.val();
        self.busy.next = self.state.q.val() != FbState::Done;
        self.error.next = 0.into();
        if self.state.q.val() == FbState::Fail {
            self.error.next = self.f_none.val();
            if self.failed_crc.q.val() {
                self.error.next = self.f_crc.val();
            }
            if self.truncated.q.val() {
                self.error.next = self.f_trunc.val();
            }
        }
        self.stack.next = bit_cast::<16, 11>(self.n_data.q.val());
        // The command bits go out most significant first, from constants.
        self.left_m1.next = self.left.q.val() - 1;
        self.wake_sh.next = self.wake_cmd.val() >> self.left_m1.val();
        self.read_sh.next = self.read_cmd.val() >> self.left_m1.val();
        self.mosi.next = self.read_sh.val().get_bit(0);
        if self.state.q.val() == FbState::Wake {
            self.mosi.next = self.wake_sh.val().get_bit(0);
        }
        // The word with the bit sampled now (at the end of SCK's high half).
        self.in_bit.next = self.miso.val();
        if self.uart.q.val() {
            self.in_bit.next = self.ubyte.q.val().get_bit(7);
        }
        self.word.next = self.shift.q.val() << 1;
        if self.in_bit.val() {
            self.word.next = (self.shift.q.val() << 1) | 1;
        }
        self.crc_next.next = self.crc.q.val() << 1;
        if self.crc.q.val().get_bit(31) ^ self.in_bit.val() {
            self.crc_next.next = (self.crc.q.val() << 1) ^ self.poly.val();
        }
        self.last_bit.next = self.sck_r.q.val() & (self.left.q.val() == 1);
        self.addr_p1.next = self.addr_r.q.val() + 1;
        self.stepping.next = !self.uart.q.val() | self.ubits.q.val().any();
        // Parts 2, 4 and 6 are the sections: code, data, heap.
        self.we.next = (self.state.q.val() == FbState::Words)
            & self.last_bit.val()
            & (self.part.q.val() != 0)
            & !self.part.q.val().get_bit(0);
        self.target.next = self.part.q.val().get_bits::<2>(1) - 1;
        self.addr.next = self.addr_r.q.val();
        self.data.next = self.word.val();

        match self.state.q.val() {
            FbState::Idle => {
                if self.enable.val() {
                    self.state.d.next = FbState::Wake;
                    self.cs_r.d.next = false;
                    self.left.d.next = 8.into();
                }
            }
            FbState::Gap => {
                self.addr_r.d.next = self.addr_p1.val();
                if self.addr_r.q.val().get_bits::<8>(0).all() {
                    self.addr_r.d.next = 0.into();
                    self.state.d.next = FbState::Cmd;
                    self.cs_r.d.next = false;
                    self.left.d.next = 32.into();
                }
            }
            FbState::Done => {}
            FbState::Fail => {}
            _ => {
                // Wake, Cmd, Words: one bit every two cycles (from the
                // UART, while a received byte has bits left).
                if self.stepping.val() {
                    self.sck_r.d.next = !self.sck_r.q.val();
                }
                if self.sck_r.q.val() {
                    self.ubyte.d.next = self.ubyte.q.val() << 1;
                    self.ubits.d.next = self.ubits.q.val() - 1;
                    self.left.d.next = self.left_m1.val();
                    self.shift.d.next = self.word.val();
                    if (self.state.q.val() == FbState::Words)
                        & (self.part.q.val() != 0)
                        & (self.part.q.val() != 7)
                    {
                        self.crc.d.next = self.crc_next.val();
                    }
                }
                if self.last_bit.val() {
                    match self.state.q.val() {
                        FbState::Wake => {
                            self.cs_r.d.next = true;
                            self.state.d.next = FbState::Gap;
                        }
                        FbState::Cmd => {
                            self.left.d.next = 32.into();
                            self.state.d.next = FbState::Words;
                            self.crc.d.next = 0xFFFF_FFFF_u64.into();
                        }
                        _ => {
                            self.left.d.next = 32.into();
                            match self.part.q.val().index() {
                                0 => {
                                    self.part.d.next = 1.into();
                                    if self.word.val() != self.magic.val() {
                                        self.state.d.next = FbState::Fail;
                                        self.cs_r.d.next = true;
                                    }
                                }
                                7 => {
                                    self.cs_r.d.next = true;
                                    self.state.d.next = FbState::Done;
                                    if self.word.val() != self.crc.q.val() {
                                        self.failed_crc.d.next = true;
                                        self.state.d.next = FbState::Fail;
                                    }
                                }
                                1 => {
                                    self.n.d.next = self.word.val().get_bits::<15>(0);
                                    self.part.d.next = 2.into();
                                }
                                3 => {
                                    self.n.d.next = self.word.val().get_bits::<15>(0);
                                    self.n_data.d.next = self.word.val().get_bits::<11>(0);
                                    self.part.d.next = 4.into();
                                }
                                5 => {
                                    // An empty heap section: straight to the CRC.
                                    self.n.d.next = self.word.val().get_bits::<15>(0);
                                    self.part.d.next = 6.into();
                                    if !self.word.val().get_bits::<15>(0).any() {
                                        self.part.d.next = 7.into();
                                    }
                                }
                                _ => {
                                    // A section word: written now (`we`).
                                    self.addr_r.d.next = self.addr_p1.val();
                                    if self.addr_p1.val() == self.n.q.val() {
                                        self.addr_r.d.next = 0.into();
                                        self.part.d.next = self.part.q.val() + 1;
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        // A stream from the UART: its bytes, and its end if they stop.
        if self.uart.q.val() & (self.state.q.val() == FbState::Words) {
            self.idle.d.next = self.idle.q.val() + 1;
            if self.rx_valid.val() {
                self.ubyte.d.next = self.rx_byte.val();
                self.ubits.d.next = 8.into();
                self.idle.d.next = 0.into();
            }
            if self.idle.q.val() == self.idle_max.val() {
                self.truncated.d.next = true;
                self.state.d.next = FbState::Fail;
            }
        }
        if self.reload.val() & !self.from_uart.val() {
            self.uart.d.next = true;
            self.fresh.d.next = true;
            self.state.d.next = FbState::Words;
            self.cs_r.d.next = true;
            self.sck_r.d.next = false;
            self.left.d.next = 32.into();
            self.part.d.next = 0.into();
            self.addr_r.d.next = 0.into();
            self.crc.d.next = 0xFFFF_FFFF_u64.into();
            self.failed_crc.d.next = false;
            self.truncated.d.next = false;
            self.ubits.d.next = 0.into();
            self.idle.d.next = 0.into();
        }
    }
}

/// A model of the board's SPI flash (W25Q128) for simulations, sampled
/// once per design clock cycle: it starts powered down, as the iCE40 leaves
/// it after configuration, wakes on `0xAB` and checks the wake-up time,
/// and answers `0x03` reads from its contents (erased, 0xFF, elsewhere).
pub struct SpiFlash {
    base: u32,
    contents: Vec<u8>,
    wake_cycles: u64,
    cycle: u64,
    powered_down: bool,
    woke_at: Option<u64>,
    cs_prev: bool,
    sck_prev: bool,
    bits: u32,
    shift: u32,
    reading: bool,
    addr: u32,
    out_bit: u64,
    miso: bool,
    /// The first protocol error seen (a command too early after wake-up).
    pub violation: Option<String>,
    /// Bytes read by `0x03` commands.
    pub bytes_read: u64,
}

impl SpiFlash {
    /// A flash holding `contents` at byte address `base`, clocked (its
    /// sampler) at `clock_hz`.
    pub fn new(base: u32, contents: Vec<u8>, clock_hz: u64) -> SpiFlash {
        SpiFlash {
            base,
            contents,
            wake_cycles: (WAKE_NS * clock_hz).div_ceil(1_000_000_000),
            cycle: 0,
            powered_down: true,
            woke_at: None,
            cs_prev: true,
            sck_prev: false,
            bits: 0,
            shift: 0,
            reading: false,
            addr: 0,
            out_bit: 0,
            miso: true,
            violation: None,
            bytes_read: 0,
        }
    }

    fn byte(&self, a: u32) -> u8 {
        a.checked_sub(self.base)
            .and_then(|i| self.contents.get(i as usize))
            .copied()
            .unwrap_or(0xFF)
    }

    /// One design clock cycle with the pins as the FPGA drives them now;
    /// returns MISO for the next edge.
    pub fn step(&mut self, cs_n: bool, sck: bool, mosi: bool) -> bool {
        self.cycle += 1;
        if cs_n {
            if !self.cs_prev && self.bits == 8 && self.shift & 0xFF == CMD_WAKE as u32 {
                self.powered_down = false;
                self.woke_at = Some(self.cycle);
            }
            self.cs_prev = true;
            self.sck_prev = sck;
            self.bits = 0;
            self.reading = false;
            self.miso = true;
            return self.miso;
        }
        if self.cs_prev {
            if let Some(w) = self.woke_at {
                if self.cycle - w < self.wake_cycles && self.violation.is_none() {
                    self.violation = Some(format!(
                        "a command {} cycles after the wake-up, before tRES1 ({} cycles)",
                        self.cycle - w,
                        self.wake_cycles
                    ));
                }
            }
        }
        self.cs_prev = false;
        if sck && !self.sck_prev && !self.reading {
            self.shift = self.shift << 1 | mosi as u32;
            self.bits += 1;
            if self.bits == 32 && self.shift >> 24 == CMD_READ as u32 && !self.powered_down {
                self.reading = true;
                self.addr = self.shift & 0xFF_FFFF;
                self.out_bit = 0;
            }
        }
        if !sck && self.sck_prev && self.reading {
            let a = self.addr.wrapping_add((self.out_bit / 8) as u32);
            self.miso = self.byte(a) >> (7 - self.out_bit % 8) & 1 == 1;
            if self.out_bit % 8 == 7 {
                self.bytes_read += 1;
            }
            self.out_bit += 1;
        }
        self.sck_prev = sck;
        self.miso
    }
}

/// The same flash for iverilog testbenches: `spiflash #(.BASE(..),
/// .WAKE_NS(..)) f(.cs_n, .sck, .mosi, .miso)`, its contents from
/// `flash.hex` (`$readmemh`, one byte per line from `BASE`); `bad` is set on
/// a command before tRES1.
pub const SPI_FLASH_VERILOG: &str = r#"
module spiflash #(parameter BASE = 24'h100000, parameter SIZE = 262144, parameter WAKE_NS = 3000)
  (input cs_n, input sck, input mosi, output miso);
  reg [7:0] mem [0:SIZE-1];
  initial $readmemh("flash.hex", mem);
  reg down = 1, reading = 0, out = 1, bad = 0;
  reg [31:0] sh = 0;
  integer nbits = 0, obit = 0;
  reg [23:0] addr;
  time woke = 0;
  assign miso = cs_n ? 1'b1 : out;
  always @(negedge cs_n) begin
    nbits = 0; reading = 0; out = 1;
    if (!down && woke != 0 && $time - woke < WAKE_NS) bad = 1;
  end
  always @(posedge cs_n) begin
    if (nbits == 8 && sh[7:0] == 8'hAB) begin down = 0; woke = $time; end
    reading = 0;
  end
  always @(posedge sck) if (!cs_n && !reading) begin
    sh = {sh[30:0], mosi}; nbits = nbits + 1;
    if (nbits == 32 && sh[31:24] == 8'h03 && !down) begin
      reading = 1; addr = sh[23:0] - BASE; obit = 0;
    end
  end
  always @(negedge sck) if (!cs_n && reading) begin
    out = (addr + obit / 8 < SIZE) ? mem[addr + obit / 8][7 - obit % 8] : 1'b1;
    obit = obit + 1;
  end
endmodule
"#;

#[cfg(test)]
mod tests {
    use super::*;

    /// What the block wrote, by section, its error and the cycles it took.
    struct Run {
        sections: [Vec<u32>; 3],
        error: u8,
        busy: bool,
        cycles: u64,
        stack: u64,
        flash: SpiFlash,
    }

    fn boot(contents: Vec<u8>, max: u64) -> Run {
        boot_uart(contents, &[], FlashBoot::default(), max)
    }

    /// Cycle of the `reload` of a stream over the UART, and the cycles
    /// between its bytes.
    const RELOAD_AT: u64 = 2_000;
    const BYTE_GAP: u64 = 40;

    /// As `boot`, then, when `uart` is not empty, a reload at `RELOAD_AT`
    /// and `uart`'s bytes one every `BYTE_GAP` cycles.
    fn boot_uart(contents: Vec<u8>, uart: &[u8], mut uut: FlashBoot, max: u64) -> Run {
        uut.clock.connect();
        uut.enable.connect();
        uut.miso.connect();
        uut.reload.connect();
        uut.rx_valid.connect();
        uut.rx_byte.connect();
        uut.connect_all();
        check_all(&uut).unwrap();
        let mut flash = SpiFlash::new(FLASH_OFFSET, contents, 12_000_000);
        let mut sections: [Vec<u32>; 3] = Default::default();
        let mut cycles = 0;
        uut.miso.next = true;
        for cycle in 0..max {
            uut.enable.next = cycle >= 2;
            uut.reload.next = !uart.is_empty() && cycle == RELOAD_AT;
            let k = cycle.wrapping_sub(RELOAD_AT + BYTE_GAP);
            let byte = (cycle >= RELOAD_AT + BYTE_GAP && k % BYTE_GAP == 0)
                .then(|| uart.get((k / BYTE_GAP) as usize))
                .flatten();
            uut.rx_valid.next = byte.is_some();
            uut.rx_byte.next = (*byte.unwrap_or(&0) as u64).into();
            if uut.reload.val() {
                // The stream starts over.
                sections = Default::default();
            }
            uut.clock.next = false.into();
            assert!(simulate(&mut uut, 100));
            if uut.we.val() {
                let s = &mut sections[uut.target.val().index()];
                assert_eq!(uut.addr.val().index(), s.len(), "words out of order");
                s.push(uut.data.val().to_u64() as u32);
            }
            uut.clock.next = true.into();
            assert!(simulate(&mut uut, 100));
            uut.miso.next = flash.step(uut.cs_n.val(), uut.sck.val(), uut.mosi.val());
            let waiting = !uart.is_empty() && cycle <= RELOAD_AT;
            if (!uut.busy.val() || uut.error.val().any()) && !waiting {
                cycles = cycle + 1;
                break;
            }
        }
        Run {
            sections,
            error: uut.error.val().index() as u8,
            busy: uut.busy.val(),
            cycles,
            stack: uut.stack.val().to_u64(),
            flash,
        }
    }

    fn image(code: usize, data: usize, heap: usize) -> Image {
        let w = |k: u32, n: usize| {
            (0..n as u32)
                .map(|i| k ^ i.wrapping_mul(0x9E37_79B9))
                .collect()
        };
        Image {
            entry: 0,
            code: w(0xC0DE_0000, code),
            data: w(0xDA7A_0000, data),
            heap: w(0x4EA9_0000, heap),
            debug: Default::default(),
        }
    }

    #[test]
    fn copies_every_section_and_releases_the_processor() {
        for (c, d, h) in [(5, 40, 7), (3, 33, 0), (1, 1, 1)] {
            let im = image(c, d, h);
            let s = stream(&im).unwrap();
            let r = boot(s.clone(), 100_000);
            assert_eq!(r.error, 0);
            assert!(!r.busy);
            assert_eq!(
                r.sections,
                [im.code.clone(), im.data.clone(), im.heap.clone()]
            );
            assert_eq!(r.stack, d as u64);
            assert_eq!(r.flash.violation, None);
            // Started at cycle 2 (enable), released as `boot_cycles` says.
            assert_eq!(r.cycles, 2 + boot_cycles(s.len()));
        }
    }

    #[test]
    fn refuses_a_missing_or_corrupt_stream() {
        let im = image(5, 40, 7);
        let good = stream(&im).unwrap();
        // Erased flash.
        let r = boot(vec![], 100_000);
        assert_eq!((r.error, r.busy), (FAULT_NO_IMAGE, true));
        // One bit flipped in a code word, and in the CRC itself.
        for at in [4 * 4 + 2, good.len() - 1] {
            let mut bad = good.clone();
            bad[at] ^= 0x10;
            let r = boot(bad, 100_000);
            assert_eq!((r.error, r.busy), (FAULT_IMAGE_CRC, true), "flip at {at}");
        }
        // A wrong count misplaces every later word: the CRC catches it.
        for (at, n) in [(4 * 48, 6u32), (4 * 48, 8)] {
            let mut bad = good.clone();
            bad[at..at + 4].copy_from_slice(&n.to_be_bytes());
            let r = boot(bad, 100_000);
            assert_eq!(
                (r.error, r.busy),
                (FAULT_IMAGE_CRC, true),
                "count {n} at {at}"
            );
        }
    }

    #[test]
    fn loads_a_stream_from_the_uart_after_the_flash() {
        let im = image(5, 40, 7);
        let s = stream(&im).unwrap();
        // An erased flash is refused first, then the UART's stream loads.
        let r = boot_uart(vec![], &s, FlashBoot::default(), 100_000);
        assert_eq!((r.error, r.busy), (0, false));
        assert_eq!(r.sections, [im.code.clone(), im.data.clone(), im.heap]);
        assert_eq!(r.stack, 40);
        // Done 16 cycles after its last byte (8 bits, two cycles each).
        assert_eq!(r.cycles, RELOAD_AT + BYTE_GAP * s.len() as u64 + 17);
        // A stream over a good one in the flash, after it has run.
        let other = image(3, 33, 0);
        let r = boot_uart(
            s.clone(),
            &stream(&other).unwrap(),
            FlashBoot::default(),
            100_000,
        );
        assert_eq!((r.error, r.busy), (0, false));
        assert_eq!(r.sections, [other.code, other.data, vec![]]);
        assert_eq!(r.flash.violation, None);
    }

    #[test]
    fn refuses_a_corrupt_or_stopped_stream_from_the_uart() {
        let s = stream(&image(5, 40, 7)).unwrap();
        let mut bad = s.clone();
        bad[9] ^= 1;
        let r = boot_uart(vec![], &bad, FlashBoot::default(), 100_000);
        assert_eq!((r.error, r.busy), (FAULT_IMAGE_CRC, true));
        let r = boot_uart(vec![], b"PYSM", FlashBoot::default(), 100_000);
        assert_eq!((r.error, r.busy), (FAULT_NO_IMAGE, true), "not a stream");
        // Half a stream, then nothing for the timeout.
        let r = boot_uart(vec![], &s[..30], FlashBoot::with_uart_timeout(500), 100_000);
        assert_eq!((r.error, r.busy), (FAULT_IMAGE_TRUNCATED, true));
        assert_eq!(r.cycles, RELOAD_AT + BYTE_GAP * 30 + 500 + 1);
    }

    #[test]
    fn a_sleeping_flash_reads_as_no_image() {
        // A model that never sees the wake-up (the block is told the
        // stream starts elsewhere): a read of a sleeping flash is all ones.
        let mut f = SpiFlash::new(0, vec![0x12], 12_000_000);
        let mut bits = Vec::new();
        let cmd = (CMD_READ as u32) << 24;
        for i in (0..32).rev() {
            let b = cmd >> i & 1 == 1;
            f.step(false, false, b);
            f.step(false, true, b);
        }
        for _ in 0..8 {
            f.step(false, false, false);
            bits.push(f.step(false, true, false));
        }
        assert!(bits.iter().all(|&b| b));
    }

    #[test]
    fn the_stream_checks_the_image() {
        let mut im = image(5, 40, 7);
        let s = stream(&im).unwrap();
        assert_eq!(&s[..4], &STREAM_MAGIC.to_be_bytes());
        assert_eq!(s.len(), 4 * (1 + 3 + 5 + 40 + 7 + 1));
        assert_eq!(&s[4..8], &5u32.to_be_bytes());
        assert_eq!(&s[4 * 7..4 * 8], &40u32.to_be_bytes());
        assert_eq!(
            crc32_mpeg2(&s[4..s.len() - 4]).to_be_bytes(),
            s[s.len() - 4..]
        );
        // The check value of CRC-32/MPEG-2.
        assert_eq!(crc32_mpeg2(b"123456789"), 0x0376_E6E7);
        im.code = vec![0; FLASH_CODE_WORDS + 1];
        assert!(stream(&im).unwrap_err().contains("16385 instructions"));
        im.code = vec![0];
        im.entry = 3;
        assert!(stream(&im).is_err());
    }
}
