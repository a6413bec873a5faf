// The health factor's zones, as the headline strip colours them (1 = liquidation).

export type HealthZone = 'liquidation' | 'danger' | 'caution' | 'healthy' | 'none';

export const ZONE_LABEL: Record<HealthZone, string> = {
  liquidation: 'liquidation',
  danger: 'danger',
  caution: 'caution',
  healthy: 'healthy',
  none: 'no requirement',
};

/** Boundaries: below 1 liquidation, [1, 1.2) danger, [1.2, 2) caution, 2 and above healthy. */
export const ZONE_BOUNDS = { danger: 1, caution: 1.2, healthy: 2 } as const;

export function healthZone(healthFactor: number | null): HealthZone {
  if (healthFactor === null || Number.isNaN(healthFactor)) return 'none';
  if (healthFactor < ZONE_BOUNDS.danger) return 'liquidation';
  if (healthFactor < ZONE_BOUNDS.caution) return 'danger';
  if (healthFactor < ZONE_BOUNDS.healthy) return 'caution';
  return 'healthy';
}
