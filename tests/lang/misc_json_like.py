# serialise nested dicts/lists to a JSON-like string recursively
def dump(v, indent=0):
    pad = "  " * indent
    if isinstance(v, dict):
        if not v:
            return "{}"
        parts = []
        for k in sorted(v):
            parts.append(pad + "  " + '"' + k + '": ' + dump(v[k], indent + 1))
        return "{\n" + ",\n".join(parts) + "\n" + pad + "}"
    if isinstance(v, list):
        return "[" + ", ".join(dump(x, indent) for x in v) + "]"
    if isinstance(v, bool):
        return "true" if v else "false"
    if v is None:
        return "null"
    if isinstance(v, str):
        return '"' + v + '"'
    return str(v)
data = {"name": "pysm", "version": [0, 3, 1], "big": 2 ** 70, "ok": True,
        "deps": {}, "meta": {"x": None, "tags": ["a", "b"]}}
print(dump(data))
