import { memo, useId } from 'react';
import { appStore } from '../../state/app-store';
import { formatMove } from '../common/format';

interface MoveSliderProps {
  label: string;
  /** The move as a fraction (0.1 = +10 %). */
  value: number;
  onChange: (move: number) => void;
  /** Shown after the label: the price now → moved. */
  detail?: string;
  testId?: string;
}

const SLIDER_PERCENT = { min: -80, max: 100 } as const;

/** Mark a slider held from pointer down until the pointer is released anywhere. */
export function holdUntilRelease(): void {
  const { setSliderHeld } = appStore.getState();
  setSliderHeld(true);
  const release = () => {
    setSliderHeld(false);
    window.removeEventListener('pointerup', release);
    window.removeEventListener('pointercancel', release);
  };
  window.addEventListener('pointerup', release);
  window.addEventListener('pointercancel', release);
}

/** A price-move slider in whole percent. Memoised: the what-if panel re-renders at every report. */
export const MoveSlider = memo(function MoveSlider({ label, value, onChange, detail, testId }: MoveSliderProps) {
  const id = useId();
  const percent = Math.round(value * 100);
  return (
    <div className="slider">
      <label htmlFor={id} className="slider__label">
        <span>{label}</span>
        <output htmlFor={id} className="slider__value">
          {formatMove(value)}
        </output>
      </label>
      <input
        id={id}
        type="range"
        min={SLIDER_PERCENT.min}
        max={SLIDER_PERCENT.max}
        step={1}
        value={percent}
        aria-valuetext={formatMove(value)}
        data-testid={testId}
        onPointerDown={holdUntilRelease}
        onChange={(e) => onChange(Number(e.target.value) / 100)}
      />
      {detail ? <p className="slider__detail muted">{detail}</p> : null}
    </div>
  );
});
