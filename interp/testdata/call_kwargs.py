# Checks **kwargs: extra keywords collected into a new dict in call order, alongside named parameters.
def opts(**kwargs):
    print(type(kwargs).__name__, kwargs)
    return sorted(kwargs)


print(opts())
print(opts(z=1, a=2, m=3))


def tag(name, **attrs):
    parts = [name]
    for k, v in attrs.items():
        parts.append(k + '="' + str(v) + '"')
    return "<" + " ".join(parts) + ">"


print(tag("br"))
print(tag("a", href="/x", title="X", id=7))
print(tag(name="p", cls="note"))
d = {"k": 1}


def mutate(**kw):
    kw["extra"] = True
    return kw


r = mutate(**d)
print(r, d, r is d)
