import { expect } from '@open-wc/testing';
import type { SlaErrorDetail, SlaLoadDetail, SlaStatement } from '../../src/sla-statement.js';
import { $, $$, dataUrl, minimalStatement, mount, settled, unmountAll, visibleText } from './helpers.js';

const FILE = 'demo/data/000-lorestan.json';
const OTHER = 'demo/data/004-mazandaran-tvto.json';

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function failure(markup: string): Promise<{ element: SlaStatement; detail: SlaErrorDetail }> {
  const element = mount(markup);
  const event = await settled(element);
  expect(event.type).to.equal('sla-error');
  await element.updateComplete;
  return { element, detail: event.detail as SlaErrorDetail };
}

describe('loading the statement', () => {
  afterEach(unmountAll);

  it('loads from src and fires a bubbling, composed sla-load', async () => {
    const outer = document.createElement('div');
    document.body.append(outer);
    let heard: CustomEvent<SlaLoadDetail> | undefined;
    document.addEventListener('sla-load', (event) => (heard = event), { once: true });
    const element = mount(`<sla-statement src="${dataUrl('000-lorestan')}"></sla-statement>`, outer);
    await settled(element);
    outer.remove();
    expect(heard!.bubbles).to.equal(true);
    expect(heard!.composed).to.equal(true);
    expect(heard!.detail.statement.title).to.equal('توافقنامه سطح خدمت استانداری لرستان');
    expect(heard!.detail.problems).to.deep.equal([]);
  });

  it('reads a body that arrives in pieces cutting through Persian characters', async () => {
    // 777 bytes: an odd size, so pieces end inside two-byte Persian letters.
    const trickled = mount(`<sla-statement src="/__fault/trickle/777/${FILE}"></sla-statement>`);
    const whole = mount(`<sla-statement src="/${FILE}"></sla-statement>`);
    const [trickledEvent, wholeEvent] = await Promise.all([settled(trickled), settled(whole)]);
    expect([trickledEvent.type, wholeEvent.type]).to.deep.equal(['sla-load', 'sla-load']);
    await Promise.all([trickled.updateComplete, whole.updateComplete]);
    expect(visibleText(trickled)).to.not.contain('\uFFFD');
    expect(visibleText(trickled)).to.equal(visibleText(whole));
  });

  it('shows a loading placeholder with aria-busy that keeps its size', async () => {
    const element = mount(`<sla-statement src="/__fault/slow/400/${FILE}"></sla-statement>`);
    await element.updateComplete;
    const busy = $(element, '[aria-busy="true"]')!;
    expect(busy).to.exist;
    const first = element.getBoundingClientRect().height;
    await wait(100);
    expect(element.getBoundingClientRect().height).to.equal(first);
    expect(first).to.be.greaterThan(100);
    expect(visibleText(element)).to.contain('در حال بارگیری');
    await settled(element);
    await element.updateComplete;
    expect($(element, '[aria-busy]')).to.equal(null);
  });

  it('reads inline JSON from a child script, also when it arrives after the element', async () => {
    const inline = mount(`<sla-statement><script type="application/json">${JSON.stringify(minimalStatement())}</script></sla-statement>`);
    expect((await settled(inline)).type).to.equal('sla-load');
    const later = mount('<sla-statement src=""></sla-statement>');
    later.removeAttribute('src');
    const done = settled(later);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(minimalStatement({ title: 'دیرتر' }));
    later.append(script);
    const event = await done;
    expect(event.type).to.equal('sla-load');
    await later.updateComplete;
    expect($(later, '[part="title"]')!.textContent).to.equal('دیرتر');
  });

  it('prefers the data property, and re-renders when it is replaced', async () => {
    const element = mount(`<sla-statement src="${dataUrl('000-lorestan')}"></sla-statement>`);
    let done = settled(element);
    element.data = minimalStatement({ title: 'از ویژگی' });
    await done;
    await element.updateComplete;
    expect($(element, '[part="title"]')!.textContent).to.equal('از ویژگی');
    done = settled(element);
    element.data = minimalStatement({ title: 'دوم' });
    await done;
    await element.updateComplete;
    expect($(element, '[part="title"]')!.textContent).to.equal('دوم');
  });

  it('aborts the old request when src changes, and a stale response never renders', async () => {
    const element = mount(`<sla-statement src="/__fault/slow/500/${FILE}"></sla-statement>`);
    await element.updateComplete;
    element.src = `/${OTHER}`;
    const event = await settled(element);
    expect((event.detail as SlaLoadDetail).statement.provider.name).to.contain('مازندران');
    await wait(700);
    await element.updateComplete;
    expect($(element, '[part="title"]')!.textContent).to.contain('اصالت گواهینامه');
  });

  it('ends a request that hangs with a timeout error, and retries', async () => {
    const { element, detail } = await failure('<sla-statement src="/__fault/hang" timeout="300"></sla-statement>');
    expect(detail.failure.kind).to.equal('timeout');
    const alert = $(element, '[role="alert"]')!;
    expect(alert.textContent).to.contain('/__fault/hang');
    const retry = $(element, '[part="retry"]') as HTMLButtonElement;
    expect(retry).to.exist;
    element.src = `/__fault/hang?again`;
    expect((await settled(element)).type).to.equal('sla-error');
  });

  it('says the HTTP status of a failed response, and the retry button loads again', async () => {
    const { element, detail } = await failure('<sla-statement src="/__fault/status/404"></sla-statement>');
    expect(detail.failure).to.deep.include({ kind: 'http', status: 404 });
    expect($(element, '[role="alert"]')!.textContent).to.contain('۴۰۴');
    const again = settled(element);
    ($(element, '[part="retry"]') as HTMLButtonElement).click();
    expect((await again).type).to.equal('sla-error');
  });

  it('recovers with the retry button once the server answers again', async () => {
    const { element, detail } = await failure(`<sla-statement src="/__fault/flaky/retry-${Date.now()}/${FILE}"></sla-statement>`);
    expect(detail.failure).to.deep.include({ kind: 'http', status: 503 });
    const again = settled(element);
    ($(element, '[part="retry"]') as HTMLButtonElement).click();
    const event = await again;
    expect(event.type, JSON.stringify(event.detail.failure)).to.equal('sla-load');
    await element.updateComplete;
    expect($(element, '[role="alert"]')).to.equal(null);
    expect($(element, '[part="title"]')!.textContent).to.contain('لرستان');
  });

  it('explains a network or CORS failure', async () => {
    const crossOrigin = `${location.protocol}//127.0.0.1:${location.port}/${FILE}`;
    const { element, detail } = await failure(`<sla-statement src="${crossOrigin}"></sla-statement>`);
    expect(detail.failure.kind).to.equal('network');
    expect($(element, '[role="alert"]')!.textContent).to.contain('CORS');
  });

  it('says when the server sent an HTML page instead of JSON', async () => {
    const { element, detail } = await failure('<sla-statement src="/__fault/html"></sla-statement>');
    expect(detail.failure.kind).to.equal('html');
    expect($(element, '[role="alert"]')!.textContent).to.contain('HTML');
    expect($(element, '[part="retry"]')).to.equal(null);
  });

  it('accepts valid JSON served with a wrong content type', async () => {
    const element = mount(`<sla-statement src="/__fault/text/${FILE}"></sla-statement>`);
    expect((await settled(element)).type).to.equal('sla-load');
  });

  it('gives the line and column of a JSON syntax error', async () => {
    const { element, detail } = await failure('<sla-statement src="/demo/data/errors/broken.json"></sla-statement>');
    expect(detail.failure).to.deep.include({ kind: 'syntax', line: 6 });
    expect($(element, '[role="alert"]')!.textContent).to.contain('سطر ۶');
  });

  it('lists the first validation problems with their paths', async () => {
    const { element, detail } = await failure('<sla-statement src="/demo/data/errors/invalid.json"></sla-statement>');
    expect(detail.failure.kind).to.equal('invalid');
    expect(detail.problems.map((problem) => problem.path)).to.include.members(['title', 'provider', 'sections']);
    const items = $$(element, '[role="alert"] .problems li').map((li) => li.textContent!);
    expect(items.some((text) => text.includes('title') && text.includes('الزامی'))).to.equal(true);
  });

  it('shows the rest of a statement with local problems, and a notice naming each', async () => {
    const element = mount('<sla-statement src="/demo/data/errors/partial.json"></sla-statement>');
    const event = await settled(element);
    await element.updateComplete;
    expect(event.type).to.equal('sla-load');
    const paths = (event.detail as SlaLoadDetail).problems.map((problem) => problem.path);
    expect(paths).to.deep.equal([
      'sections[0].content[1]',
      'sections[1].kind',
      'services.items[1].visits',
      'services.items[2].url',
      'validity.until',
    ]);
    const notice = $(element, '[part="notice"]')!;
    expect(notice.getAttribute('role')).to.equal('status');
    expect(notice.textContent).to.contain('sections[1].kind');
    expect($$(element, '.section')).to.have.length(2);
    expect($$(element, 'tbody tr')).to.have.length(1);
  });

  it('says so when it is given no data at all', async () => {
    const { element, detail } = await failure('<sla-statement></sla-statement>');
    expect(detail.failure.kind).to.equal('no-source');
    expect($(element, '[role="alert"]')!.textContent).to.contain('src');
  });

  it('drops a load when removed mid-way, and loads again when re-inserted', async () => {
    const element = mount(`<sla-statement src="/__fault/slow/300/${FILE}"></sla-statement>`);
    await element.updateComplete;
    const parent = element.parentElement!;
    const events: string[] = [];
    element.addEventListener('sla-load', () => events.push('load'));
    element.addEventListener('sla-error', () => events.push('error'));
    element.remove();
    await wait(500);
    expect(events).to.deep.equal([]);
    parent.append(element);
    await settled(element);
    await element.updateComplete;
    expect(events).to.deep.equal(['load']);
    expect($(element, '[part="title"]')).to.exist;
  });

  it('never leaves an empty box, whatever it is given', async () => {
    for (const data of [null, 42, 'text', [], {}, { version: 1 }, minimalStatement({ sections: 'x' })]) {
      const element = mount('<sla-statement></sla-statement>');
      element.data = data;
      await nextFrame();
      await element.updateComplete;
      expect(visibleText(element).length, JSON.stringify(data)).to.be.greaterThan(10);
    }
  });
});
