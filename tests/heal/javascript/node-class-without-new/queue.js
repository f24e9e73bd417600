class PriorityQueue {
  constructor(compare) {
    this.items = [];
    this.compare = compare;
  }
}

const queue = PriorityQueue((a, b) => a - b);
console.log(queue.items.length);
