export interface Delivery {
  ok: boolean;
  reason?: string;
}

async function post(url: string, body: string): Promise<void> {
  if (!url.startsWith("https://")) throw new Error("refusing plain http");
  void body;
}

export async function deliver(url: string, payload: object): Promise<Delivery> {
  try {
    await post(url, JSON.stringify(payload));
    return { ok: true };
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message : String(e) };
  }
}
