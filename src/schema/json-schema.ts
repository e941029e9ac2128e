import * as z from 'zod/mini';
import { schemaDocs } from './json-schema-docs.js';
import { LANG_PATTERN, TextSchema } from './primitives.js';
import { ResolutionSchema } from './resolution.js';
import { SCHEMA_ID } from './vocabulary.js';

// The one schema checked by a function in zod, said in JSON Schema terms; anything else that JSON
// Schema cannot say is an error.
const text = {
  anyOf: [
    { type: 'string', minLength: 1 },
    {
      type: 'object',
      propertyNames: { type: 'string', pattern: LANG_PATTERN.source },
      additionalProperties: { type: 'string', minLength: 1 },
      minProperties: 1,
    },
  ],
};

/**
 * The published JSON Schema (2020-12) of a resolution document, generated from the zod
 * source so that the two never disagree. `schemas/resolution.schema.json` is this object.
 */
export function resolutionJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(ResolutionSchema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: (ctx) => (ctx.zodSchema === TextSchema ? (JSON.parse(JSON.stringify(text)) as z.core.JSONSchema.BaseSchema) : 'throw'),
    metadata: schemaDocs(),
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, $id: SCHEMA_ID, ...rest };
}
