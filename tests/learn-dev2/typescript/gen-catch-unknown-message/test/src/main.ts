import { deliver } from "./relay.js";

deliver("http://hooks.example/ci", { event: "build.passed" }).then((d) => console.log(d));
