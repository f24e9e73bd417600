export interface User {
  id: number;
  name: string;
}

export async function loadUser(id: number): Promise<User> {
  return { id, name: `user${id}` };
}
