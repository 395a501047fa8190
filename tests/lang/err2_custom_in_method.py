# uncaught custom exception raised three frames deep through methods
class ValidationError(Exception):
    pass
class Form:
    def __init__(self, fields):
        self.fields = fields
    def validate(self):
        for name in sorted(self.fields):
            self.check(name, self.fields[name])
        return "valid"
    def check(self, name, value):
        if not value:
            raise ValidationError("field " + name + " is empty")
print(Form({"a": "x"}).validate())
print(Form({"a": "x", "b": ""}).validate())
