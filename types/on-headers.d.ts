// on-headers ships no types, and @types/on-headers on npm holds serve-favicon's.
declare module "on-headers" {
  import type { ServerResponse } from "node:http";
  export default function onHeaders(response: ServerResponse, listener: () => void): void;
}
