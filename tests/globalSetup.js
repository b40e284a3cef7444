// One temporary folder for every file the tests write; tests/globalTeardown.js removes it.
const fs = require("fs");
const os = require("os");
const path = require("path");

module.exports = async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "finsam-tests-"));
  process.env.FINSAM_TEST_TMP = dir;
  // The workers inherit it, so os.tmpdir() in every test points inside the folder that is removed.
  process.env.TMPDIR = dir;
};
