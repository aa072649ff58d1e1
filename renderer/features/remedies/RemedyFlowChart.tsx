// The picture of who pays what to whom: each body on the left, each person on the right, the
// refund of fees between them, bands as thick as the money, every band and node labelled.
import { Text } from '@mantine/core';
import { formatPence } from '../../../shared/money';
import { SYMBOLIC_PAYMENT_KIND_LABELS } from '../../../shared/remedies';
import type { SymbolicPaymentKind } from '../../../shared/domain/vocabulary';
import { UNAPPORTIONED } from '../../../shared/ipc/channels/remedies';
import { POOL, layoutFlows, type FlowInput } from './flow-layout';

const PALETTE = ['indigo', 'teal', 'grape', 'orange', 'cyan', 'lime', 'pink', 'yellow'];
const WIDTH = 1000;
const LABEL_SPACE = 270;

interface Props {
  input: FlowInput;
  nameOf(id: string): string;
}

export function RemedyFlowChart({ input, nameOf }: Props) {
  const layout = layoutFlows(input, { width: WIDTH, left: LABEL_SPACE, right: LABEL_SPACE });
  if (layout.nodes.length === 0) return <Text c="dimmed">Nothing to pay yet.</Text>;
  const orgIds = layout.nodes.filter((n) => n.column === 0).map((n) => n.id);
  const colourOf = (id: string) =>
    id === UNAPPORTIONED
      ? 'var(--mantine-color-gray-6)'
      : id === POOL
        ? 'var(--mantine-color-blue-7)'
        : `var(--mantine-color-${PALETTE[Math.max(0, orgIds.indexOf(id)) % PALETTE.length]}-6)`;
  const label = (id: string) =>
    id === POOL ? 'Refund of fees' : id === UNAPPORTIONED ? 'Not yet apportioned' : nameOf(id);
  // Long names are cut to fit beside the bars; the full name is in the node's tooltip.
  const short = (id: string) => {
    const name = label(id);
    return name.length > 36 ? `${name.slice(0, 35)}…` : name;
  };
  const halo = { paintOrder: 'stroke', stroke: 'white', strokeWidth: 4, strokeLinejoin: 'round' } as const;
  const summary = layout.links.map((l) => `${label(l.from)} to ${label(l.to)}: ${formatPence(l.amount)}`).join('; ');

  return (
    <svg
      viewBox={`0 0 ${layout.width} ${layout.height + 24}`}
      width="100%"
      role="img"
      aria-label="Who pays what to whom"
      style={{ maxWidth: layout.width, display: 'block', fontFamily: 'inherit' }}
    >
      <title>Who pays what to whom</title>
      <desc>{summary}</desc>
      <text x={LABEL_SPACE} y={layout.height + 18} fontSize={12} fill="var(--mantine-color-dimmed)" textAnchor="middle">
        Pays
      </text>
      <text
        x={layout.width - LABEL_SPACE}
        y={layout.height + 18}
        fontSize={12}
        fill="var(--mantine-color-dimmed)"
        textAnchor="middle"
      >
        Receives
      </text>
      {layout.links.map((l, i) => (
        <path
          key={`band-${i}`}
          d={l.path}
          fill={colourOf(l.kind === 'loss' && l.from === POOL ? POOL : l.from)}
          fillOpacity={0.28}
          stroke={colourOf(l.kind === 'loss' && l.from === POOL ? POOL : l.from)}
          strokeOpacity={0.5}
          strokeWidth={0.5}
        >
          <title>{`${label(l.from)} → ${label(l.to)}: ${formatPence(l.amount)}`}</title>
        </path>
      ))}
      {layout.nodes.map((n) => (
        <g key={`${n.column}-${n.id}`}>
          <rect
            x={n.x}
            y={n.y}
            width={layout.nodeWidth}
            height={n.height}
            rx={2}
            fill={colourOf(n.column === 2 ? POOL : n.id)}
          />
          {n.column === 0 && (
            <text x={n.x - 8} y={n.y + n.height / 2} textAnchor="end" fontSize={13} dominantBaseline="middle">
              <tspan fontWeight={600}>{short(n.id)}</tspan>
              <tspan x={n.x - 8} dy={16} fill="var(--mantine-color-dimmed)">
                pays {formatPence(n.amount)}
              </tspan>
            </text>
          )}
          {n.column === 2 && (
            <text x={n.x + layout.nodeWidth + 8} y={n.y + n.height / 2} fontSize={13} dominantBaseline="middle">
              <tspan fontWeight={600}>{short(n.id)}</tspan>
              <tspan x={n.x + layout.nodeWidth + 8} dy={16} fill="var(--mantine-color-dimmed)">
                receives {formatPence(n.amount)}
              </tspan>
            </text>
          )}
          {n.column === 1 && (
            <text x={n.x + layout.nodeWidth / 2} y={n.y - 8} textAnchor="middle" fontSize={13} style={halo}>
              <tspan fontWeight={600}>Refund of fees</tspan> {formatPence(n.amount)}
            </text>
          )}
        </g>
      ))}
      {layout.links.map((l, i) => (
        <text
          key={`label-${i}`}
          x={l.labelX}
          y={l.labelY}
          textAnchor="middle"
          dominantBaseline="middle"
          fontSize={12}
          style={halo}
        >
          {formatPence(l.amount)}
          {l.kind === 'symbolic' && l.paymentKind
            ? ` ${SYMBOLIC_PAYMENT_KIND_LABELS[l.paymentKind as SymbolicPaymentKind].toLowerCase()}`
            : ''}
        </text>
      ))}
    </svg>
  );
}
