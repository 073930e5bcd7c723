/**
 * The sections as a form: each with its kind (the national template's headings by their titles),
 * its title, its blocks (paragraphs, lists, definitions; each added, removed and reordered), and
 * buttons to move it up or down or remove it. A section can be dragged by its handle as well; the
 * buttons do the same from the keyboard.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { STANDARD_SECTION_KINDS, type SectionKind } from '../../format/schema.js';
import type { Path } from '../model/edits.js';
import { describedBy, idOf, invalid, itemTools, renderMessages, text, textField, type FormContext } from './fields.js';

const KINDS: readonly SectionKind[] = [...STANDARD_SECTION_KINDS, 'other'];

export interface SectionActions {
  /** A section dragged onto another's place. */
  drop: (from: number, to: number) => void;
  add: (kind: SectionKind) => void;
}

const isKind = (value: unknown): value is SectionKind => KINDS.includes(value as SectionKind);
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const field = (value: unknown, name: string): unknown => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined);

/** `status`: what the last move or removal did, said to screen readers as well. */
export function renderSections(ctx: FormContext, sections: unknown, status: string, actions: SectionActions): TemplateResult {
  const { words } = ctx;
  const list = asList(sections);
  return html`<section class="group" aria-labelledby="sections-heading">
    <h3 id="sections-heading"><span id=${idOf(['sections'])} tabindex="-1">${words.sectionsGroup}</span></h3>
    ${renderMessages(ctx, ['sections'])}
    <p class="status" id="sections-status" role="status">${status}</p>
    ${list.length === 0 ? html`<p class="help">${words.noSections}</p>` : nothing}
    <ol class="sections">
      ${list.map((section, index) => renderSection(ctx, section, index, list.length, actions))}
    </ol>
    <div class="add-row">
      <label for="new-section-kind">${words.addSectionKind}</label>
      <select id="new-section-kind">
        ${KINDS.map((kind) => html`<option value=${kind} ?selected=${kind === 'other'}>${ctx.labels.kinds[kind]}</option>`)}
      </select>
      <button
        type="button"
        id="add-section"
        @click=${(event: Event) => actions.add(((event.target as HTMLElement).parentElement!.querySelector('select')!.value || 'other') as SectionKind)}
      >
        ${words.addSection}
      </button>
    </div>
  </section>`;
}

function renderSection(ctx: FormContext, section: unknown, index: number, count: number, actions: SectionActions): TemplateResult {
  const { words, labels } = ctx;
  const n = ctx.number(index + 1);
  const base: Path = ['sections', index];
  const kind = field(section, 'kind');
  const title = text(field(section, 'title'));
  const standardTitle = isKind(kind) ? labels.kinds[kind] : '';
  const content = asList(field(section, 'content'));
  const kindId = idOf([...base, 'kind']);
  return html`<li
    class="section"
    @dragover=${(event: DragEvent) => event.dataTransfer?.types.includes('application/x-sla-section') && event.preventDefault()}
    @drop=${(event: DragEvent) => {
      const from = Number(event.dataTransfer?.getData('application/x-sla-section'));
      if (Number.isInteger(from) && from !== index) {
        event.preventDefault();
        actions.drop(from, index);
      }
    }}
  >
    <fieldset>
      <legend>
        <span
          class="handle"
          draggable="true"
          aria-hidden="true"
          title=${words.dragSection(n)}
          @dragstart=${(event: DragEvent) => {
            event.dataTransfer?.setData('application/x-sla-section', String(index));
            if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
          }}
          >⠿</span
        >
        ${words.sectionLegend(n, title || standardTitle)}
      </legend>
      <div class="pair">
        <div class="field">
          <label for=${kindId}>${words.kind}</label>
          <select
            id=${kindId}
            aria-describedby=${ifDefined(describedBy(ctx, [...base, 'kind']))}
            aria-invalid=${ifDefined(invalid(ctx, [...base, 'kind']))}
            @change=${(event: Event) => ctx.set([...base, 'kind'], (event.target as HTMLSelectElement).value)}
          >
            ${isKind(kind) ? nothing : html`<option value="" selected>—</option>`}
            ${KINDS.map((option) => html`<option value=${option} ?selected=${option === kind}>${labels.kinds[option]}</option>`)}
          </select>
          ${renderMessages(ctx, [...base, 'kind'])}
        </div>
        ${textField(ctx, [...base, 'title'], {
          label: kind === 'other' ? words.sectionTitleOther : words.sectionTitle,
          value: field(section, 'title'),
          required: kind === 'other',
          placeholder: standardTitle && kind !== 'other' ? standardTitle : undefined,
        })}
      </div>
      <ol class="blocks">
        ${content.length === 0 ? [renderFirstParagraph(ctx, base, isKind(kind) ? kind : 'other')] : content.map((block, b) => renderBlock(ctx, [...base, 'content'], block, b, content.length, index))}
      </ol>
      <div class="add-block">
        <button type="button" class="small" @click=${() => ctx.insert([...base, 'content'], content.length, '')}>+ ${words.addParagraph}</button>
        <button type="button" class="small" @click=${() => ctx.insert([...base, 'content'], content.length, { list: [''] })}>+ ${words.addList}</button>
        <button type="button" class="small" @click=${() => ctx.insert([...base, 'content'], content.length, { terms: [{ term: '', text: '' }] })}>+ ${words.addTerms}</button>
      </div>
      <details class="more">
        <summary>${words.moreFields}</summary>
        ${textField(ctx, [...base, 'id'], { label: words.sectionId, value: field(section, 'id'), dir: 'ltr', help: words.sectionIdHelp, placeholder: typeof kind === 'string' ? kind : undefined })}
      </details>
      ${itemTools(ctx, ['sections'], index, count, { up: words.moveSectionUp(n), down: words.moveSectionDown(n), remove: words.removeSection(n) }, 'section')}
    </fieldset>
  </li>`;
}

/**
 * A section with no text yet: one empty paragraph field whose placeholder is the template's
 * guidance. It is the same template as a paragraph's, so the field keeps its focus when the
 * first letter typed makes it a paragraph of the JSON.
 */
function renderFirstParagraph(ctx: FormContext, section: Path, kind: SectionKind): TemplateResult {
  return paragraphItem(ctx, [...section, 'content', 0], ctx.words.firstParagraph, '', ctx.words.guidance[kind], nothing);
}

function paragraphItem(ctx: FormContext, path: Path, label: string, value: string, placeholder: string | undefined, tools: TemplateResult | typeof nothing): TemplateResult {
  return html`<li class="block">${textField(ctx, path, { label, value, required: true, multiline: true, placeholder })} ${tools}</li>`;
}

function renderBlock(ctx: FormContext, content: Path, block: unknown, index: number, count: number, section: number): TemplateResult {
  const { words } = ctx;
  const path: Path = [...content, index];
  const n = ctx.number(index + 1);
  const kindName = typeof block === 'string' ? words.paragraph : Array.isArray(field(block, 'list')) ? words.list : Array.isArray(field(block, 'terms')) ? words.terms : '';
  const name = words.blockLabel(kindName || words.paragraph, n);
  const tools = itemTools(ctx, content, index, count, { up: words.moveBlockUp(name), down: words.moveBlockDown(name), remove: words.removeBlock(name) }, `block-${section}`);
  if (typeof block === 'string') return paragraphItem(ctx, path, name, block, undefined, tools);
  const items = field(block, 'list');
  if (Array.isArray(items)) {
    return html`<li class="block">
      <fieldset class="subgroup">
        <legend>${name}</legend>
        ${renderMessages(ctx, path)}
        <ol class="items">
          ${items.map((item, i) => {
            const label = words.listItem(ctx.number(i + 1));
            return html`<li class="item">
              ${textField(ctx, [...path, 'list', i], { label, value: item, required: true })}
              ${itemTools(ctx, [...path, 'list'], i, items.length, { up: words.moveItemUp(label), down: words.moveItemDown(label), remove: words.removeItem(label) }, `list-${section}-${index}`)}
            </li>`;
          })}
        </ol>
        <button type="button" class="small" @click=${() => ctx.insert([...path, 'list'], items.length, '')}>+ ${words.addListItem}</button>
      </fieldset>
      ${tools}
    </li>`;
  }
  const terms = field(block, 'terms');
  if (Array.isArray(terms)) {
    return html`<li class="block">
      <fieldset class="subgroup">
        <legend>${name}</legend>
        ${renderMessages(ctx, path)}
        <ol class="items">
          ${terms.map((entry, i) => {
            const label = words.term(ctx.number(i + 1));
            return html`<li class="item term">
              <div class="pair">
                ${textField(ctx, [...path, 'terms', i, 'term'], { label, value: field(entry, 'term'), required: true })}
                ${textField(ctx, [...path, 'terms', i, 'text'], { label: words.termText(ctx.number(i + 1)), value: field(entry, 'text'), required: true, multiline: true })}
              </div>
              ${itemTools(ctx, [...path, 'terms'], i, terms.length, { up: words.moveItemUp(label), down: words.moveItemDown(label), remove: words.removeItem(label) }, `terms-${section}-${index}`)}
            </li>`;
          })}
        </ol>
        <button type="button" class="small" @click=${() => ctx.insert([...path, 'terms'], terms.length, { term: '', text: '' })}>+ ${words.addTerm}</button>
      </fieldset>
      ${tools}
    </li>`;
  }
  // Not a block of the format: only the JSON tab can show it; the problem says why.
  return html`<li class="block">
    <p class="error" id=${idOf(path)} tabindex="-1">${name}: ${words.inJson}</p>
    ${renderMessages(ctx, path)} ${tools}
  </li>`;
}

