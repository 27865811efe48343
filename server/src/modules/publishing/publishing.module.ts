import { defineModule } from '../module.js';
import { registerPublishing } from './publishing.http.js';

export const registration = defineModule({
  name: 'publishing',
  // Page heads, sitemaps, feeds and open data for the public web; the client's pages themselves are served last.
  routes: (app, { orm, config }) => registerPublishing(app, { orm, publicUrl: config.PUBLIC_URL }),
});
