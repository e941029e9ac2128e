import * as z from 'zod/mini';
import { schemaDocs } from './json-schema-docs.js';
import { ResolutionSchema, SCHEMA_ID } from './resolution.js';

/**
 * The published JSON Schema (2020-12) of a resolution document, generated from the zod
 * source so that the two never disagree. `schemas/resolution.schema.json` is this object.
 */
export function resolutionJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(ResolutionSchema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'throw',
    metadata: schemaDocs(),
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, $id: SCHEMA_ID, ...rest };
}
