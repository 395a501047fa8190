# n-queens by backtracking, with lists as sets of columns and diagonals.
def solve(n):
    count = 0
    cols = [False] * n
    d1 = [False] * (2 * n)
    d2 = [False] * (2 * n)

    def place(row):
        nonlocal count
        if row == n:
            count += 1
            return
        for c in range(n):
            if not cols[c] and not d1[row + c] and not d2[row - c + n]:
                cols[c] = d1[row + c] = d2[row - c + n] = True
                place(row + 1)
                cols[c] = d1[row + c] = d2[row - c + n] = False

    place(0)
    return count


print(solve(6))
