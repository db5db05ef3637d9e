/** What build-book sends the site builder: build the site into `outDir`, with these variables set. */
export interface SiteBuildRequest {
  outDir: string;
  env: Record<string, string>;
}

/** What the site builder answers: done, or the failure as a person should read it. */
export type SiteBuildReply = { ok: true } | { ok: false; message: string };
