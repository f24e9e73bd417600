function setBadge(text: string): void {
  console.log(`[badge] ${text}`);
}

const messages = [{ read: false }, { read: true }, { read: false }];
const unread = messages.filter((m) => !m.read).length;
setBadge(unread);
