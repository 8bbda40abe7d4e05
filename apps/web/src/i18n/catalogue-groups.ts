import phoneNamespaces from './phone-namespaces.json';

/**
 * The catalogues a participant's phone needs (its screens, the sign-in page
 * and the public draw record): built into one small file per language and
 * loaded first. Staff screens' catalogues are a second file per language,
 * loaded once a staff member has signed in. A participant never downloads
 * another language's words or a staff screen's. (The build groups the files
 * by the same list: apps/web/vite.config.mts.)
 */
export const PHONE_NAMESPACES: readonly string[] = phoneNamespaces;
