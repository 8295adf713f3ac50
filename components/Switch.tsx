// An on/off switch: a real button with role=switch, so Space and Enter toggle it and screen
// readers announce "on"/"off"; the visible state word repeats it for sighted readers.
import type { JSX } from 'preact';

export interface SwitchProps {
  checked: boolean;
  label: string;
  onLabel: string;
  offLabel: string;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  id?: string;
}

export function Switch({
  checked,
  label,
  onLabel,
  offLabel,
  onChange,
  disabled,
  id,
}: SwitchProps): JSX.Element {
  const labelId = `${id ?? 'switch'}-label`;
  return (
    <div class="switch">
      <span class="switch__label" id={labelId}>
        {label}
      </span>
      <button
        type="button"
        id={id}
        class="switch__control"
        role="switch"
        aria-checked={checked}
        aria-labelledby={labelId}
        disabled={disabled}
        onClick={() => onChange(!checked)}
      >
        <span class="switch__track" aria-hidden="true">
          <span class="switch__thumb" />
        </span>
        <span class="switch__state" aria-hidden="true">
          {checked ? onLabel : offLabel}
        </span>
      </button>
    </div>
  );
}
