import ArticleImage from './ArticleImage';

/** <Figure src="/news/<slug>/photo.jpg" alt="…" caption="…" />: an image with a caption under it. */
export default function Figure({ src, alt, caption }: { src: string; alt?: string; caption?: string }) {
  return (
    <figure className="article-figure my-6">
      <ArticleImage src={src} alt={alt ?? caption} />
      {caption ? <figcaption className="mt-2 text-center text-sm text-slate-600">{caption}</figcaption> : null}
    </figure>
  );
}
