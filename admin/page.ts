import type zhMessages from '../messages/zh.json';

/** What scripts/admin.ts puts into the editor's page for admin/editor.ts: the configuration and the words. */
export interface AdminPage {
  config: object;
  /** Decap's local file API (the backend's proxy_url). */
  api: string;
  /** The custom format's name, the frontmatter fields in the content schema's order, and those written in quotes. */
  format: string;
  headerFields: string[];
  quotedFields: string[];
  slugWidget: string;
  labels: (typeof zhMessages)['Admin'];
}
