# uncaught raise X from Y prints a chained traceback
class ConfigError(Exception):
    pass
def load(cfg, key):
    try:
        return cfg[key]
    except KeyError as e:
        raise ConfigError("missing key " + key) from e
cfg = {"a": 1}
print(load(cfg, "a"))
print(load(cfg, "b"))
