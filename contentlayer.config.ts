import { defineDocumentType, defineNestedType, type FieldDef, makeSource } from 'contentlayer2/source-files';
import remarkGfm from 'remark-gfm';
import type { z } from 'zod';
import { contentRoot, newsFields, parseNewsPath } from './lib/content-schema';
import { describeAttachment, describeImage } from './lib/media';
import { parseMdx, summarize } from './lib/mdx-body';

function pathParts(sourceFilePath: string) {
  const parsed = parseNewsPath(sourceFilePath);
  if (!parsed) throw new Error(`${sourceFilePath}: news files belong in news/<locale>/<slug>.mdx`);
  return parsed;
}

/** contentlayer2's field for a zod schema of lib/content-schema.ts: the schema is the one source. */
function fieldFor(name: string, schema: z.ZodType): FieldDef {
  const fallback = schema.safeParse(undefined);
  const required = !fallback.success;
  let inner = schema._zod.def;
  while (inner.type === 'optional' || inner.type === 'default') inner = (inner as z.core.$ZodOptionalDef).innerType._zod.def;
  switch (inner.type) {
    case 'string':
      return (inner as { format?: string }).format === 'date' ? { type: 'date', required } : { type: 'string', required };
    case 'boolean':
      return { type: 'boolean', required, default: fallback.success && typeof fallback.data === 'boolean' ? fallback.data : undefined };
    case 'enum':
      return { type: 'enum', required, options: Object.values((inner as z.core.$ZodEnumDef).entries).map(String) };
    case 'array': {
      const element = (inner as z.core.$ZodArrayDef).element as z.ZodObject;
      // attachments → Attachment: contentlayer names each nested type.
      const typeName = name.charAt(0).toUpperCase() + name.slice(1).replace(/s$/, '');
      return { type: 'list', required, of: defineNestedType(() => ({ name: typeName, fields: fieldsFor(element.shape) })) };
    }
    default:
      throw new Error(`contentlayer.config.ts: no contentlayer field for the ${inner.type} schema of "${name}"`);
  }
}

function fieldsFor(shape: Record<string, z.ZodType>): Record<string, FieldDef> {
  return Object.fromEntries(Object.entries(shape).map(([name, schema]) => [name, fieldFor(name, schema)]));
}

export const News = defineDocumentType(() => ({
  name: 'News',
  filePathPattern: 'news/**/*.{md,mdx}',
  contentType: 'mdx',
  fields: fieldsFor(newsFields),
  computedFields: {
    locale: { type: 'string', resolve: (doc) => pathParts(doc._raw.sourceFilePath).locale },
    slug: { type: 'string', resolve: (doc) => pathParts(doc._raw.sourceFilePath).slug },
    // An empty summary ("" in the new-article template) means "derive it from the text".
    description: { type: 'string', resolve: (doc) => doc.summary || summarize(parseMdx(doc.body.raw)) },
    /** Width and height read from the file at build time, so the page reserves its space. */
    coverImage: { type: 'json', resolve: (doc) => (doc.cover ? describeImage(doc.cover) : null) },
    /** Name, type and size of each download, computed at build time. */
    // contentlayer hands lists over as iterables, not arrays.
    attachmentList: { type: 'json', resolve: (doc) => Array.from(doc.attachments ?? [], describeAttachment) },
  },
}));

/** Free text pages, such as the home page's introduction: content/pages/<locale>/<name>.mdx */
export const Page = defineDocumentType(() => ({
  name: 'Page',
  filePathPattern: 'pages/**/*.mdx',
  contentType: 'mdx',
  fields: {
    title: { type: 'string', required: true },
  },
  computedFields: {
    locale: { type: 'string', resolve: (doc) => doc._raw.sourceFileDir.split('/')[1] },
    name: { type: 'string', resolve: (doc) => doc._raw.sourceFileName.replace(/\.mdx$/, '') },
  },
}));

export default makeSource({
  contentDirPath: contentRoot(),
  documentTypes: [News, Page],
  mdx: { remarkPlugins: [remarkGfm] },
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'fail',
  onUnknownDocuments: 'fail',
  disableImportAliasWarning: true,
});
