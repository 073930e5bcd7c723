/**
 * Work for when the browser has nothing better to do. Safari has no requestIdleCallback; a short
 * timer is a fair stand-in there.
 */
const hasIdle = typeof requestIdleCallback === 'function';

export function requestIdle(callback: () => void): number {
  return hasIdle ? requestIdleCallback(callback, { timeout: 2000 }) : window.setTimeout(callback, 200);
}

export function cancelIdle(handle: number): void {
  if (hasIdle) cancelIdleCallback(handle);
  else window.clearTimeout(handle);
}
