// Bundled in place of string-width for cli-table3 (see scripts/bundle.mjs). cli-table3 measures
// every cell line several times, and string-width runs a very large emoji regular expression on
// each: the bulk of the time to print a long table. Text made only of characters that are one
// column wide (printable Latin, and the dashes, quotes and ellipsis of general punctuation) has
// a width equal to its length; anything else goes to the real string-width.
'use strict';
const stringWidth = require('string-width/index.js');

const ONE_COLUMN = /^[\x20-\x7e\u00a0-\u02ff\u2010-\u2027]*$/;

module.exports = (text) => (typeof text === 'string' && ONE_COLUMN.test(text) ? text.length : stringWidth(text));
