export default [
  {
    files: ["**/*.js", "**/*.mjs"],
    languageOptions: { ecmaVersion: 2024, sourceType: "module", globals: { console: "readonly" } },
    rules: { "semi": "error" },
  },
];
