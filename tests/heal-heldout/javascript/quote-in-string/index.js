"use strict";

function healthMessage(status) {
  switch (status) {
    case 200:
      return "Service is up";
    case 503:
      return 'Service can't be reached right now';
    default:
      return `Unexpected status ${status}`;
  }
}

for (const s of [200, 503, 418]) {
  console.log(s, healthMessage(s));
}
