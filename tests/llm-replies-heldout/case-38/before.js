#!/usr/bin/env node
'use strict';

const args = process.argv.slice(2);
const name = args[0] || 'world';
const shout = args.includes('--shout');

function greet(who) {
  const text = `Hello, ${who}!`;
  return shout ? text.toUpperCase() : text;
}

console.log('Hello, ' greet(name).slice(7));
