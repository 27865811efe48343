import { defineModule } from '../module.js';
import { registerInvoiceRoutes } from './invoice.http.js';
import { MembershipApplication } from './application.entity.js';
import { Invoice } from './invoice.entity.js';
import { InvoiceResolver } from './invoice.resolver.js';
import { MembershipApplicationResolver, MembershipYearResolver } from './membership.resolver.js';
import { MembershipPaymentFieldsResolver } from './payment-fields.resolver.js';

export const registration = defineModule({
  name: 'membership',
  entities: [MembershipApplication, Invoice],
  resolvers: [InvoiceResolver, MembershipApplicationResolver, MembershipYearResolver, MembershipPaymentFieldsResolver],
  routes: (app, { orm, settings }) => registerInvoiceRoutes(app, { orm, settings: settings.membership }),
});
