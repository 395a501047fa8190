//! Compile and run a program on the emulator: `cargo run -p pysm-compiler --example run FILE.py`.
fn main() {
    let path = std::env::args().nth(1).expect("usage: run FILE.py");
    let src = std::fs::read_to_string(&path).expect("read");
    let img = match pysm_compiler::compile(&src, &path) {
        Ok(img) => img,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1)
        }
    };
    let mut out = Vec::<u8>::new();
    let (m, outcome) = pysm_emu::run(
        &img,
        &mut pysm_emu::GpioEnv::new(),
        &mut out,
        Some(50_000_000),
        &mut |_| {},
    );
    print!("{}", String::from_utf8_lossy(&out));
    if let pysm_emu::Outcome::Faulted(f) = outcome {
        eprint!(
            "{}",
            pysm_emu::traceback::traceback(&m, f, &img, Some(&src))
        );
    }
    eprintln!("[{outcome:?}, {} cycles]", m.cycle);
}
