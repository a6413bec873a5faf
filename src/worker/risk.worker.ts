import { expose } from 'comlink';
import { createRiskApi } from './risk-api';

// The risk worker does one thing: run VaR / ES and the stress table off the page's thread and off
// the engine worker, so a long Monte Carlo never holds up typing or the main evaluation.
expose(createRiskApi());
