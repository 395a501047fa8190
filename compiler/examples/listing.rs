//! Print the listing of a program: `cargo run -p pysm-compiler --example listing FILE.py`.
fn main() {
    let path = std::env::args().nth(1).expect("usage: listing FILE.py");
    let src = std::fs::read_to_string(&path).expect("read");
    match pysm_compiler::compile(&src, &path) {
        Ok(img) => print!("{}", pysm_compiler::listing(&img, &src)),
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1)
        }
    }
}
