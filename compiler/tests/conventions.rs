//! The code-generation conventions the emulator and the CPU rely on, and
//! the listing.

use pysm_isa::{value, BinOp, Instr, Op};

fn compile(src: &str) -> pysm_isa::Image {
    pysm_compiler::compile(src, "t.py").unwrap_or_else(|e| panic!("{e}"))
}

fn ops(image: &pysm_isa::Image, from: u32, to: u32) -> Vec<Instr> {
    (from..to)
        .map(|pc| Instr::decode(image.code[pc as usize]).expect("decodes"))
        .collect()
}

#[test]
fn def_stores_a_function_immediate_and_prologue_pushes_null() {
    let img = compile("def f(a, b):\n    c = a + b\n    return c\nprint(f(1, 2))\n");
    let f = img
        .debug
        .functions
        .iter()
        .find(|f| f.name == "f")
        .expect("f");
    assert_eq!(f.params, 2);
    assert_eq!(&f.locals[..3], &["a", "b", "c"]);
    let module = ops(&img, img.entry, img.entry + 2);
    let want = value::function(f.start, 2);
    assert_eq!(module[0].op, Op::PushImm);
    assert_eq!(((module[0].arg as u32) << 2) | 0b10, want);
    assert_eq!(module[1].op, Op::StoreGlobal);
    assert_eq!(img.debug.global_name(module[1].arg as u32), Some("f"));
    let body = ops(&img, f.start, f.end);
    assert_eq!(body[0].op, Op::PushNull, "c starts unbound");
    let n = body.len();
    assert_eq!(
        (body[n - 2].op, body[n - 1].op),
        (Op::PushImm, Op::Return),
        "falls off the end with None"
    );
    assert_eq!(body[n - 2].arg as u32, value::NONE >> 2);
}

#[test]
fn literals_use_push_int_or_a_constant_word() {
    let img = compile("a = 8388607\nb = 8388608\nc = -1073741824\n");
    let code = ops(&img, 0, img.code.len() as u32);
    assert_eq!(code[0], Instr::new(Op::PushInt, 8388607));
    assert_eq!(code[2].op, Op::LoadGlobal);
    assert_eq!(img.data[code[2].arg as usize], value::int(8388608));
    assert_eq!(img.data[code[4].arg as usize], value::int(-1073741824));
    assert_eq!(code.last().map(|i| i.op), Some(Op::Halt));
    img.check_fits().expect("fits");
}

#[test]
fn every_module_name_has_a_slot() {
    let img = compile("x = 1\ndef g():\n    return y\n");
    let names: Vec<&str> = img.debug.globals.iter().map(|(_, n)| n.as_str()).collect();
    assert_eq!(names, ["x", "g", "y"]);
    for (a, _) in &img.debug.globals {
        assert_eq!(img.data[*a as usize], value::NULL);
    }
}

#[test]
fn only_reachable_runtime_functions_are_linked() {
    let names = |src: &str| -> Vec<String> {
        compile(src)
            .debug
            .functions
            .iter()
            .map(|f| f.name.clone())
            .collect()
    };
    assert!(names("x = 1\n").is_empty());
    // Without objects the small printer, and no trap handlers when
    // nothing can overflow.
    let small = names("print(1)\n");
    assert!(small.iter().any(|n| n == "$print_int"), "{small:?}");
    assert!(small.len() <= 3, "{small:?}");
    // With objects, the handlers; the method dispatchers keep only the
    // methods whose names the program uses.
    let with_list = names("x = [1]\nx.append(2)\nprint(x)\n");
    for want in ["$binary_add", "$alloc", "$list_append", "$list_meth"] {
        assert!(with_list.iter().any(|n| n == want), "{want}: {with_list:?}");
    }
    assert!(
        !with_list.iter().any(|n| n == "$str_rsplit"),
        "{with_list:?}"
    );
    let with_rsplit = names("x = 'a b'.rsplit()\n");
    assert!(
        with_rsplit.iter().any(|n| n == "$str_rsplit_ws"),
        "{with_rsplit:?}"
    );
    // Code that can overflow gets the int handlers: big ints, no objects.
    let pow = names("x = 2 ** 3\n");
    for want in ["$pow_int", "$int_binary_mul", "$big_mul", "$int_alloc"] {
        assert!(pow.iter().any(|n| n == want), "{want}: {pow:?}");
    }
    assert!(!pow.iter().any(|n| n == "$binary_add"), "{pow:?}");
    // `| ^` only with the program's own operators.
    assert!(!pow.iter().any(|n| n == "$int_binary_xor"), "{pow:?}");
    let xor = names("x = 2 ** 3\nprint(x ^ 5)\n");
    assert!(xor.iter().any(|n| n == "$int_binary_xor"), "{xor:?}");
    // Link-time features: no float code without a float.
    assert!(
        !with_list.iter().any(|n| n == "$float_add"),
        "{with_list:?}"
    );
    let with_float = names("x = [1.5]\nprint(x[0] + 1)\n");
    assert!(
        with_float.iter().any(|n| n == "$float_add"),
        "{with_float:?}"
    );
    // The context of exceptions only with except clauses in the program.
    assert!(
        !with_list.iter().any(|n| n == "$exc_context"),
        "{with_list:?}"
    );
    let with_try = names("try:\n    x = [1][2]\nexcept IndexError:\n    pass\n");
    assert!(with_try.iter().any(|n| n == "$exc_context"), "{with_try:?}");
    // The methods of builtin classes as attributes only when the program
    // has such a class as a value (not called, nor tested against).
    let str_call = names("x = str(5)\nprint(x.upper(), isinstance(x, (str, int)))\n");
    assert!(!str_call.iter().any(|n| n == "$class_attr"), "{str_call:?}");
    let str_value = names("print(str.upper('a'))\n");
    assert!(
        str_value.iter().any(|n| n == "$class_attr"),
        "{str_value:?}"
    );
    assert_eq!(
        names("from time import ticks_diff\nx = ticks_diff(1, 2)\n"),
        ["$ticks_diff"]
    );
}

#[test]
fn calls_map_to_their_line() {
    let src = "def f(x):\n    return x\n\ny = 1\nz = f(\n    y)\n";
    let img = compile(src);
    let call = (0..img.code.len() as u32)
        .find(|&pc| {
            img.debug.function_of(pc).is_none()
                && Instr::decode(img.code[pc as usize]).map(|i| i.op) == Ok(Op::Call)
        })
        .expect("a CALL");
    assert_eq!(
        img.debug.line_of(call).map(|e| (e.line, e.col)),
        Some((5, 5))
    );
}

#[test]
fn chained_comparison_uses_copy_and_swap() {
    let img = compile("a = 1\nb = 2\nc = 3\nx = a < b < c\n");
    let code: Vec<Op> = ops(&img, 0, img.code.len() as u32)
        .iter()
        .map(|i| i.op)
        .collect();
    let w = [Op::Swap, Op::Copy, Op::Compare, Op::JumpIfFalseOrPop];
    assert!(code.windows(4).any(|s| s == w), "{code:?}");
}

#[test]
fn listing_interleaves_source() {
    let src = "x = 5\nif x > 2:\n    print(x)\n";
    let img = compile(src);
    let text = pysm_compiler::listing(&img, src);
    assert!(text.contains("    1  x = 5"), "{text}");
    assert!(text.contains("    3      print(x)"), "{text}");
    assert!(text.contains("PUSH_INT 5"), "{text}");
    assert!(text.contains("STORE_GLOBAL 32"), "{text}");
    assert!(text.contains("$print_int(x):"), "{text}");
    assert!(text.contains("HALT"), "{text}");
}

#[test]
fn error_display() {
    let e = pysm_compiler::compile("x = 1j\n", "s.py").expect_err("complex");
    assert_eq!(
        e.to_string(),
        "s.py:1:5: error: a complex number is not supported"
    );
    let _: &dyn std::error::Error = &e;
}

#[test]
fn listing_survives_a_mismatched_source() {
    let img = compile("x = 1\nprint(x)\n");
    let mut odd = img.clone();
    odd.debug.lines.insert(0, pysm_isa::LineEntry::at(0, 0, 0));
    let _ = pysm_compiler::listing(&odd, "");
    let _ = pysm_compiler::listing(&img, "");
}

/// A big int literal is a static heap object made by the linker (sign,
/// then base 2**15 digits), not text parsed each time it is evaluated.
#[test]
fn big_literals_are_static_objects() {
    let img = compile("x = -36893488147419103233\n");
    assert!(
        !img.debug.functions.iter().any(|f| f.name == "$int_parse"),
        "int_parse linked"
    );
    // -(2**65 + 1): digits 1, 0, 0, 0, 32 (2**65 = 32 * 2**60).
    let want: Vec<u32> = [18 | 6 << 8, -1, 1, 0, 0, 0, 32]
        .iter()
        .map(|&w| value::int(w))
        .collect();
    assert!(
        img.heap.windows(want.len()).any(|w| w == want.as_slice()),
        "{:x?}",
        img.heap
    );
}

/// The ops of the module between its first instruction and `HALT`.
fn module_ops(src: &str) -> Vec<Op> {
    let img = compile(src);
    let code = ops(&img, img.entry, img.code.len() as u32);
    let end = code.iter().position(|i| i.op == Op::Halt).expect("HALT");
    code[..end].iter().map(|i| i.op).collect()
}

#[test]
fn globals_bound_once_are_constants_after_their_statement() {
    // The ring oscillator's loop: the pins are immediates or operands, no
    // data loads.
    let src = "from machine import Pin\nout = Pin('P1A1', Pin.OUT)\n\
               inp = Pin('P1A2', Pin.IN)\nwhile True:\n    out.value(not inp.value())\n";
    let module = module_ops(src);
    let body = &module[module.len() - 5..];
    assert_eq!(
        body,
        [Op::PushImm, Op::PinLevel, Op::Unary, Op::PinWrite, Op::Jump]
    );
    // A recursive function calls itself through an immediate.
    let img = compile("def f(n):\n    return n if n < 2 else f(n - 1)\nprint(f(3))\n");
    let f = img
        .debug
        .functions
        .iter()
        .find(|f| f.name == "f")
        .expect("f");
    let body = ops(&img, f.start, f.end);
    assert!(body.iter().all(|i| i.op != Op::LoadGlobal), "{body:?}");
    // Not constants: read before the statement may run, bound twice, deleted.
    for src in [
        "def g():\n    return X\nX = 1\nprint(g())\n",
        "X = 1\nX = 2\nprint(X)\n",
        "X = 1\ndel X\n",
        "X = 1\ndef g():\n    global X\n    X = 2\ng()\nprint(X)\n",
    ] {
        let img = compile(src);
        let code = ops(&img, 0, img.code.len() as u32);
        assert!(code.iter().any(|i| i.op == Op::LoadGlobal), "{src}");
    }
}

#[test]
fn while_tests_at_the_top_and_bottom_and_pin_levels_are_branched_on() {
    let src = "from machine import Pin\np = Pin('P1A2', Pin.IN)\nq = Pin('P1A1', Pin.OUT)\n\
               q.on()\nwhile p.value() == 0:\n    pass\nq.off()\n";
    let img = compile(src);
    let code = ops(&img, img.entry, img.code.len() as u32);
    let end = code.iter().position(|i| i.op == Op::Halt).expect("HALT");
    let tail: Vec<String> = code[end - 3..end].iter().map(|i| i.to_string()).collect();
    let wait = end as u32 - 2 + img.entry;
    assert_eq!(
        tail,
        [
            format!("JUMP_IF_PIN P1A2=1,{}", wait + 1),
            format!("JUMP_IF_PIN P1A2=0,{wait}"),
            "PIN_LOW P1A1".to_string(),
        ]
    );
    assert!(code[..end].iter().any(|i| i.to_string() == "PIN_HIGH P1A1"));
    // A store just before an output moves after it.
    let module = module_ops("from machine import Pin\nimport time\nq = Pin('P1A1', Pin.OUT)\nt0 = time.ticks_cpu()\nq.on()\n");
    assert_eq!(
        &module[module.len() - 3..],
        [Op::Ticks, Op::PinHigh, Op::StoreGlobal]
    );
    // A Pin the compiler does not know keeps the stack forms.
    let module = module_ops("from machine import Pin\ndef f(p):\n    while p.value() == 0:\n        p.on()\nf(Pin('P1A1', Pin.OUT))\n");
    assert!(!module.contains(&Op::JumpIfPin));
}

/// The runtime library multiplies and divides by powers of two with
/// shifts and masks, not the 34-cycle multiplier and divider; a user's
/// `x * 2` keeps `BINARY mul` (x may be a str or a list).
#[test]
fn runtime_powers_of_two_are_shifts() {
    let img = compile("class A:\n    pass\na = A()\na.x = 1\nd = {1: 2}\nx = 5\nprint(a.x, d[1], x * 2, x // 4, x % 8)\n");
    let f = |name: &str| {
        let f = img
            .debug
            .functions
            .iter()
            .find(|f| f.name == name)
            .unwrap_or_else(|| panic!("{name} not linked"));
        ops(&img, f.start, f.end)
    };
    for name in ["$table_find", "$table_set", "$dict_set", "$dict_rebuild"] {
        let muldiv = f(name)
            .iter()
            .filter(|i| {
                i.op == Op::Binary && BinOp::from_u32(i.arg as u32).is_some_and(|b| b.is_muldiv())
            })
            .count();
        assert_eq!(muldiv, 0, "{name}");
    }
    let img2 = compile("x = 5\nprint(x * 2)\n");
    let code = ops(&img2, img2.entry, img2.code.len() as u32);
    assert!(
        code.iter()
            .any(|i| i.op == Op::Binary && i.arg == BinOp::Mul as i32),
        "{code:?}"
    );
}

/// `@micropython.native` and `@micropython.viper` change nothing: the code
/// is that of the undecorated function (a constant global, direct calls);
/// `Pin(..., value=)` keeps the Pin a constant with its one-cycle methods.
#[test]
fn micropython_emitter_decorators_and_pin_keywords_keep_the_fast_paths() {
    let plain = "import micropython\nfrom machine import Pin\n\
                 def f(n):\n    return n + 1\nprint(f(1))\n";
    let native = "import micropython\nfrom machine import Pin\n\
                  @micropython.native\ndef f(n):\n    return n + 1\nprint(f(1))\n";
    let viper = native.replace("native", "viper");
    let a = compile(plain);
    assert_eq!(a.code, compile(native).code);
    assert_eq!(a.code, compile(&viper).code);
    let ops = module_ops(
        "from machine import Pin\np = Pin('P1A1', mode=Pin.OUT, value=1)\n\
         while True:\n    p.off()\n    p.on()\n",
    );
    assert_eq!(
        ops,
        [
            Op::PinHigh,
            Op::PushInt,
            Op::PushInt,
            Op::PinInit,
            Op::StoreGlobal,
            Op::PinLow,
            Op::PinHigh,
            Op::Jump
        ]
    );
}
