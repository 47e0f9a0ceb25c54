/** The platform site's host name; every other host name serves a tenant's portal. */
const platformHost = import.meta.env.VITE_PLATFORM_HOST ?? "localhost";

const port = location.port ? `:${location.port}` : "";

/** IP literals are the platform too, so the app also works at 127.0.0.1 during development. */
export function isPortalHost(hostname = location.hostname): boolean {
  return hostname !== platformHost && !/^[\d.]+$|^\[/.test(hostname);
}

export function portalOrigin(slug: string): string {
  return `${location.protocol}//${slug}.${platformHost}${port}`;
}

export const platformOrigin = `${location.protocol}//${platformHost}${port}`;
