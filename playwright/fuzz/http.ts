import net from "node:net";

/**
 * A request written byte for byte on a socket: HTTP clients (fetch, node:http,
 * Playwright's) tidy up what they send, refuse control characters in a path
 * or fix a Content-Length; the fuzz must send what an attacker could.
 */
export type RawRequest = {
  method: string;
  /** The request-target as sent: path and query, not re-encoded. */
  target: string;
  headers: [string, string][];
  body: Buffer;
};

export type RawResponse = {
  status: number;
  /** The status line and headers, and the start of the body: enough to tell what failed. */
  head: string;
  ms: number;
};

const TIMEOUT_MS = 60_000;

export function sendRaw(port: number, request: RawRequest): Promise<RawResponse> {
  const started = Date.now();
  const lines = [`${request.method} ${request.target} HTTP/1.1`, `Host: localhost:${port}`];
  for (const [name, value] of request.headers) lines.push(`${name}: ${value}`);
  lines.push(`Content-Length: ${request.body.length}`, "Connection: close", "", "");
  const bytes = Buffer.concat([Buffer.from(lines.join("\r\n"), "latin1"), request.body]);

  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const socket = net.connect(port, "127.0.0.1");
    const finish = () => {
      clearTimeout(timer);
      socket.destroy();
      // Interim answers (100 Continue, to Expect: 100-continue) come before the real one.
      const text = Buffer.concat(chunks)
        .toString("latin1")
        .replace(/^(HTTP\/1\.[01] 1\d\d[^\r\n]*\r\n(?:[^\r\n]+\r\n)*\r\n)+/, "");
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(text);
      if (!status) {
        reject(
          new Error(`No HTTP status line in the answer: ${JSON.stringify(text.slice(0, 200))}`),
        );
        return;
      }
      resolve({ status: Number(status[1]), head: text.slice(0, 1500), ms: Date.now() - started });
    };
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`No complete answer within ${TIMEOUT_MS / 1000} s`));
    }, TIMEOUT_MS);
    socket.on("data", (chunk) => {
      // The head and the start of the body are all we read; the rest is drained.
      if (received < 4096) chunks.push(chunk);
      received += chunk.length;
    });
    socket.on("end", finish);
    // The server may answer and close before reading a refused body: that is an answer.
    socket.on("error", (error: NodeJS.ErrnoException) => {
      if (chunks.length && (error.code === "EPIPE" || error.code === "ECONNRESET")) finish();
      else {
        clearTimeout(timer);
        reject(error);
      }
    });
    socket.write(bytes);
  });
}
