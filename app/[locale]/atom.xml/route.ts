import { routing } from '@/i18n/routing';
import { feedResponse, newsFeed } from '@/lib/feeds';
import { resolveLocale } from '@/lib/locale-params';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  return feedResponse((await newsFeed(await resolveLocale(params))).atom1(), 'application/atom+xml');
}
