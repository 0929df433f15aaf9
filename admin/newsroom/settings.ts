/**
 * The newsroom's settings, from the environment (documented in the README): one place that reads them, and refuses to
 * start, in Chinese and English, when one is missing or wrong.
 */
import path from 'node:path';
import { DEFAULT_RETENTION_DAYS } from './visitor-messages';

export const TARGETS = ['static', 'node', 'git'] as const;
export type Target = (typeof TARGETS)[number];

export interface NewsroomSettings {
  /** Where the service listens: 127.0.0.1:8082 unless told otherwise. */
  port: number;
  host: string;
  /** The database, the releases, the `current` link and the build worktree. */
  dataDir: string;
  target: Target;
  /** The public site's address: the build's canonical links, QR codes and share links point there. */
  siteUrl: string;
  /** node target: the port the public Node server listens on. */
  sitePort: number;
  /** git target: the remote the published branch is pushed to. */
  gitRemote: string;
  /** static target: the command that makes nginx load the new release's policies (nginx -s reload, systemctl reload nginx). */
  reloadCommand?: string;
  /** 在线留言: days after a message is closed until its name, phone and email are erased (MESSAGES_RETENTION_DAYS). */
  retentionDays: number;
  /** 在线留言: a command run for each new message, with MESSAGE_ID, MESSAGE_KIND and MESSAGE_TITLE in its environment. */
  notifyCommand?: string;
}

export class SettingsError extends Error {}

/** `siteUrl: false` for the commands that build nothing (cms:rollback). */
export function readSettings(
  env: Record<string, string | undefined> = process.env,
  root = process.cwd(),
  needs = { siteUrl: true },
): NewsroomSettings {
  const problems: string[] = [];
  const siteUrl = env.SITE_URL?.replace(/\/+$/, '') ?? '';
  if (needs.siteUrl && !/^https?:\/\/[^/]+$/.test(siteUrl)) {
    problems.push(
      'SITE_URL 未设置或不是网站地址（例如 https://www.example.cn）：生成的网站链接、二维码和分享链接都以它为准。\n' +
        'SITE_URL is missing or not an origin (for example https://www.example.cn): the built links, QR codes and share links use it.',
    );
  }
  const target = (env.CMS_TARGET ?? 'static') as Target;
  if (!TARGETS.includes(target)) {
    problems.push(`CMS_TARGET 只能是 ${TARGETS.join('、')}：${target}\nCMS_TARGET must be one of ${TARGETS.join(', ')}: ${target}`);
  }
  const port = Number(env.CMS_PORT ?? 8082);
  const sitePort = Number(env.PORT ?? 3000);
  for (const [name, value] of [
    ['CMS_PORT', port],
    ['PORT', sitePort],
  ] as const) {
    if (!Number.isInteger(value) || value <= 0 || value > 65535)
      problems.push(`${name} 不是端口号：${value}\n${name} is not a port: ${value}`);
  }
  const retentionDays = Number(env.MESSAGES_RETENTION_DAYS ?? DEFAULT_RETENTION_DAYS);
  if (!Number.isInteger(retentionDays) || retentionDays < 1)
    problems.push(
      `MESSAGES_RETENTION_DAYS 须是正整数（天数）：${env.MESSAGES_RETENTION_DAYS}\nMESSAGES_RETENTION_DAYS must be a whole number of days: ${env.MESSAGES_RETENTION_DAYS}`,
    );
  if (problems.length > 0) throw new SettingsError(problems.join('\n'));
  return {
    port,
    host: env.CMS_HOST ?? '127.0.0.1',
    dataDir: dataDirOf(env, root),
    target,
    siteUrl,
    sitePort,
    gitRemote: env.CMS_GIT_REMOTE ?? 'origin',
    reloadCommand: env.CMS_RELOAD_COMMAND || undefined,
    retentionDays,
    notifyCommand: env.MESSAGES_NOTIFY_COMMAND || undefined,
  };
}

/** Written by a restore (restore.ts) into the data folder: the commit the restored server's first release is built from. */
export const RESTORED_LIVE_COMMIT = 'restored-live-commit';

/** Where the database lives in the data folder: the CLI commands open it without the service's other settings. */
export const databasePath = (dataDir: string) => path.join(dataDir, 'newsroom.sqlite');
export const dataDirOf = (env: Record<string, string | undefined> = process.env, root = process.cwd()) =>
  path.resolve(root, env.CMS_DATA ?? '.cms');
