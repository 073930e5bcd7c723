/**
 * Gives the browser a turn between slices of long work, so input and rendering are never held
 * up by one long task (https://web.dev/articles/optimize-long-tasks). scheduler.yield keeps the
 * work's place in line where the browser has it; a zero timeout elsewhere.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}
