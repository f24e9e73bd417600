class PriorityQueue {
  constructor(compare) {
    this.items = [];
    this.compare = compare;
  }

  push(item) {
    this.items.push(item);
    this.items.sort(this.compare);
  }

  pop() {
    return this.items.shift();
  }

  get size() {
    return this.items.length;
  }
}

module.exports = { PriorityQueue };
