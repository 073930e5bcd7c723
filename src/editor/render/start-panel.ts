/**
 * Where a statement starts: the blank national template, the published text pasted (a browser's
 * or Word's HTML is used when the clipboard has it), a file opened (text, web page, Word, JSON),
 * or one of the published samples.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Words } from '../wording.js';

export interface StartActions {
  blank: () => void;
  paste: (event: ClipboardEvent) => void;
  importText: (text: string) => void;
  openFile: (file: File) => void;
  loadSample: (name: string) => void;
}

/** The five published statements the importer was built on (test/fixtures/statements/seeds/). */
const SAMPLES: readonly [string, string][] = [
  ['000_9094c80fdb720990', 'استانداری لرستان'],
  ['001_5db03f956a4e731d', 'استانداری همدان (۲۳ خدمت)'],
  ['002_edc44ef8396a8667', 'شرکت توزیع برق جنوب استان کرمان'],
  ['003_92babf01b3d070b3', 'دانشگاه علوم پزشکی ایرانشهر'],
  ['004_dad72786c95865aa', 'اداره کل آموزش فنی و حرفه‌ای مازندران'],
];

const FILE_TYPES = '.txt,.json,.html,.htm,.docx,.doc,text/plain,application/json,text/html,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** `open`: shown unfolded (before anything was started); folded once there is a draft. */
export function renderStart(words: Words, status: string, open: boolean, withSamples: boolean, actions: StartActions): TemplateResult {
  return html`<section class="panel start" aria-labelledby="start-heading">
    <details ?open=${open}>
    <summary><h2 id="start-heading">${words.startHeading}</h2></summary>
    <p class="help">${words.startIntro}</p>
    <div class="start-grid">
      <div>
        <button type="button" id="start-blank" @click=${actions.blank}>${words.blank}</button>
      </div>
      <div class="field">
        <label for="source">${words.sourceLabel}</label>
        <p class="help" id="source-help">${words.sourceHelp}</p>
        <textarea id="source" rows="4" dir="auto" aria-describedby="source-help" @paste=${actions.paste}></textarea>
        <button type="button" id="import-text" @click=${(event: Event) => actions.importText((event.target as HTMLElement).parentElement!.querySelector('textarea')!.value)}>
          ${words.importText}
        </button>
      </div>
      <div class="field">
        <label for="file">${words.fileLabel}</label>
        <input
          type="file"
          id="file"
          accept=${FILE_TYPES}
          @change=${(event: Event) => {
            const input = event.target as HTMLInputElement;
            const file = input.files?.[0];
            if (file) actions.openFile(file);
            input.value = '';
          }}
        />
      </div>
      ${withSamples
        ? html`<div class="field">
            <label for="sample">${words.sampleLabel}</label>
            <select id="sample">
              ${SAMPLES.map(([name, label]) => html`<option value=${name}>${label}</option>`)}
            </select>
            <button type="button" id="load-sample" @click=${(event: Event) => actions.loadSample((event.target as HTMLElement).parentElement!.querySelector('select')!.value)}>
              ${words.loadSample}
            </button>
          </div>`
        : nothing}
    </div>
    </details>
    <p class="status" id="start-status" role="status">${status}</p>
  </section>`;
}
