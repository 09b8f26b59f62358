// Render TeX to HTML with the site's own KaTeX, at build time (used by tools/hooks.py).
// stdin: JSON [{"tex": "...", "display": true|false}, ...]; stdout: JSON ["<span ...>", ...].
// A formula KaTeX cannot parse ends the process with an error naming it.
"use strict";
const katex = require("katex");

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", () => {
  const formulas = JSON.parse(input);
  const html = formulas.map(({ tex, display }) => {
    try {
      return katex.renderToString(tex, { displayMode: display, throwOnError: true });
    } catch (error) {
      process.stderr.write(`KaTeX cannot render ${JSON.stringify(tex)}: ${error.message}\n`);
      process.exit(1);
    }
  });
  process.stdout.write(JSON.stringify(html));
});
