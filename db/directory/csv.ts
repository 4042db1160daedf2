import fs from "node:fs";
import { Transform } from "node:stream";
import { parse } from "csv-parse";
import iconv from "iconv-lite";

export type CsvEncoding = "utf-8" | "windows-1252";

/** How much of the file's start decides its encoding. */
const SNIFF_BYTES = 64 * 1024;

/**
 * UTF-8 when the file's first 64 KiB decode as valid UTF-8, else Latin-1
 * (read as Windows-1252, its superset that French administrations' files
 * use). An ASCII-only start reads as UTF-8, which decodes ASCII the same.
 */
export async function detectEncoding(filePath: string): Promise<CsvEncoding> {
  const handle = await fs.promises.open(filePath, "r");
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    // `stream: true`: a character cut at the end of the sample is not an error.
    new TextDecoder("utf-8", { fatal: true }).decode(buffer.subarray(0, bytesRead), {
      stream: true,
    });
    return "utf-8";
  } catch {
    return "windows-1252";
  } finally {
    await handle.close();
  }
}

/** A CSV line: `get(column)` reads a field by its header name, undefined when the file has no such column. */
export type CsvRow = { line: number; get: (column: string) => string | undefined };

/**
 * The records of a CSV file, read by the header row's column names,
 * streamed: the file is read in chunks with back-pressure, so memory stays
 * flat whatever its size. Records stay arrays (an object per line with the
 * stock's 50-odd keys tripled the parsing time); `get` looks a column up.
 * `onBytes(read, total)` reports progress by bytes read; lines the parser
 * cannot read are counted by `onInvalidLine`.
 */
export async function* readCsv(
  filePath: string,
  options: {
    delimiter: string;
    onBytes?: (read: number, total: number) => void;
    onInvalidLine?: (line: number, message: string) => void;
  },
): AsyncGenerator<CsvRow & { encoding: CsvEncoding; columns: ReadonlySet<string> }> {
  const encoding = await detectEncoding(filePath);
  const total = (await fs.promises.stat(filePath)).size;
  let read = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      read += chunk.length;
      options.onBytes?.(read, total);
      done(null, chunk);
    },
  });
  const parser = parse({
    delimiter: options.delimiter,
    bom: true,
    info: true,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
  });
  parser.on("skip", (error: Error & { lines?: number }) =>
    options.onInvalidLine?.(error.lines ?? 0, error.message),
  );
  const source = fs.createReadStream(filePath, { highWaterMark: 256 * 1024 });
  source.pipe(counter).pipe(iconv.decodeStream(encoding)).pipe(parser);
  source.on("error", (error) => parser.destroy(error));
  let index: Map<string, number> | null = null;
  let columns: ReadonlySet<string> = new Set();
  for await (const { record, info } of parser as AsyncIterable<{
    record: string[];
    info: { lines: number };
  }>) {
    if (!index) {
      index = new Map(record.map((name, position) => [name.trim(), position]));
      columns = new Set(index.keys());
      continue;
    }
    const fields = record;
    const positions = index;
    yield {
      line: info.lines,
      get: (column) => {
        const position = positions.get(column);
        return position === undefined ? undefined : fields[position];
      },
      encoding,
      columns,
    };
  }
}
