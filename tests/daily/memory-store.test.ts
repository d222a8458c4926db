import { InMemoryDailyStore } from '../../src/index.js';
import { describeDailyStoreContract } from './store-contract.js';

describeDailyStoreContract('InMemoryDailyStore', {
  create: async () => ({ store: new InMemoryDailyStore(), dispose: () => {} }),
});
