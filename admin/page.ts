import type zhMessages from '../messages/zh.json';
import type { EditorMode } from './config';

/** What admin/editor-page.ts puts into the editor's page for admin/editor.ts: the configuration and the words. */
export interface AdminPage {
  mode: EditorMode;
  config: object;
  /** Decap's file API (the backend's proxy_url) and the branch it reads the published articles from. */
  api: string;
  branch: string;
  /** The custom format's name, the frontmatter fields it writes in the content schema's order, and those in quotes. */
  format: string;
  headerFields: readonly string[];
  quotedFields: string[];
  slugWidget: string;
  labels: (typeof zhMessages)['Admin'];
  /** The newsroom's signed-in person and the links of its bar. */
  account?: {
    name: string;
    role: string;
    links: { href: string; label: string }[];
    signOut: string;
    /** What the live site shows differently after a rollback: a heading, one line an article, what happens next. */
    notice: string[];
  };
}
