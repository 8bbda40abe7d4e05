import { ComponentType, lazy, LazyExoticComponent, ReactNode } from 'react';
import type { Role } from '../auth/session';

/** One screen: its path, what it shows, and the roles whose menu lists it. */
export interface Screen {
  path: string;
  element: ReactNode;
  roles: Role[];
  /** i18n key (`namespace:key`) of its menu entry; screens without one are reached by links. */
  nav?: string;
}

/** The screen each role lands on after signing in. */
export const HOME: Record<Role, string> = {
  judge: '/bench',
  coordinator: '/caseload',
  case_manager: '/caseload',
  treatment_provider: '/provider/clients',
  testing_site: '/testing-site',
  court_admin: '/administration/programs',
  system_admin: '/administration/programs',
  participant: '/today',
};

/**
 * A screen loaded when first opened: staff screens stay out of the bundle a
 * participant's phone downloads on a slow connection.
 */
export function lazyScreen<M, K extends keyof M>(load: () => Promise<M>, name: K): LazyExoticComponent<ComponentType> {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}
