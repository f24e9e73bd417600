const { rules, validate } = require("./validaton");

const schema = {
  name: [rules.required, rules.min(2)],
  email: [rules.required, rules.email],
};

const errors = validate({ name: "J", email: "j@example" }, schema);
console.log(errors);
if (Object.keys(errors).length !== 1) process.exit(1);
