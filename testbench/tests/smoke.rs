use pysm_isa::{asm::assemble, Image};
use pysm_testbench::lockstep;

#[test]
fn smoke() {
    let code = assemble("PUSH_INT 1\nPUSH_INT 2\nBINARY add\nHALT\n").unwrap();
    let image = Image {
        entry: 0,
        code,
        data: vec![],
        ..Default::default()
    };
    let r = lockstep(&image, &|_| {}, Some(10000));
    match r {
        Ok(s) => println!("{s:?}"),
        Err(m) => panic!("{m}"),
    }
}
