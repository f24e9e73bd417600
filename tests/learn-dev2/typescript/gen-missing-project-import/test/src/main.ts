import { Slider } from "./ui/slider.js";

const gain = new Slider("gain");
gain.nudge(35);
console.log(gain.label, gain.nudge(30));
