import Image from 'next/image';
import { describeImage } from '@/lib/media';

/**
 * An image from public/ with its real width and height (no layout shift), lazy loading and, on a
 * Node host, responsive sizes from Next's optimizer. Renders nothing for a missing file, which the
 * content check refuses before a build.
 */
export default function ArticleImage({ src, alt }: { src?: string; alt?: string }) {
  const image = src ? describeImage(src) : null;
  if (!image) return null;
  return (
    <Image
      src={image.src}
      width={image.width}
      height={image.height}
      alt={alt ?? ''}
      sizes="(min-width: 56rem) 48rem, 100vw"
      className="article-image mx-auto h-auto max-w-full rounded"
    />
  );
}
