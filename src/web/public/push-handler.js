// Web Push for Unknot's reminders, loaded into the generated service worker with importScripts (vite.config.ts).
// The server sends JSON: { kind, title, body, url, action, reminderId, dueAt }. The notification's action (and a
// tap on it) opens the screen the reminder is about, in an open window when there is one.
self.addEventListener('push', (event) => {
  let data = {};
  try {
    data = event.data ? event.data.json() : {};
  } catch {
    data = { title: 'Unknot', body: event.data ? event.data.text() : '' };
  }
  const title = data.title || 'Unknot';
  const options = {
    body: data.body || '',
    icon: 'icon-192.png',
    badge: 'icon-192.png',
    // One notification per kind: a newer one of the same kind replaces the older (never two "next dose").
    tag: data.kind ? `unknot-${data.kind}` : undefined,
    timestamp: data.dueAt ? Date.parse(data.dueAt) : Date.now(),
    data: { url: data.url || './' },
    actions: data.action ? [{ action: 'open', title: data.action }] : [],
  };
  event.waitUntil(self.registration.showNotification(title, options));
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const target = new URL(event.notification.data?.url || './', self.registration.scope).href;
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      for (const client of windows) {
        if (new URL(client.url).origin !== self.location.origin) continue;
        await client.focus();
        if ('navigate' in client) await client.navigate(target);
        return;
      }
      await self.clients.openWindow(target);
    })(),
  );
});
