import type { ServerModule } from './modules.ts';

/** The core feature modules, in mount order (auth first). */
export function coreModules(): ServerModule[] {
  return [];
}
