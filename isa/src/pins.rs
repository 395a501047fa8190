//! The GPIO pins of the iCEBreaker, by the names of the board's pin file.
//!
//! A pin id is a bit position in the processor's GPIO registers; names are
//! resolved to ids at compile time. The break-off board on PMOD2 gives those
//! pins a second name (LED1..LED5, BTN1..BTN3); that name is the canonical one.

pub struct PinInfo {
    /// The id used by the processor (bit position in the GPIO registers).
    pub id: u32,
    /// Canonical name, used in traces.
    pub name: &'static str,
    /// Other names accepted in programs.
    pub aliases: &'static [&'static str],
    /// FPGA package pin (SG48).
    pub package_pin: &'static str,
    /// The level the pad rests at when nothing drives it (pull-ups).
    pub idle_level: bool,
}

macro_rules! pin {
    ($id:literal, $name:literal, [$($alias:literal),*], $pkg:literal, $idle:literal) => {
        PinInfo { id: $id, name: $name, aliases: &[$($alias),*], package_pin: $pkg, idle_level: $idle }
    };
}

/// The user pins of the iCEBreaker (UART and flash pins are not GPIO).
pub const PINS: &[PinInfo] = &[
    pin!(0, "LEDR_N", [], "11", false),
    pin!(1, "LEDG_N", [], "37", false),
    pin!(2, "BTN_N", [], "10", true),
    pin!(3, "P1A1", [], "4", false),
    pin!(4, "P1A2", [], "2", false),
    pin!(5, "P1A3", [], "47", false),
    pin!(6, "P1A4", [], "45", false),
    pin!(7, "P1A7", [], "3", false),
    pin!(8, "P1A8", [], "48", false),
    pin!(9, "P1A9", [], "46", false),
    pin!(10, "P1A10", [], "44", false),
    pin!(11, "P1B1", [], "43", false),
    pin!(12, "P1B2", [], "38", false),
    pin!(13, "P1B3", [], "34", false),
    pin!(14, "P1B4", [], "31", false),
    pin!(15, "P1B7", [], "42", false),
    pin!(16, "P1B8", [], "36", false),
    pin!(17, "P1B9", [], "32", false),
    pin!(18, "P1B10", [], "28", false),
    pin!(19, "LED2", ["P2_1"], "27", false),
    pin!(20, "LED3", ["P2_2"], "25", false),
    pin!(21, "LED5", ["P2_3"], "21", false),
    pin!(22, "BTN2", ["P2_4"], "19", false),
    pin!(23, "LED1", ["P2_7"], "26", false),
    pin!(24, "LED4", ["P2_8"], "23", false),
    pin!(25, "BTN1", ["P2_9"], "20", false),
    pin!(26, "BTN3", ["P2_10"], "18", false),
];

/// Number of GPIO pins.
pub const PIN_COUNT: u32 = 27;

/// Find a pin by any of its names, or by its id written as a decimal number.
pub fn lookup(name: &str) -> Option<&'static PinInfo> {
    if let Ok(id) = name.parse::<u32>() {
        return PINS.get(id as usize);
    }
    PINS.iter()
        .find(|p| p.name == name || p.aliases.contains(&name))
}

/// The level of every pad when nothing drives it, as a bit mask.
pub fn idle_levels() -> u32 {
    PINS.iter()
        .filter(|p| p.idle_level)
        .fold(0, |m, p| m | (1 << p.id))
}
