import { PointerEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../api/problem';
import { SIGNATURE_MEDIA_TYPES, SignatureInput } from './types';

type MediaType = SignatureInput['mediaType'];
const WIDTH = 600;
const HEIGHT = 200;

/** The base64 part of a data: URL (what the API stores). */
const base64Of = (dataUrl: string) => dataUrl.slice(dataUrl.indexOf(',') + 1);

/**
 * The participant's signature: drawn with a finger or a stylus on a tablet
 * (a canvas following pointer events, sent as a PNG), or the signed paper
 * form scanned and uploaded (PNG, JPEG or PDF), for desks without a tablet
 * and for anyone who cannot draw with a pointer.
 */
export function SignaturePad({
  value,
  onChange,
  problem,
  missing,
}: {
  value: SignatureInput | null;
  onChange: (value: SignatureInput | null) => void;
  problem?: ApiProblem | null;
  /** The sentence to show when the form was sent without a signature. */
  missing?: string | null;
}) {
  const { t } = useTranslation('intake');
  const id = useId();
  const [method, setMethod] = useState<'drawn' | 'scanned'>(value?.method ?? 'drawn');
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const [fileError, setFileError] = useState<string | null>(null);
  const error = missing ?? problem?.messageFor('signature.data') ?? problem?.messageFor('signature.mediaType') ?? problem?.messageFor('signature');

  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    context.lineWidth = 2.5;
    context.lineCap = 'round';
    context.lineJoin = 'round';
    context.strokeStyle = '#111';
  }, [method]);

  const point = (e: PointerEvent<HTMLCanvasElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    return { x: ((e.clientX - box.left) / box.width) * WIDTH, y: ((e.clientY - box.top) / box.height) * HEIGHT };
  };
  const start = (e: PointerEvent<HTMLCanvasElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    drawing.current = true;
    const context = e.currentTarget.getContext('2d')!;
    const { x, y } = point(e);
    context.beginPath();
    context.moveTo(x, y);
  };
  const move = (e: PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return;
    const context = e.currentTarget.getContext('2d')!;
    const { x, y } = point(e);
    context.lineTo(x, y);
    context.stroke();
  };
  const end = (e: PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return;
    drawing.current = false;
    onChange({ method: 'drawn', mediaType: 'image/png', data: base64Of(e.currentTarget.toDataURL('image/png')) });
  };
  const clear = () => {
    const element = canvas.current;
    element?.getContext('2d')?.clearRect(0, 0, WIDTH, HEIGHT);
    onChange(null);
  };
  const upload = (file: File | undefined) => {
    setFileError(null);
    if (!file) return onChange(null);
    if (!(SIGNATURE_MEDIA_TYPES as readonly string[]).includes(file.type)) {
      setFileError(t('signature.wrongType'));
      return onChange(null);
    }
    const reader = new FileReader();
    reader.onload = () => onChange({ method: 'scanned', mediaType: file.type as MediaType, data: base64Of(String(reader.result)) });
    reader.readAsDataURL(file);
  };
  const choose = (next: 'drawn' | 'scanned') => {
    setMethod(next);
    setFileError(null);
    onChange(null);
  };

  return (
    <fieldset className={`signature${error || fileError ? ' field-invalid' : ''}`} aria-describedby={error || fileError ? `${id}-error` : undefined}>
      <legend>{t('signature.legend')}</legend>
      <div className="checkbox-options" role="radiogroup" aria-label={t('signature.how')}>
        <label className="checkbox-option">
          <input type="radio" name={`${id}-method`} checked={method === 'drawn'} onChange={() => choose('drawn')} />
          {t('signature.drawn')}
        </label>
        <label className="checkbox-option">
          <input type="radio" name={`${id}-method`} checked={method === 'scanned'} onChange={() => choose('scanned')} />
          {t('signature.scanned')}
        </label>
      </div>
      {method === 'drawn' ? (
        <div className="signature-draw">
          <p className="hint" id={`${id}-hint`}>
            {t('signature.drawHint')}
          </p>
          <canvas
            ref={canvas}
            width={WIDTH}
            height={HEIGHT}
            className="signature-canvas"
            role="img"
            aria-label={value ? t('signature.drawnLabel') : t('signature.emptyLabel')}
            onPointerDown={start}
            onPointerMove={move}
            onPointerUp={end}
            onPointerCancel={end}
          />
          <div className="actions">
            <button type="button" onClick={clear}>
              {t('signature.clear')}
            </button>
          </div>
        </div>
      ) : (
        <div className="field">
          <label htmlFor={`${id}-file`}>{t('signature.file')}</label>
          <p className="hint">{t('signature.fileHint')}</p>
          <input id={`${id}-file`} type="file" accept={SIGNATURE_MEDIA_TYPES.join(',')} onChange={(e) => upload(e.target.files?.[0])} />
        </div>
      )}
      {value && <p className="hint">{value.method === 'drawn' ? t('signature.haveDrawn') : t('signature.haveFile')}</p>}
      {(error || fileError) && (
        <p className="field-error" id={`${id}-error`}>
          <span aria-hidden="true">⚠ </span>
          {fileError ?? error}
        </p>
      )}
    </fieldset>
  );
}
