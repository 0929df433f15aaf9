import { defineDocumentType, defineNestedType, makeSource } from 'contentlayer2/source-files';
import remarkGfm from 'remark-gfm';
import { z } from 'zod';
import { contentRoot, newsFrontmatter, parseNewsPath } from './lib/content-schema';
import { contentlayerFields, type JsonObject } from './lib/contentlayer-fields';
import { describeAttachment, describeImage } from './lib/media';
import { parseMdx, summarize } from './lib/mdx-body';
import { remarkLeadPicture } from './lib/lead-picture';
import { remarkRefuseCode } from './lib/mdx-problems';

function pathParts(sourceFilePath: string) {
  const parsed = parseNewsPath(sourceFilePath);
  if (!parsed) throw new Error(`${sourceFilePath}: news files belong in news/<locale>/<slug>.mdx`);
  return parsed;
}

/** What a news file may contain: the input side of the schema, where a field with a default may be left out. */
const newsFieldDefs = contentlayerFields(z.toJSONSchema(newsFrontmatter, { io: 'input' }) as JsonObject, defineNestedType);

export const News = defineDocumentType(() => ({
  name: 'News',
  filePathPattern: 'news/**/*.{md,mdx}',
  contentType: 'mdx',
  fields: newsFieldDefs,
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
  mdx: {
    remarkPlugins: [remarkGfm],
    mdxOptions: (options) => {
      // After contentlayer2's plugin that names the document, before mdx-bundler's that adds `export const frontmatter`.
      const [nameDocument, ...others] = options.remarkPlugins ?? [];
      return { ...options, remarkPlugins: [nameDocument, remarkRefuseCode, remarkLeadPicture, ...others] };
    },
  },
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'fail',
  onUnknownDocuments: 'fail',
  disableImportAliasWarning: true,
});
