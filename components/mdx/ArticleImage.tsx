import SizedImage from '@/components/SizedImage';
import { describeImage } from '@/lib/media';

/**
 * An image from public/ with its real width and height (no layout shift), lazy, in the widths the build made of it.
 * Renders nothing for a missing file, which the content check refuses before a build.
 */
export default function ArticleImage({ src, alt }: { src?: string; alt?: string }) {
  const image = src ? describeImage(src) : null;
  if (!image) return null;
  return (
    <SizedImage
      image={image}
      alt={alt ?? ''}
      sizes="(min-width: 56rem) 48rem, 100vw"
      className="article-image mx-auto h-auto max-w-full rounded"
    />
  );
}
