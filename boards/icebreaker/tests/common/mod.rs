//! Shared by the tests: a UART receiver.

/// A UART receiver: find each start bit, sample every bit at its middle at
/// `baud`, check the stop bit.
pub fn decode(wave: &[bool], clock_hz: u64, baud: u64) -> Vec<u8> {
    let bit = clock_hz as f64 / baud as f64;
    let at = |t: f64| wave.get(t.round() as usize).copied();
    let mut out = Vec::new();
    let mut i = 1;
    while i < wave.len() {
        if wave[i - 1] && !wave[i] {
            let start = i as f64;
            let Some(mid_start) = at(start + bit / 2.0) else {
                break;
            };
            assert!(
                !mid_start,
                "glitch at cycle {i}: start bit not low in its middle"
            );
            let mut byte = 0u8;
            for b in 0..8 {
                match at(start + bit * (1.5 + b as f64)) {
                    Some(true) => byte |= 1 << b,
                    Some(false) => {}
                    None => return out, // cut off at the end of the run
                }
            }
            match at(start + bit * 9.5) {
                Some(true) => out.push(byte),
                Some(false) => panic!("framing error in the byte starting at cycle {i}"),
                None => return out,
            }
            i = (start + bit * 9.5) as usize;
        } else {
            i += 1;
        }
    }
    out
}
