export interface ApiError {
  status: number;
  message: string;
}

export class ApiClient {
  constructor(private readonly baseUrl: string, private readonly token?: string) {}

  private headers(): Record<string, string> {
    const h: Record<string, string> = { Accept: "application/json" };
    if (this.token) h.Authorization = `Bearer ${this.token}`;
    return h;
  }

  async get(path: string): Promise<Reponse> {
    const res = await fetch(this.baseUrl + path, { headers: this.headers() });
    if (!res.ok) {
      const err: ApiError = { status: res.status, message: await res.text() };
      throw err;
    }
    return res;
  }
}
