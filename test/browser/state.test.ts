/**
 * Embedders can wait for the statement (issue 11, point 6): `state` says where the element is,
 * `whenReady()` settles with the outcome, also for a script that runs after an inline statement
 * was already shown and its `sla-load` long gone.
 */
import { expect } from '@open-wc/testing';
import type { SlaError, SlaStatement } from '../../src/sla-statement.component.js';
import { dataUrl, minimalStatement, mount, settled, unmountAll } from './helpers.js';

/** A page whose inline statement loads with the page; the test's script only comes later. */
async function framedInline(json: string): Promise<{ frame: HTMLIFrameElement; element: SlaStatement }> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="fa"><head><script type="module" src="/src/sla-statement.ts"></script></head>
    <body><sla-statement><script type="application/json">${json}</script><p>توافقنامه</p></sla-statement></body></html>`;
  await new Promise((resolve) => {
    frame.onload = resolve;
    document.body.append(frame);
  });
  const element = frame.contentDocument!.querySelector('sla-statement') as SlaStatement;
  await frame.contentWindow!.customElements.whenDefined('sla-statement');
  // Long enough for the statement to be shown (or to fail) before anyone asks.
  for (let tries = 0; tries < 100 && element.state === 'loading'; tries++) await new Promise((resolve) => setTimeout(resolve, 50));
  return { frame, element };
}

describe('state and whenReady()', () => {
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => {
    while (frames.length) frames.pop()!.remove();
    unmountAll();
  });

  it('a script that runs after an inline statement was shown still learns of it', async () => {
    const { frame, element } = await framedInline(JSON.stringify(minimalStatement({ title: 'درون صفحه' })));
    frames.push(frame);
    expect(element.state).to.equal('ready');
    const detail = await element.whenReady();
    expect(detail.statement.title).to.equal('درون صفحه');
    expect(detail.problems).to.deep.equal([]);
    expect(element.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('درون صفحه');
  });

  it('… and of a failure: whenReady() rejects with the sla-error detail and the message shown', async () => {
    const { frame, element } = await framedInline('{"version": 1,');
    frames.push(frame);
    expect(element.state).to.equal('failed');
    const error = await element.whenReady().then(
      () => expect.fail('resolved'),
      (reason: SlaError) => reason,
    );
    expect(error).to.be.instanceOf((frame.contentWindow as unknown as typeof globalThis).Error);
    expect(error.detail.failure.kind).to.equal('syntax');
    expect(error.message).to.equal(error.detail.message);
    expect(element.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain(error.message);
  });

  it('is loading until sla-load fires, then ready; whenReady() settles after the event, with its detail', async () => {
    const element = mount(`<sla-statement src="/__fault/slow/200${dataUrl('000-lorestan')}"></sla-statement>`);
    expect(element.state).to.equal('loading');
    const order: string[] = [];
    let stateAtEvent: string | undefined;
    element.addEventListener('sla-load', () => {
      order.push('event');
      stateAtEvent = element.state;
    });
    const ready = element.whenReady().then((detail) => {
      order.push('promise');
      return detail;
    });
    const event = await settled(element);
    const detail = await ready;
    expect(order).to.deep.equal(['event', 'promise']);
    expect(stateAtEvent).to.equal('ready');
    expect(detail).to.equal(event.detail);
  });

  it('goes back to loading for a new source; a promise made meanwhile settles with the newest outcome', async () => {
    const element = mount(`<sla-statement src="${dataUrl('000-lorestan')}"></sla-statement>`);
    await element.whenReady();
    element.src = `/__fault/slow/300${dataUrl('004-mazandaran-tvto')}`;
    await element.updateComplete;
    expect(element.state).to.equal('loading');
    const pending = element.whenReady();
    // Overtaken before it answers: the promise follows the load that wins.
    element.src = '/__fault/status/404';
    const error = await pending.then(() => expect.fail('resolved'), (reason: SlaError) => reason);
    expect(error.detail.failure).to.include({ kind: 'http', status: 404 });
    expect(element.state).to.equal('failed');

    element.src = dataUrl('004-mazandaran-tvto');
    expect((await element.whenReady()).statement.title).to.contain('گواهینامه مهارت');
    element.reload();
    expect(element.state).to.equal('loading');
    await element.whenReady();
    expect(element.state).to.equal('ready');
  });
});
