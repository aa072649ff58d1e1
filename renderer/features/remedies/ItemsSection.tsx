// A remedies section that lists items in a table: its heading with an Add button (and any other
// buttons), an optional line of guidance, then the table, or a sentence saying what belongs there
// when there is nothing yet. Each row ends with its own controls (usually RowActions); the
// section's editor dialogs follow as children.
import type { ReactNode } from 'react';
import { Button, Group, Paper, Table, Text, Title } from '@mantine/core';

export interface ItemColumn<T> {
  header: string;
  align?: 'right';
  /** Keep the cell on one line (amounts, dates). */
  nowrap?: boolean;
  cell(item: T): ReactNode;
}

interface Props<T> {
  title: string;
  addLabel: string;
  onAdd(): void;
  addDisabled?: boolean;
  /** Buttons shown before Add. */
  buttons?: ReactNode;
  intro?: ReactNode;
  emptyText: ReactNode;
  tableLabel: string;
  items: readonly T[];
  itemKey(item: T): string;
  columns: ReadonlyArray<ItemColumn<T>>;
  rowActions(item: T): ReactNode;
  children?: ReactNode;
}

export function ItemsSection<T>(props: Props<T>) {
  const { columns, items } = props;
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb={props.intro ? 4 : 'sm'}>
        <Title order={3} size="h5">
          {props.title}
        </Title>
        <Group gap="xs">
          {props.buttons}
          <Button size="xs" variant="light" onClick={props.onAdd} disabled={props.addDisabled}>
            {props.addLabel}
          </Button>
        </Group>
      </Group>
      {props.intro}
      {items.length === 0 ? (
        <Text c="dimmed" size="sm">
          {props.emptyText}
        </Text>
      ) : (
        <Table striped aria-label={props.tableLabel}>
          <Table.Thead>
            <Table.Tr>
              {columns.map((c) => (
                <Table.Th key={c.header} ta={c.align}>
                  {c.header}
                </Table.Th>
              ))}
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => (
              <Table.Tr key={props.itemKey(item)}>
                {columns.map((c) => (
                  <Table.Td key={c.header} ta={c.align} style={c.nowrap ? { whiteSpace: 'nowrap' } : undefined}>
                    {c.cell(item)}
                  </Table.Td>
                ))}
                <Table.Td>{props.rowActions(item)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {props.children}
    </Paper>
  );
}
