import { availableParallelism } from 'node:os';
import createNextIntlPlugin from 'next-intl/plugin';
import { EXPORT_DIST_DIR } from './build/paths.mjs';
import { DEFAULT_LOCALE, LOCALES } from './i18n/locales.mjs';
import { pageHeaders, securityHeaders } from './security-headers.mjs';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/**
 * One build serves Vercel, `next start` and the self-contained Node server (.next/standalone);
 * NEXT_OUTPUT=export (npm run build:static) writes plain static files to out/ for nginx or a CDN.
 */
const isExport = process.env.NEXT_OUTPUT === 'export';

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Next leaves one core to its main process, which idles while pages are prerendered: on a 2-core
  // machine that halves the speed of a large build. Prerender on every core instead.
  // Server source maps off: every prerender worker reads them, and while the archive was bundled they grew with it
  // (two of 68 MB at 8,000 articles), written and copied into the standalone folder at every build.
  // Prefetch inlining off: to decide which route segments to merge into one prefetch response, Next renders and
  // gzips every segment of every page a second time: at 2,000 articles the prerender took 49.5 s with it, 38.4 s
  // without. A link then prefetches the shared layout segments separately, and caches them; each page has three
  // more segment files (40,399 files in .next against 56,075), which a rebuild deletes again.
  // Global not-found (app/global-not-found.tsx): Next rendered a root not-found.tsx, header, footer and all, into
  // every page's payload as its fallback; at 2,000 articles an article page took 36 ms of CPU with it, 26 without,
  // and 10 KB less HTML. Unknown paths never render a page here (dynamicParams is false), so nothing needs that fallback.
  experimental: { cpus: availableParallelism(), serverSourceMaps: false, prefetchInlining: false, globalNotFound: true },
  output: isExport ? 'export' : 'standalone',
  // `npm test` type-checks the whole project before it builds (scripts/test.sh).
  typescript: { ignoreBuildErrors: process.env.BUILD_TYPECHECKED === '1' },
  distDir: isExport ? EXPORT_DIST_DIR : '.next',
  // lib/content.ts reads contentlayer2's output from disk: the server and Vercel's functions get those files too.
  outputFileTracingIncludes: { '*': ['./.contentlayer/generated/*/_index.json'] },
  // Static files have no image optimizer: images are served as they are, still with width and height.
  images: { unoptimized: isExport },
  // Tests build a copy of the project in a subfolder that shares this node_modules.
  ...(process.env.TURBOPACK_ROOT ? { turbopack: { root: process.env.TURBOPACK_ROOT } } : {}),
  // Static files have no server: deploy/nginx.conf does the redirect and the headers instead.
  ...(isExport
    ? {}
    : {
        async headers() {
          // The dev server needs eval for hot reloading, so the policy applies to production builds.
          if (process.env.NODE_ENV !== 'production') return [];
          return [
            { source: '/:path*', headers: securityHeaders },
            // Pages only: build assets keep the year-long caching Next gives them.
            { source: '/((?!_next/).*)', headers: pageHeaders },
          ];
        },
        async redirects() {
          // Chooses the language for "/" without middleware, so every page stays prerendered.
          return [
            ...LOCALES.filter((locale) => locale !== DEFAULT_LOCALE).map((locale) => ({
              source: '/',
              has: [{ type: 'header', key: 'accept-language', value: `(?:${locale})(?:[-_;,].*)?` }],
              destination: `/${locale}`,
              permanent: false,
            })),
            { source: '/', destination: `/${DEFAULT_LOCALE}`, permanent: false },
          ];
        },
      }),
};

export default withNextIntl(nextConfig);
