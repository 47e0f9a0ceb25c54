/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The platform site's host name; any other host is a tenant portal. */
  readonly VITE_PLATFORM_HOST?: string;
}
