import QRCode from 'qrcode';

/** A QR code rendered to inline SVG on the server at build time: no image request, no client script. */
export default async function QrCode({ value, label, className }: { value: string; label: string; className?: string }) {
  const svg = await QRCode.toString(value, {
    type: 'svg',
    margin: 1,
    errorCorrectionLevel: 'M',
    color: { dark: '#111827', light: '#ffffff' },
  });
  return <span role="img" aria-label={label} className={`qr-code block ${className ?? ''}`} dangerouslySetInnerHTML={{ __html: svg }} />;
}
