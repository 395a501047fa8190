# exc: several except clauses, tuples of types, first matching wins, base class catch
def risky(k):
    if k == 0:
        return 1 // 0
    if k == 1:
        return [][1]
    if k == 2:
        return {}['x']
    if k == 3:
        raise ValueError('v')
    return 'ok'
for k in range(5):
    try:
        print(risky(k))
    except ZeroDivisionError:
        print('zero')
    except (IndexError, KeyError) as e:
        print('lookup', type(e).__name__)
    except Exception as e:
        print('other', type(e).__name__, e)
try:
    [][0]
except LookupError as e:
    print('LookupError caught', type(e).__name__)
