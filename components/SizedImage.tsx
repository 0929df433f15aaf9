import { type ImageFacts, sizedSrcSet } from '@/lib/media';

/**
 * A photo in the widths the build made of it (lib/image-sizes.ts), WebP with the file itself as the fallback, on every
 * target alike; width and height reserve its space. Lazy, unless it is the page's largest paint (`priority`).
 */
export default function SizedImage({
  image,
  alt,
  sizes,
  priority = false,
  className,
  pictureClassName,
}: {
  image: ImageFacts;
  alt: string;
  sizes: string;
  priority?: boolean;
  className?: string;
  pictureClassName?: string;
}) {
  const srcSet = sizedSrcSet(image);
  const img = (
    // eslint-disable-next-line @next/next/no-img-element -- the sizes are the build's own (lib/image-sizes.ts), on every target
    <img
      src={image.src}
      width={image.width}
      height={image.height}
      alt={alt}
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
      decoding="async"
      className={srcSet ? className : `${className ?? ''} ${pictureClassName ?? ''}`.trim()}
    />
  );
  if (!srcSet) return img;
  return (
    <picture className={pictureClassName}>
      <source type="image/webp" srcSet={srcSet} sizes={sizes} />
      {img}
    </picture>
  );
}
