export interface Step {
  name: string;
  run: () => void;
}

export interface StepOutcome {
  name: string;
  failed: boolean;
  reason: string;
}

export function runSteps(steps: Step[]): StepOutcome[] {
  const out: StepOutcome[] = [];
  for (const step of steps) {
    try {
      step.run();
      out.push({ name: step.name, failed: false, reason: "" });
    } catch (err) {
      out.push({ name: step.name, failed: true, reason: err.message });
      break;
    }
  }
  return out;
}
