import { useApp } from '../../state/app-store';
import type { Report } from '../../engine';
import { useHeldValue } from './useHeldValue';

/**
 * The main report as the figures that follow it show it: the latest, except while a what-if slider
 * is held (rows of figures redrawn at each step of a drag would make it stutter), and then the one
 * from before the drag until its release. Drawn in the render the report arrives in, as the charts
 * are (../panels/chart-input.ts): see there why not deferred.
 */
export function useShownReport(): Report | null {
  const held = useApp((s) => s.sliderHeld);
  return useHeldValue(useApp((s) => s.main.report), held);
}
