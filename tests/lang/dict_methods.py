# dict: get, pop, setdefault, update, keys/values/items, copy, clear
d = {'x': 1, 'y': 2}
print(d.get('x'), d.get('z'), d.get('z', 0))
print(d.setdefault('x', 9), d.setdefault('w', 7), d)
print(d.pop('w'), d.pop('q', 'none'), d)
d.update({'y': 20, 'z': 30})
print(d)
print(list(d.keys()), list(d.values()), list(d.items()))
c = d.copy()
c['x'] = 100
print(d['x'], c['x'])
c.clear()
print(c, d)
