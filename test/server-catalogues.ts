/**
 * Unit tests run as server code, which holds both catalogues (as
 * app/server/locale.server.ts installs them for every request).
 */
import "#app/i18n/catalogues.server";
