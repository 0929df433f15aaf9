/**
 * contentlayer2's fields, read from zod's public JSON Schema of the content contract (lib/content-schema.ts), so that the
 * schema stays the one source. Imported by contentlayer.config.ts, so only relative imports.
 */
import type { FieldDef, NestedType } from 'contentlayer2/source-files';

/** A field as the JSON Schema describes it. */
export interface JsonField {
  type?: string;
  format?: string;
  enum?: string[];
  default?: unknown;
  items?: JsonObject;
}
export interface JsonObject {
  properties: Record<string, JsonField>;
  required?: string[];
}

/** contentlayer2's `defineNestedType`, passed in: this module stays free of contentlayer2's runtime. */
type DefineNested = (def: () => { name: string; fields: Record<string, FieldDef> }) => NestedType;

function fieldFor(name: string, field: JsonField, required: boolean, defineNested: DefineNested): FieldDef {
  if (field.enum) return { type: 'enum', required, options: field.enum };
  switch (field.type) {
    case 'string':
      return field.format === 'date' ? { type: 'date', required } : { type: 'string', required };
    case 'boolean':
      return { type: 'boolean', required, default: typeof field.default === 'boolean' ? field.default : undefined };
    case 'array': {
      // attachments → Attachment: contentlayer names each nested type.
      const typeName = name.charAt(0).toUpperCase() + name.slice(1).replace(/s$/, '');
      return {
        type: 'list',
        required,
        of: defineNested(() => ({ name: typeName, fields: contentlayerFields(field.items!, defineNested) })),
      };
    }
    default:
      throw new Error(`contentlayer.config.ts: no contentlayer field for the ${field.type} schema of "${name}"`);
  }
}

export function contentlayerFields({ properties, required = [] }: JsonObject, defineNested: DefineNested): Record<string, FieldDef> {
  return Object.fromEntries(
    Object.entries(properties).map(([name, field]) => [name, fieldFor(name, field, required.includes(name), defineNested)]),
  );
}
