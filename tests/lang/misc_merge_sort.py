# merge sort with a key function and stability check
def merge_sort(xs, key=lambda x: x):
    if len(xs) <= 1:
        return xs[:]
    mid = len(xs) // 2
    left = merge_sort(xs[:mid], key)
    right = merge_sort(xs[mid:], key)
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if key(right[j]) < key(left[i]):
            out.append(right[j])
            j += 1
        else:
            out.append(left[i])
            i += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out
print(merge_sort([5, 2, 9, 1, 5, 6, -3, 0]))
print(merge_sort([]), merge_sort([1]))
words = ["pear", "fig", "apple", "kiwi", "date", "plum"]
print(merge_sort(words, key=len))
print(merge_sort(words) == sorted(words))
seq = [(i * 7919) % 101 for i in range(50)]
print(merge_sort(seq) == sorted(seq), merge_sort(seq)[:8])
