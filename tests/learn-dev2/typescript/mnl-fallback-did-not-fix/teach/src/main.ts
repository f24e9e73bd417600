interface PollOptions {
  url: string;
  timeout: string;
}

function poll(opts: PollOptions): void {
  const timeoutMs: number = opts.timeout;
  console.log(`polling ${opts.url} every ${timeoutMs} ms`);
}

poll({ url: "https://status.example/health", timeout: "2500" });
