import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserAccount } from './types';

/** An account's state in words: active or deactivated, locked out, owing a new password, awaiting its owner's activation, second factor. */
export function AccountBadges({ user }: { user: UserAccount }) {
  const { t } = useTranslation('admin');
  // The moment the list was shown: a lock-out that ends later shows until the next visit.
  const [shownAt] = useState(() => Date.now());
  const locked = user.lockedUntil !== null && new Date(user.lockedUntil).getTime() > shownAt;
  return (
    <span className="badges">
      {user.active ? <span className="badge badge-ok">{t('users.active')}</span> : <span className="badge badge-bad">{t('users.deactivated')}</span>}
      {locked && <span className="badge badge-bad">{t('users.locked')}</span>}
      {user.mustChangeSecret && <span className="badge badge-warn">{user.kind === 'participant' ? t('users.mustChangePin') : t('users.mustChangePassword')}</span>}
      {user.activationPending && <span className="badge badge-warn">{t('users.activationPending')}</span>}
      {user.secondFactorEnabled && <span className="badge badge-ok">{t('users.secondFactorOn')}</span>}
    </span>
  );
}
