export async function withRetry<T>(fn: () => Promise<T>, maxAttempts = 3): Promise<T> {
  let attempt = 0;
  let lastError: unknown;
  while (attempt < maxAttempts) {
    attempt++;
    try {
      return await fn();
    } catch (err) {
      lastError = err;
    }
  }
  throw lastError;
}

let calls = 0;
withRetry(async () => {
  calls++;
  if (calls < 3) throw new Error("flaky");
  return "ok";
}).then((v) => console.log(v, "after", calls, "calls"));
