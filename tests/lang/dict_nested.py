# dict: nested dicts and lists inside dicts
db = {'alice': {'age': 30, 'tags': ['a']}, 'bob': {'age': 25, 'tags': []}}
db['bob']['tags'].append('new')
db['alice']['age'] += 1
print(db)
print(db['alice']['tags'][0], len(db['bob']))
for name in sorted(db):
    print(name, db[name]['age'])
