# A mixed program in the spirit of pystone: records, strings, arrays, calls.
class Record:
    def __init__(self, discr, enum_comp, int_comp, string_comp):
        self.discr = discr
        self.enum_comp = enum_comp
        self.int_comp = int_comp
        self.string_comp = string_comp


def proc1(rec, n):
    rec.int_comp = n + rec.int_comp % 10
    if rec.discr == 0:
        rec.enum_comp = (rec.enum_comp + 1) % 5
    return rec


def func1(c1, c2):
    if c1 != c2:
        return 0
    return 1


def func2(s1, s2):
    i = 1
    while i <= 1:
        if func1(s1[i], s2[i + 1]) == 0:
            i += 1
    return s1 < s2


array1 = [0] * 51
array2 = [[0] * 51 for _ in range(51)]
rec = Record(0, 2, 17, "DHRYSTONE PROGRAM, SOME STRING")
checksum = 0
for loop in range(200):
    rec = proc1(rec, loop)
    array1[loop % 51] = loop
    array2[loop % 51][(loop * 3) % 51] += 1
    if func2("DHRYSTONE PROGRAM, 1'ST STRING", "DHRYSTONE PROGRAM, 2'ND STRING"):
        checksum += rec.int_comp + rec.enum_comp
print(checksum, sum(array1), array2[10][30])
