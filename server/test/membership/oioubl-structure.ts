import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { gs1CheckDigit } from '../../src/modules/membership/identifiers.js';

/**
 * A structural check of an OIOUBL 2.1 invoice, written from the UBL 2.1 Invoice schema's element sequences and the
 * OIOUBL guidelines' mandatory elements and code lists (we cannot ship the schema files themselves here). It is
 * independent of the generator: the generator's constants are not used. Returns the problems found.
 */
type Rule = { order: string[]; required: string[] };

const RULES: Record<string, Rule> = {
  Invoice: {
    order: [
      'cbc:UBLVersionID',
      'cbc:CustomizationID',
      'cbc:ProfileID',
      'cbc:ID',
      'cbc:CopyIndicator',
      'cbc:UUID',
      'cbc:IssueDate',
      'cbc:IssueTime',
      'cbc:DueDate',
      'cbc:InvoiceTypeCode',
      'cbc:Note',
      'cbc:TaxPointDate',
      'cbc:DocumentCurrencyCode',
      'cbc:TaxCurrencyCode',
      'cbc:AccountingCost',
      'cbc:BuyerReference',
      'cac:InvoicePeriod',
      'cac:OrderReference',
      'cac:AccountingSupplierParty',
      'cac:AccountingCustomerParty',
      'cac:PayeeParty',
      'cac:Delivery',
      'cac:PaymentMeans',
      'cac:PaymentTerms',
      'cac:AllowanceCharge',
      'cac:TaxTotal',
      'cac:LegalMonetaryTotal',
      'cac:InvoiceLine',
    ],
    required: [
      'cbc:UBLVersionID',
      'cbc:CustomizationID',
      'cbc:ProfileID',
      'cbc:ID',
      'cbc:CopyIndicator',
      'cbc:UUID',
      'cbc:IssueDate',
      'cbc:InvoiceTypeCode',
      'cbc:DocumentCurrencyCode',
      'cac:AccountingSupplierParty',
      'cac:AccountingCustomerParty',
      'cac:TaxTotal',
      'cac:LegalMonetaryTotal',
      'cac:InvoiceLine',
    ],
  },
  'cac:AccountingSupplierParty': { order: ['cac:Party'], required: ['cac:Party'] },
  'cac:AccountingCustomerParty': { order: ['cac:Party'], required: ['cac:Party'] },
  'cac:Party': {
    order: [
      'cbc:WebsiteURI',
      'cbc:EndpointID',
      'cac:PartyIdentification',
      'cac:PartyName',
      'cac:PostalAddress',
      'cac:PartyTaxScheme',
      'cac:PartyLegalEntity',
      'cac:Contact',
    ],
    required: ['cbc:EndpointID', 'cac:PartyName', 'cac:PostalAddress', 'cac:PartyLegalEntity'],
  },
  'cac:PostalAddress': {
    order: [
      'cbc:AddressFormatCode',
      'cbc:StreetName',
      'cbc:AdditionalStreetName',
      'cbc:BuildingNumber',
      'cbc:CityName',
      'cbc:PostalZone',
      'cac:Country',
    ],
    required: ['cbc:AddressFormatCode', 'cbc:StreetName', 'cbc:CityName', 'cbc:PostalZone', 'cac:Country'],
  },
  'cac:PartyLegalEntity': { order: ['cbc:RegistrationName', 'cbc:CompanyID'], required: ['cbc:CompanyID'] },
  'cac:PaymentMeans': {
    order: [
      'cbc:ID',
      'cbc:PaymentMeansCode',
      'cbc:PaymentDueDate',
      'cbc:PaymentChannelCode',
      'cbc:InstructionID',
      'cbc:PaymentID',
      'cac:PayerFinancialAccount',
      'cac:PayeeFinancialAccount',
    ],
    required: ['cbc:PaymentMeansCode', 'cbc:PaymentDueDate'],
  },
  'cac:TaxTotal': { order: ['cbc:TaxAmount', 'cac:TaxSubtotal'], required: ['cbc:TaxAmount', 'cac:TaxSubtotal'] },
  'cac:TaxSubtotal': {
    order: ['cbc:TaxableAmount', 'cbc:TaxAmount', 'cbc:Percent', 'cac:TaxCategory'],
    required: ['cbc:TaxableAmount', 'cbc:TaxAmount', 'cac:TaxCategory'],
  },
  'cac:TaxCategory': {
    order: ['cbc:ID', 'cbc:Name', 'cbc:Percent', 'cbc:TaxExemptionReason', 'cac:TaxScheme'],
    required: ['cbc:ID', 'cbc:Percent', 'cac:TaxScheme'],
  },
  'cac:TaxScheme': { order: ['cbc:ID', 'cbc:Name'], required: ['cbc:ID', 'cbc:Name'] },
  'cac:LegalMonetaryTotal': {
    order: [
      'cbc:LineExtensionAmount',
      'cbc:TaxExclusiveAmount',
      'cbc:TaxInclusiveAmount',
      'cbc:AllowanceTotalAmount',
      'cbc:ChargeTotalAmount',
      'cbc:PrepaidAmount',
      'cbc:PayableRoundingAmount',
      'cbc:PayableAmount',
    ],
    required: ['cbc:LineExtensionAmount', 'cbc:TaxExclusiveAmount', 'cbc:TaxInclusiveAmount', 'cbc:PayableAmount'],
  },
  'cac:InvoiceLine': {
    order: [
      'cbc:ID',
      'cbc:Note',
      'cbc:InvoicedQuantity',
      'cbc:LineExtensionAmount',
      'cac:TaxTotal',
      'cac:Item',
      'cac:Price',
    ],
    required: ['cbc:ID', 'cbc:InvoicedQuantity', 'cbc:LineExtensionAmount', 'cac:TaxTotal', 'cac:Item', 'cac:Price'],
  },
  'cac:Item': {
    order: ['cbc:Description', 'cbc:Name', 'cac:BuyersItemIdentification', 'cac:SellersItemIdentification'],
    required: ['cbc:Name'],
  },
  'cac:Price': { order: ['cbc:PriceAmount', 'cbc:BaseQuantity'], required: ['cbc:PriceAmount'] },
};

/** OIOUBL code lists, as far as an invoice like ours uses them. */
const CODES = {
  invoiceType: new Set(['380', '393']),
  taxCategory: new Set(['StandardRated', 'ZeroRated', 'ReverseCharge']),
  endpointScheme: new Set(['GLN', 'DK:CVR', 'DK:P', 'DK:SE']),
  paymentMeans: new Set(['1', '10', '20', '31', '42', '48', '49', '50', '93', '97']),
  addressFormat: new Set(['StructuredDK', 'StructuredID', 'StructuredLax', 'StructuredRegion', 'Unstructured']),
};

type Node = { name: string; attrs: Record<string, string>; children: Node[]; text: string };

function toTree(items: Record<string, unknown>[]): Node[] {
  const nodes: Node[] = [];
  for (const item of items) {
    const name = Object.keys(item).find((key) => key !== ':@')!;
    if (name === '#text' || name === '?xml') continue;
    const content = item[name] as Record<string, unknown>[];
    const attrs = (item[':@'] ?? {}) as Record<string, string>;
    const text = content
      .filter((c) => '#text' in c)
      .map((c) => String(c['#text']))
      .join('');
    nodes.push({ name, attrs, children: toTree(content), text });
  }
  return nodes;
}

const find = (node: Node, path: string): Node[] =>
  path
    .split('/')
    .reduce<Node[]>((found, name) => found.flatMap((n) => n.children.filter((c) => c.name === name)), [node]);
const value = (node: Node, path: string) => find(node, path)[0]?.text;
const ore = (text: string | undefined) => Math.round(Number(text) * 100);

export function oioublProblems(xml: string): string[] {
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) return [`not well-formed: ${wellFormed.err.msg}`];
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
  });
  const roots = toTree(parser.parse(xml) as Record<string, unknown>[]);
  const root = roots[0];
  const problems: string[] = [];
  if (!root || root.name !== 'Invoice') return ['the root element is not Invoice'];
  if (root.attrs.xmlns !== 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2') problems.push('wrong namespace');
  const walk = (node: Node, path: string) => {
    const rule = RULES[node.name];
    if (rule) {
      let last = -1;
      for (const child of node.children) {
        const at = rule.order.indexOf(child.name);
        if (at === -1) problems.push(`${path}: unexpected ${child.name}`);
        else if (at < last) problems.push(`${path}: ${child.name} is out of order`);
        else last = at;
      }
      for (const required of rule.required)
        if (!node.children.some((c) => c.name === required)) problems.push(`${path}: missing ${required}`);
    }
    for (const child of node.children) {
      if (child.children.length === 0 && child.text.trim() === '') problems.push(`${path}/${child.name} is empty`);
      walk(child, `${path}/${child.name}`);
    }
  };
  walk(root, 'Invoice');
  if (value(root, 'cbc:UBLVersionID') !== '2.1') problems.push('UBLVersionID is not 2.1');
  if (value(root, 'cbc:CustomizationID') !== 'OIOUBL-2.1') problems.push('CustomizationID is not OIOUBL-2.1');
  if (!/^Procurement-/.test(value(root, 'cbc:ProfileID') ?? '')) problems.push('ProfileID is not an OIOUBL profile');
  if (!CODES.invoiceType.has(value(root, 'cbc:InvoiceTypeCode') ?? '')) problems.push('InvoiceTypeCode not in list');
  const customer = find(root, 'cac:AccountingCustomerParty/cac:Party')[0];
  const endpoint = customer && find(customer, 'cbc:EndpointID')[0];
  if (!endpoint || endpoint.attrs.schemeID !== 'GLN') problems.push('the buyer is not addressed by GLN');
  else if (!/^\d{13}$/.test(endpoint.text) || gs1CheckDigit(endpoint.text.slice(0, 12)) !== Number(endpoint.text[12]))
    problems.push('the buyer GLN is not a valid GLN');
  for (const e of find(root, 'cac:AccountingSupplierParty/cac:Party/cbc:EndpointID'))
    if (!CODES.endpointScheme.has(e.attrs.schemeID ?? '')) problems.push('supplier EndpointID scheme not in list');
  for (const party of [...find(root, 'cac:AccountingSupplierParty/cac:Party'), ...(customer ? [customer] : [])])
    if (!CODES.addressFormat.has(value(party, 'cac:PostalAddress/cbc:AddressFormatCode') ?? ''))
      problems.push('AddressFormatCode not in list');
  if (!customer || !(value(customer, 'cac:Contact/cbc:ID') || value(root, 'cac:OrderReference/cbc:ID')))
    problems.push('a public buyer needs an order reference or a contact ID');
  if (!CODES.paymentMeans.has(value(root, 'cac:PaymentMeans/cbc:PaymentMeansCode') ?? ''))
    problems.push('PaymentMeansCode not in list');
  const categories = find(root, 'cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory');
  for (const category of categories) {
    if (!CODES.taxCategory.has(value(category, 'cbc:ID') ?? '')) problems.push('TaxCategory not in list');
    if (value(category, 'cac:TaxScheme/cbc:ID') !== '63') problems.push('TaxScheme is not 63 (moms)');
  }
  // Amounts add up: lines, VAT at the category's rate (OIOUBL tolerates ±1.00), totals, payable.
  const currency = value(root, 'cbc:DocumentCurrencyCode');
  const walkAmounts = (node: Node) => {
    if (/Amount$/.test(node.name) && node.attrs.currencyID !== currency) problems.push(`${node.name} currency`);
    node.children.forEach(walkAmounts);
  };
  walkAmounts(root);
  const lines = find(root, 'cac:InvoiceLine').reduce(
    (sum, line) => sum + ore(value(line, 'cbc:LineExtensionAmount')),
    0,
  );
  const total = find(root, 'cac:LegalMonetaryTotal')[0]!;
  const net = ore(value(total, 'cbc:LineExtensionAmount'));
  const tax = ore(value(root, 'cac:TaxTotal/cbc:TaxAmount'));
  const rate = Number(value(root, 'cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:Percent'));
  if (lines !== net) problems.push('lines do not add up to LineExtensionAmount');
  if (Math.abs(Math.round((net * rate) / 100) - tax) > 100) problems.push('VAT does not match the rate');
  if (ore(value(total, 'cbc:TaxExclusiveAmount')) !== tax) problems.push('TaxExclusiveAmount is not the VAT total');
  if (ore(value(total, 'cbc:TaxInclusiveAmount')) !== net + tax) problems.push('TaxInclusiveAmount is not net + VAT');
  if (ore(value(total, 'cbc:PayableAmount')) !== net + tax) problems.push('PayableAmount is not the total');
  return problems;
}
