/**
 * The browser editor's own code, bundled by `npm run admin` (scripts/admin.ts) and loaded after
 * Decap CMS's prebuilt bundle: the Chinese interface made complete, our MDX file format, the slug
 * field, and the article components as insertable blocks. The configuration itself comes from
 * lib/admin-config.ts, through the page.
 */
import type { AdminPage } from './page';
import { decapChinese } from './decap-zh';
import { componentBlocks } from './components';
import { addressUploads, readArticle, writeArticle } from './mdx-format';

/* Decap's globals: its bundle exposes CMS and React's createElement as `h`. */
interface DecapEntry {
  get(key: 'newRecord'): boolean;
  get(key: 'slug'): string;
  getIn(path: string[]): unknown;
}
interface SlugControlProps {
  value?: string;
  onChange(value: string): void;
  forID: string;
  classNameWrapper: string;
  entry: DecapEntry;
  field: { get(key: string): string };
}
declare const CMS: {
  registerLocale(name: string, phrases: object): void;
  registerCustomFormat(name: string, extension: string, format: { fromFile(text: string): object; toFile(data: object): string }): void;
  registerWidget(name: string, control: unknown): void;
  registerEditorComponent(component: object): void;
  init(options: { config: object }): void;
};
declare const h: (type: unknown, props?: object | null, ...children: unknown[]) => unknown;
declare const createClass: (spec: object) => unknown;

const page = JSON.parse(document.getElementById('admin-page')!.textContent!) as AdminPage;
const { labels } = page;

CMS.registerLocale('zh_Hans', decapChinese);

CMS.registerCustomFormat(page.format, 'mdx', {
  fromFile: readArticle,
  // Decap saves only what changed (unchanged data offers no save), so an untouched file is never rewritten.
  toFile: (data) => writeArticle(addressUploads(data as Record<string, unknown>), page.headerFields),
});

/* ---------- The slug: typed once for a new article, shown for an existing one. ---------- */

const SlugControl = createClass({
  // Decap asks each control before saving; the pattern itself is checked by Decap from the field's configuration.
  isValid(this: { props: SlugControlProps }) {
    const { entry, value } = this.props;
    return !entry.get('newRecord') || value ? true : { error: { type: 'PRESENCE', message: labels.slugRequired } };
  },
  render(this: { props: SlugControlProps }) {
    const { entry, value = '', onChange, forID, classNameWrapper, field } = this.props;
    const slug = entry.get('newRecord') ? value : entry.get('slug');
    if (entry.get('newRecord')) {
      return h('input', {
        id: forID,
        className: classNameWrapper,
        value,
        autoComplete: 'off',
        spellCheck: false,
        onChange: (event: { target: { value: string } }) => onChange(event.target.value.trim()),
      });
    }
    // The Chinese article offers to start its English version (same slug, category and date); the English one links back.
    const twin = field.get('twin');
    const query = new URLSearchParams({
      slug,
      category: String(entry.getIn(['data', 'category']) ?? ''),
      date: String(entry.getIn(['data', 'date']) ?? ''),
    });
    const href = field.get('twinIsNew') ? `#/collections/${twin}/new?${query}` : `#/collections/${twin}/entries/${slug}`;
    return h(
      'div',
      { className: classNameWrapper, id: forID },
      h('p', null, labels.slugFixed.replace('{slug}', slug)),
      h('p', null, h('a', { href }, field.get('twinLabel'))),
    );
  },
});

CMS.registerWidget(page.slugWidget, SlugControl);

for (const block of componentBlocks(labels.components)) CMS.registerEditorComponent(block);

CMS.init({ config: page.config });
