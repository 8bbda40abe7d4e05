import { useEffect, useState } from 'react';

/** Modules of quiet zone around the symbol, as the QR standard asks, so a camera finds its edges. */
const QUIET = 4;

/**
 * A QR code of `text` drawn as SVG from the code's own module grid (no
 * image service, no inline markup, so the page's content policy stays as it
 * is). The encoder is loaded only when one is shown: a participant's phone
 * never downloads it.
 */
export function QrCode({ text, label, size = 200 }: { text: string; label: string; size?: number }) {
  const [path, setPath] = useState<{ d: string; modules: number } | null>(null);
  useEffect(() => {
    let current = true;
    void import('qrcode').then(({ create }) => {
      const { modules } = create(text, { errorCorrectionLevel: 'M' });
      let d = '';
      for (let row = 0; row < modules.size; row++) {
        for (let col = 0; col < modules.size; col++) {
          if (modules.get(row, col)) d += `M${col + QUIET} ${row + QUIET}h1v1h-1z`;
        }
      }
      if (current) setPath({ d, modules: modules.size + 2 * QUIET });
    });
    return () => {
      current = false;
    };
  }, [text]);
  if (!path) return null;
  return (
    <svg className="qr-code" role="img" aria-label={label} width={size} height={size} viewBox={`0 0 ${path.modules} ${path.modules}`} shapeRendering="crispEdges">
      <rect width={path.modules} height={path.modules} fill="#fff" />
      <path d={path.d} fill="#000" />
    </svg>
  );
}
