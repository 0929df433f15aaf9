import SizedImage from '@/components/SizedImage';
import { describeImage } from '@/lib/media';

/**
 * An image from public/ with its real width and height (no layout shift), in the widths the build made of it; lazy,
 * unless it is the article's first picture (lib/lead-picture.ts).
 * Renders nothing for a missing file, which the content check refuses before a build.
 */
export default function ArticleImage({ src, alt, priority }: { src?: string; alt?: string; priority?: boolean }) {
  const image = src ? describeImage(src) : null;
  if (!image) return null;
  return (
    <SizedImage
      image={image}
      alt={alt ?? ''}
      priority={priority}
      sizes="(min-width: 56rem) 48rem, 100vw"
      className="article-image mx-auto h-auto max-w-full rounded"
    />
  );
}
