/*
|--------------------------------------------------------------------------
| Ace entry point
|--------------------------------------------------------------------------
|
| Loads the TypeScript JIT (dev only: the build output replaces this file)
| and hands over to bin/console.ts.
|
*/
import '@poppinss/ts-exec'

await import('./bin/console.js')
