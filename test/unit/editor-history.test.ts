import { describe, expect, it } from 'vitest';
import { History } from '../../src/editor/model/history.js';

describe('undo history', () => {
  it('undoes and redoes steps; a new step clears the redo', () => {
    const history = new History('a');
    history.record('b', undefined, 0);
    history.record('c', undefined, 10);
    expect(history.undo()).toBe('b');
    expect(history.undo()).toBe('a');
    expect(history.undo()).toBeUndefined();
    expect(history.redo()).toBe('b');
    history.record('d', undefined, 20);
    expect(history.canRedo).toBe(false);
    expect(history.undo()).toBe('b');
  });

  it('makes typing in one field one step, and a pause or another field a new one', () => {
    const history = new History('', { mergeMs: 1000 });
    history.record('س', 'title', 0);
    history.record('سل', 'title', 200);
    history.record('سلا', 'title', 400);
    history.record('سلام', 'title', 2000);
    history.record('x', 'provider.name', 2100);
    expect(history.undo()).toBe('سلام');
    expect(history.undo()).toBe('سلا');
    expect(history.undo()).toBe('');
    expect(history.canUndo).toBe(false);
  });

  it('does not merge into a step that was undone', () => {
    const history = new History(0);
    history.record(1, 'f', 0);
    history.undo();
    history.record(2, 'f', 10);
    expect(history.undo()).toBe(0);
  });

  it('keeps at most `limit` steps', () => {
    const history = new History(0, { limit: 3 });
    for (let step = 1; step <= 10; step++) history.record(step);
    let undone = 0;
    while (history.undo() !== undefined) undone++;
    expect(undone).toBe(3);
    expect(history.current).toBe(7);
  });
});
