'use strict';

const MAX_LEN = 60;

function slugify(title) {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase().replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, MAX_LEN);
}

module.exports = { slugify };

if (require.main === module) {
  console.log(slugify(42));
}
