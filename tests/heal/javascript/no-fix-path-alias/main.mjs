import * as nodePath from "node:path";

console.log(path.join(nodePath.sep, "tmp"));
