import { XMLBuilder } from 'fast-xml-parser';
import type { Invoice } from './invoice.entity.js';
import type { MembershipSettings } from './settings.js';

/**
 * The OIOUBL 2.1 electronic invoice NemHandel carries to Danish public bodies: a UBL 2.1 Invoice with the OIOUBL
 * customisation and profile identifiers, addressed to the buyer's EAN/GLN location number (EndpointID
 * schemeID="GLN"). The seller is identified by CVR. Element order follows the UBL 2.1 Invoice schema; code lists
 * are OIOUBL's (see docs/membership.md, which also lists what we checked and what we could not).
 */
export const OIOUBL = {
  ublVersion: '2.1',
  customizationId: 'OIOUBL-2.1',
  /** "Procurement-BilSim": the simplest billing profile, invoice only. */
  profileId: 'Procurement-BilSim-1.0',
  profileScheme: 'urn:oioubl:id:profileid-1.6',
  invoiceTypeCodeList: 'urn:oioubl:codelist:invoicetypecode-1.2',
  taxCategoryScheme: 'urn:oioubl:id:taxcategoryid-1.4',
  taxSchemeScheme: 'urn:oioubl:id:taxschemeid-1.5',
  paymentChannelList: 'urn:oioubl:codelist:paymentchannelcode-1.1',
  addressFormatList: 'urn:oioubl:codelist:addressformatcode-1.1',
} as const;

const NS = {
  '@_xmlns': 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2',
  '@_xmlns:cac': 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  '@_xmlns:cbc': 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
};

const amount = (ore: number, currency: string) => ({ '@_currencyID': currency, '#text': (ore / 100).toFixed(2) });
const day = (date: Date) => date.toISOString().slice(0, 10);

/** "Rådhuspladsen 1, 2. th" → street name and building number, as OIOUBL's structured Danish address wants. */
export function splitStreet(street: string): { streetName: string; buildingNumber: string | null } {
  const match = /^(.*?\D)\s+(\d+\s?[A-Za-zÆØÅæøå]?)(?:[,\s].*)?$/.exec(street.trim());
  return match
    ? { streetName: match[1]!.trim(), buildingNumber: match[2]!.replace(/\s/g, '') }
    : { streetName: street.trim(), buildingNumber: null };
}

function postalAddress(street: string, postalCode: string, city: string) {
  const { streetName, buildingNumber } = splitStreet(street);
  return {
    'cbc:AddressFormatCode': {
      '@_listAgencyID': '320',
      '@_listID': OIOUBL.addressFormatList,
      '#text': 'StructuredDK',
    },
    'cbc:StreetName': streetName,
    ...(buildingNumber ? { 'cbc:BuildingNumber': buildingNumber } : {}),
    'cbc:CityName': city,
    'cbc:PostalZone': postalCode,
    'cac:Country': { 'cbc:IdentificationCode': 'DK' },
  };
}

const taxScheme = {
  'cbc:ID': { '@_schemeAgencyID': '320', '@_schemeID': OIOUBL.taxSchemeScheme, '#text': '63' },
  'cbc:Name': 'Moms',
};

function taxCategory(invoice: Invoice) {
  return {
    'cbc:ID': {
      '@_schemeAgencyID': '320',
      '@_schemeID': OIOUBL.taxCategoryScheme,
      '#text': invoice.vatRateBasisPoints > 0 ? 'StandardRated' : 'ZeroRated',
    },
    'cbc:Percent': (invoice.vatRateBasisPoints / 100).toFixed(2),
    'cac:TaxScheme': taxScheme,
  };
}

function taxTotal(invoice: Invoice) {
  return {
    'cbc:TaxAmount': amount(invoice.vatOre, invoice.currency),
    'cac:TaxSubtotal': {
      'cbc:TaxableAmount': amount(invoice.netOre, invoice.currency),
      'cbc:TaxAmount': amount(invoice.vatOre, invoice.currency),
      'cac:TaxCategory': taxCategory(invoice),
    },
  };
}

const cvrId = (cvr: string) => ({ '@_schemeAgencyID': '320', '@_schemeID': 'DK:CVR', '#text': `DK${cvr}` });

/** The invoice as OIOUBL 2.1 XML. Only for invoices to an EAN/GLN number: that is what routes it in NemHandel. */
export function oioublInvoice(invoice: Invoice, seller: MembershipSettings['seller']): string {
  if (!invoice.buyerEan) throw new Error(`Invoice ${invoice.number} has no EAN/GLN number to send it to.`);
  const document = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    Invoice: {
      ...NS,
      'cbc:UBLVersionID': OIOUBL.ublVersion,
      'cbc:CustomizationID': OIOUBL.customizationId,
      'cbc:ProfileID': { '@_schemeAgencyID': '320', '@_schemeID': OIOUBL.profileScheme, '#text': OIOUBL.profileId },
      'cbc:ID': invoice.number,
      'cbc:CopyIndicator': 'false',
      'cbc:UUID': invoice.id,
      'cbc:IssueDate': day(invoice.issuedAt),
      'cbc:InvoiceTypeCode': { '@_listAgencyID': '320', '@_listID': OIOUBL.invoiceTypeCodeList, '#text': '380' },
      'cbc:Note': `Medlemskab ${invoice.year}`,
      'cbc:DocumentCurrencyCode': invoice.currency,
      'cac:AccountingSupplierParty': {
        'cac:Party': {
          'cbc:EndpointID': cvrId(seller.cvr),
          'cac:PartyIdentification': { 'cbc:ID': cvrId(seller.cvr) },
          'cac:PartyName': { 'cbc:Name': seller.name },
          'cac:PostalAddress': postalAddress(seller.street, seller.postalCode, seller.city),
          'cac:PartyTaxScheme': {
            'cbc:CompanyID': { '@_schemeAgencyID': '320', '@_schemeID': 'DK:SE', '#text': `DK${seller.cvr}` },
            'cac:TaxScheme': taxScheme,
          },
          'cac:PartyLegalEntity': { 'cbc:RegistrationName': seller.name, 'cbc:CompanyID': cvrId(seller.cvr) },
        },
      },
      'cac:AccountingCustomerParty': {
        'cac:Party': {
          'cbc:EndpointID': { '@_schemeAgencyID': '9', '@_schemeID': 'GLN', '#text': invoice.buyerEan },
          'cac:PartyIdentification': { 'cbc:ID': cvrId(invoice.buyerCvr) },
          'cac:PartyName': { 'cbc:Name': invoice.buyerName },
          'cac:PostalAddress': postalAddress(invoice.buyerStreet, invoice.buyerPostalCode, invoice.buyerCity),
          'cac:PartyLegalEntity': {
            'cbc:RegistrationName': invoice.buyerName,
            'cbc:CompanyID': cvrId(invoice.buyerCvr),
          },
          // The buyer's reference ("personreference"): public bodies route the invoice internally by it.
          'cac:Contact': { 'cbc:ID': invoice.buyerContact, 'cbc:Name': invoice.buyerContact },
        },
      },
      'cac:PaymentMeans': {
        'cbc:ID': '1',
        'cbc:PaymentMeansCode': '42',
        'cbc:PaymentDueDate': day(invoice.dueAt),
        'cbc:PaymentChannelCode': {
          '@_listAgencyID': '320',
          '@_listID': OIOUBL.paymentChannelList,
          '#text': 'DK:BANK',
        },
        'cac:PayeeFinancialAccount': {
          'cbc:ID': seller.bankAccount,
          'cac:FinancialInstitutionBranch': { 'cbc:ID': seller.bankReg },
        },
      },
      'cac:TaxTotal': taxTotal(invoice),
      'cac:LegalMonetaryTotal': {
        'cbc:LineExtensionAmount': amount(invoice.netOre, invoice.currency),
        // OIOUBL's own reading of this element: the total VAT amount, not the amount before VAT.
        'cbc:TaxExclusiveAmount': amount(invoice.vatOre, invoice.currency),
        'cbc:TaxInclusiveAmount': amount(invoice.totalOre, invoice.currency),
        'cbc:PayableAmount': amount(invoice.totalOre, invoice.currency),
      },
      'cac:InvoiceLine': {
        'cbc:ID': '1',
        'cbc:InvoicedQuantity': { '@_unitCode': 'EA', '#text': '1' },
        'cbc:LineExtensionAmount': amount(invoice.netOre, invoice.currency),
        'cac:TaxTotal': taxTotal(invoice),
        'cac:Item': {
          'cbc:Description': `Medlemskab af Vidensbro for ${invoice.year}`,
          'cbc:Name': `Medlemskab ${invoice.year}`,
          'cac:SellersItemIdentification': { 'cbc:ID': `MEDLEM-${invoice.year}` },
        },
        'cac:Price': {
          'cbc:PriceAmount': amount(invoice.netOre, invoice.currency),
          'cbc:BaseQuantity': { '@_unitCode': 'EA', '#text': '1' },
        },
      },
    },
  };
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true });
  return builder.build(document);
}
