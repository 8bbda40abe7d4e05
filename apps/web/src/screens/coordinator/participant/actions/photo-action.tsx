import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../../api/client';
import { ParticipantPhoto } from '../../../../components/participant-photo';
import { ActionContext, ActionForm, ActionGroup, useActionForm } from './action-kit';

const MEDIA_TYPES = ['image/jpeg', 'image/png'] as const;
type MediaType = (typeof MEDIA_TYPES)[number];

/**
 * The participant's photo, where the court keeps one: a JPEG or PNG the
 * API checks by its content, shown to the court's staff on the bench card
 * and this page. A new one replaces the old.
 */
export function PhotoAction({ context, firstName, lastName }: { context: ActionContext; firstName: string; lastName: string }) {
  const { t } = useTranslation('actions');
  const id = useId();
  const [fileError, setFileError] = useState<string | null>(null);
  const action = useActionForm({
    initial: () => ({ mediaType: '' as MediaType | '', data: '' }),
    send: (f) => api.put(`/participants/${context.participantId}/photo`, { mediaType: f.mediaType, data: f.data }),
    invalidates: [...context.invalidates, '/court-sessions/'],
    done: () => t('photo.done'),
  });
  const { set } = action;
  const choose = (file: File | undefined) => {
    setFileError(null);
    set('data', '');
    if (!file) return;
    if (!(MEDIA_TYPES as readonly string[]).includes(file.type)) return setFileError(t('photo.wrongType'));
    const reader = new FileReader();
    reader.onload = () => {
      set('mediaType', file.type as MediaType);
      set('data', String(reader.result).replace(/^data:[^,]*,/, ''));
    };
    reader.readAsDataURL(file);
  };
  const error = fileError ?? action.error?.messageFor('data') ?? action.error?.messageFor('mediaType') ?? null;
  return (
    <ActionGroup
      id="photo"
      title={t('photo.title')}
      effectTitle={t('photo.effect')}
      effect={<ParticipantPhoto participantId={context.participantId} firstName={firstName} lastName={lastName} />}
    >
      <ActionForm label={t('photo.title')} submitLabel={t('photo.submit')} fields={['data', 'mediaType']} action={action}>
        <div className={`field${error ? ' field-invalid' : ''}`}>
          <label htmlFor={id}>{t('photo.file')}</label>
          <p className="hint" id={`${id}-hint`}>
            {t('photo.hint')}
          </p>
          <input
            id={id}
            type="file"
            name="data"
            accept={MEDIA_TYPES.join(',')}
            aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
            aria-invalid={error ? true : undefined}
            onChange={(e) => choose(e.target.files?.[0])}
          />
          {error && (
            <p className="field-error" id={`${id}-error`}>
              <span aria-hidden="true">⚠ </span>
              {error}
            </p>
          )}
        </div>
      </ActionForm>
    </ActionGroup>
  );
}
