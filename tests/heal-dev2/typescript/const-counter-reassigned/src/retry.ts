export async function withRetry<T>(fn: () => Promise<T>, maxAttempts = 3): Promise<T> {
  const attempt = 0;
  let lastError: unknown;
  while (attempt < maxAttempts) {
    try {
      return await fn();
    } catch (err) {
      lastError = err;
      attempt++;
    }
  }
  throw new Error(`failed after ${maxAttempts} attempts: ${String(lastError)}`);
}
