import { expose } from 'comlink';
import { createCascadeApi } from './cascade-api';

// The cascade worker does one thing: run liquidation cascades off the page's thread and off the
// engine worker, so a crowd of a million accounts never holds up an evaluation or the playback.
expose(createCascadeApi());
