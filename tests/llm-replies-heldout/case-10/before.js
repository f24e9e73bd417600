'use strict';

function parseEnv(text) {
  const out = {};
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const [key, value] = line.split('=', 2);
    out[key.trim()] = value.trim();
  }
  return out;
}

module.exports = { parseEnv };

if (require.main === module) {
  console.log(parseEnv('PORT=3000\n# comment\nDEBUG\nHOST=localhost'));
}
