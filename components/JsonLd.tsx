/** Structured data for search engines. A data block, never executed, so the CSP does not apply to it. */
export default function JsonLd({ data }: { data: Record<string, unknown> }) {
  // Escaping "<" keeps a "</script>" inside a title from ending the block early.
  const json = JSON.stringify({ '@context': 'https://schema.org', ...data }).replace(/</g, '\\u003c');
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
