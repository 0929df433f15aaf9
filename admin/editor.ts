/**
 * The browser editor's own code, bundled by admin/editor-page.ts for `npm run admin` and `npm run cms`, loaded after
 * Decap CMS's prebuilt bundle: the Chinese interface made complete, our MDX file format, the slug
 * field, and the article components as insertable blocks. The configuration itself comes from
 * admin/config.ts, through the page.
 */
import type { AdminPage } from './page';
import { decapWords } from './decap-zh';
import { componentBlocks } from './components';
import { addressUploads, readArticle, writeArticle } from './mdx-format';
import { showErrorsPlainly } from './plain-errors';
import { announceUploadNotes } from './upload-notes';
import { showUnpublishedPictures } from './article-files';

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

CMS.registerLocale('zh_Hans', decapWords(page.mode));

CMS.registerCustomFormat(page.format, 'mdx', {
  fromFile: readArticle,
  // Decap saves only what changed (unchanged data offers no save), so an untouched file is never rewritten.
  toFile: (data) => writeArticle(addressUploads(data as Record<string, unknown>), page.headerFields, page.quotedFields),
});

/* ---------- The slug: typed once for a new article, shown for an existing one. ---------- */

/** An answer of the editor's own file API (Decap's, as its proxy backend calls it). */
async function askApi(action: string, params: object): Promise<unknown> {
  const response = await fetch(page.api, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ action, params: { branch: page.branch, ...params } }),
  });
  return response.json();
}

/** The slugs already used in a collection's folder, from the editor's own file API. */
async function usedSlugs(folder: string): Promise<Set<string>> {
  const entries = (await askApi('entriesByFolder', { folder, extension: 'mdx', depth: 1 })) as { file: { path: string } }[];
  return new Set(
    entries.map(({ file }) =>
      file.path
        .split('/')
        .pop()!
        .replace(/\.mdx$/, ''),
    ),
  );
}

/**
 * The slugs of a collection's articles waiting in the newsroom's workflow: saved, not yet published, so not in its
 * folder. Decap names each "<collection>/<slug>".
 */
async function unpublishedSlugs(collection: string): Promise<Set<string>> {
  if (page.mode !== 'newsroom') return new Set();
  const keys = (await askApi('unpublishedEntries', {})) as string[];
  const prefix = `${collection}/`;
  return new Set(keys.filter((key) => key.startsWith(prefix)).map((key) => key.slice(prefix.length)));
}

interface SlugControlThis {
  props: SlugControlProps;
  state: { used: Set<string>; twinExists?: boolean };
  setState(state: Partial<SlugControlThis['state']>): void;
  lookUpTwin(): void;
}

/**
 * What a new version in the other language starts with: what both versions share, read off this one, and its body to
 * translate from. Decap fills a new form from its address with top-level text only, HTML-escaped (the body's components
 * would arrive as &lt;Figure …, the attachments not at all): these become the form's defaults instead, through the
 * configuration of a fresh page load.
 */
const TWIN_FIELDS = ['category', 'date', 'source', 'cover', 'attachments', 'body'] as const;
const TWIN_START_KEY = 'newsroom-twin-start';
interface TwinStart {
  collection: string;
  data: Record<string, unknown>;
}

/**
 * Opens the other language's version with a fresh page load: Decap keeps the form of the entry it shows when only the
 * collection in its address changes (the slug being the same), and a save there would rewrite the wrong file.
 */
function openFresh(event: { preventDefault(): void }, href: string) {
  event.preventDefault();
  window.location.hash = href;
  window.location.reload();
}

function startTwin(event: { preventDefault(): void }, entry: DecapEntry, twin: string) {
  const slug = entry.get('slug');
  const data: Record<string, unknown> = { slug, filename: slug };
  for (const name of TWIN_FIELDS) {
    const value = entry.getIn(['data', name]);
    if (value !== undefined && value !== null && value !== '') data[name] = isImmutable(value) ? value.toJS() : value;
  }
  sessionStorage.setItem(TWIN_START_KEY, JSON.stringify({ collection: twin, data } satisfies TwinStart));
  openFresh(event, `#/collections/${twin}/new`);
}

const isImmutable = (value: unknown): value is { toJS(): unknown } => typeof (value as { toJS?: unknown }).toJS === 'function';

interface DecapField {
  name: string;
  default?: unknown;
}
interface DecapConfig {
  collections: { name: string; fields: DecapField[] }[];
}

/**
 * The configuration with the defaults of a version being started (once: the key is taken). Defaults hold for the whole
 * page, so the next new article of that collection starts from a fresh load without them.
 */
function withTwinStart(config: DecapConfig): DecapConfig {
  const stored = sessionStorage.getItem(TWIN_START_KEY);
  sessionStorage.removeItem(TWIN_START_KEY);
  if (!stored) return config;
  const { collection, data } = JSON.parse(stored) as TwinStart;
  const newForm = `#/collections/${collection}/new`;
  if (window.location.hash !== newForm) return config;
  window.addEventListener('hashchange', () => {
    if (window.location.hash.startsWith(newForm)) window.location.reload();
  });
  return {
    ...config,
    collections: config.collections.map((each) =>
      each.name !== collection
        ? each
        : { ...each, fields: each.fields.map((field) => (field.name in data ? { ...field, default: data[field.name] } : field)) },
    ),
  };
}

const SlugControl = createClass({
  getInitialState: () => ({ used: new Set<string>() }),
  componentDidMount(this: SlugControlThis) {
    const { entry, field } = this.props;
    // A slug in use would make Decap save the new article as "<slug>-1" without a word: refuse it instead.
    if (entry.get('newRecord')) void usedSlugs(field.get('folder')).then((used) => this.setState({ used }));
    else this.lookUpTwin();
  },
  // A new article, once saved, becomes an existing one in the same form.
  componentDidUpdate(this: SlugControlThis) {
    if (!this.props.entry.get('newRecord') && this.state.twinExists === undefined) this.lookUpTwin();
  },
  /**
   * Whether the other language's version exists, published or waiting in the workflow (a second 创建 would start an
   * empty form over it): it may have been written since the editor loaded.
   */
  lookUpTwin(this: SlugControlThis) {
    const { entry, field } = this.props;
    const slug = entry.get('slug');
    void Promise.all([usedSlugs(field.get('twinFolder')), unpublishedSlugs(field.get('twin'))]).then(([published, waiting]) =>
      this.setState({ twinExists: published.has(slug) || waiting.has(slug) }),
    );
  },
  // What Decap's required and pattern checks see: an existing article's slug is its file name, not a form value.
  getValidateValue(this: SlugControlThis) {
    const { entry, value } = this.props;
    return entry.get('newRecord') ? value : entry.get('slug');
  },
  isValid(this: SlugControlThis) {
    const { entry, value } = this.props;
    if (entry.get('newRecord') && value && this.state.used.has(value)) {
      return { error: { type: 'CUSTOM', message: labels.slugTaken.replace('{slug}', value) } };
    }
    return true;
  },
  render(this: SlugControlThis) {
    const { entry, value = '', onChange, forID, classNameWrapper, field } = this.props;
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
    const slug = entry.get('slug');
    const twin = field.get('twin');
    const { twinExists } = this.state;
    let link: unknown = null;
    if (twinExists !== undefined) {
      const href = twinExists ? `#/collections/${twin}/entries/${slug}` : `#/collections/${twin}/new`;
      const label = field.get(twinExists ? 'twinViewLabel' : 'twinCreateLabel');
      const onClick = (event: { preventDefault(): void }) => (twinExists ? openFresh(event, href) : startTwin(event, entry, twin));
      link = h('p', null, h('a', { href, onClick }, label));
    }
    return h('div', { className: classNameWrapper, id: forID }, h('p', null, labels.slugFixed.replace('{slug}', slug)), link);
  },
});

CMS.registerWidget(page.slugWidget, SlugControl);

for (const block of componentBlocks(labels.components)) CMS.registerEditorComponent(block);

/* ---------- The newsroom: signed in on our own page, never on Decap's. ---------- */

/** Decap's record of its signed-in user (its proxy backend's login is a button): the newsroom's sign-in is ours. */
const DECAP_USER_KEY = 'decap-cms-user';

function joinNewsroom(account: NonNullable<AdminPage['account']>) {
  localStorage.setItem(DECAP_USER_KEY, JSON.stringify({ backendName: 'proxy', name: account.name, login: account.name }));
  // Decap's own 退出 only forgets its record: end the session on the server too, then show our sign-in page.
  const removeItem = Storage.prototype.removeItem;
  Storage.prototype.removeItem = function (this: Storage, key: string) {
    removeItem.call(this, key);
    if (key === DECAP_USER_KEY) document.querySelector<HTMLFormElement>('#newsroom-sign-out')?.submit();
  };
  const bar = document.createElement('nav');
  bar.className = 'newsroom-bar';
  bar.setAttribute('aria-label', account.name);
  const who = document.createElement('span');
  who.textContent = `${account.name}（${account.role}）`;
  bar.append(who);
  for (const { href, label } of account.links) {
    const link = document.createElement('a');
    link.href = href;
    link.textContent = label;
    bar.append(link);
  }
  const form = document.createElement('form');
  form.id = 'newsroom-sign-out';
  form.method = 'post';
  form.action = '/admin/sign-out';
  const button = document.createElement('button');
  button.type = 'submit';
  button.textContent = account.signOut;
  form.append(button);
  bar.append(form);
  if (account.notice.length > 0) {
    const notice = document.createElement('p');
    notice.className = 'newsroom-notice';
    notice.setAttribute('role', 'status');
    notice.textContent = account.notice.join(' ');
    bar.append(notice);
  }
  document.body.append(bar);
}

/**
 * Publishing and taking down wait for the new release of the site, which can take minutes; Decap gives up on any
 * request after 60 s (its fetchWithTimeout aborts it). Those two requests go without that abort signal.
 */
function awaitReleases() {
  const fetchWithSignal = window.fetch.bind(window);
  const waitsForRelease = /"action":"(publishUnpublishedEntry|deleteFiles?)"/;
  window.fetch = (input, init) =>
    typeof init?.body === 'string' && waitsForRelease.test(init.body)
      ? fetchWithSignal(input, { ...init, signal: undefined })
      : fetchWithSignal(input, init);
}

announceUploadNotes(labels.photo.close);
if (page.account) {
  joinNewsroom(page.account);
  awaitReleases();
  showErrorsPlainly(labels.offline);
  showUnpublishedPictures();
}

CMS.init({ config: withTwinStart(page.config as DecapConfig) });
