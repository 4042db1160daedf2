import { describe, expect, it } from "vitest";
import {
  FORM_BODY_LIMIT_BYTES,
  refusedBody,
  UPLOAD_BODY_LIMIT_BYTES,
} from "./request-checks.server";

const multipart = "multipart/form-data; boundary=----x";
const post = (path: string, contentLength: number, contentType: string) =>
  refusedBody({
    method: "POST",
    path,
    contentLength: String(contentLength),
    transferEncoding: undefined,
    contentType,
  });

describe("the upload limit", () => {
  it("lets photos (multipart) past 1 MB only on the pages that take them", () => {
    expect(UPLOAD_BODY_LIMIT_BYTES).toBe(4 * 10 * 1024 * 1024 + FORM_BODY_LIMIT_BYTES);
    for (const path of ["/demander", "/q/12/chat-tigre-perdu", "/parametres/profil"]) {
      expect(post(path, 30 * 1024 * 1024, multipart)).toBeNull();
      expect(post(path, UPLOAD_BODY_LIMIT_BYTES + 1, multipart)?.status).toBe(413);
      // A form without files keeps the forms' limit there too.
      const urlencoded = post(path, FORM_BODY_LIMIT_BYTES + 1, "application/x-www-form-urlencoded");
      expect(urlencoded?.status).toBe(413);
    }
    expect(post("/parametres", 2 * 1024 * 1024, multipart)?.status).toBe(413);
    expect(post("/q/12/chat/extra", 2 * 1024 * 1024, multipart)?.status).toBe(413);
  });
});
