import type { EntityManager } from '@mikro-orm/postgresql';
import { demoContent } from '../../../seeds/demo/index.js';
import { Organisation } from '../modules/organisation/organisation.entity.js';
import type { Logger } from './logger.js';
import { seedContent } from './seed.js';

/** Loads the Danish demo content on first start (an empty database); never touches a database with content. */
export async function seedDemoIfEmpty(em: EntityManager, logger: Logger): Promise<void> {
  if ((await em.fork().count(Organisation, {})) > 0) return;
  logger.info('Empty database: loading the demo content (Læring og trivsel i plejefamilien)…');
  const { created } = await seedContent(em, demoContent, (line) => logger.info(line));
  logger.info(`Demo content loaded: ${created} items.`);
}
