import { useEffect, useRef } from 'react';

const RETRY_MS = 3000;

/**
 * Listens to the API's server-sent events for the signed-in user
 * (`/events/notifications`, with the bearer token, hence fetch rather than
 * EventSource) and calls `onNotification` for each new notification. It
 * reconnects after a dropped connection and stops when the token changes or the
 * component goes away.
 */
export function useNotificationStream(token: string | undefined, onNotification: () => void): void {
  const callback = useRef(onNotification);
  callback.current = onNotification;

  useEffect(() => {
    if (!token) return;
    const controller = new AbortController();
    let retry: ReturnType<typeof setTimeout> | undefined;
    const connect = async () => {
      try {
        const res = await fetch('/events/notifications', { headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' }, signal: controller.signal });
        if (!res.ok || !res.body) throw new Error(`stream answered ${res.status}`);
        const reader = res.body.getReader();
        const decoder = new TextDecoder();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += decoder.decode(value, { stream: true });
          const events = buffer.split('\n\n');
          buffer = events.pop() ?? '';
          // Caught up after a reconnect too: the bell reads its state afresh on `ready`.
          if (events.some((e) => /^event: (notification|ready)$/m.test(e))) callback.current();
        }
      } catch {
        if (controller.signal.aborted) return;
      }
      if (!controller.signal.aborted) retry = setTimeout(() => void connect(), RETRY_MS);
    };
    void connect();
    return () => {
      controller.abort();
      if (retry) clearTimeout(retry);
    };
  }, [token]);
}
