function makeService(readyAfter) {
  let calls = 0;
  return { ping: () => ++calls >= readyAfter };
}

function waitUntilReady(service, maxAttempts) {
  let attempts = 0;
  while (attempts < maxAttempts) {
    attempts++;
    if (service.ping()) return attempts;
  }
  throw new Error(`not ready after ${maxAttempts} attempts`);
}

const n = waitUntilReady(makeService(3), 5);
console.log(`ready after ${n} attempts`);
if (n !== 3) process.exit(1);
