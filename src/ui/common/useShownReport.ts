import { useDeferredValue } from 'react';
import { useApp } from '../../state/app-store';
import type { Report } from '../../engine';
import { useHeldValue } from './useHeldValue';

/**
 * The main report as the figures that follow it show it: in React's deferred render, behind the
 * edit that asked for it (typing interrupts that render rather than waiting for it), and held while
 * a what-if slider is (rows of figures redrawn at each step of a drag would make it stutter). The
 * charts defer through the same render (../panels/chart-input.ts), so table and charts land in one commit.
 */
export function useShownReport(): Report | null {
  const held = useApp((s) => s.sliderHeld);
  return useDeferredValue(useHeldValue(useApp((s) => s.main.report), held));
}
