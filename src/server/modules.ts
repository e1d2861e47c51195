import type { Hono } from 'hono';
import type { AppDeps, AppEnv } from './http/types.ts';
import type { Eraser } from './privacy/eraser.ts';
import type { Exporter } from './privacy/exporter.ts';

/**
 * A feature area's contribution to the server: its /api/v1 routes and the exporters of the personal
 * data it stores (GET /api/v1/me/export). Add an area by listing its module in `modules` below.
 */
export interface ServerModule {
  name: string;
  /** Routes, mounted under /api/v1 (paths inside are relative to it, e.g. `/events`). */
  routes(deps: AppDeps): Hono<AppEnv>;
  exporters?: Exporter[];
  /** What DELETE /api/v1/me must erase beyond the ON DELETE CASCADE of the account row. */
  erasers?: Eraser[];
}
