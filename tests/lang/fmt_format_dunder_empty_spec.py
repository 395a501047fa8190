# fmt: an empty format spec still calls the instance's __format__ (f"{m}",
# "{}".format(m), format(m)); without one it is str()
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        if spec == "usd":
            return f"${self.cents // 100}.{self.cents % 100:02d}"
        return "F[" + format(self.cents, spec) + "]"

    def __str__(self):
        return "M" + str(self.cents)


class Plain:
    def __str__(self):
        return "plain"


m = Money(12345)
print(f"{m:usd} {m:>8} {m}", "{:usd}".format(m), format(m, ",d"))
print(f"{m}", "{}".format(m), format(m), "{0}".format(m), str(m))
print(f"{m!s}|{m!s:>8}|", "%s" % m)
print(f"{Plain()}", "{}".format(Plain()), format(Plain()), f"{Plain()!s:>6}")
