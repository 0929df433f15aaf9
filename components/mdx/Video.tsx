import { isPublicPath } from '@/lib/content-schema';

/**
 * <Video src="/news/<slug>/clip.mp4" poster="/news/<slug>/poster.jpg" caption="…" />: a video file from
 * public/, played by the browser itself. Never another host (the content check refuses one).
 */
export default function Video({ src, poster, caption }: { src: string; poster?: string; caption?: string }) {
  if (!isPublicPath(src)) return null;
  return (
    <figure className="article-video my-6">
      {/* The box keeps a 16:9 shape before the video loads, so nothing below it moves. */}
      <video controls preload="metadata" playsInline poster={poster} className="aspect-video w-full rounded bg-black" aria-label={caption}>
        <source src={src} type="video/mp4" />
      </video>
      {caption ? <figcaption className="mt-2 text-center text-sm text-slate-600">{caption}</figcaption> : null}
    </figure>
  );
}
