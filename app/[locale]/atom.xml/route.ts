import { localeParams } from '@/lib/locale-params';
import { feedRoute } from '@/lib/feeds';

export const dynamic = 'force-static';
export const dynamicParams = false;

export const generateStaticParams = localeParams;

export const GET = feedRoute('atom');
