import path from 'node:path';
import type { Node } from 'unist';
import type { VFile } from 'vfile';

/** "content/guide/patience.mdx:14" — where a node sits, relative to the project, for error messages. */
export function sourceLocation(file: VFile, node?: Node): string {
  const filePath = file.path ? path.relative(process.cwd(), file.path) : '(unnamed file)';
  const line = node?.position?.start.line;
  return line === undefined ? filePath : `${filePath}:${line}`;
}

/** The chapter id of an MDX file: its file name without extension, as the glob loader derives it. */
export function chapterIdOf(file: VFile): string {
  return file.stem ?? 'chapter';
}
