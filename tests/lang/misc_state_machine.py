# a simple state machine for a turnstile and a number validator
transitions = {
    ("locked", "coin"): "unlocked",
    ("locked", "push"): "locked",
    ("unlocked", "push"): "locked",
    ("unlocked", "coin"): "unlocked",
}
state = "locked"
for event in ["push", "coin", "coin", "push", "push", "coin"]:
    new = transitions[(state, event)]
    print(state, "--" + event + "->", new)
    state = new
def classify(s):
    st = "start"
    for c in s:
        if st == "start":
            st = "sign" if c in "+-" else ("int" if c.isdigit() else "bad")
        elif st in ("sign", "int"):
            st = "int" if c.isdigit() else "bad"
        if st == "bad":
            break
    return st == "int"
for s in ["123", "-7", "+", "", "12a", "007", "--1"]:
    print(repr(s), classify(s))
