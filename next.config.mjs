import { availableParallelism } from 'node:os';
import createNextIntlPlugin from 'next-intl/plugin';
import { DEFAULT_LOCALE, LOCALES } from './i18n/locales.mjs';
import { headerPolicyBesideMeta, pageHeaders, securityHeaders } from './security-headers.mjs';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/**
 * One build serves Vercel, `next start` and the self-contained Node server (.next/standalone);
 * NEXT_OUTPUT=export (npm run build:static) writes plain static files to out/ for nginx or a CDN.
 */
const isExport = process.env.NEXT_OUTPUT === 'export';
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Each setting here was measured on large archives: docs/build.md says what it saves.
  experimental: { cpus: availableParallelism(), serverSourceMaps: false, prefetchInlining: false, globalNotFound: true },
  output: isExport ? 'export' : 'standalone',
  // Pages named page.service.tsx exist only where the newsroom service answers /api/messages (公开答复; the rule's
  // other half is lib/public-answers.ts): a static or Vercel build without it has no such route at all.
  pageExtensions: ['tsx', 'ts', ...(process.env.MESSAGES_API ? ['service.tsx'] : [])],
  // `npm test` type-checks the whole project before it builds (scripts/test.sh).
  typescript: { ignoreBuildErrors: process.env.BUILD_TYPECHECKED === '1' },
  // lib/content.ts reads contentlayer2's output from disk: the server and Vercel's functions get those files too.
  outputFileTracingIncludes: { '*': ['./.contentlayer/generated/*/_index.json'] },
  // Pages show the photos' sizes the build made (lib/image-sizes.ts) on every target: Next's optimizer is not used.
  images: { unoptimized: true },
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
            // Pages only: build assets keep the year-long caching Next gives them. Each page's own policy is a <meta> in
            // it (build/release.mjs), which narrows this one; the standalone server sends it as the header instead.
            {
              source: '/((?!_next/|_sizes/).*)',
              headers: [...pageHeaders, { key: 'Content-Security-Policy', value: headerPolicyBesideMeta }],
            },
            // The photos' sizes are named by their content's hash: they never change.
            { source: '/_sizes/:path*', headers: [{ key: 'Cache-Control', value: IMMUTABLE }] },
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
