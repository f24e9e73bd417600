import { throttle } from "lodash";

export interface ScrollState {
  y: number;
  atBottom: boolean;
}

export function watchScroll(height: number, onChange: (s: ScrollState) => void): (y: number) => void {
  return throttle((y: number) => {
    onChange({ y, atBottom: y >= height - 10 });
  }, 100);
}
