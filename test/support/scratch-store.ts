/**
 * Runs before every test file (vitest `setupFiles`). Whatever the person
 * running the tests has in their shell or .env, nothing started by a test
 * reaches their own store: DATABASE_URL points at a fresh temporary file and
 * child processes read no .env. Tests that need another store say so.
 */
import { scratchDatabase } from './cli.js';

process.env.DATABASE_URL = scratchDatabase('advisor-test-');
process.env.DOTENV_CONFIG_PATH = '/nonexistent';
