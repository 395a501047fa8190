# BFS shortest paths on a dict-based graph
graph = {
    "A": ["B", "C"],
    "B": ["D"],
    "C": ["D", "E"],
    "D": ["F"],
    "E": ["F"],
    "F": [],
    "G": ["A"],
}
def bfs(start):
    dist = {start: 0}
    parent = {start: None}
    queue = [start]
    head = 0
    while head < len(queue):
        node = queue[head]
        head += 1
        for nxt in graph[node]:
            if nxt not in dist:
                dist[nxt] = dist[node] + 1
                parent[nxt] = node
                queue.append(nxt)
    return dist, parent
def path(parent, end):
    out = []
    while end is not None:
        out.append(end)
        end = parent[end]
    return out[::-1]
dist, parent = bfs("A")
print(sorted(dist.items()))
print(path(parent, "F"))
print("G" in dist)
dist2, _ = bfs("G")
print(max(dist2.values()), len(dist2))
