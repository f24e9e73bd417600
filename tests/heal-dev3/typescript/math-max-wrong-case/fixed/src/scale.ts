export interface Scale {
  min: number;
  max: number;
  step: number;
}

function niceStep(range: number, ticks: number): number {
  const raw = range / ticks;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const residual = raw / magnitude;
  const nice = residual > 5 ? 10 : residual > 2 ? 5 : residual > 1 ? 2 : 1;
  return nice * magnitude;
}

export function axisScale(values: number[], ticks = 5): Scale {
  const lo = Math.min(0, ...values);
  const hi = Math.max(...values);
  const step = niceStep(hi - lo || 1, ticks);
  return { min: Math.floor(lo / step) * step, max: Math.ceil(hi / step) * step, step };
}
