"use strict";

const routes = {
  "/": { method: "GET", handler: () => "home" },
  "/login": { method: "POST", handler: () => "login" },
  "/logout": { method: "POST", handler: () => "logout" },
};

function dispatch(method, path) {
  const route = routes[path];
  if (!route || route.method !== method) return "404";
  return route.handler();
}

console.log(dispatch("GET", "/"), dispatch("POST", "/logout"), dispatch("GET", "/nope"));
