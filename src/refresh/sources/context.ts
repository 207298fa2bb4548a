/** What every source client gets: the polite HTTP client and the configuration (base URLs, token). */
import type { RefreshConfig } from '../config.js';
import type { PoliteHttp } from '../polite-http.js';

export interface SourceContext {
  http: PoliteHttp;
  config: RefreshConfig;
}

/** A path segment as the APIs expect it ("@nestjs/core" stays readable for npm, see there). */
export const segment = (name: string) => encodeURIComponent(name);
