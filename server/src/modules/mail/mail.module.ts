import { defineModule } from '../module.js';
import { MailOutbox, PasswordReset } from './mail.entities.js';
import { MailResolver } from './mail.resolver.js';

export const registration = defineModule({
  name: 'mail',
  entities: [MailOutbox, PasswordReset],
  resolvers: [MailResolver],
});
