/**
 * Reads and validates the knowledge base. A bad file stops start-up with a
 * message naming the file and the field at fault, so a typo in data/ is found
 * before a user sees a wrong number.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { FrameworkFile, SourceRegister, type SourceEntry } from './schema.js';
import { deriveProfile } from './derive.js';
import { KnowledgeBase } from './knowledge-base.js';

export class KnowledgeBaseError extends Error {
  override name = 'KnowledgeBaseError';
}

function describeIssues(file: string, error: z.ZodError): string {
  const lines = error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join('.') : '(whole file)';
    return `  ${field}: ${issue.message}`;
  });
  return `${file} is not a valid knowledge-base file:\n${lines.join('\n')}`;
}

function readJson(path: string, name: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new KnowledgeBaseError(`${name} could not be read as JSON: ${(error as Error).message}`);
  }
}

function parseWith<T extends z.ZodType>(schema: T, raw: unknown, name: string): z.infer<T> {
  const result = schema.safeParse(raw);
  if (!result.success) throw new KnowledgeBaseError(describeIssues(name, result.error));
  return result.data;
}

function checkSources(profile: FrameworkFile, sources: Map<string, SourceEntry>, name: string): void {
  const missing: string[] = [];
  const visit = (value: unknown, path: string): void => {
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${path}.${i}`));
    else if (value !== null && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if (key === 'source' && typeof v === 'string' && !sources.has(v)) missing.push(`${path}.${key}`.slice(1));
        else visit(v, `${path}.${key}`);
      }
    }
  };
  visit(profile, '');
  if (missing.length > 0) {
    const lines = missing.map((field) => `  ${field}: unknown source (not in data/sources.json)`);
    throw new KnowledgeBaseError(`${name} is not a valid knowledge-base file:\n${lines.join('\n')}`);
  }
}

/** Loads every framework in `<dataDir>/frameworks` against `<dataDir>/sources.json`. */
export function loadKnowledgeBase(dataDir: string): KnowledgeBase {
  const sourceList = parseWith(SourceRegister, readJson(join(dataDir, 'sources.json'), 'sources.json'), 'sources.json');
  const sources = new Map(sourceList.map((s) => [s.id, s]));
  const dir = join(dataDir, 'frameworks');
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  const profiles = files.map((file) => {
    const name = `frameworks/${file}`;
    const parsed = parseWith(FrameworkFile, readJson(join(dir, file), name), name);
    if (`${parsed.id}.json` !== file) {
      throw new KnowledgeBaseError(`${name} is not a valid knowledge-base file:\n  id: "${parsed.id}" does not match the file name`);
    }
    checkSources(parsed, sources, name);
    try {
      return deriveProfile(parsed);
    } catch (error) {
      throw new KnowledgeBaseError(`${name} is not a valid knowledge-base file:\n  ${(error as Error).message}`);
    }
  });
  return new KnowledgeBase(profiles, sources);
}
