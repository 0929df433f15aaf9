/**
 * The editor's page, one for both modes: Decap CMS's prebuilt bundle, our additions (admin/editor.ts, bundled here
 * with esbuild once per start) and the page's data. `npm run admin` and `npm run cms` serve what this returns.
 */
import path from 'node:path';
import { build } from 'esbuild';
import express from 'express';
import zhMessages from '../messages/zh.json';
import { DEFAULT_LOCALE, LOCALE_TAGS } from '../i18n/locales.mjs';
import { QUOTED_FIELDS } from '../lib/content-schema';
import { adminConfig, editorHeaderFields, type EditorMode, MDX_FORMAT, SLUG_WIDGET } from './config';
import type { AdminPage } from './page';

/** Decap's bundle and the chunks it loads from its own folder, served under /admin/. */
export const decapFiles = () => express.static(path.join(process.cwd(), 'node_modules/decap-cms/dist'), { index: false });

/** admin/editor.ts as one script for the browser. */
export async function bundleEditorScript(): Promise<string> {
  const { outputFiles } = await build({
    entryPoints: [path.join(__dirname, 'editor.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return outputFiles[0].text;
}

/** The editor's HTML: the data admin/editor.ts reads, then Decap, then our script (which starts Decap); the newsroom's bar has its stylesheet. */
export function editorHtml({
  mode,
  api,
  branch,
  account,
}: {
  mode: EditorMode;
  api: string;
  branch: string;
  account?: AdminPage['account'];
}) {
  const page: AdminPage = {
    mode,
    config: adminConfig({ api, branch, mode }),
    api,
    branch,
    format: MDX_FORMAT,
    headerFields: editorHeaderFields(mode),
    quotedFields: [...QUOTED_FIELDS],
    slugWidget: SLUG_WIDGET,
    labels: zhMessages.Admin,
    account,
  };
  // JSON inside <script>: "<" escaped so no value can close the element.
  const pageJson = JSON.stringify(page).replaceAll('<', '\\u003c');
  return `<!doctype html>
<html lang="${LOCALE_TAGS[DEFAULT_LOCALE].htmlLang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${zhMessages.Admin.title}</title>
${account ? '<link rel="stylesheet" href="/admin/newsroom.css">\n' : ''}<script src="/admin/manual-init.js"></script>
</head>
<body class="editor">
<script type="application/json" id="admin-page">${pageJson}</script>
<script src="/admin/decap-cms.js"></script>
<script src="/admin/editor.js"></script>
</body>
</html>
`;
}

/** Decap starts itself on load unless told before its bundle runs: a file, so that the page needs no inline script. */
export const MANUAL_INIT_SCRIPT = 'window.CMS_MANUAL_INIT = true;\n';
