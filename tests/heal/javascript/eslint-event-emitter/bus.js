export class Bus extends EventEmitter {
  ping() {
    this.emit("ping");
  }
}
