export const retries = 3 // how often to retry
export const delay = 100;
