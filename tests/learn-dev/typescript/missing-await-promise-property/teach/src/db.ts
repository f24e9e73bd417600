export interface Singer {
  name: string;
  voice: "soprano" | "alto" | "tenor" | "bass";
}

export async function fetchSinger(id: number): Promise<Singer> {
  return { name: `singer-${id}`, voice: id % 2 ? "alto" : "bass" };
}
