//! iCEBreaker board support for PySM: the PLL, the GPIO pads, the console
//! UART, the board top around the processor's `Soc`, and the
//! yosys/nextpnr/icepack flow.

pub mod flow;
pub mod gpio;
pub mod netsim;
pub mod pins;
pub mod pll;
pub mod spram;
pub mod standin;
pub mod swap;
pub mod top;
pub mod uart_rx;
pub mod uart_tx;

pub use flow::{FlowOptions, Summary};
pub use pll::{ClockPlan, PllConfig};
pub use top::StandinTop;
#[cfg(feature = "soc")]
pub use top::Top;
