/**
 * The WordPress block editor, from npm (@wordpress/blocks with every core block of
 * @wordpress/block-library, bundled by scripts/wordpress-bundle.mjs): its paste handler, as a
 * Paragraph block runs it on a paste, and its serializer, which writes the post WordPress stores.
 * Saving then goes through WordPress's own sanitizer (wp_kses_post, run with PHP by the
 * `wp-kses` command) for every user without the `unfiltered_html` capability, such as authors
 * and contributors. What is stored is published on a portal page and the statement checked there.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { inlineTitle, snippet } from './docs-snippets.js';
import { expectNone, expectShown, FILE_TITLE, plainText, publish, unpublishAll } from './publish.js';

type Block = { name: string };
interface WordPress {
  createBlock(name: string, attributes: Record<string, unknown>, innerBlocks?: Block[], innerContent?: string[]): Block;
  parse(content: string): Block[];
  serialize(blocks: Block[]): string;
  pasteHandler(options: Record<string, unknown>): Block[] | string;
}

let wp: WordPress;

/** The post WordPress stores after `html` is pasted into an empty Paragraph block. */
function pastedIntoParagraph(html: string): string {
  // The options a Paragraph block's rich text passes on a paste.
  const content = wp.pasteHandler({ HTML: html, plainText: plainText(html), mode: 'AUTO', tagName: 'p', preserveWhiteSpace: false });
  return stored(typeof content === 'string' ? [wp.createBlock('core/paragraph', { content })] : content);
}

/** The post WordPress stores after `html` is typed into a Custom HTML block (kept as the block's inner content, as its editor does). */
function inCustomHtmlBlock(html: string): string {
  return stored([wp.createBlock('core/html', {}, [], [html])]);
}

function stored(blocks: Block[]): string {
  const post = wp.serialize(blocks);
  // Opened again in the editor, the post is unchanged (no block WordPress would call invalid).
  expect(wp.serialize(wp.parse(post))).to.equal(post);
  return post;
}

/** The post as WordPress stores it for a user without `unfiltered_html`. */
async function savedByAuthor(context: Mocha.Context, post: string): Promise<string> {
  const result = (await executeServerCommand('wp-kses', { html: post })) as { html?: string; skipped?: string };
  if (result.skipped) {
    console.log(`Skipped: ${result.skipped}`);
    context.skip();
  }
  return result.html!;
}

describe('WordPress block editor', () => {
  before(async function () {
    // Bundled on first use (about 15 s on two cores), then cached.
    this.timeout(120_000);
    wp = (await import('/__cms/wordpress.js' as string)) as WordPress;
  });

  afterEach(unpublishAll);

  it('link pasted into a paragraph: the statement shows, saved by an administrator', async () => {
    const post = pastedIntoParagraph(snippet('link'));
    expect(post).to.contain('<!-- wp:paragraph -->').and.to.contain('href="/files/sla.json#sla-statement"');
    expectShown(await publish(post), FILE_TITLE);
  });

  it('link pasted into a paragraph: the statement shows, saved by an author through WordPress’s sanitizer', async function () {
    const post = await savedByAuthor(this, pastedIntoParagraph(snippet('link')));
    expectShown(await publish(post), FILE_TITLE);
  });

  it('element and inline JSON in a Custom HTML block, saved by a user with unfiltered_html: the statement shows', async () => {
    expectShown(await publish(inCustomHtmlBlock(snippet('element'))), FILE_TITLE);
    expectShown(await publish(inCustomHtmlBlock(snippet('inline'))), inlineTitle());
  });

  it('element and inline JSON in a Custom HTML block, saved by an author: the element and script are removed, the fallback link and the JSON left as text', async function () {
    const element = await savedByAuthor(this, inCustomHtmlBlock(snippet('element')));
    expect(element).not.to.contain('<sla-statement');
    const fromElement = await publish(element);
    expectNone(fromElement);
    expect(fromElement.text).to.contain('(JSON)');

    const inline = await savedByAuthor(this, inCustomHtmlBlock(snippet('inline')));
    expect(inline).not.to.contain('<script');
    const fromInline = await publish(inline);
    expectNone(fromInline);
    expect(fromInline.text).to.contain('"version": 1');
  });

  it('element and inline JSON pasted into a paragraph: removed by the paste handler, whoever pastes', async () => {
    const element = pastedIntoParagraph(snippet('element'));
    expect(element).not.to.contain('<sla-statement');
    const fromElement = await publish(element);
    expectNone(fromElement);
    expect(fromElement.text).to.contain('(JSON)');

    const inline = pastedIntoParagraph(snippet('inline'));
    expect(inline).not.to.contain('<sla-statement').and.not.to.contain('<script');
    expectNone(await publish(inline));
  });
});
