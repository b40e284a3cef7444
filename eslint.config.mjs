// ESLint 9 flat config, picked up by `npm run lint` (office-addin-lint check, which lints
// src/**/*.{ts,tsx,js,jsx} with ./eslint.config.mjs when it exists).
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";
import globals from "globals";

// The plugins the office-addins preset brings (prettier), reused for .tsx files.
const presetPlugins = Object.assign({}, ...officeAddins.configs.recommended.map((config) => config.plugins ?? {}));

export default [
  { ignores: ["dist/", "lib/", "node_modules/", "coverage/", "test-output/"] },
  // eslint:recommended, prettier, the office-addins rules and eslint-plugin-react.
  ...officeAddins.configs.react,
  ...tseslint.configs.recommended,
  {
    // The office-addins preset lists .ts but not .tsx; the pane is .tsx.
    files: ["**/*.{js,mjs,cjs,ts,tsx}"],
    plugins: { "office-addins": officeAddins, prettier: presetPlugins.prettier },
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: "latest",
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
      globals: { ...globals.browser, ...globals.node, Office: "readonly", Excel: "readonly" },
    },
    settings: { react: { version: "detect" } },
    rules: {
      // Office.js batching: one sync per read, objects loaded before they are read.
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/call-sync-after-load": "error",
      // The new JSX transform (tsconfig "jsx": "react-jsx") needs no React in scope.
      "react/react-in-jsx-scope": "off",
      "react/jsx-uses-react": "off",
      // TypeScript checks undefined names itself, with the DOM and office-js types.
      "no-undef": "off",
      // A leading underscore marks a parameter an interface requires but this code ignores.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // typescript-eslint 8.8 (pinned by eslint-plugin-office-addins) crashes in this rule
      // under ESLint >= 9.15 ("reading 'allowShortCircuit'"); ESLint's own rule does the job.
      "@typescript-eslint/no-unused-expressions": "off",
      "no-unused-expressions": "error",
      // Formatting is reported but does not fail the lint; `npm run lint:fix` applies it.
      "prettier/prettier": ["warn", { endOfLine: "auto" }],
    },
  },
  {
    // Build scripts and configs are CommonJS Node programs.
    files: ["**/*.{js,cjs}"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
];
