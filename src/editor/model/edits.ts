/**
 * Every change the editor makes to the statement, as data: set a field, insert, remove or move
 * an item of a list. The form, the grid and the JSON tab all go through `applyEdit`, so the JSON
 * is always the one truth and an edit can be undone as a whole.
 *
 * Edits copy only the objects on the way to the change (the rest is shared), which keeps the undo
 * history cheap. `mapPath` says where a field is after an edit, so a note pinned to a section
 * (an import warning) follows it when sections are reordered, and goes when it is removed.
 */
import type { PathKey } from '../../format/json-path.js';

export type Path = readonly PathKey[];

export type Edit =
  /** `value` undefined removes the field (optional fields are left out, not empty). */
  | { op: 'set'; path: Path; value: unknown }
  | { op: 'insert'; path: Path; index: number; value: unknown }
  | { op: 'remove'; path: Path; index: number }
  | { op: 'move'; path: Path; from: number; to: number };

type Container = Record<PathKey, unknown>;

export function getAt(root: unknown, path: Path): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Container)[key];
  }
  return value;
}

/** A copy of `root` with `change` applied to the value at `path` (made when missing). */
function update(root: unknown, path: Path, change: (value: unknown) => unknown): unknown {
  if (path.length === 0) return change(root);
  const [key, ...rest] = path as [PathKey, ...PathKey[]];
  const base = typeof root === 'object' && root !== null ? root : typeof key === 'number' ? [] : {};
  const copy = (Array.isArray(base) ? [...base] : { ...base }) as Container;
  const next = update(copy[key], rest, change);
  if (next === undefined && !Array.isArray(copy)) delete copy[key];
  else copy[key] = next;
  return copy;
}

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? [...value] : []);

export function applyEdit(root: unknown, edit: Edit): unknown {
  switch (edit.op) {
    case 'set':
      return update(root, edit.path, () => edit.value);
    case 'insert':
      return update(root, edit.path, (value) => {
        const list = asList(value);
        list.splice(Math.max(0, Math.min(edit.index, list.length)), 0, edit.value);
        return list;
      });
    case 'remove':
      return update(root, edit.path, (value) => asList(value).filter((_, index) => index !== edit.index));
    case 'move':
      return update(root, edit.path, (value) => {
        const list = asList(value);
        if (edit.to < 0 || edit.to >= list.length || edit.from < 0 || edit.from >= list.length) return list;
        const [item] = list.splice(edit.from, 1);
        list.splice(edit.to, 0, item);
        return list;
      });
  }
}

const startsWith = (path: Path, prefix: Path) => prefix.length <= path.length && prefix.every((key, index) => path[index] === key);

/**
 * Where the field at `path` is after `edit`: the same place, a new index when items of a list
 * before it moved, or null when the edit removed it.
 */
export function mapPath(path: Path, edit: Edit): Path | null {
  if (edit.op === 'set') return path;
  const depth = edit.path.length;
  if (!startsWith(path, edit.path) || path.length === depth || typeof path[depth] !== 'number') return path;
  const index = path[depth] as number;
  let next = index;
  if (edit.op === 'insert' && index >= edit.index) next = index + 1;
  if (edit.op === 'remove') {
    if (index === edit.index) return null;
    if (index > edit.index) next = index - 1;
  }
  if (edit.op === 'move') {
    if (index === edit.from) next = edit.to;
    else if (edit.from < index && index <= edit.to) next = index - 1;
    else if (edit.to <= index && index < edit.from) next = index + 1;
  }
  return [...path.slice(0, depth), next, ...path.slice(depth + 1)];
}
