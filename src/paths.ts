/** Where the shipped data lives, the same from src/ (tsx) and dist/ (built). */
import { fileURLToPath } from 'node:url';

export const DATA_DIR = fileURLToPath(new URL('../data', import.meta.url));
