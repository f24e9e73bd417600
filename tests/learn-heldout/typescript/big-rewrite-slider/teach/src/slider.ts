export interface SliderOptions {
  min: number;
  max: number;
  step: number;
}

export interface SliderState {
  value: number;
  opts: SliderOptions;
}

export function createSlider(opts: SliderOptions, initial: number): SliderState {
  if (opts.max <= opts.min) {
    throw new Error("max must be greater than min");
  }
  return { value: snap(opts, initial), opts };
}

function snap(opts: SliderOptions, raw: number): number {
  const steps = Math.round((raw - opts.min) / opts.step);
  return clamp(opts.min + steps * opts.step, opts.min, opts.max);
}

export function nudge(state: SliderState, direction: 1 | -1): SliderState {
  return { ...state, value: snap(state.opts, state.value + direction * state.opts.step) };
}

export function ratio(state: SliderState): number {
  return (state.value - state.opts.min) / (state.opts.max - state.opts.min);
}
