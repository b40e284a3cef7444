// Formatting for `npm run lint:fix` (prettier via eslint-plugin-office-addins): Office's
// preset, with the wider lines this code base is written in.
module.exports = { ...require("office-addin-prettier-config"), printWidth: 120 };
