/**
 * Work for when the browser has nothing better to do. Safari has no requestIdleCallback; a short
 * timer with a small fixed budget is a fair stand-in there.
 */
export interface IdleBudget {
  timeRemaining(): number;
}

const hasIdle = typeof requestIdleCallback === 'function';

export function requestIdle(callback: (budget: IdleBudget) => void): number {
  if (hasIdle) return requestIdleCallback(callback, { timeout: 2000 });
  return window.setTimeout(() => {
    const end = performance.now() + 10;
    callback({ timeRemaining: () => Math.max(0, end - performance.now()) });
  }, 50);
}

export function cancelIdle(handle: number): void {
  if (hasIdle) cancelIdleCallback(handle);
  else window.clearTimeout(handle);
}
