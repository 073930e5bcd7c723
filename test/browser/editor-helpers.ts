/** Set-up for the editor's browser tests: a real `<sla-editor>` on the page, driven as an author would. */
import { waitUntil } from '@open-wc/testing';
import '../../src/editor/main.js';
import type { SlaEditor } from '../../src/editor/main.js';
import { DRAFT_KEY } from '../../src/editor/model/draft-storage.js';
import { SEEDS } from './helpers.js';

export { DRAFT_KEY };

export interface Editor {
  element: SlaEditor;
  $: <T extends HTMLElement = HTMLElement>(selector: string) => T;
  $$: <T extends HTMLElement = HTMLElement>(selector: string) => T[];
  byId: <T extends HTMLElement = HTMLElement>(id: string) => T;
  /** The focused element inside the editor. */
  active: () => Element | null;
  /** The statement as the JSON tab has it. */
  statement: () => Record<string, any>;
  previewText: () => string;
  update: () => Promise<unknown>;
}

const mounted: HTMLElement[] = [];

export async function mountEditor(attributes = ''): Promise<Editor> {
  const holder = document.createElement('div');
  holder.innerHTML = `<sla-editor ${attributes}></sla-editor>`;
  document.body.append(holder);
  mounted.push(holder);
  const element = holder.querySelector('sla-editor')!;
  await waitUntil(() => element.dataset['ready'] === 'true', 'the editor did not start');
  return wrap(element);
}

export function wrap(element: SlaEditor): Editor {
  const root = () => element.shadowRoot!;
  return {
    element,
    $: (selector) => root().querySelector(selector)!,
    $$: (selector) => [...root().querySelectorAll(selector)] as never,
    byId: (id) => root().getElementById(id) as never,
    active: () => root().activeElement,
    statement: () => JSON.parse((root().getElementById('json') as HTMLTextAreaElement).value),
    previewText: () => root().getElementById('preview')?.shadowRoot?.textContent ?? '',
    update: () => element.updateComplete,
  };
}

export function unmountEditors(): void {
  while (mounted.length) mounted.pop()!.remove();
  localStorage.removeItem(DRAFT_KEY);
}

/** A value typed into a field at once: the value changes and an input event follows. */
export async function fill(editor: Editor, field: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await editor.update();
}

/** A paste as the browser delivers it: a ClipboardEvent carrying the clipboard's formats. */
export function paste(target: HTMLElement, data: Record<string, string>): ClipboardEvent {
  const transfer = new DataTransfer();
  for (const [type, value] of Object.entries(data)) transfer.setData(type, value);
  target.focus();
  const event = new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true, composed: true });
  target.dispatchEvent(event);
  return event;
}

export async function seedText(index: number): Promise<string> {
  return (await fetch(`/test/fixtures/statements/seeds/${SEEDS[index]!.seed}.txt`)).text();
}

/** Opens a file through the start panel's file input. */
export function openFile(editor: Editor, file: File): void {
  const input = editor.byId<HTMLInputElement>('file');
  const files = new DataTransfer();
  files.items.add(file);
  input.files = files.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

export const persian = (value: number) => new Intl.NumberFormat('fa', { useGrouping: false }).format(value);
