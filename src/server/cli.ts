#!/usr/bin/env node
/// <reference types="node" />
/**
 * `npx indikator render doc.json --widget trend-line --lang id --width 1200 > chart.svg`: a
 * widget as a standalone SVG file, written by indikator/server's renderSvg (the same layout as
 * in the browser). `-` reads the document from standard input.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { renderSvg, type SvgWidget } from './svg.js';

const USAGE = `usage: indikator render <document.json | -> [--widget trend-line|target-gauge] [--lang id|en]
       [--width 640] [--theme light|dark] [--target-id ID] [--variant NAME] [--as-of PERIOD]
Writes the widget as a standalone SVG file to standard output.`;

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        widget: { type: 'string', default: 'trend-line' },
        lang: { type: 'string', default: 'en' },
        width: { type: 'string', default: '640' },
        theme: { type: 'string', default: 'light' },
        'target-id': { type: 'string' },
        variant: { type: 'string' },
        'as-of': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const [command, file] = positionals;
  const widget = values.widget === 'gauge' ? 'target-gauge' : values.widget;
  const width = Number(values.width);
  if (
    command !== 'render' ||
    !file ||
    (widget !== 'trend-line' && widget !== 'target-gauge') ||
    !Number.isFinite(width) ||
    (values.theme !== 'light' && values.theme !== 'dark')
  ) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let doc: unknown;
  try {
    const text = file === '-' ? await readStdin() : await readFile(file, 'utf8');
    doc = JSON.parse(text);
  } catch (error) {
    process.stderr.write(`indikator: cannot read ${file === '-' ? 'standard input' : file} as JSON: ${(error as Error).message}\n`);
    return 1;
  }
  const svg = await renderSvg(widget as SvgWidget, doc, {
    lang: values.lang,
    width,
    theme: values.theme,
    attributes: { 'target-id': values['target-id'], variant: values.variant, 'as-of': values['as-of'] },
  });
  process.stdout.write(svg);
  return 0;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

process.exitCode = await main(process.argv.slice(2));
