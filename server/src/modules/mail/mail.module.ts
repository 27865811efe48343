import { defineModule } from '../module.js';
import { registerMailRoutes } from './mail.http.js';
import { MailOutbox, PasswordReset } from './mail.entities.js';
import { MailResolver } from './mail.resolver.js';

export const registration = defineModule({
  name: 'mail',
  entities: [MailOutbox, PasswordReset],
  resolvers: [MailResolver],
  routes: (app, { orm, config }) => registerMailRoutes(app, { orm, config }),
});
