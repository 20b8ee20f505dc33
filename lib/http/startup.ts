/** What the server says when it starts: its data source, and the operator's sign-in link. */
import 'server-only';
import { announceDataSource } from '@/lib/catalog/startup';
import { startProbeSchedule } from '@/lib/status';
import { adminToken, signInLink } from './operator';

export function announceStartup(): void {
  announceDataSource();
  startProbeSchedule();
  if (adminToken().generated) {
    console.info(
      `Operator sign-in (ADMIN_TOKEN is not set, so this server made a one-time token; set ADMIN_TOKEN to keep one across restarts):\n  ${signInLink()}`,
    );
  }
}
