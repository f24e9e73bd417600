const greeting = "hello";
console.log(greeting.toUpperCase();
export {};
