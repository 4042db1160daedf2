import { organisationKey, type SearchWriter } from "#search/engine";
import { buildOrganisationDocuments, buildSearchDocument } from "#search/documents";
import { removeDocuments, writeDocuments } from "./store";

/**
 * Embedded mode (the default): the question's document is rebuilt and
 * written to the FTS5 index inside the transaction that changed it, so the
 * post and its index entry commit or roll back together.
 */
export const embeddedWriter: SearchWriter = {
  questionChanged(db, questionId) {
    const document = buildSearchDocument(db, questionId);
    if (document) writeDocuments(db.$client, [document]);
    else removeDocuments(db.$client, [questionId]);
  },
  organisationsChanged(db, organisationIds) {
    const documents = buildOrganisationDocuments(db, organisationIds);
    writeDocuments(db.$client, documents);
    const kept = new Set(documents.map((document) => document.id));
    const gone = organisationIds.filter((id) => !kept.has(id));
    removeDocuments(db.$client, gone.map(organisationKey));
  },
};
