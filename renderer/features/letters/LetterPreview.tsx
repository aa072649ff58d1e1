// The letter as HTML, beside the editor: the header block, headings, paragraph numbers that run on
// across sections (as in the PDF and DOCX), lists, tables and the signature, with a DRAFT mark.
import { Fragment, type ReactNode } from 'react';
import { Badge, Box, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { eachBlock, listLetter, type Inline, type Letter, type LetterBlock } from '../../../shared/letters/model';
import { letterHeaderFields } from '../../../shared/letters/header-fields';
import { formatLongDate, isCalendarDate } from '../../../shared/dates/calendar-date';

function Runs({ runs }: { runs: Inline }) {
  return (
    <>
      {runs.map((run, i) => {
        const lines = run.text.split('\n');
        let content: ReactNode = lines.map((line, j) => (
          <Fragment key={j}>
            {j > 0 && <br />}
            {line}
          </Fragment>
        ));
        if (run.italic) content = <em>{content}</em>;
        if (run.bold) content = <strong>{content}</strong>;
        return <Fragment key={i}>{content}</Fragment>;
      })}
    </>
  );
}

const BODY_SIZE = 14;

function Block({ block, number }: { block: LetterBlock; number: number }) {
  switch (block.kind) {
    case 'numbered':
      return (
        <Group gap={0} align="flex-start" wrap="nowrap">
          <Text fz={BODY_SIZE} w={34} style={{ flexShrink: 0 }} aria-hidden>
            {number}.
          </Text>
          <Text fz={BODY_SIZE} style={{ flex: 1 }} data-paragraph={number}>
            <Runs runs={block.runs} />
          </Text>
        </Group>
      );
    case 'paragraph':
      return (
        <Text fz={BODY_SIZE} pl={34}>
          <Runs runs={block.runs} />
        </Text>
      );
    case 'subheading':
      return (
        <Text fz={BODY_SIZE} fw={700} pl={34} mt={4}>
          {block.text}
        </Text>
      );
    case 'bullets':
      return (
        <Box component="ul" ml={34} pl={18} my={0} fz={BODY_SIZE}>
          {block.items.map((item, i) => (
            <li key={i}>
              <Runs runs={item} />
            </li>
          ))}
        </Box>
      );
    case 'numberedList':
      return (
        <Stack gap={2} ml={34} fz={BODY_SIZE}>
          {block.items.map((item, i) => (
            <Group key={i} gap={0} align="flex-start" wrap="nowrap">
              <Text fz={BODY_SIZE} w={24} style={{ flexShrink: 0 }}>
                {listLetter(i)})
              </Text>
              <Text fz={BODY_SIZE} style={{ flex: 1 }}>
                <Runs runs={item} />
              </Text>
            </Group>
          ))}
        </Stack>
      );
    case 'table':
      return (
        <Table withTableBorder withColumnBorders fz={12} verticalSpacing={4} horizontalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              {block.header.map((cell, c) => (
                <Table.Th key={c} ta={block.align?.[c] ?? 'left'}>
                  <Runs runs={cell} />
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {block.rows.map((row, r) => (
              <Table.Tr key={r}>
                {row.map((cell, c) => (
                  <Table.Td key={c} ta={block.align?.[c] ?? 'left'}>
                    <Runs runs={cell} />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      );
  }
}

const safeLongDate = (date: string) => (isCalendarDate(date) ? formatLongDate(date) : date);

export function LetterPreview({ letter, label = 'Letter preview' }: { letter: Letter; label?: string }) {
  const blocks = [...eachBlock(letter)];
  return (
    <Paper withBorder shadow="xs" p="lg" bg="white" aria-label={label} role="document" pos="relative">
      {letter.header.draft && (
        <Badge color="red" variant="outline" size="lg" pos="absolute" top={12} right={12}>
          Draft
        </Badge>
      )}
      <Stack gap={6}>
        <Text fz={13} fw={600} c="dimmed" pr={letter.header.draft ? 80 : 0}>
          {letter.header.body}
        </Text>
        {letter.header.title && (
          <Title order={3} fz={20}>
            {letter.header.title}
          </Title>
        )}
        <Table fz={13} verticalSpacing={2} horizontalSpacing={0} withRowBorders={false} w="auto">
          <Table.Tbody>
            {letterHeaderFields(letter.header, safeLongDate).map(([name, value]) => (
              <Table.Tr key={name}>
                <Table.Th w={110} fw={700} style={{ verticalAlign: 'top' }}>
                  {name}
                </Table.Th>
                <Table.Td>{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {letter.sections.map((section, sectionIndex) => (
          <Stack key={section.id} gap={8} mt="sm">
            {section.heading && (
              <Title order={4} fz={16}>
                {section.heading}
              </Title>
            )}
            {blocks
              .filter(([, at]) => at.sectionIndex === sectionIndex)
              .map(([block, at]) => (
                <Block key={at.blockIndex} block={block} number={at.paragraphNumber} />
              ))}
          </Stack>
        ))}
        <Stack gap={0} mt="lg">
          <Text fz={BODY_SIZE} fw={700}>
            {letter.signature.name}
          </Text>
          <Text fz={BODY_SIZE}>{letter.signature.role}</Text>
        </Stack>
      </Stack>
    </Paper>
  );
}
