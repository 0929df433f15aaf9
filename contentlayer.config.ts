import { defineDocumentType, defineNestedType, makeSource } from 'contentlayer2/source-files';
import remarkGfm from 'remark-gfm';
import { CATEGORIES, deriveSummary, parseNewsPath } from './lib/content-rules';
import { describeAttachment, describeImage } from './lib/media';

function pathParts(sourceFilePath: string) {
  const parsed = parseNewsPath(sourceFilePath);
  if (!parsed) throw new Error(`${sourceFilePath}: news files belong in news/<locale>/<slug>.mdx`);
  return parsed;
}

const Attachment = defineNestedType(() => ({
  name: 'Attachment',
  fields: {
    file: { type: 'string', required: true },
    name: { type: 'string', required: false },
  },
}));

export const News = defineDocumentType(() => ({
  name: 'News',
  filePathPattern: 'news/**/*.{md,mdx}',
  contentType: 'mdx',
  fields: {
    title: { type: 'string', required: true },
    date: { type: 'date', required: true },
    category: { type: 'enum', options: [...CATEGORIES], required: true },
    source: { type: 'string', required: false },
    summary: { type: 'string', required: false },
    cover: { type: 'string', required: false },
    attachments: { type: 'list', of: Attachment, required: false },
    draft: { type: 'boolean', required: false, default: false },
  },
  computedFields: {
    locale: { type: 'string', resolve: (doc) => pathParts(doc._raw.sourceFilePath).locale },
    slug: { type: 'string', resolve: (doc) => pathParts(doc._raw.sourceFilePath).slug },
    // An empty summary ("" in the new-article template) means "derive it from the text".
    description: { type: 'string', resolve: (doc) => doc.summary || deriveSummary(doc.body.raw) },
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
  // CONTENT_DIR lets tests and benchmarks build from a temporary folder, never touching content/.
  contentDirPath: process.env.CONTENT_DIR ?? 'content',
  documentTypes: [News, Page],
  mdx: { remarkPlugins: [remarkGfm] },
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'fail',
  onUnknownDocuments: 'fail',
  disableImportAliasWarning: true,
});
