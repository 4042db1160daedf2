import type { Notice } from "./intents";

/** The outcome of an action, shown next to the post it is about. */
export function PostNotice({ notice, target }: { notice?: Notice; target: string }) {
  if (!notice || notice.target !== target) return null;
  return (
    <p
      className={notice.ok ? "notice" : "notice notice--error"}
      role={notice.ok ? "status" : "alert"}
    >
      {notice.message}
    </p>
  );
}
