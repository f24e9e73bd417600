function newId() {
  return randomUUID();
}

console.log(newId().length);
