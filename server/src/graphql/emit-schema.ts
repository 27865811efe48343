/** `npm run schema:emit`: writes schema/schema.graphql from the type-graphql definitions. */
import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { printVidensbroSchema } from './print-schema.js';

export const schemaFile = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../../schema/schema.graphql',
);
await writeFile(schemaFile, await printVidensbroSchema());
console.log(`Wrote ${schemaFile}`);
