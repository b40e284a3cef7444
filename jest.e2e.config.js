// End-to-end tests: the built pane (dist/) in a real Chromium. Run with `npm run test:e2e`,
// which builds first. The unit config (jest.config.js) ignores tests/e2e/.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests/e2e"],
  testMatch: ["**/*.e2e.test.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
  },
  testTimeout: 60000,
};
