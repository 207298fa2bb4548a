/**
 * Names a short edit apart that belong to different, well-known products.
 * "Did you mean" and the plain-question reader never offer `isNot` for a
 * word written as one of `written`: someone who typed "next" means Next.js,
 * and being offered NestJS would send them to the wrong framework.
 * The ids here are the only ones hard-coded outside the data files; a
 * confusion may name a framework the knowledge base does not hold yet.
 */
import { nameKey } from './names.js';

export interface Confusion {
  written: readonly string[];
  isNot: string;
  why: string;
}

export const KNOWN_CONFUSIONS: readonly Confusion[] = [
  { written: ['next', 'nextjs', 'next.js'], isNot: 'nestjs', why: 'Next.js (Vercel, React) is not NestJS' },
  { written: ['nest', 'nestjs', 'nest.js'], isNot: 'nextjs', why: 'NestJS is not Next.js' },
  { written: ['nuxt', 'nuxtjs', 'nuxt.js'], isNot: 'nextjs', why: 'Nuxt (Vue) is not Next.js (React)' },
  { written: ['nuxt', 'nuxtjs', 'nuxt.js'], isNot: 'nestjs', why: 'Nuxt is not NestJS' },
  { written: ['expressive', 'zend expressive', 'mezzio'], isNot: 'express', why: 'Zend Expressive (now Mezzio, PHP) is not Express (Node.js)' },
  { written: ['sprint', 'sprig', 'string'], isNot: 'spring-boot', why: 'a sprint, Sprig (Go templates) or a string is not Spring' },
  { written: ['spring cloud', 'springcloud', 'spring data', 'springdata', 'spring batch'], isNot: 'spring-boot', why: 'Spring projects beside Spring Boot are not the web framework' },
];

const NEVER = new Map<string, Set<string>>();
for (const c of KNOWN_CONFUSIONS) {
  for (const w of c.written) {
    const key = nameKey(w);
    NEVER.set(key, (NEVER.get(key) ?? new Set()).add(c.isNot));
  }
}

/** True when `text` is known to name something other than the framework `id`. */
export function isKnownConfusion(text: string, id: string): boolean {
  return NEVER.get(nameKey(text))?.has(id) ?? false;
}
