# err: uncaught exception raised with "from" a caught exception
def get(d, k):
    try:
        return d[k]
    except KeyError as e:
        raise LookupError('no such key') from e
get({}, 'k')
