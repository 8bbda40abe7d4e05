import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/hooks';
import type { components } from '../api/schema';
import './participant-photo.css';

type PhotoFile = components['schemas']['ParticipantPhotoFileDto'];

/**
 * The participant's photo where the court keeps one (read for the court's
 * staff only, each view audited), else their initials in its place. `known`
 * says whether there is one, when the screen already knows (the docket
 * does); otherwise the photo is asked for and a "none" shows the initials.
 */
export function ParticipantPhoto({ participantId, firstName, lastName, known }: { participantId: string; firstName: string; lastName: string; known?: boolean }) {
  const { t } = useTranslation();
  const photo = useApiQuery<PhotoFile>(known === false ? null : `/participants/${participantId}/photo`);
  const name = `${firstName} ${lastName}`;
  if (photo.data) {
    return <img className="photo" src={`data:${photo.data.mediaType};base64,${photo.data.data}`} alt={t('photo.of', { name })} />;
  }
  return (
    <div className="photo" role="img" aria-label={t('photo.none', { name })}>
      {`${firstName[0] ?? ''}${lastName[0] ?? ''}`}
    </div>
  );
}
