/**
 * How `npm run advisor -- <command>` shows its one reply. Nothing can be
 * pressed after the process exits, so a card's buttons become one line saying
 * where they work. Standard output carries only the answer, so that it can be
 * redirected: a document (the decision record) alone, or the card; notes and
 * problems in words go to standard error.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, sep } from 'node:path';
import type { Reply, ReplyDocument } from '../../core/index.js';
import type { Printer } from '../../formats.js';
import type { ShowReply } from './replies.js';

export interface OneShotOptions {
  print: Printer;
  /** True for the text format; the machine formats (json, slack, discord) print every reply as it is. */
  forPeople: boolean;
  out: (text: string) => void;
  err: (text: string) => void;
  /** `--output`: the document goes to this file (absolute) instead of standard output; into it under the document's own name when it is a directory (ends with "/"), an archive as one file per member. */
  documentPath?: string;
  /** Standard output is a terminal, not a file or a pipe. */
  terminal?: boolean;
}

/** A path written with a trailing separator ("adrs/") or naming an existing directory. */
function isDirectory(path: string): boolean {
  if (path.endsWith('/') || path.endsWith(sep)) return true;
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export const INTERACTIVE_HINT = 'run `npm run advisor` for the interactive session';

export class OneShotDisplay {
  /** Whether a document was written; `--output` without one is worth a note. */
  wroteDocument = false;

  constructor(private readonly options: OneShotOptions) {}

  readonly show: ShowReply = (reply) => {
    const { print, forPeople, out, err } = this.options;
    if (reply.document) {
      this.writeDocument(reply);
      return;
    }
    if (!forPeople) {
      out(print(reply));
      return;
    }
    const labels = reply.card.actions.map((a) => (a.type === 'button' ? a.label : a.placeholder));
    const text = print({ ...reply, card: { ...reply.card, actions: [] } });
    const hint = labels.length > 0 ? `\n(${labels.join(', ')}: ${INTERACTIVE_HINT}.)\n` : '';
    (reply.understood ? out : err)(text + hint);
  };

  /** The record alone on standard output (or in the --output file); what happened, on standard error. */
  private writeDocument(reply: Reply): void {
    const { out, err, documentPath, forPeople, print } = this.options;
    const document = reply.document!;
    if (!forPeople) out(print(reply));
    const what = document.mimeType === 'text/markdown' ? 'Decision record' : document.filename;
    if (documentPath && document.files && isDirectory(documentPath)) {
      // An archive into a directory (`history export all --output adrs/`): one file per member.
      const written = this.writeFiles(documentPath, document.files);
      err(`${written} decision records written to ${documentPath}\n`);
    } else if (documentPath) {
      // Into a directory (`history export --output doc/adr/`): under its own name, NNNN-slug.md, as adr-tools and Backstage keep records.
      const path = isDirectory(documentPath) ? join(documentPath, basename(document.filename)) : documentPath;
      try {
        if (path !== documentPath) mkdirSync(documentPath, { recursive: true });
        writeFileSync(path, document.text);
      } catch (error) {
        throw new Error(`could not write ${what} to ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      }
      err(`${what} written to ${path}\n`);
    } else if (forPeople && document.files && this.options.terminal) {
      // An archive's bytes mean nothing on a screen: show its records, and how to get the file.
      out(document.files.map((f) => `${f.filename}\n\n${f.text}`).join('\n'));
      err(`(${document.filename}: redirect to a file, e.g. > ${document.filename}, or --output <dir>/ for one file per record.)\n`);
    } else if (forPeople) out(document.text);
    this.wroteDocument = true;
  }

  private writeFiles(directory: string, files: NonNullable<ReplyDocument['files']>): number {
    try {
      mkdirSync(directory, { recursive: true });
      // Member names are NNNN-slug.md from the core: no separators, so each stays inside the directory.
      for (const file of files) writeFileSync(join(directory, basename(file.filename)), file.text);
    } catch (error) {
      throw new Error(`could not write the decision records to ${directory}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    return files.length;
  }
}
