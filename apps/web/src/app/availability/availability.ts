import { useSyncExternalStore } from 'react';

/**
 * Whether the portal's server answered "temporarily unavailable" (or could
 * not be reached) on the last request, and is so until a request succeeds.
 * The Apollo client writes it; the banner in the layout reads it.
 */
let unavailable = false;
const listeners = new Set<() => void>();

function set(value: boolean): void {
  if (unavailable === value) return;
  unavailable = value;
  for (const listener of listeners) listener();
}

export const availability = {
  markUnavailable: () => set(true),
  markAvailable: () => set(false),
  get unavailable(): boolean {
    return unavailable;
  },
};

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useUnavailable(): boolean {
  return useSyncExternalStore(subscribe, () => unavailable, () => false);
}
