/**
 * Gives the browser a turn between slices of long work, so input and rendering are never held
 * up by one long task (https://web.dev/articles/optimize-long-tasks). scheduler.yield keeps the
 * work's place in line where the browser has it; a zero timeout elsewhere.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Resolves once the next frame has been laid out and painted: a timer queued from
 * requestAnimationFrame runs after that frame's rendering task. A hidden page paints no frames,
 * so there a timer alone stands in.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const next = () => setTimeout(resolve, 0);
    if (document.visibilityState === 'hidden') next();
    else requestAnimationFrame(next);
  });
}
