// Imported first by main.tsx: zod probes for `Function` (eval) to decide whether to compile fast
// validators; under the app's CSP (`script-src 'self'`) that probe is a reported violation.
import { z } from 'zod';

z.config({ jitless: true });
