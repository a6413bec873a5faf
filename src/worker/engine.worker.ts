import { expose } from 'comlink';
import { engineApi } from './api';

// The worker does one thing: offer the engine API to the page.
expose(engineApi);
