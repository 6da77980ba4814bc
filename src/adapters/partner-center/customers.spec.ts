import { describe, expect, it } from 'vitest';
import { PartnerCenterClient } from './client';
import { fakeFetch, fakeTokens, json, testOptions } from './test-fetch';

const customer = (id: string, companyName: string, domain: string) => ({
  id,
  companyProfile: { tenantId: id, domain, companyName },
  relationshipToPartner: 'reseller',
  attributes: { objectType: 'Customer' },
});

const page1 = json({
  totalCount: 3,
  items: [customer('t-1', 'Contoso AB', 'contoso.onmicrosoft.com'), customer('t-2', 'Fabrikam A/S', 'fabrikam.dk')],
  links: { next: { uri: '/v1/customers?size=100&seekOperation=Next', method: 'GET', headers: [{ key: 'MS-ContinuationToken', value: 'tok==' }] } },
  attributes: { objectType: 'Collection' },
});
const page2 = json({ totalCount: 3, items: [customer('t-3', 'Northwind Oy', 'northwind.fi')], attributes: { objectType: 'Collection' } });

function setup(baseUrl = 'https://pc.test') {
  const fake = fakeFetch();
  const { options } = testOptions(fake, fakeTokens(), { baseUrl });
  return { fake, client: new PartnerCenterClient(options) };
}

describe('customers', () => {
  it('one page, with the cursor of the next one', async () => {
    const { fake, client } = setup();
    fake.answer(page1);
    const result = await client.listCustomers();
    expect(result).toEqual({
      ok: true,
      value: {
        totalCount: 3,
        items: [
          { id: 't-1', tenantId: 't-1', companyName: 'Contoso AB', domain: 'contoso.onmicrosoft.com' },
          { id: 't-2', tenantId: 't-2', companyName: 'Fabrikam A/S', domain: 'fabrikam.dk' },
        ],
        next: { uri: '/v1/customers?size=100&seekOperation=Next', continuationToken: 'tok==' },
      },
    });
    expect(fake.calls[0]!.url).toBe('https://pc.test/v1/customers?size=100');
  });

  it('the next page goes to the configured base (a relay) with the MS-ContinuationToken header', async () => {
    const { fake, client } = setup('https://relay.example/pc/');
    fake.answer(page2);
    const result = await client.listCustomers({ cursor: { uri: 'https://api.partnercenter.microsoft.com/v1/customers?size=100&seekOperation=Next', continuationToken: 'tok==' } });
    expect(result.ok && result.value.items.map((c) => c.id)).toEqual(['t-3']);
    expect(fake.calls[0]!.url).toBe('https://relay.example/pc/v1/customers?size=100&seekOperation=Next');
    expect(fake.calls[0]!.headers['ms-continuationtoken']).toBe('tok==');
  });

  it('a base that already ends in /v1 (the Settings default) is not doubled', async () => {
    const { fake, client } = setup('https://api.partnercenter.microsoft.com/v1');
    fake.answer(page2);
    await client.listCustomers();
    expect(fake.calls[0]!.url).toBe('https://api.partnercenter.microsoft.com/v1/customers?size=100');
  });

  it('all customers across pages', async () => {
    const { fake, client } = setup();
    fake.answer(page1, page2);
    const result = await client.listAllCustomers();
    expect(result.ok && result.value.map((c) => c.companyName)).toEqual(['Contoso AB', 'Fabrikam A/S', 'Northwind Oy']);
    expect(fake.calls).toHaveLength(2);
  });

  it('search matches company name or domain, any case, across pages (a customer on page 2)', async () => {
    const { fake, client } = setup();
    fake.answer(page1, page2);
    const byName = await client.searchCustomers('NORTH');
    expect(byName.ok && byName.value.map((c) => c.id)).toEqual(['t-3']);
    fake.answer(page1, page2);
    const byDomain = await client.searchCustomers('fabrikam.dk');
    expect(byDomain.ok && byDomain.value.map((c) => c.id)).toEqual(['t-2']);
  });

  it('a failing second page fails the search (never a silently partial answer)', async () => {
    const { fake, client } = setup();
    fake.answer(page1, new Response('', { status: 403 }));
    expect(await client.searchCustomers('x')).toEqual({ ok: false, error: { code: 'forbidden', status: 403 } });
  });

  it('a server repeating the same next link does not loop', async () => {
    const { fake, client } = setup();
    const again = () =>
      json({ items: [customer('t-9', 'Loop', 'loop.test')], links: { next: { uri: '/v1/customers?seek=same', headers: [] } } });
    fake.fallback = again;
    const result = await client.listAllCustomers();
    expect(result.ok).toBe(true);
    expect(fake.calls.length).toBeLessThanOrEqual(3);
  });
});
