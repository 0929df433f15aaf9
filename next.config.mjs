import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Tests build a copy of the project in a subfolder that shares this node_modules.
  ...(process.env.TURBOPACK_ROOT ? { turbopack: { root: process.env.TURBOPACK_ROOT } } : {}),
  async redirects() {
    // Chooses the language for "/" without middleware, so every page stays prerendered.
    return [
      {
        source: '/',
        has: [{ type: 'header', key: 'accept-language', value: '(?:en)(?:[-_;,].*)?' }],
        destination: '/en',
        permanent: false,
      },
      { source: '/', destination: '/zh', permanent: false },
    ];
  },
};

export default withNextIntl(nextConfig);
