import { PDFDocument } from 'pdf-lib';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { Invoice } from '../../src/modules/membership/invoice.entity.js';
import { openMembershipYear } from '../../src/modules/membership/invoice.commands.js';
import { oioublInvoice } from '../../src/modules/membership/oioubl.js';
import { membershipSettings } from '../../src/modules/membership/settings.js';
import { MemberRole } from '../../src/modules/member/member.entity.js';
import { Organisation, OrganisationKind } from '../../src/modules/organisation/organisation.entity.js';
import { createMember, createOrganisation, PASSWORD } from '../helpers/factories.js';
import { APPLY, APPROVE, applicationInput, membershipWorld, type MembershipWorld } from './fixtures.js';
import { oioublProblems } from './oioubl-structure.js';

const settings = membershipSettings(loadConfig({}));
let world: MembershipWorld;
let publicInvoiceId: string;
let ngoInvoiceId: string;

async function approve(input: Record<string, unknown>): Promise<{ invoiceId: string; organisationId: string }> {
  const applied = await world.client.query<{ applyForMembership: { application: { id: string } } }>(APPLY, {
    i: applicationInput(input),
  });
  const res = await world.client.query<{
    approveMembershipApplication: { invoice: { id: string }; application: { organisation: { id: string } } };
  }>(APPROVE, { id: applied.data!.applyForMembership.application.id }, { cookie: world.adminCookie });
  const payload = res.data!.approveMembershipApplication;
  return { invoiceId: payload.invoice.id, organisationId: payload.application.organisation.id };
}

beforeAll(async () => {
  world = await membershipWorld();
  publicInvoiceId = (await approve({ organisationName: 'Østby & Omegn Kommune', cvr: '29000018' })).invoiceId;
  ngoInvoiceId = (
    await approve({
      organisationName: 'Børnenes Stemme',
      kind: 'NGO',
      ean: null,
      cvr: '29000026',
      contactEmail: 'k@bs.example',
      street: 'Søndergade 12, 2. th',
    })
  ).invoiceId;
});
afterAll(() => world.close());

const download = (path: string, headers: Record<string, string> = {}) =>
  world.client.app.inject({ method: 'GET', url: path, headers });

describe('the invoice number series', () => {
  it('hands out consecutive numbers without gaps to concurrent issuers, and a rollback returns its number', async () => {
    const em = world.db.orm.em.fork();
    const organisations = [];
    for (let i = 0; i < 12; i++) {
      const org = em.create(Organisation, {
        slug: `serie-${i}`,
        name: `Serie ${i}`,
        kind: OrganisationKind.NGO,
        cvr: '29000018',
        street: 'Vej 1',
        postalCode: '1000',
        city: 'København',
      });
      organisations.push(org);
    }
    await em.flush();
    const year = new Date().getUTCFullYear() + 3; // a year no other test opens
    const issue = (org: Organisation, fail: boolean) =>
      world.db.orm.em.fork().transactional(async (tx) => {
        const mine = await tx.findOneOrFail(Organisation, org.id);
        const { invoice } = await openMembershipYear(tx, { organisation: mine, year, contact: 'X', settings });
        await tx.flush();
        if (fail) throw new Error('rolled back on purpose');
        return invoice.sequence;
      });
    const results = await Promise.allSettled(organisations.map((org, i) => issue(org, i % 4 === 3)));
    const numbers = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : [])).sort((a, b) => a - b);
    expect(numbers).toHaveLength(9);
    const series = await em.fork().find(Invoice, {}, { orderBy: { sequence: 'asc' } });
    const sequences = series.filter((inv) => inv.series === new Date().getUTCFullYear()).map((inv) => inv.sequence);
    expect(sequences).toEqual(sequences.map((_, i) => i + 1));
    expect(series.every((inv) => inv.number === `${inv.series}-${String(inv.sequence).padStart(4, '0')}`)).toBe(true);
  });
});

describe('OIOUBL electronic invoices', () => {
  it('go to public bodies, addressed by GLN, and pass the OIOUBL structure check', async () => {
    const res = await download(`/invoices/${publicInvoiceId}.xml`, { cookie: world.adminCookie });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/xml');
    expect(oioublProblems(res.body)).toEqual([]);
    expect(res.body).toContain('<cbc:EndpointID schemeAgencyID="9" schemeID="GLN">5790000000005</cbc:EndpointID>');
    expect(res.body).toContain('Østby &amp; Omegn Kommune');
    expect(res.body).toContain('<cbc:PayableAmount currencyID="DKK">6250.00</cbc:PayableAmount>');
  });

  it('the structure check catches what OIOUBL forbids', async () => {
    const good = (await download(`/invoices/${publicInvoiceId}.xml`, { cookie: world.adminCookie })).body;
    const reordered = good.replace(
      /(<cbc:UUID>[^<]*<\/cbc:UUID>)(\s*)(<cbc:IssueDate>[^<]*<\/cbc:IssueDate>)/,
      '$3$2$1',
    );
    expect(oioublProblems(reordered)).toContain('Invoice: cbc:UUID is out of order');
    expect(oioublProblems(good.replace('schemeID="GLN">5790000000005', 'schemeID="GLN">5790000000006'))).toContain(
      'the buyer GLN is not a valid GLN',
    );
    expect(
      oioublProblems(
        good.replace(/<cac:TaxTotal>[\s\S]*?<\/cac:TaxTotal>\s*<cac:LegalMonetaryTotal>/, '<cac:LegalMonetaryTotal>'),
      ),
    ).toContain('Invoice: missing cac:TaxTotal');
    expect(oioublProblems(good.replace('>StandardRated<', '>Standard<'))).toContain('TaxCategory not in list');
    expect(oioublProblems(good.replace('>1250.00</cbc:TaxAmount>', '>1000.00</cbc:TaxAmount>'))).toContain(
      'VAT does not match the rate',
    );
  });

  it('are not made for an invoice without an EAN/GLN number', async () => {
    expect((await download(`/invoices/${ngoInvoiceId}.xml`, { cookie: world.adminCookie })).statusCode).toBe(404);
    const invoice = await world.db.orm.em.fork().findOneOrFail(Invoice, { buyerName: 'Børnenes Stemme' });
    expect(() => oioublInvoice(invoice, settings.seller)).toThrow(/no EAN\/GLN/);
  });
});

describe('PDF invoices', () => {
  it('carry the number, buyer and totals on one page', async () => {
    const res = await download(`/invoices/${ngoInvoiceId}.pdf`, { cookie: world.adminCookie });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const bytes = new Uint8Array(res.rawPayload);
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(1);
    const invoice = await world.db.orm.em.fork().findOneOrFail(Invoice, { buyerName: 'Børnenes Stemme' });
    expect(doc.getTitle()).toBe(`Faktura ${invoice.number}`);
    const parser = new PDFParse({ data: bytes });
    const { text } = await parser.getText();
    await parser.destroy();
    expect(text).toContain(`FAKTURA ${invoice.number}`);
    expect(text).toContain('Børnenes Stemme');
    expect(text).toContain('6.250,00 kr.');
    expect(text).toContain('Moms 25 %: 1.250,00 kr.');
  });
});

describe('who may download invoices', () => {
  it('refuses other organisations and the public, without saying whether the invoice exists', async () => {
    const em = world.db.orm.em.fork();
    const other = await createOrganisation(em, { slug: 'anden' });
    await createMember(em, { organisation: other, role: MemberRole.ORG_ADMIN, email: 'oa@anden.example' });
    const cookie = await world.client.signIn('oa@anden.example', PASSWORD);
    expect((await download(`/invoices/${ngoInvoiceId}.pdf`, { cookie })).statusCode).toBe(403);
    expect((await download(`/invoices/SW52b2ljZTp4.pdf`, { cookie })).statusCode).toBe(403);
    expect((await download(`/invoices/${ngoInvoiceId}.pdf`)).statusCode).toBe(401);
    expect((await download('/membership/ledger.csv', { cookie })).statusCode).toBe(403);
  });
});

describe('payments and the ledger', () => {
  const MARK = `mutation($id: ID!, $paid: Boolean, $note: String) {
    markInvoicePaid(id: $id, paid: $paid, note: $note) { invoice { number paidAt paymentNote } userErrors { code } }
  }`;

  it('administrators mark payments and see who has paid', async () => {
    const res = await world.client.query<{ markInvoicePaid: { invoice: { paidAt: string | null } } }>(
      MARK,
      { id: ngoInvoiceId, note: '=HYPERLINK("x")' },
      { cookie: world.adminCookie },
    );
    expect(res.data!.markInvoicePaid.invoice.paidAt).not.toBeNull();
    const unpaid = await world.client.query<{ invoices: { nodes: { buyerName: string }[] } }>(
      '{ invoices(first: 100, paid: false) { nodes { buyerName } } }',
      {},
      { cookie: world.adminCookie },
    );
    expect(unpaid.errors).toBeUndefined();
    const names = unpaid.data!.invoices.nodes.map((n) => n.buyerName);
    expect(names).toContain('Østby & Omegn Kommune');
    expect(names).not.toContain('Børnenes Stemme');
  });

  it('exports the ledger as CSV for Excel (semicolons, decimal commas, BOM) or as plain RFC 4180', async () => {
    const excel = await download('/membership/ledger.csv', { cookie: world.adminCookie });
    expect(excel.statusCode).toBe(200);
    expect(excel.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(excel.body.startsWith('\uFEFF"Number";"Issued"')).toBe(true);
    const rows = excel.body.slice(1).trimEnd().split('\r\n');
    const ngo = rows.find((row) => row.includes('Børnenes Stemme'))!;
    expect(ngo).toContain('"5000,00";"1250,00";"6250,00"');
    expect(ngo).toContain(`"'=HYPERLINK(""x"")"`);
    const plain = await download('/membership/ledger.csv?format=rfc4180', { cookie: world.adminCookie });
    expect(plain.body).toContain('"5000.00","1250.00","6250.00"');
    const bad = await download('/membership/ledger.csv?year=20x6', { cookie: world.adminCookie });
    expect(bad.statusCode).toBe(400);
  });
});
