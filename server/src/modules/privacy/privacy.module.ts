import { defineModule } from '../module.js';
import { MyDataResolver } from './my-data.resolver.js';
import { PersonalDataSubscriber } from './personal-data.subscriber.js';

export const registration = defineModule({
  name: 'privacy',
  resolvers: [MyDataResolver],
  subscribers: () => [new PersonalDataSubscriber()],
});
