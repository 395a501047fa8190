# three-argument pow(a, b, m) with big operands
print(pow(2, 100, 1000000007))
print(pow(3, 10 ** 20, 10 ** 9 + 7))
print(pow(7, 0, 13), pow(0, 5, 7), pow(5, 3, 1))
print(pow(123456789, 987654321, 2 ** 61 - 1))
print(pow(2 ** 100 + 3, 2 ** 50, 2 ** 80 + 13))
print(pow(-3, 3, 7), pow(3, 3, -7))
print(pow(2, 10), pow(-2, 3), pow(10, 20))
def is_probable_prime(n):
    for a in [2, 3, 5, 7]:
        if pow(a, n - 1, n) != 1:
            return False
    return True
print(is_probable_prime(1000000007), is_probable_prime(1000000008))
