import { getTranslations } from 'next-intl/server';
import { type AttachmentFacts, formatBytes } from '@/lib/media';

/** 附件下载: each file with its name, type and size, all computed at build time. */
export default async function Attachments({ files }: { files: AttachmentFacts[] }) {
  if (files.length === 0) return null;
  const t = await getTranslations('Article');
  return (
    <section aria-labelledby="attachments-heading" className="article-attachments mt-8 rounded border border-slate-200 bg-slate-50 p-4">
      <h2 id="attachments-heading" className="mb-2 text-base font-bold text-slate-900">
        {t('attachments')}
      </h2>
      <ul className="flex flex-col gap-2">
        {files.map((file) => (
          <li key={file.href} className="flex flex-wrap items-baseline gap-x-3">
            <a href={file.href} download={file.downloadName} className="font-medium text-brand underline underline-offset-2">
              {file.name}
            </a>
            <span className="text-sm text-slate-600">
              {file.type} · {file.bytes === null ? t('missingFile') : formatBytes(file.bytes)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
