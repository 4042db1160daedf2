/**
 * The server speaks every language: a page is rendered in its reader's, an
 * email in its recipient's. Importing this module installs both catalogues
 * for `translate`; the modules that translate on the server import it
 * (app/server/locale.server.ts for requests, emails.server.ts for emails), so
 * neither catalogue ever reaches the browser through them.
 */
import { installCatalogue } from "./i18n";
import { en } from "./catalogue.en";
import { fr } from "./catalogue.fr";

installCatalogue("fr", fr);
installCatalogue("en", en);
