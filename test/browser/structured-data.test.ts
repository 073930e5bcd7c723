import { expect } from '@open-wc/testing';
import { loadJson, render, unmountAll } from './helpers.js';

type Thing = Record<string, unknown>;

async function jsonLd(): Promise<Thing[]> {
  await new Promise((resolve) => setTimeout(resolve, 300));
  return [...document.head.querySelectorAll('script[type="application/ld+json"][data-sla-statement]')].map(
    (script) => JSON.parse(script.textContent!) as Thing,
  );
}

describe('schema.org structured data', () => {
  afterEach(unmountAll);

  it('describes the provider and each service as GovernmentService, linked to the statement', async () => {
    const data = await loadJson('001-hamedan');
    (data.services as { items: Thing[] }).items[0] = {
      name: 'اعطای تابعیت',
      id: '13021187000',
      unit: 'دفتر اتباع',
      channels: ['web', 'in-person'],
      audience: ['G2C'],
      url: 'https://example.ir/s/1',
    };
    await render(data);
    const [document_] = await jsonLd();
    expect(document_!['@context']).to.equal('https://schema.org');
    const graph = document_!['@graph'] as Thing[];
    const organization = graph[0]!;
    expect(organization).to.deep.include({ '@type': 'GovernmentOrganization', name: 'استانداري همدان', url: 'https://www.ostan-hm.ir' });
    const services = graph.filter((thing) => thing['@type'] === 'GovernmentService');
    expect(services).to.have.length(23);
    const statementUrl = location.href.split('#')[0];
    for (const service of services) {
      expect(service.name).to.be.a('string').and.not.equal('');
      expect(service.provider).to.deep.equal({ '@id': organization['@id'] });
      expect(service.termsOfService).to.equal(statementUrl);
    }
    expect(services[0]).to.deep.include({ identifier: '13021187000', url: 'https://example.ir/s/1' });
    expect(services[0]!.availableChannel).to.deep.equal([
      { '@type': 'ServiceChannel', name: 'web', serviceUrl: 'https://example.ir/s/1' },
      { '@type': 'ServiceChannel', name: 'in-person' },
    ]);
  });

  it('describes the single service of a per-service statement', async () => {
    await render(await loadJson('004-mazandaran-tvto'));
    const graph = (await jsonLd())[0]!['@graph'] as Thing[];
    expect(graph.map((thing) => thing['@type'])).to.deep.equal(['GovernmentOrganization', 'GovernmentService']);
    expect(graph[1]!.name).to.equal('پاسخ به استعلام اصالت گواهینامه مهارت');
  });

  it('is left out with no-structured-data, and removed with the element', async () => {
    await render(await loadJson('000-lorestan'), 'no-structured-data');
    expect(await jsonLd()).to.deep.equal([]);
    await render(await loadJson('000-lorestan'));
    expect(await jsonLd()).to.have.length(1);
    unmountAll();
    expect(await jsonLd()).to.deep.equal([]);
  });
});
