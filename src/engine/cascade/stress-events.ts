import type { AssetSymbol, Fraction } from '../types';

// Named stress events for a scenario's shock, as data. Figures vary by source: each event says
// where its moves come from (shared/design/reference-notes.md, "Named stress events"). A move is
// peak to trough over the event, as a fraction of the price before it.

export interface StressEvent {
  title: string;
  /** Peak-to-trough moves by asset; assets a scenario's market lacks are left out of its shock. */
  moves: Readonly<Record<AssetSymbol, Fraction>>;
  liquidations: string;
  source: string;
}

export const STRESS_EVENTS = {
  'covid-crash-2020': {
    title: '12–13 March 2020 ("Black Thursday")',
    moves: { BTC: 3900 / 7300 - 1, ETH: -0.5 },
    liquidations: 'over $700M on BitMEX; Maker auctions won $8.32M of ETH for 0 DAI',
    source: 'BTC $7,300 → $3,900 (−47 %), ETH about −50 % intraday; reference notes, figures vary by source',
  },
  'may-2021': {
    title: '19 May 2021',
    moves: { BTC: 30000 / 43000 - 1, ETH: -0.4 },
    liquidations: '$6.4B–8.6B in 24 h',
    source: 'BTC $43k → $30k (−30 %), ETH −40 % to −46 % (the smaller figure here); reference notes',
  },
  'ftx-2022': {
    title: 'FTX collapse, 6–10 November 2022',
    moves: { BTC: -0.2, SOL: -0.47, FTT: -0.9 },
    liquidations: 'about $717M in one day',
    source: 'BTC −20 % in the week ($15.6k), SOL −47 %, FTT −90 %; reference notes',
  },
  'august-2024': {
    title: '5 August 2024',
    moves: { BTC: 49513 / 58350 - 1, ETH: -0.21 },
    liquidations: 'about $1.07B on exchanges, about 90 % longs',
    source: 'BTC $58,350 → $49,513 (−15 %), ETH −21 %; reference notes',
  },
  'october-2025': {
    title: '10–11 October 2025',
    moves: { BTC: 104783 / 122574 - 1, ETH: -0.122, SOL: -0.26 },
    liquidations: '$19.1B, 1.6M traders; Hyperliquid auto-deleveraged $2.1B in 12 minutes',
    source: 'BTC $122,574 → $104,783 (−14.5 %), ETH −12.2 %, SOL −26 % on one venue; reference notes',
  },
} as const satisfies Record<string, StressEvent>;

export type StressEventName = keyof typeof STRESS_EVENTS;
export const STRESS_EVENT_NAMES = Object.keys(STRESS_EVENTS) as [StressEventName, ...StressEventName[]];
