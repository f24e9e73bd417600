import { describe, type ServerConfig } from "./config.js";

const prod: ServerConfig = { host: "edge.example.net", port: 443, tlsCert: "/etc/tls/edge.pem" };
const dev: ServerConfig = { host: "localhost", port: 8080 };

for (const cfg of [prod, dev]) console.log(describe(cfg));
