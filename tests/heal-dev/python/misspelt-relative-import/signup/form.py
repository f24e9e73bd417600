from .validatros import password_problems, valid_email


def validate(form: dict[str, str]) -> dict[str, list[str]]:
    errors: dict[str, list[str]] = {}
    if not valid_email(form.get("email", "")):
        errors["email"] = ["invalid address"]
    pw = password_problems(form.get("password", ""))
    if pw:
        errors["password"] = pw
    if form.get("password") != form.get("confirm"):
        errors.setdefault("confirm", []).append("does not match")
    return errors
