# raise ... from: the cause first.
class ConfigError(Exception):
    pass


def load(d, k):
    try:
        return d[k]
    except KeyError as e:
        raise ConfigError("missing " + k) from e


load({"a": 1}, "b")
