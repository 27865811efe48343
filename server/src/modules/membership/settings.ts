import type { Config } from '../../config.js';

/** What the membership year needs from the configuration (README: MEMBERSHIP_* and INVOICE_*). */
export interface MembershipSettings {
  feeDkk: number;
  vatPercent: number;
  paymentDays: number;
  graceDays: number;
  renewalNoticeDays: number;
  seller: {
    name: string;
    cvr: string;
    street: string;
    postalCode: string;
    city: string;
    bankReg: string;
    bankAccount: string;
  };
}

export type MembershipConfig = Pick<
  Config,
  | 'MEMBERSHIP_FEE_DKK'
  | 'MEMBERSHIP_VAT_PERCENT'
  | 'MEMBERSHIP_PAYMENT_DAYS'
  | 'MEMBERSHIP_GRACE_DAYS'
  | 'MEMBERSHIP_RENEWAL_NOTICE_DAYS'
  | 'INVOICE_SELLER_NAME'
  | 'INVOICE_SELLER_CVR'
  | 'INVOICE_SELLER_STREET'
  | 'INVOICE_SELLER_POSTAL_CODE'
  | 'INVOICE_SELLER_CITY'
  | 'INVOICE_BANK_REG'
  | 'INVOICE_BANK_ACCOUNT'
>;

export function membershipSettings(config: MembershipConfig): MembershipSettings {
  return {
    feeDkk: config.MEMBERSHIP_FEE_DKK,
    vatPercent: config.MEMBERSHIP_VAT_PERCENT,
    paymentDays: config.MEMBERSHIP_PAYMENT_DAYS,
    graceDays: config.MEMBERSHIP_GRACE_DAYS,
    renewalNoticeDays: config.MEMBERSHIP_RENEWAL_NOTICE_DAYS,
    seller: {
      name: config.INVOICE_SELLER_NAME,
      cvr: config.INVOICE_SELLER_CVR,
      street: config.INVOICE_SELLER_STREET,
      postalCode: config.INVOICE_SELLER_POSTAL_CODE,
      city: config.INVOICE_SELLER_CITY,
      bankReg: config.INVOICE_BANK_REG,
      bankAccount: config.INVOICE_BANK_ACCOUNT,
    },
  };
}
