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
/** How long the head alone may take to be answered, when it is answered at once. */
const HEAD_ALONE_TIMEOUT_MS = 5_000;

export async function sendRaw(port: number, request: RawRequest): Promise<RawResponse> {
  const started = Date.now();
  const lines = [`${request.method} ${request.target} HTTP/1.1`, `Host: localhost:${port}`];
  for (const [name, value] of request.headers) lines.push(`${name}: ${value}`);
  lines.push(`Content-Length: ${request.body.length}`, "Connection: close", "", "");
  const head = Buffer.from(lines.join("\r\n"), "latin1");
  try {
    return await exchange(port, Buffer.concat([head, request.body]), TIMEOUT_MS, started);
  } catch (error) {
    // A server that refuses a request at once (Node's own 400 for a malformed
    // head, the front door's 413) may reset the connection while the body is
    // still coming, and the answer is lost with it, on a loaded machine above
    // all. Its answer to the head alone is the one it gave: what it says then
    // counts. A server that waits for the body answers nothing to the head,
    // and the first error stands.
    const { code } = error as NodeJS.ErrnoException;
    if (request.body.length === 0 || (code !== "EPIPE" && code !== "ECONNRESET")) throw error;
    return exchange(port, head, HEAD_ALONE_TIMEOUT_MS, started).catch(() => {
      throw error;
    });
  }
}

/** Writes `bytes` on a new connection and reads the answer. */
function exchange(
  port: number,
  bytes: Buffer,
  timeoutMs: number,
  started: number,
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const socket = net.connect(port, "127.0.0.1");
    const finish = () => {
      clearTimeout(timer);
      socket.destroy();
      const text = finalAnswer(chunks);
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
      reject(new Error(`No complete answer within ${timeoutMs / 1000} s`));
    }, timeoutMs);
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
        socket.destroy();
        reject(error);
      }
    });
    // The request goes in slices, and stops once the answer has begun: a
    // server that refuses a request (a head too large for Node: 431, a body
    // over the limit: 413) answers before reading it all, and closes soon
    // after; what is still being written then meets a reset, which can
    // discard the answer. So a long request also waits a moment, after its
    // first slice, for such an early answer.
    void (async () => {
      for (let at = 0; at < bytes.length && !socket.destroyed; at += SLICE_BYTES) {
        if (/^HTTP\/1\.[01] [2-5]/.test(finalAnswer(chunks))) return;
        if (!socket.write(bytes.subarray(at, at + SLICE_BYTES))) await drained(socket);
        if (at === 0 && bytes.length > SLICE_BYTES) await firstBytes(socket, EARLY_ANSWER_MS);
      }
    })();
  });
}

const SLICE_BYTES = 64 * 1024;

const EARLY_ANSWER_MS = 150;

/** Until the socket receives something, or is closed, or `ms` have passed. */
function firstBytes(socket: net.Socket, ms: number) {
  return new Promise<void>((resolve) => {
    const settle = () => {
      clearTimeout(timer);
      socket.off("data", settle).off("close", settle);
      resolve();
    };
    const timer = setTimeout(settle, ms);
    socket.on("data", settle).on("close", settle);
  });
}

/** Until the socket can take more, or is closed. */
function drained(socket: net.Socket) {
  return new Promise<void>((resolve) => {
    const settle = () => {
      socket.off("drain", settle).off("close", settle);
      resolve();
    };
    socket.on("drain", settle).on("close", settle);
  });
}

/** What came back, without interim answers (100 Continue, to Expect: 100-continue). */
function finalAnswer(chunks: Buffer[]) {
  return Buffer.concat(chunks)
    .toString("latin1")
    .replace(/^(HTTP\/1\.[01] 1\d\d[^\r\n]*\r\n(?:[^\r\n]+\r\n)*\r\n)+/, "");
}
