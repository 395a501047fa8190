# err: uncaught user-defined exception subclass with message
class ConfigError(Exception):
    pass
class MissingKey(ConfigError):
    pass
def load(cfg):
    if 'port' not in cfg:
        raise MissingKey('port is required')
    return cfg['port']
print(load({'port': 80}))
load({})
