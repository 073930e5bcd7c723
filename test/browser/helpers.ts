/** Shared set-up for the browser tests: real elements, real fetches, real events. */
import '../../src/sla-statement.js';
import type { SlaStatement } from '../../src/sla-statement.js';

export const SEEDS = [
  { file: '000-lorestan', seed: '000_9094c80fdb720990' },
  { file: '001-hamedan', seed: '001_5db03f956a4e731d' },
  { file: '002-south-kerman-electricity', seed: '002_edc44ef8396a8667' },
  { file: '003-iranshahr-medical-sciences', seed: '003_92babf01b3d070b3' },
  { file: '004-mazandaran-tvto', seed: '004_dad72786c95865aa' },
] as const;

export const dataUrl = (file: string) => `/demo/data/${file}.json`;

export async function loadJson(file: string): Promise<Record<string, unknown>> {
  return (await fetch(dataUrl(file))).json();
}

export function minimalStatement(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    version: 1,
    title: 'توافقنامه سطح خدمت نمونه',
    provider: { name: 'دستگاه نمونه', url: 'https://example.ir' },
    sections: [
      { kind: 'introduction', content: ['متن مقدمه'] },
      { kind: 'purpose', content: ['متن هدف'] },
      { kind: 'definitions', content: [{ terms: [{ term: 'خدمت دهنده', text: 'دستگاه نمونه' }] }] },
    ],
    ...extra,
  };
}

type Settled = 'sla-load' | 'sla-error';

/** Resolves with the first sla-load or sla-error event of the element. */
export function settled(element: HTMLElement): Promise<CustomEvent & { type: Settled }> {
  return new Promise((resolve) => {
    const done = (event: Event) => {
      element.removeEventListener('sla-load', done);
      element.removeEventListener('sla-error', done);
      resolve(event as CustomEvent & { type: Settled });
    };
    element.addEventListener('sla-load', done);
    element.addEventListener('sla-error', done);
  });
}

const mounted: HTMLElement[] = [];

/** Puts an element built from `markup` on the page; removed again after each test. */
export function mount(markup: string, container: HTMLElement = document.body): SlaStatement {
  const wrapper = document.createElement('div');
  wrapper.innerHTML = markup;
  const element = wrapper.querySelector('sla-statement')!;
  container.append(wrapper);
  mounted.push(wrapper);
  return element;
}

/** Mounts an element with `data` set, and waits until it has rendered. */
export async function render(data: unknown, attributes = ''): Promise<SlaStatement> {
  const element = mount(`<sla-statement ${attributes}></sla-statement>`);
  const done = settled(element);
  element.data = data;
  await done;
  await element.updateComplete;
  return element;
}

export function unmountAll(): void {
  while (mounted.length) mounted.pop()!.remove();
  history.replaceState(null, '', location.pathname + location.search);
}

export function shadow(element: HTMLElement): ShadowRoot {
  return element.shadowRoot!;
}

export function $(element: HTMLElement, selector: string): HTMLElement | null {
  return shadow(element).querySelector<HTMLElement>(selector);
}

export function $$(element: HTMLElement, selector: string): HTMLElement[] {
  return [...shadow(element).querySelectorAll<HTMLElement>(selector)];
}

/** The text a reader sees (shadow DOM included), whitespace collapsed. */
export function visibleText(element: HTMLElement): string {
  return (shadow(element).textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function sectionButtons(element: HTMLElement): HTMLButtonElement[] {
  return $$(element, '.section-heading button') as HTMLButtonElement[];
}
