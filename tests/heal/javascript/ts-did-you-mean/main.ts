const counter = 1;
export const next = countr + 1;
