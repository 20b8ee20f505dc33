/** What the server says about its data source when it starts. */
import 'server-only';
import { getDataSource, getMockCatalog } from './index';

export function announceDataSource(): void {
  const { source, reason } = getDataSource();
  if (source === 'mock') {
    console.warn(`⚠️ MOCK DATA: ${reason.replace(/\.$/, '')}`);
    getMockCatalog();
  } else {
    console.info(`Catalog source: live 1688 gateway (${reason})`);
  }
}
