'use strict';

class JobQueue {
  constructor(concurrency = 2) {
    this.concurrency = concurrency;
    this.queue = [];
    this.running = 0;
  }

  add(fn) {
    this.queue.push(fn);
    this.drain();
    return this;
  }

  drain() {
    while (this.running < this.concurrency && this.queue.length) {
      const job = this.queue.shift();
      this.running += 1;
      Promise.resolve()
        .then(job)
        .finally(() => {
          this.running -= 1;
          this.drain();
        });
    }
  }
}

module.exports = { JobQueue };

if (require.main === module) {
  new JobQueue().add(() => console.log('ran'));
}
