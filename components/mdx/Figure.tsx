import ArticleImage from './ArticleImage';

/** <Figure src="/news/<slug>/photo.jpg" alt="…" caption="…" />: an image with a caption under it. */
export default function Figure({
  src,
  alt,
  caption,
  priority,
}: {
  src: string;
  alt?: string;
  caption?: string;
  /** Set by the build on an article's first picture (lib/lead-picture.ts), never by editors. */
  priority?: boolean;
}) {
  return (
    <figure className="article-figure my-6">
      <ArticleImage src={src} alt={alt ?? caption} priority={priority} />
      {caption ? <figcaption className="mt-2 text-center text-sm text-slate-600">{caption}</figcaption> : null}
    </figure>
  );
}
