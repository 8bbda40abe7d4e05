import { KeyboardEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import type { Screen } from '../screens/area';
import './menu-nav.css';

/**
 * The role's menu. With `collapsible` (the administration's long menu), below
 * 600 px it folds behind one disclosure button naming the screen one is on,
 * so the menu does not push the screen below the fold on a phone; wider, the
 * button is hidden and the links show as a row. The button says whether the
 * menu is open (aria-expanded); Escape closes it and gives focus back, and
 * choosing a screen closes it.
 */
export function MenuNav({ items, collapsible }: { items: Screen[]; collapsible: boolean }) {
  const { t } = useTranslation();
  const location = useLocation();
  const listId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const current = items.find((s) => location.pathname === s.path || location.pathname.startsWith(`${s.path}/`));
  const close = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !open) return;
    setOpen(false);
    button.current?.focus();
  };
  return (
    <nav aria-label={t('layout.menu')} className={collapsible ? 'menu menu-collapsible' : 'menu'} onKeyDown={collapsible ? close : undefined}>
      {collapsible && (
        <button type="button" ref={button} className="menu-toggle" aria-expanded={open} aria-controls={listId} onClick={() => setOpen((o) => !o)}>
          <span aria-hidden="true">☰ </span>
          {current ? t('layout.menuAt', { screen: t(current.nav!) }) : t('layout.menu')}
        </button>
      )}
      <ul id={listId} className={open ? 'open' : undefined}>
        {items.map((s) => (
          <li key={s.path}>
            <NavLink to={s.path} onClick={() => setOpen(false)}>
              {t(s.nav!)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
