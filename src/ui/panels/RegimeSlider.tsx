import { useId } from 'react';
import { useApp } from '../../state/app-store';
import { REGIME_LIMITS } from '../../state/view-slice';
import { holdUntilRelease } from './MoveSlider';
import { solvencyDetail, solvencySentence } from './solvency-words';

// Dynamic margin beside the price what-if: a market regime with prices held. The engine answers with
// account.solvencyDelta; this only sets the regime and puts the answer into words.

/** Correlation floor positions: 0 is "off", k ≥ 1 is a floor of (k − 1) × 0.05 (0 … 1). */
const FLOOR_STEPS = 21;
const floorAt = (position: number): number | null => (position <= 0 ? null : Math.round((position - 1) * 5) / 100);
const positionOf = (floor: number | null): number => (floor === null ? 0 : Math.max(1, Math.round(floor * 20) + 1));

interface RangeProps {
  label: string;
  min: number;
  max: number;
  step: number;
  value: number;
  valueText: string;
  onChange: (value: number) => void;
  testId: string;
}

function Range({ label, min, max, step, value, valueText, onChange, testId }: RangeProps) {
  const id = useId();
  return (
    <div className="slider">
      <label htmlFor={id} className="slider__label">
        <span>{label}</span>
        <output htmlFor={id} className="slider__value">
          {valueText}
        </output>
      </label>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        aria-valuetext={valueText}
        data-testid={testId}
        onPointerDown={holdUntilRelease}
        onChange={(e) => onChange(Number(e.target.value))}
      />
    </div>
  );
}

/** Volatility × 1 … × 5 and a correlation floor, with what the engine says they cost. */
export function RegimeSlider() {
  const { volatilityMultiplier, correlationFloor } = useApp((s) => s.regime);
  const setVolatilityMultiplier = useApp((s) => s.setVolatilityMultiplier);
  const setCorrelationFloor = useApp((s) => s.setCorrelationFloor);
  const delta = useApp((s) => s.main.report?.account.solvencyDelta);
  const quote = useApp((s) => s.main.report?.quote ?? '');
  const active = volatilityMultiplier !== 1 || correlationFloor !== null;
  const sentence = active ? solvencySentence(delta) : null;
  return (
    <fieldset className="regime" data-testid="regime">
      <legend className="regime__legend">What if the market turns (prices held)</legend>
      <Range
        label="Volatility"
        min={REGIME_LIMITS.min}
        max={REGIME_LIMITS.max}
        step={0.25}
        value={volatilityMultiplier}
        valueText={`× ${volatilityMultiplier}`}
        onChange={setVolatilityMultiplier}
        testId="regime-volatility"
      />
      <Range
        label="Correlation floor"
        min={0}
        max={FLOOR_STEPS}
        step={1}
        value={positionOf(correlationFloor)}
        valueText={correlationFloor === null ? 'off' : `≥ ${correlationFloor.toFixed(2)}`}
        onChange={(position) => setCorrelationFloor(floorAt(position))}
        testId="regime-correlation"
      />
      <div aria-live="polite" data-testid="regime-answer">
        {sentence ? (
          <>
            <p className="regime__sentence">{sentence}</p>
            {delta ? <p className="muted small">{solvencyDetail(delta, quote)}</p> : null}
          </>
        ) : (
          <p className="muted small">{active ? 'Waiting for the engine…' : 'Volatility and correlations as today. Raise them to see what the margin does with no price move.'}</p>
        )}
      </div>
    </fieldset>
  );
}
