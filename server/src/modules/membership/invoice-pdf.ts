import { PDFDocument, StandardFonts, type PDFFont } from 'pdf-lib';
import type { Invoice } from './invoice.entity.js';
import type { MembershipSettings } from './settings.js';

const kroner = (ore: number) =>
  `${(ore / 100).toLocaleString('da-DK', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} kr.`;
const day = (date: Date) => date.toLocaleDateString('da-DK', { timeZone: 'Europe/Copenhagen' });

/** The standard PDF fonts cover Latin-1 (æ, ø, å); a name in another script prints its unknown letters as "?". */
function printable(font: PDFFont, text: string): string {
  const known = new Set(font.getCharacterSet());
  return [...text].map((char) => (known.has(char.codePointAt(0)!) ? char : '?')).join('');
}

/**
 * The invoice as a one-page A4 PDF, for buyers without an EAN/GLN number. The invoice number, buyer and totals are
 * also in the document's metadata, so bookkeeping systems can index it without reading the page.
 */
export async function invoicePdf(invoice: Invoice, seller: MembershipSettings['seller']): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`Faktura ${invoice.number}`);
  pdf.setSubject(`Medlemskab ${invoice.year}: ${invoice.buyerName}`);
  pdf.setAuthor(seller.name);
  pdf.setKeywords(['faktura', invoice.number, `CVR ${invoice.buyerCvr}`]);
  pdf.setCreationDate(invoice.issuedAt);
  pdf.setModificationDate(invoice.issuedAt);
  pdf.setProducer('Vidensbro');
  const page = pdf.addPage([595.28, 841.89]);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  let y = 780;
  const line = (text: string, options: { size?: number; font?: PDFFont; x?: number; gap?: number } = {}) => {
    const font = options.font ?? regular;
    page.drawText(printable(font, text), { x: options.x ?? 56, y, size: options.size ?? 11, font });
    y -= options.gap ?? 16;
  };
  line(seller.name, { size: 14, font: bold });
  line(`${seller.street}, ${seller.postalCode} ${seller.city}`);
  line(`CVR ${seller.cvr}`, { gap: 36 });
  line(`FAKTURA ${invoice.number}`, { size: 18, font: bold, gap: 28 });
  line(invoice.buyerName, { font: bold });
  line(invoice.buyerStreet);
  line(`${invoice.buyerPostalCode} ${invoice.buyerCity}`);
  line(`CVR ${invoice.buyerCvr}`);
  line(`Att.: ${invoice.buyerContact}`, { gap: 28 });
  line(`Fakturadato: ${day(invoice.issuedAt)}`);
  line(`Forfaldsdato: ${day(invoice.dueAt)}`, { gap: 28 });
  line(`Medlemskab af Vidensbro for ${invoice.year}`, { font: bold });
  line(`Kontingent: ${kroner(invoice.netOre)}`);
  line(`Moms ${(invoice.vatRateBasisPoints / 100).toLocaleString('da-DK')} %: ${kroner(invoice.vatOre)}`);
  line(`I alt at betale: ${kroner(invoice.totalOre)}`, { font: bold, gap: 28 });
  line(`Betaling til reg.nr. ${seller.bankReg}, konto ${seller.bankAccount}.`);
  line(`Angiv fakturanummer ${invoice.number} ved betaling.`);
  if (invoice.vatRateBasisPoints === 0) line('Kontingentet er momsfrit.');
  return pdf.save();
}
